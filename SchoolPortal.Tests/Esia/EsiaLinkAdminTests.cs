using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Esia;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Esia;

namespace SchoolPortal.Tests.Esia;

public sealed class EsiaLinkAdminTests : IDisposable
{
    private readonly EsiaLinkingFixture _f = new();

    public void Dispose() => _f.Dispose();

    private EsiaLinkAdmin As(PortalUser user) => new(_f.Database.For(user), _f.Database.Factory, _f.Clock);

    [Fact]
    public async Task The_school_issues_a_code_that_links_the_parent_after_an_esia_sign_in_and_a_new_code_replaces_the_old()
    {
        var admin = As(_f.Region.Admin1);
        var first = await admin.IssueCodeAsync(PersonKind.Parent, _f.Region.Parent1.Id);
        var second = await admin.IssueCodeAsync(PersonKind.Parent, _f.Region.Parent1.Id);
        Assert.Equal("ivanovam", second.Login);

        var accounts = _f.Accounts();
        await accounts.SignInAsync(EsiaLinkingFixture.Ivanova(trusted: false), null);
        Assert.False((await accounts.LinkByCodeAsync("1001", first.Code)).Succeeded);
        Assert.Equal(_f.ParentAccountId, (await accounts.LinkByCodeAsync("1001", second.Code)).User?.AccountId);

        var status = await admin.StatusAsync(PersonKind.Parent, _f.Region.Parent1.Id);
        Assert.True(status!.IsLinked);
        Assert.Null(status.CodeExpiresAt);
    }

    [Fact]
    public async Task A_code_for_a_parent_without_an_account_creates_the_account()
    {
        await using (var db = _f.Database.System())
            await db.UserAccounts.Where(a => a.Id == _f.ParentAccountId).ExecuteDeleteAsync();

        var issued = await As(_f.Region.Admin1).IssueCodeAsync(PersonKind.Parent, _f.Region.Parent1.Id);

        await using var check = _f.Database.System();
        var account = await check.UserAccounts.SingleAsync(a => a.Login == issued.Login);
        Assert.Equal(_f.Region.Parent1.Id, account.ParentId);
        Assert.Equal(Role.Parent, account.Roles);
    }

    [Fact]
    public async Task The_administrator_unlinks_and_the_change_is_audited()
    {
        await _f.Accounts().SignInAsync(EsiaLinkingFixture.Ivanova(), null);

        await As(_f.Region.Admin1).UnlinkAsync(PersonKind.Parent, _f.Region.Parent1.Id);

        await using var db = _f.Database.System();
        Assert.Null((await db.UserAccounts.SingleAsync(a => a.Id == _f.ParentAccountId)).EsiaOid);
        var entries = await db.AuditLog.Where(e => e.EntityType == nameof(UserAccount) && e.EntityId == _f.ParentAccountId).ToListAsync();
        Assert.Contains(entries, e => e.ActorLogin == "admin1" && e.Changes.Any(c => c.Field == nameof(UserAccount.EsiaOid) && c.NewValue == null));
    }

    [Fact]
    public async Task Another_schools_administrator_does_not_see_the_parent_and_a_teacher_changes_nothing()
    {
        Assert.Null(await As(_f.Region.Admin2).StatusAsync(PersonKind.Parent, _f.Region.Parent1.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => As(_f.Region.Admin2).IssueCodeAsync(PersonKind.Parent, _f.Region.Parent1.Id));

        var teacher = new PortalUser(2001, "teacher", "Учитель", Role.Teacher, _f.Region.School1.Id, null);
        Assert.False((await As(teacher).StatusAsync(PersonKind.Parent, _f.Region.Parent1.Id))!.CanManage);
        await Assert.ThrowsAsync<AccessDeniedException>(() => As(teacher).UnlinkAsync(PersonKind.Parent, _f.Region.Parent1.Id));
    }
}
