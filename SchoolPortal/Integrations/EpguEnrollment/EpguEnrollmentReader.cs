using System.Text.Json;
using static SchoolPortal.Integrations.EpguEnrollment.EpguEnrollmentFormat;

namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// The strict reader of the EPGU enrollment messages: bounded (<see cref="EpguEnrollmentFormat.MaxMessageBytes"/>, depth
/// <see cref="EpguEnrollmentFormat.MaxDepth"/>, a length limit on every string), exact (a field the version does not have,
/// a field given twice, an unknown code are errors) and complete (every error of the message, each naming its field, in
/// Russian). Another format or version is refused at once with that one error.
/// </summary>
public static class EpguEnrollmentReader
{
    public static EpguResult<EpguApplicationMessage> ReadApplication(ReadOnlySpan<byte> json)
    {
        var errors = new List<EpguMessageError>();
        using var document = Parse(json, errors);
        if (document is null || EpguJsonObject.Root(document.RootElement, errors) is not { } root || !Envelope(root, Application))
            return EpguResult<EpguApplicationMessage>.Failure(errors);

        var orderId = root.PositiveLong("orderId", required: true);
        var filedAt = root.Instant("filedAt", required: true);
        var serviceType = root.Code("serviceType", ServiceTypes, required: true);
        var profile = root.String("profile", MaxTextLength);
        var school = EduOrganization(root.Object("eduOrganization", required: true));
        var entryDate = root.Date("entryDate", required: true);
        var person = Person(root.Object("personInfo", required: true));
        var child = Child(root.Object("childInfo", required: true));
        var address = Address(root.Object("address", required: true));
        var residence = Address(root.Object("addressResidence"));
        var adaptation = root.Object("adaptationProgram") is { } program ? Adaptation(program) : null;
        var language = root.String("languageEducation", MaxTextLength);
        var benefits = Benefits(root.Object("benefitsInfo"));
        var founder = root.Object("founderPermission") is { } permission ? Founder(permission) : null;
        root.End();
        if (errors.Count > 0)
            return EpguResult<EpguApplicationMessage>.Failure(errors);
        return EpguResult<EpguApplicationMessage>.Success(new EpguApplicationMessage(Application, EpguEnrollmentFormat.Version, orderId!.Value, filedAt!.Value,
            serviceType!, profile, school!, entryDate!.Value, person!, child!, address!, residence, adaptation, language, benefits, founder));
    }

    public static EpguResult<EpguStatusReport> ReadStatus(ReadOnlySpan<byte> json)
    {
        var errors = new List<EpguMessageError>();
        using var document = Parse(json, errors);
        if (document is null || EpguJsonObject.Root(document.RootElement, errors) is not { } root || !Envelope(root, Status))
            return EpguResult<EpguStatusReport>.Failure(errors);
        var orderId = root.PositiveLong("orderId", required: true);
        var code = root.PositiveLong("statusCode", required: true);
        var comment = root.String("comment", MaxCommentLength, required: true);
        var changedAt = root.Instant("changedAt", required: true);
        root.End();
        if (errors.Count > 0)
            return EpguResult<EpguStatusReport>.Failure(errors);
        if (code > int.MaxValue)
            return EpguResult<EpguStatusReport>.Failure([new("statusCode", "код статуса слишком велик.")]);
        return EpguResult<EpguStatusReport>.Success(new EpguStatusReport(Status, EpguEnrollmentFormat.Version, orderId!.Value, (int)code!.Value, comment!, changedAt!.Value));
    }

    internal static JsonDocument? Parse(ReadOnlySpan<byte> json, List<EpguMessageError> errors)
    {
        if (json.Length > MaxMessageBytes)
        {
            errors.Add(new("", $"Сообщение больше {MaxMessageBytes / 1024} КБ: заявление столько не занимает, файл не прочитан."));
            return null;
        }
        if (json.IsEmpty)
        {
            errors.Add(new("", "Файл пуст."));
            return null;
        }
        try
        {
            // The document is parsed from a copy: JsonDocument keeps a reference to the memory it reads.
            return JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            errors.Add(new("", $"Файл не читается как JSON: ошибка в строке {e.LineNumber + 1}, позиция {e.BytePositionInLine + 1} " +
                $"(незакрытая скобка или кавычка, лишняя запятая, вложенность глубже {MaxDepth} уровней или не UTF-8)."));
            return null;
        }
    }

    /// <summary>Checks format and version first: a message of another version is not read further.</summary>
    internal static bool Envelope(EpguJsonObject root, string format)
    {
        var actual = root.String("format", 60, required: true);
        if (actual is not null && actual != format)
            root.Error("format", $"«{actual}» — это не {Describe(format)}: ожидается «{format}».");
        var version = root.String("version", 20, required: true);
        if (version is not null && version != EpguEnrollmentFormat.Version)
            root.Error("version", $"версия формата «{version}» не поддерживается: портал читает версию {EpguEnrollmentFormat.Version}.");
        return !root.HasErrors;
    }

    private static string Describe(string format) => format switch
    {
        Application => "заявление ЕПГУ",
        CampApplication => "заявление ЕПГУ на путевку в лагерь (услуга 600173)",
        _ => "сообщение о статусе заявления",
    };

    private static EpguEduOrganization? EduOrganization(EpguJsonObject? o)
    {
        if (o is null)
            return null;
        var code = o.String("code", MaxCodeLength, required: true);
        o.End();
        return code is null ? null : new EpguEduOrganization(code);
    }

