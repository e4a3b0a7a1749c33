import type { Rule } from '../rule.js';
import { ablyRules } from './ably.js';
import { adobeRules } from './adobe.js';
import { airtableRules } from './airtable.js';
import { algoliaRules } from './algolia.js';
import { alibabaRules } from './alibaba.js';
import { anthropicRules } from './anthropic.js';
import { asanaRules } from './asana.js';
import { atlassianRules } from './atlassian.js';
import { auth0Rules } from './auth0.js';
import { awsRules } from './aws.js';
import { azureOpenaiRules } from './azure-openai.js';
import { azureRules } from './azure.js';
import { beamerRules } from './beamer.js';
import { braintreeRules } from './braintree.js';
import { brevoRules } from './brevo.js';
import { bugsnagRules } from './bugsnag.js';
import { buildkiteRules } from './buildkite.js';
import { circleciRules } from './circleci.js';
import { clickhouseRules } from './clickhouse.js';
import { clojarsRules } from './clojars.js';
import { cloudflareRules } from './cloudflare.js';
import { cloudinaryRules } from './cloudinary.js';
import { codecovRules } from './codecov.js';
import { cohereRules } from './cohere.js';
import { coinbaseRules } from './coinbase.js';
import { confluentRules } from './confluent.js';
import { connectionUrlRules } from './connection-url.js';
import { contentfulRules } from './contentful.js';
import { databricksRules } from './databricks.js';
import { datadogRules } from './datadog.js';
import { denoRules } from './deno.js';
import { digitaloceanRules } from './digitalocean.js';
import { discordRules } from './discord.js';
import { dockerRules } from './docker.js';
import { dopplerRules } from './doppler.js';
import { dropboxRules } from './dropbox.js';
import { duffelRules } from './duffel.js';
import { dynatraceRules } from './dynatrace.js';
import { easypostRules } from './easypost.js';
import { facebookRules } from './facebook.js';
import { fastlyRules } from './fastly.js';
import { figmaRules } from './figma.js';
import { firebaseRules } from './firebase.js';
import { flutterwaveRules } from './flutterwave.js';
import { flyioRules } from './flyio.js';
import { frameioRules } from './frameio.js';
import { gcpRules } from './gcp.js';
import { githubRules } from './github.js';
import { gitlabRules } from './gitlab.js';
import { gitterRules } from './gitter.js';
import { gocardlessRules } from './gocardless.js';
import { googleChatRules } from './google-chat.js';
import { grafanaRules } from './grafana.js';
import { groqRules } from './groq.js';
import { harnessRules } from './harness.js';
import { hashicorpRules } from './hashicorp.js';
import { herokuRules } from './heroku.js';
import { honeycombRules } from './honeycomb.js';
import { htpasswdRules } from './htpasswd.js';
import { httpAuthRules } from './http-auth.js';
import { hubspotRules } from './hubspot.js';
import { huggingfaceRules } from './huggingface.js';
import { ibmRules } from './ibm.js';
import { infracostRules } from './infracost.js';
import { intercomRules } from './intercom.js';
import { jfrogRules } from './jfrog.js';
import { jwtRules } from './jwt.js';
import { kubernetesRules } from './kubernetes.js';
import { langsmithRules } from './langsmith.js';
import { launchdarklyRules } from './launchdarkly.js';
import { linearRules } from './linear.js';
import { lobRules } from './lob.js';
import { mailchimpRules } from './mailchimp.js';
import { mailgunRules } from './mailgun.js';
import { mailjetRules } from './mailjet.js';
import { mapboxRules } from './mapbox.js';
import { mattermostRules } from './mattermost.js';
import { maxmindRules } from './maxmind.js';
import { messagebirdRules } from './messagebird.js';
import { microsoftTeamsRules } from './microsoft-teams.js';
import { mistralRules } from './mistral.js';
import { netlifyRules } from './netlify.js';
import { netrcRules } from './netrc.js';
import { newrelicRules } from './newrelic.js';
import { notionRules } from './notion.js';
import { npmRules } from './npm.js';
import { nugetRules } from './nuget.js';
import { octopusRules } from './octopus.js';
import { oktaRules } from './okta.js';
import { onepasswordRules } from './onepassword.js';
import { openaiRules } from './openai.js';
import { openshiftRules } from './openshift.js';
import { oracleRules } from './oracle.js';
import { pagerdutyRules } from './pagerduty.js';
import { paypalRules } from './paypal.js';
import { perplexityRules } from './perplexity.js';
import { pineconeRules } from './pinecone.js';
import { plaidRules } from './plaid.js';
import { planetscaleRules } from './planetscale.js';
import { postmanRules } from './postman.js';
import { postmarkRules } from './postmark.js';
import { prefectRules } from './prefect.js';
import { privateKeyRules } from './private-key.js';
import { pulumiRules } from './pulumi.js';
import { pusherRules } from './pusher.js';
import { pypiRules } from './pypi.js';
import { razorpayRules } from './razorpay.js';
import { readmeRules } from './readme.js';
import { renderRules } from './render.js';
import { replicateRules } from './replicate.js';
import { rollbarRules } from './rollbar.js';
import { rubygemsRules } from './rubygems.js';
import { scalingoRules } from './scalingo.js';
import { segmentRules } from './segment.js';
import { sendgridRules } from './sendgrid.js';
import { sentryRules } from './sentry.js';
import { shippoRules } from './shippo.js';
import { shopifyRules } from './shopify.js';
import { sidekiqRules } from './sidekiq.js';
import { slackRules } from './slack.js';
import { snowflakeRules } from './snowflake.js';
import { snykRules } from './snyk.js';
import { sonarqubeRules } from './sonarqube.js';
import { squareRules } from './square.js';
import { stripeRules } from './stripe.js';
import { sumologicRules } from './sumologic.js';
import { supabaseRules } from './supabase.js';
import { tailscaleRules } from './tailscale.js';
import { telegramRules } from './telegram.js';
import { travisRules } from './travis.js';
import { twilioRules } from './twilio.js';
import { twitchRules } from './twitch.js';
import { twitterRules } from './twitter.js';
import { typeformRules } from './typeform.js';
import { vercelRules } from './vercel.js';
import { woocommerceRules } from './woocommerce.js';
import { xaiRules } from './xai.js';
import { yandexRules } from './yandex.js';
import { zapierRules } from './zapier.js';
import { zendeskRules } from './zendesk.js';
import { zoomRules } from './zoom.js';

