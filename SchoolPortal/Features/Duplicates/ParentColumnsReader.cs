using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Duplicates;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Features.Duplicates;

/// <summary>
/// Reads the compared columns (without addresses) of every parent record in scope with a plain data reader: for a region's half a million
/// records EF Core's materialisation of value objects (SNILS, addresses, the owned name and document) costs more than the
/// reading itself, and nothing here is tracked or changed. The SQL is the same on SQLite and SQL Server; the school ids
/// are integers the caller already checked, written into the query as numbers.
/// </summary>
internal static class ParentColumnsReader
{
    private const string Columns =
        "par.Id, par.MergedIntoId, par.Surname, par.FirstName, par.Patronymic, par.BirthDate, par.Snils, par.DocumentKind, " +
        "par.DocumentSeries, par.DocumentNumber, par.DeletedAt";

    /// <summary>A record the scan compares: neither merged into another nor deleted (a deleted one waits only for restoring).</summary>
    private static bool IsLive(DbDataReader r) => r.IsDBNull(1) && r.IsDBNull(10);

    /// <summary>The whole region: every record neither merged nor deleted, and every link.</summary>
    public static async Task<(List<ParentFacts>, List<(int, int)>)> RegionAsync(PortalDbContext db, CancellationToken ct)
    {
        var facts = new List<ParentFacts>();
        var links = new List<(int, int)>();
        await WithConnectionAsync(db, async connection =>
        {
            // MergedIntoId and DeletedAt are filtered here, not in SQL: SQLite would walk its index for «IS NULL», a lookup per row.
            await ReadAsync(connection, $"SELECT {Columns} FROM Parents par", r =>
            {
                if (IsLive(r))
                    facts.Add(Facts(r));
            }, ct);
            await ReadAsync(connection, "SELECT ParentId, PupilId FROM ParentLinks", r => links.Add((r.GetInt32(0), r.GetInt32(1))), ct);
        });
        return (facts, links);
    }

    /// <summary>
    /// Some schools: one join from their pupils through the links to the parents (the pupils' school index drives it), a
    /// parent row per link; each parent is kept once, each link as the weak rule's shared child.
    /// </summary>
    public static async Task<(List<ParentFacts>, List<(int, int)>)> SchoolsAsync(PortalDbContext db, IReadOnlyList<int> schoolIds,
        CancellationToken ct)
    {
        var facts = new List<ParentFacts>();
        var links = new List<(int, int)>();
        if (schoolIds.Count == 0)
            return (facts, links);
        var seen = new HashSet<int>();
        var sql = $"SELECT {Columns}, l.PupilId FROM Pupils p JOIN ParentLinks l ON l.PupilId = p.Id JOIN Parents par ON par.Id = l.ParentId " +
            $"WHERE p.SchoolId IN ({string.Join(",", schoolIds.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
        await WithConnectionAsync(db, connection => ReadAsync(connection, sql, r =>
        {
            if (!IsLive(r))
                return;
            var id = r.GetInt32(0);
            links.Add((id, r.GetInt32(11)));
            if (seen.Add(id))
                facts.Add(Facts(r));
        }, ct));
        return (facts, links);
    }

    private static ParentFacts Facts(DbDataReader r) => new(
        r.GetInt32(0),
        r.GetString(2),
        r.GetString(3),
        r.IsDBNull(4) ? null : r.GetString(4),
        r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5),
        r.IsDBNull(6) ? null : r.GetString(6),
        r.IsDBNull(7) ? null : (DocumentKind)r.GetInt32(7),
        r.IsDBNull(8) ? null : r.GetString(8),
        r.IsDBNull(9) ? null : r.GetString(9),
        null,
        null);

    /// <summary>
    /// Addresses only for the records the weak rule compares (namesakes where a birth date is missing): the two longest
    /// columns are then not read for the whole region.
    /// </summary>
    public static async Task<Dictionary<int, (string?, string?)>> AddressesAsync(PortalDbContext db, IReadOnlyList<int> ids, CancellationToken ct)
    {
        var addresses = new Dictionary<int, (string?, string?)>(ids.Count);
        await WithConnectionAsync(db, async connection =>
        {
            foreach (var chunk in ids.Chunk(500))
            {
                var list = string.Join(",", chunk.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                await ReadAsync(connection, $"SELECT Id, RegistrationAddress, StayAddress FROM Parents WHERE Id IN ({list})",
                    r => addresses[r.GetInt32(0)] = (r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)), ct);
            }
        });
        return addresses;
    }

    private static async Task WithConnectionAsync(PortalDbContext db, Func<DbConnection, Task> read)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await read(db.Database.GetDbConnection());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task ReadAsync(DbConnection connection, string sql, Action<DbDataReader> row, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            row(reader);
    }
}
