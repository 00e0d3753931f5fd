using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Tests.People;

public sealed class ContactTests
{
    [Theory]
    [InlineData("+7 (912) 345-67-89")]
    [InlineData("89123456789")]
    [InlineData("9123456789")]
    [InlineData("7 912 345 67 89")]
    public void Phone_is_normalised_to_plus_seven(string text)
    {
        var phone = PhoneNumber.Parse(text);

        Assert.Equal("+79123456789", phone.Value);
        Assert.Equal("+7 (912) 345-67-89", phone.Formatted);
    }

    [Theory]
    [InlineData("12345", "10 цифр")]
    [InlineData("+7 912 ABC 67 89", "только цифры")]
    public void Bad_phone_is_refused(string text, string expected)
    {
        Assert.Contains(expected, PhoneNumber.Validate(text));
    }

    [Theory]
    [InlineData("Ivanova@Mail.ru", "ivanova@mail.ru")]
    [InlineData(" школа@школа.рф ", "школа@школа.рф")]
    public void Email_is_trimmed_and_lower_cased(string text, string expected)
    {
        Assert.Equal(expected, Email.Parse(text).Value);
    }

    [Theory]
    [InlineData("ivanova")]
    [InlineData("ivanova@mail")]
    [InlineData("a b@mail.ru")]
    public void Bad_email_is_refused(string text)
    {
        Assert.Contains("не похоже", Email.Validate(text));
    }

    [Fact]
    public void Address_needs_a_house_number_and_keeps_the_postal_code()
    {
        var address = Address.Parse("454080,  г. Челябинск, ул. Ленина, д. 5");

        Assert.Equal("454080, г. Челябинск, ул. Ленина, д. 5", address.Text);
        Assert.Equal("454080", address.PostalCode);
        Assert.Contains("номер дома", Assert.Throws<DomainException>(() => Address.Parse("г. Челябинск, ул. Ленина")).Message);
        Assert.Contains("коротко", Assert.Throws<DomainException>(() => Address.Parse("д. 5")).Message);
    }
}
