namespace SchoolPortal.Data.DemoRegion;

/// <summary>A generated class: its id, grade, homeroom teacher and holiday set.</summary>
internal sealed record DemoClass(int Id, int Grade, int? HomeroomTeacherId, int HolidaySetId);
