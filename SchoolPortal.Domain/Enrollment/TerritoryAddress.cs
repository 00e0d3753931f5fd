namespace SchoolPortal.Domain.Enrollment;

/// <summary>
/// An address reduced to what the assigned territory is matched by: the settlement and street keys (see
/// <see cref="TerritoryNames"/>) and the house. «454080, Челябинская обл., г. Челябинск, ул. Ленина, д. 5а, кв. 3» gives
/// «челябинск», «ленина», «5а» (number 5); the postal code, the region, the district, the flat and the building
/// («корп. 2», «стр. 1») are dropped.
/// </summary>
public sealed record TerritoryAddress(string Settlement, string Street, string House, int HouseNumber)
{
    private static readonly HashSet<string> RegionWords =
        ["обл", "область", "край", "респ", "республика", "ао", "округ", "р-н", "район", "м-н", "муниципальный"];

    private static readonly HashSet<string> SkippedParts =
    [
        "кв", "квартира", "оф", "офис", "пом", "помещение", "комн", "комната", "корп", "корпус", "к", "стр", "строение",
        "лит", "литер", "литера",
    ];

    /// <summary>Null when the text has no street or no house number the territory could be matched by.</summary>
    public static TerritoryAddress? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        string? settlement = null, street = null, house = null;
        foreach (var part in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var words = TerritoryNames.Simplify(part).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || IsPostalCode(words) || SkippedParts.Contains(words[0]) || words.Any(RegionWords.Contains))
                continue;
            var houseAt = HouseMarkerAt(words);
            if (houseAt >= 0)
            {
                house ??= HouseOf(words[(houseAt + 1)..]);
                if (houseAt == 0)
                    continue;
                words = words[..houseAt];
            }
            else if (char.IsAsciiDigit(words[0][0]) && street is not null)
            {
                // «ул. Ленина, 5а»: a bare number after the street is the house.
                house ??= HouseOf(words);
                continue;
            }
            var name = string.Join(' ', words);
            if (TerritoryNames.IsSettlementType(words[0]) || TerritoryNames.IsSettlementType(words[^1]) && words.Length > 1)
                settlement = TerritoryNames.SettlementKey(name);
            else if (words.Any(TerritoryNames.IsStreetType))
                street = TerritoryNames.StreetKey(name);
            else if (settlement is null && street is null)
                settlement = TerritoryNames.SettlementKey(name);
            else
                street ??= TerritoryNames.StreetKey(name);
        }
        if (string.IsNullOrEmpty(street) || house is null)
            return null;
        var digits = new string(house.TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 || digits.Length > 6 ? null : new TerritoryAddress(settlement ?? "", street, house, int.Parse(digits));
    }

    private static bool IsPostalCode(string[] words) => words is [var w] && w.Length == 6 && w.All(char.IsAsciiDigit);

    /// <summary>The index of «д»/«дом» followed by a number, or −1. «д. Кременкуль» (a village) is no house marker.</summary>
    private static int HouseMarkerAt(string[] words)
    {
        for (var i = 0; i < words.Length - 1; i++)
        {
            if (words[i] is "д" or "дом" && char.IsAsciiDigit(words[i + 1][0]))
                return i;
        }
        return -1;
    }

    /// <summary>«5а», «5 а» → «5а»; «12/1» stays; «12 корп 2» → «12».</summary>
    private static string? HouseOf(string[] words)
    {
        if (words.Length == 0 || !char.IsAsciiDigit(words[0][0]))
            return null;
        var house = words[0];
        if (words.Length > 1 && words[1].Length == 1 && char.IsLetter(words[1][0]) && !SkippedParts.Contains(words[1]))
            house += words[1];
        return house;
    }
}
