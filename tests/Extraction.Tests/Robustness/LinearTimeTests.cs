namespace Extraction.Tests.Robustness;

using System.Diagnostics;
using System.Text;

/// <summary>
/// Adversarial lines must cost time in proportion to their length: 1 MB may take about ten times as long as
/// 100 KB, never a hundred. The bound is on the ratio of two timings, not on a wall-clock figure.
/// </summary>
public class LinearTimeTests
{
    private static readonly string[] Patterns =
    [
        "9", "1 000 ", "plus de ", "14 et ", "du 7 au ", "M. ", "l'", "-", ".", "«", "Jean-Pierre ", "soixante-dix-", "États ", "République de ", "a ", "1er ", "2017-", "XII ", "Au Mali, 36 pays. ", "et ", "; ", "s'est engagé à ", "M. Lacroix, Secrétaire général, ",
    ];

    private static string Line(string pattern, int length)
    {
        var sb = new StringBuilder(length + pattern.Length);
        while (sb.Length < length) sb.Append(pattern);
        return sb.ToString(0, length);
    }

    private static double BestSeconds(string text)
    {
        double best = double.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            TestPipeline.Run(text);
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return best;
    }

    [TestCaseSource(nameof(Patterns))]
    public void A_megabyte_of_one_pattern_costs_about_ten_times_100_KB(string pattern)
    {
        TestPipeline.Run(Line(pattern, 10_000));
        double small = BestSeconds(Line(pattern, 100_000));
        double large = BestSeconds(Line(pattern, 1_000_000));
        Assert.That(large / Math.Max(small, 1e-4), Is.LessThan(30), $"100 KB: {small:0.000} s, 1 MB: {large:0.000} s");
    }
}
