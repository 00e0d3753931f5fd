using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Features.DuplicateGuard;
using SchoolPortal.Features.Staff;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Staff;

namespace SchoolPortal.Tests.Accounts;

/// <summary>
/// A dismissed or blocked user's open sessions: the cookie they already hold and the page (circuit) they already have open stop
/// working at the next request or event, on the node that saved the change, without waiting for the 10-hour cookie to expire.
/// </summary>
public sealed class RevokedSessionTests : IAsyncLifetime
{
    private readonly RevocationHost _host = new();
    private TestRegion _region = null!;
    private Employee _teacher = null!;
    private int _teacherAccount;
    private int _parentAccount;

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        _region = TestRegion.Create(_host.Database);
        _teacher = StaffTestData.AddEmployee(_host.Database, _region.School1.Id, "Учителева", snils: Snils.FromNumber(123456789));
        await using var db = _host.Database.System();
        var teacher = new UserAccount("teacher1", "Учителева Ольга Ивановна", Role.Teacher, _region.School1.Id);
        teacher.LinkTo(employeeId: _teacher.Id);
        var parent = new UserAccount("ivanovam", "Иванова Мария Петровна", Role.Parent);
        parent.LinkTo(parentId: _region.Parent1.Id);
        var hasher = new PasswordHasher<UserAccount>();
        teacher.SetPassword(hasher.HashPassword(teacher, "secret-77"), mustChange: false);
        parent.SetPassword(hasher.HashPassword(parent, "secret-77"), mustChange: false);
        db.UserAccounts.AddRange(teacher, parent);
        await db.SaveChangesAsync();
        (_teacherAccount, _parentAccount) = (teacher.Id, parent.Id);
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    private EmployeeCardService Cards(PortalUser user) =>
        new(_host.For(user), _host.Clock, new PersonDuplicateGuard(_host.Factory, _host.For(user)));

    private AccountBlocking Blocking(PortalUser user) => new(_host.For(user), _host.Clock);

    private async Task<HttpClient> SignedInAsync(int accountId)
    {
        var browser = _host.NewBrowser();
        (await browser.GetAsync($"/test-signin/{accountId}")).EnsureSuccessStatusCode();
        return browser;
    }

    [Fact]
    public async Task Dismissed_teacher_cookie_is_refused_on_next_request()
    {
        var browser = await SignedInAsync(_teacherAccount);
        Assert.Equal("teacher1", await browser.GetStringAsync("/whoami"));

        var dismissed = await Cards(_region.Admin1).DismissAsync(_teacher.Id, TestRegion.Today);

        Assert.True(dismissed.Succeeded);
        Assert.Equal("anonymous", await browser.GetStringAsync("/whoami"));
        await using var db = _host.Database.System();
        Assert.True((await db.UserAccounts.SingleAsync(a => a.Id == _teacherAccount)).IsDisabled);
    }

    [Fact]
    public async Task Blocked_parent_cookie_is_refused_on_next_request_and_unblocking_lets_a_new_sign_in_work()
    {
        var browser = await SignedInAsync(_parentAccount);
        Assert.Equal("ivanovam", await browser.GetStringAsync("/whoami"));

        await Blocking(_region.Admin1).SetParentBlockedAsync(_region.Parent1.Id, blocked: true);
        var whileBlocked = await browser.GetStringAsync("/whoami");
        await Blocking(_region.Admin1).SetParentBlockedAsync(_region.Parent1.Id, blocked: false);
        var oldCookieAfterUnblock = await browser.GetStringAsync("/whoami");
        var fresh = await SignedInAsync(_parentAccount);

        Assert.Equal("anonymous", whileBlocked);
        Assert.Equal("anonymous", oldCookieAfterUnblock);
        Assert.Equal("ivanovam", await fresh.GetStringAsync("/whoami"));
    }

    [Fact]
    public async Task A_cookie_without_changes_keeps_working()
    {
        var browser = await SignedInAsync(_teacherAccount);

        Assert.Equal("teacher1", await browser.GetStringAsync("/whoami"));
        Assert.Equal("teacher1", await browser.GetStringAsync("/whoami"));
    }

