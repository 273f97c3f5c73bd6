"""Qualifiers and bounds around a quantity ('more than', 'up to', '+'), its sign and its stated
change."""

from __future__ import annotations

from .guards import CHANGE_OBJECT_WORDS
from .lexicon import Lexicon
from .patterns import Patterns
from .reading import RawQuantity, Reading
from .tables import LOWER_WORD
from .text_facts import TextFacts
from .words import (
    GOODS_KINDS,
    WORD_BLANKS,
    change_noun_after,
    previous_word,
    squashed,
    word_before,
)

_LEVEL_KINDS = frozenset({"percent", "money"})  # kinds of a price or yield level
_NEVER_NEGATIVE = frozenset({"mass", "volume", "count", "area", "length"})
# the signs written before a change's figure and the direction each tells
SIGN_CHANGES = {"+": "up", "-": "down", "−": "down", "–": "down"}


# what may stand before a change's sign: a blank, a bracket, a table bar ("(+9%)", "| -4 %")
_SIGN_OPENERS = frozenset(" \t\n\u00a0([|/;:")


def signed_change(text: str, start: int, kind: str | None) -> str | None:
    """The direction of a percentage written with its sign ("1 083 kilos (-18 per cent)",
    "Puglia 11.6 million hl (+9%)", "exports, at -7.5%"): the change since the figure compared,
    not a negative level; the sign is in the span, the value its magnitude (the guide,
    session 16). ``start`` is the sign's offset or the number's right after it."""
    if kind != "percent" or not 0 <= start < len(text):
        return None
    if text[start] in SIGN_CHANGES:
        start += 1
    if start < 1 or text[start - 1] not in SIGN_CHANGES or not text[start: start + 1].isdigit():
        return None
    if start >= 2 and text[start - 2] not in _SIGN_OPENERS:
        return None  # "5-7%", "COVID-19": a range or a name, no sign
    return SIGN_CHANGES[text[start - 1]]


