using Bunit;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.People;
using SchoolPortal.Features.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>Второва Анна left school 2 on 30.11.2026 with the birth certificate II-ЕМ 654321.</summary>
public sealed class LeaversPageTests : EnrollmentPageContext
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    public LeaversPageTests()
    {
        using var db = Database.System();
        var pupil = db.Pupils.Include(p => p.Memberships).Single(p => p.Id == World.Region.Pupil2.Id);
        pupil.ChangeDocuments(IdentityDocument.BirthCertificate("II-ЕМ", "654321"), null);
        pupil.Withdraw(new DateOnly(2026, 11, 30), "17-у");
        db.SaveChanges();
    }

    private IRenderedComponent<LeaversPage> SearchByCertificate()
    {
        var cut = RenderFor<LeaversPage>(World.Region.Admin1, Today);
        cut.Find("[data-testid=leavers-series]").Change("II-ЕМ");
        cut.Find("[data-testid=leavers-number]").Change("654321");
        cut.Find("[data-testid=leavers-find]").Click();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=leavers-table] tbody tr")));
        return cut;
    }

    [Fact]
    public void The_search_shows_only_the_name_birth_date_school_left_and_a_masked_document()
    {
        var cut = SearchByCertificate();

        var row = cut.Find("[data-testid=leavers-table] tbody tr").TextContent;
        Assert.Contains("Второва Анна Игоревна", row);
        Assert.Contains("14.03.2015", row);
        Assert.Equal("МБОУ «СОШ № 2»", cut.Find("[data-testid=leaver-school]").TextContent.Trim());
        Assert.Equal("Свидетельство о рождении II-ЕМ ****21", cut.Find("[data-testid=leaver-document]").TextContent.Trim());
        Assert.DoesNotContain("654321", row);
    }

    [Fact]
    public void A_surname_alone_is_refused_with_what_to_give_instead()
    {
        var cut = RenderFor<LeaversPage>(World.Region.Admin1, Today);

        cut.Find("[data-testid=leavers-surname]").Change("Второва");
        cut.Find("[data-testid=leavers-find]").Click();

        cut.WaitForAssertion(() => Assert.Contains("вместе с датой рождения", cut.Find("[data-testid=leavers-refusal]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=leavers-table]"));
    }

    [Fact]
    public async Task Zachislit_moves_the_card_into_the_chosen_class_after_confirmation()
    {
        var cut = SearchByCertificate();

        Choose(cut, "leavers-class", "5А (2026/2027)");
        await cut.InvokeAsync(() => cut.Find($"[data-testid=leaver-enroll-{World.Region.Pupil2.Id}]").Click());
        Dialogs.WaitForAssertion(() => Assert.Contains("Карточка перейдёт из МБОУ «СОШ № 2»", Dialogs.Markup));
        await ConfirmAsync();

        cut.WaitForAssertion(() => Assert.Contains("Карточка перенесена из другой школы", cut.Find("[data-testid=leavers-message]").TextContent));
        await using var db = Database.System();
        Assert.Equal(World.Region.School1.Id, (await db.Pupils.SingleAsync(p => p.Id == World.Region.Pupil2.Id)).SchoolId);
        Assert.Equal(2, await db.Pupils.CountAsync());
    }
}
