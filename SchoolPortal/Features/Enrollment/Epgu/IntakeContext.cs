using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.People;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Integrations.EpguEnrollment;

namespace SchoolPortal.Features.Enrollment.Epgu;

/// <summary>
/// What one intake run looks up for every message, loaded once for the batch: the region's schools by ИНН, the assigned
/// territories of the schools the batch names, the region's pupils with the batch's birth certificates, and the last
/// application number of each school's campaign (numbers are then handed out in memory).
/// </summary>
internal sealed class IntakeContext
{
    private readonly Dictionary<string, int> _schoolsByInn;
    private readonly Dictionary<int, AddressMatcher> _matchers;
    private readonly Dictionary<(string? Series, string Number), int> _pupils;
    private readonly Dictionary<(int SchoolId, int Year), int> _lastNumbers;

    private IntakeContext(Dictionary<string, int> schoolsByInn, Dictionary<int, AddressMatcher> matchers,
        Dictionary<(string?, string), int> pupils, Dictionary<(int, int), int> lastNumbers)
    {
        _schoolsByInn = schoolsByInn;
        _matchers = matchers;
        _pupils = pupils;
        _lastNumbers = lastNumbers;
    }

    public static async Task<IntakeContext> LoadAsync(IDbContextFactory<PortalDbContext> factory, IReadOnlyList<EpguInboxItem> items, CancellationToken ct)
    {
        // System scope: the EPGU intake is the region's exchange; it looks up schools, territories and pupils region-wide.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        var schools = (await db.Schools.AsNoTracking().Select(s => new { s.Id, s.Inn }).ToListAsync(ct))
            .ToDictionary(s => s.Inn.Value, s => s.Id);
        var named = items.Select(i => i.Message!.EduOrganization.Code.Trim()).Distinct()
            .Where(schools.ContainsKey).Select(code => schools[code]).ToList();
        var lines = await db.TerritoryLines.AsNoTracking().Where(l => named.Contains(l.SchoolId)).ToListAsync(ct);
        var matchers = named.ToDictionary(id => id, id => new AddressMatcher(lines.Where(l => l.SchoolId == id).ToList()));

        var numbers = CertificateNumbers(items);
        var pupils = new Dictionary<(string?, string), int>();
        foreach (var chunk in numbers.Chunk(500))
            foreach (var p in await db.Pupils.AsNoTracking().Where(p => p.BirthCertificate != null && chunk.Contains(p.BirthCertificate.Number))
                         .Select(p => new { p.Id, p.BirthCertificate!.Series, p.BirthCertificate.Number }).ToListAsync(ct))
                pupils.TryAdd((Normal(p.Series), p.Number), p.Id);

        // The last number of each school's campaign, read in one pass over the campaigns' numbers (a prefix search per
        // school would scan the numbers once per school).
        var years = items.Select(i => EpguApplicationMapper.YearOf(i.Message!.EntryDate)).Distinct().ToList();
        var lastNumbers = new Dictionary<(int, int), int>();
        foreach (var a in await db.EnrollmentApplications.IgnoreQueryFilters().AsNoTracking().Where(a => years.Contains(a.Year) && named.Contains(a.SchoolId))
                     .Select(a => new { a.SchoolId, a.Year, a.Number }).ToListAsync(ct))
            lastNumbers[(a.SchoolId, a.Year)] = Math.Max(lastNumbers.GetValueOrDefault((a.SchoolId, a.Year)), ApplicationNumber.SequenceOf(a.Number, a.Year, a.SchoolId));
        return new IntakeContext(schools, matchers, pupils, lastNumbers);
    }

    /// <summary>The school the message is addressed to (by its ИНН), or null when the region has none with that code.</summary>
    public int? SchoolOf(EpguApplicationMessage message) =>
        _schoolsByInn.TryGetValue(message.EduOrganization.Code.Trim(), out var id) ? id : null;

    public AddressMatcher MatcherOf(int schoolId) => _matchers.TryGetValue(schoolId, out var matcher) ? matcher : new AddressMatcher([]);

    /// <summary>The card of a pupil of the region with this birth certificate, if any.</summary>
    public int? PupilOf(IdentityDocument? document) =>
        document is not null && _pupils.TryGetValue((Normal(document.Series), document.Number), out var id) ? id : null;

    /// <summary>The next region number of the school's campaign (the unique index on numbers guards against another writer).</summary>
    public string NextNumber(int schoolId, int year)
    {
        var next = _lastNumbers.GetValueOrDefault((schoolId, year)) + 1;
        _lastNumbers[(schoolId, year)] = next;
        return ApplicationNumber.Format(year, schoolId, next);
    }

    /// <summary>The birth certificate numbers (Russian or foreign) the messages name, each once.</summary>
    public static List<string> CertificateNumbers(IEnumerable<EpguInboxItem> items) =>
        items.Select(i => i.Message!.ChildInfo.ChildBirthDocRF?.ChildBirthDocNumber ?? i.Message!.ChildInfo.ChildBirthDocForeign?.ChildBirthDocNumber)
            .OfType<string>().Select(n => n.Trim()).Distinct().ToList();

    private static string? Normal(string? series) => series?.Replace(" ", "").Replace("-", "").ToUpperInvariant();
}
