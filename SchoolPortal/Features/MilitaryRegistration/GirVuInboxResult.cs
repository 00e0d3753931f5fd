namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>What one reading of the inbox did: responses applied, files put aside as unreadable, and why (Russian).</summary>
public sealed record GirVuInboxResult(int Applied, IReadOnlyList<string> Problems)
{
    public int Unreadable => Problems.Count;

    public override string ToString() => $"Ответов ГИР ВУ прочитано: {Applied}; не прочитано файлов: {Unreadable}.";
}
