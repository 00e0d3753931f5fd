namespace SchoolPortal.Features.Esia;

/// <summary>A link code as handed out once: the plain code to print or dictate, the account's login and the expiry.</summary>
public sealed record IssuedLinkCode(string Code, string Login, DateTimeOffset ExpiresAt);
