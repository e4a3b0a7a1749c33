package db

import "os"

var password = os.Getenv("DB_PASSWORD")
