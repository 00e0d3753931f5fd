namespace SchoolPortal.Integrations.Epgu;

/// <summary>A child whose snapshot could not be built or sent, and why (in Russian); it is tried again on the next run.</summary>
public sealed record EpguFailure(int PupilId, string Reason);
