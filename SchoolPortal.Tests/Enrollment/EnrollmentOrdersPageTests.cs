using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>The order's deadline in the test world is 05.07.2027: three working days after 30 June 2027.</summary>
public sealed class EnrollmentOrdersPageTests : EnrollmentPageContext
{
    private static readonly DateOnly DayAfterDeadline = new(2027, 7, 6);

    private static IElement Input(IElement element) => element.TagName == "INPUT" ? element : element.QuerySelector("input")!;

    [Fact]
    public void An_order_dated_after_the_deadline_is_flagged_before_it_is_issued()
    {
        World.Application(ApplicationStatus.Directed);

        var cut = RenderFor<EnrollmentOrdersPage>(World.Region.Admin1, DayAfterDeadline);

        cut.WaitForAssertion(() => Assert.Contains("до 05.07.2027", cut.Find("[data-testid=order-deadline]").TextContent));
        Assert.Contains("позже срока (05.07.2027)", cut.Find("[data-testid=order-late]").TextContent);
        Assert.Contains("1А (2027/2028, с нового года)", cut.Find("[data-testid=order-form]").TextContent);
    }

    [Fact]
    public void An_order_dated_on_the_deadline_is_not_flagged()
    {
        World.Application(ApplicationStatus.Directed);

        var cut = RenderFor<EnrollmentOrdersPage>(World.Region.Admin1, EnrollmentWorld.Today);

        cut.WaitForAssertion(() => Assert.Contains("до 05.07.2027", cut.Find("[data-testid=order-deadline]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=order-late]"));
    }

    [Fact]
    public async Task A_late_order_is_issued_after_confirmation_and_listed_as_late()
    {
        var first = World.Application(ApplicationStatus.Directed, "Смирнов", certificate: "111111");
        World.Application(ApplicationStatus.Directed, "Кузнецов", certificate: "222222");
        var cut = RenderFor<EnrollmentOrdersPage>(World.Region.Admin1, DayAfterDeadline);
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid^=order-candidate-]").Count));
        Assert.Contains("Распорядительных актов о зачислении ещё не было.", cut.Find("[data-testid=orders-empty]").TextContent);

        Input(cut.Find($"[data-testid=order-choose-{first.Id}]")).Change(true);
        cut.Find("[data-testid=order-number]").Change("12-з");
        cut.WaitForAssertion(() => Assert.Contains("Выбрано заявлений: 1 из 2", cut.Find("[data-testid=order-chosen]").TextContent));
        await cut.InvokeAsync(() => cut.Find("[data-testid=order-issue]").Click());
        Dialogs.WaitForAssertion(() => Assert.Contains("нарушение будет отмечено", Dialogs.Markup));
        await ConfirmAsync();

        cut.WaitForAssertion(() => Assert.Contains("позже срока (05.07.2027)", cut.Find("[data-testid=order-result]").TextContent));
        Assert.Contains("зачислено детей — 1", cut.Find("[data-testid=order-result]").TextContent);
        Assert.Contains("издан позже срока", cut.Find("[data-testid=order-row-late]").TextContent);
        Assert.Single(cut.FindAll("[data-testid^=order-candidate-]"));
        await using var db = Database.System();
        Assert.Equal(ApplicationStatus.Enrolled, (await db.EnrollmentApplications.SingleAsync(a => a.Id == first.Id)).Status);
    }

    [Fact]
    public void The_cards_enrol_by_moving_link_arrives_with_that_application_chosen()
    {
        var wanted = World.Application(ApplicationStatus.Directed, "Смирнов", certificate: "111111");
        World.Application(ApplicationStatus.Directed, "Кузнецов", certificate: "222222");

        var cut = RenderFor<EnrollmentOrdersPage>(World.Region.Admin1, url: $"enrollment/orders?application={wanted.Id}");

        cut.WaitForAssertion(() => Assert.Contains("Выбрано заявлений: 1 из 2", cut.Find("[data-testid=order-chosen]").TextContent));
        Assert.True(Input(cut.Find($"[data-testid=order-choose-{wanted.Id}]")).IsChecked());
    }

    [Fact]
    public void An_order_without_a_number_is_not_sent_and_the_field_says_why()
    {
        var application = World.Application(ApplicationStatus.Directed);
        var cut = RenderFor<EnrollmentOrdersPage>(World.Region.Admin1);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid^=order-candidate-]")));

        Input(cut.Find($"[data-testid=order-choose-{application.Id}]")).Change(true);
        cut.Find("[data-testid=order-issue]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Укажите номер распорядительного акта.", cut.Find("[data-testid=order-form]").TextContent));
        Assert.Empty(Dialogs.FindAll("[data-testid=confirm-dialog]"));
    }

    [Fact]
    public void An_operator_sees_the_issued_orders_without_the_form()
    {
        World.Application(ApplicationStatus.Directed);

        var cut = RenderFor<EnrollmentOrdersPage>(World.Region.District1Operator);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=orders-empty]")));
        Assert.Empty(cut.FindAll("[data-testid=order-form]"));
        Assert.Empty(cut.FindAll("[data-testid=order-error]"));
    }
}
