namespace SchoolPortal.Features.Camps;

/// <summary>The season's terms as the region operator types them: the opening day and minute on the region's clock, the terms in working days, the payee.</summary>
public sealed record CampSeasonForm(int Year, DateOnly? OpensOn, TimeOnly? OpensAt, int PaymentWorkingDays, int VoucherWorkingDays,
    string? PayeeName, string? PayeeInn, string? PayeeAccount, string? PayeeBank, string? PayeeBik);
