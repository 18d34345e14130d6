namespace Extraction.Ingest;

using Extraction.Text;

/// <summary>
/// The seeds' leading metadata header, "date YYYY-MM" (or YYYY-MM-DD), possibly after white space. It gives
/// the document date and is never part of a mention.
/// </summary>
public static class DateHeader
{
    /// <summary>
    /// Returns the offset where the body starts (0 when there is no header) and the date it names. A header
    /// whose value starts like a date but is not one ("date 2020- 1", "date -999") is left in the text and
    /// named in <paramref name="rejected"/>, so the record can say why it has no document date.
    /// </summary>
    public static int Parse(ReadOnlySpan<char> text, out string? date, out string? rejected)
    {
        date = rejected = null;
        int i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (!text[i..].StartsWith("date "))
            return 0;
        int valueStart = i + 5;
        int j = valueStart;
        while (j < text.Length && !char.IsWhiteSpace(text[j])) j++;
        var value = text[valueStart..j];
        if (!IsIsoDate(value))
        {
            if (value.Length > 0 && (char.IsAsciiDigit(value[0]) || value[0] is '-' or '+'))
                rejected = $"the header \"date {value[..Math.Min(value.Length, 40)]}\" is not a date YYYY, YYYY-MM or YYYY-MM-DD; it was read as text and document_date is null";
            return 0;
        }
        date = value.ToString();
        while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
        return j;
    }

    /// <summary>
    /// Strictly YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits, year 0001 to 9999, with a real month and day: no
    /// sign, no white space, no missing digit ("-999", "+999-+1-+1", " 202" and "2020- 1" are not dates).
    /// </summary>
    public static bool IsIsoDate(ReadOnlySpan<char> value)
    {
        if (value.Length is not (4 or 7 or 10)) return false;
        int year = AsciiDigits.Value(value[..4]);
        if (year < 1) return false;
        if (value.Length == 4) return true;
        int month = AsciiDigits.Value(value[5..7]);
        if (value[4] != '-' || month is < 1 or > 12) return false;
        if (value.Length == 7) return true;
        int day = AsciiDigits.Value(value[8..10]);
        return value[7] == '-' && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }
}
