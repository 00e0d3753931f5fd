namespace SchoolPortal.Domain.Camps;

/// <summary>
/// The order places go in: the priority category first (внеочередное, первоочередное, the rest), then the filing time to
/// the millisecond, then the application's number; and the shift an application gets: the first of its choices with a
/// free place, whose ages take the child, and whose dates do not overlap a place the child already holds.
/// </summary>
public static class CampQueue
{
    public static IOrderedEnumerable<CampApplication> InOrder(IEnumerable<CampApplication> applications) =>
        applications.OrderBy(a => a.Priority).ThenBy(a => a.FiledAt.UtcTicks).ThenBy(a => a.Id);

    /// <summary>Whether <paramref name="first"/> comes before <paramref name="second"/> in the queue.</summary>
    public static bool ComesBefore(CampApplication first, CampApplication second) =>
        (first.Priority, first.FiledAt.UtcTicks, first.Id).CompareTo((second.Priority, second.FiledAt.UtcTicks, second.Id)) < 0;

    /// <param name="shifts">The season's shifts by id, with their places taken now.</param>
    /// <param name="held">The shifts whose places the child holds already (by any application).</param>
    public static CampShift? Choose(CampApplication application, IReadOnlyDictionary<int, CampShift> shifts, IEnumerable<CampShift> held)
    {
        foreach (var id in application.Choices)
            if (shifts.TryGetValue(id, out var shift) && Fits(application, shift, held))
                return shift;
        return null;
    }

    /// <summary>Everything but the free place: the ages, and no overlap with a place the child holds.</summary>
    public static bool CouldTake(CampApplication application, CampShift shift, IEnumerable<CampShift> held) =>
        shift.Takes(application.ChildBirthDate) && !held.Any(h => h.Id != shift.Id && h.Overlaps(shift)) && !held.Any(h => h.Id == shift.Id);

    private static bool Fits(CampApplication application, CampShift shift, IEnumerable<CampShift> held) =>
        shift.FreePlaces > 0 && CouldTake(application, shift, held);
}
