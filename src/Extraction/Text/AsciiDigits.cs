namespace Extraction.Text;

/// <summary>
/// Reads a run of ASCII digits as a number. Unlike int.Parse it never accepts a sign, white space or other
/// scripts' digits, and it answers with a value rather than an exception, so a token that merely looks
/// numeric ("2020-", "١٢") is turned away by one comparison.
/// </summary>
public static class AsciiDigits
{
    /// <summary>Value of plain ASCII digits; -1 when anything else is there, or more than nine digits.</summary>
    public static int Value(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.Length > 9) return -1;
        int value = 0;
        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c)) return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
