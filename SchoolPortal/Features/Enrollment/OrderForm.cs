namespace SchoolPortal.Features.Enrollment;

/// <summary>«Распорядительный акт о зачислении»: its number and date, the class, and the applications «Направлен в ООО» chosen.</summary>
public sealed record OrderForm(string? Number, DateOnly Date, int ClassId, IReadOnlyList<int> ApplicationIds);
