namespace EventSystem.WebFarm;

/// <summary>
/// Runs on every instance, the raising one included, for each <see cref="ProductChanged"/>. It is resolved from
/// dependency injection in a scope of its own per event.
/// </summary>
public sealed partial class ProductCacheInvalidator(ProductCache cache, ILogger<ProductCacheInvalidator> logger)
    : IEventSubscriber<ProductChangedArgs>
{
    /// <inheritdoc/>
    public Task HandleAsync(
        ProductChangedArgs args, EventNotificationEventArgs details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(details);
        cache.Evict(args.ProductId);
        Evicted(logger, args.ProductId, details.ServerName ?? "this server");
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Evicted product {ProductId}, changed on {Server}")]
    private static partial void Evicted(ILogger logger, int productId, string server);
}
