using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SchoolPortal.Data;

/// <summary>
/// Lets SQLite itself wait for a write lock held by another connection (its busy timeout, as long as the connection's
/// command timeout) instead of answering «busy» at once. Microsoft.Data.Sqlite retries a busy statement too, but only
/// every 150 ms, so two writers queued behind each other (two portal nodes on one file in the booking minute, many
/// teachers saving marks at once) waited in steps of 150 ms; SQLite's own wait retries within milliseconds. Set on the
/// connection's handle through SQLite's C call on every open (a pooled handle keeps it; no statement is run).
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    private SqliteBusyTimeout()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Set(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Set(connection);
        return Task.CompletedTask;
    }

    private static void Set(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite)
            return;
        // The connection's whole number of seconds (0: no limit).
        var milliseconds = sqlite.DefaultTimeout == 0 ? int.MaxValue : checked(sqlite.DefaultTimeout * 1000);
        SqliteException.ThrowExceptionForRC(SQLitePCL.raw.sqlite3_busy_timeout(handle, milliseconds), handle);
    }
}
