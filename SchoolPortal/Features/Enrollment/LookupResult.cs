using SchoolPortal.Integrations.EpguEnrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>What «Поиск заявления» answers: the applications, the EPGU messages set aside as unreadable, and in Russian what it means.</summary>
public sealed record LookupResult(IReadOnlyList<LookupFinding> Found, IReadOnlyList<EpguRejectedMessage> Rejected, string? Explanation, string? Refusal = null)
{
    public static LookupResult Refused(string refusal) => new([], [], null, refusal);
}
