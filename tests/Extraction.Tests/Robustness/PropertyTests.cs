// FsCheck supplies the arguments of [Property] methods, which NUnit's analyser cannot see.
#pragma warning disable NUnit1027

namespace Extraction.Tests.Robustness;

using Extraction.Core;
using Extraction.Tokenize;
using FsCheck;
using FsCheck.Fluent;

/// <summary>
/// For any Unicode input, the pipeline never throws, its offsets stay in bounds and slice back, and it is
/// deterministic. The seed is fixed so CI is reproducible; drop Replay locally to explore new inputs.
/// </summary>
public class PropertyTests
{
    // Random strings skewed toward the characters the rules look at, so the properties probe the rules, not just noise.
    public static Arbitrary<string> FrenchishText() =>
        Gen.Frequency(
                (4, Gen.Elements("plus de ", "14 ", "novembre ", "2017", " et ", "M. ", "l'", "’", "-", ".", ",", " ", "\n", "\u00A0", "\u202F", "«", "»", "Jean-Pierre ", "Canada", "États membres ", "87.000 ", "7,5 ", "soixante-dix ", "A4P+", "(", ")")),
                (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")),
                (1, Gen.Choose(0, 0x2FFFF).Select(c => char.ConvertFromUtf32(c is >= 0xD800 and <= 0xDFFF ? 0x20 : c))))
            .ListOf()
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    [FsCheck.NUnit.Property(MaxTest = 2000, Replay = "(20171114,20211207)", Arbitrary = [typeof(PropertyTests)])]
    public bool Tokens_slice_back_and_cover_every_non_space_character(string text)
    {
        var normalized = Extraction.Text.TextNormalizer.Normalize(text);
        var tokens = new List<Token>();
        FrenchTokenizer.Tokenize(normalized, 0, normalized.Length, tokens);
        int previousEnd = 0;
        foreach (var token in tokens)
        {
            if (token.Start < previousEnd || token.End <= token.Start || token.End > text.Length) return false;
            for (int i = previousEnd; i < token.Start; i++)
                if (!char.IsWhiteSpace(normalized[i]) && !char.IsControl(normalized[i])) return false;
            previousEnd = token.End;
        }
        return text[previousEnd..].All(c => char.IsWhiteSpace(Extraction.Text.TextNormalizer.Fold(c)) || char.IsControl(c));
    }

    [FsCheck.NUnit.Property(MaxTest = 2000, Replay = "(20171114,20211207)", Arbitrary = [typeof(PropertyTests)])]
    public bool The_pipeline_never_throws_and_mentions_slice_back(string text)
    {
        var document = TestPipeline.Run(text, "2021-12-07");
        foreach (var (_, mentions) in document.Mentions)
            foreach (var m in mentions)
                if (m.Start < document.BodyStart || m.End > text.Length || m.Start >= m.End || text[m.Start..m.End] != m.Text) return false;
        return true;
    }

    [FsCheck.NUnit.Property(MaxTest = 500, Replay = "(20171114,20211207)", Arbitrary = [typeof(PropertyTests)])]
    public bool The_pipeline_is_deterministic(string text)
    {
        var writer = new Extraction.Emit.RecordWriter(TestPipeline.Instance, new Extraction.Emit.RecordOptions());
        return writer.Write(TestPipeline.Run(text)) == writer.Write(TestPipeline.Run(text));
    }

}
