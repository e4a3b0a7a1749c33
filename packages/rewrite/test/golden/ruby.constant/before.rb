Stripe.api_key = 'FAKE-not-a-real-key-0000'
