namespace SchoolPortal.Features.Parents;

/// <summary>
/// «Единая учетная запись родителя»: the form, the account and all the children the user may see. When the user does not
/// control the account (<see cref="ControlsAccount"/> false: the parent has children in other schools) the form is the masked one
/// and there is no login. <see cref="MustChangePassword"/> is «Пользователь должен сменить пароль при первом входе в систему».
/// </summary>
public sealed record ParentCard(int Id, string FullName, string? Login, DateTimeOffset? LastLoginAt, bool CanEdit, ParentForm Form,
    bool ControlsAccount, IReadOnlyList<ParentChild> Children, bool MustChangePassword = false, bool CanEditAccount = false,
    DateTimeOffset? DeletedAt = null, bool IsRegionOperator = false)
{
    public bool HasAccount => Login is not null;

    /// <summary>«Удалить»: a record without children, by whoever controls it (a school controls a childless parent no more).</summary>
    public bool CanDelete => ControlsAccount && Children.Count == 0 && DeletedAt is null;

    /// <summary>«Восстановить запись»: a region operator, for a deleted record.</summary>
    public bool CanRestore => IsRegionOperator && DeletedAt is not null;
}
