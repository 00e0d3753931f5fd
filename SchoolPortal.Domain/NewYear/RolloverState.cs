namespace SchoolPortal.Domain.NewYear;

/// <summary>Where a school's new academic year stands.</summary>
public enum RolloverState
{
    /// <summary>Формируется: the wizard's steps are being filled in.</summary>
    Draft = 1,

    /// <summary>Открывается: the final step's job was started and has not finished.</summary>
    Opening = 2,

    /// <summary>Открыт: the new year is the current one.</summary>
    Opened = 3,
}
