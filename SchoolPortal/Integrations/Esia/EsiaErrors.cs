namespace SchoolPortal.Integrations.Esia;

/// <summary>
/// ESIA's error codes as the methodological recommendations list them, with the Russian explanation the portal shows.
/// The emulator answers with the same codes; a code missing here is shown with the general explanation.
/// </summary>
public static class EsiaErrors
{
    private const string TryAgain = "Попробуйте войти ещё раз через несколько минут.";
    private const string TellSupport =
        "Это ошибка настройки портала, а не ваших данных. Сообщите в службу поддержки портала код ошибки; пока можно войти по логину и паролю.";

    public static readonly EsiaError ClientNotRegistered = new("ESIA-007002", "unauthorized_client",
        "Портал не зарегистрирован в ЕСИА или его сертификат не совпадает с зарегистрированным.", TellSupport, true);

    public static readonly EsiaError InvalidRequest = new("ESIA-007003", "invalid_request",
        "Запрос к ЕСИА содержит неверное или повторяющееся значение параметра.", TellSupport, true);

    public static readonly EsiaError AccessDenied = new("ESIA-007004", "access_denied",
        "Вы отказались предоставить порталу доступ к данным учетной записи Госуслуг.",
        "Чтобы войти через Госуслуги, разрешите доступ к данным: без ФИО, даты рождения, документов и сведений о детях портал не сможет найти вас и ваших детей.", false);

    public static readonly EsiaError UnauthorizedClient = new("ESIA-007005", "unauthorized_client",
        "Порталу не разрешено получать доступ этим способом.", TellSupport, true);

    public static readonly EsiaError InvalidScope = new("ESIA-007006", "invalid_scope",
        "Портал запросил у ЕСИА данные, на которые у него нет разрешения.", TellSupport, true);

    public static readonly EsiaError ServerError = new("ESIA-007007", "server_error",
        "В работе ЕСИА произошла внутренняя ошибка.", TryAgain, false);

    public static readonly EsiaError TemporarilyUnavailable = new("ESIA-007008", "temporarily_unavailable",
        "ЕСИА временно не может выполнить запрос из-за нагрузки или технических работ.", TryAgain, false);

    public static readonly EsiaError UnsupportedResponseType = new("ESIA-007009", "unsupported_response_type",
        "ЕСИА не поддерживает запрошенный способ получения доступа.", TellSupport, true);

    public static readonly EsiaError InvalidGrant = new("ESIA-007011", "invalid_grant",
        "Код авторизации недействителен: он просрочен, уже использован или выдан другому порталу.",
        "Начните вход через Госуслуги заново: кнопка «Войти через Госуслуги» на странице входа.", false);

    public static readonly EsiaError UnsupportedGrantType = new("ESIA-007012", "unsupported_grant_type",
        "ЕСИА не поддерживает запрошенный тип кода авторизации.", TellSupport, true);

    public static readonly EsiaError ScopeMissing = new("ESIA-007013", "invalid_scope",
        "В запросе к ЕСИА не указано, какие данные нужны порталу.", TellSupport, true);

    public static readonly EsiaError ParameterMissing = new("ESIA-007014", "invalid_request",
        "В запросе к ЕСИА нет обязательного параметра.", TellSupport, true);

    public static readonly EsiaError InvalidTimestamp = new("ESIA-007015", "invalid_request",
        "Время запроса не совпадает со временем ЕСИА: часы сервера портала спешат или отстают.", TellSupport, true);

    public static readonly EsiaError NoPermission = new("ESIA-007019", "access_denied",
        "У портала нет разрешения на доступ к этим данным ЕСИА.", TellSupport, true);

    public static readonly EsiaError InvalidRedirectUri = new("ESIA-007023", "invalid_request",
        "Адрес возврата на портал не совпадает с зарегистрированным в ЕСИА.", TellSupport, true);

    public static readonly EsiaError InvalidSignature = new("ESIA-007053", "invalid_client",
        "ЕСИА не приняла подпись запроса портала (client_secret).", TellSupport, true);

    public static readonly EsiaError NotConfirmedAccount = new("ESIA-007055", "access_denied",
        "Вход выполняется с неподтверждённой учетной записью Госуслуг.",
        "Подтвердите учетную запись на Госуслугах (в МФЦ, через банк или электронной подписью) и войдите ещё раз.", false);

    public static IReadOnlyList<EsiaError> All { get; } =
    [
        ClientNotRegistered, InvalidRequest, AccessDenied, UnauthorizedClient, InvalidScope, ServerError, TemporarilyUnavailable,
        UnsupportedResponseType, InvalidGrant, UnsupportedGrantType, ScopeMissing, ParameterMissing, InvalidTimestamp, NoPermission,
        InvalidRedirectUri, InvalidSignature, NotConfirmedAccount,
    ];

    /// <summary>The error whose code starts <paramref name="description"/> («ESIA-007014: …» or just the code); null for none.</summary>
    public static EsiaError? Find(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
            return null;
        var text = description.Trim();
        return All.FirstOrDefault(e => text.StartsWith(e.Code, StringComparison.OrdinalIgnoreCase));
    }
}
