namespace SchoolPortal.Features.Parents;

public sealed record ParentSearchResult(IReadOnlyList<ParentCandidate> Found, string? Error)
{
    public static ParentSearchResult Fail(string error) => new([], error);
}
