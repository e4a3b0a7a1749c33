#!/bin/sh
docker login -u ci -p FAKE-not-a-real-key-0000 registry.example.test
curl -H "Authorization: Bearer hunter2-fake-password" https://api.example.test
