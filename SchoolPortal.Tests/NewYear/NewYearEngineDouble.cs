using SchoolPortal.Features.NewYear;

namespace SchoolPortal.Tests.NewYear;

/// <summary>
/// Stands in for the engine (built on another branch) in the wizard's tests: the movement problems and the preview are
/// what the test sets; the other calls are recorded.
/// </summary>
public sealed class NewYearEngineDouble : INewYearEngine
{
    public List<MovementProblem> Problems { get; } = [];

    public List<int> Started { get; } = [];

    public RolloverPreview? Preview { get; set; }

    public Task<int> StartAsync(int schoolId, CancellationToken ct = default)
    {
        Started.Add(schoolId);
        return Task.FromResult(0);
    }

    public Task<IReadOnlyList<MovementProblem>> MovementProblemsAsync(int planId, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<MovementProblem>>(Problems.ToList());

    public Task<RolloverPreview> PreviewAsync(int planId, CancellationToken ct = default) =>
        Task.FromResult(Preview ?? throw new InvalidOperationException("The test set no preview."));

    public List<int> Opened { get; } = [];

    public Task<Guid> OpenAsync(int planId, CancellationToken ct = default)
    {
        Opened.Add(planId);
        return Task.FromResult(Guid.NewGuid());
    }

    public Task<IReadOnlyList<OpenRequestResult>> OpenManyAsync(IReadOnlyList<int> schoolIds, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<OpenRequestResult>>(schoolIds.Select(id => new OpenRequestResult(id, $"Школа {id}", null, "не готова")).ToList());

    public Task<UndoCheck> CanUndoAsync(int planId, CancellationToken ct = default) => Task.FromResult(new UndoCheck(false, "не открыт"));

    public Task UndoAsync(int planId, CancellationToken ct = default) => throw new NotSupportedException("Not used by these tests.");

    public List<int> OpeningsCancelled { get; } = [];

    public Task CancelOpeningAsync(int planId, CancellationToken ct = default)
    {
        OpeningsCancelled.Add(planId);
        return Task.CompletedTask;
    }
}
