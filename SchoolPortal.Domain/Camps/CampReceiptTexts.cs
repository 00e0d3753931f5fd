namespace SchoolPortal.Domain.Camps;

/// <summary>The lines of the printed receipt and voucher that a bank clerk or a camp reads: the purpose, the deadline, the issue.</summary>
public static class CampReceiptTexts
{
    /// <summary>«Родительская доля за путевку № 20270000123»: the bank's register carries the number back for matching.</summary>
    public static string Purpose(string voucherNumber) => $"Родительская доля за путевку № {voucherNumber}";

    /// <summary>«до 02.05.2027 (5 рабочих дней)».</summary>
    public static string Deadline(DateOnly lastDay, int workingDays) => $"до {lastDay:dd.MM.yyyy} ({workingDays} {WorkingDays(workingDays)})";

    /// <summary>«Путевка выдана 12.05.2027».</summary>
    public static string Issued(DateOnly on) => $"Путевка выдана {on:dd.MM.yyyy}";

    /// <summary>«рабочий день», «рабочих дня», «рабочих дней» for 1, 3, 5 (and 21, 23, 11).</summary>
    public static string WorkingDays(int count) =>
        (count % 100) is >= 11 and <= 14 ? "рабочих дней"
        : (count % 10) switch
        {
            1 => "рабочий день",
            2 or 3 or 4 => "рабочих дня",
            _ => "рабочих дней",
        };
}
