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
    internal static async Task<IReadOnlyList<ChildInRegion>> FindAsync(PortalDbContext db, ChildSearch search, CancellationToken ct)
    {
        var found = new Dictionary<int, (Pupil Pupil, List<string> Reasons)>();
        void Add(IEnumerable<Pupil> pupils, string reason)
        {
            foreach (var p in pupils)
            {
                if (!found.TryGetValue(p.Id, out var entry))
                    found[p.Id] = entry = (p, []);
                entry.Reasons.Add(reason);
            }
        }
        var pupils = db.Pupils.AsNoTracking();
        if (search.Document is { } document)
        {
            var byNumber = await pupils.Where(p => (p.BirthCertificate != null && p.BirthCertificate.Number == document.Number)
                    || (p.Passport != null && p.Passport.Number == document.Number))
                .Take(MaxResults * 5).ToListAsync(ct);
            Add(byNumber.Where(p => Same(p.BirthCertificate, document) || Same(p.Passport, document)), "совпадает документ");
        }
        if (search.Snils is { } snils)
            Add(await pupils.Where(p => p.Snils == snils).Take(MaxResults).ToListAsync(ct), "совпадает СНИЛС");
        if (search is { Name: { } name, BirthDate: { } birth })
        {
            var sameDay = await pupils.Where(p => p.BirthDate == birth).Take(5000).ToListAsync(ct);
            // Namesakes born on the same day are common in a region: a card whose own certificate or SNILS differs from the
            // application's is another child.
            Add(sameDay.Where(p => SameName(p.Name, name) && !Contradicts(p, search)), "совпадают ФИО и дата рождения");
        }
        if (found.Count == 0)
            return [];
        var schoolIds = found.Values.Select(f => f.Pupil.SchoolId).Distinct().ToList();
        var schools = await db.Schools.AsNoTracking().Where(s => schoolIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.ShortName, ct);
        return found.Values
            .OrderBy(f => f.Pupil.Name.Full, StringComparer.Create(Infrastructure.CardCalendar.Russian, true))
            .Take(MaxResults)
            .Select(f => new ChildInRegion(f.Pupil.Id, f.Pupil.Name.Full, f.Pupil.BirthDate, f.Pupil.SchoolId,
                schools.GetValueOrDefault(f.Pupil.SchoolId, ""), f.Pupil.Status, f.Pupil.LeftOn,
                DocumentMask.Mask(f.Pupil.BirthCertificate ?? f.Pupil.Passport), string.Join(", ", f.Reasons)))
            .ToList();
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
