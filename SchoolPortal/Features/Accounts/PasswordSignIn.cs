using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Accounts;

/// <summary>Login and password sign-in for staff, with lockout after repeated failures and forced password change.</summary>
public sealed class PasswordSignIn(IDbContextFactory<PortalDbContext> factory, IPasswordHasher<UserAccount> hasher, TimeProvider clock)
{
    public const int MinPasswordLength = 8;

    /// <summary>
    /// One message for an unknown login, a wrong password, a locked and a disabled account: the answer must not tell an
    /// attacker which logins exist or which are locked.
    /// </summary>
    public const string Refusal = "Неверный логин или пароль, либо вход временно недоступен. Если не получается войти, обратитесь к администратору школы.";

    // An unknown login still costs one hash check, so the answer takes as long as for a real account.
    private static readonly UserAccount Dummy = new("dummy", "dummy", Role.Teacher, 1);
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<UserAccount>().HashPassword(Dummy, Guid.NewGuid().ToString()));

    public async Task<SignInResult> SignInAsync(string? login, string? password, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(login) || string.IsNullOrEmpty(password))
            return SignInResult.Fail("Введите логин и пароль.");
        var normalized = login.Trim().ToLowerInvariant();
        // System scope: sign-in looks the login up before anyone is signed in.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, new(null, normalized));
        var id = await db.UserAccounts.Where(a => a.Login == normalized && !a.IsDisabled).Select(a => (int?)a.Id).SingleOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        // Parallel guesses must not each see "4 failures so far": an attempt is reserved by one conditional UPDATE before the
        // password is checked, so at most MaxFailedSignIns checks run before the lock, however many requests arrive at once.
        var reserved = id is { } accountId && await db.UserAccounts
            .Where(a => a.Id == accountId && !a.IsDisabled && a.FailedSignIns < UserAccount.MaxFailedSignIns
                && (a.LockedUntil == null || a.LockedUntil <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedSignIns, a => a.FailedSignIns + 1), ct) == 1;
        if (!reserved)
        {
            hasher.VerifyHashedPassword(Dummy, DummyHash.Value, password);
            return SignInResult.Fail(Refusal);
        }
        var account = await db.UserAccounts.SingleAsync(a => a.Id == id, ct);
        var verdict = string.IsNullOrEmpty(account.PasswordHash)
            ? PasswordVerificationResult.Failed
            : hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var until = now + UserAccount.LockoutTime;
            // The attempt that used the last reserved slot locks the account; the counter starts again after the lock.
            await db.UserAccounts.Where(a => a.Id == id && a.FailedSignIns >= UserAccount.MaxFailedSignIns)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.LockedUntil, until).SetProperty(a => a.FailedSignIns, 0), ct);
            return SignInResult.Fail(Refusal);
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            account.SetPassword(hasher.HashPassword(account, password), account.MustChangePassword);
        account.RecordSignIn(now);
        await db.SaveChangesAsync(ct);
        return new SignInResult(ToUser(account), account.MustChangePassword, null);
    }

    public async Task<string?> ChangePasswordAsync(int accountId, string? current, string? next, string? repeat, CancellationToken ct = default)
    {
        var problem = CheckNewPassword(current, next, repeat);
        if (problem is not null)
            return problem;
        await using var db = factory.CreateDbContext();
        // System scope: a user changes their own password, which belongs to no school scope; the row is read by its id.
        var account = await db.UseScope(AccessScope.System, new(accountId, "self")).UserAccounts.SingleOrDefaultAsync(a => a.Id == accountId, ct);
        if (account is null)
            return "Учетная запись не найдена.";
        db.UseScope(AccessScope.System, new(accountId, account.Login));
        if (hasher.VerifyHashedPassword(account, account.PasswordHash, current!) == PasswordVerificationResult.Failed)
            return "Текущий пароль введён неверно.";
        account.SetPassword(hasher.HashPassword(account, next!), mustChange: false);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static string? CheckNewPassword(string? current, string? next, string? repeat)
    {
        if (string.IsNullOrEmpty(current))
            return "Введите текущий пароль.";
        if (string.IsNullOrEmpty(next) || next.Length < MinPasswordLength)
            return $"Новый пароль должен быть не короче {MinPasswordLength} символов.";
        if (!next.Any(char.IsLetter) || !next.Any(char.IsDigit))
            return "Новый пароль должен содержать и буквы, и цифры.";
        if (next == current)
            return "Новый пароль должен отличаться от текущего.";
        if (next != repeat)
            return "Пароли не совпадают.";
        return null;
    }

    public static PortalUser ToUser(UserAccount a) => new(a.Id, a.Login, a.DisplayName, a.Roles, a.SchoolId, a.MunicipalityId, a.EmployeeId);
}
