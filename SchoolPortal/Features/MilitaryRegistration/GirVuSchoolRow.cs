using SchoolPortal.Domain.MilitaryRegistration;

namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>One school's package of a run, as «Отчет по организациям» shows it.</summary>
public sealed record GirVuSchoolRow(int SchoolId, string Municipality, string School, string Inn, string Ogrn, GirVuExchangeState State,
    int Sent, int Unchanged, int Invalid, int Accepted, int Rejected, int Fixed, string? Error, DateTimeOffset? AnsweredAt)
{
    public int Selected => Sent + Unchanged + Invalid;

    public bool HasErrors => Invalid > 0 || Rejected > 0 || State == GirVuExchangeState.Failed;

    public string StateText => GirVuTexts.Name(State);
}
