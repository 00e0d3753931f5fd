using SchoolPortal.Domain.Journal;

namespace SchoolPortal.Features.Journal;

/// <summary>A pupil as a journal row starts: name, leaving date and the stays in the class.</summary>
internal sealed record RosterPupil(int PupilId, string Surname, string FirstName, string? Patronymic, DateOnly? LeftOn, IReadOnlyList<ClassStay> Stays)
{
    public string FullName => string.Join(' ', new[] { Surname, FirstName, Patronymic }.Where(s => s is not null));

    /// <summary>The last day in the class: the leaving date, or the end of the last stay when every stay has ended.</summary>
    public DateOnly? Leaving => LeftOn ?? (Stays.All(s => s.To is not null) ? Stays.Max(s => s.To) : null);
}
