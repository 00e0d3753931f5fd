using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.People;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Access;

public sealed class SchoolScopingTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestRegion _region;

    public SchoolScopingTests() => _region = TestRegion.Create(_database);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task School_admin_reads_only_own_school_pupils_parents_classes_and_memberships()
    {
        await using var db = await _database.For(_region.Admin1).OpenAsync();

        Assert.Equal([_region.Pupil1.Id], await db.Pupils.Select(p => p.Id).ToListAsync());
        Assert.Equal([_region.Class1.Id], await db.Classes.Select(c => c.Id).ToListAsync());
        Assert.Equal([_region.School1.Id], await db.Schools.Select(s => s.Id).ToListAsync());
        Assert.All(await db.ClassMemberships.ToListAsync(), m => Assert.Equal(_region.Pupil1.Id, m.PupilId));
        Assert.Equal([_region.Parent1.Id], await db.Parents.Select(p => p.Id).ToListAsync());
        Assert.Null(await db.Pupils.FirstOrDefaultAsync(p => p.Id == _region.Pupil2.Id));
    }

    [Fact]
    public async Task School_admin_of_school_2_sees_no_parent_of_school_1()
    {
        await using var db = await _database.For(_region.Admin2).OpenAsync();

        Assert.Empty(await db.Parents.ToListAsync());
        Assert.Empty(await db.ParentLinks.ToListAsync());
    }

    [Fact]
    public async Task Municipal_operator_reads_only_schools_of_own_district()
    {
        await using var db = await _database.For(_region.District1Operator).OpenAsync();

        Assert.Equal([_region.Pupil1.Id], await db.Pupils.Select(p => p.Id).ToListAsync());
        Assert.Equal([_region.School1.Id], await db.Schools.Select(s => s.Id).ToListAsync());
    }

    [Fact]
    public async Task Region_operator_reads_every_school()
    {
        await using var db = await _database.For(_region.RegionOperator).OpenAsync();

        Assert.Equal(2, await db.Pupils.CountAsync());
    }

    [Fact]
    public async Task A_context_without_a_scope_sees_nothing()
    {
        await using var db = _database.Factory.CreateDbContext();

        Assert.Empty(await db.Pupils.ToListAsync());
        Assert.Empty(await db.Schools.ToListAsync());
    }

    [Fact]
    public async Task School_admin_cannot_save_a_pupil_into_another_school()
    {
        await using var db = await _database.For(_region.Admin1).OpenAsync();
        db.Pupils.Add(TestRegion.NewPupil(_region.School2.Id, "Чужой", "Ученик", null, Gender.Male));

        var error = await Assert.ThrowsAsync<AccessDeniedException>(() => db.SaveChangesAsync());

        Assert.Contains("Нет прав", error.Message);
        await using var check = _database.System();
        Assert.False(await check.Pupils.AnyAsync(p => p.Name.Surname == "Чужой"));
    }

    [Fact]
    public async Task School_admin_cannot_change_a_pupil_of_another_school_by_attaching_it()
    {
        Domain.Pupils.Pupil foreign;
        await using (var system = _database.System())
            foreign = await system.Pupils.SingleAsync(p => p.Id == _region.Pupil2.Id);
        await using var db = await _database.For(_region.Admin1).OpenAsync();
        db.Attach(foreign);
        foreign.ChangeComment("изменено чужим администратором");

        await Assert.ThrowsAsync<AccessDeniedException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task School_admin_may_change_own_school_details_but_not_another_school()
    {
        Domain.Schools.School other;
        await using (var system = _database.System())
            other = await system.Schools.SingleAsync(s => s.Id == _region.School2.Id);
        await using var db = await _database.For(_region.Admin1).OpenAsync();
        var own = await db.Schools.SingleAsync();
        own.UpdateDetails(own.FullName, "СОШ № 1 (новое)", own.Inn, own.Ogrn, own.Address, own.HeadName, own.Phone, own.Email);
        await db.SaveChangesAsync();

        db.Attach(other);
        other.UpdateDetails(other.FullName, "захвачено", other.Inn, other.Ogrn, other.Address, other.HeadName, other.Phone, other.Email);

        await Assert.ThrowsAsync<AccessDeniedException>(() => db.SaveChangesAsync());
    }
}
