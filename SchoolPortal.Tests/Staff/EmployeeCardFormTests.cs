using Bunit;
using SchoolPortal.Components.Shared;
using SchoolPortal.Features.Staff;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Staff;

public sealed class EmployeeCardFormTests : MudTestContext
{
    [Fact]
    public void The_domain_message_is_shown_under_its_field_and_the_typed_value_stays()
    {
        const string message = "СНИЛС введён с ошибкой: не сходится контрольное число. Проверьте цифры по карточке СНИЛС.";
        var form = StaffTestData.ValidForm();
        form.Snils = "112-233-445 00";

        var cut = Render<EmployeeCardForm>(p => p
            .Add(x => x.Model, form)
            .Add(x => x.Errors, new Dictionary<string, string> { [EmployeeFields.Snils] = message }));

        var snils = cut.Find("input[data-testid=employee-snils], [data-testid=employee-snils] input");
        Assert.Equal("112-233-445 00", snils.GetAttribute("value"));
        var field = snils.Closest(".mud-input-control")!;
        Assert.Contains(message, field.TextContent);
        Assert.DoesNotContain(message, cut.Find("input[data-testid=employee-surname], [data-testid=employee-surname] input")
            .Closest(".mud-input-control")!.TextContent);
    }

    [Fact]
    public void A_general_refusal_is_shown_above_the_form()
    {
        var cut = Render<EmployeeCardForm>(p => p
            .Add(x => x.Model, StaffTestData.ValidForm())
            .Add(x => x.Errors, new Dictionary<string, string> { [FieldErrors.General] = "Карточка сотрудника не найдена." }));

        Assert.Equal("Карточка сотрудника не найдена.", cut.Find("[data-testid=employee-error]").TextContent.Trim());
    }

    [Fact]
    public void Save_hands_the_edited_card_to_the_page()
    {
        EmployeeForm? saved = null;
        var cut = Render<EmployeeCardForm>(p => p
            .Add(x => x.Model, StaffTestData.ValidForm())
            .Add(x => x.OnSave, f => saved = f));

        cut.Find("input[data-testid=employee-position], [data-testid=employee-position] input").Change("Учитель физики");
        cut.Find("form").Submit();

        Assert.Equal("Учитель физики", saved?.Position);
    }

    [Fact]
    public void Ticking_no_patronymic_clears_and_disables_the_patronymic()
    {
        var form = StaffTestData.ValidForm();
        var cut = Render<EmployeeCardForm>(p => p.Add(x => x.Model, form));

        cut.Find("input[data-testid=employee-no-patronymic], [data-testid=employee-no-patronymic] input").Change(true);

        Assert.True(form.NoPatronymic);
        Assert.Null(form.Patronymic);
        Assert.True(cut.Find("input[data-testid=employee-patronymic], [data-testid=employee-patronymic] input").HasAttribute("disabled"));
    }
}
