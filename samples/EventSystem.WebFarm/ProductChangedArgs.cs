namespace EventSystem.WebFarm;

/// <summary>The argument of <see cref="ProductChanged"/>: which product changed.</summary>
public sealed record ProductChangedArgs(int ProductId);
