using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>A holiday set of the new year with its holidays and the classes assigned to it.</summary>
public sealed record HolidaySetRow(int Id, string Name, IReadOnlyList<Holiday> Holidays, IReadOnlyList<string> Classes);
