using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.DataQuality;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Features.DataQuality;
using SchoolPortal.Tests.DemoRegion;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.DataQuality;

/// <summary>The scores job on the generated demo region: its counts against the problems the generator planted on purpose.</summary>
public sealed class QualityCalculationTests(DemoRegionFixture region) : IClassFixture<DemoRegionFixture>
{
    private static readonly DateOnly Today = DemoRegionGenerator.FixedDay;
    private readonly ManualClock _clock = ManualClock.On(Today);

    private QualityCalculation Calculation => new(region.Database.Factory, _clock);

    private async Task<Dictionary<(int School, string Rule), QualityScore>> RegionScoresAsync()
    {
        await Calculation.RunAsync(QualityScope.Region);
        await using var db = region.Database.System();
        return await db.QualityScores.Where(q => q.ComputedOn == Today).ToDictionaryAsync(q => (q.SchoolId, q.RuleCode));
    }

    private async Task<HashSet<int>> EnrolledAsync(IEnumerable<int> pupilIds)
    {
        var ids = pupilIds.ToList();
        await using var db = region.Database.System();
        return (await db.Pupils.Where(p => ids.Contains(p.Id) && p.Status == PupilStatus.Enrolled).Select(p => p.Id).ToListAsync()).ToHashSet();
    }

    /// <summary>(school, parent) pairs of the planted parents: a parent counts once in each school where a child studies.</summary>
    private async Task<int> ParentPairsAsync(IEnumerable<int> parentIds)
    {
        var ids = parentIds.ToList();
        await using var db = region.Database.System();
        return await db.ParentLinks.Where(l => ids.Contains(l.ParentId))
            .Join(db.Pupils.Where(p => p.Status == PupilStatus.Enrolled), l => l.PupilId, p => p.Id, (l, p) => new { p.SchoolId, l.ParentId })
            .Where(x => db.Parents.Any(p => p.Id == x.ParentId && p.MergedIntoId == null))
            .Distinct().CountAsync();
    }

    private static int Failing(Dictionary<(int School, string Rule), QualityScore> scores, string rule) =>
        scores.Values.Where(s => s.RuleCode == rule).Sum(s => s.Failing);

    [Fact]
    public async Task Pupils_without_snils_are_the_planted_ones_who_study()
    {
        var scores = await RegionScoresAsync();
        var planted = await EnrolledAsync(region.Result.Problems[PlantedProblemKind.PupilWithoutSnils].Ids);
        Assert.NotEmpty(planted);
        Assert.Equal(planted.Count, Failing(scores, QualityRules.PupilSnils.Code));
    }

    [Fact]
    public async Task Pupils_without_parents_and_with_malformed_certificates_are_the_planted_ones()
    {
        var scores = await RegionScoresAsync();
        var orphans = await EnrolledAsync(region.Result.Problems[PlantedProblemKind.PupilWithoutParent].Ids);
        var malformed = await EnrolledAsync(region.Result.Problems[PlantedProblemKind.MalformedBirthCertificate].Ids);
        Assert.NotEmpty(orphans);
        Assert.NotEmpty(malformed);
        Assert.Equal(orphans.Count, Failing(scores, QualityRules.PupilParents.Code));
        Assert.Equal(malformed.Count, Failing(scores, QualityRules.PupilDocument.Code));
    }

    [Fact]
    public async Task Parents_without_birth_date_and_with_malformed_passports_are_the_planted_ones()
    {
        var scores = await RegionScoresAsync();
        var withoutBirthDate = await ParentPairsAsync(region.Result.Problems[PlantedProblemKind.ParentWithoutBirthDate].Ids);
        var malformed = await ParentPairsAsync(region.Result.Problems[PlantedProblemKind.MalformedParentPassport].Ids);
        Assert.True(withoutBirthDate > 0 && malformed > 0);
        Assert.Equal(withoutBirthDate, Failing(scores, QualityRules.ParentBirthDate.Code));
        Assert.Equal(malformed, Failing(scores, QualityRules.ParentDocument.Code));
    }

    [Fact]
    public async Task Every_school_gets_a_row_per_rule()
    {
        var scores = await RegionScoresAsync();
        await using var db = region.Database.System();
        var schools = await db.Schools.CountAsync();
        Assert.Equal(schools * QualityRules.All.Count, scores.Count);
    }

    [Fact]
    public async Task A_rerun_the_same_day_gives_the_same_rows()
    {
        var first = await RegionScoresAsync();
        _clock.Advance(TimeSpan.FromMinutes(5));
        var second = await RegionScoresAsync();
        Assert.Equal(first.Count, second.Count);
        foreach (var (key, score) in first)
            Assert.Equal((score.Checked, score.Failing), (second[key].Checked, second[key].Failing));
        Assert.All(second.Values, s => Assert.Equal(_clock.GetUtcNow(), s.ComputedAt));
    }

    [Fact]
    public async Task A_school_rerun_replaces_only_that_schools_rows()
    {
        await RegionScoresAsync();
        var regionRun = _clock.GetUtcNow();
        int schoolId;
        await using (var db = region.Database.System())
            schoolId = await db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        _clock.Advance(TimeSpan.FromMinutes(10));
        await Calculation.RunAsync(QualityScope.School(schoolId));
        await using var check = region.Database.System();
        var rows = await check.QualityScores.Where(q => q.ComputedOn == Today).ToListAsync();
        Assert.All(rows.Where(r => r.SchoolId == schoolId), r => Assert.Equal(_clock.GetUtcNow(), r.ComputedAt));
        Assert.All(rows.Where(r => r.SchoolId != schoolId), r => Assert.Equal(regionRun, r.ComputedAt));
        Assert.Equal(QualityRules.All.Count, rows.Count(r => r.SchoolId == schoolId));
    }
}
