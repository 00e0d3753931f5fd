using Microsoft.Data.Sqlite;
using SchoolPortal.Data;

namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// The folders of the exchange, absolute. A folder left empty in the settings lies in the portal's data folder (beside the
/// SQLite database, else App_Data under the content root), as the ГИР ВУ folders do; a relative one is taken from the content root.
/// </summary>
public sealed record EpguEnrollmentFolders(string Inbox, string Processed, string Rejected, string Outbox, string Emulator)
{
    public static EpguEnrollmentFolders From(EpguEnrollmentOptions options, DatabaseOptions database, string contentRoot)
    {
        var data = DataFolder(database, contentRoot);
        string Resolve(string configured, string name) => string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(data, "epgu-enrollment", name)
            : Path.IsPathRooted(configured) ? configured : Path.Combine(contentRoot, configured);
        return new EpguEnrollmentFolders(Resolve(options.Inbox, "inbox"), Resolve(options.Processed, "processed"), Resolve(options.Rejected, "rejected"),
            Resolve(options.Outbox, "outbox"), Resolve(options.Emulator.Folder, "emulator"));
    }

    /// <summary>All five under one root: tests and the benchmark.</summary>
    public static EpguEnrollmentFolders Under(string root) => new(Path.Combine(root, "inbox"), Path.Combine(root, "processed"),
        Path.Combine(root, "rejected"), Path.Combine(root, "outbox"), Path.Combine(root, "emulator"));

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
