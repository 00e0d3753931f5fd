namespace SchoolPortal.Features.DataQuality;

/// <summary>The nightly Hangfire job: the scores of the whole region for today (a rerun the same day replaces them).</summary>
public sealed class QualityScoresJob(QualityCalculation calculation, ILogger<QualityScoresJob> log)
{
    public const string JobId = "quality-scores";

    public async Task RunAsync(CancellationToken ct)
    {
        var result = await calculation.RunAsync(QualityScope.Region, null, ct);
        log.LogInformation("Quality scores for {Day}: {Schools} schools, {Rows} rows", result.ComputedOn, result.Schools, result.Rows);
    }
}
