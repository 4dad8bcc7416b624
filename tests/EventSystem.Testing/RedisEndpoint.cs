namespace EventSystem.Testing;

/// <summary>A Redis that answered PING, and how it was found.</summary>
/// <param name="ConnectionString">A StackExchange.Redis connection string for it.</param>
/// <param name="Source">Which way of finding Redis produced it.</param>
public sealed record RedisEndpoint(string ConnectionString, RedisEndpointSource Source);
