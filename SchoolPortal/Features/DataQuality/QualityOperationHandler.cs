using SchoolPortal.Infrastructure.Operations;

namespace SchoolPortal.Features.DataQuality;

/// <summary>
/// «Пересчитать» of a region or district operator as a long operation with progress. The parameters hold the district id
/// (empty: the region); <see cref="QualityDashboard.RecomputeAsync"/> checked the operator's right to it before starting.
/// </summary>
public sealed class QualityOperationHandler(QualityCalculation calculation) : ILongOperationHandler
{
    public const string OperationKind = "quality-scores";

    public string Kind => OperationKind;

    public async Task<OperationOutcome> RunAsync(OperationRun run, CancellationToken ct)
    {
        var scope = int.TryParse(run.Parameters, out var municipalityId) ? QualityScope.District(municipalityId) : QualityScope.Region;
        var result = await calculation.RunAsync(scope, (done, title) => run.ReportAsync(done, QualityCalculation.Steps, title, ct), ct);
        return new OperationOutcome($"Оценки за {result.ComputedOn:dd.MM.yyyy}: школ {result.Schools}.");
    }
}
