"""Make every glyph the bundled Vazirmatn draws map back to a letter in a PDF.

Qt's PDF writer gives each embedded glyph a Unicode value by looking the glyph up in the
font's character map (cmap). Vazirmatn's contextual alternates (`calt`) swap some joined
Persian letters for longer variants ("uniFEF4.long1": a medial yeh lengthened under a dot
cluster) that no character maps to, so in the PDF those letters had no text: pdftotext read
«ﺧﻠ ﺞ» for «خلیج» and «ﻣﺎﺷ ﻦ» for «ماشین», and nobody could search or copy a name.

This script (run once; the patched fonts are committed in ui/fonts) changes two things:
- it drops the substitutions that turn a presentation-form glyph (a joined letter, which the
  cmap maps to its Unicode presentation form) into a variant without a character, so the
  joined letter keeps its mapped glyph (the dots sit a little closer; nothing else changes);
- it maps the Unicode presentation forms whose glyphs exist but were not in the cmap
  (ARABIC LETTER E, HEH GOAL …) and the Latin ligatures (ff, fi …) to their glyphs.

pdftotext then reads presentation forms, which Unicode's compatibility normalisation (NFKC)
folds back to the letters; `python scripts/patch_font_for_pdf.py --check` lists what is still
unmapped (nothing, for the two bundled weights). Needs fontTools (`pip install fonttools`),
only to run this script. The font stays under the SIL Open Font Licence (no reserved name).
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent.parent / "ui" / "fonts"
FORMS = {"initial": "init", "medial": "medi", "final": "fina", "isolated": None}
PRESENTATION = [*range(0xFB00, 0xFB07), *range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]


def _single_lookups(font: TTFont):
    """Every single-substitution subtable of the GSUB table, with its lookup's index."""
    gsub = font["GSUB"].table
    for index, lookup in enumerate(gsub.LookupList.Lookup):
        for sub in lookup.SubTable:
            kind = lookup.LookupType
            if kind == 7:
                kind, sub = sub.ExtSubTable.LookupType, sub.ExtSubTable
            if kind == 1:
                yield index, sub


def _feature_map(font: TTFont, tag: str) -> dict[str, str]:
    gsub = font["GSUB"].table
    indices = {
        i
        for record in gsub.FeatureList.FeatureRecord
        if record.FeatureTag == tag
        for i in record.Feature.LookupListIndex
    }
    mapping: dict[str, str] = {}
    for index, sub in _single_lookups(font):
        if index in indices:
            mapping.update(sub.mapping)
    return mapping


def _ligatures(font: TTFont) -> dict[tuple[str, ...], str]:
    gsub = font["GSUB"].table
    found: dict[tuple[str, ...], str] = {}
    for lookup in gsub.LookupList.Lookup:
        for sub in lookup.SubTable:
            kind = lookup.LookupType
            if kind == 7:
                kind, sub = sub.ExtSubTable.LookupType, sub.ExtSubTable
            if kind == 4:
                for first, ligatures in sub.ligatures.items():
                    for lig in ligatures:
                        found[(first, *lig.Component)] = lig.LigGlyph
    return found


def _mapped(font: TTFont) -> set[str]:
    return set(font.getBestCmap().values())


def unmapped_variants(font: TTFont) -> list[tuple[str, str]]:
    """(presentation-form glyph, variant) substitutions whose variant no character maps to."""
    cmap = font.getBestCmap()
    forms = {cmap[u] for u in PRESENTATION if u in cmap}
    mapped = _mapped(font)
    return sorted(
        (source, target)
        for _, sub in _single_lookups(font)
        for source, target in sub.mapping.items()
        if source in forms and target not in mapped
    )


def missing_forms(font: TTFont) -> dict[int, str]:
    """Presentation forms (and Latin ligatures) whose glyph exists but is not in the cmap."""
    cmap = font.getBestCmap()
    by_char = {chr(u): g for u, g in cmap.items()}
    features = {tag: _feature_map(font, tag) for tag in ("init", "medi", "fina")}
    ligatures = _ligatures(font)
    missing: dict[int, str] = {}
    for u in PRESENTATION:
        if u in cmap:
            continue
        decomposition = unicodedata.decomposition(chr(u)).split()
        if not decomposition or not decomposition[0].startswith("<"):
            continue
        kind, letters = decomposition[0].strip("<>"), [chr(int(h, 16)) for h in decomposition[1:]]
        glyphs = [by_char.get(ch) for ch in letters]
        if None in glyphs:
            continue
        glyph: str | None
        if len(glyphs) == 1 and kind in FORMS:
            tag = FORMS[kind]
            glyph = glyphs[0] if tag is None else features[tag].get(glyphs[0])
        else:
            glyph = ligatures.get(tuple(glyphs))  # type: ignore[arg-type]
        if glyph is not None:
            missing[u] = glyph
    return missing


def patch(font: TTFont) -> tuple[int, int]:
    """Drop the unmapped variants and map the missing forms; returns (dropped, mapped)."""
    dropped = set(unmapped_variants(font))
    for _, sub in _single_lookups(font):
        for source, target in list(sub.mapping.items()):
            if (source, target) in dropped:
                del sub.mapping[source]
    missing = missing_forms(font)
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap.update(
                {u: g for u, g in missing.items() if table.format != 4 or u < 0x10000}
            )
    return len(dropped), len(missing)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report; exit 1 if unpatched")
    args = parser.parse_args(argv)
    status = 0
    for path in sorted(FONTS.glob("Vazirmatn-*.ttf")):
        font = TTFont(path)
        variants, forms = unmapped_variants(font), missing_forms(font)
        print(f"{path.name}: {len(variants)} unmapped variants, {len(forms)} unmapped forms")
        if args.check:
            status |= bool(variants or forms)
            continue
        dropped, mapped = patch(font)
        while unmapped_variants(font):  # a newly mapped form may have unmapped variants
            more, _ = patch(font)
            dropped += more
        font.save(path)
        print(f"  patched: {dropped} substitutions dropped, {mapped} forms mapped")
    return status


if __name__ == "__main__":
    sys.exit(main())
