namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>What a finished exchange operation leaves for the page: the run's result and the answers read right after it.</summary>
public sealed record GirVuExchangeSummary(GirVuRunResult Result, int AnswersRead, int UnreadableFiles);
