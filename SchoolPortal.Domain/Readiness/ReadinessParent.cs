using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Domain.Readiness;

/// <summary>
/// A parent linked to the child, as the readiness check needs them: the school record, the relation («Мать»), and what
/// ESIA returned when the parent last signed in with Gosuslugi (null if never, or not stored).
/// </summary>
/// <param name="LinkedToGosuslugi">The parent's portal account carries an ESIA oid, even if no ESIA answer is stored.</param>
public sealed record ReadinessParent(PersonRecord Record, string Relation, EsiaPerson? Esia, bool LinkedToGosuslugi)
{
    public bool HasEsiaData => Esia is not null;
}
