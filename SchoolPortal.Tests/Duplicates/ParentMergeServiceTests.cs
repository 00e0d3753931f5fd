using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Features.Duplicates;

namespace SchoolPortal.Tests.Duplicates;

public sealed class ParentMergeServiceTests : IDisposable
{
    private readonly DuplicateWorld _world = new();

    public void Dispose() => _world.Dispose();

    private Task<DuplicateActionResult> MergeDuplicateIntoOriginalAsync(bool fill = false) =>
        _world.Merges(_world.Region.Admin1).MergeAsync(new MergeRequest(_world.Original, _world.Duplicate, _world.DuplicateAccount, null, fill));

    [Fact]
    public async Task Admin_finds_the_planted_pair_with_children_logins_and_differing_fields()
    {
        var scan = await _world.Finder(_world.Region.Admin1).ScanParentsAsync(Features.Duplicates.DuplicateFilter.All);

        var group = Assert.Single(scan.Groups);
        Assert.Equal([_world.Original, _world.Duplicate], group.Ids);
        Assert.Equal(["Совпадает документ, удостоверяющий личность", "Совпадают ФИО и дата рождения"],
            group.Rules.Select(Domain.Duplicates.DuplicateRules.Name));
        var view = Assert.Single(await _world.Finder(_world.Region.Admin1).DetailsAsync(scan.Groups));
        var duplicate = view.Records.Single(r => r.Id == _world.Duplicate);
        Assert.Equal("Иванова Ольга Сергеевна", Assert.Single(duplicate.Children).FullName);
        Assert.Equal("5А", duplicate.Children[0].ClassName);
        Assert.Equal(DuplicateWorld.LastLogin, duplicate.LastLoginAt);
        Assert.True(duplicate.HasEsia);
        Assert.Equal(["СНИЛС", "Телефон"], view.DifferingFields);
    }

    [Fact]
    public async Task A_school_does_not_see_duplicates_of_another_school()
    {
        var scan = await _world.Finder(_world.Region.Admin2).ScanParentsAsync(Features.Duplicates.DuplicateFilter.All);

        Assert.Empty(scan.Groups);
    }

    [Fact]
    public async Task Merge_relinks_children_keeps_the_chosen_login_disables_the_other_and_is_audited()
    {
        var result = await MergeDuplicateIntoOriginalAsync();

        Assert.True(result.Succeeded, result.Message);
        await using var db = _world.Database.System();
        var sisterLinks = await db.ParentLinks.Where(l => l.PupilId == _world.Sister).ToListAsync();
        Assert.Contains(sisterLinks, l => l.ParentId == _world.Original && l.Relation == ParentRelation.Mother);
        Assert.DoesNotContain(sisterLinks, l => l.ParentId == _world.Duplicate);
        Assert.Equal(_world.Original, (await db.Parents.SingleAsync(p => p.Id == _world.Duplicate)).MergedIntoId);
        var kept = await db.UserAccounts.SingleAsync(a => a.Id == _world.DuplicateAccount);
        Assert.Equal((_world.Original, false, "1000000042"), (kept.ParentId!.Value, kept.IsDisabled, kept.EsiaOid));
        Assert.True((await db.UserAccounts.SingleAsync(a => a.Id == _world.OriginalAccount)).IsDisabled);
        var merge = await db.ParentMerges.SingleAsync();
        Assert.Equal((_world.Original, _world.Duplicate, "admin1"), (merge.KeptParentId, merge.MergedParentId, merge.ByLogin));
        var audit = await db.AuditLog.SingleAsync(a => a.EntityType == ParentMergeService.MergeEntity);
        Assert.Equal(merge.Id, audit.EntityId);
        Assert.Contains(audit.Changes, c => c.Field == "Логин отключён" && c.OldValue == "ivanova.m.p1");
        Assert.Contains(await db.AuditLog.ToListAsync(), a => a.EntityType == nameof(Parent) && a.EntityId == _world.Duplicate);
    }

