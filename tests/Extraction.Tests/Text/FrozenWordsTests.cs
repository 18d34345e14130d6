namespace Extraction.Tests.Text;

using Extraction.Text;

public class FrozenWordsTests
{
    [Test]
    public void A_slice_of_text_is_looked_up_as_it_is_or_in_any_case()
    {
        const string text = "jusqu'à l'ONU";
        var exact = FrozenWords.Of("jusqu", "l");
        var anyCase = FrozenWords.Of(StringComparer.OrdinalIgnoreCase, "onu");

        Assert.That(exact.Contains(text.AsSpan(0, 5)), Is.True);
        Assert.That(exact.Contains(text.AsSpan(0, 4)), Is.False);
        Assert.That(anyCase.Contains(text.AsSpan(10, 3)), Is.True);
        Assert.That(exact.Set, Has.Count.EqualTo(2));
    }
}
