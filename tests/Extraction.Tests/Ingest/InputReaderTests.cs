namespace Extraction.Tests.Ingest;

using Extraction.Ingest;

public class InputReaderTests
{
    private string folder = "";

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "extraction-input-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string relative, string text) => Write(relative, System.Text.Encoding.UTF8.GetBytes(text));

    [Test]
    public void Reads_a_folder_recursively_in_sorted_order()
    {
        Write("b.txt", "B");
        Write("a/z.txt", "AZ");
        Write("a/c/d.txt", "ACD");
        Write("A.txt", "upper");
        Write("a.txt", "A");
        var items = InputReader.Read([folder]).ToList();
        Assert.That(items.Select(i => i.Id), Is.EqualTo(new[] { "A", "a", "b", "z", "d" }));
        Assert.That(items.Select(i => i.Document!.Text), Is.EqualTo(new[] { "upper", "A", "B", "AZ", "ACD" }));
    }

    [Test]
    public void A_file_with_a_nul_byte_yields_an_error_item()
    {
        var path = Write("binary.txt", [0x41, 0x00, 0x42]);
        var item = InputReader.ReadFile(path).Single();
        Assert.That((item.Id, item.Document, item.Error), Is.EqualTo(("binary", (Extraction.Core.Document?)null, "cannot read file: binary content (NUL or control bytes), not text")));
    }

    [Test]
    public void The_byte_order_mark_is_removed_and_offsets_count_from_the_first_character()
    {
        var path = Write("bom.txt", [0xEF, 0xBB, 0xBF, .. "date 2021-12\nLe Canada."u8]);
        var document = InputReader.ReadFile(path).Single().Document!;
        Assert.That((document.Text, document.BodyStart, document.DocumentDate), Is.EqualTo(("date 2021-12\nLe Canada.", 13, "2021-12")));
    }

    [Test]
    public void The_byte_order_mark_is_removed_from_html()
    {
        var path = Write("page.html", [0xEF, 0xBB, 0xBF, .. "<html><body><p>Le Canada.</p></body></html>"u8]);
        Assert.That(InputReader.ReadFile(path).Single().Document!.Text, Is.EqualTo("Le Canada."));
    }
}
