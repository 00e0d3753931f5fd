using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Features.Readiness;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Readiness;

public sealed class ReadinessLookupPageTests : MudTestContext
{
    private readonly TestDatabase _database = new();
    private readonly ReadinessWorld _world;

    public ReadinessLookupPageTests()
    {
        _world = ReadinessWorld.Create(_database);
        Services.AddSingleton(new SupportLookup(_database.For(_world.Region.Admin1)));
        Render<MudBlazor.MudPopoverProvider>();
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }

    private static string Input(string testId) => $"input[data-testid={testId}], [data-testid={testId}] input";

    [Fact]
    public void Birth_certificate_typed_loosely_shows_the_childs_diagnosis_at_once()
    {
        var cut = Render<ReadinessLookupPage>();

        cut.Type(Input("lookup-birth-cert"), "iv ив 123456");
        cut.Find("form[data-testid=lookup-form]").Submit();

        cut.WaitForAssertion(() => Assert.Equal("Found", cut.Find("[data-testid=lookup-result]").GetAttribute("data-outcome")));
        Assert.Contains("Иванов Пётр Сергеевич", cut.Find("[data-testid=lookup-result]").TextContent);
        Assert.NotEmpty(cut.FindAll($"[data-testid=readiness-diagnosis-{_world.Region.Pupil1.Id}]"));
    }

    [Fact]
    public void Another_schools_child_is_not_found_with_a_hint()
    {
        var cut = Render<ReadinessLookupPage>();

        cut.Type(Input("lookup-birth-cert"), "II-ИВ 777888");
        cut.Find("form[data-testid=lookup-form]").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Не найдено.", cut.Find("[data-testid=lookup-not-found]").TextContent));
        Assert.Contains("не найден в вашей школе", cut.Find("[data-testid=lookup-not-found]").TextContent);
    }

    [Fact]
    public void Empty_form_asks_for_a_certificate_or_a_snils()
    {
        var cut = Render<ReadinessLookupPage>();

        cut.Find("form[data-testid=lookup-form]").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Укажите серию и номер свидетельства о рождении ребёнка или СНИЛС родителя.",
            cut.Find("[data-testid=lookup-invalid]").TextContent));
    }
}
