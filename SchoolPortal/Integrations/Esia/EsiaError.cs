namespace SchoolPortal.Integrations.Esia;

/// <summary>
/// One of ESIA's error codes (<c>ESIA-0070xx</c>): the OAuth error it comes with, what happened and what the person
/// should do, in Russian, and whether the fault is the portal's configuration (then the operator must act, not the user).
/// </summary>
public sealed record EsiaError(string Code, string OAuthError, string WhatHappened, string WhatToDo, bool IsPortalFault)
{
    /// <summary>The <c>error_description</c> ESIA sends: «ESIA-007014: …».</summary>
    public string Description => $"{Code}: {WhatHappened}";
}
