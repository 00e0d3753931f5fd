using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>«Список выпускников и выбывших»: Второва Анна of school 2 withdrew on 30.11.2026 with her mother, her login and her class history.</summary>
public sealed class LeaversServiceTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly EnrollmentWorld _world;
    private readonly int _mother;

    public LeaversServiceTests()
    {
        _world = EnrollmentWorld.Create(_database);
        using var db = _database.System();
        var pupil = db.Pupils.Include(p => p.Memberships).Single(p => p.Id == _world.Region.Pupil2.Id);
        pupil.ChangeDocuments(IdentityDocument.BirthCertificate("II-ЕМ", "654321"), null);
        pupil.ChangeSnils(Snils.FromNumber(112233445));
        var mother = new Domain.Parents.Parent(PersonName.Create("Второва", "Ирина", "Павловна"), Gender.Female);
        db.Parents.Add(mother);
        db.SaveChanges();
        pupil.AttachParent(mother, Domain.Parents.ParentRelation.Mother);
        pupil.Withdraw(new DateOnly(2026, 11, 30), "17-у");
        var account = new UserAccount("vtorova.anna", "Второва Анна", Role.Pupil, _world.Region.School2.Id);
        account.LinkTo(pupilId: pupil.Id);
        account.LinkEsia("1000123456");
        db.UserAccounts.Add(account);
        db.SaveChanges();
        _mother = mother.Id;
    }

    public void Dispose() => _database.Dispose();

    private EnrollmentWorld.Services Admin1 => _world.For(_world.Region.Admin1, new DateOnly(2026, 12, 5));

    [Fact]
    public async Task Search_by_birth_certificate_finds_the_leaver_with_only_what_identifies_her()
    {
        var result = await Admin1.Leavers.SearchAsync(new LeaverQuery { DocumentSeries = "II-ЕМ", DocumentNumber = "654321" });

        var found = Assert.Single(result.Rows);
        Assert.Equal(("Второва Анна Игоревна", "МБОУ «СОШ № 2»", "выбыл 30.11.2026"), (found.FullName, found.SchoolName, found.StatusText));
        Assert.Equal("Свидетельство о рождении II-ЕМ ****21", found.MaskedDocument);
        Assert.DoesNotContain("654321", found.ToString());
    }

    [Fact]
    public async Task Search_by_snils_or_by_name_and_birth_date_finds_her_too()
    {
        var bySnils = await Admin1.Leavers.SearchAsync(new LeaverQuery { Snils = Snils.FromNumber(112233445).Value });
        var byName = await Admin1.Leavers.SearchAsync(new LeaverQuery
        {
            Surname = "второва", FirstName = "Анна", Patronymic = "Игоревна", BirthDate = new DateOnly(2015, 3, 14),
        });

        Assert.Equal(_world.Region.Pupil2.Id, Assert.Single(bySnils.Rows).PupilId);
        Assert.Equal(_world.Region.Pupil2.Id, Assert.Single(byName.Rows).PupilId);
    }

    [Fact]
    public async Task A_surname_alone_is_not_enough_to_search_the_region()
    {
        var result = await Admin1.Leavers.SearchAsync(new LeaverQuery { Surname = "Второва", FirstName = "Анна" });

        Assert.Empty(result.Rows);
        Assert.Contains("датой рождения", result.Refusal);
    }

    [Fact]
    public async Task Pupils_studying_in_another_school_are_not_listed()
    {
        var result = await Admin1.Leavers.SearchAsync(new LeaverQuery
        {
            Surname = "Иванов", FirstName = "Пётр", Patronymic = "Сергеевич", BirthDate = new DateOnly(2015, 3, 14),
        });

        Assert.Empty(result.Rows);
    }

    [Fact]
    public async Task Enrolling_the_leaver_moves_her_card_with_parents_login_and_history_and_school_2_sees_where_she_went()
    {
        var result = await Admin1.Leavers.EnrollAsync(_world.Region.Pupil2.Id, _world.Region.Class1.Id, new DateOnly(2026, 12, 7));

        Assert.True(result.Ok, result.Message);
        using var db = _database.System();
        Assert.Equal(1, await db.Pupils.CountAsync(p => p.Name.Surname == "Второва"));
        var card = await db.Pupils.Include(p => p.Memberships).Include(p => p.ParentLinks).SingleAsync(p => p.Id == _world.Region.Pupil2.Id);
        Assert.Equal((_world.Region.School1.Id, PupilStatus.Enrolled, _world.Region.Class1.Id), (card.SchoolId, card.Status, card.CurrentClassId));
        Assert.Equal([_world.Region.Class2.Id, _world.Region.Class1.Id], card.Memberships.OrderBy(m => m.From).Select(m => m.SchoolClassId));
        Assert.Equal(_mother, Assert.Single(card.ParentLinks).ParentId);
        var account = await db.UserAccounts.SingleAsync(a => a.PupilId == card.Id);
        Assert.Equal((_world.Region.School1.Id, "1000123456"), (account.SchoolId, account.EsiaOid));
        Assert.True(await db.AuditLog.AnyAsync(e => e.EntityType == nameof(Pupil) && e.EntityId == card.Id && e.ActorLogin == "admin1"));

        var seenBySchool2 = await _world.For(_world.Region.Admin2).Leavers.DeparturesAsync();
        Assert.Equal("выбыл в МАОУ «СОШ № 1» 07.12.2026", Assert.Single(seenBySchool2).Text);
        var seenBySchool1 = await _world.For(_world.Region.Admin1).Leavers.DeparturesAsync();
        Assert.Empty(seenBySchool1);
    }

    [Fact]
    public async Task The_moved_card_is_school_1s_now_and_no_longer_school_2s()
    {
        await Admin1.Leavers.EnrollAsync(_world.Region.Pupil2.Id, _world.Region.Class1.Id, new DateOnly(2026, 12, 7));

        await using var school1 = await _database.For(_world.Region.Admin1).OpenAsync();
        await using var school2 = await _database.For(_world.Region.Admin2).OpenAsync();
        Assert.True(await school1.Pupils.AnyAsync(p => p.Id == _world.Region.Pupil2.Id));
        Assert.True(await school1.Parents.AnyAsync(p => p.Id == _mother));
        Assert.False(await school2.Pupils.AnyAsync(p => p.Id == _world.Region.Pupil2.Id));
    }

    [Fact]
    public async Task A_pupil_studying_in_another_school_cannot_be_taken_from_the_leavers_list()
    {
        var result = await Admin1.Leavers.EnrollAsync(StudyingInSchool2(), _world.Region.Class1.Id);

        Assert.False(result.Ok);
        Assert.Contains("заявлению о переводе", result.Message);
    }

    [Fact]
    public async Task The_leaver_cannot_be_enrolled_into_another_schools_class()
    {
        var result = await _world.For(_world.Region.Admin2, new DateOnly(2026, 12, 5)).Leavers.EnrollAsync(_world.Region.Pupil2.Id, _world.Region.Class1.Id);

        Assert.False(result.Ok);
        using var db = _database.System();
        Assert.Equal(_world.Region.School2.Id, (await db.Pupils.SingleAsync(p => p.Id == _world.Region.Pupil2.Id)).SchoolId);
    }

    [Fact]
    public async Task Operators_and_teachers_do_not_search_the_regions_leavers()
    {
        var teacher = new PortalUser(2001, "teacher1", "Учитель", Role.Teacher, _world.Region.School1.Id, null);

        await Assert.ThrowsAsync<AccessDeniedException>(() => _world.For(teacher).Leavers.SearchAsync(new LeaverQuery { Snils = "112-233-445 95" }));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _world.For(_world.Region.RegionOperator).Leavers.EnrollAsync(_world.Region.Pupil2.Id, _world.Region.Class1.Id));
    }

    private int StudyingInSchool2()
    {
        using var db = _database.System();
        var pupil = TestRegion.NewPupil(_world.Region.School2.Id, "Учащийся", "Пётр", "Петрович", Gender.Male);
        db.Pupils.Add(pupil);
        db.SaveChanges();
        pupil.EnrollIn(_world.Region.Class2, new DateOnly(2026, 9, 1));
        db.SaveChanges();
        return pupil.Id;
    }
}
