def dsn(host: str) -> str:
    return f"postgresql://shop:hunter2-fake-password@{host}/shop"

TOKEN = rb'FAKE-not-a-real-key-0000'
