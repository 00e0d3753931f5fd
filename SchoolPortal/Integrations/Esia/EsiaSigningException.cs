namespace SchoolPortal.Integrations.Esia;

/// <summary>The signer could not sign: the message says in Russian what failed, for the operator's log and the error page.</summary>
public sealed class EsiaSigningException(string message, Exception? inner = null) : Exception(message, inner);
