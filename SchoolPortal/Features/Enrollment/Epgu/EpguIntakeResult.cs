namespace SchoolPortal.Features.Enrollment.Epgu;

/// <summary>
/// What one reading of the EPGU inbox did: applications stored (of them, repeats marked as duplicates), messages already
/// stored before (read again: nothing added), messages set aside, status messages handed to EPGU, and whether more wait.
/// </summary>
public sealed record EpguIntakeResult(int Stored, int Duplicates, int AlreadyStored, int Rejected, int StatusesSent, bool MoreWaiting)
{
    public override string ToString() =>
        $"принято {Stored} (из них повторных {Duplicates}), уже были {AlreadyStored}, отклонено {Rejected}, статусов отправлено {StatusesSent}"
        + (MoreWaiting ? ", в папке остались ещё" : "");
}
