namespace SchoolPortal.Integrations.GirVu;

/// <summary>The error codes the local stand-in answers with, in the resource's style (docs/girvu.md lists them).</summary>
public static class GirVuEmulatorCodes
{
    public const string SnilsMissing = "ГИРВУ-101";
    public const string SnilsChecksum = "ГИРВУ-102";
    public const string PassportRequired = "ГИРВУ-201";
    public const string PassportTaken = "ГИРВУ-202";
    public const string NotOfCohort = "ГИРВУ-301";
    public const string RegistrationAddressRequired = "ГИРВУ-401";
}