    [Fact]
    public async Task A_merged_record_is_no_longer_a_candidate()
    {
        await MergeDuplicateIntoOriginalAsync();

        Assert.Empty((await _world.Finder(_world.Region.Admin1).ScanParentsAsync(Features.Duplicates.DuplicateFilter.All)).Groups);
    }

    [Fact]
    public async Task A_child_linked_to_both_records_keeps_one_link()
    {
        // Пётр's mother record is also (wrongly) linked as his guardian through the duplicate.
        await using (var db = _world.Database.System())
        {
            var peter = await db.Pupils.Include(p => p.ParentLinks).SingleAsync(p => p.Id == _world.Region.Pupil1.Id);
            peter.AttachParent(await db.Parents.SingleAsync(p => p.Id == _world.Duplicate), ParentRelation.Guardian);
            await db.SaveChangesAsync();
        }

        Assert.True((await MergeDuplicateIntoOriginalAsync()).Succeeded);

        await using var check = _world.Database.System();
        var peterLinks = await check.ParentLinks.Where(l => l.PupilId == _world.Region.Pupil1.Id).ToListAsync();
        Assert.Single(peterLinks, l => l.ParentId == _world.Original);
        Assert.DoesNotContain(peterLinks, l => l.ParentId == _world.Duplicate);
    }

    [Fact]
    public async Task The_esia_link_moves_to_the_kept_login_when_the_admin_chooses_it()
    {
        var result = await _world.Merges(_world.Region.Admin1)
            .MergeAsync(new MergeRequest(_world.Original, _world.Duplicate, _world.OriginalAccount, _world.DuplicateAccount, false));

        Assert.True(result.Succeeded, result.Message);
        await using var db = _world.Database.System();
        Assert.Equal("1000000042", (await db.UserAccounts.SingleAsync(a => a.Id == _world.OriginalAccount)).EsiaOid);
        var other = await db.UserAccounts.SingleAsync(a => a.Id == _world.DuplicateAccount);
        Assert.Equal((true, (string?)null), (other.IsDisabled, other.EsiaOid));
    }

    [Fact]
    public async Task Empty_fields_are_filled_only_when_ticked()
    {
        await MergeDuplicateIntoOriginalAsync(fill: false);
        await using (var db = _world.Database.System())
            Assert.Null((await db.Parents.SingleAsync(p => p.Id == _world.Original)).Phone);
        Assert.True((await _world.Merges(_world.Region.Admin1).UndoAsync((await Merges()).Single().Id)).Succeeded);

        await MergeDuplicateIntoOriginalAsync(fill: true);

        await using var check = _world.Database.System();
        Assert.Equal("+79123456789", (await check.Parents.SingleAsync(p => p.Id == _world.Original)).Phone?.Value);
    }

    private async Task<IReadOnlyList<MergeEntry>> Merges() => await _world.Merges(_world.Region.Admin1).MergesAsync();

    [Fact]
    public async Task Undo_restores_links_logins_esia_and_fields_exactly()
    {
        var before = await SnapshotAsync();
        var merge = await _world.Merges(_world.Region.Admin1)
            .MergeAsync(new MergeRequest(_world.Original, _world.Duplicate, _world.OriginalAccount, _world.DuplicateAccount, true));

        var undo = await _world.Merges(_world.Region.Admin1).UndoAsync(merge.MergeId!.Value);

        Assert.True(undo.Succeeded, undo.Message);
        Assert.Equal(before, await SnapshotAsync());
        var entry = Assert.Single(await Merges());
        Assert.True(entry.IsUndone);
        Assert.Equal("admin1", entry.UndoneByLogin);
    }

