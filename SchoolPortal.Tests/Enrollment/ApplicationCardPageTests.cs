using Bunit;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.People;
using SchoolPortal.Features.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

public sealed class ApplicationCardPageTests : EnrollmentPageContext
{
    private static readonly DateOnly BeforeDirectingDay = new(2027, 6, 15);

    private IRenderedComponent<ApplicationCardPage> RenderCard(int id, Infrastructure.Access.PortalUser? user = null, DateOnly? today = null) =>
        RenderFor<ApplicationCardPage>(user ?? World.Region.Admin1, today, $"enrollment/applications/{id}", p => p.Add(c => c.Id, id));

    private IRenderedComponent<ApplicationCardPage> Card(int id, Infrastructure.Access.PortalUser? user = null, DateOnly? today = null)
    {
        var cut = RenderCard(id, user, today);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=card-child-name]")));
        return cut;
    }

    [Fact]
    public async Task Directing_a_first_stage_application_before_the_directing_day_is_refused_with_the_rule_and_nothing_changes()
    {
        var application = World.Application(ApplicationStatus.UnderReview);
        var cut = Card(application.Id, today: BeforeDirectingDay);
        Assert.Contains("с 01.07.2027", cut.Find("[data-testid=card-direct-blocked]").TextContent);

        await cut.InvokeAsync(() => cut.Find("[data-testid=action-Direct]").Click());
        await ConfirmAsync();

        cut.WaitForAssertion(() => Assert.Contains("нельзя переводить в статус «Направлен в ООО»", cut.Find("[data-testid=card-error]").TextContent));
        Assert.Equal("Принято к рассмотрению", cut.Find("[data-testid=card-status]").TextContent.Trim());
        await using var db = Database.System();
        Assert.Equal(ApplicationStatus.UnderReview, (await db.EnrollmentApplications.SingleAsync(a => a.Id == application.Id)).Status);
    }

    [Fact]
    public async Task A_refusal_asks_for_its_reason_then_shows_the_new_status_and_its_history()
    {
        var application = World.Application(ApplicationStatus.UnderReview);
        var cut = Card(application.Id);

        await cut.InvokeAsync(() => cut.Find("[data-testid=action-Refuse]").Click());
        await ConfirmAsync();
        Dialogs.WaitForAssertion(() => Assert.Contains("Выберите причину отказа.", Dialogs.Markup));
        Choose(Dialogs, "confirm-reason", "Нет свободных мест");
        Dialogs.WaitForAssertion(() => Assert.Contains("обратитесь в орган местного самоуправления", Dialogs.Find("[data-testid=confirm-parent-text]").TextContent));
        await ConfirmAsync();

        cut.WaitForAssertion(() => Assert.Equal("Отказано", cut.Find("[data-testid=card-status]").TextContent.Trim()));
        Assert.Equal("В приёме отказано.", cut.Find("[data-testid=card-message]").TextContent.Trim());
        Assert.Contains("Отказано", cut.FindAll("[data-testid=history-row]").Last().TextContent);
        Assert.Contains("Нет свободных мест", cut.Find("[data-testid=card-application]").TextContent);
        Assert.Contains(cut.FindAll("[data-testid=epgu-message]"), m => m.TextContent.Contains("Отказано"));
    }

    [Fact]
    public void An_operator_reads_the_card_without_actions()
    {
        var application = World.Application(ApplicationStatus.Registered);

        var cut = Card(application.Id, World.Region.District1Operator);

        Assert.Empty(cut.FindAll("[data-testid=card-actions]"));
        Assert.Equal("Смирнов Артём Игоревич", cut.Find("[data-testid=card-child-name]").TextContent.Trim());
        Assert.StartsWith("да: ", cut.Find("[data-testid=card-territory]").TextContent.Trim());
        Assert.Equal("30", cut.Find("[data-testid=card-free-places]").TextContent.Trim());
    }

    [Fact]
    public async Task A_child_who_left_another_school_is_shown_masked_and_enrolled_by_moving_that_card()
    {
        await using (var db = Database.System())
        {
            var pupil = await db.Pupils.Include(p => p.Memberships).SingleAsync(p => p.Id == World.Region.Pupil2.Id);
            pupil.ChangeDocuments(IdentityDocument.BirthCertificate("IV-ИВ", "765432"), null);
            pupil.Withdraw(new DateOnly(2026, 11, 30), "17-у");
            await db.SaveChangesAsync();
        }
        var application = World.Application(ApplicationStatus.Directed, certificate: "765432");

        var cut = Card(application.Id);

        var row = cut.Find($"[data-testid=region-child-{World.Region.Pupil2.Id}]").TextContent;
        Assert.Contains("МБОУ «СОШ № 2»", row);
        Assert.Contains("выбыл 30.11.2026", row);
        Assert.Contains("IV-ИВ ****32", row);
        Assert.DoesNotContain("765432", row);
        Assert.Equal($"enrollment/orders?application={application.Id}", cut.Find("[data-testid=card-enroll-by-move]").GetAttribute("href"));
    }

    [Fact]
    public async Task An_enrolled_application_names_its_order_and_links_the_pupils_card_without_actions()
    {
        var application = World.Application(ApplicationStatus.Directed);
        var issued = await World.For(World.Region.Admin1).Orders.IssueAsync(
            new OrderForm("7-з", EnrollmentWorld.Today, World.FirstGradeNext.Id, [application.Id]));
        Assert.True(issued.Ok, issued.Message);

        var cut = Card(application.Id);

        Assert.Equal("Зачислен", cut.Find("[data-testid=card-status]").TextContent.Trim());
        Assert.Contains("№ 7-з от 05.07.2027, класс 1А", cut.Find("[data-testid=card-application]").TextContent);
        Assert.StartsWith("management/pupils/", cut.Find("[data-testid=card-pupil]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=card-actions]"));
    }

    [Fact]
    public void Another_schools_application_is_not_found()
    {
        var other = World.Application(ApplicationStatus.Registered, schoolId: World.Region.School2.Id);

        var cut = RenderCard(other.Id);

        cut.WaitForAssertion(() => Assert.Contains("не найдено", cut.Find("[data-testid=card-not-found]").TextContent));
        Assert.DoesNotContain("Смирнов", cut.Markup);
    }
}