    [Fact]
    public async Task Next_circuit_event_of_a_dismissed_teacher_is_refused_and_sent_to_the_message_page()
    {
        var principal = await PrincipalOfAsync(_teacherAccount);
        var navigation = new RecordingNavigation();
        var handler = new RevokedAccountCircuitHandler(new FixedAuthentication(principal), _host.Services.GetRequiredService<AccountStates>(),
            navigation, Microsoft.Extensions.Logging.Abstractions.NullLogger<RevokedAccountCircuitHandler>.Instance);
        var events = 0;
        var inbound = handler.CreateInboundActivityHandler(_ => { events++; return Task.CompletedTask; });
        var context = (CircuitInboundActivityContext)RuntimeHelpers.GetUninitializedObject(typeof(CircuitInboundActivityContext));

        await inbound(context);
        await Cards(_region.Admin1).DismissAsync(_teacher.Id, TestRegion.Today);
        await inbound(context);

        Assert.Equal(1, events);
        Assert.Equal(AccountBlockedPage.Path, new Uri(navigation.Target!).AbsolutePath);
        Assert.Contains("Ваша учетная запись заблокирована", AccountBlockedPage.Message);
    }

    [Fact]
    public async Task Teacher_working_in_another_school_keeps_the_login_there_but_loses_this_schools_session()
    {
        var other = StaffTestData.AddEmployee(_host.Database, _region.School2.Id, "Учителева", snils: Snils.FromNumber(123456789));
        var browser = await SignedInAsync(_teacherAccount);

        Assert.Equal("МБОУ «СОШ № 2»", await Cards(_region.Admin1).OtherSchoolAsync(_teacher.Id));
        await Cards(_region.Admin1).DismissAsync(_teacher.Id, TestRegion.Today, DismissalLogin.KeepForOtherSchool);

        Assert.Equal("anonymous", await browser.GetStringAsync("/whoami"));
        await using var db = _host.Database.System();
        var account = await db.UserAccounts.SingleAsync(a => a.Id == _teacherAccount);
        Assert.False(account.IsDisabled);
        Assert.Equal(_region.School2.Id, account.SchoolId);
        Assert.Equal(other.Id, account.EmployeeId);
        Assert.Equal("teacher1", await (await SignedInAsync(_teacherAccount)).GetStringAsync("/whoami"));
    }

    [Fact]
    public async Task An_administrator_cannot_block_their_own_login_nor_a_teacher_of_another_school()
    {
        var admin = new PortalUser(_teacherAccount, "teacher1", "Учителева", Role.SchoolAdmin | Role.Teacher, _region.School1.Id, null, _teacher.Id);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Blocking(admin).SetEmployeeBlockedAsync(_teacher.Id, blocked: true));
        await Assert.ThrowsAnyAsync<Exception>(() => Blocking(_region.Admin2).SetEmployeeBlockedAsync(_teacher.Id, blocked: true));

        await using var db = _host.Database.System();
        Assert.False((await db.UserAccounts.SingleAsync(a => a.Id == _teacherAccount)).IsDisabled);
    }

    [Fact]
    public async Task Blocking_an_employee_on_the_card_ends_the_session_and_is_audited()
    {
        var browser = await SignedInAsync(_teacherAccount);

        await Blocking(_region.Admin1).SetEmployeeBlockedAsync(_teacher.Id, blocked: true);

        Assert.Equal("anonymous", await browser.GetStringAsync("/whoami"));
        await using var db = _host.Database.System();
        Assert.Contains(await db.AuditLog.Where(e => e.EntityType == nameof(UserAccount) && e.EntityId == _teacherAccount).ToListAsync(),
            e => e.ActorLogin == "admin1" && e.Changes.Any(c => c.Field == nameof(UserAccount.IsDisabled)));
    }

    private async Task<ClaimsPrincipal> PrincipalOfAsync(int accountId)
    {
        await using var db = _host.Database.System();
        var account = await db.UserAccounts.SingleAsync(a => a.Id == accountId);
        var identity = PasswordSignIn.ToUser(account).ToIdentity("Cookies", mustChangePassword: false);
        identity.AddClaim(new Claim(PortalCookieEvents.StampClaim, account.SecurityStamp));
        return new ClaimsPrincipal(identity);
    }

    private sealed class FixedAuthentication(ClaimsPrincipal principal) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
    }

    private sealed class RecordingNavigation : NavigationManager
    {
        public RecordingNavigation() => Initialize("http://portal/", "http://portal/journal");

        public string? Target { get; private set; }

        protected override void NavigateToCore(string uri, NavigationOptions options) => Target = ToAbsoluteUri(uri).ToString();
    }
}
