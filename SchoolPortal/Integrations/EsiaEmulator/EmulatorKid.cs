using SchoolPortal.Domain.People;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>
/// A child listed in an emulated parent's ESIA account; <see cref="PupilId"/> is the school record it was built from
/// (null for the made-up kid of the unknown person), so tests can find it.
/// </summary>
public sealed record EmulatorKid(
    string Id,
    PersonName Name,
    DateOnly BirthDate,
    Gender Gender,
    Snils? Snils,
    IReadOnlyList<EmulatorDocument> Documents,
    int? PupilId);
