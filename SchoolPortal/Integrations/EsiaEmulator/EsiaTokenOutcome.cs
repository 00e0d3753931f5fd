using System.Text.Json.Nodes;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>The token endpoint's answer: HTTP status and JSON body (tokens, or ESIA's error with the request's state).</summary>
public sealed record EsiaTokenOutcome(int Status, JsonObject Body, string? Detail = null);
