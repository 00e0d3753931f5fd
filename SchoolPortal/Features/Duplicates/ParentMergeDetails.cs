using System.Text.Json;
using SchoolPortal.Domain.Parents;

namespace SchoolPortal.Features.Duplicates;

/// <summary>
/// Everything one merge moved, stored as <see cref="ParentMerge.Details"/> so the merge can be undone exactly: the
/// children relinked (or unlinked where the kept record already had the child), the login moved to the kept record, the
/// logins disabled, the ESIA link moved, and the fields of the kept record filled from the merged one.
/// </summary>
public sealed record ParentMergeDetails
{
    public int Version { get; init; } = 1;
    public string KeptName { get; init; } = "";
    public string MergedName { get; init; } = "";
    public List<MovedLink> MovedLinks { get; init; } = [];
    public List<MovedLink> RemovedLinks { get; init; } = [];
    public int? KeptAccountId { get; init; }
    public string? KeptLogin { get; init; }
    /// <summary>The kept login belonged to the merged record and was moved to the kept one.</summary>
    public bool KeptAccountMoved { get; init; }
    public List<DisabledAccount> DisabledAccounts { get; init; } = [];
    public EsiaMove? Esia { get; init; }
    public List<FilledField> FilledFields { get; init; } = [];

    public sealed record MovedLink(int PupilId, ParentRelation Relation, string PupilName);

    public sealed record DisabledAccount(int AccountId, string Login, int ParentId);

    public sealed record EsiaMove(int FromAccountId, int ToAccountId, string Oid, string? ReplacedOid);

    /// <summary>A field filled from the merged record: the field (as in <see cref="Domain.Duplicates.ParentField"/>) and the text copied.</summary>
    public sealed record FilledField(string Field, string Value);

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ParentMergeDetails FromJson(string json) =>
        JsonSerializer.Deserialize<ParentMergeDetails>(json, Json) ?? throw new InvalidOperationException("Пустые сведения об объединении.");
}
