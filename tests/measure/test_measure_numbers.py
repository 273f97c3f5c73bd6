"""Reading digit strings and number words."""

from __future__ import annotations

import pytest

from pressparse.measure.numbers import SeparatorStyle, document_style, parse_digits, parse_words

ENGLISH = "We seized 1,234,567 tablets and 3.5 kg."
CONTINENTAL = "Es wurden 1.234.567 Tabletten und 3,5 kg sichergestellt."
PLAIN = "Nothing to judge here."


@pytest.mark.parametrize(("raw", "context", "expected"), [
    ("1,234", PLAIN, 1234), ("1,234,567", PLAIN, 1234567), ("1,234.5", PLAIN, 1234.5),
    ("1.234,5", PLAIN, 1234.5), ("1.234.567", PLAIN, 1234567), ("3.14", PLAIN, 3.14),
    ("12,5", PLAIN, 12.5), ("5.700", ENGLISH, 5700), ("5.700", PLAIN, 5700),
    ("5.125", PLAIN, 5.125), ("5.125", CONTINENTAL, 5125), ("1,250", CONTINENTAL, 1.25),
    ("1,250", ENGLISH, 1250), ("1 000", PLAIN, 1000), ("1 000 000", PLAIN, 1000000),
    ("1'000'000", PLAIN, 1000000), ("1’500", PLAIN, 1500), ("1\u00a0500,25", PLAIN, 1500.25),
    ("0.5", PLAIN, 0.5), ("2024", PLAIN, 2024), ("30,000", PLAIN, 30000),
    ("12.75", PLAIN, 12.75), ("7", PLAIN, 7),
    # a text that groups thousands with commas writes decimals with dots ("2.880%" of a yield)
    ("2.880", "The yield rose to 2.880%, and the index closed at 49,210.35.", 2.88),
    ("1.125", "Rates hit 1.125% as 1,250,000 homes were sold.", 1.125),
    # a sum in euros written "9.850 euros" groups thousands with its dot (a euro has two
    # decimals): the text's other dots group too; not a decimal before a scale
    ("1.217", "They found 1.217 kilograms of cocaine and 9.850 euros in cash.", 1217),
    ("2.314", "A fine of € 4.500 was imposed; 2.314 kg of resin were burned.", 2314),
    ("1.217", "Police found 1.217 kg of heroin; the gang earned €1.250 million.", 1.217),
    ("1.217", "Police found 1.217 kg of heroin.", 1.217),
    # any currency's code or dollar sign set off by a blank before "d.ddd": grouped thousands
    # (money has two decimals); a glued "$1.085" (an exchange rate) proves nothing
    ("2.154", "The bundles held 2.154 kilos of cocaine; USD 23.400 was also seized.", 2154),
    ("3.870", "Agents seized $ 186.500 in cash and 3.870 kilos of marijuana.", 3870),
    ("1.350", "Gendarmes found 1.350 kg of resin and MAD 12.500 on the driver.", 1350),
    ("2.154", "The euro rose to $1.085; the bundles held 2.154 kilos of cocaine.", 2.154),
    # the sign glued to the sum ("€9.300") or two letters before the dollar ("NZ$ 14.200")
    # group too; a code run into other capitals ("EURUSD 1.085", a rate) proves nothing
    ("2.640", "Customs found 2.640 kg of khat and €9.300 in a traveller's bag.", 2640),
    ("1.420", "Detectives seized NZ$ 14.200 and 1.420 kg of methamphetamine.", 1420),
    ("1.425", "The EURUSD 1.085 rate held; 1.425 kg of methamphetamine was seized.", 1.425),
    # a text that writes decimals both ways ("6,4 percent" and "2.1 million"), a relay that
    # kept some of its source's numbers, keeps the English thousands group in "1,316";
    # a comma-decimal text with only dotted days ("17.11") still reads "1,250" as a decimal
    ("1,316", "The Polish farm adds 1,316 megawatts; output rose 6,4 percent to 2.1 million "
     "megawatt hours.", 1316),
    ("1,480", "Navy seizes 1,480 kilos of cocaine off Guayaquil. The boat carried 1.480 "
     "kilos, 3,2 hectares of crops and 2.5 tons of marijuana were destroyed.", 1480),
    ("1,250", "On 17.11 officers seized 1,250 kg of hashish and 3,5 kg of heroin.", 1.25),
    ("1,250", "Output reached 1,250 tonnes in Lodz, 4,2 percent more.", 1.25),
    # a text that groups thousands with blanks and writes plain dot decimals ("0.870 kg",
    # "2.05 kg") reads "3.150" as a decimal; a phone number's digit groups prove nothing
    ("3.150", "Heroin 0.870 kg, opium 3.150 kg, tramadol 1 200 and 2 600 tablets.", 3.15),
    ("4.270", "Totals: 12 400 tablets, 3 800 tablets, 2.05 kg of hashish, 4.270 kg of opium.",
     4.27),
    ("3.150", "Call +994 12 590 90 10 or 12 400 kg; 2.5 t and 3.150 kg of opium.", 3150),
    ("3.150", "Seized 12 400 tablets and 3.150 kg; nothing else.", 3150),
])
def test_parse_digits(raw: str, context: str, expected: float) -> None:
    assert parse_digits(raw, SeparatorStyle(context)).value == pytest.approx(expected)


