namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// One file of the inbox: its read enrollment <see cref="Message"/> or camp application (<see cref="Camp"/>, service 600173),
/// or (when the file could not be read) the <see cref="Errors"/> it was set aside with: such a file is already in the rejected
/// folder with its error file.
/// </summary>
public sealed record EpguInboxItem(string Name, EpguApplicationMessage? Message, IReadOnlyList<EpguMessageError> Errors,
    EpguCampApplicationMessage? Camp = null)
{
    public bool IsReadable => Message is not null || Camp is not null;
}
