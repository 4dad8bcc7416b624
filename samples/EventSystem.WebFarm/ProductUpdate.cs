namespace EventSystem.WebFarm;

/// <summary>The body of <c>PUT /products/{id}</c>.</summary>
public sealed record ProductUpdate(string Name, decimal Price);
