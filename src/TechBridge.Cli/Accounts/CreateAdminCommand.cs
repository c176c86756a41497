using Microsoft.Extensions.DependencyInjection;
using TechBridge.Cli.Database;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Errors;

namespace TechBridge.Cli.Accounts;

/// <summary><c>techbridge create-admin</c>: the first administrator of a production database (there are no demo accounts there).</summary>
internal static class CreateAdminCommand
{
    public static async Task<int> RunAsync(CliOptions options, TextReader input, TextWriter output, TextWriter error)
    {
        var email = options["email"] ?? throw new CliUsageException("--email is required.");
        var name = options["name"] ?? throw new CliUsageException("--name is required.");
        var password = (await input.ReadLineAsync())?.TrimEnd('\r') ?? string.Empty;

        await using var services = CliDatabase.Services(options);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(includeDemoData: false);
        try
        {
            var user = await scope.ServiceProvider.GetRequiredService<AccountService>()
                .CreateAsync(new NewAccount(email, name, password, [Roles.Administrator]));
            await output.WriteLineAsync($"Administrator {user.Email} created ({user.Id}) in {services.GetRequiredService<DatabaseSettings>().Describe()}");
            return 0;
        }
        catch (ValidationFailedException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                await error.WriteLineAsync($"techbridge: {field}: {string.Join(" ", messages)}");
            }

            return 1;
        }
    }
}
