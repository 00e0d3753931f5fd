namespace SchoolPortal.Features.Duplicates;

/// <summary>The feature's addresses.</summary>
public static class MergeLinks
{
    public const string Page = "management/duplicates";

    public static string Entry(int mergeId) => $"management/duplicates/merges/{mergeId}";
}
