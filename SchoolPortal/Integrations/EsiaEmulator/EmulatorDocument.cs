using SchoolPortal.Domain.People;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>A document in an emulated ESIA account, with the id ESIA's REST API addresses it by.</summary>
public sealed record EmulatorDocument(long Id, IdentityDocument Document);
