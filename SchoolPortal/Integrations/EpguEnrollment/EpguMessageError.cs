namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>Why a message was not taken: the field (its path in the message, «childInfo.childSnils»; empty for the file as a whole) and the Russian text.</summary>
public sealed record EpguMessageError(string Field, string Text)
{
    public override string ToString() => Field.Length == 0 ? Text : $"{Field}: {Text}";
}
