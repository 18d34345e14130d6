namespace Extraction.Tests.Robustness;

using System.Text;
using Newtonsoft.Json.Linq;

/// <summary>
/// Writes a generated hostile corpus of more than 10,000 documents, the same for a given seed: French press
/// articles and UN documents mutated (control and bidirectional characters, lone surrogates, invalid UTF-8,
/// runs of number words, dates at the calendar's ends, huge numbers, bracket and punctuation floods, long words,
/// cuts and repeats), as JSON Lines with hostile fields (numeric, huge, escaped, duplicate and missing ids,
/// document dates strict and not, bare CRs, byte-order marks, malformed and deep lines), as text files with
/// and without date headers, as HTML pages (mutated press pages, deep nesting with text at every level, entity
/// floods, unclosed tags), raw binary, and a FIFO and a device link. <see cref="Generate"/> returns how many
/// documents it holds, which is how many output lines a run owes.
/// </summary>
public static class HostileCorpusAtScale
{
    private static readonly string[] Insertions =
    [
        "\u0000", "\u0007", "\u001B[31m", "\u202E", "\u2066", "\u200B", "\uFEFF", "e\u0301\u0301\u0301", "🇫🇷", "北京", "بغداد", "𝟙𝟚", "١٢٣",
        "le 99999 novembre 99999", "le 31 février 2017", "le 0/0/0000", "9999-12-31", "l'hiver prochain", "le mois prochain", "mardi", "hier",
        "du XIIe au XXXIXe siècle", "les années 9990", "le 5 mai", "de décembre à janvier", "la semaine prochaine", "ce week-end",
        "1 000 000 000 000 000 000 000 000 000", "999.999.999.999.999 milliards de billions", "7,5", "0,000000000000000000000001 %",
        "plus de ", "au moins ", "M. ", "Mme ", "le Secrétaire général, ", "République de Corée", "les États membres ", "s'est engagé à fournir ",
        "«", "»", "(", ")", "[", "]", ";", "…", "-", "--", "'", "’", "\u00A0", "\u202F", "\t", "\r", "\r\n", "\n\n\n",
    ];

    private static readonly string[] Runs = ["un ", "mille ", "vingt et un ", "1 mille ", "deux cent ", ".", "(", "M. ", "le ", "et ", "9", "Jean-Pierre "];

    private static readonly string[] DocumentDates =
    [
        "2021-12-07", "2017-11", "2015", "0001-01-01", "0001-01", "0001", "9999-12-31", "9999-12", "9999", "2024-02-29",
    ];

    // Each refused, so the line is an error line.
    private static readonly string[] BadDocumentDates = ["-999", "+999-+1-+1", " 202", "2020- 1", "2021-02-31", "0000", "2021-13", "２０２１"];

    public static int Generate(string folder, int seed = 20171114)
    {
        var random = new Random(seed);
        Directory.CreateDirectory(folder);
        var press = File.ReadLines(TestRuns.PressFr).Select(l => (string)JObject.Parse(l)["text"]!).ToArray();
        var un = File.ReadLines(Path.Combine(TestPaths.SharedData, "unpc-fr", "unpc-fr.jsonl")).Select(l => (string)JObject.Parse(l)["text"]!).ToArray();
        int documents = 0;

        documents += WriteJsonLines(Path.Combine(folder, "press.jsonl"), random, press, 6_000, "press");
        documents += WriteJsonLines(Path.Combine(folder, "un.jsonl"), random, un, 2_000, "un");
        documents += WriteHostileLines(Path.Combine(folder, "hostile.jsonl"), random, press, 1_000);

        var texts = Directory.CreateDirectory(Path.Combine(folder, "texts")).FullName;
        for (int i = 0; i < 800; i++)
        {
            var text = Mutate(random, (random.Next(2) == 0 ? press : un)[random.Next(press.Length)], random.Next(0, 12));
            string header = random.Next(4) switch
            {
                0 => "",
                1 => $"date {DocumentDates[random.Next(DocumentDates.Length)]}\n",
                2 => $"date {BadDocumentDates[random.Next(BadDocumentDates.Length)]}\n",
                _ => "  date 2021-12 ",
            };
            var bytes = Encoding.UTF8.GetBytes(header + ReplaceSurrogates(text));
            if (random.Next(10) == 0) bytes = [.. bytes.Take(bytes.Length / 2), 0xC3, 0x28, 0xFF, 0xFE, .. bytes.Skip(bytes.Length / 2)];
            if (random.Next(20) == 0) bytes = [0xEF, 0xBB, 0xBF, .. bytes];
            var name = random.Next(10) switch
            {
                0 => $"nom avec espaces é {i}.txt",
                1 => $"sans-extension-{i}",
                2 => $"{i}.TXT",
                _ => $"text-{i:D4}.txt",
            };
            File.WriteAllBytes(Path.Combine(texts, name), bytes);
            documents++;
        }

        var pages = Directory.CreateDirectory(Path.Combine(folder, "pages")).FullName;
        var saved = Directory.GetFiles(Path.Combine(TestPaths.SharedData, "press-fr", "html"), "*.html").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        for (int i = 0; i < 200; i++)
        {
            File.WriteAllText(Path.Combine(pages, $"page-{i:D3}.html"), Page(random, saved[random.Next(saved.Length)], press[random.Next(press.Length)]));
            documents++;
        }

        var binary = Directory.CreateDirectory(Path.Combine(folder, "binary")).FullName;
        for (int i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(0, 50_000)];
            random.NextBytes(bytes);
            File.WriteAllBytes(Path.Combine(binary, $"random-{i:D2}{(i % 3 == 0 ? ".html" : i % 3 == 1 ? ".txt" : "")}"), bytes);
            documents++;
        }

