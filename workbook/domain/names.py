"""How client names compare: case and accents ignored, as German users sort and search.

"Bäckerei" sorts with "Backhaus", "müller" finds "Müller", and "MÜLLER GmbH" is the same
active client as "Müller GmbH". SQLite's own lower() folds ASCII only, so the folded form is
computed here and stored (Client.name_key); that keeps sorting, searching and the uniqueness
index plain, portable SQL."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Casefolded ("ß" → "ss"), without accents, with single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.split())


# German spellings a search should treat as one: "strasse" for "Straße", "mueller" for "Müller".
_ALTERNATIVES = (("ss", "ß"), ("ue", "ü"), ("oe", "ö"), ("ae", "ä"))


def spellings(word: str) -> tuple[str, ...]:
    """The word as typed and, where it has them, its other German spellings (each pair
    replaced throughout); case and accents are left to the search index, which ignores them."""
    variants = [word.casefold()]
    for plain, letter in _ALTERNATIVES:
        for variant in list(variants):
            if plain in variant:
                variants.append(variant.replace(plain, letter))
    return tuple(dict.fromkeys(variants))
