using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization.Metadata;
using EventSystem;
using EventSystem.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the event system in an application's services.</summary>
public static class EventSystemServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="EventSystemNode"/> (also as <see cref="IEventRegistry"/>) and a hosted service that
    /// starts it before the application serves and stops it on shutdown. The options are validated when the host
    /// starts. An <see cref="IConnectionMultiplexer"/> registered by the application is reused, and left open.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Sets the options, for example the connection string and application name.</param>
    public static IServiceCollection AddEventSystem(
        this IServiceCollection services, Action<EventSystemOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        AddCore(services).Configure(configure);
        return services;
    }

    /// <summary>
    /// Registers the event system as <see cref="AddEventSystem(IServiceCollection, Action{EventSystemOptions})"/>
    /// does, with options bound from a configuration section (for example
    /// <c>builder.Configuration.GetSection("EventSystem")</c>) whose keys are the names of
    /// <see cref="EventSystemOptions"/> properties; durations are written like <c>00:00:02</c>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configuration">The section to bind.</param>
    /// <param name="configure">Sets what configuration cannot, such as JSON options; runs after binding.</param>
    [RequiresUnreferencedCode("Binds configuration by reflection; use the Action overload when trimming.")]
    [RequiresDynamicCode("Binds configuration by reflection; use the Action overload under Native AOT.")]
    public static IServiceCollection AddEventSystem(
        this IServiceCollection services, IConfiguration configuration, Action<EventSystemOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = AddCore(services).Bind(configuration);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return services;
    }

    /// <summary>
    /// Handles the event that <paramref name="resolveEvent"/> returns with <typeparamref name="TSubscriber"/>,
    /// resolved in a scope of its own for each delivery. With a <c>[RemoteEvent]</c> class, pass its
    /// <c>GetEvent</c> method:
    /// <c>services.AddEventSubscriber&lt;PriceCache, PriceChangedArgs&gt;(PriceChanged.GetEvent)</c>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="resolveEvent">Returns the event from the registry, with its argument type set.</param>
    public static IServiceCollection AddEventSubscriber<TSubscriber, TArgs>(
        this IServiceCollection services, Func<IEventRegistry, Event> resolveEvent)
        where TSubscriber : class, IEventSubscriber<TArgs>
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(resolveEvent);
        services.TryAddScoped<TSubscriber>();
        services.AddSingleton<IEventSubscriberBinding>(new EventSubscriberBinding<TSubscriber, TArgs>(resolveEvent));
        return services;
    }

    /// <summary>
    /// Handles the event <paramref name="eventId"/> with <typeparamref name="TSubscriber"/>, reading its argument
    /// with the source-generated <paramref name="typeInfo"/>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="eventId">The event's id, the same on every server.</param>
    /// <param name="typeInfo">System.Text.Json metadata of the argument, e.g. from a JsonSerializerContext.</param>
    public static IServiceCollection AddEventSubscriber<TSubscriber, TArgs>(
        this IServiceCollection services, Guid eventId, JsonTypeInfo<TArgs> typeInfo)
        where TSubscriber : class, IEventSubscriber<TArgs>
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return services.AddEventSubscriber<TSubscriber, TArgs>(
            registry => registry.Get(eventId).UseParameterType(typeInfo));
    }

    /// <summary>
    /// Handles the event <paramref name="eventId"/> with <typeparamref name="TSubscriber"/>, reading its argument
    /// with reflection-based JSON metadata.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="eventId">The event's id, the same on every server.</param>
    [RequiresUnreferencedCode("Reflection-based JSON metadata; use the JsonTypeInfo overload when trimming.")]
    [RequiresDynamicCode("Reflection-based JSON metadata; use the JsonTypeInfo overload under Native AOT.")]
    public static IServiceCollection AddEventSubscriber<TSubscriber, TArgs>(
        this IServiceCollection services, Guid eventId)
        where TSubscriber : class, IEventSubscriber<TArgs> =>
        services.AddEventSubscriber<TSubscriber, TArgs>(
            registry => registry.Get(eventId).UseParameterType<TArgs>());

    private static OptionsBuilder<EventSystemOptions> AddCore(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<EventSystemOptions>().ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<EventSystemOptions>, EventSystemOptionsValidator>());
        services.TryAddSingleton(CreateNode);
        services.TryAddSingleton<IEventRegistry>(provider => provider.GetRequiredService<EventSystemNode>());
        services.AddHostedService<EventSystemHostedService>();
        return options;
    }

    private static EventSystemNode CreateNode(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<EventSystemOptions>>().Value;
        var loggerFactory = provider.GetService<ILoggerFactory>();
        var connection = provider.GetService<IConnectionMultiplexer>();
        return connection is null
            ? new EventSystemNode(options, loggerFactory)
            : new EventSystemNode(options, connection, loggerFactory);
    }
}
