using Microsoft.Data.Sqlite;
using SchoolPortal.Data;

namespace SchoolPortal.Integrations.GirVu;

/// <summary>
/// The folders of the exchange, absolute. A folder left empty in the settings lies in the portal's data folder: beside the
/// SQLite database when the portal runs on SQLite (so a test or a second copy of the portal with its own database has its own
/// folders), else App_Data under the content root, where the portal keeps its other files.
/// </summary>
public sealed record GirVuFolders(string Outbox, string Inbox, string Archive, string Emulator)
{
    public string Unreadable => Path.Combine(Archive, "unreadable");

    public static GirVuFolders From(GirVuOptions options, DatabaseOptions database, string contentRoot)
    {
        var data = DataFolder(database, contentRoot);
        string Resolve(string configured, string name) => string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(data, "girvu", name)
            : Path.IsPathRooted(configured) ? configured : Path.Combine(contentRoot, configured);
        return new GirVuFolders(Resolve(options.Outbox, "outbox"), Resolve(options.Inbox, "inbox"), Resolve(options.Archive, "archive"),
            Resolve(options.Emulator.Folder, "emulator"));
    }

    /// <summary>All four under one root: tests and the benchmark.</summary>
    public static GirVuFolders Under(string root) =>
        new(Path.Combine(root, "outbox"), Path.Combine(root, "inbox"), Path.Combine(root, "archive"), Path.Combine(root, "emulator"));

    private static string DataFolder(DatabaseOptions database, string contentRoot)
    {
        if (!database.IsSqlServer)
        {
            var file = new SqliteConnectionStringBuilder(DatabaseServiceCollectionExtensions.SqliteConnectionString(database.Sqlite, contentRoot)).DataSource;
            if (!string.IsNullOrEmpty(file) && file != ":memory:" && Path.GetDirectoryName(file) is { Length: > 0 } folder)
                return folder;
        }
        return Path.Combine(contentRoot, "App_Data");
    }
}
