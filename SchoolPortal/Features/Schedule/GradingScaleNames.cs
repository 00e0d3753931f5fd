using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Features.Schedule;

public static class GradingScaleNames
{
    public static string Russian(GradingScale scale) => scale == GradingScale.PassFail ? "Зачёт / незачёт" : "Отметки 1–5";
}
