using EventSystem;
using EventSystem.GeneratedSample;

// Without EVENTSYSTEM_REDIS the node runs in-process: raises reach this process's handlers only.
await using var node = await EventSystemNode.StartAsync(new EventSystemOptions
{
    RedisConnectionString = Environment.GetEnvironmentVariable("EVENTSYSTEM_REDIS"),
    ApplicationName = "generated-sample",
    ServerName = "sample-1",
});

var received = new TaskCompletionSource<OrderUpdatedArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
using var orders = OrderUpdated.Subscribe((order, details) =>
{
    Console.WriteLine($"Order {order.OrderId} is now {order.Status} (local: {details.IsLocal}, "
        + $"from: {details.ServerName ?? node.ServerName})");
    received.TrySetResult(order);
});
using var cleared = CacheCleared.Subscribe(details => Console.WriteLine($"Cache cleared (local: {details.IsLocal})"));
using var missed = OrderUpdated.SubscribeMissed(loss => Console.WriteLine($"Missed {loss.Count} raise(s)"));

await OrderUpdated.RaiseAsync(new OrderUpdatedArgs(42, "shipped"));
CacheCleared.Raise();
var order = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
Console.WriteLine(order.Status == "shipped" ? "OK" : "unexpected argument");
return order.Status == "shipped" ? 0 : 1;
