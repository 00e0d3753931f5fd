using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>One day of the campaign: applications filed by channel, and how many applications reached each status that day.</summary>
public sealed record CampaignDayRow(DateOnly Day, IReadOnlyDictionary<ApplicationChannel, int> Filed, IReadOnlyDictionary<ApplicationStatus, int> Reached)
{
    public int FiledTotal => Filed.Values.Sum();
    public int FiledBy(ApplicationChannel channel) => Filed.GetValueOrDefault(channel);
    public int ReachedCount(ApplicationStatus status) => Reached.GetValueOrDefault(status);
}
