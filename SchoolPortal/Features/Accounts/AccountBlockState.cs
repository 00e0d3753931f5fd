namespace SchoolPortal.Features.Accounts;

/// <summary>The «Заблокировать» block of a card: whether there is a login, whether it is blocked, and whether the user may change that.</summary>
public sealed record AccountBlockState(bool HasAccount, bool IsDisabled, bool CanManage);
