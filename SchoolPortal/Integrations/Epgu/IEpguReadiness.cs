namespace SchoolPortal.Integrations.Epgu;

/// <summary>
/// Which children EPGU can show («each ready child»): the four conditions of the briefing (the child in the parent's
/// Gosuslugi profile, full data in the school system, the data matching, the parent linked to the child).
/// </summary>
public interface IEpguReadiness
{
    Task<IReadOnlySet<int>> ReadyPupilIdsAsync(CancellationToken ct);
}
