using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Integrations.Esia;

/// <summary>
/// A stored <see cref="EsiaProfile"/> read back through ESIA's own answer format: the entity keeps the answers as received,
/// reading them is the integration's business.
/// </summary>
public static class EsiaProfileAnswers
{
    extension(EsiaProfile profile)
    {
        public EsiaAnswers Answers => new(profile.Oid, profile.PersonJson, profile.DocsJson, profile.KidsJson);

        /// <summary>The person read back from the stored answers.</summary>
        public EsiaPerson Person() => profile.Answers.Person();
    }
}
