using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Audit;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Data;

/// <summary>Records changed without tracking and written by prepared UPDATEs: the same rows and audit as a tracked save.</summary>
public sealed class AuditedRowUpdatesTests : IDisposable
{
    private readonly TestDatabase _tracked = new();
    private readonly TestDatabase _untracked = new();
    private readonly TestRegion _trackedRegion;
    private readonly TestRegion _untrackedRegion;

    public AuditedRowUpdatesTests()
    {
        _trackedRegion = TestRegion.Create(_tracked);
        _untrackedRegion = TestRegion.Create(_untracked);
    }

    public void Dispose()
    {
        _tracked.Dispose();
        _untracked.Dispose();
    }

    private static void Change(Pupil pupil)
    {
        pupil.ChangeSnils(Snils.Parse("112-233-445 95"));
        pupil.Rename(PersonName.Create("Иванов", "Павел", "Сергеевич"));
        pupil.ChangeDocuments(IdentityDocument.BirthCertificate("IV-ИВ", "123456"), null);
        pupil.ChangeComment("Проверено");
    }

    [Fact]
    public async Task The_rows_and_audit_entries_equal_those_of_a_tracked_save()
    {
        await using (var db = await _tracked.For(_trackedRegion.Admin1).OpenAsync())
        {
            Change(await db.Pupils.SingleAsync(p => p.Id == _trackedRegion.Pupil1.Id));
            await db.SaveChangesAsync();
        }
        await using (var db = await _untracked.For(_untrackedRegion.Admin1).OpenAsync())
        {
            var pupil = await db.Pupils.AsNoTracking().SingleAsync(p => p.Id == _untrackedRegion.Pupil1.Id);
            var updates = new AuditedRowUpdates(db.Model);
            var image = updates.Capture(pupil);
            Change(pupil);
            Assert.True(updates.Changed(image));
            await db.Database.OpenConnectionAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await updates.WriteAsync(db, CancellationToken.None);
            await transaction.CommitAsync();
        }

        var (trackedPupil, trackedAudit) = await ReadAsync(_tracked, _trackedRegion);
        var (untrackedPupil, untrackedAudit) = await ReadAsync(_untracked, _untrackedRegion);
        Assert.Equal(trackedPupil, untrackedPupil);
        Assert.Equal(trackedAudit.SchoolId, untrackedAudit.SchoolId);
        Assert.Equal(trackedAudit.ActorAccountId, untrackedAudit.ActorAccountId);
        Assert.Equal(AuditAction.Changed, untrackedAudit.Action);
        Assert.Equal(trackedAudit.Changes.OrderBy(c => c.Field), untrackedAudit.Changes.OrderBy(c => c.Field));
        Assert.Contains(new AuditChange("Name.FirstName", "Пётр", "Павел"), untrackedAudit.Changes);
    }

    [Fact]
    public async Task A_row_changed_after_it_was_read_is_not_overwritten()
    {
        await using var db = await _untracked.For(_untrackedRegion.Admin1).OpenAsync();
        var pupil = await db.Pupils.AsNoTracking().SingleAsync(p => p.Id == _untrackedRegion.Pupil1.Id);
        var updates = new AuditedRowUpdates(db.Model);
        var image = updates.Capture(pupil);
        pupil.ChangeComment("Из файла");
        updates.Changed(image);
        await using (var card = _untracked.System())
        {
            (await card.Pupils.SingleAsync(p => p.Id == pupil.Id)).ChangeComment("Из карточки");
            await card.SaveChangesAsync();
        }

        await db.Database.OpenConnectionAsync();
        await using (var transaction = await db.Database.BeginTransactionAsync())
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => updates.WriteAsync(db, CancellationToken.None));

        await using var check = _untracked.System();
        Assert.Equal("Из карточки", (await check.Pupils.SingleAsync(p => p.Id == pupil.Id)).Comment);
        Assert.False(await check.AuditLog.AnyAsync(a => a.ActorLogin == "admin1"));
    }

    [Fact]
    public async Task An_unchanged_record_is_not_queued()
    {
        await using var db = await _untracked.For(_untrackedRegion.Admin1).OpenAsync();
        var pupil = await db.Pupils.AsNoTracking().SingleAsync(p => p.Id == _untrackedRegion.Pupil1.Id);
        var updates = new AuditedRowUpdates(db.Model);
        var image = updates.Capture(pupil);
        pupil.ChangeComment(pupil.Comment);

        Assert.False(updates.Changed(image));
        Assert.Equal(0, updates.Count);
    }

    private static async Task<(string Pupil, AuditEntry Audit)> ReadAsync(TestDatabase database, TestRegion region)
    {
        await using var db = database.System();
        var p = await db.Pupils.AsNoTracking().SingleAsync(x => x.Id == region.Pupil1.Id);
        var row = string.Join("|", p.Name.Full, p.Snils?.Value, p.BirthCertificate?.Series, p.BirthCertificate?.Number, p.BirthCertificate?.Kind,
            p.Comment, p.BirthDate, p.Citizenship, p.Status, p.CurrentClassId);
        return (row, await db.AuditLog.SingleAsync(a => a.EntityType == nameof(Pupil) && a.ActorLogin == "admin1"));
    }
}
