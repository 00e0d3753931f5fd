using SchoolPortal.Domain.People;

namespace SchoolPortal.Features.DuplicateGuard;

/// <summary>
/// The identifying data of a person about to be saved, as the duplicate checks need it. <paramref name="ExceptId"/> is
/// the record itself when an existing card is edited; <paramref name="SchoolId"/> the school the record is saved in.
/// </summary>
public sealed record PersonProbe(PersonKind Kind, PersonName Name, DateOnly? BirthDate, Snils? Snils, IdentityDocument? Document,
    int? ExceptId, int? SchoolId);
