using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EventSystem.WebFarm;

/// <summary>
/// The catalogue's "database": one Redis hash that every instance reads and writes, so that they agree on the
/// truth and differ only in what they have cached.
/// </summary>
public sealed class ProductStore(IConnectionMultiplexer redis, IOptions<EventSystemOptions> options)
{
    private readonly RedisKey key = $"webfarm:{options.Value.ApplicationName}:products";

    /// <summary>Adds the starting products where they are missing; existing ones are left as they are.</summary>
    public async Task SeedAsync()
    {
        Product[] seed = [new(1, "Espresso cup", 7.50m), new(2, "Milk jug", 12.00m), new(3, "Tamper", 24.90m)];
        foreach (var product in seed)
        {
            await redis.GetDatabase().HashSetAsync(key, Field(product.Id), Serialize(product), When.NotExists);
        }
    }

    /// <summary>Reads a product; <see langword="null"/> if there is none with that id.</summary>
    public async Task<Product?> FindAsync(int id)
    {
        var stored = await redis.GetDatabase().HashGetAsync(key, Field(id));
        return stored.IsNull ? null : JsonSerializer.Deserialize((byte[])stored!, WebFarmJsonContext.Default.Product);
    }

    /// <summary>Writes a product, replacing what was stored under its id.</summary>
    public Task SaveAsync(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return redis.GetDatabase().HashSetAsync(key, Field(product.Id), Serialize(product));
    }

    private static RedisValue Field(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static byte[] Serialize(Product product) =>
        JsonSerializer.SerializeToUtf8Bytes(product, WebFarmJsonContext.Default.Product);
}
