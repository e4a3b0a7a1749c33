import os

def dsn(host: str) -> str:
    return f"postgresql://shop:{os.environ['DB_PASSWORD']}@{host}/shop"

TOKEN = os.environ["SHOP_TOKEN"].encode()
