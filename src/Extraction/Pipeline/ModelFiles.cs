namespace Extraction.Pipeline;

using System.Security.Cryptography;

/// <summary>The version a model stage reports in every record's provenance: a short hash of its model files' bytes.</summary>
public static class ModelFiles
{
    public static string Version(params string[] paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths) hash.AppendData(File.ReadAllBytes(path));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
