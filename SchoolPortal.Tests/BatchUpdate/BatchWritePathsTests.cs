using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Infrastructure.Caching;

namespace SchoolPortal.Tests.BatchUpdate;

/// <summary>
/// The two ways an apply writes: a preview that only changes existing records is kept and applied after a check (the
/// audit log and the links), else the file is planned again inside the transaction; class moves go through tracked
/// contexts beside the untracked writes.
/// </summary>
public sealed class BatchWritePathsTests : IDisposable
{
    private readonly BatchFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task A_preview_applied_where_it_was_not_kept_is_planned_again_and_written()
    {
        var file = BatchFixture.Edit(await _f.ExportAsync(_f.Region.Admin1), s =>
        {
            BatchFixture.Set(s, "Иванов", "Комментарий", "С другого сервера");
            BatchFixture.Set(s, "Иванов", "Родитель 1: Телефон", "8 912 345 67 89");
        });
        var preview = await _f.Update(_f.Region.Admin1).PreviewAsync("x.xlsx", file);
        await using var elsewhere = PortalCache.InProcess();

        var applied = await _f.Update(_f.Region.Admin1, cache: elsewhere).ApplyAsync(file, preview.FileHash, preview.Plan!.Fingerprint);

        Assert.True(applied.Applied, applied.Message);
        await using var db = _f.Database.System();
        Assert.Equal("С другого сервера", (await db.Pupils.SingleAsync(p => p.Id == _f.Region.Pupil1.Id)).Comment);
        Assert.Equal("+79123456789", (await db.Parents.SingleAsync(p => p.Id == _f.Region.Parent1.Id)).Phone!.Value);
        Assert.Equal(2, await db.AuditLog.CountAsync(a => a.ActorLogin == "admin1"));
    }

    [Fact]
    public async Task An_apply_on_another_server_than_the_preview_says_the_file_was_checked_again()
    {
        var file = BatchFixture.Edit(await _f.ExportAsync(_f.Region.Admin1), s => BatchFixture.Set(s, "Иванов", "Комментарий", "Проверено заново"));
        var preview = await _f.Update(_f.Region.Admin1).PreviewAsync("x.xlsx", file);
        await using var elsewhere = PortalCache.InProcess();

        var applied = await _f.Update(_f.Region.Admin1, cache: elsewhere)
            .ApplyAsync(file, preview.FileHash, preview.Plan!.Fingerprint, keptOn: preview.KeptOn);
        var here = BatchFixture.Edit(file, s => BatchFixture.Set(s, "Иванов", "Комментарий", "Здесь же"));
        var herePreview = await _f.Update(_f.Region.Admin1).PreviewAsync("x.xlsx", here);
        var appliedHere = await _f.Update(_f.Region.Admin1).ApplyAsync(here, herePreview.FileHash, herePreview.Plan!.Fingerprint,
            keptOn: herePreview.KeptOn);

        Assert.Equal(_f.Cache.NodeId, preview.KeptOn);
        Assert.True(applied.Applied, applied.Message);
        Assert.StartsWith(BatchUpdateService.CheckedAgain, applied.Message);
        Assert.True(appliedHere.Applied, appliedHere.Message);
        Assert.DoesNotContain(BatchUpdateService.CheckedAgain, appliedHere.Message);
    }

    [Fact]
    public async Task A_kept_preview_is_applied_once()
    {
        var file = BatchFixture.Edit(await _f.ExportAsync(_f.Region.Admin1), s => BatchFixture.Set(s, "Иванов", "Комментарий", "Один раз"));
        var preview = await _f.Update(_f.Region.Admin1).PreviewAsync("x.xlsx", file);

        var first = await _f.Update(_f.Region.Admin1).ApplyAsync(file, preview.FileHash, preview.Plan!.Fingerprint);
        var second = await _f.Update(_f.Region.Admin1).ApplyAsync(file, preview.FileHash, preview.Plan.Fingerprint);

        Assert.True(first.Applied, first.Message);
        Assert.False(second.Applied);
        Assert.Equal(1, await _f.Database.System().AuditLog.CountAsync(a => a.ActorLogin == "admin1"));
    }

    [Fact]
    public async Task Apply_refuses_when_a_changed_parent_was_unlinked_from_the_pupil_after_the_preview()
    {
        var file = BatchFixture.Edit(await _f.ExportAsync(_f.Region.Admin1), s => BatchFixture.Set(s, "Иванов", "Родитель 1: Телефон", "8 912 345 67 89"));
        var preview = await _f.Update(_f.Region.Admin1).PreviewAsync("x.xlsx", file);
        await using (var db = _f.Database.System())
        {
            var pupil = await db.Pupils.Include(p => p.ParentLinks).SingleAsync(p => p.Id == _f.Region.Pupil1.Id);
            pupil.DetachParent(_f.Region.Parent1.Id);
            await db.SaveChangesAsync();
        }
        var before = await _f.SnapshotAsync();

        var applied = await _f.Update(_f.Region.Admin1).ApplyAsync(file, preview.FileHash, preview.Plan!.Fingerprint);

        Assert.False(applied.Applied);
        Assert.Contains("изменились после предпросмотра", applied.Message);
        Assert.Equal(before, await _f.SnapshotAsync());
    }

    [Fact]
    public async Task A_class_move_in_one_row_and_field_changes_in_another_are_written_together()
    {
        int sixth;
        Pupil other;
        await using (var db = _f.Database.System())
        {
            var year = await db.AcademicYears.SingleAsync(y => y.SchoolId == _f.Region.School1.Id && y.Status == AcademicYearStatus.Current);
            var sixthClass = new SchoolClass(_f.Region.School1.Id, year.Id, new GradeLevel(6), "А");
            db.Classes.Add(sixthClass);
            other = TestRegion.NewPupil(_f.Region.School1.Id, "Петрова", "Ольга", "Ивановна", Gender.Female);
            db.Pupils.Add(other);
            await db.SaveChangesAsync();
            other.EnrollIn(await db.Classes.SingleAsync(c => c.Id == _f.Region.Class1.Id), TestRegion.Today);
            await db.SaveChangesAsync();
            sixth = sixthClass.Id;
        }
        var file = BatchFixture.Edit(await _f.ExportAsync(_f.Region.Admin1), s =>
        {
            BatchFixture.Set(s, "Иванов", "Класс", "6а");
            BatchFixture.Set(s, "Петрова", "Комментарий", "Переведена не была");
        });
        var service = _f.Update(_f.Region.Admin1);
        var preview = await service.PreviewAsync("x.xlsx", file);
        Assert.True(preview.CanApply, preview.FileError ?? string.Join("; ", preview.Plan!.Errors));

        var applied = await service.ApplyAsync(file, preview.FileHash, preview.Plan!.Fingerprint);

        Assert.True(applied.Applied, applied.Message);
        await using var check = _f.Database.System();
        var moved = await check.Pupils.Include(p => p.Memberships).SingleAsync(p => p.Id == _f.Region.Pupil1.Id);
        Assert.Equal(sixth, moved.CurrentClassId);
        Assert.Single(moved.Memberships, m => m.IsOpen);
        Assert.Equal("Переведена не была", (await check.Pupils.SingleAsync(p => p.Id == other.Id)).Comment);
        Assert.True(await check.AuditLog.AnyAsync(a => a.EntityType == nameof(Pupil) && a.EntityId == other.Id && a.ActorLogin == "admin1"));
    }
}
