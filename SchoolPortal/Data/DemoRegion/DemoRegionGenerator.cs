using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// Fills an empty database with a made-up region of Chelyabinsk oblast: districts, schools with their current year,
/// classes, staff, pupils, parents and logins, with the data problems of the briefing planted at known rates
/// (<see cref="PlantedProblems"/>). The calendar is laid around <paramref name="today"/> (<see cref="DemoCalendar"/>): the
/// academic year that contains it, the journal filled up to yesterday, today's lessons and substitution, the current quarter
/// open, ages, passports and last logins counted against it. Е-услуги: the finished admission campaign (<see cref="DemoEnrollmentWriter"/>) and
/// the coming summer's camp season with booking open (<see cref="DemoCampWriter"/>). Deterministic: a fixed seed, so the same size and day always
/// give the same rows. Writes through raw ADO.NET on the context's connection (EF change tracking is far too slow for a region).
/// </summary>
/// <param name="today">The region's date the demo is made for: the portal passes its clock's today when it seeds, the tests
/// and benchmarks <see cref="FixedDay"/>.</param>
public sealed class DemoRegionGenerator(DemoSize size, DateOnly today, string? passwordHash = null)
{
    public const int Seed = 20_261_128;

    /// <summary>Bump when the generated data changes: cached benchmark databases are keyed by it.</summary>
    public const int Version = 6;

    /// <summary>
    /// The day the tests and benchmarks generate the region around (a Saturday of the second quarter of 2026/2027); they pin
    /// the portal's clock to it (<c>Clock__Today</c>) so that the region's "today" and the portal's agree.
    /// </summary>
    public static readonly DateOnly FixedDay = new(2026, 11, 28);

    private static readonly Lazy<string> DemoHash = new(() =>
        new PasswordHasher<UserAccount>().HashPassword(new UserAccount("demo", "Демо", Role.RegionOperator), DemoOptions.Password));

    /// <summary>
    /// The hash of the demo password, computed once per process (hashing is deliberately slow). Its salt is random, so
    /// two processes write different hash strings; everything else is identical.
    /// </summary>
    public static string DemoPasswordHash => DemoHash.Value;

    public DemoSize Size => size;

    public DateOnly Today => today;

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
            problems = new DemoRegionWriter(tables, size, new DemoCalendar(today), passwordHash ?? DemoPasswordHash).Write();
            var enrollment = new DemoEnrollmentTables(session);
            new DemoEnrollmentWriter(session, enrollment, today).Write();
            var camps = new DemoCampTables(session);
            new DemoCampWriter(session, camps, size, today).Write();
            session.Commit();
            rows = tables.All.Concat(enrollment.All).Concat(camps.All).ToDictionary(table => table.Name, table => table.Rows);
        }
        new DemoLeaversWriter(db, today, problems).Write();
        return new DemoRegionResult(size, rows, clock.Elapsed, problems);
    }
}
