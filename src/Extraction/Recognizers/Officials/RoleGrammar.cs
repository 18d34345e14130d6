namespace Extraction.Recognizers.Officials;

/// <summary>
/// The words a role phrase is built from: a role noun, open to compounds ("vice-ministre", "sous-préfète",
/// "lieutenant-colonel", "ministre-président") and to nouns bound to the words after them ("guide suprême",
/// "chargé d'affaires"); modifiers before it ("ancien", "vice-Premier"); adjectives after it ("spécial",
/// "permanent"). The recogniser reads complements, nationality adjectives and apposition around these.
/// </summary>
internal static class RoleGrammar
{
    /// <summary>A role noun at token <paramref name="k"/>, reading the words after it for a bound noun.</summary>
    public static bool IsHead(TokenView view, int k)
    {
        var folded = view.Folded(k);
        if (OfficialsLexicon.ParticipleNouns.Has(folded))
            return k + 1 >= view.Count
                || !(view.IsNumber(k + 1) || OfficialsLexicon.ParticipleComplements.Has(view.Folded(k + 1)) || IsNoun(view.Folded(k + 1)));
        if (IsNoun(folded)) return true;
        if (!OfficialsLexicon.BoundRoleNouns.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(folded, out var next)) return false;
        for (int w = 0; w < next.Length; w++)
            if (k + 1 + w >= view.Count || !view.Folded(k + 1 + w).SequenceEqual(next[w])) return false;
        return true;
    }

    /// <summary>A role noun, singular or plural, also compounded: "ex-ministre", "Haut-Commissaire", "lieutenant-colonel".</summary>
    public static bool IsNoun(ReadOnlySpan<char> folded) => IsSingularNoun(folded) || IsPluralNoun(folded);

    /// <summary>"ministres", "vice-présidents", "généraux": a role shared by a list of names.</summary>
    public static bool IsPluralNoun(ReadOnlySpan<char> folded) =>
        OfficialsLexicon.PluralRoleNouns.Has(folded) || Compound(folded, plural: true);

    public static bool IsSingularNoun(ReadOnlySpan<char> folded) =>
        OfficialsLexicon.SingularRoleNouns.Has(folded) || Compound(folded, plural: false);

    /// <summary>
    /// A modifier before a role noun, also compounded ("ancien", "vice-premier", "ex-premier"), or a prefix the
    /// tokeniser split from a capitalised word ("vice-" in "vice-Premier").
    /// </summary>
    public static bool IsModifier(ReadOnlySpan<char> folded)
    {
        if (OfficialsLexicon.RoleModifiers.Has(folded)) return true;
        int hyphen = folded.IndexOf('-');
        if (hyphen <= 0 || !OfficialsLexicon.CompoundPrefixes.Has(folded[..hyphen])) return false;
        var rest = folded[(hyphen + 1)..];
        return rest.IsEmpty || OfficialsLexicon.RoleModifiers.Has(rest);
    }

    public static bool IsPostModifier(ReadOnlySpan<char> folded) => OfficialsLexicon.RolePostModifiers.Has(folded);

    /// <summary>A role in an international body, also as a compound's last part: "Haut-Commissaire", "sous-secrétaire", "Haute-Représentante".</summary>
    public static bool IsInternational(ReadOnlySpan<char> folded)
    {
        while (true)
        {
            if (OfficialsLexicon.InternationalHeads.Has(folded)) return true;
            int hyphen = folded.IndexOf('-');
            if (hyphen <= 0 || OfficialsLexicon.SingularRoleNouns.Has(folded)) return false;
            folded = folded[(hyphen + 1)..];
        }
    }

    /// <summary>
    /// A prefix and a role noun ("vice-ministre", "contre-amiral"), or two role nouns ("lieutenant-colonel",
    /// "ministre-président"); the number is the last part's.
    /// </summary>
    private static bool Compound(ReadOnlySpan<char> folded, bool plural)
    {
        int hyphen = folded.IndexOf('-');
        if (hyphen <= 0 || hyphen == folded.Length - 1) return false;
        ReadOnlySpan<char> first = folded[..hyphen], rest = folded[(hyphen + 1)..];
        bool restIsRole = plural ? IsPluralNoun(rest) : IsSingularNoun(rest);
        return restIsRole && (OfficialsLexicon.CompoundPrefixes.Has(first) || IsNoun(first));
    }
}
