namespace SchoolPortal.Domain.Camps;

/// <summary>A register line and its outcome; <see cref="Message"/> says in Russian why a line was not applied.</summary>
public sealed record PaymentMatch(PaymentRegisterLine Line, PaymentMatchKind Kind, CampApplication? Application, string? Message)
{
    public bool IsApplied => Kind == PaymentMatchKind.Applied;
}
