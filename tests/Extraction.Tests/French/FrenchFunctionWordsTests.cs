namespace Extraction.Tests.French;

using System.Collections.Immutable;
using Extraction.French;
using Extraction.Text;

public class FrenchFunctionWordsTests
{
    // The recognisers look the classes up in folded text: an accented or capitalised word would never be found.
    [Test]
    public void Every_class_is_written_folded_and_each_word_once()
    {
        var classes = typeof(FrenchFunctionWords).GetFields().Select(field => (field.Name, Words: (ImmutableArray<string>)field.GetValue(null)!)).ToList();

        Assert.That(classes, Is.Not.Empty);
        foreach (var (name, words) in classes)
        {
            Assert.That(words, Is.EqualTo(words.Select(TextFolding.Fold)), name);
            Assert.That(words, Is.Unique, name);
        }
    }
}
