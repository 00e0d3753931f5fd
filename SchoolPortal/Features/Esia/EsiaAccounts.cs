using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Esia;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Integrations.Esia;

namespace SchoolPortal.Features.Esia;

/// <summary>
/// Turns an ESIA sign-in into a portal user. A known oid signs straight in; an unknown one is linked automatically only when
/// <see cref="EsiaMatch"/> finds exactly one school record matching a trusted account; otherwise the person links by login
/// and password or by a one-time code from the school. Every link is written to the audit log (the account's EsiaOid).
/// </summary>
public sealed class EsiaAccounts(IDbContextFactory<PortalDbContext> factory, PasswordSignIn passwords, TimeProvider clock)
{
    private const string NothingPending = "Сначала войдите через Госуслуги: данные учетной записи Госуслуг не найдены или устарели.";

    private const string AttemptsExhausted =
        "Слишком много неудачных попыток привязки. Войдите через Госуслуги ещё раз, чтобы начать заново.";

    public async Task<EsiaSignInOutcome> SignInAsync(EsiaAnswers answers, int? linkOwnAccountId, CancellationToken ct = default)
    {
        var person = answers.Person();
        await using var db = Open(answers.Oid);
        await KeepAnswersAsync(db, answers, ct);
        var now = clock.GetUtcNow();

        var linked = await db.UserAccounts.SingleOrDefaultAsync(a => a.EsiaOid == answers.Oid, ct);
        if (linkOwnAccountId is { } own)
        {
            if (linked is not null && linked.Id != own)
                return EsiaSignInOutcome.Refused(EsiaFailure.LinkedElsewhere);
            var account = await db.UserAccounts.SingleOrDefaultAsync(a => a.Id == own, ct);
            if (account is null || account.IsDisabled)
                return EsiaSignInOutcome.Refused(EsiaFailure.Disabled);
            account.LinkEsia(answers.Oid);
            return await SignInAsync(db, account, now, ct);
        }

        if (linked is not null)
            return await SignInAsync(db, linked, now, ct);

        var match = EsiaMatch.Match(person, await EsiaCandidates.FindAsync(db, person, ct));
        if (!match.IsLinked)
            return EsiaSignInOutcome.Link;
        var record = match.LinkedTo!;
        var target = record.Kind == PersonKind.Parent
            ? await db.UserAccounts.FirstOrDefaultAsync(a => a.ParentId == record.Id, ct)
              ?? await PupilPasswords.NewAccountAsync(db, record.Name, Role.Parent, null, [], a => a.LinkTo(parentId: record.Id), ct)
            : await db.UserAccounts.FirstOrDefaultAsync(a => a.EmployeeId == record.Id, ct);
        if (target is null)
        {
            return EsiaSignInOutcome.Refused(EsiaFailure.NoStaffAccount);
        }
        if (target.EsiaOid is not null)
            return EsiaSignInOutcome.Link;
        target.LinkEsia(answers.Oid);
        return await SignInAsync(db, target, now, ct);
    }

