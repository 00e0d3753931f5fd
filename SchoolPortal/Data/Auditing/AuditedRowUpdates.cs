using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SchoolPortal.Domain.Audit;
using SchoolPortal.Domain.Common;

namespace SchoolPortal.Data.Auditing;

/// <summary>
/// Saves records read without tracking and changed by the domain's own methods: each changed row is one prepared UPDATE
/// of its changed columns, guarded by their values as read (a row changed meanwhile is not overwritten: the write stops
/// with <see cref="DbUpdateConcurrencyException"/>), and gets the audit entry the audit trail would have written.
/// Thousands of records cost no change tracking. Columns and conversions come from the model, owned value objects (names,
/// documents) included as the columns of their owner's row.
/// </summary>
/// <remarks>Run inside the caller's transaction: the UPDATEs and their audit entries are saved together or not at all.</remarks>
internal sealed class AuditedRowUpdates(IModel model)
{
    private readonly Dictionary<Type, RowShape> _shapes = [];
    private readonly List<(RowShape Shape, object Entity, object?[] Before, object?[] After, int[] Columns)> _changed = [];

    /// <summary>The number of changed records waiting for <see cref="WriteAsync"/>.</summary>
    public int Count => _changed.Count;

    /// <summary>The changed records, as the audit log names them (entity type and id).</summary>
    public IEnumerable<(string EntityType, int Id)> Records => _changed.Select(c => (c.Shape.Type.ClrType.Name, ((IAudited)c.Entity).Id));

    /// <summary>The record's column values now, before the domain changes it.</summary>
    public RowImage Capture(object entity)
    {
        var shape = Shape(entity.GetType());
        return new RowImage(entity, shape.Read(entity));
    }

    /// <summary>Queues the record of <paramref name="before"/> when its columns differ now; true when they do.</summary>
    public bool Changed(RowImage before)
    {
        var shape = Shape(before.Entity.GetType());
        var after = shape.Read(before.Entity);
        var changed = Enumerable.Range(0, after.Length).Where(i => !Equals(before.Values[i], after[i])).ToArray();
        if (changed.Length == 0)
            return false;
        _changed.Add((shape, before.Entity, before.Values, after, changed));
        return true;
    }

    /// <summary>Writes every queued record and its audit entry; nothing is written by a caller that then rolls back.</summary>
    public async Task<int> WriteAsync(PortalDbContext db, CancellationToken ct)
    {
        var commands = new Dictionary<string, PreparedUpdate>();
        var audit = new List<AuditEntry>(_changed.Count);
        var now = DateTimeOffset.UtcNow;
        try
        {
            foreach (var (shape, entity, before, after, changed) in _changed)
            {
                var signature = shape.Type.Name + ":" + string.Join(",", changed);
                if (!commands.TryGetValue(signature, out var command))
                    commands[signature] = command = await PreparedUpdate.CreateAsync(db, shape, changed, ct);
                if (await command.ExecuteAsync(shape.Key(entity), before, after, ct) != 1)
                    throw new DbUpdateConcurrencyException(
                        $"{shape.Type.ClrType.Name} {shape.Key(entity)}: запись изменилась или удалена после чтения; ничего не перезаписано.");
                audit.Add(new AuditEntry(now, db.Actor.AccountId, db.Actor.Login, AuditTrail.SchoolOf(entity), shape.Type.ClrType.Name,
                    ((IAudited)entity).Id, AuditAction.Changed, changed
                        .Select(i => (Column: shape.Columns[i], Old: AuditTrail.Text(shape.Columns[i].Clr(before[i])), New: AuditTrail.Text(shape.Columns[i].Clr(after[i]))))
                        .Where(c => c.Old != c.New)
                        .Select(c => new AuditChange(c.Column.AuditName, c.Old, c.New))));
            }
        }
        finally
        {
            foreach (var command in commands.Values)
                await command.DisposeAsync();
        }
        var written = _changed.Count + await AuditLogInserts.InsertAsync(db, audit, ct);
        _changed.Clear();
        return written;
    }

