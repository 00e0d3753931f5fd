namespace SchoolPortal.Features.Readiness;

/// <summary>How a support look-up ended: refused input, nothing found in the user's scope, or found.</summary>
public enum SupportLookupOutcome
{
    /// <summary>The input cannot be looked up; the message says what to correct.</summary>
    Invalid = 1,

    NotFound = 2,

    Found = 3,
}
