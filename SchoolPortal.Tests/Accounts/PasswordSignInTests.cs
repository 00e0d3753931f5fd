using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Accounts;

public sealed class PasswordSignInTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;
    private readonly PasswordHasher<UserAccount> _hasher = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
    private readonly PasswordSignIn _signIn;

    public PasswordSignInTests()
    {
        _region = TestRegion.Create(_database);
        _signIn = new PasswordSignIn(_database.Factory, _hasher, _clock);
    }

    public void Dispose() => _database.Dispose();

    private int AddAccount(string login, string password, bool mustChange)
    {
        using var db = _database.System();
        var account = new UserAccount(login, "Учитель Тестовый", Role.Teacher, _region.School1.Id);
        account.SetPassword(_hasher.HashPassword(account, password), mustChange);
        db.UserAccounts.Add(account);
        db.SaveChanges();
        return account.Id;
    }

    [Fact]
    public async Task Right_password_signs_in_with_school_and_roles_and_records_the_time()
    {
        var id = AddAccount("teacher9", "secret-77", mustChange: false);

        var result = await _signIn.SignInAsync(" Teacher9 ", "secret-77");

        Assert.True(result.Succeeded);
        Assert.Equal(_region.School1.Id, result.User!.SchoolId);
        Assert.True(result.User.Has(Role.Teacher));
        await using var db = _database.System();
        Assert.Equal(_clock.GetUtcNow(), (await db.UserAccounts.SingleAsync(a => a.Id == id)).LastLoginAt);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_login_give_the_same_message()
    {
        AddAccount("teacher9", "secret-77", mustChange: false);

        var wrong = await _signIn.SignInAsync("teacher9", "nope");
        var unknown = await _signIn.SignInAsync("nobody", "nope");

        Assert.Equal(PasswordSignIn.Refusal, wrong.Error);
        Assert.Equal(wrong.Error, unknown.Error);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_fifteen_minutes_even_for_the_right_password()
    {
        AddAccount("teacher9", "secret-77", mustChange: false);
        for (var i = 0; i < UserAccount.MaxFailedSignIns; i++)
            await _signIn.SignInAsync("teacher9", "wrong");

        var locked = await _signIn.SignInAsync("teacher9", "secret-77");
        _clock.Advance(TimeSpan.FromMinutes(16));
        var later = await _signIn.SignInAsync("teacher9", "secret-77");

        Assert.False(locked.Succeeded);
        Assert.Equal(PasswordSignIn.Refusal, locked.Error);
        Assert.True(later.Succeeded);
    }

    [Fact]
    public async Task Must_change_password_is_reported_and_cleared_by_a_valid_change()
    {
        var id = AddAccount("teacher9", "temp1234", mustChange: true);

        var first = await _signIn.SignInAsync("teacher9", "temp1234");
        var weak = await _signIn.ChangePasswordAsync(id, "temp1234", "short", "short");
        var ok = await _signIn.ChangePasswordAsync(id, "temp1234", "NewPass2026", "NewPass2026");
        var second = await _signIn.SignInAsync("teacher9", "NewPass2026");

        Assert.True(first.MustChangePassword);
        Assert.Contains("не короче", weak);
        Assert.Null(ok);
        Assert.True(second.Succeeded);
        Assert.False(second.MustChangePassword);
    }

    [Fact]
    public async Task Password_change_is_audited_without_the_hash()
    {
        var id = AddAccount("teacher9", "temp1234", mustChange: true);

        await _signIn.ChangePasswordAsync(id, "temp1234", "NewPass2026", "NewPass2026");

        await using var db = _database.System();
        var entry = await db.AuditLog.Where(a => a.EntityType == nameof(UserAccount) && a.EntityId == id)
            .OrderByDescending(a => a.Id).FirstAsync();
        var change = Assert.Single(entry.Changes, c => c.Field == nameof(UserAccount.PasswordHash));
        Assert.Equal("изменён", change.NewValue);
        Assert.Null(change.OldValue);
        Assert.Equal("teacher9", entry.ActorLogin);
    }

    [Fact]
    public async Task Disabled_account_cannot_sign_in()
    {
        var id = AddAccount("teacher9", "secret-77", mustChange: false);
        await using (var db = _database.System())
        {
            (await db.UserAccounts.SingleAsync(a => a.Id == id)).Disable();
            await db.SaveChangesAsync();
        }

        var result = await _signIn.SignInAsync("teacher9", "secret-77");

        Assert.False(result.Succeeded);
        Assert.Equal(PasswordSignIn.Refusal, result.Error);
    }
}
