using System.Text.Json;
using static SchoolPortal.Integrations.EpguEnrollment.EpguEnrollmentFormat;

namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// The strict reader of camp applications (service 600173, format <see cref="EpguEnrollmentFormat.CampApplication"/>), with
/// the bounds and habits of <see cref="EpguEnrollmentReader"/>: every error of the message, each naming its field, in Russian.
/// Values (SNILS, document series and numbers) are checked by the domain when the intake finds the family.
/// </summary>
public static class EpguCampReader
{
    public static readonly string[] Categories = [Extraordinary, FirstPriority];

    /// <summary>
    /// Whether the message's top-level <c>format</c> names a camp application: how the inbox tells the two kinds apart
    /// without reading the message twice. A file that is not JSON is not a camp application (the enrollment reader reports it).
    /// </summary>
    public static bool IsCampApplication(ReadOnlySpan<byte> json)
    {
        if (json.Length is 0 or > MaxMessageBytes)
            return false;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isFormat = reader.ValueTextEquals("format"u8);
                if (!reader.Read())
                    return false;
                if (isFormat)
                    return reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(CampApplication);
                reader.Skip();
            }
            return false;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    public static EpguResult<EpguCampApplicationMessage> Read(ReadOnlySpan<byte> json)
    {
        var errors = new List<EpguMessageError>();
        using var document = EpguEnrollmentReader.Parse(json, errors);
        if (document is null || EpguJsonObject.Root(document.RootElement, errors) is not { } root || !EpguEnrollmentReader.Envelope(root, CampApplication))
            return EpguResult<EpguCampApplicationMessage>.Failure(errors);

        var service = root.String("serviceCode", MaxCodeLength, required: true);
        if (service is not null && service != CampServiceCode)
            root.Error("serviceCode", $"код услуги «{service}»: заявление на путевку в лагерь подается по услуге {CampServiceCode}.");
        var orderId = root.PositiveLong("orderId", required: true);
        var filedAt = root.Instant("filedAt", required: true);
        var child = Child(root.Object("childInfo", required: true));
        var person = Person(root.Object("personInfo", required: true));
        var shifts = root.Ids("shifts", MaxCampShifts, required: true);
        var benefits = Benefit(root.Object("benefitsInfo"));
        root.End();
        if (errors.Count > 0)
            return EpguResult<EpguCampApplicationMessage>.Failure(errors);
        return EpguResult<EpguCampApplicationMessage>.Success(new EpguCampApplicationMessage(CampApplication, EpguEnrollmentFormat.Version,
            service!, orderId!.Value, filedAt!.Value, child!, person!, shifts!, benefits));
    }

    private static EpguCampChild? Child(EpguJsonObject? o)
    {
        if (o is null)
            return null;
        var surname = o.String("childSurname", MaxNameLength, required: true);
        var name = o.String("childName", MaxNameLength, required: true);
        var middleName = o.String("childMiddleName", MaxNameLength);
        var birthDate = o.Date("childBirthDate", required: true);
        var snils = o.String("childSnils", MaxSnilsLength);
        var certificateObject = o.Object("childBirthDocRF");
        var certificate = certificateObject is null ? null : EpguEnrollmentReader.BirthCertificate(certificateObject);
        if (snils is null && certificateObject is null)
            o.Error(null, "укажите СНИЛС ребенка (childSnils) или свидетельство о рождении (childBirthDocRF): по ним ребенок ищется в записях региона.");
        o.End();
        return surname is null || name is null || birthDate is null ? null
            : new EpguCampChild(surname, name, middleName, birthDate.Value, snils, certificate);
    }

    private static EpguCampApplicant? Person(EpguJsonObject? o)
    {
        if (o is null)
            return null;
        var surname = o.String("personSurname", MaxNameLength, required: true);
        var name = o.String("personName", MaxNameLength, required: true);
        var middleName = o.String("personMiddleName", MaxNameLength);
        var snils = o.String("personSnils", MaxSnilsLength);
        var documentObject = o.Object("personIdentityDocInfo");
        var document = documentObject is null ? null : EpguEnrollmentReader.IdentityDocument(documentObject);
        if (snils is null && documentObject is null)
            o.Error(null, "укажите СНИЛС заявителя (personSnils) или документ, удостоверяющий личность (personIdentityDocInfo): " +
                "по ним заявитель ищется среди родителей ребенка.");
        o.End();
        return surname is null || name is null ? null : new EpguCampApplicant(surname, name, middleName, snils, document);
    }

    private static EpguCampBenefit? Benefit(EpguJsonObject? o)
    {
        if (o is null)
            return null;
        var category = o.Code("benefitCategory", Categories, required: true);
        var document = o.String("benefitDocInfo", MaxTextLength, required: true);
        o.End();
        return category is null || document is null ? null : new EpguCampBenefit(category, document);
    }
}
