using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;

namespace SchoolPortal.Features.NewYear.Engine;

/// <summary>
/// Batched INSERT … VALUES of many rows through raw SQL with parameters (SQLite and SQL Server alike): one statement per
/// chunk instead of one tracked entity per pupil. A chunk stays well under SQL Server's 2,100 parameters.
/// </summary>
internal static class RowInserts
{
    private const int MaxParameters = 1000;

    public static async Task<int> InsertAsync(PortalDbContext db, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows,
        CancellationToken ct)
    {
        var head = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ";
        var perChunk = MaxParameters / columns.Count;
        var written = 0;
        foreach (var chunk in rows.Chunk(perChunk))
        {
            var values = new List<object>(chunk.Length * columns.Count);
            var tuples = new string[chunk.Length];
            for (var r = 0; r < chunk.Length; r++)
            {
                var names = new string[columns.Count];
                for (var c = 0; c < columns.Count; c++)
                {
                    // A null goes as the literal: a raw SQL parameter needs a type, and null has none.
                    if (chunk[r][c] is { } value)
                    {
                        names[c] = $"{{{values.Count}}}";
                        values.Add(value);
                    }
                    else
                        names[c] = "NULL";
                }
                tuples[r] = $"({string.Join(", ", names)})";
            }
            // Table and column names come from the engine's code, the values go as parameters.
#pragma warning disable EF1003
            written += await db.Database.ExecuteSqlRawAsync(head + string.Join(", ", tuples), values, ct);
#pragma warning restore EF1003
        }
        return written;
    }
}
