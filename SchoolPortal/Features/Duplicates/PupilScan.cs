namespace SchoolPortal.Features.Duplicates;

/// <summary>The pupils enrolled twice among <see cref="Scanned"/> enrolled pupils of <see cref="ScopeName"/>.</summary>
public sealed record PupilScan(string ScopeName, int Scanned, IReadOnlyList<PupilGroupView> Groups);
