namespace SchoolPortal.Data.DemoRegion;

/// <summary>What the generator planted, so tests and the data quality screens can be checked against known answers.</summary>
public sealed class PlantedProblems
{
    /// <summary>Stated rates. Problems are drawn per record (or per family) with these probabilities.</summary>
    public const double DuplicateParentRate = 0.05;
    public const double ParentWithoutBirthDateRate = 0.04;
    public const double FamilyWithoutParentsRate = 0.02;
    public const double PupilWithoutSnilsRate = 0.03;
    public const double MalformedBirthCertificateRate = 0.015;
    public const double MalformedParentPassportRate = 0.01;

    public required IReadOnlyDictionary<PlantedProblemKind, PlantedProblem> ByKind { get; init; }
    public required IReadOnlyList<DuplicateParentPair> DuplicateParents { get; init; }

    public PlantedProblem this[PlantedProblemKind kind] => ByKind[kind];
}
