using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// The filters of «Заявления»: kind, status, channel, category, territory, filing dates, and one search box for the child's
/// surname, the birth certificate («IV-ИВ 123456» or the number alone), the EPGU number or the region's number.
/// Operators may narrow to one school.
/// </summary>
public sealed record ApplicationFilter
{
    public int? SchoolId { get; init; }
    public int? Year { get; init; }
    public ApplicationKind? Kind { get; init; }
    public ApplicationStatus? Status { get; init; }
    public ApplicationChannel? Channel { get; init; }
    public AdmissionRight? Right { get; init; }
    public bool? OnTerritory { get; init; }
    public DateOnly? FiledFrom { get; init; }
    public DateOnly? FiledTo { get; init; }
    public string? Search { get; init; }
}
