namespace EventSystem.Demo;

/// <summary>The lines the coordinator and its servers exchange over standard input and output.</summary>
internal static class Protocol
{
    /// <summary>Server to coordinator: the node is started and its events are registered.</summary>
    public const string Ready = "@ready";

    /// <summary>Server to coordinator: raising is over.</summary>
    public const string DoneSending = "@done-sending";

    /// <summary>Server to coordinator, followed by a space and the JSON of a <see cref="ServerSummary"/>.</summary>
    public const string Summary = "SUMMARY";

    /// <summary>Coordinator to servers: start raising.</summary>
    public const string Go = "go";

    /// <summary>Coordinator to servers: every server stopped raising; settle and report.</summary>
    public const string Finish = "finish";
}
