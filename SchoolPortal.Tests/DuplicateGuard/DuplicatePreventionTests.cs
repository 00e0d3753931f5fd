using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using SchoolPortal.Features.DuplicateGuard;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Features.Staff;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Features.Parents;

namespace SchoolPortal.Tests.DuplicateGuard;

/// <summary>Creating a pupil, parent or employee that already exists is refused with a link; an administrator may override.</summary>
public sealed class DuplicatePreventionTests : IDisposable
{
    private static readonly Snils PupilSnils = Snils.FromNumber(123123123);
    private static readonly Snils ParentSnils = Snils.FromNumber(321321321);
    private const string Reason = "Тёзки: другой ребёнок, проверено по свидетельству";
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;
    private readonly Employee _employee;

    public DuplicatePreventionTests()
    {
        _region = TestRegion.Create(_database);
        using var db = _database.System();
        var pupil = db.Pupils.Single(p => p.Id == _region.Pupil1.Id);
        pupil.ChangeSnils(PupilSnils);
        pupil.ChangeDocuments(IdentityDocument.BirthCertificate("IV-ИВ", "123456"), null);
        var parent = db.Parents.Single(p => p.Id == _region.Parent1.Id);
        parent.ChangeSnils(ParentSnils);
        parent.ChangeBirthDate(new DateOnly(1985, 5, 5), TestRegion.Today);
        parent.ChangeDocument(IdentityDocument.Passport("7512", "654321"));
        _employee = new Employee(_region.School1.Id, PersonName.Create("Смирнова", "Елена", "Викторовна"), new DateOnly(1980, 2, 3), Gender.Female,
            "Учитель", TestRegion.Today);
        _employee.ChangeSnils(Snils.FromNumber(112233445));
        _employee.ChangePassport(IdentityDocument.Passport("7512", "123456"));
        db.Employees.Add(_employee);
        db.SaveChanges();
    }

    public void Dispose() => _database.Dispose();

    private PersonDuplicateGuard Guard(PortalUser user) => new(_database.Factory, _database.For(user));

    private PupilCardService Pupils(PortalUser user) => new(_database.For(user), ManualClock.On(TestRegion.Today), Guard(user));

    private PupilParents Parents(PortalUser user) => new(_database.For(user), ManualClock.On(TestRegion.Today), Guard(user));

    private EmployeeCardService Staff(PortalUser user) => new(_database.For(user), ManualClock.On(TestRegion.Today), Guard(user));

    public static TheoryData<MatchReason> Reasons => [MatchReason.Snils, MatchReason.Document, MatchReason.NameAndBirthDate];

