using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Camps;

/// <summary>
/// A summer season of the region's camps: when booking opens (region time, to the minute), how many working days a parent
/// has to pay, how soon the voucher is issued, and whom the parent pays. <see cref="AllocationRound"/> is bumped at the
/// start of every allocation: the row lock it takes makes the allocations of all nodes run one after another.
/// </summary>
public sealed class CampSeason : IAudited
{
    public const int DefaultPaymentWorkingDays = 5;
    public const int DefaultVoucherWorkingDays = 3;
    public const int MaxWorkingDays = 30;
    public const int MaxPayeeLength = 300;

    public int Id { get; private set; }
    public int Year { get; private set; }
    public DateTimeOffset BookingOpensAt { get; private set; }
    public int PaymentWorkingDays { get; private set; } = DefaultPaymentWorkingDays;
    public int VoucherWorkingDays { get; private set; } = DefaultVoucherWorkingDays;
    public string PayeeName { get; private set; } = "";
    public string PayeeInn { get; private set; } = "";
    public string PayeeAccount { get; private set; } = "";
    public string PayeeBank { get; private set; } = "";
    public string PayeeBik { get; private set; } = "";
    public long AllocationRound { get; private set; }

    private CampSeason()
    {
    }

    public CampSeason(int year, DateTimeOffset bookingOpensAt, int paymentWorkingDays, int voucherWorkingDays)
    {
        if (year is < 2000 or > 2100)
            throw new DomainException($"Год сезона {year} вне допустимого диапазона.", "year");
        Year = year;
        ChangeTerms(bookingOpensAt, paymentWorkingDays, voucherWorkingDays);
    }

    public bool IsOpen(DateTimeOffset now) => now >= BookingOpensAt;

    public void ChangeTerms(DateTimeOffset bookingOpensAt, int paymentWorkingDays, int voucherWorkingDays)
    {
        if (bookingOpensAt.Year != Year && bookingOpensAt.Year != Year - 1)
            throw new DomainException($"Прием заявлений на сезон {Year} года открывается в {Year - 1} или {Year} году.", "bookingOpensAt");
        if (paymentWorkingDays is < 1 or > MaxWorkingDays)
            throw new DomainException($"Срок оплаты — от 1 до {MaxWorkingDays} рабочих дней.", "paymentWorkingDays");
        if (voucherWorkingDays is < 1 or > MaxWorkingDays)
            throw new DomainException($"Срок выдачи путевки — от 1 до {MaxWorkingDays} рабочих дней.", "voucherWorkingDays");
        BookingOpensAt = bookingOpensAt;
        PaymentWorkingDays = paymentWorkingDays;
        VoucherWorkingDays = voucherWorkingDays;
    }

    public void ChangePayee(string? name, string? inn, string? account, string? bank, string? bik)
    {
        var cleanName = Validation.Required(name, "Получатель платежа", MaxPayeeLength, "payeeName");
        var cleanInn = Digits(inn, 10, "ИНН получателя — 10 цифр.", "payeeInn");
        var cleanAccount = Digits(account, 20, "Расчетный счет — 20 цифр.", "payeeAccount");
        var cleanBank = Validation.Required(bank, "Банк получателя", MaxPayeeLength, "payeeBank");
        var cleanBik = Digits(bik, 9, "БИК — 9 цифр.", "payeeBik");
        PayeeName = cleanName;
        PayeeInn = cleanInn;
        PayeeAccount = cleanAccount;
        PayeeBank = cleanBank;
        PayeeBik = cleanBik;
    }

    private static string Digits(string? text, int length, string message, string field)
    {
        var trimmed = (text ?? "").Replace(" ", "");
        return trimmed.Length == length && trimmed.All(char.IsAsciiDigit) ? trimmed : throw new DomainException(message, field);
    }
}
