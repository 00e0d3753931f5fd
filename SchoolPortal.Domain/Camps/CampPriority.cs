namespace SchoolPortal.Domain.Camps;

/// <summary>The priority category of an application: places go to the lower value first, then by filing time.</summary>
public enum CampPriority
{
    /// <summary>Внеочередное: children of servicemen and volunteers killed in the СВО.</summary>
    Extraordinary = 1,

    /// <summary>Первоочередное: children of servicemen and volunteers (281-ФЗ).</summary>
    First = 2,

    /// <summary>На общих основаниях.</summary>
    General = 3,
}
