namespace SchoolPortal.Data.DemoRegion;

/// <summary>The "Demo" section of appsettings.json.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed the demo region into an empty database on start and list the demo logins on the sign-in page.</summary>
    public bool Enabled { get; set; } = true;

    public const string Password = "demo";

    /// <summary>The demo logins; they exist only in a database the demo generator filled.</summary>
    public static IReadOnlyList<(string Login, string Who)> Accounts { get; } =
    [
        ("operator", "оператор региона"),
        ("mo1", "оператор муниципалитета (первый район)"),
        ("admin1", "администратор первой школы"),
        ("teacher1", "учитель первой школы"),
        ("teacher1b", "учитель первой школы, ведёт замену сегодня"),
    ];
}
