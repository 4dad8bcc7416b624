using EventSystem.Generators.Emit;
using EventSystem.Generators.Model;

namespace EventSystem.Generators.Tests;

public class EventFilesTests
{
    [Fact]
    public void Thousand_events_share_a_bounded_number_of_files_and_each_is_written_once()
    {
        var events = Enumerable.Range(0, 1000).Select(i => Event($"Shop.Event{i}")).ToArray();

        var buckets = EventFiles.Group([.. events], CancellationToken.None);

        var files = buckets.SelectMany(b => b.Files).ToArray();
        Assert.Equal(EventFiles.BucketCount, buckets.Length);
        Assert.InRange(files.Length, EventFiles.BucketCount / 2, EventFiles.BucketCount);
        Assert.Equal(events.Select(e => e.FullName).Order(),
            files.SelectMany(f => f.Events).Select(e => e.FullName).Order());
        Assert.Equal(files.Length, files.Select(f => f.HintName).Distinct().Count());
    }

    [Fact]
    public void Events_with_different_file_directives_never_share_a_file()
    {
        var events = Enumerable.Range(0, 200)
            .Select(i => Event($"Shop.Event{i}", i % 2 == 0 ? "using Shop.Contracts;" : "using Shop.Other;"))
            .ToArray();

        var files = EventFiles.Group([.. events], CancellationToken.None).SelectMany(b => b.Files).ToArray();

        Assert.True(files.Length > EventFiles.BucketCount, $"{files.Length} files");
        Assert.All(files, file => Assert.Single(file.Events.Select(e => e.FileDirectives).Distinct()));
        Assert.All(files, file => Assert.Equal(file.FileDirectives, file.Events[0].FileDirectives));
        Assert.Equal(files.Length, files.Select(f => f.HintName).Distinct().Count());
    }

    [Fact]
    public void Each_bucket_keeps_its_position_so_a_new_event_changes_one_bucket()
    {
        var events = Enumerable.Range(0, 10).Select(i => Event($"Shop.Event{i}")).ToArray();

        var before = EventFiles.Group([.. events], CancellationToken.None);
        var after = EventFiles.Group([.. events, Event("Shop.Added")], CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, EventFiles.BucketCount), after.Select(b => b.Bucket));
        var changed = Enumerable.Range(0, EventFiles.BucketCount).Where(i => !before[i].Equals(after[i])).ToList();
        var added = Assert.Single(changed);
        Assert.Contains(after[added].Files, file => file.Events.Any(e => e.FullName == "Shop.Added"));
    }

    [Fact]
    public void Grouping_does_not_depend_on_the_order_events_are_found_in()
    {
        var events = Enumerable.Range(0, 300).Select(i => Event($"Shop.Event{i}")).ToArray();

        var forward = EventFiles.Group([.. events], CancellationToken.None);
        var backward = EventFiles.Group([.. events.Reverse()], CancellationToken.None);

        // SequenceEqual, not Assert.Equal: xunit compares the models' arrays item by item in its own way.
        Assert.True(forward.SequenceEqual(backward));
    }

    [Fact]
    public void Class_declared_twice_with_the_attribute_is_written_once()
    {
        var buckets = EventFiles.Group([Event("Shop.Twice"), Event("Shop.Twice"), null], CancellationToken.None);

        Assert.Single(Assert.Single(buckets.SelectMany(b => b.Files)).Events);
    }

    private static EventModel Event(string fullName, params string[] directives) => new(
        fullName,
        new EquatableArray<string>(directives),
        EquatableArray<NamespaceModel>.Empty,
        EquatableArray<ContainingTypeModel>.Empty,
        fullName.Split('.')[^1],
        "0b6f3c1e-5a7d-4a53-9d0e-2f4a8c1b7e90",
        null,
        null);
}
