using Bunit;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Features.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

public sealed class NewApplicationPageTests : EnrollmentPageContext
{
    private static readonly DateOnly FirstStage = new(2027, 4, 10);

    private static string Field<T>(IRenderedComponent<T> cut, string testId) where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.Find($"[data-testid={testId}]").Closest(".mud-input-control")!.TextContent;

    [Fact]
    public async Task An_empty_form_marks_every_missing_field_under_its_own_input_and_writes_nothing()
    {
        var cut = RenderFor<NewApplicationPage>(World.Region.Admin1, FirstStage);

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Фамилия: поле обязательно.", Field(cut, "new-child-surname")));
        Assert.Contains("Фамилия: поле обязательно.", Field(cut, "new-applicant-surname"));
        Assert.Contains("Укажите дату рождения ребёнка.", Field(cut, "new-child-birthdate"));
        Assert.Contains("Укажите пол ребёнка.", Field(cut, "new-child-gender"));
        Assert.DoesNotContain("обязательно", Field(cut, "new-child-snils"));
        Assert.Contains("Исправьте отмеченные поля", cut.Find("[data-testid=new-errors-count]").TextContent);
        await using var db = Database.System();
        Assert.Equal(0, await db.EnrollmentApplications.CountAsync());
    }

    [Fact]
    public void A_wrong_snils_and_a_wrong_applicant_patronymic_are_marked_where_they_were_typed()
    {
        var cut = RenderFor<NewApplicationPage>(World.Region.Admin1, FirstStage);
        FillValid(cut);
        cut.Find("[data-testid=new-child-snils]").Change("123-456-789 00");
        cut.Find("[data-testid=new-applicant-patronymic]").Change("");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("СНИЛС", Field(cut, "new-child-snils")));
        Assert.Contains("Укажите отчество или отметьте «Нет отчества».", Field(cut, "new-applicant-patronymic"));
        Assert.DoesNotContain("Укажите отчество", Field(cut, "new-child-patronymic"));
        Assert.Empty(cut.FindAll("[data-testid=new-saved]"));
    }

    [Fact]
    public async Task A_valid_paper_application_is_registered_with_the_matched_territory_and_a_link_to_its_card()
    {
        var cut = RenderFor<NewApplicationPage>(World.Region.Admin1, FirstStage);
        FillValid(cut);

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("зарегистрировано. Адрес на закреплённой территории", cut.Find("[data-testid=new-saved]").TextContent));
        await using var db = Database.System();
        var saved = await db.EnrollmentApplications.SingleAsync();
        Assert.Equal($"enrollment/applications/{saved.Id}", cut.Find("[data-testid=new-open]").GetAttribute("href"));
        Assert.Equal("Лебедев", saved.ChildName.Surname);
    }

    [Fact]
    public void An_application_filed_before_the_campaign_is_refused_under_the_filing_date_and_keeps_the_form()
    {
        var cut = RenderFor<NewApplicationPage>(World.Region.Admin1, new DateOnly(2027, 3, 20));
        FillValid(cut);

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("начинается 01.04.2027", Field(cut, "new-filed-on")));
        Assert.Equal("Лебедев", cut.Find("[data-testid=new-child-surname]").GetAttribute("value"));
    }

    private void FillValid(IRenderedComponent<NewApplicationPage> cut)
    {
        cut.Find("[data-testid=new-child-surname]").Change("Лебедев");
        cut.Find("[data-testid=new-child-firstname]").Change("Павел");
        cut.Find("[data-testid=new-child-patronymic]").Change("Олегович");
        cut.Find("[data-testid=new-child-birthdate]").Change("12.01.2021");
        Choose(cut, "new-child-gender", "мужской");
        cut.Find("[data-testid=new-child-document-series]").Change("IV-ИВ");
        cut.Find("[data-testid=new-child-document-number]").Change("808080");
        cut.Find("[data-testid=new-residence]").Change(EnrollmentWorld.OnTerritory);
        cut.Find("[data-testid=new-applicant-surname]").Change("Лебедева");
        cut.Find("[data-testid=new-applicant-firstname]").Change("Ольга");
        cut.Find("[data-testid=new-applicant-patronymic]").Change("Ивановна");
    }
}
