using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Enrollment;

/// <summary>
/// One line of a school's assigned territory («закрепленная территория»): a street of a settlement and which of its
/// houses. The municipal operator keeps these; an address matches by normalised settlement, street and house number.
/// </summary>
public sealed class TerritoryLine : ISchoolScoped, IAudited
{
    public const int MaxNameLength = 150;

    public int Id { get; private set; }
    public int SchoolId { get; private set; }

    /// <summary>As typed: «г. Челябинск».</summary>
    public string Settlement { get; private set; } = "";

    /// <summary>As typed: «ул. Ленина».</summary>
    public string Street { get; private set; } = "";

    /// <summary>The comparison keys (<see cref="TerritoryNames"/>), stored so the database can index them.</summary>
    public string SettlementKey { get; private set; } = "";

    public string StreetKey { get; private set; } = "";
    public HouseParity Parity { get; private set; } = HouseParity.All;
    public int? HouseFrom { get; private set; }
    public int? HouseTo { get; private set; }

    private TerritoryLine()
    {
    }

    public TerritoryLine(int schoolId, string? settlement, string? street, HouseRange houses)
    {
        SchoolId = schoolId;
        Change(settlement, street, houses);
    }

    public HouseRange Houses => HouseRange.Create(Parity, HouseFrom, HouseTo);

    public void Change(string? settlement, string? street, HouseRange houses)
    {
        var settlementText = Name(settlement, "Населённый пункт", "settlement");
        var streetText = Name(street, "Улица", "street");
        var settlementKey = TerritoryNames.SettlementKey(settlementText);
        var streetKey = TerritoryNames.StreetKey(streetText);
        if (settlementKey.Length == 0)
            throw new DomainException("Населённый пункт: укажите название, а не только тип («г.», «пос.»).", "settlement");
        if (streetKey.Length == 0)
            throw new DomainException("Улица: укажите название, а не только тип («ул.», «пр-кт»).", "street");
        Settlement = settlementText;
        Street = streetText;
        SettlementKey = settlementKey;
        StreetKey = streetKey;
        Parity = houses.Parity;
        HouseFrom = houses.From;
        HouseTo = houses.To;
    }

    /// <summary>«ул. Ленина, чётные 2–40».</summary>
    public string Description => $"{Street}, {Houses.Description}";

    /// <summary>«г. Челябинск, ул. Ленина, чётные 2–40»: what the application card shows as the matched line.</summary>
    public string FullDescription => $"{Settlement}, {Description}";

    public bool Matches(TerritoryAddress address) =>
        address.Settlement == SettlementKey && address.Street == StreetKey && Houses.Contains(address.HouseNumber);

    private static string Name(string? text, string label, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new DomainException($"{label}: поле обязательно.", field);
        var value = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (value.Length > MaxNameLength)
            throw new DomainException($"{label}: не длиннее {MaxNameLength} символов.", field);
        return value;
    }
}
