namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>An employee of the school: carried over into the new year, or leaving on <see cref="LeavesOn"/>; and the new year's hours.</summary>
public sealed record StaffRow(int EmployeeId, string Name, string Position, DateOnly? LeavesOn, decimal Hours);
