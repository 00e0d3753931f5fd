namespace SchoolPortal.Features.Camps;

/// <summary>
/// The figures of a shift, a camp, a district or the season in the operators' overview. <see cref="Granted"/> counts the
/// places held (given and awaiting payment, paid, voucher issued); <see cref="Paid"/> those of them paid (voucher issued or
/// not); <see cref="Issued"/> those with the voucher issued. <see cref="Reserve"/> counts applications waiting in reserve
/// for one of the shifts (an application with two of them counts once). <see cref="Due"/> is the parents' shares of places
/// awaiting payment, <see cref="Received"/> the amounts paid.
/// </summary>
public sealed record CampCounts(int Places, int Granted, int Paid, int Issued, int Reserve, int Free, decimal Due, decimal Received)
{
    public static CampCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0m, 0m);

    public int AwaitingPayment => Granted - Paid;

    /// <summary>The sum of two, with the reserve counted separately (distinct applications) and given here.</summary>
    public CampCounts Plus(CampCounts other, int reserve) =>
        new(Places + other.Places, Granted + other.Granted, Paid + other.Paid, Issued + other.Issued, reserve, Free + other.Free,
            Due + other.Due, Received + other.Received);
}
