namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// Where the emulator's families file: the school (its ИНН, the code EPGU knows it by), the campaign year, an address on
/// the school's assigned territory and one off it (both from the data layer, which keeps the territories), and the
/// name of a pupil of the school for the sibling right (a made-up one when not given).
/// </summary>
public sealed record EpguFilingPlace(string SchoolInn, int Year, string TerritoryAddress, string OutsideAddress, string? SiblingFullName = null);
