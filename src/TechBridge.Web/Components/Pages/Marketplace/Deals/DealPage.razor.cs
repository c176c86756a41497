using System.Globalization;
using Microsoft.AspNetCore.Components;
using TechBridge.Core.Marketplace.Deals;
using TechBridge.Core.Shared.Errors;
using TechBridge.Core.Shared.Formatting;
using TechBridge.Web.Api;
using TechBridge.Web.Auth;

namespace TechBridge.Web.Components.Pages.Marketplace.Deals;

/// <summary>The deal page's handlers: each form posts its fields, the service decides, the page shows field errors or the outcome.</summary>
public sealed partial class DealPage
{
    private DealView? deal;
    private IReadOnlyDictionary<string, string[]>? errors;
    private string? notice;
    private bool failed;
    private string? occurredOn;
    private string? licenceKind;
    private string? upfront;
    private string? royalty;
    private string? note;
    private string? reason;
    private string? lossNote;
    private string? year;
    private string? quarter;
    private string? revenue;
    private string? royaltyPaid;

    [Parameter] public Guid Id { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    private Guid Me => HttpContext.User.UserId()!.Value;

    private DateOnly Today => DateOnly.FromDateTime(Kst.ToKst(Time.GetUtcNow()).DateTime);

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            deal = await Queries.DealAsync(Me, Id);
        }
        catch (NotFoundException)
        {
            Navigation.NotFound();
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Percent(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) + " %" : "—";

    private Task RecordAsync() => RunAsync(async () =>
    {
        var form = HttpContext.Request.Form;
        occurredOn = form["occurredOn"];
        licenceKind = form["licenceKind"];
        upfront = form["upfrontFeeKrw"];
        royalty = form["royaltyPercent"];
        note = form["note"];
        var stage = form["stage"].ToString();
        var files = DealEndpoints.Files(form);
        try
        {
            var input = DealEndpoints.Parse(DealEndpoints.FromForm(form));
            await Service.RecordStepAsync(Me, Id, input, files, Version(form));
        }
        finally
        {
            foreach (var file in files)
            {
                await file.Content.DisposeAsync();
            }
        }

        occurredOn = licenceKind = upfront = royalty = note = null;
        return L["Deals.Recorded", L[$"Deals.Stage.{stage}"]];
    });

    private Task LoseAsync() => RunAsync(async () =>
    {
        var form = HttpContext.Request.Form;
        reason = form["reason"];
        lossNote = form["lossNote"];
        var parsed = Enum.TryParse<DealLossReason>(reason, out var r) && Enum.IsDefined(r) && !int.TryParse(reason, out _) ? r : (DealLossReason?)null;
        try
        {
            await Service.LoseAsync(Me, Id, parsed, lossNote, Version(form));
        }
        catch (ValidationFailedException e) when (e.Errors.ContainsKey("note"))
        {
            // The step form has a note too: the loss note's message goes beside the loss note.
            throw new ValidationFailedException(e.Errors.ToDictionary(x => x.Key == "note" ? "lossNote" : x.Key, x => x.Value, StringComparer.Ordinal));
        }

        reason = lossNote = null;
        return L["Deals.LostDone"];
    });

    private Task ReportAsync() => RunAsync(async () =>
    {
        var form = HttpContext.Request.Form;
        year = form["year"];
        quarter = form["quarter"];
        revenue = form["revenueKrw"];
        royaltyPaid = form["royaltyPaidKrw"];
        var errors = new ValidationErrors();
        var y = DealEndpoints.Number<int>(errors, form, "year", "Deal.Field.Year");
        var q = DealEndpoints.Number<int>(errors, form, "quarter", "Deal.Field.Quarter");
        var rev = DealEndpoints.Number<long>(errors, form, "revenueKrw", "Deal.Field.Revenue");
        var paid = DealEndpoints.Number<long>(errors, form, "royaltyPaidKrw", "Deal.Field.RoyaltyPaid");
        errors.ThrowIfAny();
        await Service.ReportRevenueAsync(Me, Id, new DealRevenueInput(y, q, rev, paid));
        year = quarter = revenue = royaltyPaid = null;
        return L["Deals.Reported"];
    });

    private static long? Version(IFormCollection form) => long.TryParse(form["version"], out var v) ? v : null;

    private async Task RunAsync(Func<Task<string>> action)
    {
        try
        {
            notice = await action();
            failed = false;
        }
        catch (ValidationFailedException e)
        {
            errors = e.Errors;
            notice = L["Form.FixErrors"];
            failed = true;
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (BusinessRuleException e)
        {
            notice = e.Message;
            failed = true;
            HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        }
        catch (StaleVersionException)
        {
            notice = L["Form.ChangedBySomeoneElse"];
            failed = true;
            HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        }
        catch (ForbiddenException e)
        {
            notice = e.Message;
            failed = true;
            HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        catch (NotFoundException)
        {
            // A form post must not answer 404 (Blazor would re-execute the page): the deal is gone or not the caller's.
            notice = L["Deals.NotFound"];
            failed = true;
            HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
            return;
        }

        await LoadAsync();
    }
}
