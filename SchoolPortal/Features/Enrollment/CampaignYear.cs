using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// The campaign an application filed on a date belongs to when the form leaves it empty: grade 1 is admitted from
/// 1 April for the coming September; grade 10 and transfers filed from June on are for the coming year, earlier ones
/// for the current year.
/// </summary>
public static class CampaignYear
{
    public static int For(ApplicationKind kind, DateOnly filedOn) => kind switch
    {
        ApplicationKind.FirstGrade => filedOn.Month >= 9 ? filedOn.Year + 1 : filedOn.Year,
        _ => filedOn.Month is >= 6 and <= 8 ? filedOn.Year : AcademicYear.StartYearOf(filedOn),
    };
}
