namespace SchoolPortal.Features.Duplicates;

/// <summary>One record of a duplicate group with everything the administrator checks before merging.</summary>
/// <param name="HiddenChildren">Children in schools the user does not see (counted, not named: 152-FZ).</param>
public sealed record ParentRecordView(int Id, string FullName, string? BirthDate, string? Snils, string? Document, string? RegistrationAddress,
    string? StayAddress, string? Phone, string? Email, IReadOnlyList<RecordChild> Children, int HiddenChildren,
    IReadOnlyList<RecordAccount> Accounts)
{
    /// <summary>The most recent sign-in of any of the record's logins.</summary>
    public DateTimeOffset? LastLoginAt => Accounts.Max(a => a.LastLoginAt);

    public bool HasEsia => Accounts.Any(a => a.HasEsia);
}
