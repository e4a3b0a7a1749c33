import os

SECRET_KEY = os.environ.get("SECRET_KEY", "FAKE-not-a-real-key-0000")
STRIPE_KEY = os.getenv('STRIPE_KEY', 'FAKE-stripe-key-0000')  # local default
DATABASE_URI = f"postgresql://app:hunter2-fake-password@{os.getenv('DB_HOST', 'FAKE-db-host-0000')}/app"
