"""Compiled regular expressions built from the lexicon.

Word lists are compiled as character tries (``(?:t(?:on(?:s|ne)?)|...)``), which Python's
regex engine walks far faster than flat alternations, and they run on the lower-cased
text (same offsets) instead of under ``(?i)``. Every pattern is a trie of literals or a
bounded sequence of character classes; none nests unbounded quantifiers, so matching
time is linear in the input.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..word_alternation import escaped_alternation, longest_first_key
from .lexicon import Lexicon
from .numbers import GROUP_SEPARATORS

# Blanks other than the space that a typeset or saved page writes between words and digit
# groups: no-break, narrow no-break, thin, figure and punctuation spaces
ODD_BLANKS = "\u00a0\u202f\u2009\u2007\u2008"
SPACE = rf"[ \t{ODD_BLANKS}]"


def trie(items: Iterable[str]) -> str:
    """A regex matching any of the literal phrases (longest first by greediness);
    a space in a phrase matches any run of blanks."""
    root: dict[str, dict] = {}
    for item in {item for item in items if item}:
        node = root
        for char in item:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(root)


def _trie_regex(node: dict[str, dict]) -> str:
    branches = [(SPACE + "+" if char == " " else re.escape(char)) + _trie_regex(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _alternation(words: Iterable[str], blank: str) -> str:
    """The words as a plain alternation, longest first, ``blank`` between a phrase's words."""
    return "|".join(re.escape(word).replace(r"\ ", blank)
                    for word in sorted(words, key=lambda w: (-len(w), w)))


def lower_trie(items: Iterable[str]) -> str:
    """:func:`trie` of the lower-cased phrases, for patterns run on the lower-cased text."""
    return trie(item.lower() for item in items)


# A word after blanks, maybe in quotes ("of 'Ice'"), its letters in group ``name``: Latin
# letters with or without diacritics ("1,46 mln. lankytojų", "1.236 kilogramos de cocaína"),
# not another script's words (read as no phrase, as before)
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_PHRASE_WORD = (rf"{SPACE}+['‘\"“]?(?P<{{name}}>[{_LATIN}](?:[{_LATIN}'’]*[{_LATIN}])?"
                rf"(?:-[{_LATIN}0-9]+)*)['’\"”]?")
PHRASE_WORDS = 4  # words read at once after a number (phrases.MAX_WORDS)


def _nested(step: str, count: int) -> str:
    """``step`` then up to ``count - 1`` more, as nested optional groups (groups w1, w2...):
    the same words as matching ``step`` again and again from each match's end, in one call
    (a later word that fails is skipped without backtracking into earlier ones)."""
    pattern = ""
    for index in range(count, 0, -1):
        body = step.format(name=f"w{index}") + pattern
        pattern = body if index == 1 else f"(?:{body})?"
    return pattern


def _words_of_role(lex: Lexicon, *roles: str) -> str:
    return lower_trie(w for w, rec in lex.number_words.items() if rec.role in roles)


@dataclass(frozen=True)
class Patterns:
    """The scanner's compiled patterns; ``*_low`` patterns run on the lower-cased text."""

    digits: re.Pattern[str]
    words_low: re.Pattern[str]
    word_anchor_low: re.Pattern[str]
    word_anchor_start_low: re.Pattern[str]
    article_before_low: re.Pattern[str]
    and_half_low: re.Pattern[str]
    scale_low: re.Pattern[str]
    range_connector_low: re.Pattern[str]
    currency_before: re.Pattern[str]
    unit_word_low: re.Pattern[str]
    unit_symbol: re.Pattern[str]
    unit_prefix_before_low: re.Pattern[str] | None
    rate_low: re.Pattern[str]
    qualifier_before_low: re.Pattern[str]
    opener_before_low: re.Pattern[str]
    qualifier_after_low: re.Pattern[str]
    month_after: re.Pattern[str]
    month_before: re.Pattern[str]
    ordinal_after_low: re.Pattern[str]
    clock_after_low: re.Pattern[str]
    list_marker_after: re.Pattern[str]
    word_after_low: re.Pattern[str]
    ratio_before_low: re.Pattern[str]
    idioms_low: re.Pattern[str] | None
    sentence_start_before: re.Pattern[str]
    phrase_word: re.Pattern[str]
    phrase_words: re.Pattern[str]
    of_after_low: re.Pattern[str]
    weighing_before_low: re.Pattern[str]
    holding_after_low: re.Pattern[str]
    determiner_before_low: re.Pattern[str]
    per_word_after_low: re.Pattern[str]
    unit_in_header_low: re.Pattern[str]
    label_gap: re.Pattern[str]
    list_join_low: re.Pattern[str]
    pounds_mass_low: tuple[re.Pattern[str], ...]
    currency_at: re.Pattern[str]
    definite_before_low: re.Pattern[str]
    partitive_after_low: re.Pattern[str]
    owner: re.Pattern[str]
    total_after_owner: re.Pattern[str]
    quote_against_low: re.Pattern[str]
    currency_name_before_low: re.Pattern[str]
    other_dollars_low: re.Pattern[str]
    conversion_gloss: re.Pattern[str]
    period_bracket_low: re.Pattern[str]
    unit_priced_before_low: re.Pattern[str] | None
    unit_price_after_low: re.Pattern[str] | None
    unit_changed_after: re.Pattern[str] | None
    wire_credit_low: re.Pattern[str] | None
    file_type_before: re.Pattern[str] | None
    file_cue_before: re.Pattern[str] | None
    hedged_identity_low: re.Pattern[str] | None
    calibre_after_low: re.Pattern[str] | None
    comma_pieces: re.Pattern[str] | None
    dot_pieces: re.Pattern[str] | None


