using SchoolPortal.Domain.People;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>
/// A test person of the ESIA emulator: the ESIA account (oid, name, birth date, SNILS, documents, kids, whether it is
/// confirmed) and the school records it was built from (<see cref="ParentId"/> or <see cref="EmployeeId"/>, the
/// account, the children's pupil ids), so that tests and the picker can say what signing in as this person shows.
/// </summary>
public sealed record EmulatorPerson(
    string Key,
    string Oid,
    string Title,
    string Description,
    bool IsTrusted,
    PersonName Name,
    DateOnly BirthDate,
    Gender? Gender,
    Snils? Snils,
    IReadOnlyList<EmulatorDocument> Documents,
    IReadOnlyList<EmulatorKid> Kids,
    int? AccountId = null,
    string? Login = null,
    int? ParentId = null,
    int? EmployeeId = null)
{
    /// <summary>The children's school records, in the order of <see cref="Kids"/>.</summary>
    public IReadOnlyList<int> PupilIds => Kids.Where(k => k.PupilId is not null).Select(k => k.PupilId!.Value).ToList();
}
