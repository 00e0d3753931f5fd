using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Esia;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Readiness;
using SchoolPortal.Integrations.Esia;

namespace SchoolPortal.Features.Readiness;

/// <summary>
/// Reads the readiness inputs of a set of pupils in four queries: the pupils, their parent links with the parents'
/// facts, the parents' accounts linked to Gosuslugi, and the stored ESIA answers of those accounts. The set is a query
/// (one school, one pupil, the pupils with a certificate number); callers keep it to one school at a time, so the id
/// lists passed on stay at a school's size. Reads go through the context's scope like every other query.
/// </summary>
internal static class ReadinessLoader
{
    /// <summary>Pupils who study now: the only ones whose portfolio is published.</summary>
    public static IQueryable<Pupil> Enrolled(PortalDbContext db) => db.Pupils.Where(p => p.Status == PupilStatus.Enrolled);

    public static async Task<List<ReadinessInput>> LoadAsync(PortalDbContext db, IQueryable<Pupil> pupils, CancellationToken ct)
    {
        var children = await pupils.AsNoTracking()
            .Select(p => new { p.Id, p.SchoolId, p.CurrentClassId, p.Status, p.Name, p.BirthDate, p.Snils, p.BirthCertificate, p.Passport })
            .ToListAsync(ct);
        if (children.Count == 0)
            return [];

        // Each step is driven by the ids of the one before, so every read goes through an index (ParentLinks.PupilId,
        // UserAccounts.ParentId, the primary keys) rather than scanning links or accounts of the whole region.
        var pupilIds = children.Select(c => c.Id).ToList();
        var links = await (
                from link in db.ParentLinks.AsNoTracking()
                where pupilIds.Contains(link.PupilId)
                join parent in db.Parents.AsNoTracking() on link.ParentId equals parent.Id
                orderby link.Relation, link.Id
                select new { link.PupilId, link.ParentId, link.Relation, parent.Name, parent.BirthDate, parent.Snils, parent.Document })
            .ToListAsync(ct);

        var parentIds = links.Select(l => l.ParentId).Distinct().ToList();
        var accounts = parentIds.Count == 0
            ? []
            : await db.UserAccounts.AsNoTracking()
                .Where(a => a.ParentId != null && a.EsiaOid != null && parentIds.Contains(a.ParentId.Value))
                .Select(a => new { ParentId = a.ParentId!.Value, Oid = a.EsiaOid! })
                .ToListAsync(ct);
        var oids = accounts.Select(a => a.Oid).Distinct().ToList();
        var profiles = oids.Count == 0
            ? []
            : await db.EsiaProfiles.AsNoTracking().Where(e => oids.Contains(e.Oid)).ToListAsync(ct);
        var profileByOid = profiles.ToDictionary(p => p.Oid);

        // A parent with several accounts: the most recent ESIA answer counts.
        var gosuslugi = accounts
            .Select(a => (a.ParentId, Profile: profileByOid.GetValueOrDefault(a.Oid)))
            .Where(a => a.Profile is not null)
            .GroupBy(a => a.ParentId)
            .Select(g => g.OrderByDescending(a => a.Profile!.ReceivedAt).First())
            .Select(a => (a.ParentId, a.Profile!.ReceivedAt, Person: Read(a.Profile!)))
            .Where(a => a.Person is not null)
            .ToDictionary(a => a.ParentId, a => (a.ReceivedAt, Person: a.Person!));
        var linkedToGosuslugi = accounts.Select(a => a.ParentId).ToHashSet();

        var parentsOf = links.ToLookup(l => l.PupilId);
        return children.Select(c =>
        {
            var parents = parentsOf[c.Id].Select(l => new ReadinessParent(
                new PersonRecord(l.ParentId, PersonKind.Parent, l.Name, l.BirthDate, l.Snils, l.Document is null ? [] : [l.Document]),
                RelationName(l.Relation),
                gosuslugi.TryGetValue(l.ParentId, out var esia) ? esia.Person : null,
                linkedToGosuslugi.Contains(l.ParentId))).ToList();
            var received = parents
                .Where(p => gosuslugi.ContainsKey(p.Record.Id))
                .ToDictionary(p => p.Record.Id, p => gosuslugi[p.Record.Id].ReceivedAt);
            var documents = new[] { c.BirthCertificate, c.Passport }.OfType<IdentityDocument>().ToList();
            var child = new PersonRecord(c.Id, PersonKind.Pupil, c.Name, c.BirthDate, c.Snils, documents);
            return new ReadinessInput(c.SchoolId, c.CurrentClassId, c.Status, child, parents, received);
        }).ToList();
    }

    /// <summary>The stored answer as an <see cref="EsiaPerson"/>; null when it cannot be read (treated as not yet received).</summary>
    private static EsiaPerson? Read(EsiaProfile profile)
    {
        try
        {
            return profile.Person();
        }
        catch (Exception e) when (e is JsonException or EsiaDataException or DomainException)
        {
            return null;
        }
    }

    private static string RelationName(Domain.Parents.ParentRelation relation) => relation switch
    {
        Domain.Parents.ParentRelation.Mother => "Мать",
        Domain.Parents.ParentRelation.Father => "Отец",
        _ => "Законный представитель",
    };
}
