namespace SchoolPortal.Domain.Staff;

/// <summary>What dismissal does to the person's portal login when they also work in another school.</summary>
public enum DismissalLogin
{
    /// <summary>The login is blocked: no school can use it until it is unblocked.</summary>
    Disable = 1,

    /// <summary>The login stays, for the other school only; this school's sessions end.</summary>
    KeepForOtherSchool = 2,
}
