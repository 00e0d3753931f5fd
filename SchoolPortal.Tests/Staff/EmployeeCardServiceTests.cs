using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Audit;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using SchoolPortal.Features.Staff;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Staff;

public sealed class EmployeeCardServiceTests : IDisposable
{
    private static readonly TimeProvider Clock = ManualClock.On(TestRegion.Today);

    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;
    private readonly Employee _own;
    private readonly Employee _foreign;

    public EmployeeCardServiceTests()
    {
        _region = TestRegion.Create(_database);
        _own = StaffTestData.AddEmployee(_database, _region.School1.Id, "Иванова", snils: Snils.FromNumber(100200300));
        _foreign = StaffTestData.AddEmployee(_database, _region.School2.Id, "Второва", snils: Snils.FromNumber(400500600));
    }

    public void Dispose() => _database.Dispose();

    private EmployeeCardService CardsFor(PortalUser user) => new(_database.For(user), Clock, new(_database.Factory, _database.For(user)));

    private async Task<int> EmployeeCountAsync()
    {
        await using var db = _database.System();
        return await db.Employees.CountAsync();
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = _database.System();
        return await db.AuditLog.CountAsync();
    }

    [Fact]
    public async Task School_admin_cannot_open_or_read_history_of_an_employee_of_another_school()
    {
        var cards = CardsFor(_region.Admin1);

        Assert.Null(await cards.LoadAsync(_foreign.Id));
        Assert.Empty(await cards.HistoryAsync(_foreign.Id));
        Assert.NotNull(await cards.LoadAsync(_own.Id));
    }

    [Fact]
    public async Task School_admin_cannot_save_or_dismiss_an_employee_of_another_school()
    {
        var cards = CardsFor(_region.Admin1);
        var form = StaffTestData.ValidForm();
        form.Id = _foreign.Id;

        var saved = await cards.SaveAsync(form);
        var dismissed = await cards.DismissAsync(_foreign.Id, new DateOnly(2026, 11, 1));

        Assert.False(saved.Succeeded);
        Assert.Contains("не найдена", saved.Errors[FieldErrors.General]);
        Assert.False(dismissed.Succeeded);
        await using var db = _database.System();
        var foreign = await db.Employees.SingleAsync(e => e.Id == _foreign.Id);
        Assert.Equal("Второва", foreign.Name.Surname);
        Assert.Null(foreign.DismissedOn);
    }

    [Fact]
    public async Task School_admin_creates_the_employee_in_own_school_whatever_school_the_form_names()
    {
        var result = await CardsFor(_region.Admin1).SaveAsync(StaffTestData.ValidForm(schoolId: _region.School2.Id));

        Assert.True(result.Succeeded);
        await using var db = _database.System();
        Assert.Equal(_region.School1.Id, (await db.Employees.SingleAsync(e => e.Id == result.Id)).SchoolId);
    }

    [Fact]
    public async Task A_new_card_is_saved_with_every_field_and_an_audit_entry_of_its_creation()
    {
        var cards = CardsFor(_region.Admin1);

        var result = await cards.SaveAsync(StaffTestData.ValidForm());

        Assert.True(result.Succeeded);
        var card = await cards.LoadAsync(result.Id!.Value);
        Assert.NotNull(card);
        Assert.Equal("Смирнова", card.Surname);
        Assert.Equal("7512", card.PassportSeries);
        Assert.Equal(new DateTime(2005, 3, 1), card.PassportIssuedOn);
        Assert.Equal(Snils.FromNumber(112233445).Formatted, card.Snils);
        Assert.Equal(QualificationCategory.First, card.Category);
        Assert.Equal("+7 (912) 345-67-89", card.Phone);
        Assert.Equal("ЧГПУ, 2002, филология", card.Education);
        var history = await cards.HistoryAsync(result.Id.Value);
        var created = Assert.Single(history);
        Assert.Equal(AuditAction.Created, created.Action);
        Assert.Equal("admin1", created.Actor);
        Assert.Contains(created.Changes, c => c.Field == "Квалификационная категория" && c.NewValue == "Первая");
    }

    [Fact]
    public async Task A_bad_snils_is_refused_under_the_snils_field_and_nothing_is_written()
    {
        var form = StaffTestData.ValidForm();
        form.Snils = "112-233-445 00";
        var employeesBefore = await EmployeeCountAsync();
        var auditBefore = await AuditCountAsync();

        var result = await CardsFor(_region.Admin1).SaveAsync(form);

        Assert.False(result.Succeeded);
        Assert.Contains("не сходится контрольное число", result.Errors[EmployeeFields.Snils]);
        Assert.Equal(employeesBefore, await EmployeeCountAsync());
        Assert.Equal(auditBefore, await AuditCountAsync());
    }

