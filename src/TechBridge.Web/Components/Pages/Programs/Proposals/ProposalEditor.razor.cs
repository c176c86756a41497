using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TechBridge.Core.Data;
using TechBridge.Core.Directory;
using TechBridge.Core.Programs;
using TechBridge.Core.Programs.Calls;
using TechBridge.Core.Programs.Eligibility;
using TechBridge.Core.Programs.Proposals;
using TechBridge.Core.Shared;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Taxonomy;
using TechBridge.Web.Auth;
using TechBridge.Web.Components.Shared;

namespace TechBridge.Web.Components.Pages.Programs.Proposals;

public sealed partial class ProposalEditor : IDisposable
{
    /// <summary>How long typing must pause before the draft is saved.</summary>
    private static readonly TimeSpan SaveDelay = TimeSpan.FromSeconds(1.2);

    private readonly SemaphoreSlim saving = new(1, 1);
    private CancellationTokenSource? pending;
    private ProposalDraft? draft;
    private ProposalDetail? detail;
    private CallView? call;
    private TaxonomySnapshot? taxonomy;
    private IReadOnlyList<(string Code, string Name)> countries = [];
    private readonly Dictionary<PartnerRow, IReadOnlyList<(Guid Id, string Name, string CountryCode)>> suggestions = [];
    private long version;
    private SaveState state;
    private DateTimeOffset? savedAt;
    private string? failure;
    private IReadOnlyDictionary<string, string[]>? errors;
    private bool interactive;
    private bool sessionEnded;

    private enum SaveState
    {
        Saved,
        Dirty,
        Saving,
        Invalid,
        Conflict,
        Failed,
    }

    [Parameter, EditorRequired] public Guid ProposalId { get; set; }

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private InteractiveScopes Scopes { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    public void Dispose()
    {
        pending?.Cancel();
        pending?.Dispose();
        saving.Dispose();
    }

    protected override async Task OnInitializedAsync()
    {
        var user = await UserAsync();
        await using var scope = Scopes.Open(user);
        var services = scope.ServiceProvider;
        if (!await SessionCheck.IsCurrentAsync(services.GetRequiredService<TechBridgeDbContext>(), user, Time))
        {
            sessionEnded = true;
            return;
        }

        var userId = user.UserId()!.Value;
        var queries = services.GetRequiredService<ProposalQueries>();
        detail = await queries.GetAsync(userId, ProposalId);
        var (input, read) = await queries.EditableAsync(userId, ProposalId);
        version = read;
        draft = ProposalDraft.From(input, detail.Content.Partners);
        var actor = await services.GetRequiredService<ProgramActors>().FindAsync(userId);
        call = await services.GetRequiredService<CallQueries>().GetAsync(actor, detail.CallId);
        taxonomy = await services.GetRequiredService<TaxonomyCatalog>().GetAsync();
        countries = [.. CountryList.Options(taxonomy)];
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            interactive = true;
            StateHasChanged();
        }
    }

    private async Task<ClaimsPrincipal> UserAsync() => (await AuthenticationState).User;

    /// <summary>Marks the draft changed and saves it once typing pauses.</summary>
    private void Changed()
    {
        state = SaveState.Dirty;
        pending?.Cancel();
        pending?.Dispose();
        pending = new CancellationTokenSource();
        _ = SaveLaterAsync(pending.Token);
    }

    private async Task SaveLaterAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(SaveDelay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await InvokeAsync(SaveAsync);
    }

    private async Task SaveNowAsync()
    {
        pending?.Cancel();
        await SaveAsync();
    }

    private async Task SaveAsync()
    {
        if (draft is null || state is SaveState.Conflict)
        {
            return;
        }

        await saving.WaitAsync();
        try
        {
            state = SaveState.Saving;
            var input = draft.ToInput();
            var user = await UserAsync();
            await using var scope = Scopes.Open(user);
            var services = scope.ServiceProvider;
            if (!await SessionCheck.IsCurrentAsync(services.GetRequiredService<TechBridgeDbContext>(), user, Time))
            {
                sessionEnded = true;
                return;
            }

            var userId = user.UserId()!.Value;
            version = await services.GetRequiredService<ProposalService>().SaveAsync(userId, ProposalId, input, version);
            detail = await services.GetRequiredService<ProposalQueries>().GetAsync(userId, ProposalId);
            AdoptIds(detail.Content.Partners);
            errors = null;
            savedAt = Time.GetUtcNow();
            state = pending is { IsCancellationRequested: false } && state == SaveState.Dirty ? SaveState.Dirty : SaveState.Saved;
        }
        catch (ValidationFailedException e)
        {
            errors = e.Errors;
            state = SaveState.Invalid;
        }
        catch (StaleVersionException)
        {
            state = SaveState.Conflict;
        }
        catch (Exception e) when (e is BusinessRuleException or ForbiddenException or NotFoundException)
        {
            failure = e.Message;
            state = SaveState.Failed;
        }
        finally
        {
            saving.Release();
            StateHasChanged();
        }
    }

