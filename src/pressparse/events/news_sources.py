"""News sources: a body that reports or is credited with what a text tells (a medium, a
byline, a dateline's medium, "according to ..."), which takes no role in the events."""

from __future__ import annotations

import re

from .dating import DATELINE_HEAD
from .mentions import Mention
from .places import PlaceRules
from .results import ROLE_WORDS_FILE, kind_alternatives

NEWS_CONTEXT_CHARS = 30  # chars around an ORG searched for "news agency", "reported by"
# "By KNA", "By the El Tribuno newsroom" on a line of its own
_BYLINE = re.compile(r"By\s+(?:the\s+)?[A-Z][\w.&' -]{1,60}")
# a site's domain for a name ("ZAKON.KZ", "Podrobno.uz", "1news.az"): a news site's
_SITE_NAME = re.compile(r"[^\W_][\w-]*\.[a-z]{2,6}", re.IGNORECASE)
BYLINE_CHARS = 80  # a byline line ("By KNA") is short
DATELINE_CHARS = 60  # a dateline's medium in brackets is within its first chars
_CREDIT_WORDS = kind_alternatives(ROLE_WORDS_FILE, "credit")  # "according to"
# a body credited with the sentence's figures ("According to the NCB, more than 9,600 people
# ...", "according to an official with the Narcotics Control Bureau"): up to five words
# between the credit and the body, within its clause
_CREDITED = re.compile(
    rf"\b(?:{_CREDIT_WORDS})\s+(?:[^\s,.;:()]+\s+){{0,5}}$", re.IGNORECASE)
CREDIT_CHARS = 80  # chars before a body searched for its credit
# a dateline's medium in brackets closed by the dateline's dash ("ASTANA. Oct 14
# (Interfax-Kazakhstan) - Kazakh police ...")
_DATELINE_CREDIT_END = re.compile(r"\)\s*(?:--?|[\u2013\u2014])\s")
# a medium's regional service: its name, a hyphen and the region ("Interfax-Kazakhstan")
_REGIONAL_SERVICE = re.compile(r"([A-Z]\w*)-[A-Z][\w-]*")
_OWN_REPORT_GAP = re.compile(  # "According to the " before the body, nothing else
    rf"(?:{_CREDIT_WORDS})\s+(?:the\s+)?", re.IGNORECASE)


class NewsSourceRules(PlaceRules):
    """Which bodies are news sources rather than actors."""

    def _is_news_source(self, mention: Mention) -> bool:
        """A body that reports or is credited, not one that acts (_news_source, once a body)."""
        if mention.label != "ORG":
            return False
        found = self._sources.get(mention.start)
        if found is None:
            found = self._sources[mention.start] = self._news_source(mention)
        return found

    def _news_source(self, mention: Mention) -> bool:
        """A medium by name or by a site's domain, a byline or a dateline's medium, a body
        credited with the figures, or one a news word stands beside ("..., news agency",
        "reported by ...")."""
        norm = mention.normalized
        names = {str(norm.get(k) or "").lower() for k in ("id", "acronym", "name")}
        names.add(mention.text.lower())
        full = str(norm.get("name") or "").lower()
        acronym = str(norm.get("acronym") or "").lower()
        if full and acronym and full != acronym and full not in self.rules.news_names:
            # a body the text resolves to a full name that is no medium: its acronym is
            # shared with one ("AFP": the Australian Federal Police, not the news agency)
            names -= {acronym}
        joined = "\n".join(names)  # (the name words are phrases of one line)
        if names & self.rules.news_names or any(
                word in joined for word in self.rules.news_name_words):
            return True  # a known medium, or one its name says ("Iraqi News Agency")
        if "." in mention.text and _SITE_NAME.fullmatch(mention.text):
            return True  # a news site named by its domain ("ZAKON.KZ")
        service = _REGIONAL_SERVICE.fullmatch(mention.text) if "-" in mention.text else None
        if service is not None and service.group(1).lower() in self.rules.news_names:
            return True  # a known medium's regional service ("Interfax-Kazakhstan")
        text = self.text
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end, line_start + BYLINE_CHARS + 1)
        if line_end < 0 and len(text) - line_start <= BYLINE_CHARS:
            line_end = len(text)
        # a short line: "By KNA"; a dateline's medium: "MOMBASA, Nov 4 (KNA) –"
        if (line_end >= 0 and _BYLINE.fullmatch(text[line_start:line_end].strip())) or (
                text[mention.start - 1 : mention.start] == "("
                and text[mention.end : mention.end + 1] == ")"
                and (DATELINE_HEAD.match(text, line_start)
                     or _DATELINE_CREDIT_END.match(text, mention.end))
                and mention.start - line_start <= DATELINE_CHARS):
            return True  # the medium that reports
        credit = _CREDITED.search(text, max(0, mention.start - CREDIT_CHARS), mention.start)
        if credit is not None and not self._own_report(mention, credit.start()):
            return True  # "according to figures presented by the EUDA": their source
        # a context word right after (past spaces and commas) or right before the body
        # ("..., news agency", "reported by ..."): plain string tests
        contexts = self.rules.news_contexts
        if not contexts:
            return False
        after = text[mention.end : mention.end + NEWS_CONTEXT_CHARS].lstrip(" ,").lower()
        before = text[max(0, mention.start - NEWS_CONTEXT_CHARS) : mention.start].rstrip()
        return after.startswith(contexts) or before.lower().endswith(contexts)

    def _own_report(self, mention: Mention, credit: int) -> bool:
        """A body credited by the phrase opening its sentence, right before the comma ("According
        to the Provincial Border Guard Command, at about 22:00 on 13/10, its task force stopped
        ..."; "According to the CBSA, officers in Quebec have intercepted ..."): the body
        reports its own action, as a press service does."""
        start = self.lay.sentences[mention.sentence][0]
        return (not self.text[start:credit].strip(" \t\"'“(")
                and _OWN_REPORT_GAP.fullmatch(self.text, credit, mention.start) is not None
                and self.text.startswith(",", mention.end))
