namespace SchoolPortal.Features.Readiness;

/// <summary>One school's children with the four conditions each, its classes for the filter and its counts.</summary>
public sealed record SchoolReadinessList(ReadinessSchool School, IReadOnlyList<ReadinessClass> Classes, IReadOnlyList<PupilReadiness> Pupils,
    DateOnly MadeOn)
{
    public ReadinessCounts Counts { get; } = ReadinessCounts.Of(Pupils.Select(p => p.Readiness));
}
