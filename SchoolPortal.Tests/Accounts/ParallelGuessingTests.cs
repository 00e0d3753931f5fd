using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Accounts;

/// <summary>Lockout under a burst of parallel guesses, on a real SQLite file: the counter lives in the database, not in the request.</summary>
public sealed class ParallelGuessingTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;
    private readonly CountingHasher _hasher = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));

    public ParallelGuessingTests() => _region = TestRegion.Create(_database);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Fifty_parallel_wrong_passwords_check_only_five_and_lock_the_account()
    {
        var hash = AddAccount("teacher9", "secret-77");
        _hasher.Watched = hash;

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            new PasswordSignIn(_database.Factory, _hasher, _clock).SignInAsync("teacher9", $"guess-{i}"))));
        var rightPasswordNow = await new PasswordSignIn(_database.Factory, _hasher, _clock).SignInAsync("teacher9", "secret-77");

        Assert.All(results, r => Assert.False(r.Succeeded));
        Assert.Equal(UserAccount.MaxFailedSignIns, _hasher.ChecksOfWatched);
        Assert.False(rightPasswordNow.Succeeded);
        await using var db = _database.System();
        var account = await db.UserAccounts.SingleAsync(a => a.Login == "teacher9");
        Assert.True(account.IsLockedOut(_clock.GetUtcNow()));
    }

    [Fact]
    public async Task Unknown_login_wrong_password_and_locked_account_get_the_same_message()
    {
        AddAccount("teacher9", "secret-77");
        var signIn = new PasswordSignIn(_database.Factory, _hasher, _clock);

        var unknown = await signIn.SignInAsync("nobody77", "guess");
        var wrong = await signIn.SignInAsync("teacher9", "guess");
        for (var i = 0; i < UserAccount.MaxFailedSignIns; i++)
            await signIn.SignInAsync("teacher9", "guess");
        var locked = await signIn.SignInAsync("teacher9", "secret-77");

        Assert.Equal(PasswordSignIn.Refusal, unknown.Error);
        Assert.Equal(unknown.Error, wrong.Error);
        Assert.Equal(unknown.Error, locked.Error);
    }

    [Fact]
    public async Task Unknown_login_still_costs_one_password_check()
    {
        AddAccount("teacher9", "secret-77");

        await new PasswordSignIn(_database.Factory, _hasher, _clock).SignInAsync("nobody77", "guess");

        Assert.Equal(1, _hasher.AllChecks);
    }

    [Fact]
    public async Task Success_resets_the_counter_so_earlier_failures_do_not_add_up()
    {
        AddAccount("teacher9", "secret-77");
        var signIn = new PasswordSignIn(_database.Factory, _hasher, _clock);
        for (var i = 0; i < UserAccount.MaxFailedSignIns - 1; i++)
            await signIn.SignInAsync("teacher9", "guess");

        Assert.True((await signIn.SignInAsync("teacher9", "secret-77")).Succeeded);
        for (var i = 0; i < UserAccount.MaxFailedSignIns - 1; i++)
            await signIn.SignInAsync("teacher9", "guess");
        Assert.True((await signIn.SignInAsync("teacher9", "secret-77")).Succeeded);
    }

    private string AddAccount(string login, string password)
    {
        using var db = _database.System();
        var account = new UserAccount(login, "Учитель Тестовый", Role.Teacher, _region.School1.Id);
        account.SetPassword(new PasswordHasher<UserAccount>().HashPassword(account, password), mustChange: false);
        db.UserAccounts.Add(account);
        db.SaveChanges();
        return account.PasswordHash;
    }

    private sealed class CountingHasher : IPasswordHasher<UserAccount>
    {
        private readonly PasswordHasher<UserAccount> _inner = new();
        private int _watched;
        private int _all;

        public string? Watched { get; set; }
        public int ChecksOfWatched => _watched;
        public int AllChecks => _all;

        public string HashPassword(UserAccount user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(UserAccount user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _all);
            if (hashedPassword == Watched)
                Interlocked.Increment(ref _watched);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
