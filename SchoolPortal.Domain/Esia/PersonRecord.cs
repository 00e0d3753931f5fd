using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Esia;

/// <summary>A parent, employee or pupil as the school holds them, reduced to the facts ESIA matching compares.</summary>
public sealed record PersonRecord(
    int Id,
    PersonKind Kind,
    PersonName Name,
    DateOnly? BirthDate,
    Snils? Snils,
    IReadOnlyList<IdentityDocument> Documents);
