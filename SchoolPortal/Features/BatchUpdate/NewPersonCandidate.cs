using SchoolPortal.Domain.People;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>A person the update would create, as the duplicate check needs it; <see cref="Column"/> is where its errors go.</summary>
public sealed record NewPersonCandidate(int Row, string Column, RecordKind Kind, PersonName Name, DateOnly? BirthDate, Snils? Snils,
    IdentityDocument? Document);
