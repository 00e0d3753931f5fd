using SchoolPortal.Features.BatchUpdate;

namespace SchoolPortal.Tests.BatchUpdate;

/// <summary>For tests of the update itself: every new person passes (the duplicate check has tests of its own).</summary>
public sealed class NoNewPersonCheck : INewPersonCheck
{
    public Task<IReadOnlyList<RowError>> CheckAsync(IReadOnlyList<NewPersonCandidate> candidates, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<RowError>>([]);
}
