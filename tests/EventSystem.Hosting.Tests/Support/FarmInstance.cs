using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace EventSystem.Hosting.Tests.Support;

/// <summary>
/// One instance of the web farm sample, served by Kestrel on a 127.0.0.1 port of its own, against a given Redis and
/// application name.
/// </summary>
internal sealed class FarmInstance : WebApplicationFactory<EventSystem.WebFarm.ProductStore>
{
    private readonly string redis;
    private readonly string application;
    private readonly string server;

    public FarmInstance(string redis, string application, string server)
    {
        this.redis = redis;
        this.application = application;
        this.server = server;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Redis", redis);
        builder.UseSetting("EventSystem:ApplicationName", application);
        builder.UseSetting("EventSystem:ServerName", server);
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }
}
