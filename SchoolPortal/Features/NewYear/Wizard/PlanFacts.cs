namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>What the checklist needs to know about a plan's data: counts, read in a few grouped queries.</summary>
public sealed record PlanFacts(int Periods, int Classes, int EmptyClasses, int MovementProblems, int HolidaySets, int ClassesWithoutHolidays,
    int Staff);
