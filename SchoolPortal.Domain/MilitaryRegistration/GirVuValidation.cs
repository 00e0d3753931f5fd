using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using static SchoolPortal.Domain.MilitaryRegistration.GirVuErrorCodes;

namespace SchoolPortal.Domain.MilitaryRegistration;

/// <summary>
/// The portal's checks of a pupil's data before it goes to ГИР ВУ: a pupil with any error is held back (not sent) and
/// listed in the error file with every problem at once, per field, so the school fixes them in one go.
/// </summary>
public static class GirVuValidation
{
    public static IReadOnlyList<GirVuError> Check(GirVuPupil pupil)
    {
        var errors = new List<GirVuError>();
        CheckSnils(pupil.Snils, errors);
        CheckPassport(pupil.Passport, pupil.BirthCertificate, errors);
        if (string.IsNullOrWhiteSpace(pupil.Citizenship))
            errors.Add(new(CitizenshipMissing, GirVuFields.Citizenship, "Не указано гражданство."));
        if (string.IsNullOrWhiteSpace(pupil.Birthplace) || pupil.Birthplace.Trim().Length < 2)
            errors.Add(new(BirthplaceMissing, GirVuFields.Birthplace, "Не указано место рождения (как в паспорте)."));
        CheckAddresses(pupil.RegistrationAddress, pupil.StayAddress, errors);
        if (!Enum.IsDefined((FormOfEducation)pupil.FormOfEducation))
            errors.Add(new(FormOfEducationInvalid, GirVuFields.FormOfEducation,
                "Не указана форма обучения (очная, очно-заочная, заочная, семейное образование или самообразование)."));
        return errors;
    }

    private static void CheckSnils(string? snils, List<GirVuError> errors)
    {
        if (string.IsNullOrWhiteSpace(snils))
        {
            errors.Add(new(SnilsMissing, GirVuFields.Snils, "Не указан СНИЛС."));
            return;
        }
        if (Snils.Validate(snils) is { } problem)
            errors.Add(new(SnilsInvalid, GirVuFields.Snils, problem));
    }

    /// <summary>At 17 a citizen has a passport: the birth certificate alone does not identify the pupil for military registration.</summary>
    private static void CheckPassport(GirVuDocument? passport, GirVuDocument? birthCertificate, List<GirVuError> errors)
    {
        if (passport is null || string.IsNullOrWhiteSpace(passport.Number) && string.IsNullOrWhiteSpace(passport.Series))
        {
            errors.Add(new(PassportMissing, GirVuFields.Passport, birthCertificate is null
                ? "Нет документа, удостоверяющего личность: укажите паспорт гражданина РФ."
                : "Указано только свидетельство о рождении: в 17 лет нужен паспорт гражданина РФ."));
            return;
        }
        if (passport.Kind != DocumentKind.RfPassport)
        {
            errors.Add(new(PassportNotRussian, GirVuFields.Passport,
                "Указан документ иностранного государства: для воинского учёта нужен паспорт гражданина РФ."));
            return;
        }
        var series = (passport.Series ?? "").Replace(" ", "");
        if (series.Length != 4 || !series.All(char.IsAsciiDigit))
            errors.Add(new(PassportSeries, GirVuFields.PassportSeries,
                series.Length == 0 ? "Не указана серия паспорта." : $"Серия паспорта «{passport.Series}»: нужно 4 цифры, например «75 12»."));
        var number = (passport.Number ?? "").Trim();
        if (number.Length != 6 || !number.All(char.IsAsciiDigit))
            errors.Add(new(PassportNumber, GirVuFields.PassportNumber,
                number.Length == 0 ? "Не указан номер паспорта." : $"Номер паспорта «{passport.Number}»: нужно 6 цифр, например «123456»."));
    }

    /// <summary>The registration address is required; the stay address only where given, and then it must be a full address.</summary>
    private static void CheckAddresses(string? registration, string? stay, List<GirVuError> errors)
    {
        if (string.IsNullOrWhiteSpace(registration))
            errors.Add(new(RegistrationAddressMissing, GirVuFields.RegistrationAddress, "Не указан адрес регистрации (места жительства)."));
        else if (Validation.ErrorOf(() => Address.Parse(registration, "Адрес регистрации")) is { } problem)
            errors.Add(new(RegistrationAddressInvalid, GirVuFields.RegistrationAddress, problem));
        if (!string.IsNullOrWhiteSpace(stay) && Validation.ErrorOf(() => Address.Parse(stay, "Адрес пребывания")) is { } stayProblem)
            errors.Add(new(StayAddressInvalid, GirVuFields.StayAddress, stayProblem));
    }
}
