using SchoolPortal.Domain.DataQuality;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Domain.Staff;

namespace SchoolPortal.Tests.DataQuality;

/// <summary>Each rule on a record that passes it and one that fails it, in memory (the same predicate the database counts with).</summary>
public sealed class QualityRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static Pupil GoodPupil()
    {
        var pupil = new Pupil(1, PersonName.Create("Иванов", "Пётр", "Сергеевич"), new DateOnly(2014, 3, 14), Gender.Male, Today);
        pupil.ChangeDocuments(IdentityDocument.BirthCertificate("IV-ИВ", "123456"), null);
        pupil.ChangeSnils(Snils.FromNumber(112233445));
        pupil.ChangeBirthplace("г. Челябинск");
        pupil.ChangeAddresses(Address.Parse("454080, г. Челябинск, ул. Ленина, д. 5"), Address.Parse("454080, г. Челябинск, ул. Ленина, д. 5"));
        pupil.AttachParent(GoodParent(), ParentRelation.Mother);
        return pupil;
    }

    private static Parent GoodParent()
    {
        var parent = new Parent(PersonName.Create("Иванова", "Анна", "Петровна"), Gender.Female);
        parent.ChangeBirthDate(new DateOnly(1985, 5, 1), Today);
        parent.ChangeDocument(IdentityDocument.Passport("7512", "654321"));
        parent.ChangeAddresses(Address.Parse("454080, г. Челябинск, ул. Ленина, д. 5"), Address.Parse("454080, г. Челябинск, ул. Ленина, д. 5"));
        parent.ChangeContacts(PhoneNumber.Parse("+7 912 345-67-89"), Email.Parse("anna@example.ru"));
        return parent;
    }

    private static Employee GoodEmployee()
    {
        var employee = new Employee(1, PersonName.Create("Смирнова", "Ольга", "Ивановна"), new DateOnly(1980, 2, 2), Gender.Female, "Учитель", Today);
        employee.ChangePassport(IdentityDocument.Passport("7501", "111222"));
        employee.ChangeSnils(Snils.FromNumber(223344556));
        employee.ChangeContacts(PhoneNumber.Parse("+79120000000"), Email.Parse("olga@school.ru"));
        employee.ChangeEducation("ЧГПУ, 2002, учитель математики");
        return employee;
    }

    public static TheoryData<string, Action<Pupil>> PupilBreaks => new()
    {
        { "pupil.birth-date", p => p.GetType().GetProperty(nameof(Pupil.BirthDate))!.SetValue(p, Today.AddYears(-2)) },
        { "pupil.document", p => p.ChangeDocuments(null, null) },
        { "pupil.snils", p => p.ChangeSnils(null) },
        { "pupil.citizenship", p => p.GetType().GetProperty(nameof(Pupil.Citizenship))!.SetValue(p, " ") },
        { "pupil.birthplace", p => p.ChangeBirthplace(null) },
        { "pupil.registration-address", p => p.ChangeAddresses(null, p.StayAddress) },
        { "pupil.stay-address", p => p.ChangeAddresses(p.RegistrationAddress, Address.Restore("Ленина")) },
        { "pupil.form-of-education", p => p.ChangeFormOfEducation((FormOfEducation)0) },
        { "pupil.parents", p => p.DetachParent(p.ParentLinks[0].ParentId) },
        { "pupil.name", p => p.Rename(PersonName.Create("Иванов", "Пётр", null, noPatronymic: true)) },
    };

    [Theory]
    [MemberData(nameof(PupilBreaks))]
    public void Pupil_rule_passes_a_complete_card_and_fails_the_broken_field(string code, Action<Pupil> breakIt)
    {
        var rule = QualityRules.PupilRules.Single(r => r.Code == code);
        var pupil = GoodPupil();
        Assert.False(rule.Fails(pupil, Today));
        breakIt(pupil);
        // A missing patronymic with «Нет отчества» is a complete name: the name rule must still pass.
        Assert.Equal(code != "pupil.name", rule.Fails(pupil, Today));
    }

    [Theory]
    [InlineData("4-ИВ", "123456")]
    [InlineData("IV-ИВ", "12345")]
    [InlineData("IV-12", "123456")]
    public void Malformed_birth_certificates_fail_the_document_rule(string series, string number)
    {
        var pupil = GoodPupil();
        pupil.GetType().GetProperty(nameof(Pupil.BirthCertificate))!.SetValue(pupil, Restored(DocumentKind.RfBirthCertificate, series, number));
        Assert.True(QualityRules.PupilDocument.Fails(pupil, Today));
    }

    [Fact]
    public void Snils_with_letters_or_wrong_length_fails()
    {
        var pupil = GoodPupil();
        pupil.ChangeSnils(Snils.Restore("1234567890"));
        Assert.True(QualityRules.PupilSnils.Fails(pupil, Today));
        pupil.ChangeSnils(Snils.Restore("1234567890A"));
        Assert.True(QualityRules.PupilSnils.Fails(pupil, Today));
    }

    public static TheoryData<string, Action<Parent>> ParentBreaks => new()
    {
        { "parent.birth-date", p => p.ChangeBirthDate(null, Today) },
        { "parent.document", p => p.GetType().GetProperty(nameof(Parent.Document))!.SetValue(p, Restored(DocumentKind.RfPassport, "751", "654321")) },
        { "parent.addresses", p => p.ChangeAddresses(p.RegistrationAddress, null) },
        { "parent.contacts", p => p.ChangeContacts(PhoneNumber.Restore("8912"), p.Email) },
        { "parent.name", p => p.GetType().GetProperty(nameof(Parent.Name))!.SetValue(p, Blanked(p.Name)) },
    };

    [Theory]
    [MemberData(nameof(ParentBreaks))]
    public void Parent_rule_passes_a_complete_card_and_fails_the_broken_field(string code, Action<Parent> breakIt)
    {
        var rule = QualityRules.ParentRules.Single(r => r.Code == code);
        var parent = GoodParent();
        Assert.False(rule.Fails(parent, Today));
        breakIt(parent);
        Assert.True(rule.Fails(parent, Today));
    }

    [Fact]
    public void Parent_without_phone_and_email_passes_the_contacts_rule()
    {
        var parent = GoodParent();
        parent.ChangeContacts(null, null);
        Assert.False(QualityRules.ParentContacts.Fails(parent, Today));
    }

    public static TheoryData<string, Action<Employee>> StaffBreaks => new()
    {
        { "staff.birth-date", e => e.GetType().GetProperty(nameof(Employee.BirthDate))!.SetValue(e, Today.AddYears(-10)) },
        { "staff.passport", e => e.ChangePassport(null) },
        { "staff.position", e => e.GetType().GetProperty(nameof(Employee.Position))!.SetValue(e, "") },
        { "staff.phone", e => e.ChangeContacts(null, e.Email) },
        { "staff.email", e => e.ChangeContacts(e.Phone, Email.Restore("olga.school.ru")) },
        { "staff.snils", e => e.ChangeSnils(null) },
        { "staff.education", e => e.ChangeEducation(null) },
        { "staff.name", e => e.GetType().GetProperty(nameof(Employee.Name))!.SetValue(e, Blanked(e.Name)) },
    };

    [Theory]
    [MemberData(nameof(StaffBreaks))]
    public void Staff_rule_passes_a_complete_card_and_fails_the_broken_field(string code, Action<Employee> breakIt)
    {
        var rule = QualityRules.StaffRules.Single(r => r.Code == code);
        var employee = GoodEmployee();
        Assert.False(rule.Fails(employee, Today));
        breakIt(employee);
        Assert.True(rule.Fails(employee, Today));
    }

    [Fact]
    public void Maternity_leave_fails_only_with_lessons_from_today_on()
    {
        var rule = QualityRules.StaffMaternityLeave;
        Assert.False(rule.Fails(new StaffLeave { OnMaternityLeave = false, LastLessonOn = Today.AddDays(3) }, Today));
        Assert.False(rule.Fails(new StaffLeave { OnMaternityLeave = true, LastLessonOn = Today.AddDays(-1) }, Today));
        Assert.True(rule.Fails(new StaffLeave { OnMaternityLeave = true, LastLessonOn = Today }, Today));
    }

    [Fact]
    public void School_rules_check_requisites_and_contacts()
    {
        var school = new School(1, "Муниципальное общеобразовательное учреждение СОШ № 1", "СОШ № 1", Inn.Restore("7451000001"),
            Ogrn.Restore("1027402000001"), Address.Parse("454080, г. Челябинск, ул. Ленина, д. 5"), "Петров П. П.", PhoneNumber.Parse("+73512000000"),
            Email.Parse("school1@edu.ru"));
        Assert.False(QualityRules.SchoolRequisites.Fails(school, Today));
        Assert.False(QualityRules.SchoolContacts.Fails(school, Today));
        school.UpdateDetails(school.FullName, school.ShortName, Inn.Restore("74510"), school.Ogrn, school.Address, school.HeadName, null, school.Email);
        Assert.True(QualityRules.SchoolRequisites.Fails(school, Today));
        Assert.True(QualityRules.SchoolContacts.Fails(school, Today));
    }

    [Fact]
    public void Journal_rules_read_what_the_lesson_holds()
    {
        var done = new LessonFacts { HasMarks = true, HasEntries = true, HasHomework = true, WorkType = WorkType.Control };
        var empty = new LessonFacts { WorkType = WorkType.Control };
        var answer = new LessonFacts { WorkType = WorkType.Answer };
        foreach (var rule in QualityRules.LessonRules)
        {
            Assert.False(rule.Fails(done, Today));
            Assert.True(rule.Fails(empty, Today));
        }
        Assert.False(QualityRules.ControlWorkMarks.AppliesTo(answer, Today));
        Assert.True(QualityRules.FinalMarks.Fails(new CourseFacts { HasFinalMarks = false }, Today));
        Assert.False(QualityRules.FinalMarks.Fails(new CourseFacts { HasFinalMarks = true }, Today));
    }

    [Fact]
    public void School_activity_rules_for_movement_events_and_substitutions()
    {
        var active = new SchoolActivity { EnrolledPupils = 500, MovementMembers = 40, LastEventOn = Today.AddDays(7), LastLessonOn = Today,
            LastSubstitutionOn = Today.AddDays(-20) };
        var idle = new SchoolActivity { EnrolledPupils = 500, LastEventOn = Today.AddDays(-1), LastLessonOn = Today, LastSubstitutionOn = Today.AddYears(-1) };
        foreach (var rule in QualityRules.ActivityRules)
        {
            Assert.False(rule.Fails(active, Today));
            Assert.True(rule.Fails(idle, Today));
        }
        Assert.False(QualityRules.MovementOfFirsts.AppliesTo(new SchoolActivity(), Today));
        Assert.False(QualityRules.SubstitutionsRecorded.AppliesTo(new SchoolActivity { LastLessonOn = Today.AddYears(-1) }, Today));
    }

    [Fact]
    public void Codes_are_unique_and_every_rule_explains_itself()
    {
        Assert.Equal(QualityRules.All.Count, QualityRules.All.Select(r => r.Code).Distinct().Count());
        Assert.All(QualityRules.All, r => Assert.True(r.Explanation.Length > 60 && r.Title.Length > 0, r.Code));
        Assert.Equal(QualityGroups.All.ToHashSet(), QualityRules.All.Select(r => r.Group).ToHashSet());
    }

    private static IdentityDocument Restored(DocumentKind kind, string series, string number)
    {
        var document = IdentityDocument.Create(DocumentKind.Foreign, series, number);
        Backing(document, nameof(IdentityDocument.Kind), kind);
        return document;
    }

    /// <summary>A name whose first name was lost in an import (the card itself refuses it).</summary>
    private static PersonName Blanked(PersonName name)
    {
        var copy = name with { };
        Backing(copy, nameof(PersonName.FirstName), " ");
        return copy;
    }

    /// <summary>Sets a get-only property the way a raw import leaves it (value objects refuse such values on creation).</summary>
    private static void Backing<T>(T target, string property, object value) =>
        typeof(T).GetField($"<{property}>k__BackingField", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!
            .SetValue(target, value);
}
