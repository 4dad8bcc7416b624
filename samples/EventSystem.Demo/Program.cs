using EventSystem.Demo;

var arguments = DemoArguments.Parse(args, out var error);
if (arguments is null)
{
    await Console.Error.WriteLineAsync($"{error}\n{DemoArguments.Usage}");
    return 2;
}

return arguments.Role == "server"
    ? await DemoServer.RunAsync(arguments)
    : await DemoCoordinator.RunAsync(arguments);
