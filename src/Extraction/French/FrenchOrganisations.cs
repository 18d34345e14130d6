namespace Extraction.French;

using System.Collections.Immutable;

/// <summary>An international organisation: the acronym records give it, and the folded names French writes it under.</summary>
public sealed record Organisation(string Acronym, ImmutableArray<string> Names);

/// <summary>
/// The international organisations the recognisers name, each once. A name is folded words separated by spaces,
/// an elided word standing alone as the tokeniser cuts it ("organisation du traite de l' atlantique nord"). UN
/// agencies keep their own acronym (the director of UNICEF is UNICEF's, as docs/ANNOTATION.md records it).
/// </summary>
public static class FrenchOrganisations
{
    public static readonly ImmutableArray<Organisation> All =
    [
        new("ONU", ["onu", "nations unies", "organisation des nations unies"]),
        new("OTAN", ["otan", "nato", "alliance atlantique", "organisation du traite de l' atlantique nord"]),
        new("UE", ["ue", "union europeenne"]),
        new("UA", ["ua", "union africaine"]),
        new("OSCE", ["osce"]),
        new("ONUDC", ["onudc"]),
        new("UNICEF", ["unicef"]),
        new("UNESCO", ["unesco"]),
        new("HCR", ["hcr"]),
        new("OMS", ["oms", "organisation mondiale de la sante"]),
        new("PAM", ["pam", "programme alimentaire mondial"]),
        new("PNUD", ["pnud"]),
        new("OCHA", ["ocha"]),
        new("CEDEAO", ["cedeao"]),
        new("OIF", ["oif"]),
    ];

    /// <summary>Every name with its organisation's acronym, in the order of <see cref="All"/>.</summary>
    public static IEnumerable<(string Name, string Acronym)> Names =>
        All.SelectMany(organisation => organisation.Names.Select(name => (name, organisation.Acronym)));
}
