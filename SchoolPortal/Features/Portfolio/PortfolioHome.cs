namespace SchoolPortal.Features.Portfolio;

/// <summary>What /portfolio shows: the children the user may see, and the user's own pupil record when the user is a pupil.</summary>
/// <param name="OwnPupilId">Set for a pupil's account: the page goes straight to the pupil's own portfolio.</param>
public sealed record PortfolioHome(IReadOnlyList<PortfolioChild> Children, int? OwnPupilId);
