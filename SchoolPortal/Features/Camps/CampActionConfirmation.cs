namespace SchoolPortal.Features.Camps;

/// <summary>What the operator confirmed in <see cref="CampActionDialog"/>: the reason of a rejection, or the sum and day of a payment.</summary>
public sealed record CampActionConfirmation(string? Reason, decimal Amount, DateOnly? PaidOn);
