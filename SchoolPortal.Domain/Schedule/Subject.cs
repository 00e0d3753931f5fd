using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Schedule;

/// <summary>A subject taught at a school: «Математика», «Физическая культура».</summary>
public sealed class Subject : ISchoolScoped
{
    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public string Name { get; private set; } = "";
    public GradingScale Grading { get; private set; }

    private Subject()
    {
    }

    public Subject(int schoolId, string name, GradingScale grading = GradingScale.Marks)
    {
        SchoolId = schoolId;
        Rename(name);
        Grading = grading;
    }

    public void Rename(string? name)
    {
        var value = Validation.CollapseSpaces(name ?? "");
        if (value.Length is < 2 or > 100)
            throw new DomainException("Название предмета: от 2 до 100 символов.", "name");
        Name = value;
    }

    public void ChangeGrading(GradingScale grading) => Grading = grading;
}
