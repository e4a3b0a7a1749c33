"""Invoice generation and upload."""
import io
import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import boto3
import stripe

from . import settings

stripe.api_key = settings.STRIPE_API_KEY


@dataclass
class Invoice:
    number: str
    customer_id: str
    issued: date
    total: Decimal
    currency: str = "EUR"

    def filename(self) -> str:
        return f"{self.issued:%Y/%m}/{self.number}.pdf"


def s3_client():
    return boto3.client(
        "s3",
        region_name=settings.AWS_S3_REGION_NAME,
        aws_access_key_id=settings.AWS_ACCESS_KEY_ID,
        aws_secret_access_key=settings.AWS_SECRET_ACCESS_KEY,
    )


def upload(invoice: Invoice, pdf: bytes) -> str:
    key = invoice.filename()
    s3_client().upload_fileobj(io.BytesIO(pdf), settings.AWS_STORAGE_BUCKET_NAME, key)
    return f"s3://{settings.AWS_STORAGE_BUCKET_NAME}/{key}"


def sync_from_stripe(since: date):
    token = os.environ.get("BILLING_SYNC_TOKEN")
    for charge in stripe.Charge.list(created={"gte": int(since.strftime("%s"))}).auto_paging_iter():
        yield charge.id, Decimal(charge.amount) / 100, token is not None
