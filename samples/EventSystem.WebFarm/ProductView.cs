namespace EventSystem.WebFarm;

/// <summary>What <c>GET /products/{id}</c> returns: the product, the instance that served it, whether cached.</summary>
public sealed record ProductView(int Id, string Name, decimal Price, string ServedBy, bool FromCache);
