namespace SchoolPortal.Domain.Enrollment;

/// <summary>Finds the territory line an address falls on, among the lines given (one school's or a whole district's).</summary>
public sealed class AddressMatcher
{
    private readonly ILookup<(string Settlement, string Street), TerritoryLine> _lines;

    public AddressMatcher(IEnumerable<TerritoryLine> lines) =>
        _lines = lines.ToLookup(l => (l.SettlementKey, l.StreetKey));

    /// <summary>The first line that covers the address, or null (also when the address cannot be read).</summary>
    public TerritoryLine? Find(string? addressText) =>
        TerritoryAddress.Parse(addressText) is { } address ? Find(address) : null;

    public TerritoryLine? Find(TerritoryAddress address) =>
        _lines[(address.Settlement, address.Street)].FirstOrDefault(l => l.Houses.Contains(address.HouseNumber));
}
