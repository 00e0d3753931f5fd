using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Audit;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using SchoolPortal.Features.Schools;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Schools;

public sealed class SchoolCardServiceTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;

    public SchoolCardServiceTests() => _region = TestRegion.Create(_database);

    public void Dispose() => _database.Dispose();

    private SchoolCardService CardsFor(PortalUser user) => new(_database.For(user), TimeProvider.System);

    private static string ValidInn(string nine) => nine + Inn.ControlDigit(nine);

    private async Task<School> StoredAsync(int id)
    {
        await using var db = _database.System();
        return await db.Schools.SingleAsync(s => s.Id == id);
    }

    [Fact]
    public async Task School_admin_gets_only_own_school_and_cannot_open_another()
    {
        var cards = CardsFor(_region.Admin1);

        Assert.Equal([_region.School1.Id], (await cards.SchoolsAsync()).Select(s => s.Id));
        Assert.Equal(_region.School1.Id, await cards.DefaultSchoolIdAsync());
        Assert.Null(await cards.LoadAsync(_region.School2.Id));
        Assert.Equal("Первый район", (await cards.LoadAsync(_region.School1.Id))!.Municipality);
    }

    [Fact]
    public async Task School_admin_cannot_save_the_card_of_another_school()
    {
        var form = (await CardsFor(_region.Admin2).LoadAsync(_region.School2.Id))!;
        form.HeadName = "Захватчик Чужой Школы";

        var result = await CardsFor(_region.Admin1).SaveAsync(form);

        Assert.False(result.Succeeded);
        Assert.Equal("Петров Пётр Петрович", (await StoredAsync(_region.School2.Id)).HeadName);
    }

    [Fact]
    public async Task A_bad_inn_is_refused_with_the_checksum_message_and_nothing_is_written()
    {
        var cards = CardsFor(_region.Admin1);
        var form = (await cards.LoadAsync(_region.School1.Id))!;
        form.Inn = "7451000014";
        form.HeadName = "Новый Директор Школы";

        var result = await cards.SaveAsync(form);

        Assert.Equal("ИНН введён с ошибкой: не сходится контрольная цифра.", result.Errors[SchoolFields.Inn]);
        var stored = await StoredAsync(_region.School1.Id);
        Assert.Equal("7451000013", stored.Inn.Value);
        Assert.Equal("Петров Пётр Петрович", stored.HeadName);
        Assert.Empty(await cards.HistoryAsync(_region.School1.Id));
    }

    [Fact]
    public async Task A_bad_ogrn_and_an_empty_short_name_are_reported_under_their_fields()
    {
        var cards = CardsFor(_region.Admin1);
        var form = (await cards.LoadAsync(_region.School1.Id))!;
        form.Ogrn = "123";
        form.ShortName = " ";

        var result = await cards.SaveAsync(form);

        Assert.Equal("ОГРН организации: 13 цифр.", result.Errors[SchoolFields.Ogrn]);
        Assert.Equal("Краткое наименование обязательно.", result.Errors[SchoolFields.ShortName]);
    }

    [Fact]
    public async Task The_inn_of_another_school_is_refused()
    {
        var cards = CardsFor(_region.Admin1);
        var form = (await cards.LoadAsync(_region.School1.Id))!;
        form.Inn = _region.School2.Inn.Value;

        var result = await cards.SaveAsync(form);

        Assert.Contains("уже указан у другой школы", result.Errors[SchoolFields.Inn]);
    }

    [Fact]
    public async Task A_good_change_is_saved_with_an_audit_entry_of_old_and_new_values()
    {
        var cards = CardsFor(_region.Admin1);
        var form = (await cards.LoadAsync(_region.School1.Id))!;
        var newInn = ValidInn("745100009");
        form.Inn = newInn;
        form.HeadName = "Сидорова Анна Павловна";
        form.Phone = "8 351 123 45 67";

        var result = await cards.SaveAsync(form);

        Assert.True(result.Succeeded);
        var stored = await StoredAsync(_region.School1.Id);
        Assert.Equal(newInn, stored.Inn.Value);
        Assert.Equal("+73511234567", stored.Phone!.Value);
        var entry = Assert.Single(await cards.HistoryAsync(_region.School1.Id));
        Assert.Equal(AuditAction.Changed, entry.Action);
        Assert.Equal("admin1", entry.Actor);
        Assert.Contains(new AuditChange("ИНН", "7451000013", newInn), entry.Changes);
        Assert.Contains(new AuditChange("Руководитель", "Петров Пётр Петрович", "Сидорова Анна Павловна"), entry.Changes);
        Assert.Contains(new AuditChange("Телефон", null, "+7 (351) 123-45-67"), entry.Changes);
        Assert.Equal(3, entry.Changes.Count);
    }

    [Fact]
    public async Task Municipal_operator_edits_schools_of_own_district_only()
    {
        var cards = CardsFor(_region.District1Operator);
        var own = (await cards.LoadAsync(_region.School1.Id))!;
        own.Email = "school1@edu74.ru";

        Assert.Equal([_region.School1.Id], (await cards.SchoolsAsync()).Select(s => s.Id));
        Assert.True((await cards.SaveAsync(own)).Succeeded);
        Assert.Equal("school1@edu74.ru", (await StoredAsync(_region.School1.Id)).Email!.Value);
        Assert.Null(await cards.LoadAsync(_region.School2.Id));
    }

    [Fact]
    public async Task Region_operator_picks_among_all_schools()
    {
        var cards = CardsFor(_region.RegionOperator);

        Assert.Equal(2, (await cards.SchoolsAsync()).Count);
        Assert.NotNull(await cards.LoadAsync(_region.School2.Id));
        Assert.Equal("Школа не найдена среди доступных вам.", (await cards.SaveAsync(new SchoolForm { Id = 999 })).Errors[FieldErrors.General]);
    }
}
