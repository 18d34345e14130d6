namespace Extraction.Bench;

using System.Text;
using Extraction.French;
using Extraction.Ingest;
using Extraction.Text;
using Newtonsoft.Json;

/// <summary>
/// Builds a reproducible benchmark corpus of a requested size from real sentences: documents are drawn
/// from the source sentences with a fixed seed, and their numbers, years, month names and person names are
/// varied so the recognisers meet new values rather than the same strings over and over.
/// </summary>
public static class BenchmarkCorpus
{
    private static readonly string[] FirstNames = ["Jean-Pierre", "Catherine", "Atul", "Amina", "Ahmed", "Marie", "Kofi", "Ngozi", "Lars", "Ana", "Tatiana", "Hiroshi"];
    private static readonly string[] LastNames = ["Lacroix", "Pollard", "Khare", "Diallo", "Mohammed", "Dupont", "Annan", "Okonjo", "Nilsson", "Silva", "Ivanova", "Tanaka"];

    /// <summary>Sentences of every document the inputs hold, in input order.</summary>
    public static List<string> Sentences(IEnumerable<string> inputs)
    {
        var sentences = new List<string>();
        foreach (var item in InputReader.Read(inputs))
        {
            if (item.Document is not { } document) continue;
            document.Normalized = TextNormalizer.Normalize(document.Text);
            SentenceSplitter.Split(document);
            foreach (var span in document.Sentences)
                sentences.Add(document.Text[span.Start..span.End]);
        }
        return sentences;
    }

    /// <summary>Writes JSON Lines documents of about <paramref name="documentChars"/> characters until <paramref name="targetBytes"/> is reached.</summary>
    public static long Write(IReadOnlyList<string> sentences, string path, long targetBytes, int seed = 20171114, int documentChars = 4000)
    {
        if (sentences.Count == 0) throw new InvalidOperationException("no source sentences to build a benchmark corpus from");
        var random = new Random(seed);
        long written = 0;
        int id = 0;
        using var output = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        var text = new StringBuilder(documentChars + 1000);
        while (written < targetBytes)
        {
            text.Clear();
            while (text.Length < documentChars)
            {
                if (text.Length > 0) text.Append(random.Next(4) == 0 ? "\n\n" : " ");
                Vary(sentences[random.Next(sentences.Count)], random, text);
            }
            var date = $"{2010 + random.Next(15)}-{1 + random.Next(12):00}-{1 + random.Next(28):00}";
            var line = JsonConvert.SerializeObject(new { id = $"bench-{id++:000000}", document_date = date, text = text.ToString() });
            output.Write(line);
            output.Write('\n');
            written += Encoding.UTF8.GetByteCount(line) + 1;
        }
        return written;
    }

    private static void Vary(string sentence, Random random, StringBuilder output)
    {
        int i = 0;
        while (i < sentence.Length)
        {
            char c = sentence[i];
            if (char.IsAsciiDigit(c))
            {
                // Keep the shape of the number (so years stay years) but change its digits.
                int end = i;
                while (end < sentence.Length && char.IsAsciiDigit(sentence[end])) end++;
                bool year = end - i == 4 && (sentence[i] is '1' or '2');
                if (year) output.Append(1950 + random.Next(75));
                else for (int k = i; k < end; k++) output.Append((char)('0' + (k == i ? 1 + random.Next(9) : random.Next(10))));
                i = end;
                continue;
            }
            if (char.IsLetter(c) && (i == 0 || !char.IsLetter(sentence[i - 1])))
            {
                int end = i;
                while (end < sentence.Length && (char.IsLetter(sentence[end]) || sentence[end] == '-')) end++;
                var word = sentence.AsSpan(i, end - i);
                if (FrenchCalendar.Months.Contains(word.ToString())) output.Append(FrenchCalendar.Months[random.Next(12)]);
                else if (Array.IndexOf(LastNames, word.ToString()) >= 0) output.Append(LastNames[random.Next(LastNames.Length)]);
                else if (Array.IndexOf(FirstNames, word.ToString()) >= 0) output.Append(FirstNames[random.Next(FirstNames.Length)]);
                else output.Append(word);
                i = end;
                continue;
            }
            output.Append(c);
            i++;
        }
    }
}
