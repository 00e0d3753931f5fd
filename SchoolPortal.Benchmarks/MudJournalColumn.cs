namespace SchoolPortal.Benchmarks;

/// <summary>A lesson column of the MudDataGrid journal.</summary>
public sealed record MudJournalColumn(int Index, string Title);
