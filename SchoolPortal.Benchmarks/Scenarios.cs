namespace SchoolPortal.Benchmarks;

/// <summary>The scenarios by name. To add one: write an <see cref="IBenchmarkScenario"/> and add a line here.</summary>
public static class Scenarios
{
    public static IReadOnlyDictionary<string, Func<IBenchmarkScenario>> All { get; } = new Dictionary<string, Func<IBenchmarkScenario>>
    {
        ["seed-region"] = () => new SeedRegionScenario(),
        ["pupil-list"] = () => new PupilListScenario(),
        ["journal-render"] = () => new JournalRenderScenario(),
        ["mark-save"] = () => new MarkSaveScenario(),
        ["portfolio-load"] = () => new PortfolioLoad.PortfolioLoadScenario(),
        ["duplicate-scan"] = () => new DuplicateScanScenario(),
        ["batch-update"] = () => new BatchUpdateScenario(),
        ["girvu-export"] = () => new GirVuExportScenario(),
        ["quality-scores"] = () => new QualityScoresScenario(),
        ["rollover-school"] = () => new RolloverScenario(wholeRegion: false),
        ["rollover-region"] = () => new RolloverScenario(wholeRegion: true),
        ["epgu-intake"] = () => new EpguIntakeScenario(),
        ["enrollment-order"] = () => new EnrollmentOrderScenario(),
        ["violations"] = () => new ViolationsScenario(),
        ["campaign-dashboard"] = () => new CampaignDashboardScenario(),
        ["camp-rush"] = () => new CampRush.CampRushScenario(),
        ["journal-circuits"] = () => new JournalCircuits.JournalCircuitsScenario(),
    };
}