    /// <summary>New partner rows get the ids the save gave them (so the next save keeps them), and every row its invitation state.</summary>
    private void AdoptIds(IReadOnlyList<PartnerContent> saved)
    {
        var rows = draft!.Partners;
        for (var i = 0; i < rows.Count && i < saved.Count; i++)
        {
            rows[i].Id = saved[i].Id;
            rows[i].Response = saved[i].Response;
            rows[i].InvitedAt = saved[i].InvitedAt;
        }
    }

    private async Task NameTypedAsync(PartnerRow row, string? name)
    {
        row.Name = name;
        var match = suggestions.GetValueOrDefault(row)?.FirstOrDefault(o => string.Equals(o.Name, name?.Trim(), StringComparison.Ordinal));
        if (match is { } organization && organization.Id != Guid.Empty)
        {
            (row.OrganizationId, row.CountryCode) = (organization.Id, organization.CountryCode);
        }
        else if (row.OrganizationId is not null)
        {
            row.OrganizationId = null;
        }

        Changed();
        if (TextInput.Blank(name) is not { Length: >= 2 } text || match is not null)
        {
            return;
        }

        var user = await UserAsync();
        await using var scope = Scopes.Open(user);
        var found = await scope.ServiceProvider.GetRequiredService<OrganizationQueries>()
            .SearchAsync(new OrganizationFilter(Query: text), new PageRequest(1, 8));
        suggestions[row] = [.. found.Items.Select(o => (o.Id, Bilingual.Pick(o.NameKo, o.NameEn), o.CountryCode))];
    }

    private void AddPartner(PartnerRole role)
    {
        draft!.Partners.Add(new PartnerRow { Role = role, CountryCode = role == PartnerRole.DomesticPartner ? "KR" : null });
        Changed();
    }

    private void AddResearcher()
    {
        draft!.Researchers.Add(new ResearcherRow { Partner = draft.Partners.FirstOrDefault(), Role = ResearcherRole.Researcher });
        Changed();
    }

    private void AddDispatch()
    {
        var host = draft!.Partners.FirstOrDefault(p => p.Role == PartnerRole.Overseas);
        draft.Dispatch.Add(new DispatchRow { Researcher = draft.Researchers.FirstOrDefault(), Institution = host?.Name, CountryCode = host?.CountryCode, FromMonth = 1 });
        Changed();
    }

    private string PartnerIndex(PartnerRow? row) => row is null ? string.Empty : draft!.Partners.IndexOf(row).ToString(CultureInfo.InvariantCulture);

    private PartnerRow? PartnerAt(string? index) =>
        int.TryParse(index, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < draft!.Partners.Count ? draft.Partners[i] : null;

    private string ResearcherIndex(ResearcherRow? row) => row is null ? string.Empty : draft!.Researchers.IndexOf(row).ToString(CultureInfo.InvariantCulture);

    private ResearcherRow? ResearcherAt(string? index) =>
        int.TryParse(index, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < draft!.Researchers.Count ? draft.Researchers[i] : null;

    private long Sum(PartnerRow partner, Func<BudgetCell, long?> amount) =>
        Enumerable.Range(1, draft!.Years).Sum(y => draft.Budget.TryGetValue((partner, y), out var cell) ? amount(cell) ?? 0 : 0);

    private IEnumerable<string> BudgetErrors() =>
        errors?.Where(e => e.Key.StartsWith("budget", StringComparison.Ordinal)).SelectMany(e => e.Value).Distinct() ?? [];

    private string ResponseText(PartnerRow row) =>
        row.Response == PartnerResponse.Pending && row.InvitedAt is null ? L["ProposalEditor.NotInvited"] : L[$"PartnerResponse.{row.Response}"];

    private string Won(long krw) => L["Calls.Won", krw.ToString("N0", CultureInfo.InvariantCulture)];
}
