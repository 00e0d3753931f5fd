namespace SchoolPortal.Domain.MilitaryRegistration;

/// <summary>
/// The codes of the portal's own checks before sending (docs/girvu.md lists them). They are stable: reports and the error
/// files of earlier runs keep them, so a code is never reused for another meaning.
/// </summary>
public static class GirVuErrorCodes
{
    public const string SnilsMissing = "SNILS_MISSING";
    public const string SnilsInvalid = "SNILS_INVALID";
    public const string PassportMissing = "PASSPORT_MISSING";
    public const string PassportNotRussian = "PASSPORT_NOT_RF";
    public const string PassportSeries = "PASSPORT_SERIES";
    public const string PassportNumber = "PASSPORT_NUMBER";
    public const string CitizenshipMissing = "CITIZENSHIP_MISSING";
    public const string BirthplaceMissing = "BIRTHPLACE_MISSING";
    public const string RegistrationAddressMissing = "REG_ADDRESS_MISSING";
    public const string RegistrationAddressInvalid = "REG_ADDRESS_INVALID";
    public const string StayAddressInvalid = "STAY_ADDRESS_INVALID";
    public const string FormOfEducationInvalid = "EDU_FORM_INVALID";
}
