using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.MilitaryRegistration;

/// <summary>
/// A pupil's data as ГИР ВУ receives it, taken as stored (records imported before validation may hold invalid values):
/// the checks before sending (<see cref="GirVuValidation"/>) judge it, the package carries it.
/// </summary>
public sealed record GirVuPupil
{
    public required int PupilId { get; init; }
    public required string Surname { get; init; }
    public required string FirstName { get; init; }
    public string? Patronymic { get; init; }
    public required DateOnly BirthDate { get; init; }
    public required Gender Gender { get; init; }
    public string? Snils { get; init; }
    public GirVuDocument? BirthCertificate { get; init; }
    public GirVuDocument? Passport { get; init; }
    public string? Citizenship { get; init; }
    public string? Birthplace { get; init; }
    public string? RegistrationAddress { get; init; }
    public string? StayAddress { get; init; }

    /// <summary>The stored value of <see cref="Pupils.FormOfEducation"/>; any other number is invalid.</summary>
    public int FormOfEducation { get; init; }

    /// <summary>«10А», or null for a pupil without a current class.</summary>
    public string? ClassName { get; init; }
}
