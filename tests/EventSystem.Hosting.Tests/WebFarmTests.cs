using System.Net;
using System.Net.Http.Json;
using EventSystem.Hosting.Tests.Support;
using EventSystem.Testing;
using EventSystem.WebFarm;

namespace EventSystem.Hosting.Tests;

/// <summary>Three instances of the web farm sample over HTTP against one real Redis.</summary>
public sealed class WebFarmTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);
    private static readonly string[] ServerNames = ["web-1", "web-2", "web-3"];

    [Fact]
    public async Task A_change_through_one_instance_is_seen_by_the_next_get_on_every_instance()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var application = $"webfarm-{Guid.NewGuid():N}";
        var instances = ServerNames.Select(name => new FarmInstance(redis, application, name)).ToArray();
        try
        {
            foreach (var instance in instances)
            {
                instance.StartServer();
            }

            var clients = instances.Select(instance => instance.CreateClient()).ToArray();
            Assert.All(clients, client => Assert.Equal("127.0.0.1", client.BaseAddress!.Host));
            foreach (var client in clients)
            {
                Assert.False((await GetProductAsync(client, 2)).FromCache);
            }

            var cached = await Task.WhenAll(clients.Select(client => GetProductAsync(client, 2)));
            Assert.All(cached, view => Assert.True(view.FromCache));
            Assert.All(cached, view => Assert.Equal("Milk jug", view.Name));
            Assert.Equal(ServerNames, cached.Select(view => view.ServedBy));

            using var put = await clients[1].PutAsJsonAsync("/products/2", new ProductUpdate("Milk jug, steel", 15.5m));
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);

            // The PUT returns once Redis took the event; the other instances evict when it reaches them.
            foreach (var client in clients)
            {
                ProductView? seen = null;
                await Eventually.UntilAsync(async () =>
                {
                    seen = await GetProductAsync(client, 2);
                    return seen.Name == "Milk jug, steel";
                }, Deadline, () => $"{client.BaseAddress} still serves {seen}");
                Assert.Equal(15.5m, seen!.Price);
            }

            var raiser = await GetProductAsync(clients[1], 2);
            Assert.True(raiser.FromCache, "the new value was not cached again");
            foreach (var client in clients)
            {
                using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, health.StatusCode);
                Assert.Contains("\"Healthy\"", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task The_instance_that_took_the_put_serves_the_new_value_at_once()
    {
        var redis = (await SharedRedis.GetAsync()).ConnectionString;
        var application = $"webfarm-{Guid.NewGuid():N}";
        await using var only = new FarmInstance(redis, application, "web-1");
        only.StartServer();
        var client = only.CreateClient();
        Assert.False((await GetProductAsync(client, 3)).FromCache);
        Assert.True((await GetProductAsync(client, 3)).FromCache);

        using var put = await client.PutAsJsonAsync("/products/3", new ProductUpdate("Tamper, 58 mm", 29m));
        put.EnsureSuccessStatusCode();

        var next = await GetProductAsync(client, 3);
        Assert.False(next.FromCache);
        Assert.Equal("Tamper, 58 mm", next.Name);
    }

    private static async Task<ProductView> GetProductAsync(HttpClient client, int id) =>
        await client.GetFromJsonAsync<ProductView>(new Uri($"/products/{id}", UriKind.Relative))
        ?? throw new InvalidOperationException($"GET /products/{id} returned nothing.");
}
