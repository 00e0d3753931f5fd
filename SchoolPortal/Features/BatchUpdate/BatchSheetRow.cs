namespace SchoolPortal.Features.BatchUpdate;

/// <summary>One data row of the sheet: its Excel row number and the cell texts in the order of <see cref="BatchSheet.Columns"/>.</summary>
public sealed record BatchSheetRow(int Number, string?[] Cells);
