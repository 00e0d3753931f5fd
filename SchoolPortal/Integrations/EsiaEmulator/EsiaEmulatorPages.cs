using System.Globalization;
using System.Net;
using System.Text;
using SchoolPortal.Integrations.Esia;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>
/// The emulator's own pages, in Russian and plainly labelled as a local stand-in: the person picker (ESIA's sign-in page)
/// and ESIA's error page. Plain HTML without scripts; every value is HTML-encoded.
/// </summary>
public static class EsiaEmulatorPages
{
    public const string Title = "Госуслуги — эмулятор ЕСИА";

    private const string Style = """
        body{font-family:system-ui,Segoe UI,Arial,sans-serif;margin:0;background:#f2f5f9;color:#0b1f33}
        main{max-width:760px;margin:0 auto;padding:24px}
        h1{font-size:24px;margin:0 0 8px}
        .stand-in{background:#fff4d6;border:1px solid #e0b84c;border-radius:8px;padding:12px 16px;margin:0 0 16px}
        .persons{list-style:none;padding:0;margin:0 0 24px}
        .persons li{margin:0 0 10px}
        .person{display:block;width:100%;text-align:left;background:#fff;border:1px solid #c5d2e0;border-radius:8px;padding:12px 16px;cursor:pointer;font:inherit;color:inherit}
        .person:hover,.person:focus{border-color:#0d4cd3;outline:none;box-shadow:0 0 0 2px #0d4cd333}
        .name{display:block;font-weight:600;font-size:17px}
        .title{display:block;color:#0d4cd3;margin:2px 0 6px}
        .meta{display:block;color:#66727f;font-size:13px;margin-top:6px}
        .actions{display:flex;flex-wrap:wrap;gap:12px;align-items:center;border-top:1px solid #c5d2e0;padding-top:16px}
        .actions button{font:inherit;padding:8px 14px;border-radius:6px;border:1px solid #0d4cd3;background:#fff;color:#0d4cd3;cursor:pointer}
        .actions label{flex:1 1 100%;min-width:0}
        .actions select{display:block;font:inherit;padding:6px;margin-top:4px;width:100%}
        .error{background:#fff;border:1px solid #e06c6c;border-radius:8px;padding:16px}
        code{font-size:15px}
        """;

    public static string Picker(EsiaAuthorizationRequest request, IReadOnlyList<EmulatorPerson> persons, string formAction)
    {
        var html = Start(Title);
        html.Append("<p>Портал <b>").Append(E(request.ClientId)).Append("</b> просит доступ к данным: ")
            .Append(E(string.Join(", ", EsiaRequestChecks.Scopes(request.Scope)))).Append(".</p>");
        html.Append("<p>Выберите, под кем войти.</p>");
        html.Append("<form method=\"post\" action=\"").Append(E(formAction)).Append("\">");
        if (persons.Count == 0)
        {
            html.Append("<p data-testid=\"esia-no-persons\">В базе портала не нашлось записей, из которых можно собрать тестовых людей. ")
                .Append("Можно отказать в доступе или ответить ошибкой ЕСИА.</p>");
        }
        else
        {
            html.Append("<ul class=\"persons\">");
            foreach (var p in persons)
            {
                html.Append("<li><button type=\"submit\" class=\"person\" name=\"person\" value=\"").Append(E(p.Key))
                    .Append("\" data-testid=\"esia-person-").Append(E(p.Key)).Append("\">")
                    .Append("<span class=\"name\">").Append(E(p.Name.Full)).Append("</span>")
                    .Append("<span class=\"title\">").Append(E(p.Title)).Append("</span>")
                    .Append("<span class=\"description\">").Append(E(p.Description)).Append("</span>")
                    .Append("<span class=\"meta\">oid ").Append(E(p.Oid)).Append(" · дата рождения ").Append(E(p.BirthDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)))
                    .Append(" · ").Append(p.IsTrusted ? "учетная запись подтверждена" : "учетная запись не подтверждена").Append("</span>")
                    .Append("</button></li>");
            }
            html.Append("</ul>");
        }
        html.Append("<div class=\"actions\">")
            .Append("<button type=\"submit\" name=\"deny\" value=\"1\" data-testid=\"esia-deny\">Отказать в доступе</button>")
            .Append("<label>Ответить ошибкой ЕСИА <select name=\"error_code\" data-testid=\"esia-error-code\">");
        foreach (var error in EsiaErrors.All)
        {
            html.Append("<option value=\"").Append(E(error.Code)).Append("\">").Append(E(error.Code)).Append(" — ")
                .Append(E(error.WhatHappened)).Append("</option>");
        }
        html.Append("</select></label>")
            .Append("<button type=\"submit\" name=\"send_error\" value=\"1\" data-testid=\"esia-send-error\">Ответить ошибкой</button>")
            .Append("</div></form>");
        return End(html);
    }

    public static string Error(EsiaError error, string detail)
    {
        var html = Start(Title + ": ошибка");
        html.Append("<div class=\"error\" data-testid=\"esia-error\" data-code=\"").Append(E(error.Code)).Append("\">")
            .Append("<p><code>").Append(E(error.Code)).Append("</code> ").Append(E(error.WhatHappened)).Append("</p>")
            .Append("<p>").Append(E(detail)).Append("</p>")
            .Append("<p>Вернуться на портал отсюда нельзя: ЕСИА не отправляет ответ по адресу, которому не доверяет.</p>")
            .Append("</div>");
        return End(html);
    }

    private static StringBuilder Start(string title) =>
        new StringBuilder("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append("</title><style>").Append(Style).Append("</style></head><body><main>")
            .Append("<h1>").Append(E(Title)).Append("</h1>")
            .Append("<p class=\"stand-in\" data-testid=\"esia-emulator-notice\">Это не настоящие Госуслуги, а эмулятор ЕСИА, встроенный в портал ")
            .Append("для разработки, демонстрации и тестов. Тестовые люди собраны из записей базы портала или вымышлены; ")
            .Append("пароль не нужен.</p>");

    private static string End(StringBuilder html) => html.Append("</main></body></html>").ToString();

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
