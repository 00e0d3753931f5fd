namespace SchoolPortal.Features.Portfolio;

/// <summary>
/// The class averages of a class (subject × period → mean of the pupils' weighted averages), kept for a short while: they
/// are the heaviest part of a portfolio (every mark of the class is read) and the same for every parent of the class, who
/// tend to look in the same evening hour. A parent may see a class average up to <see cref="Lifetime"/> old; the child's
/// own marks are always read fresh. The EPGU publication uses a cache of its own per run, so a snapshot never mixes runs.
/// </summary>
public sealed class ClassAverageCache(TimeProvider clock, TimeSpan lifetime)
{
    /// <summary>Bounds the memory: past this many classes the cache starts over (a region has about 20,000 classes).</summary>
    public const int MaxClasses = 5_000;

    public static readonly TimeSpan PageLifetime = TimeSpan.FromMinutes(5);

    private readonly ExpiringCache<int, IReadOnlyDictionary<(int SubjectId, int PeriodId), decimal?>> _byClass = new(clock, lifetime, MaxClasses);

    public TimeSpan Lifetime => lifetime;

    /// <summary>A cache that keeps everything it is given, for one run of a job.</summary>
    public static ClassAverageCache ForOneRun() => new(TimeProvider.System, TimeSpan.MaxValue);

    public bool TryGet(int classId, out IReadOnlyDictionary<(int SubjectId, int PeriodId), decimal?> averages) =>
        _byClass.TryGet(classId, out averages);

    public void Set(int classId, IReadOnlyDictionary<(int SubjectId, int PeriodId), decimal?> averages) => _byClass.Set(classId, averages);
}
