using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.MilitaryRegistration;

/// <summary>An identity document as stored: kind, series, number, when and by whom it was issued.</summary>
public sealed record GirVuDocument(DocumentKind Kind, string? Series, string? Number, DateOnly? IssuedOn, string? IssuedBy);
