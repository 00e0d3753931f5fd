namespace SchoolPortal.Domain.People;

/// <summary>
/// A record saved although it matched an existing person (by SNILS, document, or full name and birth date), because an
/// administrator stated why: true namesakes. Kept so the duplicate checks do not flag the pair again and so anyone can
/// see who decided it and why.
/// </summary>
public sealed class DuplicateOverride
{
    public const int MinReasonLength = 10;
    public const int MaxReasonLength = 1000;

    public int Id { get; private set; }

    /// <summary><c>Pupil</c>, <c>Parent</c> or <c>Employee</c>.</summary>
    public string EntityType { get; private set; } = "";

    public int EntityId { get; private set; }
    public int MatchedEntityId { get; private set; }
    public string Reason { get; private set; } = "";
    public int? SchoolId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int? ByAccountId { get; private set; }
    public string ByLogin { get; private set; } = "";

    private DuplicateOverride()
    {
    }

    public DuplicateOverride(string entityType, int entityId, int matchedEntityId, string? reason, int? schoolId, DateTimeOffset at,
        int? byAccountId, string byLogin)
    {
        var text = reason?.Trim() ?? "";
        if (text.Length < MinReasonLength)
            throw new Common.DomainException($"Укажите причину (не короче {MinReasonLength} символов): почему это другой человек с теми же данными.");
        if (text.Length > MaxReasonLength)
            throw new Common.DomainException($"Причина слишком длинная: не больше {MaxReasonLength} символов.");
        EntityType = entityType;
        EntityId = entityId;
        MatchedEntityId = matchedEntityId;
        Reason = text;
        SchoolId = schoolId;
        At = at;
        ByAccountId = byAccountId;
        ByLogin = byLogin;
    }

    /// <summary>Set once the new record's id is known (it is saved together with this entry).</summary>
    public void AssignEntityId(int id) => EntityId = id;
}
