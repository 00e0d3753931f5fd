namespace SchoolPortal.Features.Schedule;

/// <summary>A workload line being added (Id 0) or changed. Class and subject are fixed once the line exists.</summary>
public sealed class WorkloadForm
{
    public const string ClassField = "class";
    public const string SubjectField = "subject";
    public const string TeacherField = "teacher";
    public const string HoursField = "hours";
    public const string GroupField = "group";

    public int Id { get; set; }
    public int? ClassId { get; set; }
    public int? SubjectId { get; set; }
    public int? TeacherId { get; set; }
    public decimal? HoursPerWeek { get; set; }
    public int? Group { get; set; }

    public bool IsNew => Id == 0;

    public static WorkloadForm From(WorkloadRow row) => new()
    {
        Id = row.Id,
        ClassId = row.ClassId,
        SubjectId = row.SubjectId,
        TeacherId = row.TeacherId,
        HoursPerWeek = row.HoursPerWeek,
        Group = row.Group,
    };
}
