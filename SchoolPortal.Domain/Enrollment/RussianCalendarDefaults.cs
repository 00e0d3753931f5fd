namespace SchoolPortal.Domain.Enrollment;

/// <summary>
/// The production calendar of 2024–2027 as the government decrees set it: the seed of the editable copy in the database.
/// Only the dates that differ from the ordinary week are listed: weekday days off (holidays of art. 112 of the Labour Code
/// and transferred days off), weekends made working, and shortened pre-holiday days (art. 95). A holiday that falls on a
/// weekend is a day off anyway and is not listed.
/// </summary>
public static class RussianCalendarDefaults
{
    private const CalendarDayKind Off = CalendarDayKind.Holiday;
    private const CalendarDayKind Work = CalendarDayKind.WorkingDay;
    private const CalendarDayKind Short = CalendarDayKind.ShortenedDay;

    private static readonly (DateOnly Date, CalendarDayKind Kind, string Comment)[] Entries =
    [
        // 2024: Постановление Правительства РФ от 10.08.2023 № 1314 «О переносе выходных дней в 2024 году»:
        // 06.01 → 10.05, 07.01 → 31.12, 27.04 → 29.04, 02.11 → 30.04, 28.12 → 30.12.
        (D(2024, 1, 1), Off, "Новогодние каникулы"),
        (D(2024, 1, 2), Off, "Новогодние каникулы"),
        (D(2024, 1, 3), Off, "Новогодние каникулы"),
        (D(2024, 1, 4), Off, "Новогодние каникулы"),
        (D(2024, 1, 5), Off, "Новогодние каникулы"),
        (D(2024, 1, 8), Off, "Новогодние каникулы"),
        (D(2024, 2, 22), Short, "Предпраздничный день"),
        (D(2024, 2, 23), Off, "День защитника Отечества"),
        (D(2024, 3, 7), Short, "Предпраздничный день"),
        (D(2024, 3, 8), Off, "Международный женский день"),
        (D(2024, 4, 27), Work, "Рабочая суббота: выходной перенесён на 29.04 (Постановление № 1314)"),
        (D(2024, 4, 29), Off, "Перенос с 27.04 (Постановление № 1314)"),
        (D(2024, 4, 30), Off, "Перенос с 02.11 (Постановление № 1314)"),
        (D(2024, 5, 1), Off, "Праздник Весны и Труда"),
        (D(2024, 5, 8), Short, "Предпраздничный день"),
        (D(2024, 5, 9), Off, "День Победы"),
        (D(2024, 5, 10), Off, "Перенос с 06.01 (Постановление № 1314)"),
        (D(2024, 6, 11), Short, "Предпраздничный день"),
        (D(2024, 6, 12), Off, "День России"),
        (D(2024, 11, 2), Short, "Рабочая суббота, предпраздничный день: выходной перенесён на 30.04 (Постановление № 1314)"),
        (D(2024, 11, 4), Off, "День народного единства"),
        (D(2024, 12, 28), Work, "Рабочая суббота: выходной перенесён на 30.12 (Постановление № 1314)"),
        (D(2024, 12, 30), Off, "Перенос с 28.12 (Постановление № 1314)"),
        (D(2024, 12, 31), Off, "Перенос с 07.01 (Постановление № 1314)"),

        // 2025: Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»:
        // 04.01 → 02.05, 05.01 → 31.12, 23.02 → 08.05, 08.03 → 13.06, 01.11 → 03.11.
        (D(2025, 1, 1), Off, "Новогодние каникулы"),
        (D(2025, 1, 2), Off, "Новогодние каникулы"),
        (D(2025, 1, 3), Off, "Новогодние каникулы"),
        (D(2025, 1, 6), Off, "Новогодние каникулы"),
        (D(2025, 1, 7), Off, "Рождество Христово"),
        (D(2025, 1, 8), Off, "Новогодние каникулы"),
        (D(2025, 3, 7), Short, "Предпраздничный день"),
        (D(2025, 4, 30), Short, "Предпраздничный день"),
        (D(2025, 5, 1), Off, "Праздник Весны и Труда"),
        (D(2025, 5, 2), Off, "Перенос с 04.01 (Постановление № 1335)"),
        (D(2025, 5, 8), Off, "Перенос с 23.02 (Постановление № 1335)"),
        (D(2025, 5, 9), Off, "День Победы"),
        (D(2025, 6, 11), Short, "Предпраздничный день"),
        (D(2025, 6, 12), Off, "День России"),
        (D(2025, 6, 13), Off, "Перенос с 08.03 (Постановление № 1335)"),
        (D(2025, 11, 1), Short, "Рабочая суббота, предпраздничный день: выходной перенесён на 03.11 (Постановление № 1335)"),
        (D(2025, 11, 3), Off, "Перенос с 01.11 (Постановление № 1335)"),
        (D(2025, 11, 4), Off, "День народного единства"),
        (D(2025, 12, 31), Off, "Перенос с 05.01 (Постановление № 1335)"),

        // 2026: Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»:
        // 03.01 → 09.01, 04.01 → 31.12. 08.03 and 09.05 fall on weekends and move to the next working day by art. 112.
        (D(2026, 1, 1), Off, "Новогодние каникулы"),
        (D(2026, 1, 2), Off, "Новогодние каникулы"),
        (D(2026, 1, 5), Off, "Новогодние каникулы"),
        (D(2026, 1, 6), Off, "Новогодние каникулы"),
        (D(2026, 1, 7), Off, "Рождество Христово"),
        (D(2026, 1, 8), Off, "Новогодние каникулы"),
        (D(2026, 1, 9), Off, "Перенос с 03.01 (Постановление № 1466)"),
        (D(2026, 2, 23), Off, "День защитника Отечества"),
        (D(2026, 3, 9), Off, "Перенос с 08.03 (ст. 112 ТК РФ)"),
        (D(2026, 4, 30), Short, "Предпраздничный день"),
        (D(2026, 5, 1), Off, "Праздник Весны и Труда"),
        (D(2026, 5, 8), Short, "Предпраздничный день"),
        (D(2026, 5, 11), Off, "Перенос с 09.05 (ст. 112 ТК РФ)"),
        (D(2026, 6, 11), Short, "Предпраздничный день"),
        (D(2026, 6, 12), Off, "День России"),
        (D(2026, 11, 3), Short, "Предпраздничный день"),
        (D(2026, 11, 4), Off, "День народного единства"),
        (D(2026, 12, 31), Off, "Перенос с 04.01 (Постановление № 1466)"),

        // 2027: the decree on transfers for 2027 could not be confirmed from a source when this was written (December
        // 2026). Only the holidays fixed by art. 112 of the Labour Code that fall on weekdays are listed; no transfers,
        // no carry-over of 01.05, 09.05 and 12.06 (Saturday, Sunday, Saturday) and no shortened days. The region
        // operator completes the year in the calendar editor once the decree is published.
        (D(2027, 1, 1), Off, "Новогодние каникулы"),
        (D(2027, 1, 4), Off, "Новогодние каникулы"),
        (D(2027, 1, 5), Off, "Новогодние каникулы"),
        (D(2027, 1, 6), Off, "Новогодние каникулы"),
        (D(2027, 1, 7), Off, "Рождество Христово"),
        (D(2027, 1, 8), Off, "Новогодние каникулы"),
        (D(2027, 2, 23), Off, "День защитника Отечества"),
        (D(2027, 3, 8), Off, "Международный женский день"),
        (D(2027, 11, 4), Off, "День народного единства"),
    ];

    /// <summary>The years this seed covers.</summary>
    public static IReadOnlyList<int> Years { get; } = [2024, 2025, 2026, 2027];

    /// <summary>The years whose transfers are not confirmed by a decree yet (see the comment on the 2027 entries).</summary>
    public static IReadOnlyList<int> UnconfirmedYears { get; } = [2027];

    public static IReadOnlyList<CalendarException> All { get; } = Entries.Select(e => new CalendarException(e.Date, e.Kind)).ToList();

    /// <summary>Fresh rows for the database copy, with their comments.</summary>
    public static IReadOnlyList<CalendarDay> CreateDays() => Entries.Select(e => new CalendarDay(e.Date, e.Kind, e.Comment)).ToList();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);
}
