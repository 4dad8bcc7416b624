namespace EventSystem.Tool.Cli;

/// <summary>A well-formed command that could not be carried out; its message is shown, with exit code 1.</summary>
internal sealed class ToolFailureException(string message) : Exception(message);
