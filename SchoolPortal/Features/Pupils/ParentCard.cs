namespace SchoolPortal.Features.Pupils;

/// <summary>
/// «Единая учетная запись родителя»: the form, the account and all the children the user may see. When the user does not
/// control the account (<see cref="ControlsAccount"/> false: the parent has children in other schools) the form is the masked one
/// and there is no login.
/// </summary>
public sealed record ParentCard(int Id, string FullName, string? Login, DateTimeOffset? LastLoginAt, bool CanEdit, ParentForm Form,
    bool ControlsAccount, IReadOnlyList<ParentChild> Children);
