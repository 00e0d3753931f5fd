using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>A parent record with a portal account and the parent's children: what a parent test person is built from.</summary>
internal sealed record EmulatorFamily(Parent Parent, IReadOnlyList<Pupil> Children, int AccountId, string Login);
