namespace SchoolPortal.Features.Schedule;

/// <summary>The filters of «Замены в расписании»: month, day (null: «Все»), teacher (absent or substitute) and subject.</summary>
public sealed class SubstitutionFilter
{
    public DateOnly Month { get; set; }
    public DateOnly? Day { get; set; }
    public int? TeacherId { get; set; }
    public int? SubjectId { get; set; }

    public SubstitutionFilter Copy() => (SubstitutionFilter)MemberwiseClone();
}
