namespace SchoolPortal.Features.BatchUpdate;

/// <summary>The default until the duplicate guard is wired in: every new person passes.</summary>
public sealed class NoNewPersonCheck : INewPersonCheck
{
    public Task<IReadOnlyList<RowError>> CheckAsync(IReadOnlyList<NewPersonCandidate> candidates, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<RowError>>([]);
}
