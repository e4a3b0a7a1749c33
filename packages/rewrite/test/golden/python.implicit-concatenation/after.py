import os

API_TOKEN = os.environ.get("API_TOKEN")

# a long value split over two lines
DB_PASSWORD = ("hunter2-fake-"
               "password-part-two")
SIGNING_KEY = os.environ["SIGNING_KEY"]
