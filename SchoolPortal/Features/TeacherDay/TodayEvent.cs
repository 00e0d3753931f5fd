namespace SchoolPortal.Features.TeacherDay;

/// <summary>A year event of the day that concerns the teacher's classes (or the whole school).</summary>
public sealed record TodayEvent(int Id, string Title, string Kind, TimeOnly? StartsAt, string Audience, string? Description)
{
    public string Time => StartsAt is { } t ? t.ToString("HH\\:mm", System.Globalization.CultureInfo.InvariantCulture) : "";
}
