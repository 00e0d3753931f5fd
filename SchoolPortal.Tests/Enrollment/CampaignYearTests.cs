using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

public sealed class CampaignYearTests
{
    [Theory]
    [InlineData(ApplicationKind.FirstGrade, 2027, 4, 1, 2027)]
    [InlineData(ApplicationKind.FirstGrade, 2026, 10, 1, 2027)]
    [InlineData(ApplicationKind.TenthGrade, 2027, 7, 1, 2027)]
    [InlineData(ApplicationKind.Transfer, 2026, 12, 1, 2026)]
    [InlineData(ApplicationKind.Transfer, 2027, 3, 1, 2026)]
    public void Campaign_year_of_an_application_follows_its_filing_date(ApplicationKind kind, int year, int month, int day, int campaign)
    {
        Assert.Equal(campaign, CampaignYear.For(kind, new DateOnly(year, month, day)));
    }
}