    /// <summary>What the linking page shows for <paramref name="oid"/>; null when nothing is pending (no ESIA sign-in kept).</summary>
    public async Task<EsiaLinkSituation?> DescribeAsync(string oid, CancellationToken ct = default)
    {
        await using var db = Open(oid);
        var profile = await db.EsiaProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.Oid == oid, ct);
        if (profile is null)
            return null;
        var person = profile.Person();
        var match = EsiaMatch.Match(person, await EsiaCandidates.FindAsync(db, person, ct));
        return new EsiaLinkSituation(person.Name.Full, person.IsTrusted, EsiaMatch.NotLinkedMessage,
            match.Reason ?? EsiaMatch.NoMatchReason, match.NearCandidates, profile.LinkAttemptsExhausted);
    }

    public async Task<EsiaLinkAttempt> LinkByPasswordAsync(string oid, string? login, string? password, CancellationToken ct = default)
    {
        await using var db = Open(oid);
        var (profile, refusal) = await PendingAsync(db, oid, ct);
        if (refusal is not null)
            return refusal;
        var signIn = await passwords.SignInAsync(login, password, ct);
        if (!signIn.Succeeded)
            return await FailedAttemptAsync(db, profile, signIn.Error!, ct);
        var account = await db.UserAccounts.SingleAsync(a => a.Id == signIn.User!.AccountId, ct);
        return await LinkAsync(db, account, oid, ct);
    }

    public async Task<EsiaLinkAttempt> LinkByCodeAsync(string oid, string? code, CancellationToken ct = default)
    {
        await using var db = Open(oid);
        var (profile, refusal) = await PendingAsync(db, oid, ct);
        if (refusal is not null)
            return refusal;
        if (LinkCode.Normalize(code).Length != 8)
            return EsiaLinkAttempt.Fail("Введите код привязки из школы: 8 знаков, например ABCD-2345.");
        var now = clock.GetUtcNow();
        var hash = LinkCode.Hash(code!);
        var linkCode = await db.LinkCodes.FirstOrDefaultAsync(c => c.CodeHash == hash, ct);
        if (linkCode is null)
            return await FailedAttemptAsync(db, profile, "Код не найден. Проверьте, что он введён без ошибок.", ct);
        if (!linkCode.IsUsable(now))
            return await FailedAttemptAsync(db, profile, "Код уже использован, отозван или просрочен. Попросите в школе новый код.", ct);
        var account = await db.UserAccounts.SingleAsync(a => a.Id == linkCode.AccountId, ct);
        if (account.IsDisabled)
            return EsiaLinkAttempt.Fail("Учетная запись, для которой выдан код, отключена. Обратитесь в школу.");
        linkCode.Use(now);
        return await LinkAsync(db, account, oid, ct);
    }

    /// <summary>The kept ESIA answers of the person linking, or why linking cannot go on (nothing pending, too many attempts).</summary>
    private static async Task<(EsiaProfile Profile, EsiaLinkAttempt? Refusal)> PendingAsync(PortalDbContext db, string oid, CancellationToken ct)
    {
        var profile = await db.EsiaProfiles.SingleOrDefaultAsync(p => p.Oid == oid, ct);
        if (profile is null)
            return (null!, EsiaLinkAttempt.Fail(NothingPending));
        return (profile, profile.LinkAttemptsExhausted ? EsiaLinkAttempt.Fail(AttemptsExhausted) : null);
    }

    private async Task<EsiaLinkAttempt> LinkAsync(PortalDbContext db, UserAccount account, string oid, CancellationToken ct)
    {
        if (account.EsiaOid is { } existing && existing != oid)
        {
            return EsiaLinkAttempt.Fail(
                "Эта учетная запись портала уже привязана к другой учетной записи Госуслуг. Администратор школы может отвязать её.");
        }
        if (await db.UserAccounts.AnyAsync(a => a.EsiaOid == oid && a.Id != account.Id, ct))
            return EsiaLinkAttempt.Fail(EsiaFailure.LinkedElsewhereText);
        account.LinkEsia(oid);
        account.RecordSignIn(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return new EsiaLinkAttempt(PasswordSignIn.ToUser(account), null);
    }

    private static async Task<EsiaLinkAttempt> FailedAttemptAsync(PortalDbContext db, EsiaProfile profile, string error, CancellationToken ct)
    {
        profile.RecordFailedLinkAttempt();
        await db.SaveChangesAsync(ct);
        return EsiaLinkAttempt.Fail(profile.LinkAttemptsExhausted ? AttemptsExhausted : error);
    }

    private static async Task<EsiaSignInOutcome> SignInAsync(PortalDbContext db, UserAccount account, DateTimeOffset now, CancellationToken ct)
    {
        if (account.IsDisabled)
            return EsiaSignInOutcome.Refused(EsiaFailure.Disabled);
        account.RecordSignIn(now);
        await db.SaveChangesAsync(ct);
        return EsiaSignInOutcome.SignedIn(PasswordSignIn.ToUser(account));
    }

    private async Task KeepAnswersAsync(PortalDbContext db, EsiaAnswers answers, CancellationToken ct)
    {
        var profile = await db.EsiaProfiles.SingleOrDefaultAsync(p => p.Oid == answers.Oid, ct);
        var now = clock.GetUtcNow();
        if (profile is null)
            db.EsiaProfiles.Add(new EsiaProfile(answers.Oid, answers.PersonJson, answers.DocsJson, answers.KidsJson, now));
        else
            profile.Update(answers.PersonJson, answers.DocsJson, answers.KidsJson, now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The system context, acting as «esia:{oid}» in the audit log.</summary>
    private PortalDbContext Open(string oid) => factory.CreateDbContext().UseScope(AccessScope.System, new AuditActor(null, $"esia:{oid}"));
}
