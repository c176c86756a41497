namespace TechBridge.Matching.Dense;

/// <summary>
/// An immutable view of a <see cref="VectorStore"/>: rows <c>[0, Rows)</c> of <see cref="Data"/> (each
/// <c>dims</c> floats, L2-normalised) with their ids, and a bitmap of rows that were deleted or replaced.
/// The writer only ever writes rows at or beyond the last published <see cref="Rows"/> and never changes a
/// published bitmap, so a reader holding a snapshot sees exactly one state without any lock.
/// </summary>
internal sealed class VectorSnapshot(float[] data, string?[] ids, int rows, ulong[] dead, int live)
{
    public static VectorSnapshot Empty { get; } = new([], [], 0, [], 0);

    public float[] Data { get; } = data;

    public string?[] Ids { get; } = ids;

    public int Rows { get; } = rows;

    public ulong[] Dead { get; } = dead;

    public int Live { get; } = live;

    public int Capacity => Ids.Length;

    public bool IsDead(int row) => (Dead[row >> 6] & (1UL << row)) != 0;
}
