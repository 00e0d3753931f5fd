namespace SchoolPortal.Infrastructure.Operations;

/// <summary>An operation stopped for a reason the user can act on; the message is shown as it is, in Russian.</summary>
public sealed class OperationFailedException(string message) : Exception(message);
