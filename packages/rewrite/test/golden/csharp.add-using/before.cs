namespace Shop;

public static class Db
{
    public const string Dummy = "x";
    public static string Password = "hunter2-fake-password";
}
