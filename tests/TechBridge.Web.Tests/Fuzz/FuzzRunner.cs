using System.Collections.Concurrent;
using System.Net;

namespace TechBridge.Web.Tests.Fuzz;

/// <summary>Sends requests with modest parallelism and collects every answer of 500 or above.</summary>
public static class FuzzRunner
{
    public const int Parallelism = 4;

    public sealed record Failure(string Role, FuzzRequest Request, int Status)
    {
        public override string ToString() => $"{Status} {Request.Method} {Request.Url[..Math.Min(Request.Url.Length, 160)]} as {Role}: {Request.Input}";
    }

    /// <summary>
    /// Runs <paramref name="groups"/> (one per operation or page, the plain request first) for each role's client. When a
    /// role's plain request is refused with 401 or 403, the group's bad variants are skipped for that role: sign-in and
    /// role policies are checked before any input is read, so they would only be refused again.
    /// </summary>
    public static async Task<(IReadOnlyList<Failure> Failures, int Sent)> RunAsync(
        IReadOnlyList<(string Role, HttpClient Client)> roles, IReadOnlyList<IReadOnlyList<FuzzRequest>> groups)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(groups);
        var failures = new ConcurrentBag<Failure>();
        var sent = 0;
        var work = roles.SelectMany(r => groups.Select(g => (r.Role, r.Client, Group: g)));
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (item, ct) =>
        {
            for (var i = 0; i < item.Group.Count; i++)
            {
                var request = item.Group[i];
                int status;
                try
                {
                    using var message = request.ToMessage();
                    using var response = await item.Client.SendAsync(message, ct);
                    status = (int)response.StatusCode;
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    status = 599; // the server failed without an answer (the test host rethrows what Kestrel would drop)
                    request = request with { Input = $"{request.Input} [{e.GetType().Name}: {e.Message[..Math.Min(e.Message.Length, 120)]}]" };
                }

                Interlocked.Increment(ref sent);
                if (status >= 500)
                {
                    failures.Add(new Failure(item.Role, request, status));
                }
                else if (i == 0 && status is (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden)
                {
                    break;
                }
            }
        });
        return ([.. failures.OrderBy(f => f.Request.Url, StringComparer.Ordinal).ThenBy(f => f.Role, StringComparer.Ordinal)], sent);
    }
}
