namespace SchoolPortal.Domain.Enrollment;

/// <summary>
/// The key a settlement or street name is compared by: lower case, «ё» as «е», punctuation as spaces, without the type
/// words («г.», «город», «ул.», «пр-кт», «переулок» …). «г. Челябинск» and «Челябинск» give the same key, and so do
/// «ул. 40-летия Победы» and «40-летия Победы улица». The street type is dropped, so «ул. Ленина» and «пр-кт Ленина»
/// match each other: in one settlement that is rare, and the card shows the line that matched.
/// </summary>
public static class TerritoryNames
{
    private static readonly HashSet<string> SettlementTypes =
    [
        "г", "гор", "город", "пос", "поселок", "п", "пгт", "рп", "с", "село", "д", "дер", "деревня", "ст-ца", "станица",
        "х", "хутор", "аул", "сп", "снт", "нп",
    ];

    private static readonly HashSet<string> StreetTypes =
    [
        "ул", "улица", "пр-кт", "пр-т", "просп", "проспект", "пр", "пер", "переулок", "ш", "шоссе", "б-р", "бул", "бульвар",
        "пл", "площадь", "наб", "набережная", "мкр", "мкрн", "микрорайон", "пр-д", "проезд", "тракт", "аллея", "ал",
        "туп", "тупик", "кв-л", "квартал", "линия",
    ];

    public static string SettlementKey(string? name) => Key(name, SettlementTypes);

    public static string StreetKey(string? name) => Key(name, StreetTypes);

    /// <summary>Whether a lower-case word (without its dot) is a settlement type: «г», «пос», «село».</summary>
    internal static bool IsSettlementType(string word) => SettlementTypes.Contains(word);

    internal static bool IsStreetType(string word) => StreetTypes.Contains(word);

    internal static string Simplify(string text) =>
        new(text.Trim().ToLowerInvariant().Replace('ё', 'е').Select(c => c is '.' or ',' or '"' or '«' or '»' or '(' or ')' ? ' ' : c).ToArray());

    private static string Key(string? name, HashSet<string> types)
    {
        if (string.IsNullOrWhiteSpace(name))
            return "";
        var all = Simplify(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = all.Where(w => !types.Contains(w)).ToList();
        // A name that is itself a type word («ул. Набережная»): the last word is the name.
        if (words.Count == 0 && all.Length > 1)
            words = [all[^1]];
        return string.Join(' ', words);
    }
}
