namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// A district of Chelyabinsk region as the generator uses it: the name, the settlement its schools and families are
/// in («г. Челябинск», «с. Долгодеревенское»), the genitive for school names, the postal code and the ZAGS office.
/// </summary>
internal sealed record DemoMunicipality(string Name, string Settlement, string SettlementGenitive, int PostalCode, int SchoolsWeight, bool IsCity);
