using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Journal;

namespace SchoolPortal.Features.Schedule;

public static class GradingScaleNames
{
    public static string Russian(GradingScale scale) => scale == GradingScale.PassFail ? "Зачёт / незачёт" : "Отметки 1–5";
}
