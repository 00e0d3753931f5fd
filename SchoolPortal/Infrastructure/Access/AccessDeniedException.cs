namespace SchoolPortal.Infrastructure.Access;

/// <summary>A user tried to change a record outside their scope. The message is Russian and safe to show.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
