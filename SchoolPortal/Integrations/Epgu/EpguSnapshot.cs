namespace SchoolPortal.Integrations.Epgu;

/// <summary>What EPGU shows of one child: who (as EPGU matches children), which school, and the portfolio. Its canonical JSON is hashed.</summary>
public sealed record EpguSnapshot(EpguChild Child, EpguSchool School, EpguPortfolio Portfolio);
