using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

public sealed class EpguStatusMessageTests
{
    private static readonly DateTimeOffset Now = new(2027, 7, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Message_carries_the_order_id_the_epgu_code_and_the_schools_comment_after_the_standard_text()
    {
        var application = EnrollmentWorld.Build(ApplicationStatus.Registered, "Смирнов", "Артём", null, "123456", 1);
        application.RequestCorrection("admin1", Now, "Приложите копию свидетельства о регистрации по месту жительства.");

        var message = EpguStatusMessage.For(application, Now)!;

        Assert.Equal((application.EpguOrderId!.Value, EpguStatusCodes.NeedsCorrection, ApplicationStatus.NeedsCorrection),
            (message.EpguOrderId, message.Code, message.Status));
        Assert.StartsWith("В заявлении нужно исправить сведения", message.Comment);
        Assert.EndsWith("Приложите копию свидетельства о регистрации по месту жительства.", message.Comment);
        Assert.False(message.IsSent);
    }

    [Fact]
    public void A_paper_application_has_no_message_for_epgu()
    {
        var application = EnrollmentWorld.Build(ApplicationStatus.Registered, "Смирнов", "Артём", null, "123456", 1, fromEpgu: false);

        Assert.Null(EpguStatusMessage.For(application, Now));
    }

    [Fact]
    public void Sent_time_is_kept_from_the_first_hand_over()
    {
        var message = EpguStatusMessage.For(EnrollmentWorld.Build(ApplicationStatus.Registered, "Смирнов", "Артём", null, "123456", 1), Now)!;

        message.MarkSent(Now.AddMinutes(1));
        message.MarkSent(Now.AddMinutes(5));

        Assert.Equal(Now.AddMinutes(1), message.SentAt);
        Assert.Throws<DomainException>(() => EpguStatusMessage.For(
            EnrollmentWorld.Build(ApplicationStatus.Registered, "Смирнов", "Артём", null, "123456", 1), Now)!.MarkSent(Now.AddMinutes(-1)));
    }
}
