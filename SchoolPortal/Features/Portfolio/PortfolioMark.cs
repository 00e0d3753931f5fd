namespace SchoolPortal.Features.Portfolio;

/// <summary>A mark of the child as the portfolio lists it: the lesson's date, the mark, what it was for and its weight.</summary>
/// <param name="Value">«5», «зач», «нз».</param>
/// <param name="WorkType">«Контрольная работа», «Ответ на уроке»…</param>
public sealed record PortfolioMark(DateOnly Date, string Value, string WorkType, decimal Weight, bool IsControlWork);
