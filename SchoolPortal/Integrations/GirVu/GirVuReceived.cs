namespace SchoolPortal.Integrations.GirVu;

/// <summary>One response file found in the inbox: its response, or why it could not be read (Russian).</summary>
public sealed record GirVuReceived(string Name, GirVuResponse? Response, string? Problem);