    [Fact]
    public async Task A_bad_passport_and_a_bad_phone_are_both_reported_and_the_card_is_unchanged()
    {
        var form = (await CardsFor(_region.Admin1).LoadAsync(_own.Id))!;
        form.Position = "Завуч";
        form.PassportSeries = "75";
        form.PassportNumber = "123456";
        form.Phone = "12345";
        var auditBefore = await AuditCountAsync();

        var result = await CardsFor(_region.Admin1).SaveAsync(form);

        Assert.Equal("Серия паспорта РФ: 4 цифры, например «75 12».", result.Errors[EmployeeFields.PassportSeries]);
        Assert.StartsWith("Телефон: 10 цифр", result.Errors[EmployeeFields.Phone]);
        await using var db = _database.System();
        Assert.Equal("Учитель математики", (await db.Employees.SingleAsync(e => e.Id == _own.Id)).Position);
        Assert.Equal(auditBefore, await AuditCountAsync());
    }

    [Fact]
    public async Task Missing_patronymic_is_refused_unless_no_patronymic_is_ticked()
    {
        var cards = CardsFor(_region.Admin1);
        var form = StaffTestData.ValidForm();
        form.Patronymic = null;

        var refused = await cards.SaveAsync(form);
        form.NoPatronymic = true;
        var saved = await cards.SaveAsync(form);

        Assert.Equal("Укажите отчество или отметьте «Нет отчества».", refused.Errors[EmployeeFields.Patronymic]);
        Assert.True(saved.Succeeded);
    }

    [Fact]
    public async Task A_change_writes_an_audit_entry_with_old_and_new_values()
    {
        var cards = CardsFor(_region.Admin1);
        var form = (await cards.LoadAsync(_own.Id))!;
        form.Position = "Заместитель директора";
        form.OnMaternityLeave = true;

        var result = await cards.SaveAsync(form);

        Assert.True(result.Succeeded);
        var change = (await cards.HistoryAsync(_own.Id)).First();
        Assert.Equal(AuditAction.Changed, change.Action);
        Assert.Contains(new AuditChange("Основная должность", "Учитель математики", "Заместитель директора"), change.Changes);
        Assert.Contains(new AuditChange("В отпуске по уходу за ребёнком", "нет", "да"), change.Changes);
        Assert.Equal(2, change.Changes.Count);
    }

    [Fact]
    public async Task Saving_an_unchanged_card_writes_no_audit_entry()
    {
        var cards = CardsFor(_region.Admin1);
        var auditBefore = await AuditCountAsync();

        var result = await cards.SaveAsync((await cards.LoadAsync(_own.Id))!);

        Assert.True(result.Succeeded);
        Assert.Equal(auditBefore, await AuditCountAsync());
    }

    [Fact]
    public async Task A_second_card_with_the_same_snils_in_the_same_school_is_refused()
    {
        var form = StaffTestData.ValidForm();
        form.Snils = "100 200 300 " + Snils.ControlSum("100200300").ToString("D2");
        var before = await EmployeeCountAsync();

        var result = await CardsFor(_region.Admin1).SaveAsync(form);

        Assert.False(result.Succeeded);
        Assert.Contains("уже есть в этой школе: Иванова Ольга Ивановна", result.Errors[EmployeeFields.Snils]);
        Assert.Equal(before, await EmployeeCountAsync());
    }

    [Fact]
    public async Task A_new_card_with_the_snils_of_another_schools_employee_is_refused_and_points_to_the_import()
    {
        // Issue 5: the person stays one record; a second school imports the card («Импорт из другой ОО»).
        var form = StaffTestData.ValidForm(_region.School2.Id);
        form.Snils = Snils.FromNumber(100200300).Value;

        var result = await CardsFor(_region.RegionOperator).SaveAsync(form);

        Assert.False(result.Succeeded);
        Assert.Contains("Импорт из другой ОО", result.Errors[FieldErrors.General]);
        Assert.Contains(result.Duplicates, m => m.Reasons.Contains(Features.DuplicateGuard.MatchReason.Snils));
    }

    [Fact]
    public async Task An_operator_must_choose_the_school_of_a_new_employee()
    {
        var result = await CardsFor(_region.RegionOperator).SaveAsync(StaffTestData.ValidForm());

        Assert.Equal("Выберите школу сотрудника.", result.Errors[EmployeeFields.School]);
    }

    [Fact]
    public async Task Dismissal_sets_the_date_and_refuses_a_future_date()
    {
        var cards = CardsFor(_region.Admin1);

        var future = await cards.DismissAsync(_own.Id, TestRegion.Today.AddDays(1));
        var done = await cards.DismissAsync(_own.Id, TestRegion.Today);

        Assert.Contains("не может быть в будущем", future.Errors[EmployeeFields.DismissedOn]);
        Assert.True(done.Succeeded);
        Assert.Equal(TestRegion.Today, (await cards.LoadAsync(_own.Id))!.DismissedOn);
        Assert.Contains(new AuditChange("Дата увольнения", null, "28.11.2026"), (await cards.HistoryAsync(_own.Id)).First().Changes);
    }
}
