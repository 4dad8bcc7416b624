namespace EventSystem.WebFarm;

/// <summary>A product of the catalogue, as stored in the shared "database".</summary>
public sealed record Product(int Id, string Name, decimal Price);
