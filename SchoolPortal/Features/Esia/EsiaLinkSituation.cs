using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Features.Esia;

/// <summary>
/// What the linking page tells a person whose Gosuslugi account is linked to no portal user: the briefing's message, why
/// (<see cref="EsiaMatchResult.Reason"/>), and for each school record that came close, its kind and the names of the fields
/// that did not match — never the record's values.
/// </summary>
public sealed record EsiaLinkSituation(
    string PersonName,
    bool IsTrusted,
    string Message,
    string Reason,
    IReadOnlyList<CandidateMismatch> NearRecords,
    bool AttemptsExhausted);
