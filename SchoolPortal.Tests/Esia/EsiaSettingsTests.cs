using SchoolPortal.Integrations.Esia;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Tests.Esia;

public sealed class EsiaSettingsTests
{
    [Fact]
    public void The_real_esia_needs_its_address_certificate_hash_and_a_gost_signer()
    {
        var options = new EsiaOptions { Mode = EsiaMode.Esia, BaseUrl = "http://esia.gosuslugi.ru" };

        var problems = options.Problems(EsiaSignerKind.Development);

        Assert.Contains(problems, p => p.Contains("Esia:BaseUrl"));
        Assert.Contains(problems, p => p.Contains("Esia:CertificatePath"));
        Assert.Contains(problems, p => p.Contains("Esia:ClientCertificateHash"));
        Assert.Contains(problems, p => p.Contains("ГОСТ"));
        Assert.Empty(new EsiaOptions
        {
            Mode = EsiaMode.Esia, BaseUrl = "https://esia.gosuslugi.ru", CertificatePath = "esia.cer", ClientCertificateHash = "AB12",
        }.Problems(EsiaSignerKind.Command));
    }

    [Fact]
    public void The_emulator_needs_nothing_but_the_defaults_and_off_needs_nothing()
    {
        Assert.Empty(new EsiaOptions { Mode = EsiaMode.Emulator }.Problems(EsiaSignerKind.Development));
        Assert.Empty(new EsiaOptions { Mode = EsiaMode.Off, ClientId = "" }.Problems(EsiaSignerKind.Development));
        Assert.Contains(new EsiaOptions { Mode = EsiaMode.Emulator }.Problems(EsiaSignerKind.Http), p => p.Contains("Esia:ClientCertificateHash"));
        Assert.Contains(new EsiaOptions { Mode = EsiaMode.Esia, ClientCertificateHash = "auto" }.Problems(EsiaSignerKind.Http),
            p => p.Contains("Esia:ClientCertificateHash"));
    }

    [Theory]
    [InlineData("ESIA-007011: Код авторизации недействителен", "ESIA-007011")]
    [InlineData("Message contains error: 'invalid_client', error_description: 'ESIA-007053: подпись', error_uri: 'error_uri is null'", "ESIA-007053")]
    public void The_esia_code_is_found_in_what_the_handler_reports(string message, string code)
    {
        Assert.Equal(code, EsiaFailure.ReasonOf(new InvalidOperationException(message)));
        Assert.NotNull(EsiaErrors.Find(code));
    }

    [Fact]
    public void Every_catalogued_code_and_every_portal_reason_has_a_russian_explanation()
    {
        foreach (var reason in EsiaErrors.All.Select(e => e.Code).Concat([EsiaFailure.Expired, EsiaFailure.Token, EsiaFailure.Data,
            EsiaFailure.LinkedElsewhere, EsiaFailure.Disabled, EsiaFailure.NoStaffAccount, "ESIA-007099", null]))
        {
            var (title, what, todo) = EsiaFailure.Describe(reason);
            Assert.All(new[] { title, what, todo }, text => Assert.Matches("[А-Яа-я]", text));
        }
        Assert.Equal(EsiaFailure.Expired, EsiaFailure.ReasonOf(new InvalidOperationException("Correlation failed.")));
        Assert.Equal(EsiaFailure.Data, EsiaFailure.ReasonOf(new EsiaDataException("нет")));
    }
}
