namespace SchoolPortal.Features.BatchUpdate;

/// <summary>A record the update adds (a parent typed into an empty parent group of a row), described in Russian.</summary>
public sealed record NewRecord(int Row, string Column, string Description);