    private static PupilForm PupilLike(MatchReason reason) => new()
    {
        Surname = reason == MatchReason.NameAndBirthDate ? "Иванов" : "Другов",
        FirstName = "Пётр",
        Patronymic = "Сергеевич",
        BirthDate = reason == MatchReason.NameAndBirthDate ? new DateTime(2015, 3, 14) : new DateTime(2015, 6, 1),
        Gender = Gender.Male,
        Snils = reason == MatchReason.Snils ? PupilSnils.Formatted : null,
        BirthCertificateSeries = reason == MatchReason.Document ? "IV-ИВ" : null,
        BirthCertificateNumber = reason == MatchReason.Document ? "123456" : null,
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public async Task Creating_a_pupil_that_exists_in_another_school_is_refused_with_a_link(MatchReason reason)
    {
        var result = await Pupils(_region.Admin2).SaveAsync(null, PupilLike(reason));

        Assert.False(result.Succeeded);
        var match = Assert.Single(result.Duplicates);
        Assert.Equal([reason], match.Reasons);
        Assert.Equal($"/management/pupils/{_region.Pupil1.Id}", match.Link);
        Assert.StartsWith("Такой человек уже есть: Иванов Пётр Сергеевич (МАОУ «СОШ № 1»)", result.Errors[FieldErrors.General]);
        await using var db = _database.System();
        Assert.Equal(2, await db.Pupils.CountAsync());
    }

    [Fact]
    public async Task An_administrator_saves_a_namesake_pupil_with_a_reason_and_the_override_is_kept()
    {
        var form = PupilLike(MatchReason.NameAndBirthDate);
        form.DuplicateReason = "коротко";
        Assert.Contains("не короче 10 символов", (await Pupils(_region.Admin2).SaveAsync(null, form)).Errors[FieldErrors.General]);

        form.DuplicateReason = Reason;
        var result = await Pupils(_region.Admin2).SaveAsync(null, form);

        Assert.True(result.Succeeded);
        await using var db = _database.System();
        var entry = await db.DuplicateOverrides.SingleAsync();
        Assert.Equal(("Pupil", result.Id!.Value, _region.Pupil1.Id, Reason, _region.School2.Id, "admin2"),
            (entry.EntityType, entry.EntityId, entry.MatchedEntityId, entry.Reason, entry.SchoolId, entry.ByLogin));
    }

    [Fact]
    public async Task Editing_a_pupils_snils_into_another_pupils_is_refused()
    {
        var card = await Pupils(_region.Admin2).LoadAsync(_region.Pupil2.Id);
        card!.Form.Snils = PupilSnils.Formatted;

        var result = await Pupils(_region.Admin2).SaveAsync(_region.Pupil2.Id, card.Form);

        Assert.Contains("совпадает СНИЛС", result.Errors[FieldErrors.General]);
    }

    private static ParentForm ParentLike(MatchReason reason) => new()
    {
        Surname = reason == MatchReason.NameAndBirthDate ? "Иванова" : "Другова",
        FirstName = "Мария",
        Patronymic = "Петровна",
        BirthDate = reason == MatchReason.NameAndBirthDate ? new DateTime(1985, 5, 5) : new DateTime(1986, 1, 1),
        Snils = reason == MatchReason.Snils ? ParentSnils.Formatted : null,
        DocumentSeries = reason == MatchReason.Document ? "75 12" : null,
        DocumentNumber = reason == MatchReason.Document ? "654321" : null,
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public async Task Adding_a_new_parent_who_exists_is_refused(MatchReason reason)
    {
        var result = await Parents(_region.Admin2).CreateAndAttachAsync(_region.Pupil2.Id, ParentLike(reason), ParentRelation.Mother);

        Assert.False(result.Succeeded);
        // SNILS keeps its older, more specific message (find the parent by SNILS and attach); the others link the card.
        if (reason == MatchReason.Snils)
            Assert.Contains("уже есть у родителя Иванова Мария Петровна", result.Errors[PupilFields.Snils]);
        else
            Assert.Equal($"/management/parents/{_region.Parent1.Id}", Assert.Single(result.Duplicates).Link);
        await using var db = _database.System();
        Assert.Equal(1, await db.Parents.CountAsync());
    }

    [Fact]
    public async Task An_administrator_adds_a_namesake_parent_with_a_reason()
    {
        var form = ParentLike(MatchReason.NameAndBirthDate);
        form.DuplicateReason = Reason;

        var result = await Parents(_region.Admin2).CreateAndAttachAsync(_region.Pupil2.Id, form, ParentRelation.Mother);

        Assert.True(result.Succeeded);
        await using var db = _database.System();
        Assert.Equal(2, await db.Parents.CountAsync());
        var entry = await db.DuplicateOverrides.SingleAsync();
        Assert.Equal(("Parent", result.Id!.Value, _region.Parent1.Id), (entry.EntityType, entry.EntityId, entry.MatchedEntityId));
    }

    private static EmployeeForm EmployeeLike(MatchReason reason)
    {
        var form = SchoolPortal.Tests.Staff.StaffTestData.ValidForm(null);
        form.Surname = reason == MatchReason.NameAndBirthDate ? "Смирнова" : "Другова";
        form.Snils = reason == MatchReason.Snils ? Snils.FromNumber(112233445).Formatted : Snils.FromNumber(998877665).Formatted;
        form.PassportNumber = reason == MatchReason.Document ? "123456" : "999999";
        return form;
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public async Task Adding_an_employee_who_works_in_another_school_is_refused_and_offers_the_import(MatchReason reason)
    {
        var result = await Staff(_region.Admin2).SaveAsync(EmployeeLike(reason));

        Assert.False(result.Succeeded);
        var match = Assert.Single(result.Duplicates);
        Assert.Equal([reason], match.Reasons);
        Assert.Equal($"/management/staff/{_employee.Id}", match.Link);
        Assert.Contains("Импорт из другой ОО", result.Errors[FieldErrors.General]);
    }

    [Fact]
    public async Task An_administrator_adds_a_namesake_employee_with_a_reason()
    {
        var form = EmployeeLike(MatchReason.NameAndBirthDate);
        form.DuplicateReason = Reason;

        var result = await Staff(_region.Admin2).SaveAsync(form);

        Assert.True(result.Succeeded);
        await using var db = _database.System();
        Assert.Equal("Employee", (await db.DuplicateOverrides.SingleAsync()).EntityType);
    }
}
