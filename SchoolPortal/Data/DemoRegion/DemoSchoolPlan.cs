namespace SchoolPortal.Data.DemoRegion;

/// <summary>What the journal part of the generator needs to know about a school the main part has just written.</summary>
internal sealed record DemoSchoolPlan(
    int SchoolId,
    int YearId,
    IReadOnlyList<(int Id, DateOnly StartsOn, DateOnly EndsOn)> Periods,
    IReadOnlyDictionary<int, IReadOnlyList<(DateOnly From, DateOnly To)>> Holidays,
    IReadOnlyList<DemoClass> Classes,
    IReadOnlyList<(int Id, string Position)> Teachers,
    IReadOnlyDictionary<int, List<int>> PupilsByClass,
    int Teacher,
    int Substitute);
