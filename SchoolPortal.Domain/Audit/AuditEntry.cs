namespace SchoolPortal.Domain.Audit;

/// <summary>Who changed which record when, and how. Written for every change of personal data; never edited.</summary>
public sealed class AuditEntry
{
    private readonly List<AuditChange> _changes = [];

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int? ActorAccountId { get; private set; }
    public string ActorLogin { get; private set; } = "";
    public int? SchoolId { get; private set; }
    public string EntityType { get; private set; } = "";
    public int EntityId { get; private set; }
    public AuditAction Action { get; private set; }
    public IReadOnlyList<AuditChange> Changes => _changes;

    private AuditEntry()
    {
    }

    public AuditEntry(DateTimeOffset at, int? actorAccountId, string actorLogin, int? schoolId, string entityType, int entityId,
        AuditAction action, IEnumerable<AuditChange> changes)
    {
        At = at;
        ActorAccountId = actorAccountId;
        ActorLogin = actorLogin;
        SchoolId = schoolId;
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        _changes.AddRange(changes);
    }

    /// <summary>Set once the record's id is known (for records created in the same save).</summary>
    public void AssignEntityId(int id) => EntityId = id;
}
