namespace Extraction.Pipeline;

/// <summary>Cuts a long text into segments of at most a given length, preferring paragraph, then sentence, then word ends.</summary>
public static class TextSegments
{
    public static IEnumerable<(int Start, int End)> Cut(string text, int start, int maxLength)
    {
        while (start < text.Length)
        {
            int limit = Math.Min(text.Length, start + maxLength);
            int end = limit == text.Length ? limit : BestCut(text, start, limit);
            yield return (start, end);
            start = end;
        }
    }

    private static int BestCut(string text, int start, int limit)
    {
        // Look back over the last tenth of the segment only, so a text without breaks is still cut in linear time.
        int floor = start + (limit - start) * 9 / 10;
        var window = text.AsSpan(floor, limit - floor);
        int cut = window.LastIndexOf("\n\n");
        if (cut < 0) cut = window.LastIndexOf('\n');
        if (cut < 0) cut = window.LastIndexOf(". ");
        if (cut < 0) cut = window.LastIndexOf(' ');
        int end = cut < 0 ? limit : floor + cut + 1;
        if (char.IsHighSurrogate(text[end - 1])) end--;
        return end;
    }
}
