using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SchoolPortal.Domain.Audit;

namespace SchoolPortal.Data.Auditing;

/// <summary>
/// Writes audit entries on SQLite through one prepared INSERT, rebound per entry, inside the save's transaction. EF Core
/// sends SQLite one command per added row and tracks each one: for the 10,000 entries of a batch update that was a
/// third of the save. Columns and conversions come from the model, so the rows are the ones EF Core would write.
/// </summary>
internal static class AuditLogInserts
{
    public static async Task<int> InsertAsync(PortalDbContext db, IEnumerable<AuditEntry> entries, CancellationToken ct)
    {
        var type = db.Model.FindEntityType(typeof(AuditEntry))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties().Where(p => !p.IsPrimaryKey()).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ("
            + string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!))) + ") VALUES ("
            + string.Join(", ", columns.Select((_, i) => "@a" + i)) + ")";
        var bound = new List<(IProperty Column, RelationalTypeMapping Mapping, DbParameter Parameter)>();
        for (var i = 0; i < columns.Count; i++)
        {
            var mapping = (RelationalTypeMapping)columns[i].GetTypeMapping();
            var parameter = mapping.CreateParameter(command, "@a" + i, null, columns[i].IsNullable);
            command.Parameters.Add(parameter);
            bound.Add((columns[i], mapping, parameter));
        }
        await command.PrepareAsync(ct);
        var written = 0;
        foreach (var entry in entries)
        {
            foreach (var (column, mapping, parameter) in bound)
            {
                var value = column.GetGetter().GetClrValueUsingContainingEntity(entry);
                parameter.Value = (value is null ? null : mapping.Converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
            }
            written += await command.ExecuteNonQueryAsync(ct);
        }
        return written;
    }
}
