using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// Finds a child's cards anywhere in the region by birth certificate (or passport), SNILS, or full name and birth date: a
/// child already known to the region is enrolled by moving that card, never by creating a second one.
/// </summary>
public sealed class ChildrenInRegion(IDbContextFactory<PortalDbContext> factory, PortalDb portalDb)
{
    public const int MaxResults = 20;

    public async Task<IReadOnlyList<ChildInRegion>> FindAsync(ChildSearch search, CancellationToken ct = default)
    {
        if (!search.IsSpecific)
            return [];
        var user = await portalDb.UserAsync();
        // System scope: a child is looked for in the whole region; only the name, birth date, school and a masked document leave this method.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, user.Actor);
        return await FindAsync(db, search, ct);
    }

    /// <summary>The same search in a context the caller opened (an order's transaction); the caller answers for its scope.</summary>
    internal static async Task<IReadOnlyList<ChildInRegion>> FindAsync(PortalDbContext db, ChildSearch search, CancellationToken ct) =>
        (await FindManyAsync(db, [search], ct))[0];

    /// <summary>
    /// Several children at once (an order of a hundred children): one query per rule and chunk, then the matching in memory,
    /// so the cost does not grow with a query per child.
    /// </summary>
    internal static async Task<IReadOnlyList<IReadOnlyList<ChildInRegion>>> FindManyAsync(PortalDbContext db, IReadOnlyList<ChildSearch> searches,
        CancellationToken ct)
    {
        const int chunk = 500;
        var specific = searches.Where(s => s.IsSpecific).ToList();
        var numbers = specific.Select(s => s.Document?.Number).OfType<string>().Distinct().ToList();
        var snilsValues = specific.Select(s => s.Snils).OfType<Snils>().Distinct().ToList();
        var dates = specific.Where(s => s.Name is not null).Select(s => s.BirthDate).OfType<DateOnly>().Distinct().ToList();
        var candidates = new Dictionary<int, Pupil>();
        var pupils = db.Pupils.AsNoTracking();
        foreach (var part in numbers.Chunk(chunk))
            foreach (var p in await pupils.Where(p => (p.BirthCertificate != null && part.Contains(p.BirthCertificate.Number))
                         || (p.Passport != null && part.Contains(p.Passport.Number))).ToListAsync(ct))
                candidates.TryAdd(p.Id, p);
        foreach (var part in snilsValues.Chunk(chunk))
            foreach (var p in await pupils.Where(p => part.Contains(p.Snils!)).ToListAsync(ct))
                candidates.TryAdd(p.Id, p);
        foreach (var part in dates.Chunk(chunk))
            foreach (var p in await pupils.Where(p => part.Contains(p.BirthDate)).ToListAsync(ct))
                candidates.TryAdd(p.Id, p);
        var byNumber = candidates.Values.SelectMany(p => new[] { p.BirthCertificate, p.Passport }.OfType<IdentityDocument>().Select(d => (d.Number, p)))
            .ToLookup(x => x.Number, x => x.p);
        var bySnils = candidates.Values.Where(p => p.Snils is not null).ToLookup(p => p.Snils!.Value);
        var byBirth = candidates.Values.ToLookup(p => p.BirthDate);
        var schoolIds = candidates.Values.Select(p => p.SchoolId).Distinct().ToList();
        var schools = schoolIds.Count == 0
            ? []
            : await db.Schools.AsNoTracking().Where(s => schoolIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.ShortName, ct);
        var order = StringComparer.Create(Infrastructure.CardCalendar.Russian, true);
        return searches.Select(search =>
        {
            if (!search.IsSpecific)
                return (IReadOnlyList<ChildInRegion>)[];
            var found = new Dictionary<int, (Pupil Pupil, List<string> Reasons)>();
            void Add(IEnumerable<Pupil> matched, string reason)
            {
                foreach (var p in matched)
                {
                    if (!found.TryGetValue(p.Id, out var entry))
                        found[p.Id] = entry = (p, []);
                    if (!entry.Reasons.Contains(reason))
                        entry.Reasons.Add(reason);
                }
            }
            if (search.Document is { } document)
                Add(byNumber[document.Number].Where(p => Same(p.BirthCertificate, document) || Same(p.Passport, document)), "совпадает документ");
            if (search.Snils is { } snils)
                Add(bySnils[snils.Value], "совпадает СНИЛС");
            if (search is { Name: { } name, BirthDate: { } birth })
                // Namesakes born on the same day are common in a region: a card whose own certificate or SNILS differs from the
                // application's is another child.
                Add(byBirth[birth].Where(p => SameName(p.Name, name) && !Contradicts(p, search)), "совпадают ФИО и дата рождения");
            return found.Values
                .OrderBy(f => f.Pupil.Name.Full, order)
                .Take(MaxResults)
                .Select(f => new ChildInRegion(f.Pupil.Id, f.Pupil.Name.Full, f.Pupil.BirthDate, f.Pupil.SchoolId,
                    schools.GetValueOrDefault(f.Pupil.SchoolId, ""), f.Pupil.Status, f.Pupil.LeftOn,
                    DocumentMask.Mask(f.Pupil.BirthCertificate ?? f.Pupil.Passport), string.Join(", ", f.Reasons)))
                .ToList();
        }).ToList();
    }

    private static bool Contradicts(Pupil pupil, ChildSearch search)
    {
        if (search.Snils is { } snils && pupil.Snils is { } own && own.Value != snils.Value)
            return true;
        if (search.Document is not { } document)
            return false;
        var sameKind = document.Kind == DocumentKind.RfPassport ? pupil.Passport : pupil.BirthCertificate;
        return sameKind is not null && sameKind.Kind == document.Kind && !Same(sameKind, document);
    }

    private static bool Same(IdentityDocument? a, IdentityDocument b) =>
        a is not null && a.Number == b.Number && (a.Series ?? "") == (b.Series ?? "");

    /// <summary>Names compared as people type them: case, «ё»/«е» and spaces do not matter.</summary>
    internal static bool SameName(PersonName a, PersonName b) =>
        Key(a.Surname) == Key(b.Surname) && Key(a.FirstName) == Key(b.FirstName) && Key(a.Patronymic) == Key(b.Patronymic);

    private static string Key(string? part) => (part ?? "").Trim().ToUpperInvariant().Replace('Ё', 'Е');
}
