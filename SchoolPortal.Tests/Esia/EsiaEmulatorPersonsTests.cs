using Microsoft.AspNetCore.Identity;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.People;
using SchoolPortal.Integrations.EsiaEmulator;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Esia;

public sealed class EsiaEmulatorPersonsTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task Each_key_is_built_from_the_records_it_promises_and_school_one_comes_first()
    {
        var families = EmulatorFamilies.Create(_database);
        var complete = families.CompleteParents;

        var persons = await new EsiaEmulatorPersons(_database.Factory, new PasswordHasher<UserAccount>()).ListAsync();
        var byKey = persons.ToDictionary(p => p.Key);

        Assert.Equal(EmulatorPersonKeys.All, persons.Select(p => p.Key));
        Assert.Equal(EmulatorFamilies.LinkedOid, byKey["linked"].Oid);
        Assert.Equal(families.LinkedParent.Id, byKey["linked"].ParentId);
        // The parent with two children is the matching one, so the portal has a kid mismatch to list.
        Assert.Equal(complete[2].Id, byKey["matching"].ParentId);
        Assert.Equal(complete[0].Id, byKey["birthdate-differs"].ParentId);
        Assert.Equal(complete[1].Id, byKey["document-differs"].ParentId);
        Assert.Equal(complete[3].Id, byKey["unconfirmed"].ParentId);
        Assert.DoesNotContain(persons, p => p.ParentId == families.OtherSchoolParent.Id);
        Assert.Equal($"{2_000_000_000L + complete[2].Id}", byKey["matching"].Oid);
        Assert.Equal("4000000001", byKey["unknown"].Oid);
        Assert.Equal(families.Teacher.Id, byKey["teacher"].EmployeeId);
        Assert.Equal($"{3_000_000_000L + families.Teacher.Id}", byKey["teacher"].Oid);
        Assert.Equal(persons.Count, persons.Select(p => p.Oid).Distinct().Count());
    }

    [Fact]
    public async Task The_differences_are_exactly_the_ones_each_key_names()
    {
        var families = EmulatorFamilies.Create(_database);
        var byKey = (await new EsiaEmulatorPersons(_database.Factory, new PasswordHasher<UserAccount>()).ListAsync()).ToDictionary(p => p.Key);
        var matching = byKey["matching"];
        var parent = families.CompleteParents[2];

        Assert.Equal(parent.Name, matching.Name);
        Assert.Equal(parent.Snils, matching.Snils);
        Assert.Equal(parent.Document, matching.Documents.Single().Document);
        Assert.True(matching.IsTrusted);
        var kidCertificates = matching.Kids.Select(k => k.Documents.Single().Document.Number).ToList();
        using (var db = _database.System())
        {
            var schoolCertificates = matching.PupilIds.Select(id => db.Pupils.Single(p => p.Id == id).BirthCertificate!.Number).ToList();
            Assert.Equal(schoolCertificates[0], kidCertificates[0]);
            Assert.NotEqual(schoolCertificates[1], kidCertificates[1]);
            Assert.Equal(schoolCertificates[1][..5], kidCertificates[1][..5]);
        }

        var later = byKey["birthdate-differs"];
        Assert.Equal(families.CompleteParents[0].BirthDate!.Value.AddDays(1), later.BirthDate);
        Assert.Null(later.Snils);
        Assert.Equal(families.CompleteParents[0].Document, later.Documents.Single().Document);

        var otherPassport = byKey["document-differs"];
        Assert.Null(otherPassport.Snils);
        Assert.Equal(families.CompleteParents[1].BirthDate, otherPassport.BirthDate);
        Assert.NotEqual(families.CompleteParents[1].Document!.Number, otherPassport.Documents.Single().Document.Number);

        var unconfirmed = byKey["unconfirmed"];
        Assert.False(unconfirmed.IsTrusted);
        Assert.Equal(families.CompleteParents[3].Snils, unconfirmed.Snils);

        var unknown = byKey["unknown"];
        Assert.NotNull(Snils.Parse(unknown.Snils!.Value));
        Assert.Equal(DocumentKind.RfPassport, unknown.Documents.Single().Document.Kind);
        Assert.Null(Assert.Single(unknown.Kids).PupilId);
        Assert.Empty(byKey["teacher"].Kids);
    }

    [Fact]
    public async Task A_region_without_suitable_records_still_offers_the_unknown_person()
    {
        TestRegion.Create(_database);

        var persons = await new EsiaEmulatorPersons(_database.Factory, new PasswordHasher<UserAccount>()).ListAsync();

        Assert.Equal(EmulatorPersonKeys.Unknown, Assert.Single(persons).Key);
    }

    [Fact]
    public async Task Accounts_without_the_demo_password_are_real_people_and_the_picker_lists_none_of_them()
    {
        var families = EmulatorFamilies.Create(_database);
        var realHash = new PasswordHasher<UserAccount>().HashPassword(new UserAccount("real.parent", "Родитель", Role.Parent), "Настоящий-пароль-2026");
        using (var db = _database.System())
        {
            foreach (var account in db.UserAccounts)
                account.SetPassword(realHash, mustChange: false);
            db.SaveChanges();
        }

        var persons = await new EsiaEmulatorPersons(_database.Factory, new PasswordHasher<UserAccount>()).ListAsync();

        Assert.Equal(EmulatorPersonKeys.Unknown, Assert.Single(persons).Key);
        Assert.DoesNotContain(persons, p => p.Name == families.Teacher.Name || families.CompleteParents.Any(c => c.Name == p.Name));
    }

    [Fact]
    public async Task A_parent_whose_account_has_its_own_password_is_never_a_test_person()
    {
        var families = EmulatorFamilies.Create(_database);
        var real = families.CompleteParents[2];
        using (var db = _database.System())
        {
            db.UserAccounts.Single(a => a.ParentId == real.Id)
                .SetPassword(new PasswordHasher<UserAccount>().HashPassword(new UserAccount("real.parent", "Родитель", Role.Parent), "Свой-пароль-1"), mustChange: false);
            db.SaveChanges();
        }

        var persons = await new EsiaEmulatorPersons(_database.Factory, new PasswordHasher<UserAccount>()).ListAsync();

        Assert.DoesNotContain(persons, p => p.ParentId == real.Id || p.Name == real.Name);
        Assert.Contains(persons, p => p.Key == EmulatorPersonKeys.Matching);
    }

    [Fact]
    public async Task The_teacher_is_the_demo_login_teacher1_or_nobody_never_another_employees_account()
    {
        var families = EmulatorFamilies.Create(_database);
        using (var db = _database.System())
        {
            db.UserAccounts.Remove(db.UserAccounts.Single(a => a.Login == EsiaEmulatorPersons.TeacherLogin));
            var other = new UserAccount("teacher7", "Учителев И. П.", Role.Teacher, families.Region.School1.Id);
            other.LinkTo(employeeId: families.Teacher.Id);
            other.SetPassword(DemoRegionGenerator.DemoPasswordHash, mustChange: false);
            var anchor = new UserAccount("operator", "Оператор региона (демо)", Role.RegionOperator);
            anchor.SetPassword(DemoRegionGenerator.DemoPasswordHash, mustChange: false);
            db.UserAccounts.AddRange(other, anchor);
            db.SaveChanges();
        }

        var persons = await new EsiaEmulatorPersons(_database.Factory, new PasswordHasher<UserAccount>()).ListAsync();

        Assert.DoesNotContain(persons, p => p.Key == EmulatorPersonKeys.Teacher);
        Assert.Contains(persons, p => p.Key == EmulatorPersonKeys.Matching);
    }

    public void Dispose() => _database.Dispose();
}
