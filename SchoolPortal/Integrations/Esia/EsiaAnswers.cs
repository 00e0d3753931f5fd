using System.Text.Json;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Integrations.Esia;

/// <summary>ESIA's REST answers about one person, as received (the kids with their documents embedded).</summary>
public sealed record EsiaAnswers(string Oid, string PersonJson, string DocsJson, string KidsJson)
{
    public EsiaPerson Person()
    {
        using var person = JsonDocument.Parse(PersonJson);
        using var docs = JsonDocument.Parse(DocsJson);
        using var kids = JsonDocument.Parse(KidsJson);
        return EsiaPersonReader.Read(Oid, person.RootElement, docs.RootElement, kids.RootElement);
    }
}
