using System.Globalization;

namespace SchoolPortal.Domain.Camps;

/// <summary>
/// Reads one row of the bank's payment register from the texts of its cells. Banks write sums as «12 500,00», «12500.00» or
/// «12 500,00 руб.», dates as «03.05.2027» or «2027-05-03», and numbers as text or as numbers: all are taken; anything else
/// is an error of the row, named by its column.
/// </summary>
public static class PaymentRegisterReading
{
    public const int MinVoucherDigits = 5;
    public const int MaxVoucherDigits = 20;
    public const int MaxReferenceLength = 100;

    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "dd.MM.yy", "yyyy-MM-dd", "dd/MM/yyyy"];

    public static PaymentRegisterRow Read(int row, string? voucher, string? amount, string? paidOn, string? reference)
    {
        var errors = new List<string>();
        var number = Compact(voucher);
        if (number.Length == 0)
            errors.Add($"«{PaymentRegisterColumns.VoucherHeader}» не заполнен.");
        else if (!number.All(char.IsAsciiDigit) || number.Length is < MinVoucherDigits or > MaxVoucherDigits)
            errors.Add($"«{PaymentRegisterColumns.VoucherHeader}»: «{Shown(voucher)}» — номер путевки состоит из цифр, например 20270000123.");

        var sum = Amount(amount);
        if (string.IsNullOrWhiteSpace(amount))
            errors.Add($"«{PaymentRegisterColumns.AmountHeader}» не заполнена.");
        else if (sum is null)
            errors.Add($"«{PaymentRegisterColumns.AmountHeader}»: «{Shown(amount)}» — не сумма в рублях (например, 5 000,00).");
        else if (sum <= 0)
            errors.Add($"«{PaymentRegisterColumns.AmountHeader}»: сумма платежа должна быть больше нуля.");
        else if (decimal.Round(sum.Value, 2) != sum)
            errors.Add($"«{PaymentRegisterColumns.AmountHeader}»: «{Shown(amount)}» — больше двух знаков после запятой.");

        var day = Date(paidOn);
        if (string.IsNullOrWhiteSpace(paidOn))
            errors.Add($"«{PaymentRegisterColumns.PaidOnHeader}» не заполнена.");
        else if (day is null)
            errors.Add($"«{PaymentRegisterColumns.PaidOnHeader}»: «{Shown(paidOn)}» — не дата (ДД.ММ.ГГГГ).");

        var document = (reference ?? "").Trim();
        if (document.Length == 0)
            errors.Add($"«{PaymentRegisterColumns.ReferenceHeader}» не заполнен.");
        else if (document.Length > MaxReferenceLength)
            errors.Add($"«{PaymentRegisterColumns.ReferenceHeader}» длиннее {MaxReferenceLength} символов.");

        return errors.Count > 0
            ? new PaymentRegisterRow(row, null, $"Строка {row}: {string.Join(" ", errors)}")
            : new PaymentRegisterRow(row, new PaymentRegisterLine(row, number, sum!.Value, day!.Value, document), null);
    }

    /// <summary>«12 500,00», «12500.5», «12 500,00 руб.», «5000 ₽»; null when it is not a sum.</summary>
    public static decimal? Amount(string? text)
    {
        var clean = Compact(text).Replace("₽", "").Replace("руб.", "").Replace("руб", "").Replace("р.", "").Replace(',', '.');
        return clean.Length > 0 && clean.Count(c => c == '.') <= 1 && clean.All(c => char.IsAsciiDigit(c) || c is '.' or '-')
            && decimal.TryParse(clean, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : null;
    }

    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact((text ?? "").Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>Without any spaces (a bank's «20270 000123» or a non-breaking thousands separator).</summary>
    private static string Compact(string? text) => string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c)));

    private static string Shown(string? text)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length <= 40 ? trimmed : trimmed[..40] + "…";
    }
}
