using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Esia;
using SchoolPortal.Domain.People;
using SchoolPortal.Integrations.Esia;

namespace SchoolPortal.Tests.Esia;

public sealed class EsiaAccountsTests : IDisposable
{
    private readonly EsiaLinkingFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task A_trusted_account_with_the_schools_snils_is_linked_and_signed_in_and_the_link_is_audited()
    {
        var outcome = await _f.Accounts().SignInAsync(EsiaLinkingFixture.Ivanova(), null);

        Assert.Equal(_f.ParentAccountId, outcome.User?.AccountId);
        await using var db = _f.Database.System();
        Assert.Equal("1001", (await db.UserAccounts.SingleAsync(a => a.Id == _f.ParentAccountId)).EsiaOid);
        Assert.Contains(await db.AuditLog.Where(e => e.EntityType == nameof(UserAccount) && e.EntityId == _f.ParentAccountId).ToListAsync(),
            e => e.ActorLogin == "esia:1001" && e.Changes.Any(c => c.Field == nameof(UserAccount.EsiaOid)));
        Assert.NotNull(await db.EsiaProfiles.SingleOrDefaultAsync(p => p.Oid == "1001"));
    }

    [Fact]
    public async Task A_known_oid_signs_straight_in_even_when_the_data_no_longer_matches()
    {
        await _f.Accounts().SignInAsync(EsiaLinkingFixture.Ivanova(), null);

        var outcome = await _f.Accounts().SignInAsync(EsiaLinkingFixture.Ivanova(birth: new DateOnly(1990, 1, 1), withSnils: false), null);

        Assert.Equal(_f.ParentAccountId, outcome.User?.AccountId);
    }

    [Fact]
    public async Task Name_birth_date_and_passport_link_without_snils_but_a_different_birth_date_does_not()
    {
        var linked = await _f.Accounts().SignInAsync(EsiaLinkingFixture.Ivanova(withSnils: false), null);
        Assert.NotNull(linked.User);

        using var other = new EsiaLinkingFixture();
        var refused = await other.Accounts().SignInAsync(EsiaLinkingFixture.Ivanova(birth: new DateOnly(1985, 3, 15), withSnils: false), null);
        Assert.True(refused.NeedsLink);
        var situation = await other.Accounts().DescribeAsync("1001");
        Assert.Equal(EsiaMatch.NotLinkedMessage, situation!.Message);
        var near = Assert.Single(situation.NearRecords);
        Assert.Equal(PersonKind.Parent, near.Kind);
        Assert.Equal([MatchField.BirthDate], near.FieldNames.Where(f => f != MatchField.Snils).ToList());
    }

    [Fact]
    public async Task An_unconfirmed_account_is_never_linked_automatically()
    {
        var outcome = await _f.Accounts().SignInAsync(EsiaLinkingFixture.Ivanova(trusted: false), null);

        Assert.True(outcome.NeedsLink);
        var situation = await _f.Accounts().DescribeAsync("1001");
        Assert.False(situation!.IsTrusted);
        Assert.Equal(EsiaMatch.NotTrustedReason, situation.Reason);
    }

    [Fact]
    public async Task A_matched_parent_without_an_account_gets_one()
    {
        await using (var db = _f.Database.System())
        {
            await db.UserAccounts.Where(a => a.Id == _f.ParentAccountId).ExecuteDeleteAsync();
        }

        var outcome = await _f.Accounts().SignInAsync(EsiaLinkingFixture.Ivanova(), null);

        Assert.NotNull(outcome.User);
        await using var check = _f.Database.System();
        var account = await check.UserAccounts.SingleAsync(a => a.Id == outcome.User!.AccountId);
        Assert.Equal(_f.Region.Parent1.Id, account.ParentId);
        Assert.Equal(Role.Parent, account.Roles);
        Assert.Equal("1001", account.EsiaOid);
    }

    [Fact]
    public async Task A_school_code_links_once_and_a_used_code_is_refused()
    {
        var accounts = _f.Accounts();
        await accounts.SignInAsync(EsiaLinkingFixture.Ivanova(oid: "2002", trusted: false), null);
        string code;
        await using (var db = _f.Database.System())
        {
            db.LinkCodes.Add(LinkCode.Issue(_f.ParentAccountId, _f.ParentAccountId, _f.Clock.GetUtcNow(), out code));
            await db.SaveChangesAsync();
        }

        var typed = code.ToLowerInvariant().Replace("-", " ");
        var linked = await accounts.LinkByCodeAsync("2002", typed);
        Assert.Equal(_f.ParentAccountId, linked.User?.AccountId);

        await accounts.SignInAsync(EsiaLinkingFixture.Ivanova(oid: "3003", trusted: false), null);
        var again = await accounts.LinkByCodeAsync("3003", code);
        Assert.False(again.Succeeded);
        Assert.Contains("уже использован", again.Error);
    }

