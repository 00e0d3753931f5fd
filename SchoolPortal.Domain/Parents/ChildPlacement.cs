namespace SchoolPortal.Domain.Parents;

/// <summary>Where one child of a parent studies now: a school (of a class the child is a member of today) and its district.</summary>
public sealed record ChildPlacement(int PupilId, int SchoolId, int MunicipalityId);
