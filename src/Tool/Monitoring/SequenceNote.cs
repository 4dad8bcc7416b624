namespace EventSystem.Tool.Monitoring;

/// <summary>
/// What one message's numbers say about the stream: a new counter epoch, numbers skipped before it
/// (<see cref="GapFrom"/> to <see cref="GapTo"/>), or numbers at or below ones already seen.
/// </summary>
internal readonly record struct SequenceNote(
    long? PreviousEpoch, bool EpochChanged, long GapFrom, long GapTo, bool LateOrDuplicate)
{
    public bool HasGap => GapTo >= GapFrom && GapFrom > 0;

    public long GapCount => HasGap ? GapTo - GapFrom + 1 : 0;
}
