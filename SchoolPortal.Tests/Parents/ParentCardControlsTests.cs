using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Features.DuplicateGuard;
using SchoolPortal.Features.Esia;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Features.Parents;

namespace SchoolPortal.Tests.Parents;

/// <summary>The parent card of a parent whose only child studies in the administrator's school: the account controls are there.</summary>
public sealed class ParentCardControlsTests : MudTestContext
{
    private readonly EsiaLinkingFixture _f = new();

    public ParentCardControlsTests()
    {
        var db = _f.Database.For(_f.Region.Admin1);
        Services.AddSingleton(new ParentCardService(db, _f.Clock, new PersonDuplicateGuard(_f.Database.Factory, db)));
        Services.AddSingleton(new EsiaLinkAdmin(db, _f.Database.Factory, _f.Clock));
        Services.AddSingleton(new AccountBlocking(db, _f.Clock));
        Services.AddSingleton(new CardAccounts(db, new PasswordHasher<UserAccount>(), _f.Clock));
    }

    protected override void Dispose(bool disposing)
    {
        _f.Dispose();
        base.Dispose(disposing);
    }

    [Fact]
    public async Task Restore_button_drops_unsaved_edits_and_the_login_and_first_sign_in_flag_are_offered()
    {
        Render<MudPopoverProvider>();
        var cut = Render<ParentCardPage>(p => p.Add(x => x.Id, _f.Region.Parent1.Id));
        cut.WaitForElement("[data-testid=parent-login-input]");
        Assert.Contains("Пользователь должен сменить пароль при первом входе в систему", cut.Find("[data-testid=parent-account]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=delete-parent]"));

        await cut.InvokeAsync(() => cut.Find("[data-testid=parent-surname-input] input, input[data-testid=parent-surname-input]").Change("Петрова"));
        Assert.Equal("Петрова", cut.Find("[data-testid=parent-surname-input] input, input[data-testid=parent-surname-input]").GetAttribute("value"));
        await cut.InvokeAsync(() => cut.Find("[data-testid=undo-button]").Click());

        cut.WaitForAssertion(() => Assert.Equal("Иванова",
            cut.Find("[data-testid=parent-surname-input] input, input[data-testid=parent-surname-input]").GetAttribute("value")));
    }
}
