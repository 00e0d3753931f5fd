namespace SchoolPortal.Domain.Esia;

/// <summary>
/// The outcome of matching an ESIA account to school records: the record to link, or why none, with the fields that
/// did not match for each near record (names of fields only).
/// </summary>
public sealed record EsiaMatchResult(
    EsiaMatchOutcome Outcome,
    PersonRecord? LinkedTo,
    string? Reason,
    IReadOnlyList<CandidateMismatch> NearCandidates)
{
    public bool IsLinked => Outcome == EsiaMatchOutcome.Linked;

    /// <summary>The briefing's words for every outcome but a link.</summary>
    public string? Message => IsLinked ? null : EsiaMatch.NotLinkedMessage;
}
