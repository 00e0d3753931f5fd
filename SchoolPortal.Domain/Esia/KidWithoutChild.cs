namespace SchoolPortal.Domain.Esia;

/// <summary>
/// An ESIA kid no child of the parent matches. When a child is close (same SNILS, name or certificate),
/// <see cref="NearestChildId"/> names it and <see cref="Fields"/> lists what to fix; otherwise both are empty.
/// </summary>
public sealed record KidWithoutChild(EsiaKid Kid, int? NearestChildId, IReadOnlyList<FieldMismatch> Fields);
