using System.Text.Json;
using SchoolPortal.Domain.People;
using SchoolPortal.Integrations.Esia;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Tests.Readiness;

/// <summary>
/// Stored ESIA answers in the shape <see cref="EsiaPersonReader"/> reads: <c>/rs/prns/{oid}</c>, its <c>/docs</c> and
/// <c>/kids</c> (with each kid's documents), as the sign-in keeps them in <see cref="EsiaProfile"/>.
/// </summary>
internal static class EsiaAnswers
{
    public sealed record Kid(string Id, PersonName Name, DateOnly BirthDate, Snils? Snils, IdentityDocument? Certificate);

    public static EsiaProfile Profile(string oid, PersonName name, DateOnly birthDate, Snils? snils, IdentityDocument? passport, bool trusted,
        DateTimeOffset receivedAt, params Kid[] kids) =>
        new(oid,
            JsonSerializer.Serialize(Person(name, birthDate, snils, trusted)),
            JsonSerializer.Serialize(new { elements = passport is null ? [] : new[] { Document(passport) } }),
            JsonSerializer.Serialize(new
            {
                elements = kids.Select(k => new Dictionary<string, object?>(Person(k.Name, k.BirthDate, k.Snils, null))
                {
                    ["id"] = k.Id,
                    ["documents"] = new { elements = k.Certificate is null ? [] : new[] { Document(k.Certificate) } },
                }).ToArray(),
            }),
            receivedAt);

    private static Dictionary<string, object?> Person(PersonName name, DateOnly birthDate, Snils? snils, bool? trusted)
    {
        var person = new Dictionary<string, object?>
        {
            ["lastName"] = name.Surname,
            ["firstName"] = name.FirstName,
            ["middleName"] = name.Patronymic,
            ["birthDate"] = birthDate.ToString("dd.MM.yyyy"),
            ["snils"] = snils?.Formatted,
        };
        if (trusted is { } t)
            person["trusted"] = t;
        return person;
    }

    private static object Document(IdentityDocument document) => new
    {
        type = document.Kind switch { DocumentKind.RfPassport => "RF_PASSPORT", DocumentKind.RfBirthCertificate => "RF_BRTH_CERT", _ => "FID_DOC" },
        vrfStu = "VERIFIED",
        series = document.Series,
        number = document.Number,
    };
}
