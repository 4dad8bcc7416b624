using Microsoft.Extensions.Caching.Memory;

namespace EventSystem.WebFarm;

/// <summary>
/// This instance's copy of the catalogue, in <see cref="IMemoryCache"/>. Entries live long on purpose: they go
/// stale only when a <see cref="ProductChanged"/> event says so, or when events were missed.
/// </summary>
public sealed class ProductCache(IMemoryCache cache, ProductStore store)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>Returns the product from the cache, or from the store (caching it); null if there is none.</summary>
    public async Task<(Product? Product, bool FromCache)> GetAsync(int id)
    {
        if (cache.TryGetValue(Key(id), out Product? cached))
        {
            return (cached, true);
        }

        var product = await store.FindAsync(id);
        if (product is not null)
        {
            cache.Set(Key(id), product, Lifetime);
        }

        return (product, false);
    }

    /// <summary>Drops one product's cached copy.</summary>
    public void Evict(int id) => cache.Remove(Key(id));

    /// <summary>Drops every cached product: after missed events, any of them may be stale.</summary>
    public void EvictAll()
    {
        if (cache is MemoryCache memory)
        {
            memory.Clear();
        }
    }

    private static string Key(int id) => $"product:{id}";
}
