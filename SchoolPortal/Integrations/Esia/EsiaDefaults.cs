namespace SchoolPortal.Integrations.Esia;

/// <summary>Names the ESIA sign-in shares between the handler, its events and the linking pages.</summary>
public static class EsiaDefaults
{
    public const string Scheme = "Esia";
    public const string DisplayName = "Госуслуги";
    public const string AuthorizationPath = "/aas/oauth2/v2/ac";
    public const string TokenPath = "/aas/oauth2/v3/te";
    public const string LogoutPath = "/idp/ext/Logout";

    /// <summary>The GUID the authorization request is signed with; <see cref="EsiaStateFormat"/> stores the properties under it.</summary>
    public const string StateItem = "esia.state";

    /// <summary>Set when a signed-in user links their own account: the account id.</summary>
    public const string LinkAccountItem = "esia.link_account";

    /// <summary>The claim that marks a session started through ESIA (sign-out then also ends the ESIA session).</summary>
    public const string SignedInWithClaim = "signed_in_with";
    public const string SignedInWithEsia = "esia";

    public const string SignInPath = "/account/esia/signin";
    public const string LinkOwnPath = "/account/esia/link-own";
    public const string LinkPagePath = "/account/esia/link";
    public const string ErrorPagePath = "/account/esia/error";
}
