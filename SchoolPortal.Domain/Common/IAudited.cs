namespace SchoolPortal.Domain.Common;

/// <summary>A record of personal data: every change to it is written to the audit log (who, when, old → new).</summary>
public interface IAudited
{
    int Id { get; }
}
