using System.Collections.Concurrent;
using TechBridge.Core.Accounts;
using TechBridge.Web.Tests.Infrastructure;

namespace TechBridge.Web.Tests.Facilities;

/// <summary>
/// The authorization matrices of the facilities tests: one row per endpoint or page, one column per caller (anonymous, each
/// demo role, another company, another center), the expected status in each cell. A row is sent as every caller and every
/// mismatch is reported at once.
/// </summary>
public static class CallerMatrix
{
    public const string Anonymous = "anonymous";

    /// <summary>The columns of every matrix, in this order.</summary>
    public static readonly string[] Columns =
    [
        Anonymous, Roles.Company, Callers.OtherCompany, Roles.Researcher, Roles.CenterOperator, Callers.OtherCenter, Roles.Coordinator,
        Roles.ProgramManager, Roles.Reviewer, Roles.Administrator,
    ];

    private static readonly ConcurrentDictionary<AppFixture, Lazy<Task<Dictionary<string, HttpClient>>>> Clients = new();

    /// <summary>
    /// Sends the row as every caller (<paramref name="send"/> gets the column index, the caller and its client) and fails
    /// with every status that differs from <paramref name="expected"/>. With <paramref name="redirectPrefix"/>, a 302 must
    /// go to the login for anonymous and under that path for everyone else.
    /// </summary>
    public static async Task AssertRowAsync(AppFixture fixture, string row, IReadOnlyList<int> expected,
        Func<int, string, HttpClient, Task<HttpResponseMessage>> send, string? redirectPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(send);
        var callers = await Clients.GetOrAdd(fixture, f => new Lazy<Task<Dictionary<string, HttpClient>>>(f.CallersAsync)).Value;
        var mismatches = new List<string>();
        for (var column = 0; column < Columns.Length; column++)
        {
            var caller = Columns[column];
            using var response = await send(column, caller, callers[caller]);
            var location = response.RedirectPath();
            var redirectOk = redirectPrefix is null || (int)response.StatusCode != 302
                             || location?.StartsWith(caller == Anonymous ? "/account/login" : redirectPrefix, StringComparison.Ordinal) == true;
            if ((int)response.StatusCode != expected[column] || !redirectOk)
            {
                mismatches.Add($"{row} as {caller}: expected {expected[column]}, got {(int)response.StatusCode} {location}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }
}
