using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Esia;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.DuplicateGuard;

/// <summary>
/// Finds existing records of the same person before a new one is saved («Проверка наличия дублей»): the same SNILS, the
/// same identity document, or the same normalised full name and birth date. The search spans the region (the same child
/// enrolled in another school matters, and a parent is one record for all schools), so it reads through the system
/// context, and returns only what identifies a match. Set-based: one query per rule and chunk, whatever the number of
/// probes, so the Excel importer can check thousands of rows at once.
/// </summary>
public sealed class PersonDuplicateGuard(IDbContextFactory<PortalDbContext> factory, PortalDb portalDb)
{
    // SQL Server allows 2,100 parameters per command; EF Core 10 sends each element of a list as one.
    private const int Chunk = 500;

    public async Task<IReadOnlyList<PersonMatch>> FindAsync(PersonProbe probe, CancellationToken ct = default) =>
        (await FindManyAsync([probe], ct)).GetValueOrDefault(0) ?? [];

    /// <summary>
    /// The matches of several probes of one person (a pupil's birth certificate and passport are two probes), each
    /// record once with all its reasons.
    /// </summary>
    public async Task<IReadOnlyList<PersonMatch>> FindAnyAsync(IReadOnlyList<PersonProbe> probes, CancellationToken ct = default) =>
        (await FindManyAsync(probes, ct)).Values.SelectMany(m => m)
            .GroupBy(m => (m.Kind, m.Id))
            .Select(g => g.First() with { Reasons = g.SelectMany(m => m.Reasons).Distinct().Order().ToList() })
            .OrderBy(m => m.Reasons.Min()).ThenBy(m => m.Id)
            .ToList();

