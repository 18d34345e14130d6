namespace Extraction.Tests.Text;

using Extraction.Text;

public class TsvReaderTests
{
    [Test]
    public void Comments_blank_lines_and_the_header_are_skipped_and_rows_keep_their_line()
    {
        var rows = TsvReader.Parse(["# a comment", "kind\tform", "", "name\tfrance", "cue\tparis"], "x.tsv", header: "kind\tform").ToList();

        Assert.That(rows.Select(r => (r.Line, r.Fields)), Is.EqualTo(new[] { (4, new[] { "name", "france" }), (5, new[] { "cue", "paris" }) }));
    }

    [Test]
    public void A_row_with_another_number_of_fields_names_its_file_and_line()
    {
        var rows = TsvReader.Parse(["a\tb", "a\tb\tc"], "x.tsv", columns: 2);

        Assert.That(() => rows.ToList(), Throws.TypeOf<FormatException>().With.Message.EqualTo("x.tsv:2: expected 2 tab-separated fields; got \"a\tb\tc\""));
    }

    [Test]
    public void An_empty_field_is_kept() =>
        Assert.That(TsvReader.Parse(["\tJean Dupont\t"], "x.tsv").Single().Fields, Is.EqualTo(new[] { "", "Jean Dupont", "" }));
}
