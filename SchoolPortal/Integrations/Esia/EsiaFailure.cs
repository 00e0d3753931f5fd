using System.Text.RegularExpressions;

namespace SchoolPortal.Integrations.Esia;

/// <summary>
/// Why an ESIA sign-in did not end in the portal, as the error page shows it: an ESIA code from the catalogue, or one of the
/// portal's own reasons (the sign-in took too long, ESIA's answer failed its checks, ESIA's data could not be read).
/// </summary>
public static partial class EsiaFailure
{
    public const string Expired = "expired";
    public const string Token = "token";
    public const string Data = "data";
    public const string LinkedElsewhere = "linked-elsewhere";
    public const string Disabled = "disabled";
    public const string NoStaffAccount = "no-staff-account";

    public const string LinkedElsewhereText =
        "Эта учетная запись Госуслуг уже привязана к другому пользователю портала. Если это ошибка, обратитесь к администратору школы: он может отвязать её.";
    public const string Unknown = "unknown";

    /// <summary>The ESIA code in a message («… ESIA-007011: …»), or null.</summary>
    public static string? CodeIn(string? text) => text is null ? null : EsiaCode().Match(text) is { Success: true } m ? m.Value : null;

    /// <summary>The error page's reason for a failure the handler reports.</summary>
    public static string ReasonOf(Exception? failure)
    {
        var message = failure?.Message ?? "";
        if (CodeIn(message) is { } code)
            return code;
        if (message.Contains("Correlation failed", StringComparison.OrdinalIgnoreCase)
            || message.Contains("oauth state was missing or invalid", StringComparison.OrdinalIgnoreCase))
            return Expired;
        if (failure is EsiaDataException)
            return Data;
        return Token;
    }

    public static (string Title, string WhatHappened, string WhatToDo) Describe(string? reason)
    {
        if (EsiaErrors.Find(reason) is { } error)
            return ($"Ошибка ЕСИА {error.Code}", error.WhatHappened, error.WhatToDo);
        return reason switch
        {
            Expired => ("Время входа истекло",
                "Вход через Госуслуги не был завершён вовремя или был начат в другой вкладке браузера.",
                "Начните вход заново кнопкой «Войти через Госуслуги». Если ошибка повторяется, разрешите сайту сохранять cookies."),
            Data => ("Не удалось получить данные с Госуслуг",
                "ЕСИА подтвердила вход, но не передала данные учетной записи (ФИО, дату рождения, документы или сведения о детях).",
                "Попробуйте войти ещё раз через несколько минут. Если ошибка повторяется, сообщите в службу поддержки портала."),
            Token => ("Ответ ЕСИА не прошёл проверку",
                "Портал не принял ответ ЕСИА: подпись, издатель, срок действия или параметр state не совпали с ожидаемыми.",
                "Это ошибка настройки или безопасности, а не ваших данных. Начните вход заново; если ошибка повторяется, сообщите в службу поддержки портала."),
            LinkedElsewhere => ("Учетная запись Госуслуг занята", LinkedElsewhereText, "Войдите по логину и паролю или обратитесь к администратору школы."),
            Disabled => ("Учетная запись отключена", "Учетная запись портала, связанная с этой учетной записью Госуслуг, отключена.",
                "Обратитесь к администратору школы."),
            NoStaffAccount => ("Учетная запись сотрудника не создана",
                "Вы найдены в списке сотрудников школы, но учетная запись портала для вас не создана.",
                "Попросите администратора школы создать учетную запись, затем войдите через Госуслуги снова."),
            _ => ("Ошибка входа через Госуслуги",
                "Вход через Госуслуги не удался по неизвестной причине.",
                "Попробуйте войти ещё раз. Если ошибка повторяется, сообщите в службу поддержки портала; можно войти по логину и паролю."),
        };
    }

    [GeneratedRegex(@"ESIA-\d{6}")]
    private static partial Regex EsiaCode();
}
