namespace SchoolPortal.Data.Auditing;

/// <summary>The account a change is written for in the audit log.</summary>
public sealed record AuditActor(int? AccountId, string Login)
{
    public static AuditActor System { get; } = new(null, "system");
}
