using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Enrollment;

/// <summary>
/// The houses of a street a territory line covers: all, even or odd numbers, optionally bounded «с … по …» (both bounds
/// included). A house «5а» or «12/1» counts by its leading number (5, 12).
/// </summary>
public sealed record HouseRange
{
    public HouseParity Parity { get; }
    public int? From { get; }
    public int? To { get; }

    private HouseRange(HouseParity parity, int? from, int? to)
    {
        Parity = parity;
        From = from;
        To = to;
    }

    public static HouseRange All { get; } = new(HouseParity.All, null, null);

    public static HouseRange Create(HouseParity parity, int? from = null, int? to = null)
    {
        if (!Enum.IsDefined(parity))
            throw new DomainException("Неизвестный вид диапазона домов.", "parity");
        if (from is < 1 || to is < 1)
            throw new DomainException("Номер дома в диапазоне должен быть не меньше 1.", "houses");
        if (from is not null && to is not null && to < from)
            throw new DomainException($"Диапазон домов {from}–{to}: конец раньше начала.", "houses");
        if (parity == HouseParity.Even && (from is { } f && f % 2 != 0 || to is { } t && t % 2 != 0))
            throw new DomainException("Для чётной стороны границы диапазона должны быть чётными.", "houses");
        if (parity == HouseParity.Odd && (from is { } f2 && f2 % 2 == 0 || to is { } t2 && t2 % 2 == 0))
            throw new DomainException("Для нечётной стороны границы диапазона должны быть нечётными.", "houses");
        return new HouseRange(parity, from, to);
    }

    public bool Contains(int houseNumber)
    {
        if (houseNumber < 1)
            return false;
        if (Parity == HouseParity.Even && houseNumber % 2 != 0 || Parity == HouseParity.Odd && houseNumber % 2 == 0)
            return false;
        return (From is null || houseNumber >= From) && (To is null || houseNumber <= To);
    }

    /// <summary>«все дома», «чётные», «нечётные 1–25», «дома 10–40», «чётные с 12», «дома до 30».</summary>
    public string Description
    {
        get
        {
            var side = Parity switch
            {
                HouseParity.Even => "чётные",
                HouseParity.Odd => "нечётные",
                _ => From is null && To is null ? "все дома" : "дома",
            };
            return (From, To) switch
            {
                (null, null) => side,
                ({ } f, null) => $"{side} с {f}",
                (null, { } t) => $"{side} до {t}",
                ({ } f, { } t) => $"{side} {f}–{t}",
            };
        }
    }

    public override string ToString() => Description;
}
