namespace SchoolPortal.Features.Esia;

/// <summary>
/// The Gosuslugi link of a parent's or employee's account as the card shows it: whether there is an account, whether it is
/// linked, and the code handed out and not yet used. Whether the user may change it.
/// </summary>
public sealed record EsiaLinkStatus(
    bool HasAccount,
    string? Login,
    bool IsLinked,
    DateTimeOffset? CodeIssuedAt,
    DateTimeOffset? CodeExpiresAt,
    bool CanManage);
