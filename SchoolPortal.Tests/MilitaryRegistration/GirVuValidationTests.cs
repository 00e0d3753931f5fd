using SchoolPortal.Domain.MilitaryRegistration;
using SchoolPortal.Domain.People;
using static SchoolPortal.Domain.MilitaryRegistration.GirVuErrorCodes;

namespace SchoolPortal.Tests.MilitaryRegistration;

public sealed class GirVuValidationTests
{
    /// <summary>A pupil of 17 with every field ГИР ВУ needs, valid.</summary>
    public static GirVuPupil Valid(int id = 1) => new()
    {
        PupilId = id,
        Surname = "Петров",
        FirstName = "Иван",
        Patronymic = "Сергеевич",
        BirthDate = new DateOnly(2009, 5, 20),
        Gender = Gender.Male,
        Snils = Snils.FromNumber(112233445).Value,
        BirthCertificate = new GirVuDocument(DocumentKind.RfBirthCertificate, "IV-ИВ", "123456", new DateOnly(2009, 6, 1), "ЗАГС"),
        Passport = new GirVuDocument(DocumentKind.RfPassport, "7523", "654321", new DateOnly(2023, 6, 1), "ГУ МВД"),
        Citizenship = Citizenship.Russia,
        Birthplace = "г. Челябинск",
        RegistrationAddress = "454000, г. Челябинск, ул. Ленина, д. 1, кв. 2",
        StayAddress = null,
        FormOfEducation = 1,
        ClassName = "11А",
    };

    private static GirVuError Only(GirVuPupil pupil) => Assert.Single(GirVuValidation.Check(pupil));

    [Fact]
    public void A_complete_pupil_passes() => Assert.Empty(GirVuValidation.Check(Valid()));

    [Fact]
    public void Missing_snils_is_an_error_on_the_snils_field()
    {
        var error = Only(Valid() with { Snils = null });
        Assert.Equal((SnilsMissing, GirVuFields.Snils, "Не указан СНИЛС."), (error.Code, error.Field, error.Text));
    }

    [Fact]
    public void Snils_with_a_wrong_checksum_is_refused_with_the_expected_control_number()
    {
        var good = Snils.FromNumber(112233445).Value;
        var wrong = good[..9] + ((int.Parse(good[9..]) + 1) % 100).ToString("D2");
        var error = Only(Valid() with { Snils = wrong });
        Assert.Equal((SnilsInvalid, GirVuFields.Snils), (error.Code, error.Field));
        Assert.Contains("контрольное число", error.Text);
    }

    [Fact]
    public void Only_a_birth_certificate_is_not_enough_at_17()
    {
        var error = Only(Valid() with { Passport = null });
        Assert.Equal((PassportMissing, GirVuFields.Passport), (error.Code, error.Field));
        Assert.Contains("только свидетельство о рождении", error.Text);
    }

    [Fact]
    public void No_document_at_all_asks_for_the_passport()
    {
        var error = Only(Valid() with { Passport = null, BirthCertificate = null });
        Assert.Equal(PassportMissing, error.Code);
        Assert.Contains("паспорт гражданина РФ", error.Text);
    }

    [Fact]
    public void A_foreign_document_in_the_passport_field_is_not_an_rf_passport() =>
        Assert.Equal(PassportNotRussian, Only(Valid() with { Passport = new GirVuDocument(DocumentKind.Foreign, null, "AB123", null, null) }).Code);

    [Theory]
    [InlineData("752", PassportSeries, GirVuFields.PassportSeries)]
    [InlineData("75А3", PassportSeries, GirVuFields.PassportSeries)]
    [InlineData("", PassportSeries, GirVuFields.PassportSeries)]
    public void A_passport_series_must_be_four_digits(string series, string code, string field)
    {
        var error = Only(Valid() with { Passport = Valid().Passport! with { Series = series } });
        Assert.Equal((code, field), (error.Code, error.Field));
    }

    [Theory]
    [InlineData("65432")]
    [InlineData("6543210")]
    [InlineData("65432Б")]
    public void A_passport_number_must_be_six_digits(string number)
    {
        var error = Only(Valid() with { Passport = Valid().Passport! with { Number = number } });
        Assert.Equal((PassportNumber, GirVuFields.PassportNumber), (error.Code, error.Field));
        Assert.Contains("6 цифр", error.Text);
    }

    [Fact]
    public void A_series_written_with_a_space_is_accepted() =>
        Assert.Empty(GirVuValidation.Check(Valid() with { Passport = Valid().Passport! with { Series = "75 23" } }));

    [Fact]
    public void Missing_citizenship_is_an_error() =>
        Assert.Equal((CitizenshipMissing, GirVuFields.Citizenship), (Only(Valid() with { Citizenship = " " }).Code, Only(Valid() with { Citizenship = null }).Field));

    [Fact]
    public void Missing_birthplace_is_an_error() =>
        Assert.Equal((BirthplaceMissing, GirVuFields.Birthplace), (Only(Valid() with { Birthplace = null }).Code, Only(Valid() with { Birthplace = "" }).Field));

    [Fact]
    public void Missing_registration_address_is_an_error() =>
        Assert.Equal((RegistrationAddressMissing, GirVuFields.RegistrationAddress), (Only(Valid() with { RegistrationAddress = null }).Code,
            Only(Valid() with { RegistrationAddress = null }).Field));

    [Fact]
    public void A_registration_address_without_a_house_number_is_invalid()
    {
        var error = Only(Valid() with { RegistrationAddress = "г. Челябинск, ул. Ленина" });
        Assert.Equal((RegistrationAddressInvalid, GirVuFields.RegistrationAddress), (error.Code, error.Field));
        Assert.Contains("номер дома", error.Text);
    }

    [Fact]
    public void The_stay_address_may_be_absent_but_when_given_must_be_full()
    {
        Assert.Empty(GirVuValidation.Check(Valid() with { StayAddress = null }));
        Assert.Empty(GirVuValidation.Check(Valid() with { StayAddress = "454000, г. Челябинск, пр. Победы, д. 7" }));
        var error = Only(Valid() with { StayAddress = "Копейск" });
        Assert.Equal((StayAddressInvalid, GirVuFields.StayAddress), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void An_unknown_form_of_education_is_an_error(int form) =>
        Assert.Equal((FormOfEducationInvalid, GirVuFields.FormOfEducation), (Only(Valid() with { FormOfEducation = form }).Code, GirVuFields.FormOfEducation));

    [Fact]
    public void Every_problem_is_listed_at_once_so_the_school_fixes_them_in_one_go()
    {
        var errors = GirVuValidation.Check(Valid() with { Snils = null, Passport = null, Birthplace = null, RegistrationAddress = null });
        Assert.Equal([SnilsMissing, PassportMissing, BirthplaceMissing, RegistrationAddressMissing], errors.Select(e => e.Code));
    }
}
