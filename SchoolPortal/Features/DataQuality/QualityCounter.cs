using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.DataQuality;

namespace SchoolPortal.Features.DataQuality;

/// <summary>
/// Counts every rule per school with set-based queries: for each rule one GROUP BY school of the records it checks and one
/// of those that fail it (the rule's own expression, translated by EF Core). No record is loaded.
/// </summary>
internal static class QualityCounter
{
    /// <summary>How many rules there are to count, for progress.</summary>
    public static int RuleCount => QualityRules.All.Count;

    public static async Task<IReadOnlyList<RuleCount>> CountAsync(QualitySources sources, Func<int, string, Task> progress, CancellationToken ct)
    {
        var counts = new List<RuleCount>();
        var done = 0;

        async Task Each<T>(IReadOnlyList<QualityRule<T>> rules, IQueryable<T> source, Expression<Func<T, int>> school)
        {
            Dictionary<int, int>? all = null;
            foreach (var rule in rules)
            {
                await progress(done, rule.Title);
                var checkedSet = source.Where(rule.Applies(sources.Today));
                var checkedBy = rule.AppliesOn is null ? all ??= await PerSchoolAsync(source, school, ct) : await PerSchoolAsync(checkedSet, school, ct);
                var failingBy = await PerSchoolAsync(checkedSet.Where(ValueColumns.ForDatabase(rule.Failing(sources.Today))), school, ct);
                counts.AddRange(checkedBy.Select(c => new RuleCount(c.Key, rule.Code, c.Value, failingBy.GetValueOrDefault(c.Key))));
                done++;
            }
        }

        await Each(QualityRules.SchoolRules, sources.Schools, s => s.Id);
        await Each(QualityRules.PupilRules, sources.Pupils, p => p.SchoolId);
        var parentsChecked = await PerSchoolAsync(sources.ParentsBySchoolAmong(sources.Parents), x => x.SchoolId, ct);
        foreach (var rule in QualityRules.ParentRules)
        {
            await progress(done, rule.Title);
            var failing = sources.Parents.Where(ValueColumns.ForDatabase(rule.Failing(sources.Today)));
            var failingBy = await PerSchoolAsync(sources.ParentsBySchoolAmong(failing), x => x.SchoolId, ct);
            counts.AddRange(parentsChecked.Select(c => new RuleCount(c.Key, rule.Code, c.Value, failingBy.GetValueOrDefault(c.Key))));
            done++;
        }
        await Each(QualityRules.StaffRules, sources.Staff, e => e.SchoolId);
        await Each([QualityRules.StaffMaternityLeave], sources.StaffLeaves, e => e.SchoolId);
        await Each(QualityRules.LessonRules, sources.PastLessons, l => l.SchoolId);
        await Each(QualityRules.CourseRules, sources.ClosedCourses, c => c.SchoolId);
        await Each(QualityRules.ActivityRules, sources.Activity, a => a.SchoolId);
        await progress(done, "Сохранение оценок");
        return counts;
    }

    private static Task<Dictionary<int, int>> PerSchoolAsync<T>(IQueryable<T> records, Expression<Func<T, int>> school, CancellationToken ct) =>
        records.GroupBy(school).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
}
