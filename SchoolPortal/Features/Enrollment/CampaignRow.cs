namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// The briefing's three figures for the whole scope, a district or a school: applications filed; filed through EPGU
/// (count and share); applications against the published places and enrolled against the places. Places are null
/// where none apply (transfers) and 0 where none are published: the shares are then null («—»).
/// </summary>
public sealed record CampaignRow(int Id, string Name, int? DistrictId, int Filed, int Epgu, int Enrolled, int? Places)
{
    public double? EpguPercent => Percent(Epgu, Filed);
    public double? FiledPerPlacePercent => Places is { } p ? Percent(Filed, p) : null;
    public double? EnrolledPerPlacePercent => Places is { } p ? Percent(Enrolled, p) : null;

    public static string Show(double? percent) => percent is { } p ? $"{p.ToString("0.#", Infrastructure.RussianFormat.Culture)} %" : "—";

    private static double? Percent(int part, int whole) => whole > 0 ? Math.Round(100.0 * part / whole, 1) : null;
}
