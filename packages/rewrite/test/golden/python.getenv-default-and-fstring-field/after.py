import os

SECRET_KEY = os.environ["SECRET_KEY"]
STRIPE_KEY = os.environ["STRIPE_KEY"]  # local default
DATABASE_URI = f"postgresql://app:{os.environ['DB_PASSWORD']}@{os.getenv('DB_HOST', 'FAKE-db-host-0000')}/app"
