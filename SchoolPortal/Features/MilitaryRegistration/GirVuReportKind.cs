namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>«Отчет по организациям» or «Отчет по школьникам».</summary>
public enum GirVuReportKind
{
    Schools = 1,
    Pupils = 2,
}
