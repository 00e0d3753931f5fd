namespace SchoolPortal.Features.Readiness;

public enum SupportLookupOutcome
{
    /// <summary>The input cannot be looked up; the message says what to correct.</summary>
    Invalid = 1,

    NotFound = 2,

    Found = 3,
}
