namespace EventSystem.Testing;

/// <summary>A Redis container that answers, and what removes it.</summary>
/// <param name="ConnectionString">A StackExchange.Redis connection string for it.</param>
/// <param name="Owner">Disposing it stops and removes the container.</param>
internal sealed record StartedContainer(string ConnectionString, IAsyncDisposable Owner);
