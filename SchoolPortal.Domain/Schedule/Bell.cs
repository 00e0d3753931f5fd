using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Schedule;

/// <summary>Расписание звонков: lesson number N of a school runs from StartsAt to EndsAt.</summary>
public sealed class Bell : ISchoolScoped
{
    public const int MaxLessons = 10;

    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public int Number { get; private set; }
    public TimeOnly StartsAt { get; private set; }
    public TimeOnly EndsAt { get; private set; }

    private Bell()
    {
    }

    public Bell(int schoolId, int number, TimeOnly startsAt, TimeOnly endsAt)
    {
        if (number is < 0 or > MaxLessons)
            throw new DomainException($"Номер урока: от 0 до {MaxLessons}.", "number");
        SchoolId = schoolId;
        Number = number;
        Change(startsAt, endsAt);
    }

    public void Change(TimeOnly startsAt, TimeOnly endsAt)
    {
        if (endsAt <= startsAt)
            throw new DomainException("Урок должен заканчиваться позже, чем начинается.", "endsAt");
        StartsAt = startsAt;
        EndsAt = endsAt;
    }

    public string Text => $"{StartsAt:HH\\:mm}–{EndsAt:HH\\:mm}";

    /// <summary>Refuses a bell schedule in which a lesson starts before the previous one ends.</summary>
    public static void CheckSequence(IEnumerable<Bell> bells)
    {
        Bell? previous = null;
        foreach (var bell in bells.OrderBy(b => b.Number))
        {
            if (previous is not null && bell.StartsAt < previous.EndsAt)
                throw new DomainException(
                    $"Урок {bell.Number} ({bell.Text}) начинается раньше, чем заканчивается урок {previous.Number} ({previous.Text}).", "startsAt");
            previous = bell;
        }
    }

    /// <summary>The usual bells of a Russian school: 45-minute lessons from 8:00 with 10- and 20-minute breaks.</summary>
    public static IEnumerable<Bell> Standard(int schoolId)
    {
        int[] breaks = [10, 20, 20, 10, 10, 10, 10, 10];
        var start = new TimeOnly(8, 0);
        for (var n = 1; n <= 8; n++)
        {
            yield return new Bell(schoolId, n, start, start.AddMinutes(45));
            start = start.AddMinutes(45 + breaks[n - 1]);
        }
    }
}
