namespace SchoolPortal.Features.Camps;

/// <summary>What the apply endpoint answers: the application's number and status, and the place when one was given.</summary>
public sealed record CampApplyAnswer(int Id, string Number, string Status, string StatusName, int? ShiftId, decimal? AmountDue,
    DateOnly? PaymentDeadline, string? VoucherNumber);
