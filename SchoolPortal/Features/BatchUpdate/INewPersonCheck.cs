namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// The seam for the duplicate check of people a batch update creates: the lead plugs in PersonDuplicateGuard here
/// (one call for the whole file). Each returned error refuses the update like any other row error.
/// </summary>
public interface INewPersonCheck
{
    Task<IReadOnlyList<RowError>> CheckAsync(IReadOnlyList<NewPersonCandidate> candidates, CancellationToken ct);
}
