namespace SchoolPortal.Domain.Pupils;

/// <summary>A dated stay of a pupil in a class: from the enrolment or transfer date to the day before the next one.</summary>
public sealed class ClassMembership
{
    public int Id { get; private set; }
    public int PupilId { get; private set; }
    public int SchoolClassId { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }

    private ClassMembership()
    {
    }

    internal ClassMembership(int pupilId, int schoolClassId, DateOnly from)
    {
        PupilId = pupilId;
        SchoolClassId = schoolClassId;
        From = from;
    }

    public bool IsOpen => To is null;

    public bool Covers(DateOnly day) => From <= day && (To is null || day <= To);

    internal void CloseOn(DateOnly lastDay) => To = lastDay < From ? From : lastDay;
}
