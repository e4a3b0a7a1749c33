#!/usr/bin/env bash
# Pre-2018 deploy script: pushes the API to the two EC2 boxes. Replaced by .github/workflows/deploy.yml.
set -e
export AWS_ACCESS_KEY_ID={{fake:aws-access-key-id:old-deploy}}
export AWS_SECRET_ACCESS_KEY={{fake:aws-secret-access-key:old-deploy}}
export AWS_DEFAULT_REGION=eu-west-1

for host in web1 web2; do
  scp -i infra/ssh/deploy_key apps/api/dist.tar.gz "deploy@${host}.legacy-shop.internal:/srv/api/"
  ssh -i infra/ssh/deploy_key "deploy@${host}.legacy-shop.internal" 'cd /srv/api && tar xzf dist.tar.gz && systemctl restart api'
done
aws s3 cp apps/api/dist.tar.gz s3://legacy-shop-releases/api/
