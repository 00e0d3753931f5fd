using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Audit;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Data;

public sealed class AuditTrailTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;

    public AuditTrailTests() => _region = TestRegion.Create(_database);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Changing_a_pupil_records_who_when_and_old_to_new_for_each_field()
    {
        await using (var db = await _database.For(_region.Admin1).OpenAsync())
        {
            var pupil = await db.Pupils.SingleAsync(p => p.Id == _region.Pupil1.Id);
            pupil.ChangeSnils(Snils.Parse("112-233-445 95"));
            pupil.Rename(PersonName.Create("Иванов", "Павел", "Сергеевич"));
            pupil.ChangeDocuments(IdentityDocument.BirthCertificate("IV-ИВ", "123456"), null);
            await db.SaveChangesAsync();
        }

        await using var check = _database.System();
        var entry = await check.AuditLog.Where(a => a.EntityType == nameof(Pupil) && a.EntityId == _region.Pupil1.Id && a.ActorLogin == "admin1")
            .SingleAsync();
        Assert.Equal("admin1", entry.ActorLogin);
        Assert.Equal(_region.School1.Id, entry.SchoolId);
        Assert.Contains(new AuditChange("Snils", null, "112-233-445 95"), entry.Changes);
        Assert.Contains(new AuditChange("Name.FirstName", "Пётр", "Павел"), entry.Changes);
        Assert.Contains(new AuditChange("BirthCertificate.Series", null, "IV-ИВ"), entry.Changes);
        Assert.DoesNotContain(entry.Changes, c => c.Field == "Name.Surname");
    }

    [Fact]
    public async Task Entries_written_by_the_save_are_stored_exactly_as_ef_core_stores_an_added_entry()
    {
        var at = new DateTimeOffset(2026, 11, 28, 9, 30, 15, 123, TimeSpan.FromHours(5));
        await using (var db = await _database.For(_region.Admin1).OpenAsync())
        {
            var pupil = await db.Pupils.SingleAsync(p => p.Id == _region.Pupil1.Id);
            pupil.ChangeComment("Проверено");
            await db.SaveChangesAsync();
        }
        await using (var system = _database.System())
        {
            system.AuditLog.Add(new AuditEntry(at, null, "ef", _region.School1.Id, "Probe", 7, AuditAction.Changed, [new AuditChange("Поле", "было", "стало")]));
            await system.SaveChangesAsync();
        }

        await using var check = _database.System();
        var saved = await check.AuditLog.SingleAsync(a => a.EntityType == nameof(Pupil) && a.ActorLogin == "admin1");
        Assert.Equal(AuditAction.Changed, saved.Action);
        Assert.Equal(_region.Admin1.Actor.AccountId, saved.ActorAccountId);
        Assert.Equal([new AuditChange("Comment", null, "Проверено")], saved.Changes);
        var stored = await check.Database.SqlQueryRaw<string>("SELECT \"At\" AS \"Value\" FROM \"AuditLog\" ORDER BY \"Id\"").ToListAsync();
        // Every row's time went through the model's converter (a number on SQLite), so ordering by time in SQL stays right.
        Assert.All(stored, text => Assert.Matches(@"^-?\d+$", text));
        Assert.Equal(at, (await check.AuditLog.SingleAsync(a => a.EntityType == "Probe")).At);
        Assert.True(saved.Id > 0);
    }

    [Fact]
    public async Task Creating_a_pupil_is_audited_with_its_new_id()
    {
        int id;
        await using (var db = await _database.For(_region.Admin1).OpenAsync())
        {
            var pupil = TestRegion.NewPupil(_region.School1.Id, "Новиков", "Илья", null, Gender.Male);
            db.Pupils.Add(pupil);
            await db.SaveChangesAsync();
            id = pupil.Id;
        }

        await using var check = _database.System();
        var entry = await check.AuditLog.SingleAsync(a => a.EntityType == nameof(Pupil) && a.EntityId == id);
        Assert.Equal(AuditAction.Created, entry.Action);
        Assert.Contains(new AuditChange("Name.Surname", null, "Новиков"), entry.Changes);
    }

    [Fact]
    public async Task Audit_of_school_1_is_invisible_to_school_2()
    {
        await using var db = await _database.For(_region.Admin2).OpenAsync();

        Assert.DoesNotContain(await db.AuditLog.ToListAsync(), a => a.SchoolId == _region.School1.Id);
    }
}
