using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Features.Camps;

/// <summary>The printable voucher: its number, the child, the camp and its address, the shift's dates, the day it was issued.</summary>
public sealed record CampVoucher(int ApplicationId, string VoucherNumber, string Child, DateOnly ChildBirthDate, string Camp, string Address,
    string Shift, DateOnly StartsOn, DateOnly EndsOn, DateOnly IssuedOn)
{
    public string IssuedText => CampReceiptTexts.Issued(IssuedOn);
}
