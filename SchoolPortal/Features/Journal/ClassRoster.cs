using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Journal;

/// <summary>
/// The pupils of a journal: everyone who was in the class at some time between two dates (withdrawn pupils included), for a
/// group only its members, alphabetical. Shared by the period sheet and the finals.
/// </summary>
internal static class ClassRoster
{
    private static readonly StringComparer ByName = StringComparer.Create(CardCalendar.Russian, ignoreCase: true);

    /// <returns>The pupils, and a notice when the group's members are not set (then the whole class is listed).</returns>
    public static async Task<(IReadOnlyList<RosterPupil> Pupils, string? Notice)> LoadAsync(PortalDbContext db, int classId, int subjectId,
        int? group, DateOnly firstDay, DateOnly lastDay, CancellationToken ct)
    {
        var stays = await (
                from m in db.ClassMemberships.AsNoTracking()
                where m.SchoolClassId == classId && m.From <= lastDay && (m.To == null || m.To >= firstDay)
                join p in db.Pupils.AsNoTracking() on m.PupilId equals p.Id
                select new { p.Id, p.Name.Surname, p.Name.FirstName, p.Name.Patronymic, p.LeftOn, m.From, m.To })
            .ToListAsync(ct);
        var members = group is null
            ? []
            : await db.GroupMembers.AsNoTracking()
                .Where(g => g.ClassId == classId && g.SubjectId == subjectId && g.Group == group)
                .Select(g => g.PupilId)
                .ToListAsync(ct);

        var pupils = stays.GroupBy(s => s.Id)
            .Select(g => new RosterPupil(g.Key, g.First().Surname, g.First().FirstName, g.First().Patronymic, g.First().LeftOn,
                g.Select(s => new ClassStay(s.From, s.To)).ToList()))
            .ToList();
        string? notice = null;
        if (group is not null)
        {
            if (members.Count == 0)
                notice = $"Состав группы {group} не задан: показаны все ученики класса.";
            else
                pupils = pupils.Where(p => members.Contains(p.PupilId)).ToList();
        }
        var ordered = pupils.OrderBy(p => p.Surname, ByName).ThenBy(p => p.FirstName, ByName).ThenBy(p => p.Patronymic ?? "", ByName).ToList();
        return (ordered, notice);
    }
}
