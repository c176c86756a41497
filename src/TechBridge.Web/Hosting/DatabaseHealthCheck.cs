using Microsoft.Extensions.Diagnostics.HealthChecks;
using TechBridge.Core.Data;

namespace TechBridge.Web.Hosting;

/// <summary>Ready when the database answers.</summary>
internal sealed class DatabaseHealthCheck(TechBridgeDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
