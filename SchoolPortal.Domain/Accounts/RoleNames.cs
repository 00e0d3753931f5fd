namespace SchoolPortal.Domain.Accounts;

public static class RoleNames
{
    public static string Russian(Role role) => role switch
    {
        Role.RegionOperator => "Оператор региона",
        Role.MunicipalOperator => "Оператор муниципалитета",
        Role.SchoolAdmin => "Администратор школы",
        Role.Teacher => "Учитель",
        Role.Parent => "Родитель",
        Role.Pupil => "Ученик",
        _ => role.ToString(),
    };

    public static IEnumerable<Role> Each(Role roles) =>
        Enum.GetValues<Role>().Where(r => r != Role.None && roles.HasFlag(r));
}
