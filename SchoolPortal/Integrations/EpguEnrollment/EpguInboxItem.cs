namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// One file of the inbox: its read <see cref="Message"/>, or (when the file could not be read) the <see cref="Errors"/> it was
/// set aside with: such a file is already in the rejected folder with its error file.
/// </summary>
public sealed record EpguInboxItem(string Name, EpguApplicationMessage? Message, IReadOnlyList<EpguMessageError> Errors)
{
    public bool IsReadable => Message is not null;
}
