using SchoolPortal.Domain.MilitaryRegistration;

namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>One pupil of a run, as «Отчет по школьникам» shows it: the outcome, our or the resource's errors, and whether fixed since.</summary>
public sealed record GirVuPupilRow(int PupilId, string Municipality, string School, string? ClassName, string FullName, DateOnly BirthDate,
    GirVuSubmissionStatus Status, IReadOnlyList<GirVuError> Errors, GirVuFix Fix)
{
    public string StatusText => GirVuTexts.Name(Status);

    public string FixText => GirVuTexts.Name(Fix);
}
