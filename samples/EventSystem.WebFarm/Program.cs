using EventSystem;
using EventSystem.WebFarm;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using StackExchange.Redis;

var builder = WebApplication.CreateBuilder(args);

// One Redis connection for the whole instance: the catalogue store uses it, and the event system reuses it.
builder.Services.AddSingleton<IConnectionMultiplexer>(provider =>
{
    var redis = ConfigurationOptions.Parse(
        provider.GetRequiredService<IConfiguration>().GetConnectionString("Redis") ?? "127.0.0.1:6379");

    // RESP2 gives the subscription a connection of its own, so a cut subscription is noticed and reported.
    redis.Protocol = RedisProtocol.Resp2;
    return ConnectionMultiplexer.Connect(redis);
});
builder.Services.AddEventSystem(builder.Configuration.GetSection("EventSystem"));
builder.Services.AddEventSubscriber<ProductCacheInvalidator, ProductChangedArgs>(ProductChanged.GetEvent);
builder.Services.AddMemoryCache();
builder.Services.AddSingleton<ProductStore>();
builder.Services.AddSingleton<ProductCache>();
builder.Services.AddHealthChecks().AddEventSystem(degradedAfterMissed: TimeSpan.FromMinutes(1));

var app = builder.Build();
await app.Services.GetRequiredService<ProductStore>().SeedAsync();

// After missed events any product may be stale here: start over from the store.
var cache = app.Services.GetRequiredService<ProductCache>();
ProductChanged.SubscribeMissed(app.Services.GetRequiredService<IEventRegistry>(), _ => cache.EvictAll());

app.MapCatalogue();
app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
app.MapFarmMetrics();
await app.RunAsync();
