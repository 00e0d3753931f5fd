namespace SchoolPortal.Features.Pupils;

/// <summary>«Единая учетная запись родителя»: the form, the account and all the children the user may see.</summary>
public sealed record ParentCard(int Id, string FullName, string? Login, DateTimeOffset? LastLoginAt, bool CanEdit, ParentForm Form,
    IReadOnlyList<ParentChild> Children);
