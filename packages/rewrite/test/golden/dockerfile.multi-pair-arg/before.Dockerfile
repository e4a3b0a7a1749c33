FROM python:3.12
ENV APP_PORT=8080 DB_PASSWORD="hunter2-fake-password" LOG_LEVEL=info
ARG PIP_TOKEN=FAKE-not-a-real-key-0000
