# SchoolPortal: one portal node. Build: docker build -t schoolportal . (from the repository root)
# The image holds no settings of a region: pass them as environment variables (docs/deployment.md).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Project files first: the restore layer is reused while only code changes.
COPY Directory.Build.props SchoolPortal.sln appsettings.json ./
COPY SchoolPortal.Domain/SchoolPortal.Domain.csproj SchoolPortal.Domain/
COPY SchoolPortal/SchoolPortal.csproj SchoolPortal/
RUN dotnet restore SchoolPortal/SchoolPortal.csproj
COPY SchoolPortal.Domain/ SchoolPortal.Domain/
COPY SchoolPortal/ SchoolPortal/
RUN dotnet publish SchoolPortal/SchoolPortal.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl for the HEALTHCHECK below; ICU is in the image (Russian culture: dates dd.MM.yyyy, collation).
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# The data folder (SQLite, exchange folders, App_Data) belongs to the image's non-root user «app» (uid 1654).
RUN mkdir -p /app/App_Data && chown -R app:app /app/App_Data
USER app

# 8080: the portal (nginx proxies to it); 9464: the management port, /metrics for Prometheus (and the probes).
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Telemetry__MetricsPort=9464 \
    Logging__Json=true \
    Demo__Enabled=false \
    Database__Provider=SqlServer
# Set at run time, never baked in:
#   Database__SqlServer="Server=sql01;Database=SchoolPortal;User Id=portal;Password=...;Encrypt=True"
#   Cache__Redis="redis01:6379,password=...,ssl=false"
#   AllowedHosts=school.example.ru, ForwardedHeaders__KnownProxies__0=<nginx address>
#   Esia__*, EpguEnrollment__Inbox/Outbox, GirVu__Inbox/Outbox/Archive, Epgu__OutboxPath: mounted exchange folders
EXPOSE 8080 9464

HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/health/live || exit 1

ENTRYPOINT ["dotnet", "SchoolPortal.dll"]
