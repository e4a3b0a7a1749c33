package shop;

public class Db {
    private static final String PASSWORD = "hunter2-fake-password";
}
