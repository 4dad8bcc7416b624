namespace EventSystem.Generators.Emit;

/// <summary>Fully qualified names the generated code uses, so that no user type can shadow them.</summary>
internal static class GlobalNames
{
    public const string Registry = "global::EventSystem.IEventRegistry";
    public const string Support = "global::EventSystem.Generated.RemoteEventSupport";
    public const string Details = "global::EventSystem.EventNotificationEventArgs";
    public const string Event = "global::EventSystem.Event";
    public const string RaiseOption = "global::EventSystem.EventRaiseOption";
    public const string Task = "global::System.Threading.Tasks.Task";
    public const string Token = "global::System.Threading.CancellationToken";
    public const string Disposable = "global::System.IDisposable";
    public const string DefaultRegistry = "global::EventSystem.EventSystemNode.RequireDefault()";
}