    /// <summary>The matches of each probe, keyed by the probe's index; probes without matches are absent.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<PersonMatch>>> FindManyAsync(IReadOnlyList<PersonProbe> probes,
        CancellationToken ct = default)
    {
        var result = new Dictionary<int, IReadOnlyList<PersonMatch>>();
        if (probes.Count == 0)
            return result;
        var user = await portalDb.UserAsync();
        // System scope: duplicates are searched in the whole region; a match elsewhere shows only its name, school and reason.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, user.Actor);
        var found = new List<(int Index, Candidate Candidate, List<MatchReason> Reasons)>();
        foreach (var kind in probes.Select(p => p.Kind).Distinct())
        {
            var indexed = probes.Select((p, i) => (Probe: p, Index: i)).Where(x => x.Probe.Kind == kind).ToList();
            var candidates = await CandidatesAsync(db, kind, indexed.Select(x => x.Probe).ToList(), ct);
            if (candidates.Count == 0)
                continue;
            var settled = await SettledPairsAsync(db, kind, indexed.Select(x => x.Probe).ToList(), ct);
            var persons = kind == PersonKind.Employee ? await EmployeePersonsAsync(db, indexed.Select(x => x.Probe).ToList(), ct) : [];
            var bySnils = candidates.Where(c => c.Snils is not null).ToLookup(c => c.Snils!);
            var byNumber = candidates.SelectMany(c => c.Documents.Select(d => (d.Number, c))).ToLookup(x => x.Number, x => x.c);
            var byBirth = candidates.Where(c => c.BirthDate is not null).ToLookup(c => c.BirthDate!.Value);
            foreach (var (probe, index) in indexed)
            {
                var reasons = new Dictionary<int, (Candidate Candidate, List<MatchReason> Reasons)>();
                void Add(Candidate c, MatchReason reason)
                {
                    if (!reasons.TryGetValue(c.Id, out var entry))
                        reasons[c.Id] = entry = (c, []);
                    if (!entry.Reasons.Contains(reason))
                        entry.Reasons.Add(reason);
                }
                if (probe.Snils is { } snils)
                    foreach (var c in bySnils[snils.Value])
                        Add(c, MatchReason.Snils);
                if (probe.Document is { } document)
                    foreach (var c in byNumber[document.Number].Where(c => c.Documents.Any(d => PersonComparison.SameDocument(d, document))))
                        Add(c, MatchReason.Document);
                if (probe.BirthDate is { } birth)
                    foreach (var c in byBirth[birth].Where(c => PersonComparison.SameName(c.Name, probe.Name)))
                        Add(c, MatchReason.NameAndBirthDate);
                foreach (var (candidate, why) in reasons.Values)
                {
                    if (Excluded(probe, candidate, settled, persons))
                        continue;
                    found.Add((index, candidate, why.Order().ToList()));
                }
            }
        }
        if (found.Count == 0)
            return result;
        var schoolIds = found.Select(f => f.Candidate.SchoolId).OfType<int>().Distinct().ToList();
        var schools = await db.Schools.Where(s => schoolIds.Contains(s.Id)).Select(s => new { s.Id, s.ShortName }).ToDictionaryAsync(s => s.Id, s => s.ShortName, ct);
        foreach (var group in found.GroupBy(f => f.Index))
            result[group.Key] = group
                .OrderBy(f => f.Reasons.Min())
                .ThenBy(f => f.Candidate.Id)
                .Select(f => new PersonMatch(f.Candidate.Kind, f.Candidate.Id, f.Candidate.Name.Full,
                    f.Candidate.SchoolId is { } s ? schools.GetValueOrDefault(s) : null, f.Reasons))
                .ToList();
        return result;
    }

    private static bool Excluded(PersonProbe probe, Candidate candidate, HashSet<(int, int)> settled, Dictionary<int, int> persons)
    {
        if (probe.ExceptId is { } self)
        {
            if (candidate.Id == self || settled.Contains((self, candidate.Id)))
                return true;
            // A card copied from another school (Импорт из другой ОО) is the same person on purpose.
            if (probe.Kind == PersonKind.Employee && persons.TryGetValue(self, out var person) && candidate.PersonId == person)
                return true;
        }
        // A child who left one school may well enrol in another: only the same school's former pupils count.
        return probe.Kind == PersonKind.Pupil && !candidate.Enrolled && candidate.SchoolId != probe.SchoolId;
    }

    /// <summary>Pairs an administrator already declared different people (DuplicateOverride), both ways round.</summary>
    private static async Task<HashSet<(int, int)>> SettledPairsAsync(PortalDbContext db, PersonKind kind, List<PersonProbe> probes,
        CancellationToken ct)
    {
        var ids = probes.Select(p => p.ExceptId).OfType<int>().Distinct().ToList();
        var pairs = new HashSet<(int, int)>();
        var type = kind.ToString();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            var rows = await db.DuplicateOverrides.AsNoTracking()
                .Where(o => o.EntityType == type && (chunk.Contains(o.EntityId) || chunk.Contains(o.MatchedEntityId)))
                .Select(o => new { o.EntityId, o.MatchedEntityId })
                .ToListAsync(ct);
            foreach (var r in rows)
            {
                pairs.Add((r.EntityId, r.MatchedEntityId));
                pairs.Add((r.MatchedEntityId, r.EntityId));
            }
        }
        return pairs;
    }

    /// <summary>The person (first card) of each edited employee card, so its copies in other schools do not count.</summary>
    private static async Task<Dictionary<int, int>> EmployeePersonsAsync(PortalDbContext db, List<PersonProbe> probes, CancellationToken ct)
    {
        var ids = probes.Select(p => p.ExceptId).OfType<int>().Distinct().ToList();
        var persons = new Dictionary<int, int>();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            foreach (var e in await db.Employees.AsNoTracking().Where(e => chunk.Contains(e.Id))
                         .Select(e => new { e.Id, e.OriginEmployeeId }).ToListAsync(ct))
                persons[e.Id] = e.OriginEmployeeId ?? e.Id;
        }
        return persons;
    }

    private static async Task<List<Candidate>> CandidatesAsync(PortalDbContext db, PersonKind kind, List<PersonProbe> probes, CancellationToken ct)
    {
        var snils = probes.Select(p => p.Snils).OfType<Snils>().Distinct().ToList();
        var numbers = probes.Select(p => p.Document?.Number).OfType<string>().Distinct().ToList();
        var dates = probes.Select(p => p.BirthDate).OfType<DateOnly>().Distinct().ToList();
        var all = new Dictionary<int, Candidate>();
        async Task Collect<T>(IEnumerable<T[]> chunks, Func<T[], IQueryable<Candidate>> query)
        {
            foreach (var chunk in chunks)
                foreach (var c in await query(chunk).ToListAsync(ct))
                    all.TryAdd(c.Id, c);
        }
        switch (kind)
        {
            case PersonKind.Pupil:
                var pupils = db.Pupils.AsNoTracking();
                await Collect(snils.Chunk(Chunk), c => Pupils(pupils.Where(p => c.Contains(p.Snils!))));
                await Collect(numbers.Chunk(Chunk), c => Pupils(pupils.Where(p =>
                    (p.BirthCertificate != null && c.Contains(p.BirthCertificate.Number)) || (p.Passport != null && c.Contains(p.Passport.Number)))));
                await Collect(dates.Chunk(Chunk), c => Pupils(pupils.Where(p => c.Contains(p.BirthDate))));
                break;
            case PersonKind.Parent:
                var parents = db.Parents.AsNoTracking().Where(p => p.MergedIntoId == null && p.DeletedAt == null);
                await Collect(snils.Chunk(Chunk), c => Parents(parents.Where(p => c.Contains(p.Snils!))));
                await Collect(numbers.Chunk(Chunk), c => Parents(parents.Where(p => p.Document != null && c.Contains(p.Document.Number))));
                await Collect(dates.Chunk(Chunk), c => Parents(parents.Where(p => p.BirthDate != null && c.Contains(p.BirthDate.Value))));
                break;
            default:
                var employees = db.Employees.AsNoTracking();
                await Collect(snils.Chunk(Chunk), c => Employees(employees.Where(e => c.Contains(e.Snils!))));
                await Collect(numbers.Chunk(Chunk), c => Employees(employees.Where(e => e.Passport != null && c.Contains(e.Passport.Number))));
                await Collect(dates.Chunk(Chunk), c => Employees(employees.Where(e => c.Contains(e.BirthDate))));
                break;
        }
        return all.Values.ToList();
    }

    private static IQueryable<Candidate> Pupils(IQueryable<Pupil> pupils) => pupils.Select(p => new Candidate(PersonKind.Pupil, p.Id, p.SchoolId,
        p.Name, p.BirthDate, p.Snils, p.BirthCertificate, p.Passport, p.Status == PupilStatus.Enrolled, null));

    private static IQueryable<Candidate> Parents(IQueryable<Domain.Parents.Parent> parents) => parents.Select(p => new Candidate(
        PersonKind.Parent, p.Id, null, p.Name, p.BirthDate, p.Snils, p.Document, null, true, null));

    private static IQueryable<Candidate> Employees(IQueryable<Domain.Staff.Employee> employees) => employees.Select(e => new Candidate(
        PersonKind.Employee, e.Id, e.SchoolId, e.Name, e.BirthDate, e.Snils, e.Passport, null, true, e.OriginEmployeeId));

    /// <summary>The columns of an existing record the rules compare; read region-wide, never shown as such.</summary>
    private sealed record Candidate(PersonKind Kind, int Id, int? SchoolId, PersonName Name, DateOnly? BirthDate, Snils? SnilsValue,
        IdentityDocument? First, IdentityDocument? Second, bool Enrolled, int? OriginEmployeeId)
    {
        public string? Snils => SnilsValue?.Value;

        public IdentityDocument[] Documents => new[] { First, Second }.OfType<IdentityDocument>().ToArray();

        public int PersonId => OriginEmployeeId ?? Id;
    }
}
