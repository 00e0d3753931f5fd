using SchoolPortal.Domain.Journal;

namespace SchoolPortal.Features.Journal;

/// <summary>
/// The outcome of saving a journal cell, a mark's details or a final mark. On <see cref="CellSaveStatus.Saved"/> the text and
/// version are the saved ones; on <see cref="CellSaveStatus.Conflict"/> they are the current ones in the database (and who set
/// them), never overwritten; on <see cref="CellSaveStatus.Refused"/> only <see cref="Message"/> counts.
/// </summary>
public sealed record CellSaveResult(CellSaveStatus Status, string Text, int Version, string? Message = null, CellContent? Content = null,
    string? ChangedBy = null, DateTimeOffset? ChangedAt = null)
{
    public bool Succeeded => Status == CellSaveStatus.Saved;

    public static CellSaveResult Saved(CellContent content, int version) => new(CellSaveStatus.Saved, content.Text, version, null, content);

    public static CellSaveResult Saved(MarkValue? value, int version) => new(CellSaveStatus.Saved, value?.ToString() ?? "", version);

    public static CellSaveResult Refused(string message) => new(CellSaveStatus.Refused, "", 0, message);

    public static CellSaveResult Conflict(EditConflictException conflict, CellContent? current = null) =>
        new(CellSaveStatus.Conflict, conflict.CurrentText, conflict.CurrentVersion, conflict.Message, current, conflict.ChangedBy, conflict.ChangedAt);
}