def _other_dollar_countries(lex: Lexicon) -> set[str]:
    """The words before "dollar(s)" in the names of currencies.jsonl's dollars other than
    the US one ("australian", "hong kong", "trinidad and tobago")."""
    countries: set[str] = set()
    for word, code in lex.currency_words.items():
        country, _blank, last = word.rpartition(" ")
        if country and last in ("dollar", "dollars") and code != "USD":
            countries.add(country)
    return countries


def _other_currency_signs(lex: Lexicon) -> set[str]:
    """The symbols without letters or "$" of the currencies other than the US dollar ("€")."""
    return {symbol for symbol, code in lex.currency_symbols.items()
            if code != "USD" and "$" not in symbol and not any(ch.isalpha() for ch in symbol)}


def _other_currency_names(lex: Lexicon) -> set[str]:
    """The names of the currencies other than the US dollar, lower-cased (no dollar of any
    country: "$1.2 billion" glossing "A$1.5 billion" is no conversion to read)."""
    names = {word for word, code in lex.currency_words.items()
             if code != "USD" and "dollar" not in word and word not in lex.currency_factors}
    return names


def _other_currency_codes(lex: Lexicon) -> set[str]:
    """The ISO codes of the currencies other than the US dollar, in capitals ("EUR")."""
    return {code for code in lex.currency_symbols.values() if code != "USD"}


