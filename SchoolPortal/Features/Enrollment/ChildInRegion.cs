using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// A card of the region that looks like the child of an application, or a leaver found by the search: only what is needed
/// to pick the right child (name, birth date, the school, a masked document). The card may belong to another school, so
/// nothing else of it is shown.
/// </summary>
public sealed record ChildInRegion(int PupilId, string FullName, DateOnly BirthDate, int SchoolId, string SchoolName, PupilStatus Status,
    DateOnly? LeftOn, string? MaskedDocument, string Reason)
{
    public bool StudiesNow => Status is PupilStatus.Enrolled or PupilStatus.Admitted;

    /// <summary>«учится», «выбыл 31.05.2026», «выпускник 25.06.2026», «зачислен с нового года».</summary>
    public string StatusText => Status switch
    {
        PupilStatus.Enrolled => "учится",
        PupilStatus.Admitted => "зачислен с нового года",
        PupilStatus.Graduated => LeftOn is { } d ? $"выпускник {d:dd.MM.yyyy}" : "выпускник",
        _ => LeftOn is { } d ? $"выбыл {d:dd.MM.yyyy}" : "выбыл",
    };
}
