using Microsoft.AspNetCore.Http.HttpResults;
using TechBridge.Core.Facilities.Assistant;

namespace TechBridge.Web.Api;

/// <summary>
/// /api/v1/facilities/assistant: i-Tube, the equipment assistant. Anyone may ask (it reads only the public catalogue and
/// availability); limited like a search (<see cref="RateLimiting.RateLimitedRequests"/>).
/// </summary>
public static class AssistantEndpoints
{
    public static IEndpointRouteBuilder MapAssistantEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/facilities/assistant", AskAsync).WithTags("Facilities").WithName("AskEquipmentAssistant").AllowAnonymous()
            .WithSummary("Answer one question about research equipment (ko or en) from the catalogue, availability and fees: a short answer, the intent and up to 5 equipment cards")
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<Ok<AssistantAnswer>> AskAsync(AssistantRequest request, EquipmentAssistant assistant, CancellationToken ct) =>
        TypedResults.Ok(await assistant.AskAsync(request, ct));
}
