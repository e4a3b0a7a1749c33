#!/usr/bin/env bash
# Manual deploy fallback for when Actions is down. Usage: scripts/deploy.sh <version>
set -euo pipefail

VERSION="${1:?usage: deploy.sh <version>}"
export GITHUB_TOKEN="{{fake:github-pat:deploy-sh}}"
export GITLAB_TOKEN={{fake:gitlab-pat:mirror}}
export AWS_PROFILE="${AWS_PROFILE:-legacy-shop}"

echo "Deploying api ${VERSION}"
curl -fsSL -H "Authorization: token ${GITHUB_TOKEN}" \
  "https://api.github.com/repos/legacy-shop/shop/releases/tags/v${VERSION}" >/dev/null

git push "https://oauth2:${GITLAB_TOKEN}@gitlab.com/legacy-shop/shop-mirror.git" "v${VERSION}"
ansible-playbook -i ansible/inventory.ini ansible/playbooks/deploy.yml -e "RELEASE=${VERSION}"