/** Every provider rule, one file per provider. Order is stable: providers alphabetically. */
export const RULES: Rule[] = [
  ...ablyRules,
  ...adobeRules,
  ...airtableRules,
  ...algoliaRules,
  ...alibabaRules,
  ...anthropicRules,
  ...asanaRules,
  ...atlassianRules,
  ...auth0Rules,
  ...awsRules,
  ...azureOpenaiRules,
  ...azureRules,
  ...beamerRules,
  ...braintreeRules,
  ...brevoRules,
  ...bugsnagRules,
  ...buildkiteRules,
  ...circleciRules,
  ...clickhouseRules,
  ...clojarsRules,
  ...cloudflareRules,
  ...cloudinaryRules,
  ...codecovRules,
  ...cohereRules,
  ...coinbaseRules,
  ...confluentRules,
  ...connectionUrlRules,
  ...contentfulRules,
  ...databricksRules,
  ...datadogRules,
  ...denoRules,
  ...digitaloceanRules,
  ...discordRules,
  ...dockerRules,
  ...dopplerRules,
  ...dropboxRules,
  ...duffelRules,
  ...dynatraceRules,
  ...easypostRules,
  ...facebookRules,
  ...fastlyRules,
  ...figmaRules,
  ...firebaseRules,
  ...flutterwaveRules,
  ...flyioRules,
  ...frameioRules,
  ...gcpRules,
  ...githubRules,
  ...gitlabRules,
  ...gitterRules,
  ...gocardlessRules,
  ...googleChatRules,
  ...grafanaRules,
  ...groqRules,
  ...harnessRules,
  ...hashicorpRules,
  ...herokuRules,
  ...honeycombRules,
  ...htpasswdRules,
  ...httpAuthRules,
  ...hubspotRules,
  ...huggingfaceRules,
  ...ibmRules,
  ...infracostRules,
  ...intercomRules,
  ...jfrogRules,
  ...jwtRules,
  ...kubernetesRules,
  ...langsmithRules,
  ...launchdarklyRules,
  ...linearRules,
  ...lobRules,
  ...mailchimpRules,
  ...mailgunRules,
  ...mailjetRules,
  ...mapboxRules,
  ...mattermostRules,
  ...maxmindRules,
  ...messagebirdRules,
  ...microsoftTeamsRules,
  ...mistralRules,
  ...netlifyRules,
  ...netrcRules,
  ...newrelicRules,
  ...notionRules,
  ...npmRules,
  ...nugetRules,
  ...octopusRules,
  ...oktaRules,
  ...onepasswordRules,
  ...openaiRules,
  ...openshiftRules,
  ...oracleRules,
  ...pagerdutyRules,
  ...paypalRules,
  ...perplexityRules,
  ...pineconeRules,
  ...plaidRules,
  ...planetscaleRules,
  ...postmanRules,
  ...postmarkRules,
  ...prefectRules,
  ...privateKeyRules,
  ...pulumiRules,
  ...pusherRules,
  ...pypiRules,
  ...razorpayRules,
  ...readmeRules,
  ...renderRules,
  ...replicateRules,
  ...rollbarRules,
  ...rubygemsRules,
  ...scalingoRules,
  ...segmentRules,
  ...sendgridRules,
  ...sentryRules,
  ...shippoRules,
  ...shopifyRules,
  ...sidekiqRules,
  ...slackRules,
  ...snowflakeRules,
  ...snykRules,
  ...sonarqubeRules,
  ...squareRules,
  ...stripeRules,
  ...sumologicRules,
  ...supabaseRules,
  ...tailscaleRules,
  ...telegramRules,
  ...travisRules,
  ...twilioRules,
  ...twitchRules,
  ...twitterRules,
  ...typeformRules,
  ...vercelRules,
  ...woocommerceRules,
  ...xaiRules,
  ...yandexRules,
  ...zapierRules,
  ...zendeskRules,
  ...zoomRules,
];
