using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Tests.Camps;

/// <summary>The status messages to EPGU about camp applications: only for EPGU applications, EPGU's codes, a refusal always with its reason.</summary>
public sealed class CampEpguMessageTests
{
    [Fact]
    public void An_application_filed_on_the_portal_sends_nothing_to_epgu()
    {
        var application = new CampApplication(2027, CampChannel.Portal, 1, 1, 1, 1, PersonName.Create("Летова", "Дарья", "Ивановна"),
            new DateOnly(2015, 3, 14), PersonName.Create("Летова", "Мария", "Петровна"), DateTimeOffset.UnixEpoch, CampPriority.General, null, [1], "Летова");

        Assert.Null(CampEpguMessage.For(application, "Заявление принято.", null, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void A_refusal_without_a_reason_is_not_sent_and_one_with_a_reason_is_refused_code_4()
    {
        Assert.Equal("reason", Assert.Throws<DomainException>(() => CampEpguMessage.Refusal(5, "  ", DateTimeOffset.UnixEpoch)).Field);

        var refusal = CampEpguMessage.Refusal(5, "ребенок не найден", DateTimeOffset.UnixEpoch);

        Assert.Equal((EpguStatusCodes.Refused, "Отказано в приеме заявления на путевку: ребенок не найден", (int?)null),
            (refusal.Code, refusal.Comment, refusal.ApplicationId));
    }

    [Theory]
    [InlineData(CampApplicationStatus.Reserve, EpguStatusCodes.UnderReview)]
    [InlineData(CampApplicationStatus.Granted, EpguStatusCodes.UnderReview)]
    [InlineData(CampApplicationStatus.Paid, EpguStatusCodes.UnderReview)]
    [InlineData(CampApplicationStatus.VoucherIssued, EpguStatusCodes.ServiceRendered)]
    [InlineData(CampApplicationStatus.WithdrawnByApplicant, EpguStatusCodes.Cancelled)]
    [InlineData(CampApplicationStatus.CancelledUnpaid, EpguStatusCodes.Refused)]
    [InlineData(CampApplicationStatus.Rejected, EpguStatusCodes.Refused)]
    public void Each_status_has_its_epgu_code(CampApplicationStatus status, int code) => Assert.Equal(code, CampEpguMessage.CodeOf(status));
}