def build_patterns(lex: Lexicon) -> Patterns:
    """Compile the patterns for one lexicon."""
    digit = _words_of_role(lex, "digit")
    teen = _words_of_role(lex, "teen")
    tens = _words_of_role(lex, "tens")
    number_word = rf"(?:{tens})(?:[ -](?:{digit}))?|(?:{teen})|(?:{digit})"
    scale_words = lower_trie(lex.scales)
    possessives = lower_trie(lex.subject_words.get("possessives", ()))
    # a set's total after its owner, maybe after a word that picks part of a series
    total_modifiers = lower_trie(lex.subject_words.get("total_modifiers", ()))
    total = (rf"(?:(?i:{total_modifiers}){SPACE}+)?(?:\d[\d,.]*|(?i:{number_word})(?![a-z]))"
             if total_modifiers else r"\d[\d,.]*")
    words_low = re.compile(
        rf"(?P<words>(?:{number_word})(?:{SPACE}+hundred(?:{SPACE}+(?:and{SPACE}+)?"
        rf"(?:{number_word}))?)?)\b"
    )
    # One trie pass finds number words and the scale and unit words an "a", "an", "half a" or
    # "a quarter" may count ("a million", "half a ton", "a quarter point"; not the count
    # units, mostly written after digits); each hit is then checked in place.
    # Hits are not after a letter: a non-letter, then the word in a lookahead (group 1), so
    # ``finditer`` jumps between non-letters in C instead of testing a lookbehind at every
    # position; ``word_anchor_start_low`` is the same word at the start of the text.
    anchor_word = "(?:" + lower_trie(
        [w for w, rec in lex.number_words.items() if rec.role in ("digit", "teen", "tens")]
        + [w for w in lex.scales if len(w) > 2]
        + [w for w, unit in lex.unit_words.items() if len(w) > 2 and (
            unit.kind in ("mass", "volume", "percent", "length", "area") or unit.name == "point")]
    ) + r")\b"
    word_anchor_low = re.compile(f"[^a-z](?=({anchor_word}))")
    # "a million", "half a ton", "a half-million", "a quarter of a million", "three
    # quarters of a million": the article or fraction before a scale or unit word.
    article_before_low = re.compile(
        rf"(?<![a-z])(?:(?P<half>half{SPACE}+an?{SPACE}+|half{SPACE}*-{SPACE}*)"
        rf"|(?P<quarter>(?:(?P<three>three)|an?|one)(?:{SPACE}+|{SPACE}*-{SPACE}*)quarters?{SPACE}+of"
        rf"{SPACE}+an?{SPACE}+"
        rf"|an?{SPACE}+quarter(?:{SPACE}+|{SPACE}*-{SPACE}*))"
        rf"|an?{SPACE}+)$"
    )
    # "1,234,567.5", "10 000", "3.5", "12": one to three digits then groups of three after
    # one repeated separator, else a digit run with an optional decimal part. The leading
    # ``\d`` outside the alternation lets ``finditer`` skip to digits in C.
    # Indian grouping first: "1,20,000" and "53,00,000" (lakh and crore positions).
    digits = re.compile(
        r"\d(?:\d?(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?"
        r"|\d{0,2}(?P<sep>[,." + GROUP_SEPARATORS + r"])\d{3}(?!\d)(?:(?P=sep)\d{3}(?!\d))*"
        r"(?:[.,]\d+)?|\d*(?:[.,]\d+)?)"
    )
    alpha_symbols = [s for s in lex.currency_symbols if s[0].isalpha()]
    other_symbols = [s for s in lex.currency_symbols if not s[0].isalpha()]
    currency_before = re.compile(
        rf"(?:(?<![A-Za-z])(?:{trie(alpha_symbols)})|(?:{trie(other_symbols)})){SPACE}?$"
    )
    unit_words = lower_trie(list(lex.unit_words) + list(lex.currency_words))
    unit_symbols = trie(list(lex.unit_symbols) + list(lex.currency_symbols)
                        + list(lex.glued_currency_symbols))
    per_kinds = ("time", "mass", "volume", "area", "length")
    per_words = lower_trie(
        [w for w, unit in lex.unit_words.items() if unit.kind in per_kinds]
        + [w for w, unit in lex.unit_words.items() if unit.kind == "count" and not w.endswith("s")]
        + list(lex.rate_words)
    )
    qualifiers_after = lower_trie(p for p in lex.qualifiers_after if p[0].isalpha())
    glued_after = trie(p for p in lex.qualifiers_after if not p[0].isalpha())
    openers = lower_trie({r.opener for r in lex.ranges if r.opener} | {"from"})
    connectors_word = lower_trie(r.connector for r in lex.ranges if r.connector[0].isalpha())
    connectors_sign = trie(r.connector for r in lex.ranges if not r.connector[0].isalpha())
    months = trie(lex.months)
    # "the price of a litre of petrol", "a barrel of Brent costs $80": one unit priced
    before = lex.subject_words.get("unit_price_before", frozenset())
    after = lex.subject_words.get("unit_price_after", frozenset())
    unit_priced_before_low = re.compile(
        r"(?<![a-z])(?:" + "|".join(sorted(map(re.escape, before))) +
        r")[ \t\u00a0]+(?:of[ \t\u00a0]+)?$") if before else None
    unit_price_after_low = re.compile(
        r"(?<![a-z])(?:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"[ \t\u00a0]+")
                                            for w in after), key=longest_first_key)) +
        r")(?![a-z])") if after else None
    # "A barrel of Brent rose 62 cents": the unit's goods, then a verb of change
    unit_changed_after = re.compile(
        r"[ \t\u00a0]+of[ \t\u00a0]+(?:[A-Za-z][\w&'’.-]*[ \t\u00a0]+){1,3}(?:"
        + escaped_alternation(lex.change_cues)
        + r")[ \t\u00a0]+(?:by[ \t\u00a0]+)?(?:\d|[$€£¥₹]|[A-Z]{1,3}\$)") \
        if lex.change_cues else None
    wire_credit_low = re.compile(  # "SYDNEY, Oct 21 (Reuters) - "
        r"\((?:" + "|".join(sorted(map(re.escape, lex.wire_credits))) + r")\)[ \t\u00a0]*"
        r"(?:-|–|—)") if lex.wire_credits else None
    file_type_before = re.compile(  # "Agenda (PDF, 212 KB)"
        r"[(\[][ \t]*(?:" + "|".join(sorted(map(re.escape, lex.file_types))) +
        r")[ \t]*[,;:|–-]?[ \t]*$", re.IGNORECASE) if lex.file_types else None
    # "Download PDF (212 KB)", "Photos are attached (3 files, 4.2 MB)": a file's type or an
    # attachment word on the line before the bracket a size closes
    file_words = sorted(lex.file_types | lex.attachment_words, key=longest_first_key)
    file_cue_before = re.compile(
        r"(?<![a-z])(?:" + "|".join(map(re.escape, file_words)) + r")(?![a-z])"
        r"[^()\[\]\n]{0,40}[(\[][^()\[\]\n]{0,30}$", re.IGNORECASE) if file_words else None
    hedges = lex.subject_words.get("identity_hedges", frozenset())
    hedged_identity_low = re.compile(  # "a whitish substance suspected to be cocaine"
        r"[ \t\u00a0]+(?:" + "|".join(sorted(map(re.escape, hedges))) +
        r")[ \t\u00a0]+to[ \t\u00a0]+(?:be|contain)[ \t\u00a0]+(?:an?[ \t\u00a0]+)?") \
        if hedges else None
    # a calibre's words after its number ("9mm pistol", ".30 bore pistols")
    marks, arms = lex.calibre_words.get("marks"), lex.calibre_words.get("arms")
    calibre_after_low = re.compile(
        rf"[ \t]*(?:[-‐][ \t]*)?(?P<mark>(?:{'|'.join(map(re.escape, sorted(marks)))})"
        r"(?![a-z])\.?[ \t]*(?:[-‐][ \t]*)?)?"
        rf"(?:{'|'.join(map(re.escape, sorted(arms)))})(?![a-z])") if marks and arms else None
    # "35,600 capsules", "12,400 pills": one comma group before a plural of whole pieces
    # (units.jsonl count units), which no decimal comma can write
    pieces = [w for w, unit in lex.unit_words.items()
              if unit.kind == "count" and w.endswith("s") and w.isalpha()]
    comma_pieces = re.compile(
        rf"\d(?<![\d,.]\d)\d{{0,2}},\d{{3}}(?![\d,.]){SPACE}+(?i:{trie(pieces)})\b") \
        if pieces else None
    # "distributed in 1.300 packages", "1.250 detainees": whole things are not counted in
    # thousandths, so a dot before three digits groups thousands (count units and the plural
    # heads of counted nouns)
    counted = pieces + [w for w in lex.count_heads
                        if w.endswith("s") and w.isalpha() and len(w) > 3]
    dot_pieces = re.compile(
        rf"\d(?<![\d,.]\d)\d{{0,2}}\.\d{{3}}(?![\d,.]){SPACE}+(?i:{trie(counted)})\b") \
        if counted else None
    header_units = lower_trie(
        [w for w, unit in lex.unit_words.items() if unit.kind != "time"]
        + [s for s in lex.unit_symbols if s.islower()]
    )
    return Patterns(
        digits=digits,
        words_low=words_low,
        word_anchor_low=word_anchor_low,
        word_anchor_start_low=re.compile(anchor_word),
        article_before_low=article_before_low,
        and_half_low=re.compile(rf"{SPACE}+and{SPACE}+an?{SPACE}+half\b"),
        scale_low=re.compile(rf"(?P<gap>{SPACE}*)(?P<scale>{scale_words})(?![^\W_])"),
        range_connector_low=re.compile(
            rf"{SPACE}*(?:(?P<sign>{connectors_sign})|(?P<word>{connectors_word})\b){SPACE}*"
        ),
        currency_before=currency_before,
        # (a unit or scale ends where no letter of any alphabet follows: "212 tūkst." is no
        # 212 t)
        unit_word_low=re.compile(
            rf"(?P<gap>{SPACE}*(?:-{SPACE}*)?)(?P<word>{unit_words})(?![^\W_])"
        ),
        unit_symbol=re.compile(
            rf"(?P<gap>{SPACE}*(?:-{SPACE}*)?)(?P<sym>{unit_symbols})(?![^\W_])"
        ),
        unit_prefix_before_low=re.compile(
            rf"(?<![a-z])(?P<p>{lower_trie(lex.unit_prefixes)}){SPACE}*(?:-{SPACE}*)?$"
        ) if lex.unit_prefixes else None,
        rate_low=re.compile(
            rf"{SPACE}*-?(?:(?:per|a|an|each)(?:{SPACE}+|-)|/{SPACE}*)(?P<per>{per_words})\b"
            # "$3.9bn a year earlier", "£980m a year ago": a time, not a rate
            rf"(?!{SPACE}+(?:ago|earlier|before|later|prior|previously)\b)"
        ),
        qualifier_before_low=re.compile(
            rf"(?<![a-z])(?P<q>{lower_trie(lex.qualifiers_before)}){SPACE}+$"
        ),
        opener_before_low=re.compile(rf"(?<![a-z])(?P<o>{openers}){SPACE}+$"),
        qualifier_after_low=re.compile(
            rf"(?:{SPACE}*(?P<q>{qualifiers_after})\b|(?P<g>{glued_after}))"
        ),
        month_after=re.compile(rf"{SPACE}*(?:(?:of|de|del){SPACE}+)?(?:{months})\b"),
        month_before=re.compile(rf"\b(?:{months})\.?{SPACE}+$"),
        ordinal_after_low=re.compile(r"(?:st|nd|rd|th)\b"),
        clock_after_low=re.compile(rf"(?:{SPACE}*(?:[ap]\.m\.|[ap]m\b|o['’]clock)|:\d)"),
        list_marker_after=re.compile(rf"[.)]{SPACE}"),
        idioms_low=re.compile(rf"(?:{lower_trie(lex.idioms)})(?![a-z])")
        if lex.idioms else None,
        ratio_before_low=re.compile(
            rf"(?<![a-z0-9.,])(?:\d{{1,3}}|{number_word}){SPACE}+(?:in|out{SPACE}+of){SPACE}+$"
        ),
        word_after_low=re.compile(rf"{SPACE}+(?P<w>[a-z]+)\b"),
        sentence_start_before=re.compile(r"(?:^|[.!?;:\n\"“(\[•*|-])\s*$"),
        phrase_word=re.compile(_PHRASE_WORD.format(name="w")),
        phrase_words=re.compile(_nested(_PHRASE_WORD, PHRASE_WORDS)),
        of_after_low=re.compile(
            rf"{SPACE}+of(?:{SPACE}+(?:the|a|an|all|those|these|pure|illicit|illegal)"
            rf"(?={SPACE}))?"
        ),
        weighing_before_low=re.compile(
            rf"(?:\bweigh(?:ing|s|ed)?|\bweight{SPACE}+of|\btotal(?:l?ing)?|\bamounting{SPACE}+to"
            rf"|\bin{SPACE}+the{SPACE}+amount{SPACE}+of){SPACE}+$"
        ),
        unit_in_header_low=re.compile(rf"(?<![a-z])(?P<word>{header_units})(?![a-z])"),
        holding_after_low=re.compile(
            rf"{SPACE}+(?:with|containing|filled{SPACE}+with|sown{SPACE}+with|planted{SPACE}+with"
            rf"|laced{SPACE}+with|(?:that|which){SPACE}+(?:contained|tested{SPACE}+positive"
            rf"{SPACE}+for)|under|of{SPACE}+land{SPACE}+under){SPACE}+(?:(?:the|a|an){SPACE}+)?"
        ),
        # "a 40-foot container", "the 24-metre trawler": a size written before its noun
        per_word_after_low=re.compile(rf"{SPACE}+(?:per|a|an)(?:{SPACE}+|-)(?P<per>[a-zµ]+)\b"),
        determiner_before_low=re.compile(rf"(?<![a-z])(?:a|an|the|this|that|its|one){SPACE}+$"),
        label_gap=re.compile(rf"^{SPACE}*(?:[(:|\-–—]{SPACE}*)?$"),
        list_join_low=re.compile(
            rf"^{SPACE}*(?:,|,?{SPACE}*(?:and|or|as well as))?{SPACE}*$"
        ),
        # Any of these says the text weighs in pounds or US tons. Each opens with a literal
        # or digit (a word boundary checked after it: ``l(?<!\wl)`` is ``\bl``), which
        # ``search`` finds in C; one alternation opening with ``\b`` tries every position.
        # "lb" as a price's base ("$5.48 per lb", "cents/lb", "$4 a lb") weighs nothing.
        pounds_mass_low=(
            re.compile(r"\d\s*(?:pounds?|lbs?\.?)\s+of\b"),
            re.compile(r"l(?<!\wl)(?<!per l)(?<!/l)(?<!/ l)(?<![^a-z]a l)bs?\b"),
            re.compile(r"s(?<!\ws)hort\s+tons?\b"),
            re.compile(r"u(?<!\wu)\.?s\.?\s+tons?\b"),
        ),
        # a currency repeated before a range's second end ("$3m-$4m", "between Rs 320 and
        # Rs 360")
        currency_at=re.compile(
            rf"(?:{trie(other_symbols)}|(?:{trie(alpha_symbols)})(?![A-Za-z])){SPACE}?"),
        # "Ten of the defendants"; "six of Spain's 17 regions" (a possessive, then the total)
        partitive_after_low=re.compile(
            rf"{SPACE}+of{SPACE}+(?:(?:the|these|those)(?={SPACE})"
            rf"|(?:{possessives})(?={SPACE}+[a-z])"  # "five of its member states"
            rf"|(?=(?:[a-z][a-z.-]*['’]s|{possessives}){SPACE}+{total})"  # "two of Bath's three"
            rf"|(?=\d[\d,.]*{SPACE}+[a-z]))"),  # "won 293 of 543 seats"
        owner=re.compile(rf"(?:[A-Za-z][\w.-]*['’]s|{possessives})(?=\s+{total})"),  # "Spain's 17"
        # the total of a set after its owner ("17" in "six of Spain's 17 regions", "last 12"
        # in "11 of their last 12 games", "three" in "two of Bath's three tries")
        total_after_owner=re.compile(rf"{SPACE}*{total}(?=\s)", re.IGNORECASE),
        # "at 86.42 (provisional) against the US dollar", "100 per dollar": the currency a
        # quote is against, in group ``w``
        quote_against_low=re.compile(
            r"(?:[ \t]+\([a-z ]{1,20}\))?[ \t]+(?:"
            + _alternation(lex.subject_words.get("quote_links", ()), r"[ \t]+")
            + r")[ \t]+(?:(?:us|u\.s\.)[ \t]+)?(?P<w>[a-z]+)(?![a-z])"),
        # "Uganda shillings 3.5 billion": a currency named in words of its country before
        # the number
        currency_name_before_low=re.compile(
            rf"(?<![a-z])(?P<name>{lower_trie(w for w in lex.currency_words if ' ' in w)})"
            rf"{SPACE}+$"),
        # "Australian dollars": a text naming dollars of another country than the US
        other_dollars_low=re.compile(
            rf"(?<![a-z])(?:{lower_trie(_other_dollar_countries(lex))}){SPACE}+dollars?\b"),
        # "€1.1 billion ($1.2 billion)": a bracket right after an amount in a currency other
        # than the US dollar (its symbol, name or code)
        conversion_gloss=re.compile(
            rf"(?:{trie(_other_currency_signs(lex))}"
            rf"|(?<![A-Za-z])(?i:{lower_trie(_other_currency_names(lex))})(?![A-Za-z])"
            rf"|(?<![A-Za-z])(?:{trie(_other_currency_codes(lex))})(?![A-Za-z]))"
            r"[^()\n]{0,30}\($"),
        definite_before_low=re.compile(
            rf"(?<![a-z])(?:the|these|those|its|their|his|her|our|all|both|other){SPACE}+$"),
        # "4.1 % fewer than in the previous year (37,405)": a period's word or a year right
        # before the bracket that opens on a figure compared with it
        period_bracket_low=re.compile(
            rf"(?<![a-z0-9])(?:{lower_trie(lex.subject_words.get('compared_periods', ()))}"
            rf"|(?:19|20)\d\d){SPACE}*\($"),
        unit_priced_before_low=unit_priced_before_low,
        unit_price_after_low=unit_price_after_low,
        unit_changed_after=unit_changed_after,
        wire_credit_low=wire_credit_low,
        file_type_before=file_type_before,
        file_cue_before=file_cue_before,
        hedged_identity_low=hedged_identity_low,
        calibre_after_low=calibre_after_low,
        comma_pieces=comma_pieces,
        dot_pieces=dot_pieces,
    )
