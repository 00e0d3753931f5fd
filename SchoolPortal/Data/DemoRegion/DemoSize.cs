namespace SchoolPortal.Data.DemoRegion;

/// <summary>How big a region the generator makes.</summary>
/// <param name="JournalSchools">How many schools (the first ones) get a timetable, lessons and a filled journal.</param>
public sealed record DemoSize(string Name, int Municipalities, int Schools, int Pupils, double LoginShare, int JournalSchools)
{
    /// <summary>Seeded on the first start of an empty database: 3 districts, 6 schools, ~3,000 pupils, ~250 staff.</summary>
    public static DemoSize Demo { get; } = new("demo", 3, 6, 3_000, 0.5, JournalSchools: 6);

    /// <summary>A whole region for load tests: ~900 schools in 40 districts, ~440,000 pupils, ≈2 million rows.</summary>
    public static DemoSize Region { get; } = new("region", 40, 900, 440_000, 0.1, JournalSchools: 10);

    public static DemoSize Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "demo" => Demo,
        "region" => Region,
        _ => throw new ArgumentException($"Неизвестный размер «{name}»: допустимо demo или region."),
    };

    public override string ToString() => Name;
}
