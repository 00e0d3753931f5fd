namespace SchoolPortal.Features.Duplicates;

/// <summary>The outcome of a merge, undo or detach: done (with the merge's id), or refused with a Russian message.</summary>
public sealed record DuplicateActionResult(bool Succeeded, string Message, int? MergeId = null)
{
    public static DuplicateActionResult Done(string message, int? mergeId = null) => new(true, message, mergeId);

    public static DuplicateActionResult Refused(string message) => new(false, message);
}
