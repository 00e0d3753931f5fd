using Bunit;
using SchoolPortal.Features.Camps;

namespace SchoolPortal.Tests.Camps;

/// <summary>«Зарегистрировать заявление» in bunit: the pupil is found by surname within the school, nothing is retyped.</summary>
public sealed class CampRegisterPageTests : CampPageContext
{
    private static readonly DateTimeOffset NextDay = CampWorld.Opening.AddDays(1);

    [Fact]
    public void A_search_by_one_letter_is_refused_under_the_surname()
    {
        var cut = RenderFor<CampRegisterPage>(World.Region.Admin1, NextDay);

        cut.Find("[data-testid=register-surname]").Input("Л");
        cut.Find("[data-testid=register-search]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Введите хотя бы две первые буквы фамилии.", cut.Markup));
        Assert.Empty(cut.FindAll("[data-testid=register-pupils]"));
    }

    [Fact]
    public void The_schools_pupil_is_found_by_a_lower_case_surname_and_another_schools_is_not()
    {
        var mine = World.NewFamily();
        Kit.SchoolTwoFamily();
        var cut = RenderFor<CampRegisterPage>(World.Region.Admin1, NextDay);

        cut.Find("[data-testid=register-surname]").Input("летова");
        cut.Find("[data-testid=register-search]").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll($"[data-testid=register-pupil-{mine.PupilId}]")));
        Assert.Contains("14.03.2015, МАОУ «СОШ № 1»", cut.Find("[data-testid=register-pupils]").TextContent);
        Assert.DoesNotContain("Зимина", cut.Markup);
    }

    [Fact]
    public void Nobody_by_that_surname_in_the_school_says_so()
    {
        Kit.SchoolTwoFamily();
        var cut = RenderFor<CampRegisterPage>(World.Region.Admin1, NextDay);

        cut.Find("[data-testid=register-surname]").Input("Зимина");
        cut.Find("[data-testid=register-search]").Click();

        cut.WaitForAssertion(() => Assert.Contains("не найдено", cut.Find("[data-testid=register-none]").TextContent));
    }
}
