namespace SchoolPortal.Features.BatchUpdate;

/// <summary>The outcome of «Применить»: done with the change report, or refused with a Russian message (nothing written).</summary>
public sealed record BatchApplyResult(bool Applied, string Message, string? ReportName = null, byte[]? Report = null, BatchPlan? Plan = null)
{
    public static BatchApplyResult Refused(string message, BatchPlan? plan = null) => new(false, message, Plan: plan);
}
