namespace SchoolPortal.Features.Readiness;

/// <summary>
/// The diagnosis of one child: the four conditions, each linked parent's view of them, when Gosuslugi data were last
/// received per parent, and a note when the child no longer studies (the portfolio is only published for enrolled pupils).
/// </summary>
public sealed record ChildDiagnosis(PupilReadiness Pupil, string SchoolName, IReadOnlyDictionary<int, DateTimeOffset> GosuslugiReceivedAt,
    string? StatusNote);
