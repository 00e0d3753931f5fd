namespace SchoolPortal.Integrations;

/// <summary>
/// The one gate every emulator goes through (ESIA, ГИР ВУ, EPGU applications, and every later one): an emulator runs only when
/// <c>Demo:Enabled</c> is true and the environment is not Production. A configuration that asks for an emulator where it
/// may not run is refused at start with a message naming the setting, so a production portal cannot answer as a stand-in.
/// </summary>
public sealed class DemoEmulators
{
    public const string DemoSetting = "Demo:Enabled";
    public const string EsiaModeSetting = "Esia:Mode";
    public const string GirVuSetting = "GirVu:Emulator:Enabled";
    public const string EpguEnrollmentSetting = "EpguEnrollment:Emulator:Enabled";

    private readonly bool _demoEnabled;
    private readonly bool _production;

    public DemoEmulators(bool demoEnabled, string environmentName)
    {
        _demoEnabled = demoEnabled;
        _production = string.Equals(environmentName, Environments.Production, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads <c>Demo:Enabled</c> the way <c>DemoOptions</c> does (true when absent: the shipped settings are the demo).</summary>
    public static DemoEmulators From(IConfiguration configuration, IHostEnvironment environment) =>
        new(configuration.GetValue(DemoSetting, defaultValue: true), environment.EnvironmentName);

    public bool Allowed => _demoEnabled && !_production;

    /// <summary>Why an emulator asked for by <paramref name="setting"/> = <paramref name="value"/> may not run; null when it may.</summary>
    public string? Refusal(string setting, string value)
    {
        if (_production)
            return $"{setting} = {value} недопустим в Production: эмуляторы работают только в демо ({DemoSetting} = true) "
                + $"и не в среде Production. Выключите эмулятор ({Hint(setting)}) или запустите демо в другой среде (ASPNETCORE_ENVIRONMENT).";
        if (!_demoEnabled)
            return $"{setting} = {value} недопустим при {DemoSetting} = false: эмуляторы работают только в демо. "
                + $"Выключите эмулятор ({Hint(setting)}) или включите демо.";
        return null;
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> with <see cref="Refusal"/> when the emulator may not run.</summary>
    public void Require(string setting, string value)
    {
        if (Refusal(setting, value) is { } refusal)
            throw new InvalidOperationException(refusal);
    }

    /// <summary>
    /// The check at start: every emulator the configuration asks for (<c>Esia:Mode = Emulator</c>,
    /// <c>GirVu:Emulator:Enabled = true</c>, <c>EpguEnrollment:Emulator:Enabled = true</c>) must be allowed, else the portal does not start.
    /// </summary>
    public void RequireAllowedFor(IConfiguration configuration)
    {
        var problems = Requested(configuration).Select(r => Refusal(r.Setting, r.Value)).OfType<string>().ToList();
        if (problems.Count > 0)
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
    }

    /// <summary>The emulators the configuration asks for, as (setting, value).</summary>
    public static IReadOnlyList<(string Setting, string Value)> Requested(IConfiguration configuration)
    {
        var requested = new List<(string, string)>();
        if (string.Equals(configuration[EsiaModeSetting]?.Trim(), "Emulator", StringComparison.OrdinalIgnoreCase))
            requested.Add((EsiaModeSetting, "Emulator"));
        if (configuration.GetValue(GirVuSetting, defaultValue: false))
            requested.Add((GirVuSetting, "true"));
        if (configuration.GetValue(EpguEnrollmentSetting, defaultValue: false))
            requested.Add((EpguEnrollmentSetting, "true"));
        return requested;
    }

    private static string Hint(string setting) => setting switch
    {
        EsiaModeSetting => "Esia:Mode = Esia или Off",
        GirVuSetting => "GirVu:Emulator:Enabled = false",
        EpguEnrollmentSetting => "EpguEnrollment:Emulator:Enabled = false",
        _ => setting + " = false",
    };
}
