namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>"EpguEnrollment:Emulator": the stand-in that files applications as parents would on Gosuslugi (the demo only).</summary>
public sealed class EpguEnrollmentEmulatorOptions
{
    public bool Enabled { get; set; }

    /// <summary>The stand-in's own record of what it filed; empty: «epgu-enrollment/emulator» in the portal's data folder.</summary>
    public string Folder { get; set; } = "";
}
