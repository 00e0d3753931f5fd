namespace SchoolPortal.Integrations.GirVu;

/// <summary>A file that is not a ГИР ВУ package or response of the version the portal reads; the message says why, in Russian.</summary>
public sealed class GirVuFormatException(string message) : Exception(message);
