using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Enrollment;

/// <summary>One exception of the production calendar as kept in the database; the region operator edits these rows.</summary>
public sealed class CalendarDay : IAudited
{
    public const int MaxCommentLength = 300;

    public int Id { get; private set; }
    public DateOnly Date { get; private set; }
    public CalendarDayKind Kind { get; private set; }

    /// <summary>«Новый год», «перенос с 03.01 (Постановление № 1466)».</summary>
    public string? Comment { get; private set; }

    private CalendarDay()
    {
    }

    public CalendarDay(DateOnly date, CalendarDayKind kind, string? comment)
    {
        Date = date;
        Change(kind, comment);
    }

    public void Change(CalendarDayKind kind, string? comment)
    {
        if (!Enum.IsDefined(kind))
            throw new DomainException("Неизвестный вид дня календаря.", "kind");
        var weekend = Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (kind == CalendarDayKind.WorkingDay && !weekend)
            throw new DomainException($"{Date:dd.MM.yyyy} — будний день, он и так рабочий: рабочим можно сделать только субботу или воскресенье.", "kind");
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (text is { Length: > MaxCommentLength })
            throw new DomainException($"Комментарий: не длиннее {MaxCommentLength} символов.", "comment");
        Kind = kind;
        Comment = text;
    }
}
