namespace Extraction.Ingest;

/// <summary>
/// The seeds' leading metadata header, "date YYYY-MM" (or YYYY-MM-DD), possibly after white space. It gives
/// the document date and is never part of a mention.
/// </summary>
public static class DateHeader
{
    /// <summary>Returns the offset where the body starts (0 when there is no header) and the date it names.</summary>
    public static int Parse(ReadOnlySpan<char> text, out string? date)
    {
        date = null;
        int i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (!text[i..].StartsWith("date "))
            return 0;
        int valueStart = i + 5;
        int j = valueStart;
        while (j < text.Length && (char.IsAsciiDigit(text[j]) || text[j] == '-')) j++;
        var value = text[valueStart..j];
        if (!IsIsoDate(value) || (j < text.Length && !char.IsWhiteSpace(text[j])))
            return 0;
        date = value.ToString();
        while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
        return j;
    }

    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD with a real month and day.</summary>
    public static bool IsIsoDate(ReadOnlySpan<char> value)
    {
        if (value.Length is not (4 or 7 or 10)) return false;
        if (!int.TryParse(value[..4], out int year)) return false;
        if (value.Length == 4) return true;
        if (value[4] != '-' || !int.TryParse(value[5..7], out int month) || month is < 1 or > 12) return false;
        if (value.Length == 7) return true;
        return value[7] == '-' && int.TryParse(value[8..10], out int day) && day >= 1 && day <= DateTime.DaysInMonth(Math.Max(year, 1), month);
    }
}
