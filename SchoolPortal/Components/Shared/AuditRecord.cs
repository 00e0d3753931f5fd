using SchoolPortal.Domain.Audit;

namespace SchoolPortal.Components.Shared;

/// <summary>One line of a card's history as the user reads it: who, when, what, and field by field old → new.</summary>
public sealed record AuditRecord(DateTimeOffset At, string Actor, AuditAction Action, IReadOnlyList<AuditChange> Changes)
{
    public string ActionName => Action switch
    {
        AuditAction.Created => "Создание",
        AuditAction.Deleted => "Удаление",
        _ => "Изменение",
    };
}
