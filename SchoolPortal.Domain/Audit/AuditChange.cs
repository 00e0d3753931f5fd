namespace SchoolPortal.Domain.Audit;

/// <summary>One field of one record: old value → new value (null when there was none).</summary>
public sealed record AuditChange(string Field, string? OldValue, string? NewValue);
