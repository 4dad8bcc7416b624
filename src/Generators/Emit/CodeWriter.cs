using System;
using System.Text;

namespace EventSystem.Generators.Emit;

/// <summary>Writes indented C# lines.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder text = new();
    private int depth;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            text.Append(' ', depth * 4).Append(line);
        }

        text.Append('\n');
        return this;
    }

    public CodeWriter Open(string line)
    {
        Line(line).Line("{");
        depth++;
        return this;
    }

    public CodeWriter Close()
    {
        depth--;
        return Line("}");
    }

    /// <summary>Writes a block of lines, each indented to the current depth.</summary>
    public CodeWriter Lines(string block)
    {
        foreach (var line in block.Split(['\n'], StringSplitOptions.None))
        {
            Line(line.TrimEnd('\r'));
        }

        return this;
    }

    public override string ToString() => text.ToString();
}
