using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Domain.Camps;

/// <summary>The deadlines of a granted place, counted in working days of the production calendar.</summary>
public static class CampPaymentTerms
{
    /// <summary>The last day to pay: <paramref name="workingDays"/> working days after the day the place was given.</summary>
    public static DateOnly PaymentDeadline(DateOnly grantedOn, int workingDays, ProductionCalendar calendar) =>
        calendar.AddWorkingDays(grantedOn, workingDays);

    /// <summary>The last day to issue the voucher after the payment.</summary>
    public static DateOnly VoucherDeadline(DateOnly paidOn, int workingDays, ProductionCalendar calendar) =>
        calendar.AddWorkingDays(paidOn, workingDays);
}
