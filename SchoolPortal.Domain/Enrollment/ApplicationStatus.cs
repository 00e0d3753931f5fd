namespace SchoolPortal.Domain.Enrollment;

/// <summary>The statuses of an application; <see cref="ApplicationStatusGraph"/> says which follow which.</summary>
public enum ApplicationStatus
{
    /// <summary>Новое: получено, ещё не зарегистрировано.</summary>
    New = 1,

    /// <summary>Зарегистрировано.</summary>
    Registered = 2,

    /// <summary>Принято к рассмотрению.</summary>
    UnderReview = 3,

    /// <summary>Приглашение в ОО: родителя пригласили с оригиналами документов.</summary>
    Invited = 4,

    /// <summary>Направлен в ООО: решение о приёме принято, ждёт распорядительного акта.</summary>
    Directed = 5,

    /// <summary>Зачислен.</summary>
    Enrolled = 6,

    /// <summary>Требует исправления.</summary>
    NeedsCorrection = 7,

    /// <summary>Отказано.</summary>
    Refused = 8,

    /// <summary>Отозвано заявителем.</summary>
    Withdrawn = 9,
}
