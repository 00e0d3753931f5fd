using SchoolPortal.Domain.Duplicates;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Tests.Duplicates;

public sealed class ParentFieldDifferencesTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static Parent Mother(string surname = "Семёнова")
    {
        var parent = new Parent(PersonName.Create(surname, "Мария", "Петровна"), Gender.Female);
        parent.ChangeBirthDate(new DateOnly(1985, 4, 12), Today);
        parent.ChangeDocument(IdentityDocument.Passport("7512", "123456"));
        parent.ChangeAddresses(Address.Parse("454080, г. Челябинск, ул. Ленина, д. 5"), null);
        return parent;
    }

    [Fact]
    public void Records_that_differ_only_in_yo_and_case_have_no_differing_fields()
    {
        Assert.Empty(ParentFieldDifferences.Of([Mother("Семёнова"), Mother("СЕМЕНОВА")]));
    }

    [Fact]
    public void A_field_filled_in_one_record_and_empty_in_another_differs_with_its_russian_name()
    {
        var second = Mother();
        second.ChangeSnils(Snils.Parse("112-233-445 95"));
        second.ChangeContacts(PhoneNumber.Parse("+7 912 345-67-89"), null);
        second.ChangeBirthDate(null, Today);

        Assert.Equal(["Дата рождения", "СНИЛС", "Телефон"], ParentFieldDifferences.Names([Mother(), second]));
    }

    [Fact]
    public void Addresses_and_documents_are_compared_without_case_and_extra_spaces()
    {
        var second = Mother();
        second.ChangeAddresses(Address.Parse("454080,  г. челябинск, ул. Ленина, д. 5"), Address.Parse("454080, г. Челябинск, ул. Мира, д. 1"));

        Assert.Equal([ParentField.StayAddress], ParentFieldDifferences.Of([Mother(), second]));
    }
}