class QualifierReader:
    """Reads the qualifier, sign and change of a quantity."""

    lex: Lexicon
    pats: Patterns
    _qualifier_tails: tuple[str, ...]

    def _after_change_verb(self, f: TextFacts, start: int) -> bool:
        """The word before the number at ``start`` (past "by" or a qualifier) is a verb of change
        ("rose by 12,000", "fell more than 5%")."""
        before = word_before(f.text, start)
        if before is not None and before.word.lower() == "by" and before.at:
            before = word_before(f.text, before.at)  # "rose by 12,000 to 231,000"
        if before is None:
            qualifier = self.pats.qualifier_before_low.search(f.low, max(0, start - 24), start)
            if qualifier is None:
                return False
            before = word_before(f.text, qualifier.start())
            if before is None:
                return False
        return before.word.lower().rstrip(".") in self.lex.change_cues

    def _changed_in_clause(self, f: TextFacts, start: int) -> bool:
        """A verb of change earlier in the sentence of "by" before ``start`` ("raised its
        forecast for wheat exports in the 2025/26 season by 0.5 mln tons to 43.5 mln tons":
        the change, then the new level)."""
        left = max(f.low.rfind(". ", 0, start), f.low.rfind("\n", 0, start), start - 200) + 1
        return any(word in self.lex.change_cues
                   for word in LOWER_WORD.findall(f.low, left, start))

    def _glued_qualifier_after(self, f: TextFacts, r: Reading) -> None:
        if f.text[r.pos: r.pos + 1] not in ("+", "-"):
            return
        match = self.pats.qualifier_after_low.match(f.low, r.pos)
        if match and match.group("g"):
            r.qualifier = self.lex.qualifiers_after[match.group("g")]
            r.pos = match.end()

    def _qualifier_before(self, f: TextFacts, r: Reading) -> None:
        start = r.currency_start if r.currency_start is not None else r.start
        start = min(start, r.span_start)
        r.span_start = start
        if r.opener == "between" and r.low is not None:
            return
        if r.number_kind == "digits" and f.low.endswith(" a ", max(0, start - 3), start) \
                and self._may_end_qualifier(f.low, start - 2):
            if r.low is None and "-" in f.text[r.start:r.pos]:
                return  # "over a 1,400-km swath": a preposition before a sized noun
            start -= 2  # "about a 72% chance", "more than a 50% stake": the article between
        elif not self._may_end_qualifier(f.low, start):
            return
        match = self.pats.qualifier_before_low.search(f.low, max(0, start - 24), start)
        if match:
            phrase = squashed(match.group("q"))
            if phrase == "up to" and self.lex.up_particle_verbs:
                verb = word_before(f.text, match.start("q"))
                if verb is not None and verb.word.lower() in self.lex.up_particle_verbs \
                        and not self._goods_after(f, r):
                    return  # "the rate edged up to 3.8%": a verb's "up", then a level (but
                    # "to move up to 1.2 million tonnes of cargo": a load, up to that much)
            r.qualifier = self.lex.qualifiers_before[phrase]
            r.span_start = match.start("q")

    @staticmethod
    def _goods_after(f: TextFacts, r: Reading) -> bool:
        """A mass or volume "of" goods ("1.2 million tonnes of cargo"): a load, no level."""
        return r.unit is not None and r.unit.kind in GOODS_KINDS \
            and f.low.startswith(" of ", r.pos)

    def _may_end_qualifier(self, low: str, start: int) -> bool:
        """False when no qualifier phrase can end in blanks right before ``start`` (its last
        word must end the text there): skips the backward regex search for most numbers."""
        end = start - 1 if start and low[start - 1] == "\n" else start  # ``$`` before "\n"
        word_end = end
        while word_end > 0 and low[word_end - 1] in WORD_BLANKS:
            word_end -= 1
        return word_end < end and low.endswith(self._qualifier_tails, max(0, start - 24),
                                               word_end)

    def _sign(self, f: TextFacts, r: Reading, quantity: RawQuantity) -> None:
        """"−5 °C", "minus 5 percent": a negative value (not "5-7", "COVID-19"); a sign
        written before a percentage ("+121,7 %", "-2.3%") is in the span, the value its
        magnitude (:func:`signed_change`).

        Amounts that cannot be negative (a mass, a volume, a count) read a dash before them as
        a list bullet ("- 1 kg of heroin"), not a sign.
        """
        if r.low is None and r.currency_start is not None and r.currency_start >= 1 \
                and f.text[r.currency_start - 1] in SIGN_CHANGES and (
                    r.currency_start < 2 or f.text[r.currency_start - 2] in _SIGN_OPENERS):
            # "(+$0.41)", "| -€2.1 million": a change of a price, the sign in the span, the
            # value its magnitude
            quantity.start = min(quantity.start, r.currency_start - 1)
            return
        if r.low is not None or r.number_kind != "digits" or r.currency_start is not None:
            return
        if quantity.kind in _NEVER_NEGATIVE:
            return
        start = r.start
        if signed_change(f.text, start, quantity.kind):
            quantity.start = min(quantity.start, start - 1)  # "(-18 per cent)", "+9%": a
            return  # change from a figure before, its magnitude (see _change)
        if start and f.text[start - 1] == "+" and (start < 2 or f.text[start - 2] in " \n\t|"):
            quantity.start = min(quantity.start, start - 1)  # "+121,7 %": the sign is written
            return
        if start and f.text[start - 1] in "-−–" and (start < 2 or f.text[start - 2] in " (\n\t"):
            quantity.start = min(quantity.start, start - 1)
        elif f.low.endswith("minus ", 0, start):
            quantity.start = min(quantity.start, start - len("minus "))
            if quantity.kind == "percent":
                return  # "minus 4,1 percent": a change, its magnitude (as "-4.1%")
        else:
            return
        quantity.value = -quantity.value if quantity.value is not None else None
        if quantity.kg is not None:
            quantity.kg = -quantity.kg

    def _qualifier_after(self, f: TextFacts, quantity: RawQuantity) -> None:
        match = self.pats.qualifier_after_low.match(f.low, quantity.end)
        if match and match.group("q") and quantity.qualifier == "exact":
            quantity.qualifier = self.lex.qualifiers_after[squashed(match.group("q"))]
            quantity.end = match.end()
        elif quantity.qualifier == "exact" and quantity.kind in _LEVEL_KINDS \
                and self.lex.qualifiers_after_the and f.low.endswith("the ", 0, quantity.start):
            # "in the 9.75% area", "the $80 region": a price or yield near that level (not
            # "the 5 km area", an area that size)
            word = self.pats.word_after_low.match(f.low, quantity.end)
            if word is not None and word.group("w") in self.lex.qualifiers_after_the:
                quantity.qualifier = self.lex.qualifiers_after_the[word.group("w")]
                quantity.end = word.end()

    def _change(self, f: TextFacts, q: RawQuantity) -> str | None:
        """The direction of change the text states: a verb of change right before the
        quantity ("rose 3%", "fell by 15 basis points", "an increase of 6%") or a noun or
        adverb right after it ("a 4% drop", "5% higher"), or a sign opening a bracket
        ("214 kilos (+41 per cent)"); a level reached ("to 5%") has none."""
        signed = signed_change(f.text, q.start, q.kind)
        if signed:
            return signed
        # "a 4% drop", "a 3% pay rise", "a 17 per cent year-on-year rise" (not a particle
        # after a verb: "winds of 75 mph knocked down trees")
        noun = change_noun_after(f.low, q.end, self.lex.change_after, self.lex.phrase_stops)
        if noun is not None:
            return self.lex.change_after[noun[0]]
        word, word_start = previous_word(f.low, q.start)
        if word == "by":  # "raised rates by 25 basis points", "cut the risk of death by 18%"
            for _ in range(CHANGE_OBJECT_WORDS):
                word, word_start = previous_word(f.low, word_start)
                direction = self.lex.change_cues.get(word)
                if direction is not None or not word.replace("-", "").isalpha() or (
                        word in self.lex.phrase_stops and word not in self.lex.object_links):
                    return direction
            return None
        if word == "of":
            word, _ = previous_word(f.low, word_start)
        return self.lex.change_before.get(word)
