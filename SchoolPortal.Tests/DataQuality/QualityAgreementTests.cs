using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.DataQuality;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.DataQuality;
using SchoolPortal.Tests.DemoRegion;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.DataQuality;

/// <summary>
/// The counts the database makes with each rule's expression equal the rule run in memory on the same records, loaded
/// whole: the translation (value columns as text, REPLACE chains, owned documents, subqueries) means what the rule says.
/// </summary>
public sealed class QualityAgreementTests(DemoRegionFixture region) : IClassFixture<DemoRegionFixture>
{
    private static readonly DateOnly Today = DemoRegionGenerator.FixedDay;

    /// <summary>The region's calculation, run once per fixture: both tests read the same stored scores.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DemoRegionFixture, Task<Dictionary<(int, string), (int Checked, int Failing)>>> Calculated = new();

    private Task<Dictionary<(int, string), (int Checked, int Failing)>> StoredAsync() => Calculated.GetValue(region, _ => CalculateAsync());

    private async Task<Dictionary<(int, string), (int Checked, int Failing)>> CalculateAsync()
    {
        await new QualityCalculation(region.Database.Factory, ManualClock.On(Today)).RunAsync(QualityScope.Region);
        await using var db = region.Database.System();
        return await db.QualityScores.Where(q => q.ComputedOn == Today).ToDictionaryAsync(q => (q.SchoolId, q.RuleCode), q => (q.Checked, q.Failing));
    }

    private static void Agree<T>(Dictionary<(int, string), (int Checked, int Failing)> stored, IReadOnlyList<QualityRule<T>> rules,
        IReadOnlyList<(int School, T Record)> records)
    {
        foreach (var rule in rules)
        {
            var (applies, fails) = rule.Compile(Today);
            var inMemory = records.GroupBy(r => r.School).ToDictionary(g => g.Key,
                g => (Checked: g.Count(r => applies(r.Record)), Failing: g.Count(r => fails(r.Record))));
            foreach (var ((school, code), counts) in stored.Where(s => s.Key.Item2 == rule.Code))
                Assert.True(inMemory.GetValueOrDefault(school) == counts, $"{rule.Code}, школа {school}: БД {counts}, в памяти {inMemory.GetValueOrDefault(school)}");
        }
    }

    [Fact]
    public async Task Database_counts_equal_the_rules_run_in_memory()
    {
        var stored = await StoredAsync();
        await using var db = region.Database.System();
        var sources = new QualitySources(db, Today);
        var pupils = await sources.Pupils.Include(p => p.ParentLinks).ToListAsync();
        Agree(stored, QualityRules.PupilRules, pupils.Select(p => (p.SchoolId, p)).ToList());
        var pairs = await sources.ParentsBySchool.ToListAsync();
        var parents = await sources.Parents.ToDictionaryAsync(p => p.Id);
        Agree(stored, QualityRules.ParentRules, pairs.Where(x => parents.ContainsKey(x.ParentId)).Select(x => (x.SchoolId, parents[x.ParentId])).ToList());
        Agree(stored, QualityRules.StaffRules, (await sources.Staff.ToListAsync()).Select(e => (e.SchoolId, e)).ToList());
        Agree(stored, [QualityRules.StaffMaternityLeave], (await sources.StaffLeaves.ToListAsync()).Select(e => (e.SchoolId, e)).ToList());
        Agree(stored, QualityRules.SchoolRules, (await sources.Schools.ToListAsync()).Select(s => (s.Id, s)).ToList());
        Agree(stored, QualityRules.LessonRules, (await sources.PastLessons.ToListAsync()).Select(l => (l.SchoolId, l)).ToList());
        Agree(stored, QualityRules.CourseRules, (await sources.ClosedCourses.ToListAsync()).Select(c => (c.SchoolId, c)).ToList());
        Agree(stored, QualityRules.ActivityRules, (await sources.Activity.ToListAsync()).Select(a => (a.SchoolId, a)).ToList());
        Assert.Contains(stored, s => s.Key.Item2 == QualityRules.LessonMarks.Code && s.Value.Checked > 0);
    }

    [Fact]
    public async Task A_school_administrator_sees_only_their_schools_scores_and_records()
    {
        await StoredAsync();
        int schoolId, otherSchool;
        await using (var db = region.Database.System())
        {
            var ids = await db.Schools.OrderBy(s => s.Id).Select(s => s.Id).Take(2).ToListAsync();
            (schoolId, otherSchool) = (ids[0], ids[1]);
        }
        var admin = new PortalUser(99, "admin-test", "Администратор", Domain.Accounts.Role.SchoolAdmin, schoolId, null);
        var dashboard = new QualityDashboard(region.Database.For(admin), new QualityCalculation(region.Database.Factory, ManualClock.On(Today)),
            null!, ManualClock.On(Today));

        var view = await dashboard.LoadAsync(municipalityId: null, schoolId: otherSchool);
        Assert.Equal(QualityLevel.School, view.Level);
        Assert.Equal(schoolId, view.SchoolId);
        Assert.Empty(view.Rows);
        Assert.Equal(QualityRules.All.Count, view.Rules.Count);

        var own = await dashboard.FailingAsync(schoolId, QualityRules.PupilSnils.Code);
        Assert.Equal(view.Rules.Single(r => r.Rule.Code == QualityRules.PupilSnils.Code).Totals.Failing, own.Count);
        Assert.All(own, r => Assert.StartsWith("/management/pupils/", r.Link));
        await Assert.ThrowsAsync<Domain.Common.DomainException>(() => dashboard.FailingAsync(otherSchool, QualityRules.PupilSnils.Code));
    }
}
