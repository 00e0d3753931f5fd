namespace SchoolPortal.Domain.MilitaryRegistration;

/// <summary>Where one school's ГИР ВУ package stands.</summary>
public enum GirVuExchangeState
{
    /// <summary>Собран и передан шлюзу (в исходящую папку); ответа ещё нет.</summary>
    Sent = 1,

    /// <summary>Ответ получен: по каждому ученику принят или отклонён.</summary>
    Answered = 2,

    /// <summary>Шлюз не принял пакет (ошибка передачи); ученики будут отправлены снова.</summary>
    Failed = 3,
}
