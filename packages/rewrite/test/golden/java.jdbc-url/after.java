class Conn {
    String url = System.getenv("JDBC_URL");
}
