using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Domain.Esia;
using SchoolPortal.Features.Esia;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Esia;

public sealed class EsiaLinkPanelTests : MudTestContext
{
    private readonly EsiaLinkingFixture _f = new();

    public EsiaLinkPanelTests() => Services.AddSingleton(new EsiaLinkAdmin(_f.Database.For(_f.Region.Admin1), _f.Database.Factory, _f.Clock));

    protected override void Dispose(bool disposing)
    {
        _f.Dispose();
        base.Dispose(disposing);
    }

    [Fact]
    public void The_card_shows_the_link_state_and_a_new_code_once()
    {
        var cut = Render<EsiaLinkPanel>(p => p.Add(x => x.Kind, PersonKind.Parent).Add(x => x.RecordId, _f.Region.Parent1.Id));
        cut.WaitForElement("[data-testid=esia-link-status]");
        Assert.Contains("Не привязана", cut.Find("[data-testid=esia-link-status]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=esia-unlink]"));

        cut.Find("[data-testid=esia-issue-code]").Click();

        cut.WaitForAssertion(() => Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", cut.Find("[data-testid=esia-code]").TextContent));
        Assert.Contains("ivanovam", cut.Find("[data-testid=esia-issued-code]").TextContent);
    }
}
