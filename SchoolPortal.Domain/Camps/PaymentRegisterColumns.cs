namespace SchoolPortal.Domain.Camps;

/// <summary>
/// Where the four columns of the bank's payment register are: found by their Russian names in the header row, whatever the
/// case, the spaces or «ё», in any order and among other columns the bank adds. Indexes are 0-based.
/// </summary>
public sealed record PaymentRegisterColumns(int Voucher, int Amount, int PaidOn, int Reference)
{
    public const string VoucherHeader = "Номер путевки";
    public const string AmountHeader = "Сумма";
    public const string PaidOnHeader = "Дата платежа";
    public const string ReferenceHeader = "Номер платежного документа";

    public static readonly IReadOnlyList<string> Headers = [VoucherHeader, AmountHeader, PaidOnHeader, ReferenceHeader];

    public const string Missing =
        "В файле не найдена строка заголовков с колонками «Номер путевки», «Сумма», «Дата платежа», «Номер платежного документа».";

    /// <summary>The columns in a row of cells, or null when one of the four is missing.</summary>
    public static PaymentRegisterColumns? Find(IReadOnlyList<string?> cells)
    {
        var names = cells.Select(Normalize).ToList();
        var found = Headers.Select(h => names.IndexOf(Normalize(h))).ToArray();
        return found.All(i => i >= 0) ? new PaymentRegisterColumns(found[0], found[1], found[2], found[3]) : null;
    }

    /// <summary>«  НОМЕР  путёвки: » and «Номер путевки» are one name.</summary>
    public static string Normalize(string? text) =>
        string.Join(' ', (text ?? "").ToLowerInvariant().Replace('ё', 'е')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim().TrimEnd(':', '.', '*').Trim();
}
