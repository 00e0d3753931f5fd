namespace SchoolPortal.Domain.Camps;

/// <summary>
/// The operator's actions an application's status allows, in the order the card shows them: a waiting or unpaid application
/// may be rejected, an unpaid place paid by hand, a paid place given its voucher. A closed application allows nothing.
/// </summary>
public static class CampStaffActions
{
    public static IReadOnlyList<CampStaffAction> For(CampApplicationStatus status) => status switch
    {
        CampApplicationStatus.Submitted or CampApplicationStatus.Reserve => [CampStaffAction.Reject],
        CampApplicationStatus.Granted => [CampStaffAction.RecordPayment, CampStaffAction.Reject],
        CampApplicationStatus.Paid => [CampStaffAction.IssueVoucher],
        _ => [],
    };

    public static string Title(CampStaffAction action) => action switch
    {
        CampStaffAction.Reject => "Отклонить",
        CampStaffAction.RecordPayment => "Внести оплату",
        CampStaffAction.IssueVoucher => "Выдать путевку",
        _ => action.ToString(),
    };
}
