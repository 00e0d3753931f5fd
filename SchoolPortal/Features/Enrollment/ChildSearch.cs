using SchoolPortal.Domain.People;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// What identifies one child in a region-wide search: a document, a SNILS, or the full name with the birth date. Nothing
/// less: a search by a surname alone would list other schools' children.
/// </summary>
public sealed record ChildSearch(IdentityDocument? Document, Snils? Snils, PersonName? Name, DateOnly? BirthDate)
{
    public bool IsSpecific => Document is not null || Snils is not null || (Name is not null && BirthDate is not null);
}
