namespace SchoolPortal.Domain.Enrollment;

/// <summary>How a date differs from the ordinary Monday–Friday week in the production calendar.</summary>
public enum CalendarDayKind
{
    /// <summary>Нерабочий день на будний день: праздник (ст. 112 ТК РФ) или выходной, перенесённый постановлением.</summary>
    Holiday = 1,

    /// <summary>Рабочий день на субботу или воскресенье: выходной перенесён с этого дня на другой.</summary>
    WorkingDay = 2,

    /// <summary>Предпраздничный рабочий день, сокращённый на час (ст. 95 ТК РФ); рабочий, в том числе если это перенесённая суббота.</summary>
    ShortenedDay = 3,
}
