using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Features.Camps;

/// <summary>A register line as the operator sees it in the preview: what the bank paid, and whether it will be applied or why not.</summary>
public sealed record PaymentPreviewLine(int Row, string VoucherNumber, decimal Amount, DateOnly PaidOn, string Reference, PaymentMatchKind Kind,
    string? ApplicationNumber, string? ChildName, string? Message)
{
    public bool WillApply => Kind == PaymentMatchKind.Applied;

    public PaymentRegisterLine Line => new(Row, VoucherNumber, Amount, PaidOn, Reference);

    public static PaymentPreviewLine From(PaymentMatch match) => new(match.Line.Row, match.Line.VoucherNumber, match.Line.Amount, match.Line.PaidOn,
        match.Line.Reference, match.Kind, match.Application?.Number, match.Application?.ChildName.Full, match.Message);
}
