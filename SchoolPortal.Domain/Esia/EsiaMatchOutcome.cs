namespace SchoolPortal.Domain.Esia;

public enum EsiaMatchOutcome
{
    /// <summary>Exactly one record matched a trusted account: link automatically.</summary>
    Linked = 1,

    /// <summary>Nothing matched exactly.</summary>
    NoMatch = 2,

    /// <summary>The account is not confirmed: never linked automatically.</summary>
    NotTrusted = 3,

    /// <summary>Two or more records matched: the school must sort it out.</summary>
    Ambiguous = 4,
}
