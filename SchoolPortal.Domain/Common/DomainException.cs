namespace SchoolPortal.Domain.Common;

/// <summary>A rule of the domain refused the input. The message is Russian and is shown to the user as is.</summary>
public sealed class DomainException(string message, string? field = null) : Exception(message)
{
    /// <summary>The field the message is about, when there is one (used to put the message under the right input).</summary>
    public string? Field { get; } = field;
}
