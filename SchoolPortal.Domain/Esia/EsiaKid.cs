using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Esia;

/// <summary>
/// A child listed in a parent's ESIA account (<c>/rs/prns/{oid}/kids</c> with the kid's documents).
/// <see cref="DocumentsVerified"/> is false when ESIA has not yet checked a document of the kid (its <c>vrfStu</c>).
/// </summary>
public sealed record EsiaKid(
    string Id,
    PersonName Name,
    DateOnly BirthDate,
    Snils? Snils,
    IReadOnlyList<IdentityDocument> Documents,
    bool DocumentsVerified = true);
