namespace EventSystem.Generators.Benchmarks;

/// <summary>What is computed on the edited compilation, untimed, before the generator runs.</summary>
internal enum EditWarmup
{
    /// <summary>Nothing: the generator is the first to ask the new compilation anything.</summary>
    None,

    /// <summary>
    /// The declaration table and the namespace's members, as any other generator or analyzer that looks up a
    /// symbol builds them.
    /// </summary>
    Declarations,

    /// <summary>
    /// Also every event class's attributes. Not a user-visible case: it shows how much of the time is attribute
    /// binding, which nothing else does on the compilation that generators see.
    /// </summary>
    Attributes,
}
