using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// A raw ADO.NET write session on the context's connection: one transaction, prepared INSERTs, and on SQLite the
/// journal and sync settings relaxed while it runs (a seed is all or nothing; a crash leaves an empty file to delete).
/// </summary>
internal sealed class BulkSession : IDisposable
{
    private readonly PortalDbContext _db;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly ISqlGenerationHelper _sql;
    private readonly List<BulkTable> _tables = [];
    private readonly bool _openedHere;
    private readonly string? _journalMode;
    private readonly List<string> _droppedIndexes = [];

    public bool IsSqlite { get; }

    public BulkSession(PortalDbContext db)
    {
        _db = db;
        _connection = db.Database.GetDbConnection();
        _sql = db.GetService<ISqlGenerationHelper>();
        IsSqlite = db.Database.IsSqlite();
        if (_connection.State != System.Data.ConnectionState.Open)
        {
            _connection.Open();
            _openedHere = true;
        }
        if (IsSqlite)
        {
            _journalMode = Scalar("PRAGMA journal_mode") as string;
            Execute("PRAGMA journal_mode = MEMORY");
            Execute("PRAGMA synchronous = OFF");
            Execute("PRAGMA cache_size = -200000");
            // Rows reference each other by ids the generator assigns; the order of writing is not the order of the keys.
            Execute("PRAGMA foreign_keys = OFF");
        }
        _transaction = _connection.BeginTransaction();
        if (IsSqlite)
            DropSecondaryIndexes();
        else
            SetConstraintChecks(enabled: false);
    }

    /// <summary>
    /// SQL Server (not run here: no server on the build machines): the tables' foreign keys are switched off while the
    /// batches of different tables arrive in any order, then switched on WITH CHECK, which validates every row.
    /// </summary>
    private void SetConstraintChecks(bool enabled)
    {
        foreach (var table in _db.Model.GetEntityTypes().Select(e => (e.GetTableName(), e.GetSchema())).Distinct())
        {
            if (table.Item1 is null)
                continue;
            var name = _sql.DelimitIdentifier(table.Item1, table.Item2);
            Execute(enabled ? $"ALTER TABLE {name} WITH CHECK CHECK CONSTRAINT ALL" : $"ALTER TABLE {name} NOCHECK CONSTRAINT ALL", inTransaction: true);
        }
    }

    /// <summary>
    /// SQLite: the secondary indexes are dropped inside the transaction and built again from their own definitions
    /// before the commit; building an index once over sorted data is several times faster than keeping it up to date
    /// through two million random inserts. Unique indexes are rebuilt too, so a duplicate still fails the seed.
    /// </summary>
    private void DropSecondaryIndexes()
    {
        var indexes = new List<(string Name, string Sql)>();
        using (var command = _connection.CreateCommand())
        {
            command.Transaction = _transaction;
            command.CommandText = "SELECT name, sql, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL";
            using var reader = command.ExecuteReader();
            var modelTables = _db.Model.GetEntityTypes().Select(e => e.GetTableName()).ToHashSet();
            while (reader.Read())
            {
                if (modelTables.Contains(reader.GetString(2)))
                    indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        foreach (var (name, sql) in indexes)
        {
            Execute($"DROP INDEX {_sql.DelimitIdentifier(name)}", inTransaction: true);
            _droppedIndexes.Add(sql);
        }
    }

    public BulkTable Table<TEntity>(params string[] paths) => Table(typeof(TEntity), null, paths);

    /// <summary>An owned collection stored in its own table, reached from <typeparamref name="TOwner"/> by <paramref name="navigation"/>.</summary>
    public BulkTable OwnedTable<TOwner>(string navigation, params string[] paths) => Table(typeof(TOwner), navigation, paths);

    private BulkTable Table(Type clrType, string? navigation, string[] paths)
    {
        var entityType = _db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not in the model.");
        if (navigation is not null)
            entityType = entityType.FindNavigation(navigation)?.TargetEntityType
                ?? throw new InvalidOperationException($"{clrType.Name} has no navigation {navigation}.");
        var table = new BulkTable(_connection, _transaction, _sql, entityType, identityInsert: !IsSqlite && HasIdentity(entityType, paths), paths);
        _tables.Add(table);
        return table;
    }

    private static bool HasIdentity(Microsoft.EntityFrameworkCore.Metadata.IEntityType entityType, string[] paths) =>
        paths.Contains("Id") && entityType.FindPrimaryKey() is { Properties: [{ ValueGenerated: not Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never }] };

    /// <summary>
    /// Runs EF Core queries on the session's own connection and transaction, so they see the rows written so far (the
    /// Е-услуги part reads the generated schools, classes and pupils back). Pending batches are written first. The
    /// secondary indexes are dropped while the session runs: read in whole-table passes, not row by row.
    /// </summary>
    public T Read<T>(Func<PortalDbContext, T> query)
    {
        foreach (var table in _tables)
            table.Flush();
        _db.Database.UseTransaction(_transaction);
        try
        {
            return query(_db);
        }
        finally
        {
            _db.Database.UseTransaction(null);
        }
    }

    public void Commit()
    {
        foreach (var table in _tables)
            table.Flush();
        if (!IsSqlite)
            SetConstraintChecks(enabled: true);
        foreach (var sql in _droppedIndexes)
            Execute(sql, inTransaction: true);
        _droppedIndexes.Clear();
        _transaction.Commit();
    }

    public void Dispose()
    {
        foreach (var table in _tables)
            table.Dispose();
        _transaction.Dispose();
        if (IsSqlite)
        {
            Execute("PRAGMA foreign_keys = ON");
            Execute("PRAGMA synchronous = FULL");
            if (_journalMode is not null)
                Execute($"PRAGMA journal_mode = {_journalMode}");
            Execute("PRAGMA optimize");
        }
        if (_openedHere)
            _connection.Close();
    }

    private void Execute(string sql, bool inTransaction = false)
    {
        using var command = _connection.CreateCommand();
        if (inTransaction)
            command.Transaction = _transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
