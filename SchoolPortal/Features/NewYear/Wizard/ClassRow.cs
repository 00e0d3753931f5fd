namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>A class of the new year: its pupils (the moves that target it) and the classes of this year it continues.</summary>
public sealed record ClassRow(int Id, string Name, int Grade, string Letter, string? HomeroomTeacher, int Pupils, string From);
