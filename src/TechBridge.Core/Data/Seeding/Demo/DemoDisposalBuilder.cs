using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Disposals;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// Disposal cases on idle old demo equipment, one per step of the workflow (proposed twice, approved for transfer, approved
/// for disposal, rejected, disposed, transferred), each with the timeline its steps would have written, and the item
/// changed as the steps would have changed it. The first case goes to the demo operator's center when it has a candidate,
/// and the transfers go to that center (from others), so the demo operator sees both sides and its center keeps the most equipment.
/// </summary>
internal static class DemoDisposalBuilder
{
    public sealed record Candidate(Equipment Item, DisposalEvidence Evidence);

    public sealed record Person(Guid Id, string Name);

    private sealed record Plan(DisposalStatus Status, DisposalReasonKind Kind, string Text, string? Decision, int DaysAgo);

    private static readonly Plan[] Plans =
    [
        new(DisposalStatus.Proposed, DisposalReasonKind.Idle, "최근 1년간 이용 실적이 거의 없고 같은 분석을 하는 신형 장비가 센터에 있습니다.", null, 3),
        new(DisposalStatus.Proposed, DisposalReasonKind.Obsolete, "제조사 지원이 끝나 부품 수급과 소프트웨어 갱신이 어렵습니다.", null, 6),
        new(DisposalStatus.ApprovedForTransfer, DisposalReasonKind.Idle, "이 센터에서는 수요가 없지만 다른 산업의 센터에서 쓸 수 있습니다.", "수요가 있는 센터로 이전해 활용도를 높입니다.", 12),
        new(DisposalStatus.ApprovedForDisposal, DisposalReasonKind.BeyondRepair, "주요 모듈이 고장 나 수리비가 잔존가치보다 큽니다.", "수리 견적과 잔존가치를 확인했습니다. 처분을 승인합니다.", 20),
        new(DisposalStatus.Rejected, DisposalReasonKind.Idle, "이용률이 낮아 처분을 제안합니다.", "내년 과제에서 이용 계획이 있어 유지합니다.", 30),
        new(DisposalStatus.Disposed, DisposalReasonKind.Broken, "전원부 소손으로 가동할 수 없습니다.", "안전 점검 결과를 확인했습니다. 처분을 승인합니다.", 40),
        new(DisposalStatus.TransferAccepted, DisposalReasonKind.Idle, "센터 이전으로 설치 공간이 없어졌습니다.", "장비 수요가 있는 센터로 이전합니다.", 50),
    ];

    public static (List<DisposalCase> Cases, List<DisposalEvent> Events) Build(
        DateTimeOffset now, IReadOnlyList<Candidate> candidates, Guid? demoCenter, IReadOnlyList<Guid> centers, Func<Guid, Person> proposerOf,
        Person reviewer)
    {
        var cases = new List<DisposalCase>();
        var events = new List<DisposalEvent>();
        var ordered = candidates.OrderByDescending(c => c.Item.CenterId == demoCenter).ThenBy(c => c.Evidence.Rate).ThenBy(c => c.Item.Id).ToList();
        var used = new HashSet<Guid>();
        foreach (var plan in Plans)
        {
            var transfer = plan.Status is DisposalStatus.ApprovedForTransfer or DisposalStatus.TransferAccepted;
            // Transfers come from other centers, so the demo center keeps (or grows) its lead in equipment.
            var candidate = ordered.FirstOrDefault(c => !used.Contains(c.Item.Id) && (!transfer || c.Item.CenterId != demoCenter));
            if (candidate is null)
            {
                continue;
            }

            var item = candidate.Item;
            Guid? receiving = null;
            if (transfer)
            {
                receiving = demoCenter is { } d && d != item.CenterId ? d : centers.Where(x => x != item.CenterId).Select(x => (Guid?)x).FirstOrDefault();
                if (receiving is null)
                {
                    continue;
                }
            }

            used.Add(item.Id);
            var proposer = proposerOf(item.CenterId);
            var at = now.AddDays(-plan.DaysAgo);
            var disposal = new DisposalCase
            {
                EquipmentId = item.Id, CenterId = item.CenterId, IndustryCode = item.IndustryCode, ProposedById = proposer.Id, ReasonKind = plan.Kind,
                ReasonText = plan.Text, Status = plan.Status, PreviousStatus = item.Status, Evidence = candidate.Evidence, ReceivingCenterId = receiving,
                DecisionReason = plan.Decision, IsDemo = true, CreatedAt = at, UpdatedAt = at,
            };
            cases.Add(disposal);
            Add(events, disposal, proposer, DisposalEventKind.Proposed, plan.Text, null, at);
            item.Status = EquipmentStatus.DisposalCandidate;
            var decided = at.AddDays(2);
            switch (plan.Status)
            {
                case DisposalStatus.ApprovedForTransfer:
                    Add(events, disposal, reviewer, DisposalEventKind.ApprovedForTransfer, plan.Decision, receiving, decided);
                    break;
                case DisposalStatus.ApprovedForDisposal:
                    Add(events, disposal, reviewer, DisposalEventKind.ApprovedForDisposal, plan.Decision, null, decided);
                    break;
                case DisposalStatus.Rejected:
                    Add(events, disposal, reviewer, DisposalEventKind.Rejected, plan.Decision, null, decided);
                    item.Status = disposal.PreviousStatus;
                    break;
                case DisposalStatus.Disposed:
                    Add(events, disposal, reviewer, DisposalEventKind.ApprovedForDisposal, plan.Decision, null, decided);
                    disposal.DisposedOn = DateOnly.FromDateTime(decided.AddDays(7).ToOffset(Shared.Formatting.Kst.Offset).DateTime);
                    disposal.DisposalMethod = DisposalMethod.Scrap;
                    Add(events, disposal, proposer, DisposalEventKind.Disposed, "폐기물 처리 업체에 인계했습니다.", null, decided.AddDays(7));
                    item.Status = EquipmentStatus.Disposed;
                    break;
                case DisposalStatus.TransferAccepted:
                    Add(events, disposal, reviewer, DisposalEventKind.ApprovedForTransfer, plan.Decision, receiving, decided);
                    Add(events, disposal, proposerOf(receiving!.Value), DisposalEventKind.TransferAccepted, "설치 공간을 마련했습니다.", receiving, decided.AddDays(5));
                    item.CenterId = receiving.Value;
                    item.Status = EquipmentStatus.Available;
                    break;
            }

            disposal.UpdatedAt = events[^1].At;
            item.UpdatedAt = disposal.UpdatedAt;
        }

        return (cases, events);
    }

    private static void Add(List<DisposalEvent> events, DisposalCase c, Person actor, DisposalEventKind kind, string? text, Guid? center, DateTimeOffset at) =>
        events.Add(new DisposalEvent { CaseId = c.Id, ActorId = actor.Id, ActorName = actor.Name, Kind = kind, Text = text, CenterId = center, At = at });
}
