using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Schedule;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Features.Journal;

/// <summary>Everything a cell save checks, read in one query: the lesson, its period and substitution, the pupil's place, the cell.</summary>
internal sealed class CellTarget
{
    public int SchoolId { get; init; }
    public int ClassId { get; init; }
    public int TeacherId { get; init; }
    public DateOnly Date { get; init; }
    public WorkType WorkType { get; init; }
    public GradingScale Grading { get; init; }
    public StudyPeriod? Period { get; init; }
    public Substitution? Substitution { get; init; }
    public bool InClass { get; init; }
    public bool InGroup { get; init; }
    public JournalCell? Cell { get; init; }
}
