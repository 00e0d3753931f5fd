namespace SchoolPortal.Features.Camps;

/// <summary>One run of <see cref="CampDeadlineJob"/>: places cancelled unpaid, places given to the reserve, vouchers issued.</summary>
public sealed record CampDeadlineResult(int Cancelled, int Granted, int VouchersIssued)
{
    public static CampDeadlineResult None { get; } = new(0, 0, 0);

    public bool IsEmpty => Cancelled == 0 && Granted == 0 && VouchersIssued == 0;

    public CampDeadlineResult Plus(CampDeadlineResult other) =>
        new(Cancelled + other.Cancelled, Granted + other.Granted, VouchersIssued + other.VouchersIssued);

    public override string ToString() => $"аннулировано {Cancelled}, предоставлено из резерва {Granted}, выдано путевок {VouchersIssued}";
}
