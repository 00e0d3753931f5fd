using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.People;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment;

public sealed class PaperApplicationServiceTests : IDisposable
{
    private static readonly DateOnly FiledOn = new(2027, 4, 12);

    private readonly TestDatabase _database = new();
    private readonly EnrollmentWorld _world;

    public PaperApplicationServiceTests() => _world = EnrollmentWorld.Create(_database);

    public void Dispose() => _database.Dispose();

    private static PaperApplicationForm Form(string certificate = "123456", string address = EnrollmentWorld.OnTerritory) => new()
    {
        Kind = ApplicationKind.FirstGrade, FiledOn = FiledOn,
        ChildSurname = "Смирнов", ChildFirstName = "Артём", ChildPatronymic = "Игоревич", ChildBirthDate = new DateOnly(2020, 10, 10),
        ChildGender = Gender.Male, ChildDocumentSeries = "IV-ИВ", ChildDocumentNumber = certificate, ResidenceAddress = address,
        ApplicantSurname = "Смирнова", ApplicantFirstName = "Елена", ApplicantPatronymic = "Викторовна", ApplicantRelation = "мать",
        ApplicantPhone = "+7 912 345-67-89",
    };

    [Fact]
    public async Task Paper_application_is_registered_with_the_territory_line_its_address_matched()
    {
        var result = await _world.For(_world.Region.Admin1, FiledOn).Paper.RegisterAsync(Form());

        Assert.True(result.Ok, result.Message);
        Assert.Contains("г. Челябинск, ул. Ленина, все дома", result.Message);
        using var db = _database.System();
        var saved = await db.EnrollmentApplications.Include(a => a.History).SingleAsync(a => a.Id == result.Id);
        Assert.Equal((ApplicationStatus.Registered, AdmissionStage.FirstStage, true), (saved.Status, saved.Stage, saved.LivesOnTerritory));
        Assert.Equal((ApplicationChannel.InPerson, 2027, _world.Region.School1.Id), (saved.Channel, saved.Year, saved.SchoolId));
        Assert.Equal($"2027-{_world.Region.School1.Id:D4}-00001", saved.Number);
        Assert.Equal(2, saved.History.Count);
        Assert.False(await db.EpguStatusMessages.AnyAsync());
    }

    [Fact]
    public async Task A_child_off_the_territory_without_a_right_is_refused_in_the_first_stage_and_nothing_is_saved()
    {
        var result = await _world.For(_world.Region.Admin1, FiledOn).Paper.RegisterAsync(Form(address: "454000, г. Челябинск, ул. Кирова, д. 7"));

        Assert.False(result.Ok);
        Assert.Contains("6 июля", result.Message);
        using var db = _database.System();
        Assert.False(await db.EnrollmentApplications.AnyAsync());
    }

    [Fact]
    public async Task Invalid_birth_certificate_is_refused_with_the_field()
    {
        var form = Form();
        form.ChildDocumentSeries = "ИВ";

        var result = await _world.For(_world.Region.Admin1, FiledOn).Paper.RegisterAsync(form);

        Assert.False(result.Ok);
        Assert.Equal("series", result.Field);
    }

    [Fact]
    public async Task A_second_grade_1_application_for_the_same_birth_certificate_is_marked_as_a_duplicate_of_the_first()
    {
        var first = _world.Application(ApplicationStatus.Registered, certificate: "123456", schoolId: _world.Region.School2.Id);

        var result = await _world.For(_world.Region.Admin1, FiledOn).Paper.RegisterAsync(Form("123456"));

        Assert.True(result.Ok, result.Message);
        Assert.Contains($"уже подано заявление № {first.Number}", result.Message);
        using var db = _database.System();
        var second = await db.EnrollmentApplications.SingleAsync(a => a.Id == result.Id);
        Assert.Equal((ApplicationStatus.Refused, RefusalReason.Duplicate, first.Id), (second.Status, second.RefusalReason, second.DuplicateOfId));
        Assert.Equal(ApplicationStatus.Registered, (await db.EnrollmentApplications.SingleAsync(a => a.Id == first.Id)).Status);
    }

    [Fact]
    public async Task A_withdrawn_earlier_application_does_not_make_the_new_one_a_duplicate()
    {
        using (var db = _database.System())
        {
            var withdrawn = EnrollmentWorld.Build(ApplicationStatus.Registered, "Смирнов", "Артём", null, "123456", _world.Region.School1.Id);
            withdrawn.Withdraw("ЕПГУ", new DateTimeOffset(2027, 4, 6, 9, 0, 0, TimeSpan.Zero));
            db.EnrollmentApplications.Add(withdrawn);
            db.SaveChanges();
        }

        var result = await _world.For(_world.Region.Admin1, FiledOn).Paper.RegisterAsync(Form("123456"));

        Assert.True(result.Ok, result.Message);
        using var check = _database.System();
        Assert.Equal(ApplicationStatus.Registered, (await check.EnrollmentApplications.SingleAsync(a => a.Id == result.Id)).Status);
    }

    [Fact]
    public async Task Only_a_school_administrator_registers_paper_applications()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => _world.For(_world.Region.District1Operator, FiledOn).Paper.RegisterAsync(Form()));
    }

    [Fact]
    public async Task The_card_shows_the_withdrawn_pupil_of_school_2_the_application_looks_like()
    {
        using (var db = _database.System())
        {
            var pupil = TestRegion.NewPupil(_world.Region.School2.Id, "Смирнов", "Артём", "Игоревич", Gender.Male);
            pupil.ChangeBirth(new DateOnly(2020, 10, 10), Gender.Male, TestRegion.Today);
            pupil.ChangeDocuments(IdentityDocument.BirthCertificate("IV-ИВ", "123456"), null);
            db.Pupils.Add(pupil);
            db.SaveChanges();
            pupil.Withdraw(new DateOnly(2026, 12, 1), null);
            db.SaveChanges();
        }
        var application = _world.Application(ApplicationStatus.Registered, certificate: "123456");

        var card = await _world.For(_world.Region.Admin1).Card.CardAsync(application.Id);

        Assert.NotNull(card);
        var child = Assert.Single(card.ChildrenInRegion);
        Assert.Equal(("МБОУ «СОШ № 2»", "выбыл 01.12.2026"), (child.SchoolName, child.StatusText));
        Assert.Contains("совпадает документ", child.Reason);
        Assert.Equal(30, card.FreePlaces);
        Assert.Contains(ApplicationAction.TakeForReview, card.Actions);
        Assert.DoesNotContain(ApplicationAction.Register, card.Actions);
    }
}
