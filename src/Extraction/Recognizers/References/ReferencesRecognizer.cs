namespace Extraction.Recognizers.References;

using Extraction.Core;

/// <summary>
/// Finds UN document symbols in one pass over the text: symbols written out ("S/2015/219", "A/69/767",
/// "S/PRST/2015/5", "S/RES/2218 (2015)") and resolutions cited by number after the word résolution,
/// coordinated or not ("résolutions 1754 (2007), 1783 (2007) et 2152 (2014)", "résolution 69/313").
/// Scanning is by characters, each position read a bounded number of times, so time is linear.
/// </summary>
public static class ReferencesRecognizer
{
    public static void Recognize(Document document, List<Mention> output)
    {
        var text = document.Text;
        var folded = document.Folded;
        int from = document.BodyStart;
        while (from < text.Length)
        {
            int symbol = NextSymbolStart(text, from);
            int cue = NextCue(folded, from);
            if (symbol < 0 && cue < 0) break;
            if (symbol >= 0 && (cue < 0 || symbol < cue))
                from = ReadSymbol(document, symbol, output);
            else
                from = ReadCited(document, cue, output);
        }
    }

    // A symbol opens with an upper-case body code (S, A, E, UNEP, …) right before a slash.
    private static int NextSymbolStart(string text, int from)
    {
        for (int slash = text.IndexOf('/', from); slash >= 0; slash = slash + 1 < text.Length ? text.IndexOf('/', slash + 1) : -1)
        {
            int start = slash;
            while (start > from && slash - start < 6 && char.IsAsciiLetterUpper(text[start - 1])) start--;
            if (start < slash && (start == 0 || !char.IsLetterOrDigit(text[start - 1]) && text[start - 1] != '/'))
                return start;
        }
        return -1;
    }

    private static int NextCue(string folded, int from)
    {
        for (int at = folded.IndexOf("resolution", from, StringComparison.Ordinal); at >= 0;
             at = folded.IndexOf("resolution", at + 1, StringComparison.Ordinal))
            if (at == 0 || !char.IsLetter(folded[at - 1]))
                return at;
        return -1;
    }

    /// <summary>Reads "S/2015/219"-like symbols; returns where scanning resumes.</summary>
    private static int ReadSymbol(Document document, int start, List<Mention> output)
    {
        var text = document.Text;
        int end = start;
        while (end < text.Length && char.IsAsciiLetterUpper(text[end])) end++;
        bool digit = false;
        int parts = 0;
        while (end + 1 < text.Length && text[end] == '/' && IsPartChar(text[end + 1]))
        {
            int part = end + 1;
            end = part;
            while (end < text.Length && IsPartChar(text[end])) end++;
            // A sentence's full stop or a hyphen of the prose is not part of the symbol.
            while (end > part && text[end - 1] is '.' or '-') end--;
            digit |= text.AsSpan(part, end - part).ContainsAnyInRange('0', '9');
            parts++;
        }
        if (parts == 0 || !digit || end < text.Length && char.IsLetterOrDigit(text[end]))
            return Math.Max(end, start + 1);
        var symbol = text.AsSpan(start, end - start);
        // A Security Council resolution written out takes its year when the text gives it: "S/RES/2218 (2015)".
        if (symbol.StartsWith("S/RES/") && Year(text, end) is var (year, yearEnd))
            end = yearEnd;
        output.Add(Mention.FromSpan(document, start, end, ReferencesNormalizer.Written(text.AsSpan(start, end - start))));
        return end;
    }

    /// <summary>Reads the numbers cited after "résolution(s)"; returns where scanning resumes.</summary>
    private static int ReadCited(Document document, int cue, List<Mention> output)
    {
        var text = document.Text;
        int at = cue + "resolution".Length;
        if (at < text.Length && document.Folded[at] == 's') at++;
        int spanStart = cue;
        while (true)
        {
            int number = SkipSpaces(text, at);
            if (number >= text.Length || !char.IsAsciiDigit(text[number])) break;
            int end = Digits(text, number);
            string? value = null;
            if (end + 1 < text.Length && text[end] == '/' && char.IsAsciiDigit(text[end + 1]))
            {
                int second = Digits(text, end + 1);
                value = ReferencesNormalizer.GeneralAssembly(text.AsSpan(number, end - number), text.AsSpan(end + 1, second - end - 1));
                end = second;
            }
            else if (end - number <= 4 && RomanSession(text, end) is var (session, sessionEnd))
            {
                // Before 1976 the General Assembly numbered its resolutions with the session in Roman numerals: "973 (X)".
                value = ReferencesNormalizer.GeneralAssemblyOld(text.AsSpan(number, end - number), text.AsSpan(session, sessionEnd - 1 - session));
                end = sessionEnd;
            }
            else if (end - number <= 4)
            {
                var year = Year(text, end);
                value = ReferencesNormalizer.SecurityCouncil(text.AsSpan(number, end - number), year is var (y, _) ? text.AsSpan(y, 4) : default);
                if (year is var (_, yearEnd)) end = yearEnd;
            }
            if (value is null || end < text.Length && char.IsLetterOrDigit(text[end])) break;
            output.Add(Mention.FromSpan(document, spanStart, end, value));
            at = Separator(document.Folded, end);
            if (at < 0) return end;
            spanStart = SkipSpaces(text, at);
        }
        return cue + 1;
    }

    // ", ", " et ", " ou " (or ", et") between two cited numbers.
    private static int Separator(string folded, int at)
    {
        int i = at;
        if (i < folded.Length && folded[i] == ',') i++;
        int word = SkipSpaces(folded, i);
        foreach (var conjunction in (ReadOnlySpan<string>)["et ", "ou "])
            if (folded.AsSpan(word).StartsWith(conjunction, StringComparison.Ordinal))
                return word + conjunction.Length;
        return i > at && word > i ? word : -1;
    }

    /// <summary>" (2015)" right after a number: the start of its four digits and the end of the bracket.</summary>
    private static (int Start, int End)? Year(string text, int at)
    {
        int open = SkipSpaces(text, at);
        if (open + 5 < text.Length && text[open] == '(' && Digits(text, open + 1) == open + 5 && text[open + 5] == ')')
            return (open + 1, open + 6);
        return null;
    }

    /// <summary>" (XX)" right after a number: the start of the numerals and the end of the bracket.</summary>
    private static (int Start, int End)? RomanSession(string text, int at)
    {
        int open = SkipSpaces(text, at);
        if (open >= text.Length || text[open] != '(') return null;
        int close = open + 1;
        while (close < text.Length && close - open <= 6 && text[close] is 'I' or 'V' or 'X' or 'L') close++;
        return close > open + 1 && close < text.Length && text[close] == ')' ? (open + 1, close + 1) : null;
    }

    private static bool IsPartChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';

    private static int Digits(string text, int at)
    {
        while (at < text.Length && char.IsAsciiDigit(text[at])) at++;
        return at;
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\u00A0' or '\u202F') at++;
        return at;
    }
}
