using System.Globalization;

namespace SchoolPortal.Domain.Camps;

/// <summary>How camp applications, vouchers and sums are written: on the receipt, in the bank's register, on the page.</summary>
public static class CampNumbers
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>«ЛО-2027-000123».</summary>
    public static string Application(int year, int id) => $"ЛО-{year}-{id:D6}";

    /// <summary>Digits only, as banks carry it in the payment's purpose: «20270000123».</summary>
    public static string Voucher(int year, int id) => $"{year}{id:D7}";

    /// <summary>«12 500,00 ₽».</summary>
    public static string Money(decimal amount) => amount.ToString("N2", Russian) + " ₽";
}