        var special = Directory.CreateDirectory(Path.Combine(folder, "special")).FullName;
        File.CreateSymbolicLink(Path.Combine(special, "zero.txt"), "/dev/zero");
        Assert.That(CliRunner.Shell($"mkfifo \"{Path.Combine(special, "fifo.txt")}\"").ExitCode, Is.Zero);
        documents += 2;
        return documents;
    }

    private static string Mutate(Random random, string text, int mutations)
    {
        var sb = new StringBuilder(text);
        for (int m = 0; m < mutations; m++)
        {
            int at = random.Next(sb.Length + 1);
            switch (random.Next(9))
            {
                case 0 or 1 or 2:
                    sb.Insert(at, Insertions[random.Next(Insertions.Length)]);
                    break;
                case 3:
                    sb.Insert(at, string.Concat(Enumerable.Repeat(Runs[random.Next(Runs.Length)], random.Next(10, 3_000))));
                    break;
                case 4:
                    sb.Insert(at, random.Next(2) == 0 ? "\uD800" : "\uDFFF");
                    break;
                case 5:
                    if (sb.Length > 0) sb.Remove(at == sb.Length ? at - 1 : at, Math.Min(random.Next(1, 500), sb.Length - Math.Min(at, sb.Length - 1)));
                    break;
                case 6:
                    int from = random.Next(sb.Length + 1), length = Math.Min(random.Next(1, 2_000), sb.Length - from);
                    sb.Insert(at, sb.ToString(from, length));
                    break;
                case 7:
                    sb.Insert(at, new string((char)random.Next('a', 'z' + 1), random.Next(100, 20_000)));
                    break;
                default:
                    int code = random.Next(0x20, 0x2FFFF);
                    sb.Insert(at, char.ConvertFromUtf32(code is >= 0xD800 and <= 0xDFFF ? 0x20 : code));
                    break;
            }
        }
        return sb.ToString();
    }

    // A text file holds UTF-8, which has no lone surrogates: they become invalid bytes' replacement instead.
    private static string ReplaceSurrogates(string text) => text.Replace('\uD800', '\uFFFD').Replace('\uDFFF', '\uFFFD');

    /// <summary>Mutated documents with hostile but valid fields: every line is a document, most of them records.</summary>
    private static int WriteJsonLines(string path, Random random, string[] texts, int count, string prefix)
    {
        using var output = new FileStream(path, FileMode.Create);
        if (random.Next(2) == 0) output.Write([0xEF, 0xBB, 0xBF]);
        for (int i = 0; i < count; i++)
        {
            var text = Mutate(random, texts[random.Next(texts.Length)], random.Next(0, 10));
            string id = random.Next(12) switch
            {
                0 => $"{i}",
                1 => $"{i}.5e3",
                2 => $"1{new string('0', 400)}{i}",
                3 => $"\"{prefix}-\\ud800-{i}\"",
                4 => $"\"{prefix}-\\u00e9\\t\\\"{i}\\\"\"",
                _ => $"\"{prefix}-{i}\"",
            };
            var fields = new List<string> { $"\"id\":{id}", $"\"text\":{Newtonsoft.Json.JsonConvert.ToString(text)}" };
            if (random.Next(2) == 0) fields.Add($"\"document_date\":\"{DocumentDates[random.Next(DocumentDates.Length)]}\"");
            if (random.Next(4) == 0) fields.Add($"\"title\":{Newtonsoft.Json.JsonConvert.ToString(Mutate(random, "Titre", 2))}");
            if (random.Next(8) == 0) fields.Add($"\"n\":{new string('9', 500)}");
            if (random.Next(8) == 0) fields.Add("\"extra\":[[[[{\"a\":null}]]]]");
            var separator = random.Next(5) == 0 ? ",\r" : random.Next(5) == 0 ? " ,\t" : ",";
            var line = "{" + string.Join(separator, fields.OrderBy(_ => random.Next())) + "}";
            output.Write(Encoding.UTF8.GetBytes(line));
            output.Write(random.Next(10) == 0 ? "\r\n"u8 : "\n"u8);
            if (random.Next(50) == 0) output.Write(" \t\r\n"u8);
        }
        return count;
    }

    /// <summary>Lines that are error lines, or records with refused fields: malformed, duplicate, missing, refused dates, binary.</summary>
    private static int WriteHostileLines(string path, Random random, string[] texts, int count)
    {
        using var output = new FileStream(path, FileMode.Create);
        for (int i = 0; i < count; i++)
        {
            var source = texts[random.Next(texts.Length)];
            var text = Newtonsoft.Json.JsonConvert.ToString(source[..Math.Min(2_000, source.Length)]);
            byte[] line = random.Next(12) switch
            {
                0 => Encoding.UTF8.GetBytes($"{{\"id\": \"h-{i}\", \"text\": {text}"),
                1 => Encoding.UTF8.GetBytes($"{{\"id\": \"dup\", \"text\": {text}}}"),
                2 => Encoding.UTF8.GetBytes($"{{\"text\": {text}}}"),
                3 => Encoding.UTF8.GetBytes($"{{\"id\": \"\", \"text\": {text}}}"),
                4 => Encoding.UTF8.GetBytes($"{{\"id\": \"h-{i}\", \"text\": {text}, \"document_date\": \"{BadDocumentDates[random.Next(BadDocumentDates.Length)]}\"}}"),
                5 => Encoding.UTF8.GetBytes(new string('[', random.Next(65, 20_000))),
                6 => Encoding.UTF8.GetBytes($"[{i}, \"x\"]"),
                7 => [.. Encoding.UTF8.GetBytes($"{{\"id\": \"h-{i}\", \"text\": \"a"), 0x00, .. "b\"}"u8],
                8 => [.. Encoding.UTF8.GetBytes($"{{\"id\": \"h-{i}\", \"text\": \"Le "), 0xFF, 0xC3, .. " Mali.\"}"u8],
                9 => Encoding.UTF8.GetBytes($"{{'id': 'h-{i}', text: {text}}}"),
                10 => Encoding.UTF8.GetBytes($"{{\"id\": \"h-{i}\", \"text\": {text}}} trailing"),
                _ => Encoding.UTF8.GetBytes($"{{\"id\": [\"h-{i}\"], \"text\": {text}}}"),
            };
            output.Write(line);
            output.Write("\n"u8);
        }
        return count;
    }

    private static string Page(Random random, string saved, string text)
    {
        var paragraph = "<p>" + System.Net.WebUtility.HtmlEncode(ReplaceSurrogates(Mutate(random, text[..Math.Min(text.Length, 3_000)], random.Next(0, 6)))) + "</p>";
        switch (random.Next(6))
        {
            case 0:
                int depth = random.Next(100, 1_900);
                return "<html><body>" + string.Concat(Enumerable.Repeat("<div class=\"c\">Au Mali, 36 pays. ", depth)) + paragraph
                    + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
            case 1:
                return "<html><body><p>" + string.Concat(Enumerable.Repeat("&amp;&#233;&eacute;&#x1F600;&bogus;&#xD800;&#99999999; ", random.Next(100, 20_000))) + "</p>" + paragraph + "</body></html>";
            case 2:
                return "<html><body><p>Au Mali<p><div><table><tr><td>36 pays" + paragraph + string.Concat(Enumerable.Repeat("<b><i>", random.Next(1, 900)));
            default:
                // A saved page cut and stitched at random places, with the mutated paragraph inside.
                var sb = new StringBuilder(saved);
                for (int k = random.Next(0, 5); k > 0; k--)
                {
                    int at = random.Next(sb.Length);
                    sb.Remove(at, Math.Min(random.Next(1, 3_000), sb.Length - at));
                }
                sb.Insert(random.Next(sb.Length), paragraph);
                if (random.Next(3) == 0) sb.Replace("content=\"20", "content=\"+99");
                return sb.ToString();
        }
    }
}
