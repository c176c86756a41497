using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechBridge.Core.Accounts;
using TechBridge.Core.Marketplace.Events;
using TechBridge.Core.Shared.Audit;
using TechBridge.Core.Tests.Shared;

namespace TechBridge.Core.Tests.Marketplace.Events;

/// <summary>
/// An initialised host with a fake clock (2026-03-02) and the people of a small brokerage event: a coordinator who
/// organises, three participants (a company, a researcher reading English, a center operator), a program manager, a
/// second coordinator, and a company user who does not register.
/// </summary>
internal sealed class EventWorld : IAsyncDisposable
{
    private EventWorld(CoreHost host, FakeTime time)
    {
        Host = host;
        Time = time;
    }

    public CoreHost Host { get; }
    public FakeTime Time { get; }
    public Guid Organizer { get; private set; }
    public Guid OtherCoordinator { get; private set; }
    public Guid Manager { get; private set; }
    public Guid Company { get; private set; }
    public Guid Researcher { get; private set; }
    public Guid Center { get; private set; }
    public Guid Outsider { get; private set; }
    public IReadOnlyList<string> FieldCodes { get; private set; } = [];

    public static async Task<EventWorld> StartAsync(string provider)
    {
        var time = new FakeTime();
        var host = await CoreHost.StartInitializedAsync(provider, configure: services =>
        {
            services.AddScoped<IAuditActor>(_ => new TestAuditActor("evt-1", "행사 테스트", "req-event"));
            services.AddSingleton<TimeProvider>(time);
        });
        var world = new EventWorld(host, time);
        try
        {
            world.Organizer = await world.AccountAsync(Roles.Coordinator, "조정자");
            world.OtherCoordinator = await world.AccountAsync(Roles.Coordinator, "다른조정자");
            world.Manager = await world.AccountAsync(Roles.ProgramManager, "사업담당");
            world.Company = await world.AccountAsync(Roles.Company, "김기업");
            world.Researcher = await world.AccountAsync(Roles.Researcher, "Robin Lee", "en");
            world.Center = await world.AccountAsync(Roles.CenterOperator, "박센터");
            world.Outsider = await world.AccountAsync(Roles.Company, "남남");
            world.FieldCodes = await host.QueryAsync(db => db.Fields.OrderBy(f => f.SortOrder).Select(f => f.Code).Take(3).ToListAsync());
            return world;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>2026-03-20, 09:00–10:00 KST, 30-minute meetings (two slots), <paramref name="tables"/> tables, registration until 03-15.</summary>
    public static EventInput Input(int tables = 1, string lastDay = "2026-03-20") =>
        new("EUREKA 데이 기술협력 상담회", "Korea EUREKA Day brokerage", "한-유럽 기업 일대일 상담", "코엑스 그랜드볼룸", false,
            "2026-03-20", lastDay, "09:00", "10:00", 30, tables, "2026-03-15");

    public Task<Guid> CreateAsync(Guid user, EventInput? input = null) =>
        Host.RunAsync<EventService, Guid>(s => s.CreateAsync(user, input ?? Input()));

    public async Task<Guid> OpenEventAsync(int tables = 1)
    {
        var id = await CreateAsync(Organizer, Input(tables));
        await Host.RunAsync<EventService>(s => s.AdvanceAsync(Organizer, id, PartneringEventStatus.Open));
        return id;
    }

    public Task<Guid> RegisterAsync(Guid user, Guid eventId, string offers = "정밀 감속기 설계", string requests = "배터리 소재 협력", int[]? unavailable = null, string organization = "누리정밀") =>
        Host.RunAsync<EventService, Guid>(s => s.RegisterAsync(user, eventId, new RegistrationInput(organization, offers, requests, [FieldCodes[0]], unavailable ?? [])));

    public Task<Guid> RequestAsync(Guid user, Guid eventId, Guid recipient, string? message = "만나서 이야기 나누고 싶습니다.") =>
        Host.RunAsync<EventMeetingService, Guid>(s => s.RequestAsync(user, eventId, recipient, message));

    public Task AnswerAsync(Guid user, Guid eventId, Guid request, bool accept, string? reason = null) =>
        Host.RunAsync<EventMeetingService>(s => s.AnswerAsync(user, eventId, request, accept, reason));

    public Task<ScheduleRunResult> RunAsync(Guid user, Guid eventId) => Host.RunAsync<EventScheduleService, ScheduleRunResult>(s => s.RunAsync(user, eventId));

    public Task<ScheduleView> ScheduleAsync(Guid user, Guid eventId) => Host.RunAsync<EventQueries, ScheduleView>(q => q.ScheduleAsync(user, eventId));

    public Task<AgendaView> AgendaAsync(Guid user, Guid eventId) => Host.RunAsync<EventQueries, AgendaView>(q => q.AgendaAsync(user, eventId));

    public Task<ParticipantsPage> ParticipantsAsync(Guid user, Guid eventId) => Host.RunAsync<EventQueries, ParticipantsPage>(q => q.ParticipantsAsync(user, eventId));

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();

    private async Task<Guid> AccountAsync(string role, string name, string culture = "ko") =>
        (await Host.RunAsync<AccountService, UserAccount>(s => s.CreateAsync(new NewAccount($"{Guid.NewGuid():N}@example.kr", name, "Event-World-2026!", [role], culture, null)))).Id;
}
