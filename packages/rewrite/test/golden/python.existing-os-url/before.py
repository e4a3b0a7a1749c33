import os
import redis

client = redis.from_url("redis://:hunter2-fake-password@cache:6379/0")
