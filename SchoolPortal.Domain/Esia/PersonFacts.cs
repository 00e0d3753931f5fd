using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Esia;

/// <summary>The four facts that matching compares, from either side.</summary>
internal sealed record PersonFacts(PersonName Name, DateOnly? BirthDate, Snils? Snils, IReadOnlyList<IdentityDocument> Documents)
{
    public static PersonFacts Of(EsiaPerson p) => new(p.Name, p.BirthDate, p.Snils, p.Documents);

    public static PersonFacts Of(EsiaKid k) => new(k.Name, k.BirthDate, k.Snils, k.Documents);

    public static PersonFacts Of(PersonRecord r) => new(r.Name, r.BirthDate, r.Snils, r.Documents);
}
