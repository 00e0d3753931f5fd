using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Features.DuplicateGuard;
using SchoolPortal.Features.Esia;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Features.Parents;

namespace SchoolPortal.Tests.Parents;

/// <summary>The parent card as the administrator of school 2 sees it after attaching a mother whose other child studies in school 1.</summary>
public sealed class SharedParentCardTests : MudTestContext
{
    private readonly EsiaLinkingFixture _f = new();

    public SharedParentCardTests()
    {
        var admin2 = _f.Region.Admin2;
        var db = _f.Database.For(admin2);
        var guard = new PersonDuplicateGuard(_f.Database.Factory, db);
        var parents = new PupilParents(db, _f.Clock, guard);
        Assert.True(parents.AttachAsync(_f.Region.Pupil2.Id, _f.Region.Parent1.Id, ParentRelation.Mother).GetAwaiter().GetResult().Succeeded);
        Services.AddSingleton(new ParentCardService(db, _f.Clock, guard));
        Services.AddSingleton(new EsiaLinkAdmin(db, _f.Database.Factory, _f.Clock));
        Services.AddSingleton(new AccountBlocking(db, _f.Clock));
        Services.AddSingleton(new CardAccounts(db, new Microsoft.AspNetCore.Identity.PasswordHasher<Domain.Accounts.UserAccount>(), _f.Clock));
    }

    protected override void Dispose(bool disposing)
    {
        _f.Dispose();
        base.Dispose(disposing);
    }

    [Fact]
    public void Shared_parent_card_has_no_code_unlink_block_or_save_and_lists_only_own_pupil()
    {
        var cut = Render<ParentCardPage>(p => p.Add(x => x.Id, _f.Region.Parent1.Id));

        cut.WaitForElement("[data-testid=parent-limited]");
        cut.WaitForElement("[data-testid=esia-link-panel]");
        Assert.Empty(cut.FindAll("[data-testid=esia-issue-code]"));
        Assert.Empty(cut.FindAll("[data-testid=esia-unlink]"));
        Assert.Empty(cut.FindAll("[data-testid=account-block-panel]"));
        Assert.Empty(cut.FindAll("[data-testid=save-button]"));
        Assert.Empty(cut.FindAll("[data-testid=parent-login-input]"));
        Assert.Empty(cut.FindAll("[data-testid=delete-parent]"));
        var child = Assert.Single(cut.FindAll("[data-testid=child-row]"));
        Assert.Contains("Второва", child.TextContent);
        Assert.DoesNotContain("ivanovam", cut.Markup);
    }
}
