fun connect(password: String = "hunter2-fake-password") = password
