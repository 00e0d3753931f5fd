namespace SchoolPortal.Domain.Camps;

/// <summary>What an operator does with a camp application on its card.</summary>
public enum CampStaffAction
{
    /// <summary>«Отклонить» with a reason; a held place goes back to the reserve.</summary>
    Reject = 1,

    /// <summary>«Внести оплату» by hand, when the bank's register did not bring it.</summary>
    RecordPayment = 2,

    /// <summary>«Выдать путевку» for a paid place.</summary>
    IssueVoucher = 3,
}
