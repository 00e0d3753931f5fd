namespace SchoolPortal.Features.Duplicates;

/// <summary>A child enrolled in several schools at once, with the rules that matched the records.</summary>
public sealed record PupilGroupView(int Key, IReadOnlyList<string> RuleNames, IReadOnlyList<PupilRecordView> Records);
