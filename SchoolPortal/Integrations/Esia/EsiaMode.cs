namespace SchoolPortal.Integrations.Esia;

/// <summary>Where «Войти через Госуслуги» goes: nowhere, the emulator the portal hosts, or the real ESIA.</summary>
public enum EsiaMode
{
    Off = 0,
    Emulator = 1,
    Esia = 2,
}
