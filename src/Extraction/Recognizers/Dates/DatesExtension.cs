namespace Extraction.Recognizers.Dates;

using Extraction.Core;
using Extraction.Pipeline;

/// <summary>The "dates" stage: calendar references into "dates" (ISO 8601 / TIMEX3 values), durations into "durations".</summary>
public sealed class DatesStage : IStage
{
    public string Name => DatesExtension.DatesList;

    public void Process(Document document)
    {
        var candidates = new List<DateCandidate>();
        DatesRecognizer.Recognize(document, candidates);
        new DatesResolver(document).Emit(candidates);
    }
}

public static class DatesExtension
{
    public const string DatesList = "dates";
    public const string DurationsList = "durations";

    public static PipelineBuilder UseDates(this PipelineBuilder builder) => builder.Register(DatesList, _ => new DatesStage());
}
