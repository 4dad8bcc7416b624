namespace EventSystem.Sequencing;

/// <summary>What the gap tracker made of one received sequence number.</summary>
internal enum SequenceVerdict
{
    /// <summary>Not seen before: deliver it.</summary>
    New,

    /// <summary>Already delivered, already reported missed, or older than this node's start.</summary>
    DuplicateOrLate,

    /// <summary>So far beyond anything known that it is more likely forged than real.</summary>
    Implausible,
}