    [Fact]
    public async Task Undo_is_refused_with_a_reason_when_a_filled_field_was_changed_since()
    {
        var merge = await MergeDuplicateIntoOriginalAsync(fill: true);
        await using (var db = _world.Database.System())
        {
            var kept = await db.Parents.SingleAsync(p => p.Id == _world.Original);
            kept.ChangeContacts(Domain.People.PhoneNumber.Parse("+7 900 000-00-01"), null);
            await db.SaveChangesAsync();
        }

        var undo = await _world.Merges(_world.Region.Admin1).UndoAsync(merge.MergeId!.Value);

        Assert.False(undo.Succeeded);
        Assert.Equal("Отменить объединение нельзя: после него данные изменились — поле «Телефон» оставленной записи изменено. Исправьте записи вручную.", undo.Message);
        await using var check = _world.Database.System();
        Assert.Equal(_world.Original, (await check.Parents.SingleAsync(p => p.Id == _world.Duplicate)).MergedIntoId);
    }

    [Fact]
    public async Task Undo_is_refused_when_a_moved_child_was_detached_since()
    {
        var merge = await MergeDuplicateIntoOriginalAsync();
        Assert.True((await _world.Merges(_world.Region.Admin1).DetachAsync(_world.Sister, _world.Original)).Succeeded);

        var undo = await _world.Merges(_world.Region.Admin1).UndoAsync(merge.MergeId!.Value);

        Assert.False(undo.Succeeded);
        Assert.Contains("связь ученика Иванова Ольга Сергеевна с записью Иванова Мария Петровна изменена или удалена", undo.Message);
    }

    [Fact]
    public async Task Another_school_cannot_merge_or_undo()
    {
        var merge = await _world.Merges(_world.Region.Admin2)
            .MergeAsync(new MergeRequest(_world.Original, _world.Duplicate, null, null, false));
        Assert.False(merge.Succeeded);

        var done = await MergeDuplicateIntoOriginalAsync();
        var undo = await _world.Merges(_world.Region.Admin2).UndoAsync(done.MergeId!.Value);
        Assert.Equal("Объединение не найдено или недоступно вам.", undo.Message);
    }

    [Fact]
    public async Task Detach_removes_one_link_keeps_the_record_and_is_audited()
    {
        var result = await _world.Merges(_world.Region.Admin1).DetachAsync(_world.Sister, _world.Duplicate);

        Assert.True(result.Succeeded, result.Message);
        await using var db = _world.Database.System();
        Assert.False(await db.ParentLinks.AnyAsync(l => l.PupilId == _world.Sister && l.ParentId == _world.Duplicate));
        Assert.True(await db.Parents.AnyAsync(p => p.Id == _world.Duplicate));
        var audit = (await db.AuditLog.Where(a => a.EntityType == "Pupil" && a.EntityId == _world.Sister).ToListAsync())
            .SelectMany(a => a.Changes).Single(c => c.Field == "Родитель");
        Assert.StartsWith("Иванова Мария Петровна (мать", audit.OldValue);
    }

    [Fact]
    public async Task Another_school_cannot_detach()
    {
        var result = await _world.Merges(_world.Region.Admin2).DetachAsync(_world.Sister, _world.Duplicate);

        Assert.Equal("Ученик не найден или недоступен вам.", result.Message);
    }

    /// <summary>Every link, account and parent field the merge touches, as comparable text.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var db = _world.Database.System();
        var links = await db.ParentLinks.OrderBy(l => l.PupilId).ThenBy(l => l.ParentId).Select(l => $"{l.PupilId}-{l.ParentId}-{l.Relation}").ToListAsync();
        var accounts = await db.UserAccounts.OrderBy(a => a.Id).Select(a => $"{a.Id}:{a.ParentId}:{a.IsDisabled}:{a.EsiaOid}").ToListAsync();
        var parents = (await db.Parents.OrderBy(p => p.Id).ToListAsync())
            .Select(p => $"{p.Id}:{p.MergedIntoId}:{p.BirthDate}:{p.Snils}:{p.Document}:{p.Phone}:{p.Email}:{p.RegistrationAddress}:{p.StayAddress}");
        return string.Join("|", links.Concat(accounts).Concat(parents));
    }
}
