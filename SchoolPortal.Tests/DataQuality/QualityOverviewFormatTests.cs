using System.Text.RegularExpressions;
using Bunit;
using MudBlazor;
using SchoolPortal.Domain.DataQuality;
using SchoolPortal.Features.DataQuality;
using SchoolPortal.Features.Reports;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.DataQuality;

/// <summary>The dashboard's numbers and times as a Russian reader expects them, whatever culture and zone the server has.</summary>
public sealed class QualityOverviewFormatTests : MudTestContext
{
    public QualityOverviewFormatTests() => Render<MudPopoverProvider>();

    private static Task<ReportFile> NoExport() => Task.FromResult(new ReportFile("x.xlsx", []));

    [Fact]
    public void Counts_are_grouped_by_thousands_with_a_space_and_the_calculation_time_is_the_regions()
    {
        var day = new DateOnly(2026, 12, 4);
        // 17:40 UTC is 22:40 in Chelyabinsk.
        var computedAt = new DateTimeOffset(2026, 12, 4, 17, 40, 0, TimeSpan.Zero);
        var rules = new[] { new QualityRuleRow(QualityRules.PupilSnils, new QualityTotals(7638, 1204)) };
        var view = new QualityView(QualityLevel.School, "МАОУ «СОШ № 1»", day, computedAt, 1, 1, [], null, rules, []);

        var cut = Render<QualityOverview>(p => p.Add(o => o.View, view).Add(o => o.Export, NoExport));

        var table = cut.Find("[data-testid=quality-rules]").TextContent;
        Assert.Matches(new Regex("7[\u00A0\u202F ]638"), table);
        Assert.Matches(new Regex("1[\u00A0\u202F ]204"), cut.Find($"[data-testid='quality-failing-{QualityRules.PupilSnils.Code}']").TextContent);
        Assert.DoesNotContain("7,638", table);
        Assert.Contains("рассчитаны 04.12.2026 22:40", cut.Find("[data-testid=quality-computed-on]").TextContent);
    }
}
