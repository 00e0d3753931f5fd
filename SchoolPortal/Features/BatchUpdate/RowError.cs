namespace SchoolPortal.Features.BatchUpdate;

/// <summary>A refusal shown in the preview: the Excel row (0 for the file as a whole), the column header and the Russian message.</summary>
public sealed record RowError(int Row, string Column, string Message);
