namespace EventSystem.Hosting.Tests.Support;

/// <summary>A scoped service that counts how many instances were created and disposed.</summary>
internal sealed class DeliveryScope : IDisposable
{
    private static int created;
    private static int disposed;

    public DeliveryScope() => Id = Interlocked.Increment(ref created);

    public static int Created => Volatile.Read(ref created);

    public static int Disposed => Volatile.Read(ref disposed);

    public int Id { get; }

    public bool IsDisposed { get; private set; }

    public void Dispose()
    {
        IsDisposed = true;
        Interlocked.Increment(ref disposed);
    }
}
