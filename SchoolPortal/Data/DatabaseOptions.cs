namespace SchoolPortal.Data;

/// <summary>The "Database" section of appsettings.json.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (embedded, default) or "SqlServer".</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>SQLite connection string; a relative file path is taken from the application's content root.</summary>
    public string Sqlite { get; set; } = "Data Source=App_Data/schoolportal.db";

    public string SqlServer { get; set; } = "";

    public bool IsSqlServer => string.Equals(Provider, "SqlServer", StringComparison.OrdinalIgnoreCase);
}
