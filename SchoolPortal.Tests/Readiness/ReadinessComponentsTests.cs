using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Readiness;
using SchoolPortal.Features.Readiness;
using SchoolPortal.Tests.TestKit;
using static SchoolPortal.Tests.Readiness.ReadinessPeople;

namespace SchoolPortal.Tests.Readiness;

public sealed class ReadinessComponentsTests : MudTestContext
{
    public ReadinessComponentsTests() => Render<MudPopoverProvider>();

    /// <summary>Three children of 5А: one ready, one without SNILS and parent, one waiting for the mother's sign-in.</summary>
    private static SchoolReadinessList List()
    {
        var ready = Ready();
        var lonely = GosuslugiReadiness.Check(Child(2) with { Snils = null }, []);
        var waiting = GosuslugiReadiness.Check(Child(3), [NotSignedIn(Mother())]);
        PupilReadiness Row(int id, string name, ChildReadiness r) => new(id, 1, name, new DateOnly(2015, 3, 14), 7, "5А", PupilStatus.Enrolled, r);
        return new SchoolReadinessList(new ReadinessSchool(1, "СОШ № 1", 1, "Первый район"), [new ReadinessClass(7, "5А")],
            [Row(1, "Иванов Пётр Сергеевич", ready), Row(2, "Сидоров Олег", lonely), Row(3, "Петров Илья Андреевич", waiting)],
            new DateOnly(2026, 11, 28));
    }

    [Fact]
    public void School_table_shows_a_row_per_child_with_the_four_conditions_as_chips()
    {
        var cut = Render<ReadinessSchoolTable>(p => p.Add(t => t.List, List()));

        Assert.Equal(3, cut.FindAll("tr[data-testid^=readiness-row-]").Count);
        Assert.Equal("met", cut.Find("[data-testid=readiness-condition-1-1]").GetAttribute("data-state"));
        Assert.Equal("not-met", cut.Find("[data-testid=readiness-condition-4-2]").GetAttribute("data-state"));
        Assert.Equal("unknown", cut.Find("[data-testid=readiness-condition-3-3]").GetAttribute("data-state"));
        Assert.Contains("Готовы: 1; ждут входа родителя через Госуслуги: 1", cut.Find("[data-testid=readiness-counts]").TextContent);
        Assert.Contains("readiness/child/2", cut.Find("tr[data-testid=readiness-row-2]").InnerHtml);
    }

    [Fact]
    public async Task Filtering_by_a_failing_condition_keeps_only_those_children()
    {
        var cut = Render<ReadinessSchoolTable>(p => p.Add(t => t.List, List()));

        var failing = cut.FindComponents<MudSelect<ReadinessCondition?>>().Single();
        await cut.InvokeAsync(() => failing.Instance.ValueChanged.InvokeAsync(ReadinessCondition.RecordsComplete));

        var row = Assert.Single(cut.FindAll("tr[data-testid^=readiness-row-]"));
        Assert.Equal("readiness-row-2", row.GetAttribute("data-testid"));
        Assert.Contains("Показано детей: 1 из 3", cut.Find("[data-testid=readiness-counts]").TextContent);
    }

    [Fact]
    public async Task Filtering_to_nothing_says_so()
    {
        var cut = Render<ReadinessSchoolTable>(p => p.Add(t => t.List, List()));

        var failing = cut.FindComponents<MudSelect<ReadinessCondition?>>().Single();
        await cut.InvokeAsync(() => failing.Instance.ValueChanged.InvokeAsync(ReadinessCondition.MatchesGosuslugi));

        Assert.Contains("Нет детей по выбранному отбору", cut.Find("[data-testid=readiness-empty]").TextContent);
    }

    [Fact]
    public void Expanding_a_row_shows_what_to_do_with_a_link_to_the_pupil_card()
    {
        var cut = Render<ReadinessSchoolTable>(p => p.Add(t => t.List, List()));

        cut.Find("[data-testid=readiness-expand-2] button, button[data-testid=readiness-expand-2]").Click();

        var details = cut.Find("[data-testid=readiness-details-2]");
        Assert.Contains("У ребёнка не указан СНИЛС.", details.TextContent);
        Assert.Contains("К ученику не привязан ни один родитель.", details.TextContent);
        Assert.Contains("management/pupils/2", details.InnerHtml);
    }

    [Fact]
    public void Diagnosis_shows_each_condition_the_facts_the_fix_and_each_parent()
    {
        var child = Child(5);
        var mother = Mother();
        var kid = Kid(child) with { Documents = [Domain.People.IdentityDocument.BirthCertificate("IV-ИВ", "123457")] };
        var readiness = GosuslugiReadiness.Check(child, [SignedIn(mother, Gosuslugi(mother, true, kid))]);
        var diagnosis = new ChildDiagnosis(new PupilReadiness(5, 1, "Иванов Пётр Сергеевич", new DateOnly(2015, 3, 14), 7, "5А", PupilStatus.Enrolled, readiness),
            "СОШ № 1", new Dictionary<int, DateTimeOffset> { [10] = new(2026, 11, 20, 5, 0, 0, TimeSpan.Zero) }, null);

        var cut = Render<ReadinessDiagnosisView>(p => p.Add(v => v.Diagnosis, diagnosis));

        Assert.Equal("not-met", cut.Find("[data-testid=readiness-condition-3-5]").GetAttribute("data-state"));
        Assert.Contains("Номер свидетельства о рождении ребёнка в школе не совпадает с Госуслугами.", cut.Markup);
        Assert.Contains("«Семья» → «Дети»", cut.Markup);
        Assert.Contains("management/pupils/5", cut.Find("[data-testid=readiness-fix-link]").GetAttribute("href"));
        Assert.Contains("Данные Госуслуг получены 20.11.2026 10:00", cut.Find("[data-testid=readiness-parent-10]").TextContent);
        Assert.Equal("met", cut.Find("[data-testid=readiness-parent-condition-1-10]").GetAttribute("data-state"));
    }
}
