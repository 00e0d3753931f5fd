namespace SchoolPortal.Domain.Enrollment;

/// <summary>The window an application falls into, or why none accepts it on that date (<see cref="Refusal"/> in Russian).</summary>
public sealed record StageDecision
{
    public AdmissionStage? Stage { get; }
    public string? Refusal { get; }

    private StageDecision(AdmissionStage? stage, string? refusal)
    {
        Stage = stage;
        Refusal = refusal;
    }

    public bool IsAccepted => Stage is not null;

    public static StageDecision Accepted(AdmissionStage stage) => new(stage, null);

    public static StageDecision Refused(string reason) => new(null, reason);
}
