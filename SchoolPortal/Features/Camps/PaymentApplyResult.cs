namespace SchoolPortal.Features.Camps;

/// <summary>What «Зачесть платежи» did: the payments applied, and the lines found changed since the preview (listed, not applied).</summary>
public sealed record PaymentApplyResult(bool Ok, string Message, int Applied, IReadOnlyList<PaymentPreviewLine> NotApplied)
{
    public static PaymentApplyResult Refused(string message) => new(false, message, 0, []);
}
