using SchoolPortal.Domain.Staff;

namespace SchoolPortal.Features.Staff;

public static class QualificationCategoryNames
{
    public static string Russian(QualificationCategory category) => category switch
    {
        QualificationCategory.MatchesPosition => "Соответствие занимаемой должности",
        QualificationCategory.First => "Первая",
        QualificationCategory.Highest => "Высшая",
        _ => "Нет",
    };
}
