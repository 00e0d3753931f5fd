using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Reports;

/// <summary>A pupil's stay in a class as a report sees it: who, the stay itself, and how the pupil left the school.</summary>
public sealed record ClassStay(int ClassId, int PupilId, PersonName Name, Domain.Journal.ClassStay Stay, PupilStatus Status, DateOnly? LeftOn)
{
    public bool Covers(DateOnly day) => Stay.Covers(day);

    public bool HasLeftBy(DateOnly end) => Stay.HasLeftBy(end);

    /// <summary>«выбыл(а) 12.11.2026», «прибыл(а) 10.11.2026», or null for a pupil who was in the class all the time.</summary>
    public string? Note(DateOnly start, DateOnly end)
    {
        var notes = new List<string>();
        if (Stay.From > start)
            notes.Add($"прибыл(а) {CardCalendar.Format(Stay.From)}");
        if (HasLeftBy(end))
        {
            notes.Add(Status switch
            {
                PupilStatus.Withdrawn when LeftOn == Stay.To => $"выбыл(а) {CardCalendar.Format(LeftOn)}",
                PupilStatus.Graduated when LeftOn == Stay.To => $"выпущен(а) {CardCalendar.Format(LeftOn)}",
                _ => $"выбыл(а) из класса {CardCalendar.Format(Stay.To!.Value.AddDays(1))}",
            });
        }
        return notes.Count == 0 ? null : string.Join(", ", notes);
    }
}
