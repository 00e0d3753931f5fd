namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// The dates of a campaign as «Приемная кампания» shows them: acceptance start, the first stage's end (30 June), the
/// enrolment order's deadline on the production calendar, the second stage (6 July – 5 September).
/// </summary>
public sealed record CampaignDates(int Year, DateOnly FirstStageStart, DateOnly FirstStageEnd, DateOnly OrderDeadline, int OrderWorkingDays,
    DateOnly SecondStageStart, DateOnly SecondStageEnd, bool Saved)
{
    public string AcademicYear => $"{Year}/{Year + 1}";
}
