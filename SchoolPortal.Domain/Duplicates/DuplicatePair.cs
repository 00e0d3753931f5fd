namespace SchoolPortal.Domain.Duplicates;

/// <summary>Two records of a group and every rule by which they match (the smaller id first).</summary>
public sealed record DuplicatePair(int FirstId, int SecondId, IReadOnlyList<DuplicateRule> Rules)
{
    public bool IsStrong => Rules.Any(DuplicateRules.IsStrong);
}
