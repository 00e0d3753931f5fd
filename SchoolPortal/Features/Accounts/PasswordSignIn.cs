using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Common;
using SchoolPortal.Features.Access;

namespace SchoolPortal.Features.Accounts;

/// <summary>Login and password sign-in for staff, with lockout after repeated failures and forced password change.</summary>
public sealed class PasswordSignIn(IDbContextFactory<PortalDbContext> factory, IPasswordHasher<UserAccount> hasher, TimeProvider clock)
{
    public const int MinPasswordLength = 8;

    public async Task<SignInResult> SignInAsync(string? login, string? password, CancellationToken ct = default)
    {
        const string wrong = "Неверный логин или пароль.";
        if (string.IsNullOrWhiteSpace(login) || string.IsNullOrEmpty(password))
            return SignInResult.Fail("Введите логин и пароль.");
        var normalized = login.Trim().ToLowerInvariant();
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, new(null, normalized));
        var account = await db.UserAccounts.SingleOrDefaultAsync(a => a.Login == normalized, ct);
        if (account is null)
            return SignInResult.Fail(wrong);
        var now = clock.GetUtcNow();
        if (account.IsDisabled)
            return SignInResult.Fail("Учётная запись отключена. Обратитесь к администратору школы.");
        if (account.IsLockedOut(now))
            return SignInResult.Fail($"Слишком много неудачных попыток. Вход заблокирован до {account.LockedUntil!.Value.ToOffset(TimeSpan.FromHours(5)):HH:mm} (время Челябинска).");
        var verdict = string.IsNullOrEmpty(account.PasswordHash)
            ? PasswordVerificationResult.Failed
            : hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            account.RecordFailedSignIn(now);
            await db.SaveChangesAsync(ct);
            return SignInResult.Fail(account.IsLockedOut(now)
                ? $"Неверный пароль. После {UserAccount.MaxFailedSignIns} неудачных попыток вход заблокирован на {UserAccount.LockoutTime.TotalMinutes:0} минут."
                : wrong);
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
        var account = await db.UseScope(AccessScope.System, new(accountId, "self")).UserAccounts.SingleOrDefaultAsync(a => a.Id == accountId, ct);
        if (account is null)
            return "Учётная запись не найдена.";
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
