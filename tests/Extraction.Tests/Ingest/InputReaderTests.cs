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

    [Test]
    public void An_empty_path_is_an_error_item_and_the_other_inputs_are_read()
    {
        var path = Write("a.txt", "Le Mali.");
        var items = InputReader.Read(["", path]).ToList();
        Assert.That(items.Select(i => (i.Id, i.Error is null)), Is.EqualTo(new[] { ("", false), ("a", true) }));
        Assert.That(items[0].Error, Does.StartWith("empty input path"));
    }

    [Test]
    public void Special_files_in_a_folder_are_skipped_with_an_error_item()
    {
        Write("a.txt", "Le Mali.");
        File.CreateSymbolicLink(Path.Combine(folder, "zero"), "/dev/zero");
        Assert.That(CliRunner.Shell($"mkfifo \"{Path.Combine(folder, "pipe.txt")}\"").ExitCode, Is.Zero);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var items = InputReader.Read([folder]).Select(i => (i.Id, i.Error)).ToList();
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(items, Is.EqualTo(new[]
        {
            ("a", (string?)null),
            ("pipe", "a named pipe (FIFO), not a regular file: skipped"),
            ("zero", "a character device, not a regular file: skipped"),
        }));
    }

    [TestCase("/dev/zero")]
    [TestCase("/dev/urandom")]
    public void An_endless_device_named_on_the_command_line_is_refused_at_once(string device)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var item = InputReader.ReadFile(device).Single();
        Assert.That(item.Error, Is.EqualTo("cannot read file: binary content (NUL or control bytes), not text"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void A_file_over_the_size_limit_is_an_error_item()
    {
        var path = Write("big.txt", new string('a', 2_000));
        var item = InputReader.ReadFile(path, new IngestOptions(MaxDocumentBytes: 1_000)).Single();
        Assert.That(item.Error, Is.EqualTo("cannot read file: the file is larger than the document size limit of 1,000 bytes; split it, or raise the limit with --max-document-size"));
        Assert.That(InputReader.ReadFile(path, new IngestOptions(MaxDocumentBytes: 2_000)).Single().Error, Is.Null);
    }

    [Test]
    public void A_file_is_read_only_when_its_document_is_asked_for()
    {
        var path = Write("late.txt", "avant");
        var item = InputReader.ReadFile(path).Single();
        File.WriteAllText(path, "après");
        Assert.That((item.Id, item.Source, item.Document!.Text), Is.EqualTo(("late", path, "après")));
    }

    [Test]
    public void A_name_that_is_only_an_extension_is_the_id()
    {
        var path = Write(".txt", "Le Mali.");
        Assert.That(InputReader.ReadFile(path).Single().Id, Is.EqualTo(".txt"));
    }

    [Test]
    public void The_default_document_date_fills_only_documents_without_one()
    {
        var dated = Write("dated.txt", "date 2021-12\nTexte");
        var undated = Write("undated.txt", "Texte");
        var items = InputReader.Read([dated, undated], new IngestOptions(DefaultDocumentDate: "2020-01-01")).ToList();
        Assert.That(items.Select(i => i.Document!.DocumentDate), Is.EqualTo(new[] { "2021-12", "2020-01-01" }));
    }
}
