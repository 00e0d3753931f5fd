namespace SchoolPortal.Integrations.GirVu;

/// <summary>"GirVu:Emulator": the local stand-in of the resource (demo, development, tests). Off unless the settings turn it on.</summary>
public sealed class GirVuEmulatorOptions
{
    public bool Enabled { get; set; }

    /// <summary>How often the stand-in looks into the outbox.</summary>
    public double IntervalSeconds { get; set; } = 1;

    /// <summary>The stand-in's own register (passports already registered); empty: «girvu/emulator» in the portal's data folder.</summary>
    public string Folder { get; set; } = "";
}
