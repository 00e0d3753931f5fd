using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Duplicates;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Duplicates;

/// <summary>
/// Finds duplicate parent records in a school, a district or the region, and children enrolled in two schools. Set-based:
/// the compared columns of every record in scope are read in one query without tracking and grouped in memory
/// (<see cref="ParentDuplicateFinder"/>); the details of the groups are read only for the page being shown.
/// </summary>
public sealed class DuplicateFinder(PortalDb portalDb)
{
    public const string ParentEntity = "Parent";
    public const string PupilEntity = "Pupil";

    /// <summary>The districts and schools an operator may narrow the check to (empty for a school administrator).</summary>
    public async Task<(IReadOnlyList<ScopeOption> Districts, IReadOnlyList<ScopeOption> Schools)> FilterOptionsAsync(CancellationToken ct = default)
    {
        var user = DuplicatesAccess.Ensure(await portalDb.UserAsync());
        if (!DuplicatesAccess.IsOperator(user))
            return ([], []);
        await using var db = await portalDb.OpenAsync();
        var schools = await db.Schools.AsNoTracking().OrderBy(s => s.ShortName)
            .Select(s => new ScopeOption(s.Id, s.ShortName, s.MunicipalityId)).ToListAsync(ct);
        // A region operator picks a district; a municipal operator has one, which the page then chooses by itself.
        var districts = await db.Municipalities.AsNoTracking()
            .Where(m => user.Has(Role.RegionOperator) || m.Id == user.MunicipalityId)
            .OrderBy(m => m.Name).Select(m => new ScopeOption(m.Id, m.Name, null)).ToListAsync(ct);
        return (districts, schools);
    }

    public async Task<bool> IsOperatorAsync() => DuplicatesAccess.IsOperator(DuplicatesAccess.Ensure(await portalDb.UserAsync()));

    public async Task<ParentScan> ScanParentsAsync(DuplicateFilter filter, CancellationToken ct = default)
    {
        var user = DuplicatesAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        return await ScanParentsAsync(db, await DuplicateScopes.ResolveAsync(db, user, filter, ct), ct);
    }

    /// <summary>The check itself, for a scope already resolved (the benchmark calls it with growing sets of schools).</summary>
    internal static async Task<ParentScan> ScanParentsAsync(PortalDbContext db, ScanScope scope, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var (facts, links) = scope.SchoolIds is { } schoolIds
            ? await ParentColumnsReader.SchoolsAsync(db, schoolIds, ct)
            : await ParentColumnsReader.RegionAsync(db, ct);
        var settled = await SettledAsync(db, ParentEntity, ct);
        var read = clock.Elapsed;
        var finder = ParentDuplicateFinder.Prepare(facts);
        var prepared = clock.Elapsed;
        var addresses = await ParentColumnsReader.AddressesAsync(db, finder.WeakCandidateIds, ct);
        read += clock.Elapsed - prepared;
        var groups = finder.Find(links, settled, addresses);
        var names = new Dictionary<int, string>();
        var byId = groups.Count == 0 ? [] : facts.Where(f => f.Id > 0).ToDictionary(f => f.Id);
        foreach (var id in groups.SelectMany(g => g.Ids))
            names[id] = byId[id].FullName;
        return new ParentScan(scope.Name, facts.Count, groups, names, clock.Elapsed) { ReadElapsed = read, AddressesRead = addresses.Count };
    }

    private static async Task<SettledPairs> SettledAsync(PortalDbContext db, string entity, CancellationToken ct)
    {
        var pairs = await db.DuplicateOverrides.AsNoTracking().Where(o => o.EntityType == entity)
            .Select(o => new { o.EntityId, o.MatchedEntityId }).ToListAsync(ct);
        return new SettledPairs(pairs.Select(p => (p.EntityId, p.MatchedEntityId)));
    }

