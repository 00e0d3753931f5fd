using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Features.Camps;

/// <summary>
/// The EPGU half of <see cref="CampNotifications.RecordAsync"/>: for every changed application filed on Gosuslugi, a status
/// message in the outbox (<see cref="CampEpguMessage"/>), added to the same context and so saved in the same transaction as
/// the change. The comment is the family's notice; a granted place adds the receipt with the season's payee.
/// </summary>
public static class CampEpguOutbox
{
    public static async Task AddAsync(PortalDbContext db, IReadOnlyCollection<CampApplication> changed, IReadOnlyDictionary<int, string> shifts,
        DateTimeOffset at, CancellationToken ct)
    {
        var epgu = changed.Where(a => a.Channel == CampChannel.Epgu).ToList();
        if (epgu.Count == 0)
            return;
        var years = epgu.Where(a => a.Status == CampApplicationStatus.Granted).Select(a => a.Year).Distinct().ToList();
        var seasons = years.Count == 0
            ? new Dictionary<int, CampSeason>()
            : await db.CampSeasons.AsNoTracking().Where(s => years.Contains(s.Year)).ToDictionaryAsync(s => s.Year, ct);
        foreach (var application in epgu)
            db.CampEpguMessages.Add(CampEpguMessage.For(application, CampNotifications.Text(application, shifts), seasons.GetValueOrDefault(application.Year), at)!);
    }
}
