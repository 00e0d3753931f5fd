using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Domain.People;
using SchoolPortal.Features.Reports;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Reports;

public sealed class ReportPagesTests : MudTestContext
{
    private readonly ReportScenario _s = new();

    public ReportPagesTests()
    {
        Services.AddSingleton(_s.Choices());
        Services.AddSingleton(_s.JournalReport());
        Services.AddSingleton(_s.AttendanceReport());
        Render<MudBlazor.MudPopoverProvider>();
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _s.Dispose();
    }

    [Fact]
    public void The_journal_report_opens_on_the_teachers_class_and_shows_the_preview_and_downloads_the_file()
    {
        var cut = Render<JournalReportPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=report-show]")));

        cut.Find("button[data-testid=report-show]").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=journal-report-table]")));
        var andreev = cut.Find($"[data-testid=journal-report-pupil-{_s.Andreev.Id}]");
        Assert.Contains("Андреев Борис Ильич", andreev.TextContent);
        Assert.Contains("3,50", andreev.TextContent);
        Assert.Contains("выбыл(а) 20.11.2026", cut.Find($"[data-testid=journal-report-pupil-{_s.Borisov.Id}]").TextContent);
        Assert.Contains("Дроби", cut.Find("[data-testid=journal-report-lessons]").TextContent);

        cut.Find("button[data-testid=report-excel]").Click();

        cut.WaitForAssertion(() => Assert.Contains(JSInterop.Invocations, i => i.Identifier == "downloadFile"));
        var download = JSInterop.Invocations.Single(i => i.Identifier == "downloadFile");
        Assert.Equal("Журнал 5А Математика 2 четверть 28.11.2026.xlsx", download.Arguments[0]);
    }

    [Fact]
    public void The_attendance_report_shows_pupils_and_the_class_total()
    {
        var cut = Render<AttendanceReportPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=report-show]")));

        cut.Find("button[data-testid=report-show]").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=attendance-report-table]")));
        var total = cut.Find($"[data-testid=attendance-total-{_s.Data.Class.Id}]");
        Assert.Contains("Итого по классу 5А", total.TextContent);
        Assert.Contains("20,0 %", total.TextContent);
        Assert.Contains("Учтены уроки по 28.11.2026", cut.Find("[data-testid=attendance-counted-to]").TextContent);
    }

    [Fact]
    public void A_class_without_pupils_in_the_period_shows_an_empty_state()
    {
        var empty = _s.Data.AddClass(9, "В");
        var report = Render<AttendanceReportTable>(p => p.Add(x => x.Report,
            new AttendanceReportData("Школа", "9В", new DateOnly(2026, 11, 5), new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20),
                TestRegion.Today, [new AttendanceClass(empty.Id, "9В", [])])));

        Assert.NotEmpty(report.FindAll("[data-testid=attendance-report-empty]"));
        Assert.Empty(report.FindAll("[data-testid=attendance-report-table]"));
    }

    [Fact]
    public void A_journal_report_without_lessons_says_so_and_still_lists_the_pupils()
    {
        var report = Render<JournalReportTable>(p => p.Add(x => x.Report,
            new JournalReportData("Школа", "5А", "Музыка", "1 четверть", new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 26), "не назначен",
                TestRegion.Today, [], [new JournalReportPupil(1, PersonName.Create("Андреев", "Борис", "Ильич").Full, null, false, [], null, null)],
                [], null)));

        Assert.NotEmpty(report.FindAll("[data-testid=journal-report-no-lessons]"));
        Assert.Contains("Андреев Борис Ильич", report.Find("[data-testid=journal-report-table]").TextContent);
    }
}
