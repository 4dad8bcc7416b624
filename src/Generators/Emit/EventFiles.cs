using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using EventSystem.Generators.Model;

namespace EventSystem.Generators.Emit;

/// <summary>
/// Shares generated files among events. The compiler pays a few microseconds per generated file on every edit,
/// even when nothing changed, so one file per event would cost about 5 ms per keystroke at 1,000 events. Events
/// go into <see cref="BucketCount"/> buckets by a stable hash of their names, and a bucket writes one file per set
/// of file directives among its events, so adding or changing an event rewrites one small file.
/// </summary>
internal static class EventFiles
{
    public const int BucketCount = 64;

    public static ImmutableArray<EventBucketModel> Group(
        ImmutableArray<EventModel?> events, CancellationToken cancellationToken)
    {
        var buckets = new List<EventModel>[BucketCount];
        foreach (var model in events)
        {
            if (model is not null)
            {
                var bucket = (int)(StableHash(model.FullName) % BucketCount);
                (buckets[bucket] ??= []).Add(model);
            }
        }

        var result = ImmutableArray.CreateBuilder<EventBucketModel>(BucketCount);
        for (var bucket = 0; bucket < BucketCount; bucket++)
        {
            result.Add(new EventBucketModel(bucket, buckets[bucket] is { } members
                ? new EquatableArray<EventFileModel>(Files(bucket, members))
                : EquatableArray<EventFileModel>.Empty));
        }

        return result.MoveToImmutable();
    }

    private static List<EventFileModel> Files(int bucket, List<EventModel> members)
    {
        var files = new List<EventFileModel>();
        var hintNames = new HashSet<string>();
        var sets = members
            .GroupBy(model => model.FileDirectives)
            .OrderBy(set => string.Join("\n", set.Key), StringComparer.Ordinal);
        foreach (var set in sets)
        {
            var hintName = HintName(bucket, set.Key, suffix: 1);
            for (var suffix = 2; !hintNames.Add(hintName); suffix++)
            {
                hintName = HintName(bucket, set.Key, suffix);
            }

            // A class declared twice with the attribute is a compiler error already; write its members once.
            var unique = set
                .GroupBy(model => model.FullName)
                .Select(same => same.First())
                .OrderBy(model => model.FullName, StringComparer.Ordinal);
            files.Add(new EventFileModel(hintName, set.Key, new EquatableArray<EventModel>(unique)));
        }

        return files;
    }

    /// <summary>FNV-1a: unlike <c>string.GetHashCode</c>, the same in every process and on every machine.</summary>
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var character in text)
        {
            hash = unchecked((hash ^ character) * 16777619u);
        }

        return hash;
    }

    private static string HintName(int bucket, EquatableArray<string> directives, int suffix)
    {
        var name = "RemoteEvents." + bucket.ToString("D2", CultureInfo.InvariantCulture);
        if (directives.Count > 0)
        {
            name += "." + StableHash(string.Join("\n", directives)).ToString("x8", CultureInfo.InvariantCulture);
        }

        return (suffix > 1 ? name + "-" + suffix.ToString(CultureInfo.InvariantCulture) : name) + ".g.cs";
    }
}