    [Fact]
    public async Task Login_and_password_link_the_account_and_a_wrong_password_counts_as_a_failed_attempt()
    {
        var accounts = _f.Accounts();
        await accounts.SignInAsync(EsiaLinkingFixture.Ivanova(trusted: false), null);

        var wrong = await accounts.LinkByPasswordAsync("1001", "ivanovam", "неверный");
        Assert.False(wrong.Succeeded);
        var right = await accounts.LinkByPasswordAsync("1001", "ivanovam", "parol123");
        Assert.Equal(_f.ParentAccountId, right.User?.AccountId);
    }

    [Fact]
    public async Task After_five_failed_attempts_linking_stops_until_the_next_esia_sign_in()
    {
        var accounts = _f.Accounts();
        await accounts.SignInAsync(EsiaLinkingFixture.Ivanova(trusted: false), null);
        for (var i = 0; i < EsiaProfile.MaxFailedLinkAttempts; i++)
            await accounts.LinkByCodeAsync("1001", "AAAA-BBBB");

        var blocked = await accounts.LinkByPasswordAsync("1001", "ivanovam", "parol123");
        Assert.False(blocked.Succeeded);
        Assert.Contains("Слишком много", blocked.Error);
        Assert.True((await accounts.DescribeAsync("1001"))!.AttemptsExhausted);

        await accounts.SignInAsync(EsiaLinkingFixture.Ivanova(trusted: false), null);
        Assert.True((await accounts.LinkByPasswordAsync("1001", "ivanovam", "parol123")).Succeeded);
    }

    [Fact]
    public async Task An_account_linked_to_another_gosuslugi_account_is_not_relinked_by_password()
    {
        var accounts = _f.Accounts();
        await accounts.SignInAsync(EsiaLinkingFixture.Ivanova(oid: "1001"), null);
        await accounts.SignInAsync(EsiaLinkingFixture.Answers("5005", "Петрова", "Ольга", null, new DateOnly(1980, 1, 1), null, null), null);

        var attempt = await accounts.LinkByPasswordAsync("5005", "ivanovam", "parol123");

        Assert.False(attempt.Succeeded);
        Assert.Contains("уже привязана к другой", attempt.Error);
    }

    [Fact]
    public async Task Linking_ones_own_account_takes_the_oid_even_without_a_data_match_but_not_an_oid_someone_else_holds()
    {
        var accounts = _f.Accounts();
        var stranger = EsiaLinkingFixture.Answers("7007", "Петрова", "Ольга", null, new DateOnly(1980, 1, 1), null, null);

        var own = await accounts.SignInAsync(stranger, _f.ParentAccountId);
        Assert.Equal(_f.ParentAccountId, own.User?.AccountId);

        await using (var db = _f.Database.System())
        {
            var other = new UserAccount("teacherx", "Учитель", Role.Teacher, _f.Region.School1.Id);
            db.UserAccounts.Add(other);
            await db.SaveChangesAsync();
            var refused = await accounts.SignInAsync(stranger, other.Id);
            Assert.Equal(EsiaFailure.LinkedElsewhere, refused.Refusal);
        }
    }

    [Fact]
    public async Task A_disabled_account_is_refused()
    {
        await _f.Accounts().SignInAsync(EsiaLinkingFixture.Ivanova(), null);
        await using (var db = _f.Database.System())
        {
            (await db.UserAccounts.SingleAsync(a => a.Id == _f.ParentAccountId)).Disable();
            await db.SaveChangesAsync();
        }

        var outcome = await _f.Accounts().SignInAsync(EsiaLinkingFixture.Ivanova(), null);

        Assert.Equal(EsiaFailure.Disabled, outcome.Refusal);
    }

    [Fact]
    public async Task A_person_no_school_knows_is_told_so()
    {
        await _f.Accounts().SignInAsync(EsiaLinkingFixture.Answers("9009", "Неизвестная", "Ольга", null, new DateOnly(1980, 1, 1),
            Snils.FromNumber(998877665), IdentityDocument.Passport("1111", "222222")), null);

        var situation = await _f.Accounts().DescribeAsync("9009");

        Assert.Empty(situation!.NearRecords);
        Assert.Equal(EsiaMatch.NotFoundReason, situation.Reason);
    }
}
