namespace SchoolPortal.Domain.People;

public static class Citizenship
{
    public const string Russia = "Российская Федерация";
    public const string Stateless = "Лицо без гражданства";
}
