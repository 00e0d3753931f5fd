namespace SchoolPortal.Features.BatchUpdate;

/// <summary>The parameters of a long apply: which preview it confirms, and the process that kept it (<see cref="BatchPreview.KeptOn"/>).</summary>
public sealed record BatchApplyRequest(string FileHash, string Fingerprint, string? KeptOn = null);
