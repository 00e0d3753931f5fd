namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>
/// What the checklist needs to know about a plan's data: counts, read in a few grouped queries. <see cref="LeaversWorkload"/>:
/// lines of next year's workload still given to an employee marked as leaving.
/// </summary>
public sealed record PlanFacts(int Periods, int Classes, int EmptyClasses, int MovementProblems, int HolidaySets, int ClassesWithoutHolidays,
    int Staff, int LeaversWorkload = 0);
