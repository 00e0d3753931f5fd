namespace SchoolPortal.Features.Camps;

/// <summary>
/// What a payment register would do, nothing written: the lines to apply, the mismatches with their reasons, the rows that
/// could not be read. «Зачесть платежи» passes it back to <see cref="CampPaymentService.ApplyAsync"/>, which matches again.
/// </summary>
public sealed record PaymentPreview(IReadOnlyList<PaymentPreviewLine> Lines, IReadOnlyList<string> RowErrors, string? Refusal = null)
{
    public int ToApply => Lines.Count(l => l.WillApply);
    public int Mismatches => Lines.Count(l => !l.WillApply);
    public bool CanApply => Refusal is null && ToApply > 0;

    public static PaymentPreview Refused(string refusal) => new([], [], refusal);
}
