using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Features.NewYear.Engine;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.NewYear;

/// <summary>The briefing: forming the new year starts on 1 April; before it nothing may be started or changed.</summary>
public sealed class PreparationStartTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Forming_2027_2028_opens_on_1_april_2027()
    {
        Assert.False(RolloverPlan.PreparationOpen(2027, new DateOnly(2027, 3, 31)));
        Assert.True(RolloverPlan.PreparationOpen(2027, new DateOnly(2027, 4, 1)));
        Assert.Equal("Формирование нового учебного года откроется 1 апреля 2027 г.", RolloverPlan.PreparationClosedMessage(2027));
    }

    [Fact]
    public async Task Starting_the_plan_on_31_march_is_refused_and_creates_nothing()
    {
        var region = TestRegion.Create(_database);

        await using var start = _database.System();
        var refusal = await Assert.ThrowsAsync<DomainException>(() => RolloverProposals.StartAsync(start, region.School1.Id,
            DateTimeOffset.UtcNow, new DateOnly(2027, 3, 31), CancellationToken.None));

        Assert.Equal("Формирование нового учебного года откроется 1 апреля 2027 г.", refusal.Message);
        using var db = _database.System();
        Assert.Empty(db.RolloverPlans);
        Assert.DoesNotContain(db.AcademicYears, y => y.SchoolId == region.School1.Id && y.StartYear == 2027);
    }

    [Fact]
    public async Task Starting_on_1_april_creates_the_plan_for_the_next_year()
    {
        var region = TestRegion.Create(_database);

        await using var start = _database.System();
        var planId = await RolloverProposals.StartAsync(start, region.School1.Id, DateTimeOffset.UtcNow, new DateOnly(2027, 4, 1),
            CancellationToken.None);

        using var db = _database.System();
        Assert.Equal(2027, db.RolloverPlans.Single(p => p.Id == planId).NewStartYear);
        Assert.Contains(db.AcademicYears, y => y.SchoolId == region.School1.Id && y.StartYear == 2027 && y.Status == AcademicYearStatus.Planned);
    }

    [Fact]
    public async Task A_plan_is_not_edited_before_1_april()
    {
        var world = NewYearWorld.Create(_database);
        var services = NewYearWorld.For(_database, world.Region.Admin1, new NewYearEngineDouble(), new DateOnly(2027, 3, 31));

        var result = await services.Wizard.SavePeriodAsync(world.Plan.Id, null, StudyPeriodKind.Quarter, 2,
            new DateOnly(2027, 11, 5), new DateOnly(2027, 12, 28));

        Assert.Equal("Формирование нового учебного года откроется 1 апреля 2027 г.", result.Error);
        Assert.Single(await services.Wizard.PeriodsAsync(world.Plan.Id));
    }
}
