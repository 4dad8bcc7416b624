namespace EventSystem.Tool.Cli;

/// <summary>Bad input from the command line; its message is shown as is, with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
