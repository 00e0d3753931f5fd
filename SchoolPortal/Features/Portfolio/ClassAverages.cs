using System.Globalization;
using SchoolPortal.Infrastructure.Caching;

namespace SchoolPortal.Features.Portfolio;

/// <summary>
/// Where a portfolio takes the class averages of a class (subject × period → mean of the pupils' weighted averages): they
/// are the heaviest part of a portfolio (every mark of the class is read) and the same for every parent of the class, who
/// tend to look in the same evening hour. The pages keep them in the portal's cache for <see cref="Kind"/>'s lifetime (a
/// parent may see a class average that old; the child's own marks are read fresh); the EPGU publication keeps its own for
/// one run, so a snapshot never mixes runs; the tests read them fresh.
/// </summary>
public sealed class ClassAverages
{
    public static readonly CacheKind Kind = new("class-average", TimeSpan.FromMinutes(5), Shared: true);

    private readonly PortalCache? _cache;
    private readonly Dictionary<int, IReadOnlyDictionary<(int SubjectId, int PeriodId), decimal?>>? _run;

    private ClassAverages(PortalCache? cache, Dictionary<int, IReadOnlyDictionary<(int SubjectId, int PeriodId), decimal?>>? run)
    {
        _cache = cache;
        _run = run;
    }

    /// <summary>Read every time.</summary>
    public static ClassAverages Fresh => new(null, null);

    /// <summary>Everything read is kept, for one run of a job.</summary>
    public static ClassAverages ForOneRun() => new(null, []);

    /// <summary>Kept in the portal's cache, tagged by the class (its memberships change who counts).</summary>
    public static ClassAverages Cached(PortalCache cache) => new(cache, null);

    public async Task<IReadOnlyDictionary<(int SubjectId, int PeriodId), decimal?>> GetOrReadAsync(int classId,
        Func<CancellationToken, Task<IReadOnlyDictionary<(int SubjectId, int PeriodId), decimal?>>> read, CancellationToken ct)
    {
        if (_run is not null)
        {
            if (!_run.TryGetValue(classId, out var averages))
                _run[classId] = averages = await read(ct);
            return averages;
        }
        if (_cache is null)
            return await read(ct);
        var kept = await _cache.GetOrCreateAsync<IReadOnlyList<ClassAverage>>(Kind, classId.ToString(CultureInfo.InvariantCulture),
            async c => (await read(c)).Select(a => new ClassAverage(a.Key.SubjectId, a.Key.PeriodId, a.Value)).ToList(),
            [CacheTags.Class(classId)], ct);
        return kept.ToDictionary(a => (a.SubjectId, a.PeriodId), a => a.Average);
    }
}
