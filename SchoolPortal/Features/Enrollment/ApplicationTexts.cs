using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>Russian names the school screens need beyond <see cref="EnrollmentNames"/>.</summary>
public static class ApplicationTexts
{
    public static string Name(AdmissionRight right) => right switch
    {
        AdmissionRight.Extraordinary => "Внеочередное (п. 9)",
        AdmissionRight.FirstPriority => "Первоочередное (пп. 9.1, 10)",
        AdmissionRight.Sibling => "Преимущественное (п. 12)",
        _ => "Без льгот",
    };

    public static string YesNo(bool value) => value ? "да" : "нет";
}
