using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Duplicates;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Duplicates;

public sealed class DuplicateFinderTests : IDisposable
{
    private readonly DuplicateWorld _world = new();

    public void Dispose() => _world.Dispose();

    /// <summary>Пётр of school 1 is also enrolled in school 2 (another district) under the same name and birth date.</summary>
    private async Task EnrollPeterTwiceAsync()
    {
        await using var db = _world.Database.System();
        db.Pupils.Add(TestRegion.NewPupil(_world.Region.School2.Id, "Иванов", "Петр", "Сергеевич", Gender.Male));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_region_operator_sees_a_child_enrolled_in_two_schools()
    {
        await EnrollPeterTwiceAsync();

        var scan = await _world.Finder(_world.Region.RegionOperator).ScanPupilsAsync(DuplicateFilter.All);

        var group = Assert.Single(scan.Groups);
        Assert.Equal(["МАОУ «СОШ № 1»", "МБОУ «СОШ № 2»"], group.Records.Select(r => r.SchoolName).Order());
        Assert.Equal(["Совпадают ФИО и дата рождения"], group.RuleNames);
    }

    [Fact]
    public async Task A_district_operator_sees_only_the_district_and_a_school_admin_is_refused()
    {
        await EnrollPeterTwiceAsync();

        Assert.Empty((await _world.Finder(_world.Region.District1Operator).ScanPupilsAsync(DuplicateFilter.All)).Groups);
        await Assert.ThrowsAsync<AccessDeniedException>(() => _world.Finder(_world.Region.Admin1).ScanPupilsAsync(DuplicateFilter.All));
    }

    [Fact]
    public async Task Operators_find_the_parent_pair_in_their_district_and_in_the_region_but_not_elsewhere()
    {
        Assert.Single((await _world.Finder(_world.Region.District1Operator).ScanParentsAsync(DuplicateFilter.All)).Groups);
        Assert.Single((await _world.Finder(_world.Region.RegionOperator).ScanParentsAsync(DuplicateFilter.All)).Groups);
        Assert.Empty((await _world.Finder(_world.Region.RegionOperator).ScanParentsAsync(new DuplicateFilter(_world.Region.District2.Id))).Groups);
    }

    [Fact]
    public async Task A_district_operator_cannot_choose_a_school_of_another_district()
    {
        var e = await Assert.ThrowsAsync<AccessDeniedException>(() =>
            _world.Finder(_world.Region.District1Operator).ScanParentsAsync(new DuplicateFilter(SchoolId: _world.Region.School2.Id)));

        Assert.Equal("Школа не найдена или недоступна вам.", e.Message);
    }

    [Fact]
    public async Task A_pair_settled_by_an_override_is_not_flagged()
    {
        await using (var db = _world.Database.System())
        {
            db.DuplicateOverrides.Add(new DuplicateOverride(DuplicateFinder.ParentEntity, _world.Duplicate, _world.Original,
                "Однофамилицы с одинаковыми данными, проверено по документам", _world.Region.School1.Id, DateTimeOffset.UtcNow, null, "admin1"));
            await db.SaveChangesAsync();
        }

        Assert.Empty((await _world.Finder(_world.Region.Admin1).ScanParentsAsync(DuplicateFilter.All)).Groups);
    }

    [Fact]
    public async Task A_deleted_parent_record_is_not_offered_for_merging()
    {
        await using (var db = _world.Database.System())
        {
            var deleted = new Parent(PersonName.Create("Иванова", "Мария", "Петровна"), Gender.Female);
            deleted.ChangeBirthDate(DuplicateWorld.MotherBirth, TestRegion.Today);
            deleted.Delete(childCount: 0, DateTimeOffset.UtcNow);
            db.Parents.Add(deleted);
            await db.SaveChangesAsync();
        }

        var group = Assert.Single((await _world.Finder(_world.Region.RegionOperator).ScanParentsAsync(DuplicateFilter.All)).Groups);

        Assert.Equal([_world.Original, _world.Duplicate], group.Ids.Order());
    }
}
