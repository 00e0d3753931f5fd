using Bunit;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Features.Camps;

namespace SchoolPortal.Tests.Camps;

/// <summary>«Лагеря и смены» in bunit: what each operator sees, and refusals shown under the fields they concern.</summary>
public sealed class CampsManagePageTests : CampPageContext
{
    private static readonly DateTimeOffset April = CampWorld.Opening.AddHours(2);

    [Fact]
    public void A_district_without_camps_sees_the_empty_state_and_the_seasons_terms_read_only()
    {
        var cut = RenderFor<CampsManagePage>(Kit.District2Operator, April);

        cut.WaitForAssertion(() => Assert.Contains("Лагерей пока нет", cut.Find("[data-testid=camps-empty]").TextContent));
        Assert.Contains("Прием заявлений с 25.04.2027 09:00", cut.Find("[data-testid=season-summary]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=season-save]"));
    }

    [Fact]
    public void The_region_operator_sees_a_season_not_yet_declared_with_the_default_terms_to_save()
    {
        var cut = RenderFor<CampsManagePage>(World.Region.RegionOperator, new DateTimeOffset(2027, 9, 10, 9, 0, 0, TimeSpan.Zero));

        cut.WaitForAssertion(() => Assert.Contains("Сезон 2028 года еще не объявлен", cut.Find("[data-testid=season-missing]").TextContent));
        Assert.Equal("5", cut.Find("[data-testid=season-payment-days]").GetAttribute("value"));
        Assert.Equal("3", cut.Find("[data-testid=season-voucher-days]").GetAttribute("value"));
        Assert.Contains("Объявить сезон", cut.Find("[data-testid=season-save]").TextContent);
    }

    [Fact]
    public void A_season_without_an_opening_day_is_refused_under_that_field()
    {
        var cut = RenderFor<CampsManagePage>(World.Region.RegionOperator, new DateTimeOffset(2027, 9, 10, 9, 0, 0, TimeSpan.Zero));
        cut.WaitForAssertion(() => cut.Find("[data-testid=season-save]"));

        cut.Find("[data-testid=season-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Укажите день открытия приема заявлений.", cut.Find("[data-testid=season]").TextContent));
        using var db = Database.System();
        Assert.False(db.CampSeasons.Any(s => s.Year == 2028));
    }

    [Fact]
    public void A_camp_without_a_name_is_refused_under_the_name_and_nothing_is_saved()
    {
        var cut = RenderFor<CampsManagePage>(World.Region.District1Operator, April);
        cut.WaitForAssertion(() => cut.Find("[data-testid=camp-add]"));

        cut.Find("[data-testid=camp-add]").Click();
        cut.Find("[data-testid=camp-address]").Change("г. Челябинск, ул. Ленина, 1");
        cut.Find("[data-testid=camp-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Название лагеря", cut.Find("[data-testid=camp-form] .mud-input-helper-text").TextContent));
        using var db = Database.System();
        Assert.Equal(1, db.Camps.Count());
    }

    [Fact]
    public async Task The_camps_shifts_are_listed_and_a_shift_with_no_places_is_refused_under_places()
    {
        var shift = World.Shift(places: 20);
        var cut = RenderFor<CampsManagePage>(World.Region.District1Operator, April);
        cut.WaitForAssertion(() => Assert.Equal("20", cut.Find($"[data-testid=shift-{shift.Id}] [data-testid=shift-places]").TextContent));

        cut.Find($"[data-testid=camp-{World.Camp.Id}] [data-testid=shift-add]").Click();
        cut.Find("[data-testid=shift-name-input]").Change("2 смена");
        cut.Find("[data-testid=shift-places-input]").Change("0");
        await cut.InvokeAsync(() => cut.Find("[data-testid=shift-save]").Click());

        cut.WaitForAssertion(() => Assert.Contains("Число мест — от 1 до 2000.", cut.Find("[data-testid=shift-form]").TextContent));
        await using var db = Database.System();
        Assert.Equal(1, await db.CampShifts.CountAsync());
    }
}
