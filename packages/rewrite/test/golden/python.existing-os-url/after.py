import os
import redis

client = redis.from_url(os.environ["REDIS_URL"])
