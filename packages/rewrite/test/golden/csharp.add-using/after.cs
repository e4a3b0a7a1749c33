using System;

namespace Shop;

public static class Db
{
    public const string Dummy = "x";
    public static string Password = Environment.GetEnvironmentVariable("DB_PASSWORD");
}
