namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// What one run did with camp applications: filed, already filed or answered before (read again: nothing added), refused
/// back to EPGU (the family is not found in the region's records, or the filing's rules refused), set aside as unreadable.
/// </summary>
public sealed record EpguCampIntakeResult(int Filed, int Already, int Refused, int SetAside)
{
    public static readonly EpguCampIntakeResult None = new(0, 0, 0, 0);
}