    /// <summary>
    /// Children, logins and differing fields of the given groups (one page). The records came from a scan limited to the
    /// user's schools; children are shown only where the user sees them, the others are counted.
    /// </summary>
    public async Task<IReadOnlyList<ParentGroupView>> DetailsAsync(IReadOnlyList<DuplicateGroup> groups, CancellationToken ct = default)
    {
        DuplicatesAccess.Ensure(await portalDb.UserAsync());
        if (groups.Count == 0)
            return [];
        await using var db = await portalDb.OpenAsync();
        var ids = groups.SelectMany(g => g.Ids).Distinct().ToList();
        var parents = await db.Parents.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var children = await db.ParentLinks
            .Where(l => ids.Contains(l.ParentId))
            .Join(db.Pupils, l => l.PupilId, p => p.Id, (l, p) => new
            {
                l.ParentId, PupilId = p.Id, p.Name.Surname, p.Name.FirstName, p.Name.Patronymic, l.Relation,
                Class = db.Classes.Where(c => c.Id == p.CurrentClassId).Select(c => c.Grade.ToString() + c.Letter).FirstOrDefault(),
                School = db.Schools.Where(s => s.Id == p.SchoolId).Select(s => s.ShortName).FirstOrDefault(),
            })
            .AsNoTracking().ToListAsync(ct);
        var allLinks = await db.ParentLinks.IgnoreQueryFilters().Where(l => ids.Contains(l.ParentId))
            .GroupBy(l => l.ParentId).Select(g => new { ParentId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.ParentId, x => x.Count, ct);
        var accounts = await db.UserAccounts.IgnoreQueryFilters().AsNoTracking().Where(a => a.ParentId != null && ids.Contains(a.ParentId.Value))
            .OrderBy(a => a.Id)
            .Select(a => new { ParentId = a.ParentId!.Value, a.Id, a.Login, a.LastLoginAt, HasEsia = a.EsiaOid != null, a.IsDisabled })
            .ToListAsync(ct);

        ParentRecordView Record(Parent p)
        {
            var kids = children.Where(c => c.ParentId == p.Id)
                .OrderBy(c => c.Surname).ThenBy(c => c.FirstName)
                .Select(c => new RecordChild(c.PupilId, $"{c.Surname} {c.FirstName} {c.Patronymic}".TrimEnd(), c.Class, c.School ?? "",
                    ParentRelationName(c.Relation)))
                .ToList();
            return new ParentRecordView(p.Id, p.Name.Full, p.BirthDate is { } b ? CardCalendar.Format(b) : null, p.Snils?.Formatted,
                p.Document is { } d ? d.ToString() : null, p.RegistrationAddress?.Text, p.StayAddress?.Text, p.Phone?.Formatted, p.Email?.Value,
                kids, Math.Max(0, allLinks.GetValueOrDefault(p.Id) - kids.Count),
                accounts.Where(a => a.ParentId == p.Id).Select(a => new RecordAccount(a.Id, a.Login, a.LastLoginAt, a.HasEsia, a.IsDisabled)).ToList());
        }

        return groups
            .Where(g => g.Ids.All(parents.ContainsKey))
            .Select(g =>
            {
                var records = g.Ids.Select(id => parents[id]).ToList();
                return new ParentGroupView(g, records.Select(Record).ToList(), ParentFieldDifferences.Names(records));
            })
            .ToList();
    }

    internal static string ParentRelationName(ParentRelation relation) => relation switch
    {
        ParentRelation.Mother => "Мать",
        ParentRelation.Father => "Отец",
        _ => "Законный представитель",
    };

    /// <summary>Children enrolled in two schools at once, within the operator's district or the region.</summary>
    public async Task<PupilScan> ScanPupilsAsync(DuplicateFilter filter, CancellationToken ct = default)
    {
        var user = DuplicatesAccess.Ensure(await portalDb.UserAsync());
        if (!DuplicatesAccess.IsOperator(user))
            throw new AccessDeniedException("Список детей, зачисленных в две школы, доступен операторам муниципалитета и региона.");
        await using var db = await portalDb.OpenAsync();
        // A single school has no cross-school duplicates of its own: the check widens to the school's district.
        var scope = await DuplicateScopes.ResolveAsync(db, user, filter with { SchoolId = null }, ct);
        var pupils = db.Pupils.IgnoreQueryFilters().AsNoTracking().Where(p => p.Status == PupilStatus.Enrolled);
        if (scope.SchoolIds is { } schoolIds)
            pupils = pupils.Where(p => schoolIds.Contains(p.SchoolId));
        var rows = await pupils.Select(p => new
        {
            p.Id, p.SchoolId, p.Name.Surname, p.Name.FirstName, p.Name.Patronymic, p.BirthDate, p.Snils,
            Series = p.BirthCertificate!.Series, Number = p.BirthCertificate.Number,
        }).ToListAsync(ct);
        var facts = rows.Select(r => new PupilFacts(r.Id, r.SchoolId, r.Surname, r.FirstName, r.Patronymic, r.BirthDate, r.Snils?.Value,
            r.Series, r.Number)).ToList();
        var groups = PupilDuplicateFinder.Find(facts, await SettledAsync(db, PupilEntity, ct));
        var ids = groups.SelectMany(g => g.Ids).ToList();
        var details = await db.Pupils.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id, p.Name, p.BirthDate, p.Snils, p.BirthCertificate,
                School = db.Schools.IgnoreQueryFilters().Where(s => s.Id == p.SchoolId).Select(s => s.ShortName).FirstOrDefault(),
                District = db.Schools.IgnoreQueryFilters().Where(s => s.Id == p.SchoolId).Select(s => s.Municipality!.Name).FirstOrDefault(),
                Class = db.Classes.IgnoreQueryFilters().Where(c => c.Id == p.CurrentClassId).Select(c => c.Grade.ToString() + c.Letter).FirstOrDefault(),
            })
            .ToDictionaryAsync(p => p.Id, ct);
        return new PupilScan(scope.Name, facts.Count, groups.Select(g => new PupilGroupView(g.Key, g.Rules.Select(DuplicateRules.Name).ToList(),
            g.Ids.Select(id => details[id]).Select(p => new PupilRecordView(p.Id, p.Name.Full, CardCalendar.Format(p.BirthDate), p.Snils?.Formatted,
                p.BirthCertificate?.SeriesAndNumber, p.School ?? "", p.District ?? "", p.Class)).ToList())).ToList());
    }
}
