using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Features.DuplicateGuard;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Pupils;

/// <summary>bunit: «Открепить» shows the parent's last sign-in before the confirmation; the pupil list numbers its rows.</summary>
public sealed class PupilCardControlsTests : MudTestContext
{
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;

    public PupilCardControlsTests()
    {
        _region = TestRegion.Create(_database);
        var clock = ManualClock.On(TestRegion.Today);
        var admin = _database.For(_region.Admin1);
        Services.AddSingleton(new PupilParents(admin, clock, new PersonDuplicateGuard(_database.Factory, admin)));
        var operatorDb = _database.For(_region.RegionOperator);
        var hasher = new PasswordHasher<UserAccount>();
        Services.AddSingleton(new PupilListQuery(operatorDb));
        Services.AddSingleton(new PupilPasswords(operatorDb, hasher, clock));
        Services.AddSingleton(new PupilListExport(operatorDb, clock));
        Services.AddSingleton(new PupilCardService(operatorDb, clock, new PersonDuplicateGuard(_database.Factory, operatorDb)));
    }

    protected override void Dispose(bool disposing)
    {
        _database.Dispose();
        base.Dispose(disposing);
    }

    private async Task ParentSignedInAsync(DateTimeOffset at)
    {
        await using var db = _database.System();
        var account = new UserAccount("ivanovam1", "Иванова Мария Петровна", Role.Parent);
        account.LinkTo(parentId: _region.Parent1.Id);
        account.RecordSignIn(at);
        db.UserAccounts.Add(account);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Detach_confirmation_shows_the_parents_last_sign_in_in_region_time()
    {
        await ParentSignedInAsync(new DateTimeOffset(2026, 11, 20, 10, 30, 0, TimeSpan.Zero));
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<PupilParentsPanel>(p => p.Add(x => x.PupilId, _region.Pupil1.Id).Add(x => x.CanEdit, true));

        cut.WaitForElement("[data-testid=detach-parent]");
        await cut.InvokeAsync(() => cut.Find("[data-testid=detach-parent]").Click());

        dialogs.WaitForAssertion(() => Assert.Contains("Время последнего входа: 20.11.2026 15:30", dialogs.Markup));
        Assert.Contains("Открепить и удалить запись", dialogs.Markup);
    }

    [Fact]
    public async Task Detach_confirmation_says_the_parent_never_signed_in()
    {
        await using (var db = _database.System())
        {
            var account = new UserAccount("ivanovam1", "Иванова Мария Петровна", Role.Parent);
            account.LinkTo(parentId: _region.Parent1.Id);
            db.UserAccounts.Add(account);
            await db.SaveChangesAsync();
        }
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<PupilParentsPanel>(p => p.Add(x => x.PupilId, _region.Pupil1.Id).Add(x => x.CanEdit, true));

        cut.WaitForElement("[data-testid=detach-parent]");
        await cut.InvokeAsync(() => cut.Find("[data-testid=detach-parent]").Click());

        dialogs.WaitForAssertion(() => Assert.Contains("Время последнего входа: не входил", dialogs.Markup));
    }

    [Fact]
    public void Pupil_list_numbers_its_rows()
    {
        Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<PupilListPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=pupil-number]").Count));
        Assert.Contains("№ п/п", cut.Find("[data-testid=pupil-grid] thead").TextContent);
        Assert.Equal(["1", "2"], cut.FindAll("[data-testid=pupil-number]").Select(c => c.TextContent.Trim()));
    }
}
