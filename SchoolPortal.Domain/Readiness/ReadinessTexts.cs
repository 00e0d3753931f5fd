namespace SchoolPortal.Domain.Readiness;

/// <summary>The Russian names of the conditions, states and statuses, as the pages and the Excel export show them.</summary>
public static class ReadinessTexts
{
    /// <summary>«Ребёнок на Госуслугах».</summary>
    public static string Title(ReadinessCondition condition) => condition switch
    {
        ReadinessCondition.ListedOnGosuslugi => "Ребёнок указан на Госуслугах",
        ReadinessCondition.RecordsComplete => "Сведения внесены в школе",
        ReadinessCondition.MatchesGosuslugi => "Данные совпадают с Госуслугами",
        _ => "Родитель связан с ребёнком",
    };

    /// <summary>The condition as the briefing states it.</summary>
    public static string Description(ReadinessCondition condition) => condition switch
    {
        ReadinessCondition.ListedOnGosuslugi =>
            "Сведения о ребёнке указаны в кабинете родителя на Госуслугах в разделе «Семья» → «Дети» и проверены, включая серию и номер свидетельства о рождении и СНИЛС.",
        ReadinessCondition.RecordsComplete =>
            "В школьной системе внесены сведения о ребёнке и родителе: ФИО, дата рождения, документ, удостоверяющий личность (у ребёнка также СНИЛС).",
        ReadinessCondition.MatchesGosuslugi =>
            "ФИО, дата рождения и документ ребёнка и родителя в школьной системе совпадают с данными кабинета Госуслуг.",
        _ => "Запись родителя связана с записью ребёнка в школьной системе.",
    };

    public static string Name(ConditionState state) => state switch
    {
        ConditionState.Met => "выполнено",
        ConditionState.NotMet => "не выполнено",
        _ => "не проверить",
    };

    public static string Name(ReadinessStatus status) => status switch
    {
        ReadinessStatus.Ready => "Готов",
        ReadinessStatus.NotReady => "Не готов",
        _ => "Ждёт входа родителя через Госуслуги",
    };

    public static string Name(FixedBy who) => who == FixedBy.School ? "Школа" : "Родитель";
}
