DB = { adapter: "postgresql", password: ENV.fetch("DB_PASSWORD") }
