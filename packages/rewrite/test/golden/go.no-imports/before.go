package db

var password = "hunter2-fake-password"
