namespace EventSystem.WebFarm;

/// <summary>The catalogue's HTTP API.</summary>
public static class CatalogueEndpoints
{
    /// <summary>Maps <c>GET /products/{id}</c>, served from this instance's cache, and <c>PUT /products/{id}</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapCatalogue(this IEndpointRouteBuilder app)
    {
        app.MapGet("/products/{id:int}", GetAsync);
        app.MapPut("/products/{id:int}", PutAsync);
        return app;
    }

    private static async Task<IResult> GetAsync(int id, ProductCache cache, EventSystemNode node)
    {
        var (product, fromCache) = await cache.GetAsync(id);
        return product is null
            ? Results.NotFound()
            : Results.Ok(new ProductView(product.Id, product.Name, product.Price, node.ServerName, fromCache));
    }

    /// <summary>
    /// Writes the shared store first, then raises the event: this instance's subscriber evicts its own copy before
    /// the raise returns, and every other instance evicts when the event arrives.
    /// </summary>
    private static async Task<IResult> PutAsync(
        int id, ProductUpdate update, ProductStore store, IEventRegistry registry, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(update.Name) || update.Price < 0)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["product"] = ["Give a non-empty name and a price of zero or more."],
            });
        }

        var product = new Product(id, update.Name, update.Price);
        await store.SaveAsync(product);
        try
        {
            // The registry overload, not the default node: a test host may run several instances in one process.
            await ProductChanged.RaiseAsync(registry, new ProductChangedArgs(id), cancellationToken);
        }
        catch (EventSystemUnavailableException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok(product);
    }
}
