namespace SchoolPortal.Domain.Readiness;

/// <summary>The child as a whole: on Gosuslugi, blocked by something to fix, or waiting for a parent's Gosuslugi sign-in.</summary>
public enum ReadinessStatus
{
    /// <summary>All four conditions are met.</summary>
    Ready = 1,

    /// <summary>At least one condition is not met.</summary>
    NotReady = 2,

    /// <summary>Nothing fails, but conditions 1 and 3 cannot be checked until a parent signs in with Gosuslugi.</summary>
    AwaitingGosuslugi = 3,
}
