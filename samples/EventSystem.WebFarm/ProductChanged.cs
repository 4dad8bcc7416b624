namespace EventSystem.WebFarm;

/// <summary>A product changed in the database; every instance drops its cached copy.</summary>
[RemoteEvent<ProductChangedArgs, WebFarmJsonContext>("3e8a4f52-9c1d-4b7e-a6f0-58d2c7b91e34")]
public static partial class ProductChanged;
