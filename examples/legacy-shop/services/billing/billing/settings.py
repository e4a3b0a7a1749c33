"""Django settings for the billing service (Python 3.9, Django 3.2)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "{{fake:password:django}}"
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = ["billing.legacy-shop.internal", "localhost"]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "billing",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "billing",
        "USER": "billing_app",
        "PASSWORD": "{{fake:password:billing-db}}",
        "HOST": "db.staging.legacy-shop.internal",
        "PORT": "5432",
    }
}

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/1")

STRIPE_API_KEY = "{{fake:stripe-live:billing}}"
STRIPE_WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]

# Invoice PDFs go to S3. The IAM user "billing-uploader" was created by hand in 2017.
AWS_ACCESS_KEY_ID = "{{fake:aws-access-key-id:billing}}"
AWS_SECRET_ACCESS_KEY = "{{fake:aws-secret-access-key:billing}}"
AWS_STORAGE_BUCKET_NAME = "legacy-shop-invoices"
AWS_S3_REGION_NAME = "eu-west-1"

MAILGUN_API_KEY = "{{fake:mailgun-api-key:billing}}"
MAILGUN_DOMAIN = "mg.legacy-shop.example"

TIME_ZONE = "UTC"
USE_TZ = True
