namespace SchoolPortal.Features.Enrollment;

/// <summary>The region operator's settings of one campaign year: the stages, the order's working days and the directing day.</summary>
public sealed record CampaignForm(int Year, DateOnly FirstStageStart, DateOnly FirstStageEnd, DateOnly SecondStageStart, DateOnly SecondStageEnd,
    int OrderWorkingDays, DateOnly DirectingAllowedFrom);
