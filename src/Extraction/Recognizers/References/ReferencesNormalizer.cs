namespace Extraction.Recognizers.References;

/// <summary>Canonical symbols of SPEC §6b: S/RES/2218 (2015), A/RES/69/313, and symbols as written with their parts upper-case.</summary>
public static class ReferencesNormalizer
{
    public static string SecurityCouncil(ReadOnlySpan<char> number, ReadOnlySpan<char> year) =>
        year.IsEmpty ? $"S/RES/{number.TrimStart('0')}" : $"S/RES/{number.TrimStart('0')} ({year})";

    public static string GeneralAssembly(ReadOnlySpan<char> session, ReadOnlySpan<char> number) => $"A/RES/{session}/{number}";

    public static string GeneralAssemblyOld(ReadOnlySpan<char> number, ReadOnlySpan<char> session) => $"A/RES/{number.TrimStart('0')} ({session})";

    public static string Written(ReadOnlySpan<char> symbol)
    {
        Span<char> upper = symbol.Length <= 256 ? stackalloc char[symbol.Length] : new char[symbol.Length];
        symbol.ToUpperInvariant(upper);
        return new string(upper);
    }
}
