#!/bin/sh
docker login -u ci -p "$REGISTRY_PASSWORD" registry.example.test
curl -H "Authorization: Bearer ${API_TOKEN}" https://api.example.test
