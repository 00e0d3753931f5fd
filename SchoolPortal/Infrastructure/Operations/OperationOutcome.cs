namespace SchoolPortal.Infrastructure.Operations;

/// <summary>What a finished operation leaves: its summary (the feature's JSON) and, if any, a file to download.</summary>
public sealed record OperationOutcome(string? Summary, string? ResultName = null, byte[]? Result = null);
