namespace SchoolPortal.Features.NewYear.Engine;

/// <summary>Told after each statement of an opening or undo: how many of how many are done, and what runs now (in Russian).</summary>
public delegate Task OpeningProgress(int done, int total, string stage);
