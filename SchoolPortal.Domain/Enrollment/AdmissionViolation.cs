namespace SchoolPortal.Domain.Enrollment;

/// <summary>One violation of an application: its kind, the date it is measured against, and one Russian sentence naming the point.</summary>
public sealed record AdmissionViolation(ViolationKind Kind, DateOnly Deadline, string Text)
{
    public string KindName => Name(Kind);

    public static string Name(ViolationKind kind) => kind switch
    {
        ViolationKind.EarlyDirecting => "Направлено в ООО до окончания первого этапа",
        ViolationKind.LateOrder => "Распорядительный акт позже срока",
        ViolationKind.OutsideWindow => "Принято вне сроков приёма",
        ViolationKind.UnlawfulRefusal => "Отказ не по установленному основанию",
        ViolationKind.Stale => "Нет движения по заявлению",
        _ => kind.ToString(),
    };
}
