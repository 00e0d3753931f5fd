using SchoolPortal.Domain.People;
using SchoolPortal.Features.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

public sealed class DocumentMaskTests
{
    [Fact]
    public void Birth_certificate_shows_the_series_and_the_last_two_digits_only()
    {
        Assert.Equal("Свидетельство о рождении IV-ИВ ****56", DocumentMask.Mask(IdentityDocument.BirthCertificate("IV-ИВ", "123456")));
    }

    [Fact]
    public void Passport_number_is_masked_too()
    {
        Assert.Equal("Паспорт РФ 7512 ****56", DocumentMask.Mask(IdentityDocument.Passport("7512", "123456")));
    }
}
