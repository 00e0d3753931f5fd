using SchoolPortal.Domain.NewYear;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>
/// The wizard's checklist: each step is done when confirmed; a step is blocked by missing data of its own and by the
/// earlier steps not yet confirmed (the steps build on each other: classes need the year's periods, the movement needs
/// the classes, the holiday sets are assigned to classes). The final step is blocked until all five are confirmed.
/// </summary>
public static class NewYearChecklist
{
    public static string Title(RolloverStep step) => step switch
    {
        RolloverStep.Periods => "Учебные периоды",
        RolloverStep.Classes => "Формирование списка классов",
        RolloverStep.Movement => "Движение учащихся",
        RolloverStep.Holidays => "Календарь каникул",
        RolloverStep.Staff => "Список педагогических и руководящих работников",
        _ => "Открыть новый год",
    };

    public static IReadOnlyList<WizardStepState> Build(RolloverPlan plan, PlanFacts facts)
    {
        var steps = new List<WizardStepState>();
        foreach (var step in Enum.GetValues<RolloverStep>())
        {
            var blockers = new List<string>();
            var earlier = steps.Where(s => !s.Done).Select(s => $"Сначала подтвердите шаг «{s.Title}».");
            if (step == RolloverStep.Open)
            {
                blockers.AddRange(earlier);
                if (plan.State == RolloverState.Opening)
                    blockers.Add("Новый год открывается: дождитесь окончания.");
            }
            else
            {
                blockers.AddRange(earlier.Take(1));
                blockers.AddRange(OwnBlockers(step, facts));
            }
            steps.Add(new WizardStepState(step, Title(step), plan.ConfirmedAt(step), blockers));
        }
        return steps;
    }

    private static IEnumerable<string> OwnBlockers(RolloverStep step, PlanFacts facts)
    {
        switch (step)
        {
            case RolloverStep.Periods when facts.Periods == 0:
                yield return "В новом году нет ни одного учебного периода.";
                break;
            case RolloverStep.Classes when facts.Classes == 0:
                yield return "В новом году нет ни одного класса.";
                break;
            case RolloverStep.Movement when facts.MovementProblems > 0:
                yield return $"Учеников без допустимого состояния: {facts.MovementProblems}. Каждый ученик должен быть в одном состоянии.";
                break;
            case RolloverStep.Holidays when facts.HolidaySets == 0:
                yield return "Нет ни одного набора каникул нового года.";
                break;
            case RolloverStep.Holidays when facts.ClassesWithoutHolidays > 0:
                yield return $"Классов без набора каникул: {facts.ClassesWithoutHolidays}.";
                break;
            case RolloverStep.Staff when facts.Staff == 0:
                yield return "В школе нет сотрудников, которые переходят в новый год.";
                break;
        }
        if (step == RolloverStep.Staff && facts.LeaversWorkload > 0)
            yield return $"Нагрузка нового года у уходящих сотрудников: {facts.LeaversWorkload} строк. Назначьте другого учителя или удалите строки.";
    }
}
