namespace Extraction.Pipeline;

/// <summary>A pipeline.json that cannot be run: the message names the problem and what is expected.</summary>
public sealed class PipelineConfigException(string message) : Exception(message);
