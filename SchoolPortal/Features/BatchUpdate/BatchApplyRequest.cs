namespace SchoolPortal.Features.BatchUpdate;

/// <summary>The parameters of a long apply: which preview it confirms.</summary>
public sealed record BatchApplyRequest(string FileHash, string Fingerprint);
