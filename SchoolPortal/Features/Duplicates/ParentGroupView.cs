using SchoolPortal.Domain.Duplicates;

namespace SchoolPortal.Features.Duplicates;

/// <summary>A duplicate group as the page shows it: its records, the rules that joined them and the fields that differ.</summary>
public sealed record ParentGroupView(DuplicateGroup Group, IReadOnlyList<ParentRecordView> Records, IReadOnlyList<string> DifferingFields)
{
    public int Key => Group.Key;

    public IReadOnlyList<string> RuleNames => Group.Rules.Select(DuplicateRules.Name).ToList();

    /// <summary>The suggested record to keep: the one with a SNILS, then the most recent sign-in, then the most children.</summary>
    public int SuggestedKeptId => Records
        .OrderByDescending(r => r.Snils is not null)
        .ThenByDescending(r => r.LastLoginAt ?? DateTimeOffset.MinValue)
        .ThenByDescending(r => r.Children.Count + r.HiddenChildren)
        .ThenBy(r => r.Id)
        .First().Id;
}
