namespace SchoolPortal.Features.Portfolio;

/// <summary>«До каникул осталось N дней», from the holiday set of the child's class.</summary>
/// <param name="Days">Days from today to the first day of the next holiday; 0 while a holiday is on; null when none lies ahead.</param>
/// <param name="Holiday">«Зимние каникулы»; null when none lies ahead.</param>
/// <param name="HasSchedule">False when the school has not assigned a holiday set to the class.</param>
public sealed record HolidayCountdown(int? Days, string? Holiday, DateOnly? StartsOn, DateOnly? EndsOn, bool HasSchedule = true)
{
    public static HolidayCountdown NotScheduled { get; } = new(null, null, null, null, HasSchedule: false);

    public static HolidayCountdown NoneAhead { get; } = new(null, null, null, null);

    public bool IsOnHoliday => Days == 0;

    /// <summary>The counter as the page shows it: «До каникул осталось 24 дня», «Каникулы идут: …», or why there is no count.</summary>
    public string Text => Days switch
    {
        null when !HasSchedule => "Школа ещё не указала каникулы для класса.",
        null => "Каникул до конца учебного года больше нет.",
        0 => $"Каникулы идут: {Holiday} до {EndsOn:dd.MM.yyyy}.",
        { } d => $"До каникул {Remain(d)} {d} {DaysWord(d)}",
    };

    /// <summary>«остался» (1, 21, 31 день) or «осталось» (2, 5, 11 дней).</summary>
    public static string Remain(int days) => days % 10 == 1 && days % 100 != 11 ? "остался" : "осталось";

    /// <summary>1 день, 2 дня, 5 дней, 21 день, 11 дней.</summary>
    public static string DaysWord(int days) => (days % 100) switch
    {
        >= 11 and <= 14 => "дней",
        _ => (days % 10) switch
        {
            1 => "день",
            2 or 3 or 4 => "дня",
            _ => "дней",
        },
    };
}