# An item without separator habits of its own reads its numbers with its document's
# (document_style of the whole page: "1.176 kilos" in one of three items of a list that writes
# "2.950.000" and "14,3" in the others); an item with habits keeps its own.
@pytest.mark.parametrize(("raw", "item", "page", "expected"), [
    ("1.176", "Officers found 1.176 kilos of cannabis on the boat.",
     "Police seized 2.950.000 euros and 14,3 kilos of cocaine.", 1176),
    ("1.176", "Officers found 1.176 kilos of cannabis on the boat.",
     "The 10-year yield rose to 1.965%, the index to 49,210.35.", 1.176),
    ("2.125", "The rate hit 2.125% as 1,250,000 homes were sold.",
     "Police seized 2.950.000 euros and 14,3 kilos of cocaine.", 2.125),
    # a teaser line on a page that writes decimals both ways ("4,6 hectares", "3.5 tons")
    ("1,480", "Navy seizes 1,480 kilos of cocaine off Manta",
     "The crew burned 4,6 hectares of coca and 3.5 tons of marijuana in Esmeraldas.", 1480),
    ("1,480", "Navy seizes 1,480 kilos of cocaine off Manta",
     "The crew burned 4,6 hectares of coca in Esmeraldas.", 1.48),
])
def test_document_style_for_an_item_without_its_own(raw: str, item: str, page: str,
                                                    expected: float) -> None:
    style = SeparatorStyle(item, document_style(page))
    assert parse_digits(raw, style).value == pytest.approx(expected)


def test_ambiguous_reading_keeps_the_alternative() -> None:
    number = parse_digits("5.125", SeparatorStyle(PLAIN))
    assert number.value == pytest.approx(5.125)
    assert number.alternative == pytest.approx(5125)


@pytest.mark.parametrize(("words", "expected"), [
    ("one", 1), ("twelve", 12), ("twenty five", 25), ("twenty-five", 25),
    ("one hundred and twenty", 120), ("three hundred", 300), ("two million", 2e6),
    ("nine hundred ninety nine", 999), ("four thousand", 4000),
])
def test_parse_words(scanner, words: str, expected: float) -> None:
    scales = {form: rec.value for form, rec in scanner.lex.scales.items()}
    parts = words.replace("-", " ").split()
    assert parse_words(parts, scanner.lex.number_words, scales) == pytest.approx(expected)


def test_parse_words_refuses_non_numbers(scanner) -> None:
    assert parse_words(["several"], scanner.lex.number_words, {}) is None
