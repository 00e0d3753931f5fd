using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.DemoRegion;

/// <summary>The demo's finished admission campaign (2026) as the operators and the schools see it: orders, late orders, EPGU messages.</summary>
public sealed class DemoEnrollmentTests(DemoRegionFixture fixture) : IClassFixture<DemoRegionFixture>
{
    private const int Year = 2026;
    private readonly TestDatabase _database = fixture.Database;

    [Fact]
    public async Task Every_enrolled_application_is_on_exactly_one_order_line_naming_its_pupil_and_the_pupils_class()
    {
        await using var db = _database.System();
        var enrolled = await db.EnrollmentApplications.AsNoTracking()
            .Where(a => a.Year == Year && a.Status == ApplicationStatus.Enrolled)
            .Select(a => new { a.Id, a.SchoolId, a.PupilId }).ToListAsync();
        var lines = await (from l in db.EnrollmentOrderLines
                           join o in db.EnrollmentOrders on l.OrderId equals o.Id
                           join p in db.Pupils on l.PupilId equals p.Id
                           select new { l.ApplicationId, l.PupilId, l.SchoolId, o.ClassId, o.Year, o.FromNewYear, PupilClassId = p.CurrentClassId }).ToListAsync();

        Assert.True(enrolled.Count > 300, $"{enrolled.Count} enrolled applications");
        Assert.Equal(enrolled.Select(a => a.Id).Order(), lines.Select(l => l.ApplicationId).Order());
        var byApplication = lines.ToDictionary(l => l.ApplicationId);
        Assert.All(enrolled, a =>
        {
            var line = byApplication[a.Id];
            Assert.Equal((a.PupilId, a.SchoolId, Year), (line.PupilId, line.SchoolId, line.Year));
            Assert.Equal(line.PupilClassId, line.ClassId);
            Assert.True(line.FromNewYear);
        });
    }

    [Fact]
    public async Task Each_school_enrolled_its_first_stage_on_one_day_and_its_second_stage_by_a_few_orders_quoted_in_the_history()
    {
        await using var db = _database.System();
        var applications = await db.EnrollmentApplications.AsNoTracking().Include(a => a.History)
            .Where(a => a.Year == Year && a.Status == ApplicationStatus.Enrolled).ToListAsync();
        var orders = await db.EnrollmentOrders.AsNoTracking().Include(o => o.Lines).ToListAsync();
        var orderOf = orders.SelectMany(o => o.Lines.Select(l => (l.ApplicationId, Order: o))).ToDictionary(x => x.ApplicationId, x => x.Order);

        foreach (var school in applications.GroupBy(a => a.SchoolId))
        {
            var firstStageDays = school.Where(a => a.Stage == AdmissionStage.FirstStage).Select(a => orderOf[a.Id].Date).Distinct().ToList();
            var secondStageDays = school.Where(a => a.Stage == AdmissionStage.SecondStage).Select(a => orderOf[a.Id].Date).Distinct().ToList();
            Assert.Single(firstStageDays);
            Assert.InRange(secondStageDays.Count, 2, 6);
        }
        Assert.All(applications, a =>
        {
            var order = orderOf[a.Id];
            var enrolment = a.History[^1];
            Assert.Equal(ApplicationStatus.Enrolled, enrolment.Status);
            Assert.Equal(order.EnrollmentComment, enrolment.Comment);
            Assert.Equal(order.Date, DateOnly.FromDateTime(enrolment.At.DateTime));
            Assert.True(a.History.Single(h => h.Status == ApplicationStatus.Directed).At <= enrolment.At);
        });
    }

    [Fact]
    public async Task Late_orders_are_flagged_against_the_campaigns_deadline_and_only_in_the_planted_schools()
    {
        await using var db = _database.System();
        var orders = await db.EnrollmentOrders.AsNoTracking().Where(o => o.Year == Year).ToListAsync();
        var deadline = AdmissionCampaign.Default(Year).OrderDeadline(ProductionCalendar.Russian());
        var firstStage = orders.Where(o => o.Deadline is not null).ToList();

        Assert.Equal(new DateOnly(2026, 7, 3), deadline); // 30 June + 3 working days
        Assert.All(firstStage, o => Assert.Equal(deadline, o.Deadline));
        Assert.All(orders, o => Assert.Equal(o.Deadline is { } last && o.Date > last, o.IsLate));
        var lateSchools = orders.Where(o => o.IsLate).Select(o => o.SchoolId).Distinct().Order().ToList();
        var planted = orders.Select(o => o.SchoolId).Distinct().Where(DemoEnrollmentWriter.IssuesLateOrder).Order().ToList();
        Assert.NotEmpty(planted);
        Assert.Equal(planted, lateSchools);
        Assert.All(firstStage.Where(o => planted.Contains(o.SchoolId)), o => Assert.True(o.IsLate));
        Assert.All(orders.Where(o => o.Deadline is null), o => Assert.False(o.IsLate));
    }

    [Fact]
    public async Task Every_epgu_application_has_a_sent_status_message_for_each_step_of_its_history_with_the_domains_code_and_comment()
    {
        await using var db = _database.System();
        var applications = await db.EnrollmentApplications.AsNoTracking().Include(a => a.History).ToListAsync();
        var messages = (await db.EpguStatusMessages.AsNoTracking().ToListAsync()).ToLookup(m => m.ApplicationId);

        var epgu = applications.Where(a => a.Channel == ApplicationChannel.Epgu).ToList();
        Assert.InRange(epgu.Count, applications.Count * 0.78, applications.Count * 0.90); // about 84 %, as in the briefing
        Assert.All(applications.Where(a => a.Channel != ApplicationChannel.Epgu), a => Assert.Empty(messages[a.Id]));
        Assert.All(epgu, a =>
        {
            var sent = messages[a.Id].OrderBy(m => m.Id).ToList();
            var history = a.History.OrderBy(h => h.At).ThenBy(h => h.Id).ToList();
            Assert.Equal(history.Select(h => (h.Status, h.At)), sent.Select(m => (m.Status, m.CreatedAt)));
            for (var i = 0; i < sent.Count; i++)
            {
                var expected = EpguStatusCodes.For(history[i].Status, history[i].Status == ApplicationStatus.Refused ? a.RefusalReason : null);
                Assert.Equal(expected.Code, sent[i].Code);
                Assert.Equal(history[i].Comment is { } school ? $"{expected.Comment} {school}" : expected.Comment, sent[i].Comment);
                Assert.Equal(a.EpguOrderId, sent[i].EpguOrderId);
                Assert.True(sent[i].SentAt >= sent[i].CreatedAt, $"{a.Number}: message {sent[i].Id} not sent");
            }
        });
    }

    [Fact]
    public async Task The_enrollment_rows_written_past_the_foreign_key_checks_reference_existing_rows()
    {
        await using var db = _database.System();
        await db.Database.OpenConnectionAsync();
        var broken = new List<string>();
        foreach (var table in new[] { "TerritoryLines", "SchoolPlaces", "EnrollmentApplications", "ApplicationStatusChanges", "EpguStatusMessages",
                     "EnrollmentOrders", "EnrollmentOrderLines" })
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"PRAGMA foreign_key_check(\"{table}\")";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                broken.Add($"{reader.GetString(0)} row {reader.GetValue(1)} → {reader.GetString(2)}");
        }

        Assert.Empty(broken);
        Assert.True(await db.EnrollmentOrderLines.CountAsync() > 300);
    }
}
