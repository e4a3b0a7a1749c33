from datetime import date
from decimal import Decimal

from billing.invoices import Invoice

# Fixture credentials for the moto S3 mock; not real.
TEST_AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
TEST_AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def test_filename_is_partitioned_by_month():
    invoice = Invoice(number="INV-0042", customer_id="c1", issued=date(2019, 3, 14), total=Decimal("10.00"))
    assert invoice.filename() == "2019/03/INV-0042.pdf"
