using System.Reflection;
using SchoolPortal.Domain.Esia;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Readiness;

namespace SchoolPortal.Tests.Readiness;

/// <summary>A child, a mother and a father whose school records and Gosuslugi data agree, for the rule tests to spoil one fact at a time.</summary>
internal static class ReadinessPeople
{
    public static readonly Snils ChildSnils = Snils.FromNumber(334455667);
    public static readonly Snils MotherSnils = Snils.FromNumber(112233445);
    public static readonly Snils FatherSnils = Snils.FromNumber(556677889);
    public static readonly IdentityDocument Certificate = IdentityDocument.BirthCertificate("IV-ИВ", "123456");
    public static readonly IdentityDocument MotherPassport = IdentityDocument.Passport("7505", "654321");
    public static readonly IdentityDocument FatherPassport = IdentityDocument.Passport("7503", "111222");

    public static PersonRecord Child(int id = 1) =>
        new(id, PersonKind.Pupil, PersonName.Create("Иванов", "Пётр", "Сергеевич"), new DateOnly(2015, 3, 14), ChildSnils, [Certificate]);

    public static PersonRecord Mother(int id = 10) =>
        new(id, PersonKind.Parent, PersonName.Create("Иванова", "Мария", "Петровна"), new DateOnly(1985, 4, 20), MotherSnils, [MotherPassport]);

    public static PersonRecord Father(int id = 11) =>
        new(id, PersonKind.Parent, PersonName.Create("Иванов", "Сергей", "Олегович"), new DateOnly(1983, 1, 5), FatherSnils, [FatherPassport]);

    /// <summary>The child as the parent lists them on Gosuslugi.</summary>
    public static EsiaKid Kid(PersonRecord child, string id = "k1") => new(id, child.Name, child.BirthDate!.Value, child.Snils, child.Documents);

    /// <summary>What ESIA returns for the parent: the same data as the school record, the given kids.</summary>
    public static EsiaPerson Gosuslugi(PersonRecord parent, bool trusted = true, params EsiaKid[] kids) =>
        new($"oid-{parent.Id}", parent.Name, parent.BirthDate!.Value, parent.Snils, trusted, parent.Documents, kids);

    public static ReadinessParent SignedIn(PersonRecord parent, EsiaPerson esia, string relation = "Мать") => new(parent, relation, esia, true);

    public static ReadinessParent NotSignedIn(PersonRecord parent, string relation = "Мать") => new(parent, relation, null, false);

    /// <summary>A document as EF Core reads a row stored before the checks existed: no validation.</summary>
    public static IdentityDocument Stored(DocumentKind kind, string? series, string number) =>
        (IdentityDocument)typeof(IdentityDocument)
            .GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, [typeof(DocumentKind), typeof(string), typeof(string), typeof(DateOnly?), typeof(string)])!
            .Invoke([kind, series, number, null, null]);

    public static ChildReadiness Ready()
    {
        var child = Child();
        var mother = Mother();
        return GosuslugiReadiness.Check(child, [SignedIn(mother, Gosuslugi(mother, true, Kid(child)))]);
    }
}
