class Conn {
    String url = "jdbc:postgresql://db/shop?user=shop&password=hunter2-fake-password";
}
