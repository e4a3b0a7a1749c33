package shop;

public class Db {
    private static final String PASSWORD = System.getenv("DB_PASSWORD");
}
