using static EventSystem.Generators.Emit.GlobalNames;

namespace EventSystem.Generators.Emit;

/// <summary>Writes the members of an event without an argument.</summary>
internal static class PlainMembers
{
    public static void Write(CodeWriter writer) => writer.Lines($$"""
        /// <summary>
        /// Returns this event's <see cref="{{Event}}"/> in
        /// <paramref name="registry"/>.
        /// </summary>
        public static {{Event}} GetEvent(
            {{Registry}} registry) =>
            {{Support}}.Resolve(
                registry, Id);

        /// <summary>
        /// Raises the event on every server through the default node: this server's handlers
        /// run first, then the call returns once Redis has taken the broadcast.
        /// </summary>
        public static void Raise() =>
            Raise({{DefaultRegistry}});

        /// <summary>
        /// Raises the event on every server through <paramref name="registry"/>.
        /// </summary>
        public static void Raise(
            {{Registry}} registry) =>
            GetEvent(registry).Raise(
                RaiserId, null, {{RaiseOption}}.RaiseBroadcast);

        /// <summary>
        /// Raises the event on every server through the default node without blocking.
        /// </summary>
        public static {{Task}} RaiseAsync(
            {{Token}} cancellationToken = default) =>
            RaiseAsync({{DefaultRegistry}}, cancellationToken);

        /// <summary>
        /// Raises the event on every server through <paramref name="registry"/> without
        /// blocking.
        /// </summary>
        public static {{Task}} RaiseAsync(
            {{Registry}} registry,
            {{Token}} cancellationToken = default) =>
            GetEvent(registry).RaiseAsync(
                RaiserId, null, {{RaiseOption}}.RaiseBroadcast, cancellationToken);

        /// <summary>
        /// Runs this server's handlers only, through the default node; nothing is sent to
        /// Redis.
        /// </summary>
        public static void RaiseLocally() =>
            RaiseLocally({{DefaultRegistry}});

        /// <summary>
        /// Runs the handlers of <paramref name="registry"/> only; nothing is sent to Redis.
        /// </summary>
        public static void RaiseLocally(
            {{Registry}} registry) =>
            GetEvent(registry).Raise(
                RaiserId, null, {{RaiseOption}}.RaiseLocally);

        /// <summary>
        /// Calls <paramref name="handler"/> for every raise that reaches the default node.
        /// </summary>
        /// <returns>A subscription; dispose it to stop.</returns>
        public static {{Disposable}} Subscribe(
            global::System.Action<{{Details}}> handler) =>
            Subscribe({{DefaultRegistry}}, handler);

        /// <summary>
        /// Calls <paramref name="handler"/> for every raise that reaches
        /// <paramref name="registry"/>.
        /// </summary>
        /// <returns>A subscription; dispose it to stop.</returns>
        public static {{Disposable}} Subscribe(
            {{Registry}} registry,
            global::System.Action<{{Details}}> handler) =>
            {{Support}}.Subscribe(GetEvent(registry), handler);

        /// <summary>
        /// Calls the asynchronous <paramref name="handler"/> for every raise that reaches the
        /// default node; its task is awaited on the handler's worker.
        /// </summary>
        /// <returns>A subscription; dispose it to stop.</returns>
        public static {{Disposable}} Subscribe(
            global::System.Func<
                {{Details}},
                {{Task}}> handler) =>
            Subscribe({{DefaultRegistry}}, handler);

        /// <summary>
        /// Calls the asynchronous <paramref name="handler"/> for every raise that reaches
        /// <paramref name="registry"/>.
        /// </summary>
        /// <returns>A subscription; dispose it to stop.</returns>
        public static {{Disposable}} Subscribe(
            {{Registry}} registry,
            global::System.Func<
                {{Details}},
                {{Task}}> handler) =>
            {{Support}}.Subscribe(GetEvent(registry), handler);

        """);
}
