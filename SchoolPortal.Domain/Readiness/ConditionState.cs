namespace SchoolPortal.Domain.Readiness;

/// <summary>Where a condition stands: met, not met, or not checkable yet (Gosuslugi data not known until a parent signs in).</summary>
public enum ConditionState
{
    /// <summary>Выполнено.</summary>
    Met = 1,

    /// <summary>Не выполнено.</summary>
    NotMet = 2,

    /// <summary>Не проверить: what is needed to check it is listed with the condition.</summary>
    Unknown = 3,
}
