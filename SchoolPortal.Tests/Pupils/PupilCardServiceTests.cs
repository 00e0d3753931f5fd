using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Features.Parents;

namespace SchoolPortal.Tests.Pupils;

public sealed class PupilCardServiceTests : IDisposable
{
    private const string GoodSnils = "112-233-445 95";
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;

    public PupilCardServiceTests() => _region = TestRegion.Create(_database);

    public void Dispose() => _database.Dispose();

    private PupilCardService Service(PortalUser user) => new(_database.For(user), ManualClock.On(TestRegion.Today), new(_database.Factory, _database.For(user)));

    [Fact]
    public async Task A_bad_snils_is_refused_with_the_russian_message_and_nothing_is_written()
    {
        int auditBefore;
        await using (var before = _database.System())
            auditBefore = await before.AuditLog.CountAsync();
        var card = await Service(_region.Admin1).LoadAsync(_region.Pupil1.Id);
        card!.Form.Snils = "112-233-445 96";
        card.Form.Comment = "не должно сохраниться";

        var result = await Service(_region.Admin1).SaveAsync(card.Id, card.Form);

        Assert.False(result.Succeeded);
        Assert.Contains("контрольное число", result.Errors[PupilFields.Snils]);
        await using var db = _database.System();
        var stored = await db.Pupils.SingleAsync(p => p.Id == _region.Pupil1.Id);
        Assert.Null(stored.Snils);
        Assert.Null(stored.Comment);
        Assert.Equal(auditBefore, await db.AuditLog.CountAsync());
    }

    [Fact]
    public async Task Every_bad_field_is_reported_at_its_input()
    {
        var card = await Service(_region.Admin1).LoadAsync(_region.Pupil1.Id);
        card!.Form.Snils = "123";
        card.Form.Patronymic = null;
        card.Form.NoPatronymic = false;
        card.Form.BirthCertificateSeries = "ИВ-12";
        card.Form.BirthCertificateNumber = "123456";
        card.Form.Email = "нет";

        var result = await Service(_region.Admin1).SaveAsync(card.Id, card.Form);

        Assert.Equal("СНИЛС должен состоять из 11 цифр, введено 3.", result.Errors[PupilFields.Snils]);
        Assert.Equal("Укажите отчество или отметьте «Нет отчества».", result.Errors[PupilFields.Patronymic]);
        Assert.StartsWith("Серия свидетельства о рождении", result.Errors[PupilFields.BirthCertificateSeries]);
        Assert.True(result.Errors.ContainsKey(PupilFields.Email));
    }

    [Fact]
    public async Task A_good_change_is_saved_and_audited_old_to_new()
    {
        var card = await Service(_region.Admin1).LoadAsync(_region.Pupil1.Id);
        card!.Form.Snils = GoodSnils;
        card.Form.FirstName = "Павел";

        var result = await Service(_region.Admin1).SaveAsync(card.Id, card.Form);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        var history = await Service(_region.Admin1).HistoryAsync(_region.Pupil1.Id);
        var latest = history[0];
        Assert.Equal("admin1", latest.Actor);
        Assert.Contains(latest.Changes, c => c is { Field: "СНИЛС", OldValue: null, NewValue: "112-233-445 95" });
        Assert.Contains(latest.Changes, c => c is { Field: "Имя", OldValue: "Пётр", NewValue: "Павел" });
        Assert.Equal("112-233-445 95", (await Service(_region.Admin1).LoadAsync(_region.Pupil1.Id))!.Form.Snils);
    }

    [Fact]
    public async Task A_new_pupil_goes_to_the_admins_school_and_class()
    {
        var form = new PupilForm
        {
            Surname = "Новиков", FirstName = "Илья", NoPatronymic = true, BirthDate = new DateTime(2016, 5, 2), Gender = Gender.Male,
            ClassId = _region.Class1.Id, ClassFrom = new DateTime(2026, 11, 1), BirthCertificateSeries = "iv-ив", BirthCertificateNumber = "654321",
        };

        var result = await Service(_region.Admin1).SaveAsync(null, form);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        await using var db = _database.System();
        var pupil = await db.Pupils.Include(p => p.Memberships).SingleAsync(p => p.Id == result.Id);
        Assert.Equal(_region.School1.Id, pupil.SchoolId);
        Assert.Equal(_region.Class1.Id, pupil.CurrentClassId);
        Assert.Equal("IV-ИВ", pupil.BirthCertificate!.Series);
        Assert.Single(pupil.Memberships);
    }

    [Fact]
    public async Task Withdrawal_takes_the_pupil_out_of_the_class()
    {
        var result = await Service(_region.Admin1).LeaveAsync(_region.Pupil1.Id, PupilStatus.Withdrawn, new DateTime(2026, 11, 20), "45-у");

        Assert.True(result.Succeeded);
        var card = await Service(_region.Admin1).LoadAsync(_region.Pupil1.Id);
        Assert.Equal(PupilStatus.Withdrawn, card!.Status);
        Assert.Null(card.ClassName);
        var again = await Service(_region.Admin1).LeaveAsync(_region.Pupil1.Id, PupilStatus.Graduated, new DateTime(2026, 11, 21), "46-у");
        Assert.Equal("Ученик уже не числится в школе.", again.Errors.Values.Single());
    }

    [Fact]
    public async Task A_pupil_of_another_school_is_not_found_and_cannot_be_saved()
    {
        Assert.Null(await Service(_region.Admin1).LoadAsync(_region.Pupil2.Id));
        Assert.Empty(await Service(_region.Admin1).HistoryAsync(_region.Pupil2.Id));

        var form = PupilForm.From(_region.Pupil2);
        form.Comment = "чужой";
        var result = await Service(_region.Admin1).SaveAsync(_region.Pupil2.Id, form);

        Assert.False(result.Succeeded);
        await using var db = _database.System();
        Assert.Null((await db.Pupils.SingleAsync(p => p.Id == _region.Pupil2.Id)).Comment);
    }

    [Fact]
    public async Task Operators_view_cards_but_do_not_edit_them()
    {
        var card = await Service(_region.District1Operator).LoadAsync(_region.Pupil1.Id);

        Assert.NotNull(card);
        Assert.False(card.CanEdit);
        Assert.False((await Service(_region.District1Operator).SaveAsync(card.Id, card.Form)).Succeeded);
    }
}
