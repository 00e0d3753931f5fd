namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>The Russian titles and descriptions of the test families, as the emulator's page lists them.</summary>
public static class EpguTestFamilies
{
    public static IReadOnlyList<EpguTestFamily> All { get; } = Enum.GetValues<EpguTestFamily>();

    public static string Title(EpguTestFamily family) => family switch
    {
        EpguTestFamily.FirstStage => "Первый этап: живёт на закреплённой территории",
        EpguTestFamily.SecondStage => "Второй этап: живёт не на закреплённой территории",
        EpguTestFamily.Sibling => "Преимущественное право: брат учится в школе (п. 12)",
        EpguTestFamily.OutsideTerritory => "Не с закреплённой территории, подаёт в первом этапе",
        EpguTestFamily.Repeated => "Повторное заявление на того же ребёнка",
        EpguTestFamily.Malformed => "Испорченное сообщение",
        EpguTestFamily.TenthGrade => "10 класс, технологический профиль",
        _ => "Перевод из другой школы",
    };

    public static string Description(EpguTestFamily family) => family switch
    {
        EpguTestFamily.FirstStage =>
            "Ребёнок 7 лет, семья живёт и зарегистрирована на закреплённой за школой территории: заявление первого этапа (с 1 апреля по 30 июня).",
        EpguTestFamily.SecondStage =>
            "Семья живёт на улице, не закреплённой за школой: заявление второго этапа (с 6 июля, пока есть свободные места).",
        EpguTestFamily.Sibling =>
            "Семья не с закреплённой территории, но в школе учится старший брат: право на приём в первом этапе (п. 12 Порядка приема).",
        EpguTestFamily.OutsideTerritory =>
            "Семья не с закреплённой территории и без льгот подаёт заявление до 30 июня: такое заявление регистрируется только с 6 июля.",
        EpguTestFamily.Repeated =>
            "Тот же ребёнок, что в семье «Первый этап», с новым номером заявления на ЕПГУ: портал должен найти первое заявление.",
        EpguTestFamily.Malformed =>
            "Сообщение с ошибками формата (дата рождения не в том виде, не указан пол, лишнее поле): портал откладывает его с файлом ошибок.",
        EpguTestFamily.TenthGrade => "Выпускник 9 класса подаёт заявление в 10 класс с технологическим профилем.",
        _ => "Ученик 4 класса другой школы переходит в эту школу в течение учебного года (Приказ № 240).",
    };
}
