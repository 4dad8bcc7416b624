namespace EventSystem.Generators.Emit;

/// <summary>Puts user-written code into a one-line documentation comment.</summary>
internal static class XmlDocText
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", " ").Replace("\n", " ");
}
