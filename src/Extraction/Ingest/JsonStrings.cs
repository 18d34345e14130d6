namespace Extraction.Ingest;

using System.Globalization;
using System.Text;

/// <summary>
/// The value of a JSON string from its raw UTF-8 text. System.Text.Json refuses to unescape a lone surrogate
/// ("\ud800"), which the JSON standard allows and which an id or a text may hold; here every escape becomes
/// the UTF-16 code unit it names, so ids stay distinct and texts keep every character they were given.
/// </summary>
public static class JsonStrings
{
    /// <summary>The string a JSON string literal's content (between its quotes, escapes as written) stands for.</summary>
    public static string Unescape(ReadOnlySpan<byte> raw)
    {
        var text = Encoding.UTF8.GetString(raw);
        int slash = text.IndexOf('\\');
        if (slash < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, slash);
        for (int i = slash; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\\' || i + 1 >= text.Length)
            {
                sb.Append(c);
                continue;
            }
            char escaped = text[++i];
            switch (escaped)
            {
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u' when i + 4 < text.Length:
                    sb.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: sb.Append(escaped); break;
            }
        }
        return sb.ToString();
    }
}
