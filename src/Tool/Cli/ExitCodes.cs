namespace EventSystem.Tool.Cli;

/// <summary>What the process returns; scripts tell bad input from an unreachable Redis by it.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command was well formed but could not be carried out (Redis unreachable, raise failed).</summary>
    public const int Failed = 1;

    /// <summary>Unknown command or option, a missing or malformed value.</summary>
    public const int BadInput = 2;
}
