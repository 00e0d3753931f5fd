namespace SchoolPortal.Features.BatchUpdate;

/// <summary>One field a confirmed update changes: the row, whose record (name and key), the column, the old and the new value.</summary>
public sealed record FieldChange(int Row, string Record, string Key, string Column, string? Old, string? New);
