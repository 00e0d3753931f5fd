namespace SchoolPortal.Domain.DataQuality;

/// <summary>
/// A named check of the data Gosuslugi and ГИР ВУ need. <see cref="Code"/> is stable: it is stored with every score.
/// </summary>
/// <param name="Explanation">Why the exchange needs it and how to fix it, for the operator and the school.</param>
public abstract record QualityRule(string Code, QualityGroup Group, QualityRecordKind Kind, string Title, string Explanation)
{
    public string GroupName => QualityGroups.Name(Group);
}
