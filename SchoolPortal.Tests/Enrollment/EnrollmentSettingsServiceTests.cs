using Microsoft.EntityFrameworkCore;
using OfficeOpenXml;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>Places, territories, campaign settings and the production calendar: who may change them, and that each change is audited.</summary>
public sealed class EnrollmentSettingsServiceTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly EnrollmentWorld _world;

    public EnrollmentSettingsServiceTests() => _world = EnrollmentWorld.Create(_database);

    public void Dispose() => _database.Dispose();

    private async Task<bool> AuditedAsync(string type, string login)
    {
        using var db = _database.System();
        return await db.AuditLog.AnyAsync(e => e.EntityType == type && e.ActorLogin == login);
    }

    [Fact]
    public async Task School_administrator_publishes_places_and_sees_the_free_ones()
    {
        _world.Application(ApplicationStatus.Directed);
        var admin = _world.For(_world.Region.Admin1);
        var order = await admin.Orders.IssueAsync(new OrderForm("1", EnrollmentWorld.Today, _world.FirstGradeNext.Id,
            [(await admin.List.DistributedAsync()).Single().Id]));
        Assert.True(order.Ok, order.Message);

        var published = await admin.Places.PublishAsync(2027, 28, 25);
        var view = await admin.Places.OfSchoolAsync(2027);

        Assert.True(published.Ok, published.Message);
        Assert.Equal((28, 1, 27), (view!.Grade1Places, view.Grade1Enrolled, view.Grade1Free));
        Assert.True(await AuditedAsync(nameof(SchoolPlaces), "admin1"));
    }

    [Fact]
    public async Task Negative_places_are_refused()
    {
        var result = await _world.For(_world.Region.Admin1).Places.PublishAsync(2027, -1, 25);

        Assert.False(result.Ok);
        Assert.Equal("grade1Places", result.Field);
    }

    [Fact]
    public async Task Operators_read_places_but_do_not_publish_them()
    {
        var district = _world.For(_world.Region.District1Operator);

        var list = await district.Places.ListAsync(2027);

        Assert.Equal(_world.Region.School1.Id, Assert.Single(list).SchoolId);
        await Assert.ThrowsAsync<AccessDeniedException>(() => district.Places.PublishAsync(2027, 10, 10));
    }

    [Fact]
    public async Task District_operator_adds_and_removes_territory_lines_audited_and_the_school_reads_them()
    {
        var district = _world.For(_world.Region.District1Operator);

        var added = await district.Territory.AddAsync(_world.Region.School1.Id, "г. Челябинск", "пр-кт Победы", HouseParity.Even, 2, 40);
        var lines = await _world.For(_world.Region.Admin1).Territory.ListAsync(_world.Region.School1.Id);
        var removed = await district.Territory.RemoveAsync(added.Id!.Value);

        Assert.True(added.Ok, added.Message);
        Assert.Contains(lines, l => l.Text == "г. Челябинск, пр-кт Победы, чётные 2–40");
        Assert.True(removed.Ok, removed.Message);
        Assert.True(await AuditedAsync(nameof(TerritoryLine), "mo1"));
    }

    [Fact]
    public async Task School_administrator_cannot_change_the_territory()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            _world.For(_world.Region.Admin1).Territory.AddAsync(_world.Region.School1.Id, "г. Челябинск", "ул. Кирова", HouseParity.All, null, null));
    }

    [Fact]
    public async Task District_operator_cannot_change_the_territory_of_another_districts_school()
    {
        var district = _world.For(_world.Region.District1Operator);
        int lineOfSchool2;
        using (var db = _database.System())
        {
            var line = new TerritoryLine(_world.Region.School2.Id, "г. Копейск", "ул. Ленина", HouseRange.All);
            db.TerritoryLines.Add(line);
            db.SaveChanges();
            lineOfSchool2 = line.Id;
        }

        var added = await district.Territory.AddAsync(_world.Region.School2.Id, "г. Копейск", "ул. Кирова", HouseParity.All, null, null);
        var removed = await district.Territory.RemoveAsync(lineOfSchool2);

        Assert.False(added.Ok);
        Assert.False(removed.Ok);
        using var check = _database.System();
        Assert.Equal(1, await check.TerritoryLines.CountAsync(l => l.SchoolId == _world.Region.School2.Id));
    }

    [Fact]
    public async Task Territory_import_previews_rows_with_their_errors_and_writes_only_when_confirmed()
    {
        var district = _world.For(_world.Region.District1Operator);
        var file = Workbook(
            ["г. Челябинск", "ул. Кирова", "нечётные", "1", "99"],
            ["г. Челябинск", "", "все", "", ""],
            ["г. Челябинск", "ул. Ленина", "все", "", ""],
            ["г. Челябинск", "ул. Труда", "чётные", "40", "2"]);

        var preview = await district.Territory.PreviewImportAsync(_world.Region.School1.Id, file);

        Assert.Null(preview.Refusal);
        Assert.Equal(4, preview.Rows.Count);
        Assert.Null(preview.Rows[0].Error);
        Assert.Contains("Улица", preview.Rows[1].Error);
        Assert.True(preview.Rows[2].AlreadyListed);
        Assert.NotNull(preview.Rows[3].Error);
        Assert.Equal(1, preview.ToAdd);
        using (var db = _database.System())
            Assert.Equal(1, await db.TerritoryLines.CountAsync(l => l.SchoolId == _world.Region.School1.Id));

        var confirmed = await district.Territory.ConfirmImportAsync(preview);

        Assert.True(confirmed.Ok, confirmed.Message);
        using var check = _database.System();
        Assert.Equal(2, await check.TerritoryLines.CountAsync(l => l.SchoolId == _world.Region.School1.Id));
    }

    [Fact]
    public async Task Territory_import_refuses_a_file_that_is_not_a_workbook()
    {
        var preview = await _world.For(_world.Region.District1Operator).Territory.PreviewImportAsync(_world.Region.School1.Id, "not excel"u8.ToArray());

        Assert.NotNull(preview.Refusal);
        Assert.False(preview.CanConfirm);
    }

    [Fact]
    public async Task Campaign_shows_the_order_458_defaults_until_the_region_operator_saves_its_own()
    {
        var region = _world.For(_world.Region.RegionOperator);

        var before = await region.Campaign.CampaignAsync(2027);
        var saved = await region.Campaign.SaveCampaignAsync(before.Settings with { FirstStageEnd = new DateOnly(2027, 6, 25), OrderWorkingDays = 5 });
        var after = await region.Campaign.CampaignAsync(2027);

        Assert.False(before.Saved);
        Assert.Equal((new DateOnly(2027, 6, 30), new DateOnly(2027, 7, 5)), (before.Settings.FirstStageEnd, before.OrderDeadline));
        Assert.True(saved.Ok, saved.Message);
        Assert.True(after.Saved);
        Assert.Equal((new DateOnly(2027, 6, 25), 5), (after.Settings.FirstStageEnd, after.Settings.OrderWorkingDays));
        Assert.True(await AuditedAsync(nameof(AdmissionCampaign), "operator"));
    }

    [Fact]
    public async Task Campaign_with_the_first_stage_ending_after_the_second_begins_is_refused()
    {
        var region = _world.For(_world.Region.RegionOperator);
        var current = (await region.Campaign.CampaignAsync(2027)).Settings;

        var result = await region.Campaign.SaveCampaignAsync(current with { SecondStageStart = new DateOnly(2027, 6, 20) });

        Assert.False(result.Ok);
        using var db = _database.System();
        Assert.False(await db.AdmissionCampaigns.AnyAsync());
    }

    [Fact]
    public async Task Campaign_and_calendar_are_the_region_operators_to_change()
    {
        var admin = _world.For(_world.Region.Admin1);
        var district = _world.For(_world.Region.District1Operator);
        var settings = (await admin.Campaign.CampaignAsync(2027)).Settings;

        await Assert.ThrowsAsync<AccessDeniedException>(() => admin.Campaign.SaveCampaignAsync(settings));
        await Assert.ThrowsAsync<AccessDeniedException>(() => district.Campaign.SaveCampaignAsync(settings));
        await Assert.ThrowsAsync<AccessDeniedException>(() => admin.Campaign.SetDayAsync(new DateOnly(2027, 5, 3), CalendarDayKind.Holiday, null));
        await Assert.ThrowsAsync<AccessDeniedException>(() => district.Campaign.RemoveDayAsync(new DateOnly(2027, 1, 4)));
    }

    [Fact]
    public async Task Calendar_is_seeded_from_the_decrees_on_first_use_and_edited_with_audit()
    {
        var region = _world.For(_world.Region.RegionOperator);

        var days2026 = await region.Campaign.CalendarAsync(2026);
        var set = await region.Campaign.SetDayAsync(new DateOnly(2027, 5, 3), CalendarDayKind.Holiday, "Перенос с 02.01 (постановление 2026 г.)");
        var days2027 = await region.Campaign.CalendarAsync(2027);

        Assert.Contains(days2026, d => d.Date == new DateOnly(2026, 12, 31) && d.Kind == CalendarDayKind.Holiday);
        Assert.True(set.Ok, set.Message);
        Assert.Contains(days2027, d => d.Date == new DateOnly(2027, 5, 3) && d.Comment!.StartsWith("Перенос"));
        Assert.True(await AuditedAsync(nameof(CalendarDay), "operator"));
    }

    [Fact]
    public async Task A_holiday_added_to_the_calendar_moves_the_order_deadline()
    {
        var region = _world.For(_world.Region.RegionOperator);

        await region.Campaign.SetDayAsync(new DateOnly(2027, 7, 2), CalendarDayKind.Holiday, "Проверка");
        var view = await region.Campaign.CampaignAsync(2027);

        Assert.Equal(new DateOnly(2027, 7, 6), view.OrderDeadline);
    }

    [Fact]
    public async Task Making_a_weekday_a_working_day_is_refused_with_the_reason()
    {
        var result = await _world.For(_world.Region.RegionOperator).Campaign.SetDayAsync(new DateOnly(2027, 7, 7), CalendarDayKind.WorkingDay, null);

        Assert.False(result.Ok);
        Assert.Contains("будний день", result.Message);
    }

    private static byte[] Workbook(params string[][] rows)
    {
        var package = Workbooks.New();
        var sheet = package.Workbook.Worksheets.Add("Территория");
        for (var c = 0; c < TerritoryWorkbook.Headers.Length; c++)
            sheet.Cells[1, c + 1].Value = TerritoryWorkbook.Headers[c];
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
                sheet.Cells[r + 2, c + 1].Value = rows[r][c].Length == 0 ? null : rows[r][c];
        return package.GetAsByteArray();
    }
}
