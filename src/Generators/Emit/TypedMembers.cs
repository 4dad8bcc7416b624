using EventSystem.Generators.Model;
using static EventSystem.Generators.Emit.GlobalNames;

namespace EventSystem.Generators.Emit;

/// <summary>
/// Writes the members of an event with a typed argument. The argument's type name is the user's and can be
/// long, so it always starts a line of its own (a parameter or a generic argument) to keep lines under 120
/// columns.
/// </summary>
internal static class TypedMembers
{
    public static void Write(CodeWriter writer, ArgumentModel argument)
    {
        var args = argument.TypeName;
        var context = argument.JsonContextName;
        var checkedArgs = $"{Support}.RequireArgument(args)";
        var contextReference = context.IndexOf('<') < 0
            ? $"<see cref=\"{context}\"/>"
            : $"<c>{XmlDocText.Escape(context)}</c>";
        writer.Lines($$"""
            private static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<
                {{args}}>?
                eventSystemTypeInfo;

            /// <summary>
            /// Returns this event's <see cref="{{Event}}"/> in
            /// <paramref name="registry"/>, set to read its argument with the metadata of
            /// {{contextReference}}.
            /// </summary>
            public static {{Event}} GetEvent(
                {{Registry}} registry) =>
                {{Support}}.Resolve(
                    registry,
                    Id,
                    eventSystemTypeInfo ??= {{Support}}.TypeInfo<
                        {{args}}>(
                        {{context}}.Default));

            /// <summary>
            /// Raises the event on every server through the default node: this server's handlers
            /// run first, then the call returns once Redis has taken the broadcast.
            /// </summary>
            /// <param name="args">The argument every handler receives.</param>
            public static void Raise(
                {{args}} args) =>
                Raise({{DefaultRegistry}}, args);

            /// <summary>
            /// Raises the event on every server through <paramref name="registry"/>.
            /// </summary>
            /// <param name="registry">The registry (usually the node) to raise through.</param>
            /// <param name="args">The argument every handler receives.</param>
            public static void Raise(
                {{Registry}} registry,
                {{args}} args) =>
                GetEvent(registry).Raise(
                    RaiserId,
                    {{checkedArgs}},
                    {{RaiseOption}}.RaiseBroadcast);

            /// <summary>
            /// Raises the event on every server through the default node without blocking.
            /// </summary>
            /// <param name="args">The argument every handler receives.</param>
            /// <param name="cancellationToken">Stops waiting for Redis.</param>
            public static {{Task}} RaiseAsync(
                {{args}} args,
                {{Token}} cancellationToken = default) =>
                RaiseAsync({{DefaultRegistry}}, args, cancellationToken);

            /// <summary>
            /// Raises the event on every server through <paramref name="registry"/>, without
            /// blocking.
            /// </summary>
            /// <param name="registry">The registry (usually the node) to raise through.</param>
            /// <param name="args">The argument every handler receives.</param>
            /// <param name="cancellationToken">Stops waiting for Redis.</param>
            public static {{Task}} RaiseAsync(
                {{Registry}} registry,
                {{args}} args,
                {{Token}} cancellationToken = default) =>
                GetEvent(registry).RaiseAsync(
                    RaiserId,
                    {{checkedArgs}},
                    {{RaiseOption}}.RaiseBroadcast,
                    cancellationToken);

            /// <summary>
            /// Runs this server's handlers only, through the default node; nothing is sent to
            /// Redis.
            /// </summary>
            /// <param name="args">The argument every handler receives.</param>
            public static void RaiseLocally(
                {{args}} args) =>
                RaiseLocally({{DefaultRegistry}}, args);

            /// <summary>
            /// Runs the handlers of <paramref name="registry"/> only; nothing is sent to Redis.
            /// </summary>
            /// <param name="registry">The registry (usually the node) to raise through.</param>
            /// <param name="args">The argument every handler receives.</param>
            public static void RaiseLocally(
                {{Registry}} registry,
                {{args}} args) =>
                GetEvent(registry).Raise(
                    RaiserId,
                    {{checkedArgs}},
                    {{RaiseOption}}.RaiseLocally);

            /// <summary>
            /// Calls <paramref name="handler"/> with the argument and the delivery details of every
            /// raise that reaches the default node.
            /// </summary>
            /// <returns>A subscription; dispose it to stop.</returns>
            public static {{Disposable}} Subscribe(
                global::System.Action<
                    {{args}},
                    {{Details}}> handler) =>
                Subscribe({{DefaultRegistry}}, handler);

            /// <summary>
            /// Calls <paramref name="handler"/> with the argument and the delivery details of every
            /// raise that reaches <paramref name="registry"/>.
            /// </summary>
            /// <returns>A subscription; dispose it to stop.</returns>
            public static {{Disposable}} Subscribe(
                {{Registry}} registry,
                global::System.Action<
                    {{args}},
                    {{Details}}> handler) =>
                {{Support}}.Subscribe(GetEvent(registry), handler);

            /// <summary>
            /// Calls the asynchronous <paramref name="handler"/> for every raise that reaches the
            /// default node; its task is awaited on the handler's worker.
            /// </summary>
            /// <returns>A subscription; dispose it to stop.</returns>
            public static {{Disposable}} Subscribe(
                global::System.Func<
                    {{args}},
                    {{Details}},
                    {{Task}}> handler) =>
                Subscribe({{DefaultRegistry}}, handler);

            /// <summary>
            /// Calls the asynchronous <paramref name="handler"/> for every raise that reaches
            /// <paramref name="registry"/>; its task is awaited on the handler's worker.
            /// </summary>
            /// <returns>A subscription; dispose it to stop.</returns>
            public static {{Disposable}} Subscribe(
                {{Registry}} registry,
                global::System.Func<
                    {{args}},
                    {{Details}},
                    {{Task}}> handler) =>
                {{Support}}.Subscribe(GetEvent(registry), handler);

            """);
    }
}
