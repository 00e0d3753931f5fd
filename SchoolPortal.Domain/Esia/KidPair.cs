namespace SchoolPortal.Domain.Esia;

/// <summary>An ESIA kid matched to the parent's child in the school records.</summary>
public sealed record KidPair(EsiaKid Kid, PersonRecord Child);
