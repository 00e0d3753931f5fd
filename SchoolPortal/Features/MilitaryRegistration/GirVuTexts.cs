using SchoolPortal.Domain.MilitaryRegistration;

namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>The Russian words of the ГИР ВУ reports, for the screen and the Excel files alike.</summary>
public static class GirVuTexts
{
    public const string OurCheck = "Проверка портала";
    public const string Resource = "ГИР ВУ";

    public static string Name(GirVuExchangeState state) => state switch
    {
        GirVuExchangeState.Sent => "Отправлен, ждёт ответа",
        GirVuExchangeState.Answered => "Ответ получен",
        _ => "Не передан",
    };

    public static string Name(GirVuSubmissionStatus status) => status switch
    {
        GirVuSubmissionStatus.Sent => "Отправлен, ждёт ответа",
        GirVuSubmissionStatus.Accepted => "Принят ГИР ВУ",
        GirVuSubmissionStatus.Rejected => "Отклонён ГИР ВУ",
        _ => "Не отправлен: ошибки в данных",
    };

    public static string Name(GirVuFix fix) => fix switch
    {
        GirVuFix.Fixed => "Исправлено",
        GirVuFix.NotFixed => "Не исправлено",
        GirVuFix.ChangedWithErrors => "Изменено, ошибки остались",
        _ => "",
    };

    /// <summary>Who found the error: the portal before sending, or the resource in its answer.</summary>
    public static string Source(GirVuSubmissionStatus status) => status == GirVuSubmissionStatus.Invalid ? OurCheck : Resource;
}
