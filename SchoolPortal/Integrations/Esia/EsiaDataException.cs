namespace SchoolPortal.Integrations.Esia;

/// <summary>ESIA answered with data the portal cannot use; the message says in Russian which field.</summary>
public sealed class EsiaDataException(string message) : Exception(message);
