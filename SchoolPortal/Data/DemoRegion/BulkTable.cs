using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SQLitePCL;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// Prepared INSERTs into one table, built from the EF model: table and column names, parameter types and value
/// converters come from the mapping, so a row holds exactly what EF would write. The statement is prepared once and
/// each row only changes the values.
/// SQLite: one prepared statement driven through SQLitePCL (the engine under Microsoft.Data.Sqlite) with values bound
/// by position; the driver's per-command work (binding by name, a reader per execution) costs more than SQLite itself.
/// Values are bound the way Microsoft.Data.Sqlite binds them: DateOnly as 'yyyy-MM-dd' text, bool as 0/1.
/// Other providers: multi-row INSERT commands through ADO.NET, a batch of rows per round trip.
/// </summary>
internal sealed class BulkTable : IDisposable
{
    // SQL Server allows 2,100 parameters per command; SQLite 32,766.
    private const int MaxParameters = 2000;
    private const int MaxRowsPerBatch = 64;

    private readonly sqlite3? _database;
    private readonly sqlite3_stmt? _statement;
    private readonly DbCommand? _batch;
    private readonly DbCommand? _single;
    private readonly ValueConverter?[] _converters;
    private readonly int _columns;
    private readonly int _batchRows;
    private int _pending;

    public string Name { get; }
    public int Rows { get; private set; }

    /// <param name="entityType">The entity (or an owned type with its own table).</param>
    /// <param name="paths">Properties in value order; an owned property as "Navigation.Property", e.g. "Name.Surname".</param>
    public BulkTable(DbConnection connection, DbTransaction transaction, ISqlGenerationHelper sql, IEntityType entityType,
        bool identityInsert, params string[] paths)
    {
        Name = entityType.GetTableName() ?? throw new InvalidOperationException($"{entityType.DisplayName()} has no table.");
        var schema = entityType.GetSchema();
        var table = StoreObjectIdentifier.Table(Name, schema);
        _columns = paths.Length;
        _batchRows = Math.Max(1, Math.Min(MaxRowsPerBatch, MaxParameters / _columns));
        _converters = new ValueConverter?[_columns];
        var columns = new string[_columns];
        var mappings = new RelationalTypeMapping[_columns];
        for (var i = 0; i < _columns; i++)
        {
            var property = Resolve(entityType, paths[i]);
            columns[i] = sql.DelimitIdentifier(property.GetColumnName(table)
                ?? throw new InvalidOperationException($"{paths[i]} is not mapped to {Name}."));
            mappings[i] = property.GetRelationalTypeMapping();
            _converters[i] = mappings[i].Converter;
        }
        var tableName = sql.DelimitIdentifier(Name, schema);
        if (connection is SqliteConnection sqlite)
        {
            _database = sqlite.Handle!;
            var insert = $"INSERT INTO {tableName} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})";
            Check(raw.sqlite3_prepare_v2(_database, insert, out _statement));
            return;
        }
        _batch = Command(connection, transaction, tableName, columns, mappings, _batchRows, identityInsert);
        _single = Command(connection, transaction, tableName, columns, mappings, 1, identityInsert);
    }

    /// <summary>Adds one row; <paramref name="values"/> are model values (enums, value objects, DateOnly ...) in path order.</summary>
    public void Insert(params object?[] values)
    {
        if (values.Length != _columns)
            throw new ArgumentException($"{Name}: {_columns} values expected, {values.Length} given.");
        Rows++;
        if (_statement is not null)
        {
            for (var i = 0; i < _columns; i++)
                Check(Bind(_statement, i + 1, ToProvider(i, values[i])));
            var done = raw.sqlite3_step(_statement);
            raw.sqlite3_reset(_statement);
            if (done != raw.SQLITE_DONE)
                Check(done);
            return;
        }
        var offset = _pending * _columns;
        for (var i = 0; i < _columns; i++)
            _batch!.Parameters[offset + i].Value = ToProvider(i, values[i]) ?? DBNull.Value;
        if (++_pending == _batchRows)
        {
            _batch!.ExecuteNonQuery();
            _pending = 0;
        }
    }

    private object? ToProvider(int column, object? value) =>
        value is not null && _converters[column] is { } converter && converter.ModelClrType.IsInstanceOfType(value)
            ? converter.ConvertToProvider(value)
            : value;

    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        int number => raw.sqlite3_bind_int(statement, index, number),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        bool flag => raw.sqlite3_bind_int(statement, index, flag ? 1 : 0),
        DateOnly date => raw.sqlite3_bind_text(statement, index, date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
        double number => raw.sqlite3_bind_double(statement, index, number),
        // The text forms EF Core's SQLite provider writes for these types.
        TimeOnly time => raw.sqlite3_bind_text(statement, index, time.ToString(@"HH\:mm\:ss\.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.')),
        decimal number => raw.sqlite3_bind_text(statement, index, number.ToString("0.0###########################", CultureInfo.InvariantCulture)),
        _ => throw new NotSupportedException($"Значение типа {value.GetType().Name} не поддерживается генератором."),
    };

    private void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
            throw new SqliteException($"{Name}: {raw.sqlite3_errmsg(_database).utf8_to_string()}", result);
    }

    /// <summary>Writes the rows of an unfinished batch one by one.</summary>
    public void Flush()
    {
        if (_batch is null || _single is null)
            return;
        for (var row = 0; row < _pending; row++)
        {
            for (var i = 0; i < _columns; i++)
                _single.Parameters[i].Value = _batch.Parameters[row * _columns + i].Value;
            _single.ExecuteNonQuery();
        }
        _pending = 0;
    }

    public void Dispose()
    {
        _statement?.Dispose();
        _batch?.Dispose();
        _single?.Dispose();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string tableName, string[] columns,
        RelationalTypeMapping[] mappings, int rows, bool identityInsert)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var values = new List<string>(rows);
        for (var row = 0; row < rows; row++)
        {
            var names = new string[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                names[i] = $"@p{row * columns.Length + i}";
                command.Parameters.Add(mappings[i].CreateParameter(command, names[i], null, nullable: true));
            }
            values.Add($"({string.Join(", ", names)})");
        }
        var insert = $"INSERT INTO {tableName} ({string.Join(", ", columns)}) VALUES {string.Join(", ", values)}";
        // SQL Server refuses explicit values for IDENTITY columns unless asked, and only for one table at a time.
        command.CommandText = identityInsert
            ? $"SET IDENTITY_INSERT {tableName} ON; {insert}; SET IDENTITY_INSERT {tableName} OFF;"
            : insert;
        return command;
    }

    private static IProperty Resolve(IEntityType entityType, string path)
    {
        var type = entityType;
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            type = type.FindNavigation(parts[i])?.TargetEntityType
                ?? throw new InvalidOperationException($"{type.DisplayName()} has no navigation {parts[i]}.");
        }
        return type.FindProperty(parts[^1]) ?? throw new InvalidOperationException($"{type.DisplayName()} has no property {parts[^1]}.");
    }
}
