namespace SchoolPortal.Features.Pupils;

/// <summary>
/// A parent linked to a pupil, for the «Родители» section of the pupil card. <see cref="LastLoginAt"/> is shown before «Открепить»
/// (the briefing's procedure for duplicates: check the record's last sign-in before removing it); <see cref="ChildCount"/> counts
/// all the parent's children in the region, so the last detachment may also delete the record.
/// </summary>
public sealed record LinkedParent(int ParentId, string FullName, string Relation, string? Phone, string? Login,
    DateTimeOffset? LastLoginAt = null, bool HasAccount = false, bool ControlsAccount = false, int ChildCount = 0);