    private RowShape Shape(Type type)
    {
        if (!_shapes.TryGetValue(type, out var shape))
            _shapes[type] = shape = RowShape.Of(model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model."));
        return shape;
    }

    /// <summary>A record and its column values (in the provider's form) at one moment.</summary>
    internal sealed record RowImage(object Entity, object?[] Values);

    /// <summary>One column of a record's row: how to read it from the entity and how the audit trail names it.</summary>
    private sealed record Column(string Name, string AuditName, Func<object, object?> Read, RelationalTypeMapping Mapping)
    {
        public object? Clr(object? provider) => provider is null || Mapping.Converter is null ? provider : Mapping.Converter.ConvertFromProvider(provider);
    }

    private sealed record RowShape(IEntityType Type, StoreObjectIdentifier Table, IProperty KeyProperty, IReadOnlyList<Column> Columns)
    {
        public object Key(object entity) => KeyProperty.GetGetter().GetClrValueUsingContainingEntity(entity)!;

        public object?[] Read(object entity)
        {
            var values = new object?[Columns.Count];
            for (var i = 0; i < values.Length; i++)
                values[i] = Columns[i].Read(entity);
            return values;
        }

        public static RowShape Of(IEntityType type)
        {
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var key = type.FindPrimaryKey()!.Properties.Single();
            var columns = new List<Column>();
            foreach (var property in type.GetProperties().Where(p => !p.IsPrimaryKey() && !p.IsShadowProperty()))
            {
                var getter = property.GetGetter();
                columns.Add(ColumnOf(property, table, property.Name, e => getter.GetClrValueUsingContainingEntity(e)));
            }
            foreach (var navigation in type.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !n.IsCollection))
            {
                var owned = navigation.TargetEntityType;
                if (owned.GetTableName() != table.Name)
                    throw new NotSupportedException($"{type.ClrType.Name}.{navigation.Name} is kept in a table of its own.");
                var ownerGetter = navigation.GetGetter();
                foreach (var property in owned.GetProperties().Where(p => !p.IsPrimaryKey() && !p.IsShadowProperty()))
                {
                    var getter = property.GetGetter();
                    columns.Add(ColumnOf(property, table, $"{navigation.Name}.{property.Name}",
                        e => ownerGetter.GetClrValueUsingContainingEntity(e) is { } value ? getter.GetClrValueUsingContainingEntity(value) : null));
                }
            }
            return new RowShape(type, table, key, columns);
        }

        private static Column ColumnOf(IProperty property, StoreObjectIdentifier table, string auditName, Func<object, object?> read)
        {
            var mapping = (RelationalTypeMapping)property.GetTypeMapping();
            var converter = mapping.Converter;
            return new Column(property.GetColumnName(table)!, auditName,
                e => read(e) is { } value ? converter?.ConvertToProvider(value) ?? value : null, mapping);
        }
    }

    /// <summary>
    /// <c>UPDATE t SET c = @n… WHERE key = @k AND (c = @o OR c IS NULL AND @o IS NULL)…</c>, prepared once per set of
    /// changed columns and rebound per record.
    /// </summary>
    private sealed class PreparedUpdate(DbCommand command, DbParameter key, DbParameter[] next, DbParameter[] old, int[] columns) : IAsyncDisposable
    {
        public static async Task<PreparedUpdate> CreateAsync(PortalDbContext db, RowShape shape, int[] columns, CancellationToken ct)
        {
            var sql = db.GetService<ISqlGenerationHelper>();
            var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var sets = columns.Select((c, i) => $"{sql.DelimitIdentifier(shape.Columns[c].Name)} = @n{i}");
            var guards = columns.Select((c, i) =>
            {
                var name = sql.DelimitIdentifier(shape.Columns[c].Name);
                return $"({name} = @o{i} OR ({name} IS NULL AND @o{i} IS NULL))";
            });
            command.CommandText = $"UPDATE {sql.DelimitIdentifier(shape.Table.Name, shape.Table.Schema)} SET {string.Join(", ", sets)} "
                + $"WHERE {sql.DelimitIdentifier(shape.KeyProperty.GetColumnName(shape.Table)!)} = @k AND {string.Join(" AND ", guards)}";
            var keyMapping = (RelationalTypeMapping)shape.KeyProperty.GetTypeMapping();
            var key = keyMapping.CreateParameter(command, "@k", null, false);
            command.Parameters.Add(key);
            DbParameter[] Bind(string prefix) => columns.Select((c, i) =>
            {
                var parameter = shape.Columns[c].Mapping.CreateParameter(command, prefix + i, null, true);
                command.Parameters.Add(parameter);
                return parameter;
            }).ToArray();
            var next = Bind("@n");
            var old = Bind("@o");
            await command.PrepareAsync(ct);
            return new PreparedUpdate(command, key, next, old, columns);
        }

        public async Task<int> ExecuteAsync(object keyValue, object?[] before, object?[] after, CancellationToken ct)
        {
            key.Value = keyValue;
            for (var i = 0; i < columns.Length; i++)
            {
                next[i].Value = after[columns[i]] ?? DBNull.Value;
                old[i].Value = before[columns[i]] ?? DBNull.Value;
            }
            return await command.ExecuteNonQueryAsync(ct);
        }

        public ValueTask DisposeAsync() => command.DisposeAsync();
    }
}
