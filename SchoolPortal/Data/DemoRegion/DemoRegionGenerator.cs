using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// Fills an empty database with a made-up region of Chelyabinsk oblast: districts, schools with their current year,
/// classes, staff, pupils, parents and logins, with the data problems of the briefing planted at known rates
/// (<see cref="PlantedProblems"/>). Deterministic: a fixed seed, so the same size always gives the same rows.
/// Writes through raw ADO.NET on the context's connection (EF change tracking is far too slow for a region).
/// </summary>
public sealed class DemoRegionGenerator(DemoSize size, string? passwordHash = null)
{
    public const int Seed = 20_261_128;

    /// <summary>Bump when the generated data changes: cached benchmark databases are keyed by it.</summary>
    public const int Version = 2;

    public const int StartYear = 2026;

    /// <summary>The generator's "today": ages, passports and last logins are computed against it.</summary>
    public static readonly DateOnly Today = new(2026, 11, 28);

    private static readonly Lazy<string> DemoHash = new(() =>
        new PasswordHasher<UserAccount>().HashPassword(new UserAccount("demo", "Демо", Role.RegionOperator), DemoOptions.Password));

    /// <summary>
    /// The hash of the demo password, computed once per process (hashing is deliberately slow). Its salt is random, so
    /// two processes write different hash strings; everything else is identical.
    /// </summary>
    public static string DemoPasswordHash => DemoHash.Value;

    public DemoSize Size => size;

    /// <summary>True when the database holds no districts, schools, pupils, parents or accounts.</summary>
    public static async Task<bool> IsEmptyAsync(PortalDbContext db, CancellationToken ct = default) =>
        !await db.Municipalities.IgnoreQueryFilters().AnyAsync(ct)
        && !await db.Schools.IgnoreQueryFilters().AnyAsync(ct)
        && !await db.Pupils.IgnoreQueryFilters().AnyAsync(ct)
        && !await db.Parents.IgnoreQueryFilters().AnyAsync(ct)
        && !await db.UserAccounts.IgnoreQueryFilters().AnyAsync(ct);

    /// <summary>Writes the region in one transaction. The database must be migrated and empty (see <see cref="IsEmptyAsync"/>).</summary>
    public DemoRegionResult Generate(PortalDbContext db)
    {
        var clock = Stopwatch.StartNew();
        PlantedProblems problems;
        Dictionary<string, int> rows;
        using (var session = new BulkSession(db))
        {
            var tables = new DemoRegionTables(session);
            problems = new DemoRegionWriter(tables, size, passwordHash ?? DemoPasswordHash).Write();
            session.Commit();
            rows = tables.All.ToDictionary(table => table.Name, table => table.Rows);
        }
        return new DemoRegionResult(size, rows, clock.Elapsed, problems);
    }
}
