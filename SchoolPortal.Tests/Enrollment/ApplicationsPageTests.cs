using Bunit;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

public sealed class ApplicationsPageTests : EnrollmentPageContext
{
    [Fact]
    public void A_school_without_applications_says_where_they_come_from_and_offers_no_export()
    {
        var cut = RenderFor<ApplicationsPage>(World.Region.Admin1);

        cut.WaitForAssertion(() => Assert.Contains("Заявлений пока нет", cut.Find("[data-testid=applications-empty]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=applications-table]"));
        Assert.True(cut.Find("[data-testid=applications-excel]").HasAttribute("disabled"));
        Assert.Contains("все: 0", cut.Find("[data-testid=count-all]").TextContent);
    }

    [Fact]
    public void The_list_counts_each_status_links_each_card_and_a_status_chip_narrows_it()
    {
        var first = World.Application(ApplicationStatus.Registered, "Борисов", certificate: "111111");
        World.Application(ApplicationStatus.Registered, "Власов", certificate: "222222");
        var directed = World.Application(ApplicationStatus.Directed, "Громов", certificate: "333333");
        World.Application(ApplicationStatus.Registered, "Другов", certificate: "444444", schoolId: World.Region.School2.Id);

        var cut = RenderFor<ApplicationsPage>(World.Region.Admin1);

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=applications-table] tbody tr").Count));
        Assert.Contains("Зарегистрировано: 2", cut.Find("[data-testid=count-Registered]").TextContent);
        Assert.Contains("Направлен в ООО: 1", cut.Find("[data-testid=count-Directed]").TextContent);
        Assert.Contains("все: 3", cut.Find("[data-testid=count-all]").TextContent);
        Assert.Equal($"/enrollment/applications/{first.Id}", cut.Find($"[data-testid=application-{first.Id}] a").GetAttribute("href"));
        Assert.DoesNotContain("Другов", cut.Markup);

        cut.Find("[data-testid=count-Directed]").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=applications-table] tbody tr")));
        Assert.NotNull(cut.Find($"[data-testid=application-{directed.Id}]"));
        Assert.Contains("Зарегистрировано: 2", cut.Find("[data-testid=count-Registered]").TextContent);
    }

    [Fact]
    public void A_birth_certificate_typed_into_the_search_finds_that_child()
    {
        World.Application(ApplicationStatus.Registered, "Борисов", certificate: "111111");
        var wanted = World.Application(ApplicationStatus.Registered, "Власов", certificate: "222222");
        var cut = RenderFor<ApplicationsPage>(World.Region.Admin1);
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=applications-table] tbody tr").Count));

        cut.Find("[data-testid=filter-search]").Input("IV-ИВ 222222");
        cut.Find("[data-testid=filter-search-button]").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=applications-table] tbody tr")));
        Assert.NotNull(cut.Find($"[data-testid=application-{wanted.Id}]"));
        Assert.Contains("Найдено: 1", cut.Find("[data-testid=applications-total]").TextContent);
    }

    [Fact]
    public void The_filtered_list_downloads_as_an_excel_file_named_for_today()
    {
        World.Application(ApplicationStatus.Registered, "Борисов");
        var cut = RenderFor<ApplicationsPage>(World.Region.Admin1);
        var snackbar = Render<MudBlazor.MudSnackbarProvider>();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=applications-table] tbody tr")));

        cut.Find("[data-testid=applications-excel]").Click();

        snackbar.WaitForAssertion(() => Assert.Contains("Файл «Заявления 05.07.2027.xlsx» скачан.", snackbar.Markup));
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "downloadFile");
    }

    [Fact]
    public void A_search_that_matches_nothing_says_to_change_the_filters()
    {
        World.Application(ApplicationStatus.Registered, "Борисов");
        var cut = RenderFor<ApplicationsPage>(World.Region.Admin1);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=applications-table] tbody tr")));

        cut.Find("[data-testid=filter-search]").Input("Яковлев");
        cut.Find("[data-testid=filter-search-button]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Измените фильтры", cut.Find("[data-testid=applications-empty]").TextContent));
    }

    [Fact]
    public void The_distributed_list_shows_only_applications_waiting_for_the_order()
    {
        World.Application(ApplicationStatus.Registered, "Борисов", certificate: "111111");
        var directed = World.Application(ApplicationStatus.Directed, "Громов", certificate: "333333");

        var cut = RenderFor<DistributedPage>(World.Region.Admin1);

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=distributed-table] tbody tr")));
        Assert.Contains(directed.Number, cut.Find($"[data-testid=distributed-{directed.Id}]").TextContent);
        Assert.Contains("Ожидают зачисления: 1", cut.Find("[data-testid=distributed-total]").TextContent);
        Assert.Equal("enrollment/orders", cut.Find("[data-testid=distributed-to-order]").GetAttribute("href"));
    }

    [Fact]
    public void The_distributed_list_of_a_school_with_nothing_directed_says_so()
    {
        World.Application(ApplicationStatus.UnderReview, "Борисов");

        var cut = RenderFor<DistributedPage>(World.Region.Admin1);

        cut.WaitForAssertion(() => Assert.Contains("ожидающих зачисления, нет", cut.Find("[data-testid=distributed-empty]").TextContent));
    }
}
