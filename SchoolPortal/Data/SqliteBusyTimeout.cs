using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SchoolPortal.Data;

/// <summary>
/// Lets SQLite itself wait for a write lock held by another connection (<c>PRAGMA busy_timeout</c>, as long as the
/// connection's command timeout) instead of answering «busy» at once. Microsoft.Data.Sqlite retries a busy statement
/// too, but only every 150 ms, so two writers queued behind each other (two portal nodes on one file in the booking
/// minute, many teachers saving marks at once) waited in steps of 150 ms; SQLite's own wait retries within milliseconds.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    private SqliteBusyTimeout()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection sqlite)
        {
            using var command = Pragma(sqlite);
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection sqlite)
        {
            await using var command = Pragma(sqlite);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static SqliteCommand Pragma(SqliteConnection connection)
    {
        var command = connection.CreateCommand();
        // The PRAGMA takes no parameters; the value is the connection's own whole number of seconds (0: no limit).
        command.CommandText = $"PRAGMA busy_timeout = {(connection.DefaultTimeout == 0 ? int.MaxValue : checked(connection.DefaultTimeout * 1000))}";
        return command;
    }
}
