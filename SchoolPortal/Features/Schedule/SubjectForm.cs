using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Features.Schedule;

/// <summary>The subject being added (Id 0) or renamed.</summary>
public sealed class SubjectForm
{
    public const string NameField = "name";

    public int Id { get; set; }
    public string? Name { get; set; }
    public GradingScale Grading { get; set; }

    public bool IsNew => Id == 0;
}
