using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Tests.Camps;

/// <summary>What the card of a camp application offers the operator, by status.</summary>
public sealed class CampStaffActionsTests
{
    [Theory]
    [InlineData(CampApplicationStatus.Submitted, new[] { CampStaffAction.Reject })]
    [InlineData(CampApplicationStatus.Reserve, new[] { CampStaffAction.Reject })]
    [InlineData(CampApplicationStatus.Granted, new[] { CampStaffAction.RecordPayment, CampStaffAction.Reject })]
    [InlineData(CampApplicationStatus.Paid, new[] { CampStaffAction.IssueVoucher })]
    [InlineData(CampApplicationStatus.VoucherIssued, new CampStaffAction[0])]
    [InlineData(CampApplicationStatus.WithdrawnByApplicant, new CampStaffAction[0])]
    [InlineData(CampApplicationStatus.CancelledUnpaid, new CampStaffAction[0])]
    [InlineData(CampApplicationStatus.Rejected, new CampStaffAction[0])]
    public void Each_status_offers_only_the_actions_the_application_allows(CampApplicationStatus status, CampStaffAction[] expected) =>
        Assert.Equal(expected, CampStaffActions.For(status));

    [Fact]
    public void The_buttons_read_as_the_operator_expects() =>
        Assert.Equal(["Отклонить", "Внести оплату", "Выдать путевку"], Enum.GetValues<CampStaffAction>().Select(CampStaffActions.Title));
}
