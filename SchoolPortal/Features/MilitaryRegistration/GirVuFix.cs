namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>Whether a pupil with errors in a run has been put right since: judged on the pupil's current data.</summary>
public enum GirVuFix
{
    /// <summary>The pupil had no errors in the run.</summary>
    None = 0,

    /// <summary>The data is the same as when it was checked or sent: the errors stand.</summary>
    NotFixed = 1,

    /// <summary>The data changed and passes the portal's checks now: the next run sends it.</summary>
    Fixed = 2,

    /// <summary>The data changed, but the portal's checks still find errors.</summary>
    ChangedWithErrors = 3,
}
