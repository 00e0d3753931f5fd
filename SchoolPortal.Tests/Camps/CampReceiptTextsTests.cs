using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Tests.Camps;

public sealed class CampReceiptTextsTests
{
    [Theory]
    [InlineData(1, "рабочий день")]
    [InlineData(3, "рабочих дня")]
    [InlineData(5, "рабочих дней")]
    [InlineData(11, "рабочих дней")]
    [InlineData(21, "рабочий день")]
    [InlineData(22, "рабочих дня")]
    public void Working_days_agree_with_the_number_as_russian_does(int count, string words) =>
        Assert.Equal(words, CampReceiptTexts.WorkingDays(count));

    [Fact]
    public void The_deadline_reads_as_the_last_day_and_the_working_days_given()
    {
        Assert.Equal("до 04.05.2027 (5 рабочих дней)", CampReceiptTexts.Deadline(new DateOnly(2027, 5, 4), 5));
        Assert.Equal("до 27.04.2027 (1 рабочий день)", CampReceiptTexts.Deadline(new DateOnly(2027, 4, 27), 1));
    }

    [Fact]
    public void The_purpose_carries_the_voucher_number_the_bank_register_is_matched_by() =>
        Assert.Equal("Родительская доля за путевку № 20270000042", CampReceiptTexts.Purpose(CampNumbers.Voucher(2027, 42)));
}
