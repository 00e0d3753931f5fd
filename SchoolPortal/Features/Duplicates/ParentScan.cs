using SchoolPortal.Domain.Duplicates;

namespace SchoolPortal.Features.Duplicates;

/// <summary>
/// The result of one check: the groups found among <see cref="Scanned"/> parent records of <see cref="ScopeName"/>, with
/// each record's name for the list. Details (children, logins, differing fields) are read per page of groups.
/// </summary>
public sealed record ParentScan(string ScopeName, int Scanned, IReadOnlyList<DuplicateGroup> Groups, IReadOnlyDictionary<int, string> Names,
    TimeSpan Elapsed)
{
    /// <summary>The part of <see cref="Elapsed"/> spent reading the records (the rest is grouping in memory).</summary>
    public TimeSpan ReadElapsed { get; init; }

    /// <summary>How many records' addresses were read for the weak rule.</summary>
    public int AddressesRead { get; init; }

    public int StrongCount => Groups.Count(g => g.IsStrong);

    public int CandidateCount => Groups.Count - StrongCount;
}
