namespace SchoolPortal.Integrations.Esia;

/// <summary>Makes the signer the «Esia:Signer» settings name, refusing incomplete settings with a Russian message at start.</summary>
public static class EsiaSigners
{
    public static IEsiaSigner Create(EsiaSignerOptions options, string contentRoot, Func<HttpClient> http)
    {
        var timeout = TimeSpan.FromSeconds(options.TimeoutSeconds is > 0 and <= 600 ? options.TimeoutSeconds : 30);
        switch (options.Kind)
        {
            case EsiaSignerKind.Development:
                return RsaDevelopmentSigner.FromFile(Path.Combine(contentRoot, options.DevelopmentKeyPath));
            case EsiaSignerKind.Command:
                if (string.IsNullOrWhiteSpace(options.Command))
                    throw new InvalidOperationException("Esia:Signer:Kind = Command, но не указана программа подписи (Esia:Signer:Command).");
                return new CommandSigner(options.Command, options.Arguments, timeout);
            case EsiaSignerKind.Http:
                if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                    throw new InvalidOperationException("Esia:Signer:Kind = Http, но адрес сервиса подписи (Esia:Signer:Url) не указан или не http(s).");
                var client = http();
                client.Timeout = timeout;
                return new HttpSigner(client, url);
            default:
                throw new InvalidOperationException($"Неизвестный способ подписи Esia:Signer:Kind = {options.Kind}.");
        }
    }
}
