namespace Extraction.Tests.Robustness;

using System.Text;

/// <summary>
/// Writes a folder of hostile inputs: binary and broken files, pathological HTML and JSON Lines, huge and
/// adversarial texts, awkward names and link loops. <see cref="Generate"/> returns how many documents the
/// folder holds (a JSON Lines file counts one per non-blank line), which is how many output lines a run owes.
/// The single huge document, <c>huge-{megabytes}mb.txt</c>, is processed in as many segments as it has megabytes.
/// </summary>
public static class HostileCorpus
{
    public sealed record Input(string Kind, int Documents);

    public static List<Input> Generate(string folder, int hugeMegabytes)
    {
        Directory.CreateDirectory(folder);
        var inputs = new List<Input>();
        void Bytes(string name, string kind, byte[] bytes)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
            inputs.Add(new Input(kind, 1));
        }
        void Text(string name, string kind, string text) => Bytes(name, kind, Encoding.UTF8.GetBytes(text));

        Bytes("binary-nul.txt", "binary (NUL bytes)", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x00]);
        Bytes("binary-control.txt", "binary (control bytes)", Enumerable.Range(0, 4000).Select(i => (byte)(1 + i % 8)).ToArray());
        Bytes("invalid-utf8.txt", "invalid UTF-8", [.. "Le 14 novembre 2017, "u8, 0xC3, 0x28, 0xFF, .. " 36 pays."u8]);
        Bytes("bom.txt", "byte-order mark", [0xEF, 0xBB, 0xBF, .. "Au Canada, 12 missions."u8]);
        Text("empty.txt", "empty", "");
        Text("whitespace.txt", "white space only", " \n\t\r\n  \u00A0 ");
        Text("nom avec espaces é 北京.txt", "name with spaces and non-ASCII", "Le Mali et le Canada.");
        Text("digits.txt", "500-digit number", "Plus de " + new string('9', 500) + " soldats le " + new string('1', 300) + " novembre.");
        Text("dates.txt", "impossible dates", "Le 99999 novembre 99999, le 31 février 2017, le 0/0/0000 et le 45/13/2020.");
        Text("punctuation.txt", "punctuation runs", new string('.', 100_000) + string.Concat(Enumerable.Repeat("!?«»—'’-", 20_000)));
        Text("repeated.txt", "one word repeated", string.Concat(Enumerable.Repeat("plus de ", 100_000)));
        Text("scripts.txt", "mixed scripts", "Le représentant 北京 بغداد Москва 🇫🇷 ‮reversed‬ e\u0301te\u0301 𝟙𝟚 ١٢٣ au Mali, 14 ноября 2017.");
        Text("deep.html", "deeply nested HTML", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<p>Au Mali.</p>" + string.Concat(Enumerable.Repeat("</div>", 20_000)) + "</body></html>");
        Text("attribute.html", "huge attribute", "<html><body><p title=\"" + new string('x', 2_000_000) + "\">Au Canada.</p></body></html>");
        Text("entities.html", "entity flood", "<html><body><p>" + string.Concat(Enumerable.Repeat("&amp;&#233;&eacute;&#x1F600;&bogus;", 100_000)) + "</p></body></html>");
        Text("scripts.html", "scripts and styles", "<html><head><script>" + new string('a', 100_000) + "</script><style>p{}</style></head><body><article><p>Le 7 décembre 2021 à Séoul.</p></article><script>document.write('<p>x</p>')</script></body></html>");
        Text("unclosed.html", "unclosed HTML", "<html><body><p>Au Mali<p><div><table><tr><td>36 pays");

        var jsonl = new StringBuilder();
        jsonl.Append("{\"id\": \"ok-1\", \"text\": \"Le 14 novembre 2017 au Canada.\"}\n");
        jsonl.Append("{\"id\": \"broken\", \"text\": \n");
        jsonl.Append("{\"id\": \"ok-1\", \"text\": \"Doublon.\"}\n");
        jsonl.Append("[1, 2, 3]\n");
        jsonl.Append("{\"id\": \"lone-surrogate\", \"text\": \"\\ud800 au Mali \\udfff\"}\n");
        jsonl.Append("{\"id\": \"no-text\", \"title\": \"x\"}\n");
        jsonl.Append("{\"id\": \"bad-date\", \"text\": \"x\", \"document_date\": \"2021-02-31\"}\n");
        jsonl.Append("{\"id\": \"huge\", \"text\": \"" + string.Concat(Enumerable.Repeat("Plus de 87 000 soldats au Mali. ", 150_000)) + "\"}\n");
        jsonl.Append("\n");
        jsonl.Append(string.Concat(Enumerable.Repeat("[", 10_000)) + "\n");
        File.WriteAllText(Path.Combine(folder, "lines.jsonl"), jsonl.ToString());
        inputs.Add(new Input("JSON Lines: good, malformed, duplicate id, non-object, lone surrogates, missing text, bad date, 4.8 MB line, 10 000 nested brackets", 9));

        var unreadable = Path.Combine(folder, "unreadable.txt");
        File.WriteAllText(unreadable, "Au Mali.");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(unreadable, UnixFileMode.None);
        inputs.Add(new Input("no read permission (readable anyway by root)", 1));

        File.CreateSymbolicLink(Path.Combine(folder, "dangling.txt"), Path.Combine(folder, "nowhere.txt"));
        inputs.Add(new Input("dangling symbolic link", 1));
        var sub = Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(sub.FullName, "inner.txt"), "En 2018, 45 pays.");
        inputs.Add(new Input("file in a sub-folder", 1));
        Directory.CreateSymbolicLink(Path.Combine(sub.FullName, "loop"), folder);

        var sentence = "Plus de 87.000 soldats de la paix de plus de 120 pays servent dans 12 missions depuis le 14 novembre 2017, a déclaré M. Lacroix au Canada.\n";
        using (var huge = new StreamWriter(Path.Combine(folder, $"huge-{hugeMegabytes}mb.txt"), false, new UTF8Encoding(false)))
            for (long written = 0; written < hugeMegabytes * 1_000_000L; written += Encoding.UTF8.GetByteCount(sentence)) huge.Write(sentence);
        inputs.Add(new Input($"{hugeMegabytes} MB single document", 1));
        return inputs;
    }
}
