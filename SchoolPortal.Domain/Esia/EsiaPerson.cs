using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Esia;

/// <summary>
/// What ESIA returns about the signed-in person: <c>/rs/prns/{oid}</c> (name, birth date, SNILS, <c>trusted</c>),
/// <c>/docs</c> and <c>/kids</c>. <see cref="IsTrusted"/> is false for a simplified or standard (unconfirmed) account.
/// </summary>
public sealed record EsiaPerson(
    string Oid,
    PersonName Name,
    DateOnly BirthDate,
    Snils? Snils,
    bool IsTrusted,
    IReadOnlyList<IdentityDocument> Documents,
    IReadOnlyList<EsiaKid> Kids);
