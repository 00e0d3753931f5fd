namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// Takes the camp applications (service 600173) the EPGU inbox delivers and hands their status messages back: implemented
/// by «Летний отдых» (Features/Camps), called by the inbox's one reader, so both services share the folders, the bounds and
/// the schedule.
/// </summary>
public interface IEpguCampIntake
{
    /// <summary>Files (or refuses back to EPGU) each read camp application and moves its file out of the inbox.</summary>
    Task<EpguCampIntakeResult> TakeAsync(IReadOnlyList<EpguInboxItem> items, CancellationToken ct);

    /// <summary>Hands the camp applications' unsent status messages to the transport, oldest first.</summary>
    Task<int> SendStatusesAsync(CancellationToken ct);
}
