using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// One prepared INSERT into one table, built from the EF model: table and column names, parameter types and value
/// converters come from the mapping, so a row holds exactly what EF would write. The command is reused: each row only
/// changes the parameter values.
/// </summary>
internal sealed class BulkTable : IDisposable
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;
    private readonly ValueConverter?[] _converters;

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
        var columns = new string[paths.Length];
        _parameters = new DbParameter[paths.Length];
        _converters = new ValueConverter?[paths.Length];
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        for (var i = 0; i < paths.Length; i++)
        {
            var property = Resolve(entityType, paths[i]);
            columns[i] = sql.DelimitIdentifier(property.GetColumnName(table)
                ?? throw new InvalidOperationException($"{paths[i]} is not mapped to {Name}."));
            var mapping = property.GetRelationalTypeMapping();
            _converters[i] = mapping.Converter;
            _parameters[i] = mapping.CreateParameter(_command, "@p" + i, null, nullable: true);
            _command.Parameters.Add(_parameters[i]);
        }
        var tableName = sql.DelimitIdentifier(Name, schema);
        var insert = $"INSERT INTO {tableName} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", _parameters.Select(p => p.ParameterName))})";
        // SQL Server refuses explicit values for IDENTITY columns unless asked, and only for one table at a time.
        _command.CommandText = identityInsert
            ? $"SET IDENTITY_INSERT {tableName} ON; {insert}; SET IDENTITY_INSERT {tableName} OFF;"
            : insert;
    }

    /// <summary>Writes one row; <paramref name="values"/> are model values (enums, value objects, DateOnly ...) in path order.</summary>
    public void Insert(params object?[] values)
    {
        if (values.Length != _parameters.Length)
            throw new ArgumentException($"{Name}: {_parameters.Length} values expected, {values.Length} given.");
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (value is not null && _converters[i] is { } converter && converter.ModelClrType.IsInstanceOfType(value))
                value = converter.ConvertToProvider(value);
            _parameters[i].Value = value ?? DBNull.Value;
        }
        _command.ExecuteNonQuery();
        Rows++;
    }

    public void Dispose() => _command.Dispose();

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
