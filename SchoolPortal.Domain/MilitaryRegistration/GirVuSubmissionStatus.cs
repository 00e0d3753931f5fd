namespace SchoolPortal.Domain.MilitaryRegistration;

/// <summary>What became of one pupil in one package.</summary>
public enum GirVuSubmissionStatus
{
    /// <summary>Отправлен, ответа нет.</summary>
    Sent = 1,

    /// <summary>Принят ГИР ВУ.</summary>
    Accepted = 2,

    /// <summary>Отклонён ГИР ВУ (коды и тексты ошибок в ответе).</summary>
    Rejected = 3,

    /// <summary>Не отправлен: не прошёл нашу проверку перед отправкой (ошибки по полям).</summary>
    Invalid = 4,
}
