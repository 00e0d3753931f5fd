using SchoolPortal.Integrations.EpguEnrollment;

namespace SchoolPortal.Features.Enrollment.Epgu;

/// <summary>
/// What one reading of the EPGU inbox did: applications stored (of them, repeats marked as duplicates), messages already
/// stored before (read again: nothing added), messages set aside, status messages handed to EPGU (of both services), whether
/// more wait, and what was done with camp applications (service 600173).
/// </summary>
public sealed record EpguIntakeResult(int Stored, int Duplicates, int AlreadyStored, int Rejected, int StatusesSent, bool MoreWaiting,
    EpguCampIntakeResult? Camps = null)
{
    public override string ToString() =>
        $"принято {Stored} (из них повторных {Duplicates}), уже были {AlreadyStored}, отклонено {Rejected}, статусов отправлено {StatusesSent}"
        + (Camps is { } c && c != EpguCampIntakeResult.None
            ? $"; путевки в лагеря: подано {c.Filed}, уже были {c.Already}, отказано {c.Refused}, отложено {c.SetAside}" : "")
        + (MoreWaiting ? ", в папке остались ещё" : "");
}
