namespace SchoolPortal.Domain.DataQuality;

public static class QualityGroups
{
    public static IReadOnlyList<QualityGroup> All { get; } = Enum.GetValues<QualityGroup>();

    public static string Name(QualityGroup group) => group switch
    {
        QualityGroup.School => "Сведения о школе",
        QualityGroup.Pupils => "Обучающиеся",
        QualityGroup.Parents => "Родители",
        QualityGroup.MovementOfFirsts => "«Движение Первых»",
        QualityGroup.Staff => "Педагоги",
        QualityGroup.Journal => "Электронный журнал",
        QualityGroup.YearEvents => "События года",
        _ => "Замены",
    };
}
