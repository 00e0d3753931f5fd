using Bunit;
using MudBlazor;
using SchoolPortal.Domain.DataQuality;
using SchoolPortal.Features.DataQuality;
using SchoolPortal.Features.Reports;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.DataQuality;

public sealed class QualityOverviewTests : MudTestContext
{
    public QualityOverviewTests() => Render<MudPopoverProvider>();

    private static Task<ReportFile> NoExport() => Task.FromResult(new ReportFile("x.xlsx", []));

    private static QualityRow Row(int id, string name, int failing) =>
        QualityRow.Of(id, name, [(QualityRules.PupilSnils.Code, 100, failing), (QualityRules.ParentBirthDate.Code, 50, 0)]);

    [Fact]
    public void Without_scores_it_says_so_and_offers_to_calculate()
    {
        var clicked = false;
        var view = new QualityView(QualityLevel.Region, "Регион", null, null, null, null, [], null, [], []);
        var cut = Render<QualityOverview>(p => p.Add(o => o.View, view).Add(o => o.Export, NoExport)
            .Add(o => o.OnRecompute, () => { clicked = true; }));

        Assert.Contains("Оценки ещё не рассчитаны", cut.Find("[data-testid=quality-empty]").TextContent);
        cut.Find("[data-testid=quality-run-empty] ").Click();
        Assert.True(clicked);
        Assert.Empty(cut.FindAll("[data-testid=quality-table]"));
    }

    [Fact]
    public void With_scores_it_lists_districts_with_group_scores_linking_down()
    {
        var rows = new[] { Row(1, "Ашинский район", 10), Row(2, "Брединский район", 0) };
        var total = QualityRow.Of(0, "Итого", [(QualityRules.PupilSnils.Code, 200, 10), (QualityRules.ParentBirthDate.Code, 100, 0)]);
        var day = new DateOnly(2026, 11, 28);
        var view = new QualityView(QualityLevel.Region, "Регион", day, null, null, null, rows, total, [],
            [new QualityTrendPoint(day, total.Groups, total.Overall)]);
        var cut = Render<QualityOverview>(p => p.Add(o => o.View, view).Add(o => o.Export, NoExport));

        var table = cut.Find("[data-testid=quality-table]");
        Assert.Contains("Ашинский район", table.TextContent);
        Assert.Contains("90,0 %", table.TextContent);
        Assert.Contains("Обучающиеся", table.TextContent);
        Assert.Contains(cut.FindAll("[data-testid=quality-row-link]"), a => a.GetAttribute("href")!.EndsWith("quality?district=2"));
        Assert.Contains("96,7 %", cut.Find("[data-testid=quality-total]").TextContent);
        Assert.Contains("28.11.2026", cut.Find("[data-testid=quality-computed-on]").TextContent);
        Assert.Contains("за два дня", cut.Find("[data-testid=quality-trend-empty]").TextContent);
    }
}
