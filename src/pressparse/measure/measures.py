"""A reading with a unit or currency turned into a quantity: its normalized value, and the
currency a shared symbol stands for in the text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .lexicon import Lexicon, Unit, currency_head
from .patterns import Patterns
from .reading import RawQuantity, Reading, reading_qualifier, reading_value, times_ratio
from .text_facts import TextFacts

US_DOLLAR = "USD"
_BARE_DOLLAR_FORMS = frozenset({"$", "dollar", "dollars"})
# dollars of another country written out as such: plain "dollars" of the text are then US
# (symbols are not: "A$45 million" and "$86,500" are both Australian in a local release)
_DOLLAR_WORDS = frozenset({"dollar", "dollars"})
_OTHER_DOLLARS_KEY = "\x00other dollars"  # TextFacts.currencies entry: the text marks them
_WIRE_KEY = "\x00wire"  # TextFacts.currencies entry: an agency's credit opens the text


class MeasureBuilder:
    """Builds the quantity of a reading with a unit or currency."""

    lex: Lexicon
    pats: Patterns
    _named_rates: dict[tuple[str, str], Unit]

    def _measure(self, r: Reading, f: TextFacts) -> RawQuantity:
        """The quantity of a reading with a unit or currency: its kind, unit and normalized
        value."""
        count_unit = r.unit is not None and r.unit.kind == "count"
        if count_unit and r.alternative is not None and r.scaled == 1.0 and r.decimals:
            r.value = r.alternative
        value = reading_value(r)
        quantity = RawQuantity(r.span_start, r.pos, value, low=r.low, high=r.high,
                               qualifier=reading_qualifier(r, r.qualifier))
        if r.currency is not None:
            quantity.kind = "money"
            code = r.currency
            if code == US_DOLLAR and self.pats.conversion_gloss.search(
                    f.text, max(0, r.span_start - 50), r.span_start) \
                    and r.currency_form in _BARE_DOLLAR_FORMS:
                pass  # "€1.1 billion ($1.2 billion)": a conversion for readers, in US dollars
            else:
                code = self._currency_in_context(f, code, r.currency_form, r.currency_blank)
            quantity.unit = code + (f"/{r.per}" if r.per else "")
            if r.written is not None and value is not None:  # "87 cents": 0.87 USD, as written
                quantity.original_value, quantity.original_unit = r.written
            return quantity
        assert r.unit is not None
        reading = r.unit.imperial if (r.unit.ambiguous and f.imperial) else r.unit.usual
        quantity.kind = reading.kind
        quantity.unit = reading.name
        quantity.assumption = reading.assumption
        if r.per:
            named = self._named_rates.get((reading.name, r.per))  # "barrels a day": bbl/d
            quantity.unit = named.name if named else f"{reading.name}/{r.per}"
            quantity.kind = named.kind if named else "other"
            return quantity
        if reading.factor is None:
            return quantity
        if reading.kind == "mass":
            quantity.kg = times_ratio(value, reading.factor)
            if r.low is not None:
                quantity.extra["kg_low"] = times_ratio(r.low, reading.factor)
                quantity.extra["kg_high"] = times_ratio(r.high, reading.factor)
        elif reading.kind == "volume":  # as written; litres beside it, as kg for a mass
            quantity.litres = times_ratio(value, reading.factor)
            if r.low is not None:
                quantity.extra["litres_low"] = times_ratio(r.low, reading.factor)
                quantity.extra["litres_high"] = times_ratio(r.high, reading.factor)
        return quantity

    def _currency_in_context(self, f: TextFacts, code: str, form: str | None = None,
                             blank: bool = False) -> str:
        """A shared symbol's currency: the one of the country the text is about (its home
        country), else the one whose country it names most often ("Rs" in a text about
        Amritsar: INR; "pesos" in Colombia: COP), else by the text's country words ("Rs" and
        "Punjab police" with no place named: PKR). A form only one currency writes ("US$",
        "Colombian pesos") is that currency's; a symbol set off by a blank as a country's own
        press writes it ("$ 186.500" in a Uruguayan text) is that country's currency."""
        if blank and form in self.lex.blank_symbol_currencies:
            local = self._blank_symbol_currency(f, form)
            if local is not None:
                return local
        if form is not None and " ".join(form.lower().split()) not in \
                self.lex.shared_currency_forms:
            return code
        if code == US_DOLLAR and form is not None and form.lower() in _DOLLAR_WORDS:
            marked = f.currencies.get(_OTHER_DOLLARS_KEY)
            if marked is None:  # read once per text
                marked = f.currencies[_OTHER_DOLLARS_KEY] = \
                    "y" if self.pats.other_dollars_low.search(f.low) else ""
            if marked:
                return code  # "dollars" in a text that writes its other ones "Australian dollars"
        if code == US_DOLLAR and form is not None and form.lower() in _BARE_DOLLAR_FORMS \
                and self.pats.wire_credit_low is not None:
            wire = f.currencies.get(_WIRE_KEY)
            if wire is None:  # read once per text
                wire = f.currencies[_WIRE_KEY] = (
                    "y" if self.pats.wire_credit_low.search(f.low) else "")
            if wire:
                return code  # an agency's story: other dollars carry their prefix (A$, C$)
        # a currency's word names only the currencies named by words of its head
        head = currency_head(form) if form is not None \
            and form.lower() in self.lex.currency_words else None
        key = code if head is None else f"{code} {head}"
        known = f.currencies.get(key)
        if known is None:
            known = self._currency_of_country(f, code, head)
        if known is None:
            known = code
            for other, words in self.lex.currency_contexts.get(code, ()):
                if self._named_by(other, head) and any(word in f.text for word in words):
                    known = other
                    break
        f.currencies[key] = known
        return known

    def _named_by(self, code: str, head: str | None) -> bool:
        """Whether a currency's names have the head of a currency word (True for a symbol:
        ``head`` None)."""
        return head is None or head in self.lex.currency_heads.get(code, ())

    def _countries_of(self, code: str) -> tuple[str, ...]:
        """The countries (ISO2) that use a currency: listed, else its code's first letters."""
        return self.lex.currency_countries.get(code) or (code[:2],)

    def _times_named(self, named: Mapping[str, int], code: str) -> int:
        """How often the text names the countries that use a currency."""
        return sum(named.get(country, 0) for country in self._countries_of(code))

    def _home_currency(self, f: TextFacts, code: str) -> bool:
        """The text is about a country that uses currency ``code``: its home country, else
        the country it names most often."""
        countries = self._countries_of(code)
        if f.home_country:
            return f.home_country in countries
        named = f.countries_named
        if not named:
            return False
        most = max(named.values())
        return any(named.get(country, 0) == most for country in countries)

    def _currency_of_country(self, f: TextFacts, code: str, head: str | None = None
                             ) -> str | None:
        """Of a currency and the ones sharing its symbol or word, the one of the text's home
        country, else the one whose countries the text names most often (the usual one on
        a tie); None when it names none of their countries. A currency word (its ``head``
        given) that the chosen currency's names do not share is the usual currency's:
        "dollars" in a Chilean story are US dollars, not the pesos sharing the "$"."""
        others = self.lex.currency_alternatives.get(code)
        if not others:
            return None
        # "710 million FCFA" in a Cameroonian bulletin: XAF; none named, or a tie: the
        # country words
        best = self._most_named_currency(f, (code, *others))
        if best is None:
            return None
        return best if self._named_by(best, head) else code

    def _most_named_currency(self, f: TextFacts, candidates: Sequence[str]) -> str | None:
        """Of currencies, the first one of the text's home country, else the one whose
        countries the text names most often; None when it names none of them, two of them
        as often, or another country more often (the text is about a third country)."""
        if f.home_country:
            for candidate in candidates:
                if f.home_country in self._countries_of(candidate):
                    return candidate
        named = f.countries_named
        if not named:
            return None
        counts = sorted(((self._times_named(named, candidate), candidate)
                         for candidate in candidates), reverse=True)
        most = counts[0][0]
        if most == 0 or (len(counts) > 1 and counts[1][0] == most) or \
                most < max(named.values()):
            return None  # (a text about Bangladesh naming Singapore once: "$" is no SGD)
        return counts[0][1]

    def _blank_symbol_currency(self, f: TextFacts, symbol: str) -> str | None:
        """The currency a symbol set off by a blank stands for ("$ 186.500"): the one of the
        text's home country among those whose press so writes it, else of the one of their
        countries the text names more often than the symbol's usual country; None else."""
        candidates = self.lex.blank_symbol_currencies[symbol]
        if f.home_country:
            return next((code for code in candidates
                         if f.home_country in self._countries_of(code)), None)
        named = f.countries_named
        if not named:
            return None
        usual = self.lex.currency_symbols.get(symbol)
        floor = self._times_named(named, usual) if usual else 0
        most, best = max((self._times_named(named, code), code) for code in candidates)
        return best if most > floor else None
