using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Components.Shared;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Reports;

/// <summary>A pupil's stay in a class as a report sees it: from arrival to leaving (null: still there).</summary>
public sealed record ClassStay(int ClassId, int PupilId, PersonName Name, DateOnly From, DateOnly? To, PupilStatus Status, DateOnly? LeftOn)
{
    public bool Covers(DateOnly day) => From <= day && (To is null || day <= To);

    /// <summary>Whether the pupil left the class before <paramref name="end"/> (withdrawn, graduated or moved to another class).</summary>
    public bool HasLeftBy(DateOnly end) => To is { } to && to < end;

    /// <summary>«выбыл(а) 12.11.2026», «прибыл(а) 10.11.2026», or null for a pupil who was in the class all the time.</summary>
    public string? Note(DateOnly start, DateOnly end)
    {
        var notes = new List<string>();
        if (From > start)
            notes.Add($"прибыл(а) {CardCalendar.Format(From)}");
        if (HasLeftBy(end))
        {
            notes.Add(Status switch
            {
                PupilStatus.Withdrawn when LeftOn == To => $"выбыл(а) {CardCalendar.Format(LeftOn)}",
                PupilStatus.Graduated when LeftOn == To => $"выпущен(а) {CardCalendar.Format(LeftOn)}",
                _ => $"выбыл(а) из класса {CardCalendar.Format(To!.Value.AddDays(1))}",
            });
        }
        return notes.Count == 0 ? null : string.Join(", ", notes);
    }
}
