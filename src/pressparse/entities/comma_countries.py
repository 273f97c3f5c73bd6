"""A national body written with its country after a comma ("the Armed Police Force, Nepal",
"Drug Law Enforcement Agency, The Gambia"): one ORG, named '<body> of <country>' (the
scorer reads ", Nepal" as "of Nepal"; samples guide, ORG)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from .doc_view import Ent, gapped_pairs
from .entity_merge import Values, entity_value
from .page_acronyms import without_article

ORG = "ORG"
COUNTRY_GAP = ", "
# what may follow the country: the sentence's or line's end, a bracket, or a lower-case word
# other than a list's "and"/"or" ("the Armed Police Force, Nepal seized ..."); not a list
# of countries going on ("the National Police, Spain, Portugal")
_AFTER = re.compile(r"(?:$|[.;:)(\n]| \(| (?!(?:and|or)\b)[a-z])")


def bodies_with_countries(
        text: str, ents: Sequence[Ent], values: Values, bare: Callable[[str], bool],
        named: Callable[[str, str], dict[str, Any] | None],
) -> list[tuple[int, int, dict[str, Any]]]:
    """Each ORG whose words name no country (``bare``) written right before ", <COUNTRY>"
    that ends its clause (see ``_AFTER``): the pair's character span and the body's value as
    that country's (``named(name, iso2)``: a listed body of that country, else the name
    with the country)."""
    found: list[tuple[int, int, dict[str, Any]]] = []
    for body, country, gap in gapped_pairs(text, ents):
        if body.label_ != ORG or country.label_ != "COUNTRY" or gap != COUNTRY_GAP \
                or _AFTER.match(text, country.end_char) is None:
            continue
        code = (entity_value(values, country) or {}).get("iso2")
        own = without_article(body.text)
        value = named(own, code) if code and bare(own) else None
        if value is not None and value.get("name"):
            found.append((body.start_char, country.end_char, value))
    return found
