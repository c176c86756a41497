using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;
using TechBridge.Core.Shared.Formatting;

namespace TechBridge.Web.Auth;

/// <summary>
/// Keeps sign-in tickets in the database (<see cref="UserSession"/>); the cookie holds only the session id. Signing out
/// deletes the row, so a copied cookie is worthless afterwards, and ending sessions (password change, role change,
/// disabling, "sign out everywhere") is deleting rows.
/// </summary>
internal sealed class SessionTicketStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider time) : ITicketStore
{
    private readonly IDataProtector protector = protection.CreateProtector("TechBridge.Auth.SessionTicket.v1");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var id = UserPrincipal.SessionId(ticket.Principal) ?? Guid.NewGuid();
        await AddAsync(id, ticket);
        return id.ToString();
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        if (!Guid.TryParse(key, out var id))
        {
            return;
        }

        if (UserPrincipal.SessionId(ticket.Principal) is { } signedIn && signedIn != id)
        {
            // A fresh sign-in in a request that came with a session cookie (signing in again, or re-signing in after a
            // password change ended every session): the handler keeps the cookie's key, so the new session takes it.
            // A sliding renewal carries its own id and only ever updates, so a revoked session never comes back.
            await ReplaceAsync(id, ticket);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var ticketBytes = Protect(ticket);
        var now = Clock.UtcNow(time);
        // One statement, not audited: renewing a sliding expiry is not a change anyone needs to review.
        await db.UserSessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Ticket, ticketBytes)
            .SetProperty(x => x.LastSeenAt, now)
            .SetProperty(x => x.ExpiresAt, ticket.Properties.ExpiresUtc));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        if (!Guid.TryParse(key, out var id))
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var row = await db.UserSessions.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.Ticket, s.ExpiresAt }).SingleOrDefaultAsync();
        if (row is null || (row.ExpiresAt is { } expires && expires < Clock.UtcNow(time)))
        {
            return null;
        }

        try
        {
            return TicketSerializer.Default.Deserialize(protector.Unprotect(row.Ticket));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null; // keys rotated or the row was tampered with: the session is simply over
        }
    }

    public async Task RemoveAsync(string key)
    {
        if (!Guid.TryParse(key, out var id))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var row = await db.UserSessions.SingleOrDefaultAsync(s => s.Id == id);
        if (row is not null)
        {
            db.UserSessions.Remove(row);
            await db.SaveChangesAsync();
        }
    }

    private async Task ReplaceAsync(Guid id, AuthenticationTicket ticket)
    {
        await RemoveAsync(id.ToString());
        var identity = ticket.Principal.Identities.First().Clone();
        identity.TryRemoveClaim(identity.FindFirst(UserPrincipal.SessionClaim));
        identity.AddClaim(new Claim(UserPrincipal.SessionClaim, id.ToString()));
        await AddAsync(id, new AuthenticationTicket(new ClaimsPrincipal(identity), ticket.Properties, ticket.AuthenticationScheme));
    }

    private async Task AddAsync(Guid id, AuthenticationTicket ticket)
    {
        var userId = ticket.Principal.UserId() ?? throw new InvalidOperationException("A session needs a signed-in user.");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TechBridgeDbContext>();
        var http = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext;
        var now = Clock.UtcNow(time);
        db.UserSessions.Add(new UserSession
        {
            Id = id,
            UserId = userId,
            Ticket = Protect(ticket),
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = ticket.Properties.ExpiresUtc,
            UserAgent = Truncate(http?.Request.Headers.UserAgent.ToString(), 300),
            IpAddress = Truncate(http?.Connection.RemoteIpAddress?.ToString(), 64),
        });
        await db.SaveChangesAsync();
    }

    private byte[] Protect(AuthenticationTicket ticket) => protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private static string? Truncate(string? value, int length) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= length ? value : value[..length];
}

/// <summary>Puts <see cref="SessionTicketStore"/> on the sign-in cookie.</summary>
internal sealed class SessionTicketStoreSetup(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider time)
    : Microsoft.Extensions.Options.IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name == CookieAuthenticationDefaults.AuthenticationScheme)
        {
            options.SessionStore = new SessionTicketStore(scopes, protection, time);
        }
    }
}
