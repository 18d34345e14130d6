namespace Extraction.Tests.Text;

using Extraction.Text;

public class FrenchVerbFormsTests
{
    [TestCase("donnera", true)]
    [TestCase("enverra", true)]
    [TestCase("enverront", true)]
    [TestCase("prendra", true)]
    [TestCase("permettra", true)]
    [TestCase("recevra", true)]
    [TestCase("concluront", true)]
    [TestCase("finirez", true)]
    [TestCase("sera", true)]
    [TestCase("declara", false)]
    [TestCase("livra", false)]
    [TestCase("camera", false)]
    [TestCase("sierra", false)]
    [TestCase("extra", false)]
    [TestCase("enverrait", false)]
    public void Future(string folded, bool future) => Assert.That(FrenchVerbForms.IsFuture(folded), Is.EqualTo(future));

    [TestCase("enverrait", true)]
    [TestCase("pourrait", true)]
    [TestCase("permettraient", true)]
    [TestCase("retrait", false)]
    [TestCase("portrait", false)]
    [TestCase("enverra", false)]
    public void Conditional(string folded, bool conditional) => Assert.That(FrenchVerbForms.IsConditional(folded), Is.EqualTo(conditional));
}
