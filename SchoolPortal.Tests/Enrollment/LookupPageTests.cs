using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Integrations.EpguEnrollment;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment;

public sealed class LookupPageTests : EnrollmentPageContext
{
    private readonly string _root = Directory.CreateTempSubdirectory("epgu-lookup-page-").FullName;

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        Directory.Delete(_root, recursive: true);
    }

    private IRenderedComponent<LookupPage> Render(PortalUser user, DateOnly today)
    {
        Services.AddScoped(_ => new ApplicationLookupService(Database.For(user), World.For(user, today).Card,
            new FolderEpguEnrollmentGateway(EpguEnrollmentFolders.Under(_root), 100, ManualClock.On(today)),
            Options.Create(new SupportContacts { Organization = "ГБУ ДПО «ЧИРО»", Email = "support@chiro74.ru", Phone = "8 (351) 217-31-06" })));
        return RenderFor<LookupPage>(user, today);
    }

    [Fact]
    public void The_support_desk_finds_an_application_by_birth_certificate_and_reads_why_it_cannot_be_directed_yet()
    {
        var application = World.Application(ApplicationStatus.UnderReview, certificate: "777001");
        var cut = Render(World.Region.RegionOperator, new DateOnly(2027, 6, 15));

        Assert.Contains("support@chiro74.ru, 8 (351) 217-31-06", cut.Find("[data-testid=lookup-support]").TextContent);
        cut.Find("[data-testid=lookup-number]").Change("777001");
        cut.Find("[data-testid=lookup-find]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find($"[data-testid=lookup-found-{application.Id}]")));
        Assert.Equal("Принято к рассмотрению", cut.Find("[data-testid=lookup-status]").TextContent.Trim());
        Assert.Contains("с 01.07.2027", cut.Find("[data-testid=lookup-block]").TextContent);
        Assert.Equal(3, cut.FindAll("[data-testid=lookup-history] tbody tr").Count);
        Assert.Equal($"enrollment/applications/{application.Id}", cut.Find($"[data-testid=lookup-found-{application.Id}] a").GetAttribute("href"));
    }

    [Fact]
    public void An_unknown_epgu_number_is_explained_in_russian_and_nothing_is_shown_as_found()
    {
        var cut = Render(World.Region.RegionOperator, EnrollmentWorld.Today);

        cut.Find("[data-testid=lookup-epgu]").Change("3799999999");
        cut.Find("[data-testid=lookup-find]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Заявления с номером ЕПГУ 3799999999 в регионе нет", cut.Find("[data-testid=lookup-explanation]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid^=lookup-found-]"));
    }
}
