namespace EventSystem.Sequencing;

/// <summary>An inclusive range of sequence numbers.</summary>
internal readonly record struct SequenceRange(long First, long Last)
{
    public long Count => Last - First + 1;
}
