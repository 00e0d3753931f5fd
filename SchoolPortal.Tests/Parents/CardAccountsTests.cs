using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Features.Parents;

namespace SchoolPortal.Tests.Parents;

/// <summary>The card's account controls on a real SQLite database: logins, passwords, the parent's delete and restore, citizenship.</summary>
public sealed class CardAccountsTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;
    private readonly PasswordHasher<UserAccount> _hasher = new(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 1000 }));

    public CardAccountsTests() => _region = TestRegion.Create(_database);

    public void Dispose() => _database.Dispose();

    private CardAccounts Accounts(PortalUser user) => new(_database.For(user), _hasher, ManualClock.On(TestRegion.Today));

    private PupilParents Links(PortalUser user) => new(_database.For(user), ManualClock.On(TestRegion.Today), new(_database.Factory, _database.For(user)));

    private ParentCardService Cards(PortalUser user) => new(_database.For(user), ManualClock.On(TestRegion.Today), new(_database.Factory, _database.For(user)));

    private async Task<UserAccount> AccountAsync(string login, Role role, int? schoolId, Action<UserAccount> link)
    {
        await using var db = _database.System();
        var account = new UserAccount(login, login, role, schoolId);
        link(account);
        db.UserAccounts.Add(account);
        await db.SaveChangesAsync();
        return account;
    }

    private async Task<UserAccount> LoadAccountAsync(int id)
    {
        await using var db = _database.System();
        return await db.UserAccounts.SingleAsync(a => a.Id == id);
    }

    private async Task AlsoParentOfPupil2Async()
    {
        await using var db = _database.System();
        var pupil = await db.Pupils.Include(p => p.ParentLinks).SingleAsync(p => p.Id == _region.Pupil2.Id);
        pupil.AttachParent(await db.Parents.SingleAsync(p => p.Id == _region.Parent1.Id), ParentRelation.Mother);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Admin_renames_a_pupil_login_and_the_old_and_new_login_are_in_the_audit_log()
    {
        var account = await AccountAsync("ivanovp1", Role.Pupil, _region.School1.Id, a => a.LinkTo(pupilId: _region.Pupil1.Id));

        var result = await Accounts(_region.Admin1).ChangePupilLoginAsync(_region.Pupil1.Id, "  Petya.Ivanov ");

        Assert.True(result.Succeeded);
        Assert.Equal("petya.ivanov", (await LoadAccountAsync(account.Id)).Login);
        await using var db = _database.System();
        var changes = (await db.AuditLog.Where(e => e.EntityType == nameof(UserAccount) && e.EntityId == account.Id).ToListAsync()).SelectMany(e => e.Changes);
        Assert.Contains(changes, c => c.Field == nameof(UserAccount.Login) && c.OldValue == "ivanovp1" && c.NewValue == "petya.ivanov");
    }

    [Fact]
    public async Task A_login_taken_anywhere_in_the_region_is_refused()
    {
        await AccountAsync("ivanovp1", Role.Pupil, _region.School1.Id, a => a.LinkTo(pupilId: _region.Pupil1.Id));
        await AccountAsync("vtorova1", Role.Pupil, _region.School2.Id, a => a.LinkTo(pupilId: _region.Pupil2.Id));

        var result = await Accounts(_region.Admin1).ChangePupilLoginAsync(_region.Pupil1.Id, "VTOROVA1");

        Assert.Equal("Логин «vtorova1» уже занят. Выберите другой.", result.Errors[CardAccounts.LoginField]);
    }

    [Fact]
    public async Task A_login_with_cyrillic_letters_gets_the_russian_rule()
    {
        await AccountAsync("ivanovp1", Role.Pupil, _region.School1.Id, a => a.LinkTo(pupilId: _region.Pupil1.Id));

        var result = await Accounts(_region.Admin1).ChangePupilLoginAsync(_region.Pupil1.Id, "петя");

        Assert.Equal("Логин: от 3 до 64 латинских букв, цифр, точек, дефисов или подчёркиваний.", result.Errors[CardAccounts.LoginField]);
    }

    [Fact]
    public async Task Another_school_cannot_rename_a_pupil_login()
    {
        var account = await AccountAsync("ivanovp1", Role.Pupil, _region.School1.Id, a => a.LinkTo(pupilId: _region.Pupil1.Id));

        Assert.False((await Accounts(_region.Admin2).ChangePupilLoginAsync(_region.Pupil1.Id, "stolen")).Succeeded);
        Assert.Equal("ivanovp1", (await LoadAccountAsync(account.Id)).Login);
    }

    [Fact]
    public async Task Changing_a_pupil_password_ends_old_sessions_and_asks_for_a_new_password_at_sign_in()
    {
        var account = await AccountAsync("ivanovp1", Role.Pupil, _region.School1.Id, a => a.LinkTo(pupilId: _region.Pupil1.Id));

        var change = await Accounts(_region.Admin1).ChangePupilPasswordAsync(_region.Pupil1.Id);

        var after = await LoadAccountAsync(account.Id);
        Assert.NotEqual(account.SecurityStamp, after.SecurityStamp);
        Assert.True(after.MustChangePassword);
        Assert.Equal(PasswordVerificationResult.Success, _hasher.VerifyHashedPassword(after, after.PasswordHash, change.Password!));
    }

    [Fact]
    public async Task Changing_the_password_of_a_pupil_without_a_login_creates_one()
    {
        var change = await Accounts(_region.Admin1).ChangePupilPasswordAsync(_region.Pupil1.Id);

        Assert.Equal("ivanovp1", change.Login);
        await using var db = _database.System();
        Assert.Equal("ivanovp1", (await db.UserAccounts.SingleAsync(a => a.PupilId == _region.Pupil1.Id)).Login);
    }

    [Fact]
    public async Task The_controlling_school_renames_a_parent_login_and_sets_the_first_sign_in_flag()
    {
        var account = await AccountAsync("ivanovam1", Role.Parent, null, a => a.LinkTo(parentId: _region.Parent1.Id));

        var result = await Accounts(_region.Admin1).ChangeParentAccountAsync(_region.Parent1.Id, "mama.ivanova", mustChangePassword: true);

        Assert.True(result.Succeeded);
        var after = await LoadAccountAsync(account.Id);
        Assert.Equal("mama.ivanova", after.Login);
        Assert.True(after.MustChangePassword);
        await using var db = _database.System();
        var actions = (await db.AuditLog.Where(e => e.EntityType == nameof(Parent) && e.EntityId == _region.Parent1.Id).ToListAsync())
            .SelectMany(e => e.Changes).Select(c => c.NewValue).ToList();
        Assert.Contains("логин изменён: ivanovam1 → mama.ivanova", actions);
        Assert.Contains("должен сменить пароль при первом входе", actions);
    }

    [Fact]
    public async Task A_school_that_shares_the_parent_with_another_school_cannot_rename_the_login_and_the_attempt_is_audited()
    {
        var account = await AccountAsync("ivanovam1", Role.Parent, null, a => a.LinkTo(parentId: _region.Parent1.Id));
        await AlsoParentOfPupil2Async();

        var result = await Accounts(_region.Admin1).ChangeParentAccountAsync(_region.Parent1.Id, "mine.now", mustChangePassword: false);

        Assert.Equal(ParentControl.Refusal, result.Errors[SchoolPortal.Components.Shared.FieldErrors.General]);
        Assert.Equal("ivanovam1", (await LoadAccountAsync(account.Id)).Login);
        await using var db = _database.System();
        Assert.Contains((await db.AuditLog.Where(e => e.EntityType == nameof(Parent)).ToListAsync()).SelectMany(e => e.Changes),
            c => c.NewValue == "Отказано: изменить логин родителя");
    }

    [Fact]
    public async Task A_parent_with_children_is_not_deleted()
    {
        var result = await Accounts(_region.RegionOperator).DeleteParentAsync(_region.Parent1.Id);

        Assert.StartsWith("У родителя есть дети (1)", result.Errors[SchoolPortal.Components.Shared.FieldErrors.General]);
        await using var db = _database.System();
        Assert.Null((await db.Parents.SingleAsync(p => p.Id == _region.Parent1.Id)).DeletedAt);
    }

    [Fact]
    public async Task Detaching_the_last_child_may_delete_the_record_which_blocks_its_login_and_the_region_operator_restores_it()
    {
        var account = await AccountAsync("ivanovam1", Role.Parent, null, a => a.LinkTo(parentId: _region.Parent1.Id));

        var detached = await Links(_region.Admin1).DetachAsync(_region.Pupil1.Id, _region.Parent1.Id, deleteRecord: true);

        Assert.True(detached.Succeeded);
        Assert.True((await LoadAccountAsync(account.Id)).IsDisabled);
        var card = await Cards(_region.RegionOperator).LoadAsync(_region.Parent1.Id);
        Assert.NotNull(card!.DeletedAt);
        Assert.True(card.CanRestore);
        Assert.True((await Accounts(_region.Admin1).RestoreParentAsync(_region.Parent1.Id)).Errors.Count > 0);

        Assert.True((await Accounts(_region.RegionOperator).RestoreParentAsync(_region.Parent1.Id)).Succeeded);
        Assert.Null((await Cards(_region.RegionOperator).LoadAsync(_region.Parent1.Id))!.DeletedAt);
        await using var db = _database.System();
        var actions = (await db.AuditLog.Where(e => e.EntityType == nameof(Parent)).ToListAsync()).SelectMany(e => e.Changes).Select(c => c.NewValue).ToList();
        Assert.Contains($"откреплён от ученика {_region.Pupil1.Id}, запись удалена", actions);
        Assert.Contains("запись восстановлена", actions);
    }

    [Fact]
    public async Task A_deleted_parent_is_no_longer_found_by_name_and_birth_date()
    {
        await using (var db = _database.System())
        {
            var parent = await db.Parents.SingleAsync(p => p.Id == _region.Parent1.Id);
            parent.ChangeBirthDate(new DateOnly(1985, 3, 1), TestRegion.Today);
            await db.SaveChangesAsync();
        }
        await Links(_region.Admin1).DetachAsync(_region.Pupil1.Id, _region.Parent1.Id, deleteRecord: true);

        var found = await Links(_region.Admin2).FindAsync(new ParentSearch(null, "Иванова", "Мария", new DateTime(1985, 3, 1)));

        Assert.Empty(found.Found);
    }

    [Fact]
    public async Task A_parent_with_a_child_in_another_school_is_detached_but_not_deleted()
    {
        await AlsoParentOfPupil2Async();

        var result = await Links(_region.Admin1).DetachAsync(_region.Pupil1.Id, _region.Parent1.Id, deleteRecord: true);

        Assert.False(result.Succeeded);
        await using var db = _database.System();
        Assert.Equal(2, await db.ParentLinks.CountAsync(l => l.ParentId == _region.Parent1.Id));
        Assert.Null((await db.Parents.SingleAsync(p => p.Id == _region.Parent1.Id)).DeletedAt);
    }

    [Fact]
    public async Task A_region_operator_deletes_a_parent_without_children_from_the_card()
    {
        await Links(_region.Admin1).DetachAsync(_region.Pupil1.Id, _region.Parent1.Id);
        Assert.True((await Cards(_region.RegionOperator).LoadAsync(_region.Parent1.Id))!.CanDelete);

        Assert.True((await Accounts(_region.RegionOperator).DeleteParentAsync(_region.Parent1.Id)).Succeeded);

        Assert.NotNull((await Cards(_region.RegionOperator).LoadAsync(_region.Parent1.Id))!.DeletedAt);
    }

    [Fact]
    public async Task Parent_citizenship_is_saved_and_shown_on_the_card()
    {
        var card = await Cards(_region.Admin1).LoadAsync(_region.Parent1.Id);
        card!.Form.Citizenship = " Республика Казахстан ";

        Assert.True((await Cards(_region.Admin1).SaveAsync(card.Id, card.Form)).Succeeded);

        Assert.Equal("Республика Казахстан", (await Cards(_region.Admin1).LoadAsync(card.Id))!.Form.Citizenship);
    }
}
