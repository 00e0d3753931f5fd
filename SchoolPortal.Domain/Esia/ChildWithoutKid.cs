namespace SchoolPortal.Domain.Esia;

/// <summary>
/// A child of the parent in the school records that no ESIA kid matches, with the closest kid's id and the fields
/// that differ from it, if one is close.
/// </summary>
public sealed record ChildWithoutKid(PersonRecord Child, string? NearestKidId, IReadOnlyList<FieldMismatch> Fields);
