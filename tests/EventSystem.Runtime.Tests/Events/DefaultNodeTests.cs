namespace EventSystem.Runtime.Tests.Events;

[Collection(DefaultNodeGroup.Name)]
public sealed class DefaultNodeTests
{
    [Fact]
    public async Task The_started_node_becomes_the_default_until_it_stops()
    {
        var node = await EventSystemNode.StartAsync(new EventSystemOptions());
        Assert.Same(node, EventSystemNode.Default);
        Assert.Same(node, EventSystemNode.RequireDefault());
        await node.DisposeAsync();
        Assert.NotSame(node, EventSystemNode.Default);
    }
}
