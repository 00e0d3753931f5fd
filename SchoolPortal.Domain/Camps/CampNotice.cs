namespace SchoolPortal.Domain.Camps;

/// <summary>
/// A message to the family about its camp application («Место предоставлено…», «Аннулировано…»), shown in the parent's
/// «Летний отдых» until read. Written in the same transaction as the status change it reports, so none is lost.
/// </summary>
public sealed class CampNotice
{
    public const int MaxTextLength = 1000;

    public long Id { get; private set; }
    public int ParentId { get; private set; }
    public int ApplicationId { get; private set; }
    public CampApplicationStatus Status { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Text { get; private set; } = "";
    public DateTimeOffset? ReadAt { get; private set; }

    private CampNotice()
    {
    }

    public CampNotice(int parentId, int applicationId, CampApplicationStatus status, DateTimeOffset at, string text)
    {
        ParentId = parentId;
        ApplicationId = applicationId;
        Status = status;
        At = at;
        Text = text.Length > MaxTextLength ? text[..MaxTextLength] : text;
    }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
