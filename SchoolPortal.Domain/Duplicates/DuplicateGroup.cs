namespace SchoolPortal.Domain.Duplicates;

/// <summary>
/// Records that are probably one person: a connected component of matching pairs. Strong when at least one pair matches
/// by SNILS, document, or name and birth date; otherwise only a candidate to check by hand.
/// </summary>
public sealed record DuplicateGroup(IReadOnlyList<int> Ids, IReadOnlyList<DuplicatePair> Pairs)
{
    public bool IsStrong => Pairs.Any(p => p.IsStrong);

    /// <summary>Every rule that joined any pair of the group, strong first.</summary>
    public IReadOnlyList<DuplicateRule> Rules => Pairs.SelectMany(p => p.Rules).Distinct().Order().ToList();

    /// <summary>Stable across scans of unchanged data: the smallest id of the group.</summary>
    public int Key => Ids[0];
}
