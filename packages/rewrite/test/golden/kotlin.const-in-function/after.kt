fun connect(password: String = (System.getenv("DB_PASSWORD") ?: error("Missing environment variable DB_PASSWORD"))) = password
