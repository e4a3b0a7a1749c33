DB = { adapter: "postgresql", password: "hunter2-fake-password" }
