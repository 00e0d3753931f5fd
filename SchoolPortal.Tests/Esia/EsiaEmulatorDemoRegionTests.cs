using Microsoft.AspNetCore.Identity;
using SchoolPortal.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Esia;
using SchoolPortal.Integrations.EsiaEmulator;
using SchoolPortal.Tests.DemoRegion;

namespace SchoolPortal.Tests.Esia;

public sealed class EsiaEmulatorDemoRegionTests(DemoRegionFixture demo) : IClassFixture<DemoRegionFixture>
{
    [Fact]
    public async Task In_the_demo_region_every_person_matches_the_school_records_the_way_its_key_says()
    {
        var persons = (await new EsiaEmulatorPersons(demo.Database.Factory, new PasswordHasher<UserAccount>()).ListAsync()).ToDictionary(p => p.Key);
        using var db = demo.Database.System();
        var records = (await db.Parents.AsNoTracking().ToListAsync())
            .Select(p => new PersonRecord(p.Id, PersonKind.Parent, p.Name, p.BirthDate, p.Snils, p.Document is null ? [] : [p.Document]))
            .ToList();

        Assert.Equal(EmulatorPersonKeys.All, persons.Keys);
        var linkedAccount = await db.UserAccounts.SingleAsync(a => a.Id == persons["linked"].AccountId);
        Assert.Equal(linkedAccount.EsiaOid, persons["linked"].Oid);
        Assert.Equal("teacher1", persons["teacher"].Login);

        var matching = EsiaMatch.Match(Esia(persons["matching"]), records);
        Assert.Equal(EsiaMatchOutcome.Linked, matching.Outcome);
        Assert.Equal(persons["matching"].ParentId, matching.LinkedTo!.Id);
        var children = await db.Pupils.AsNoTracking().Where(p => persons["matching"].PupilIds.Contains(p.Id)).ToListAsync();
        var kids = KidMatch.Match(Esia(persons["matching"]).Kids, children.Select(c =>
            new PersonRecord(c.Id, PersonKind.Pupil, c.Name, c.BirthDate, c.Snils, c.BirthCertificate is null ? [] : [c.BirthCertificate])));
        Assert.Equal(children.Count, kids.Matched.Count);
        Assert.True(children.Count >= 2);

        AssertMismatch(EsiaMatch.Match(Esia(persons["birthdate-differs"]), records), persons["birthdate-differs"], MatchField.BirthDate);
        AssertMismatch(EsiaMatch.Match(Esia(persons["document-differs"]), records), persons["document-differs"], MatchField.IdentityDocument);
        Assert.Equal(EsiaMatchOutcome.NotTrusted, EsiaMatch.Match(Esia(persons["unconfirmed"]), records).Outcome);
        var unknown = EsiaMatch.Match(Esia(persons["unknown"]), records);
        Assert.Equal(EsiaMatchOutcome.NoMatch, unknown.Outcome);
        Assert.Empty(unknown.NearCandidates);

        var firstSchool = await db.Schools.MinAsync(s => s.Id);
        foreach (var key in new[] { "matching", "birthdate-differs", "document-differs", "unconfirmed" })
            Assert.Contains(firstSchool, await db.Pupils.Where(p => persons[key].PupilIds.Contains(p.Id)).Select(p => p.SchoolId).ToListAsync());
    }

    private static void AssertMismatch(EsiaMatchResult result, EmulatorPerson person, string field)
    {
        Assert.Equal(EsiaMatchOutcome.NoMatch, result.Outcome);
        var candidate = Assert.Single(result.NearCandidates, c => c.CandidateId == person.ParentId);
        Assert.Contains(candidate.Fields, f => f.Field == field);
    }

    private static EsiaPerson Esia(EmulatorPerson p) =>
        new(p.Oid, p.Name, p.BirthDate, p.Snils, p.IsTrusted, p.Documents.Select(d => d.Document).ToList(),
            p.Kids.Select(k => new EsiaKid(k.Id, k.Name, k.BirthDate, k.Snils, k.Documents.Select(d => d.Document).ToList())).ToList());
}