    private static EpguPersonInfo? Person(EpguJsonObject? o)
    {
        if (o is null)
            return null;
        var surname = o.String("personSurname", MaxNameLength, required: true);
        var name = o.String("personName", MaxNameLength, required: true);
        var middleName = o.String("personMiddleName", MaxNameLength);
        var phone = o.String("personPhone", MaxPhoneLength);
        var email = o.String("personEmail", MaxEmailLength);
        var type = o.Code("personType", PersonTypes, required: true);
        var document = o.Object("personIdentityDocInfo") is { } doc ? IdentityDocument(doc) : null;
        o.End();
        return surname is null || name is null || type is null ? null
            : new EpguPersonInfo(surname, name, middleName, phone, email, type, document);
    }

    internal static EpguIdentityDocInfo? IdentityDocument(EpguJsonObject o)
    {
        var type = o.Code("identityDocType", IdentityDocTypes, required: true);
        var name = o.String("identityDocName", MaxTextLength, required: type == EpguEnrollmentFormat.ForeignDocument);
        var series = o.String("identityDocSeries", MaxSeriesLength);
        var number = o.String("identityDocNumber", MaxNumberLength, required: true);
        var issuedOn = o.Date("identityDocIssueDate");
        var issued = o.String("identityDocIssued", MaxTextLength);
        o.End();
        return type is null || number is null ? null : new EpguIdentityDocInfo(type, name, series, number, issuedOn, issued);
    }

    private static EpguChildInfo? Child(EpguJsonObject? o)
    {
        if (o is null)
            return null;
        var surname = o.String("childSurname", MaxNameLength, required: true);
        var name = o.String("childName", MaxNameLength, required: true);
        var middleName = o.String("childMiddleName", MaxNameLength);
        var birthDate = o.Date("childBirthDate", required: true);
        var sex = o.Code("childSex", Sexes, required: true);
        var snils = o.String("childSnils", MaxSnilsLength);
        var rfObject = o.Object("childBirthDocRF");
        var rf = rfObject is null ? null : BirthCertificate(rfObject);
        var foreignObject = o.Object("childBirthDocForeign");
        var foreign = foreignObject is null ? null : ForeignDocument(foreignObject);
        if (rfObject is not null && foreignObject is not null)
            o.Error(null, "укажите один документ ребёнка: свидетельство о рождении (childBirthDocRF) или иностранный (childBirthDocForeign), не оба.");
        else if (rfObject is null && foreignObject is null)
            o.Error(null, "не указан документ ребёнка: свидетельство о рождении (childBirthDocRF) или иностранный документ (childBirthDocForeign).");
        o.End();
        return surname is null || name is null || birthDate is null || sex is null ? null
            : new EpguChildInfo(surname, name, middleName, birthDate.Value, sex, snils, rf, foreign);
    }

    internal static EpguChildBirthDocRF? BirthCertificate(EpguJsonObject o)
    {
        var series = o.String("childBirthDocSeries", MaxSeriesLength, required: true);
        var number = o.String("childBirthDocNumber", MaxNumberLength, required: true);
        var issuedOn = o.Date("childBirthDocIssueDate");
        var act = o.String("childBirthDocActNumber", MaxNumberLength);
        var issued = o.String("childBirthDocIssued", MaxTextLength);
        o.End();
        return series is null || number is null ? null : new EpguChildBirthDocRF(series, number, issuedOn, act, issued);
    }

    private static EpguChildBirthDocForeign? ForeignDocument(EpguJsonObject o)
    {
        var name = o.String("childBirthDocName", MaxTextLength, required: true);
        var series = o.String("childBirthDocSeries", MaxSeriesLength);
        var number = o.String("childBirthDocNumber", MaxNumberLength, required: true);
        var issuedOn = o.Date("childBirthDocIssueDate");
        var issued = o.String("childBirthDocIssued", MaxTextLength);
        o.End();
        return name is null || number is null ? null : new EpguChildBirthDocForeign(name, series, number, issuedOn, issued);
    }

    private static EpguAddress? Address(EpguJsonObject? o)
    {
        if (o is null)
            return null;
        var full = o.String("fullAddress", MaxAddressLength, required: true);
        o.End();
        return full is null ? null : new EpguAddress(full);
    }

    private static EpguAdaptationProgram? Adaptation(EpguJsonObject o)
    {
        var needed = o.Bool("needed", required: true);
        o.End();
        return needed is null ? null : new EpguAdaptationProgram(needed.Value);
    }

    private static EpguBenefitsInfo? Benefits(EpguJsonObject? o)
    {
        if (o is null)
            return null;
        var category = o.Code("benefitCategory", BenefitCategories, required: true);
        var document = o.String("benefitDocInfo", MaxTextLength);
        EpguBrotherSisterInfo? sibling = null;
        if (o.Object("brotherSisterInfo") is { } s)
        {
            var surname = s.String("surname", MaxNameLength, required: true);
            var name = s.String("name", MaxNameLength, required: true);
            var middleName = s.String("middleName", MaxNameLength);
            s.End();
            sibling = surname is null || name is null ? null : new EpguBrotherSisterInfo(surname, name, middleName);
        }
        o.End();
        return category is null ? null : new EpguBenefitsInfo(category, document, sibling);
    }

    private static EpguFounderPermission? Founder(EpguJsonObject o)
    {
        var document = o.String("docInfo", MaxTextLength, required: true);
        o.End();
        return document is null ? null : new EpguFounderPermission(document);
    }
}
