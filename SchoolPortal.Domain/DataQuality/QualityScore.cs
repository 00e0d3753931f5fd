namespace SchoolPortal.Domain.DataQuality;

/// <summary>
/// One rule's result for one school on one day: how many records the rule checked and how many failed it. The scores
/// job writes one row per school and rule for the day it runs (a rerun the same day replaces that day's rows), so the
/// dashboard shows today's completeness and its trend.
/// </summary>
public sealed class QualityScore
{
    public long Id { get; private set; }
    public DateOnly ComputedOn { get; private set; }
    public DateTimeOffset ComputedAt { get; private set; }
    public int MunicipalityId { get; private set; }
    public int SchoolId { get; private set; }

    /// <summary>The rule's stable code, e.g. <c>pupil.snils</c>.</summary>
    public string RuleCode { get; private set; } = "";

    /// <summary>Records the rule applies to (pupils of the school, past lessons, ...).</summary>
    public int Checked { get; private set; }

    /// <summary>Of <see cref="Checked"/>, those that fail the rule.</summary>
    public int Failing { get; private set; }

    private QualityScore()
    {
    }

    public QualityScore(DateOnly computedOn, DateTimeOffset computedAt, int municipalityId, int schoolId, string ruleCode, int @checked, int failing)
    {
        if (@checked < 0 || failing < 0 || failing > @checked)
            throw new ArgumentOutOfRangeException(nameof(failing), $"Failing {failing} of {@checked} is not a count.");
        ComputedOn = computedOn;
        ComputedAt = computedAt;
        MunicipalityId = municipalityId;
        SchoolId = schoolId;
        RuleCode = ruleCode;
        Checked = @checked;
        Failing = failing;
    }

    /// <summary>Share of checked records that pass, 0..1; a rule with nothing to check is complete.</summary>
    public double Completeness => Checked == 0 ? 1 : (double)(Checked - Failing) / Checked;
}
