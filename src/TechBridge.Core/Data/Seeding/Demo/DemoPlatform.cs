using TechBridge.Core.Accounts;
using TechBridge.Core.Directory;
using TechBridge.Core.Facilities;
using TechBridge.Core.Facilities.Reservations;

namespace TechBridge.Core.Data.Seeding.Demo;

/// <summary>
/// The generated i-Platform on top of the demo directory and equipment: further equipment centers with their equipment,
/// a representative institution per industry (<see cref="Representatives"/>: industry code → organisation), company user
/// accounts, and a year of reservations and blackouts. <see cref="Updated"/> lists earlier demo equipment given the fee
/// and booking rules of its kind (a database seeded before fees existed). Every new entity has <c>IsDemo = true</c> where
/// the model has the flag.
/// </summary>
public sealed record DemoPlatform(
    IReadOnlyList<Organization> Organizations,
    IReadOnlyDictionary<string, Guid> Representatives,
    IReadOnlyList<Equipment> Equipment,
    IReadOnlyList<Equipment> Updated,
    IReadOnlyList<UserAccount> Users,
    IReadOnlyList<Reservation> Reservations,
    IReadOnlyList<EquipmentBlackout> Blackouts);
