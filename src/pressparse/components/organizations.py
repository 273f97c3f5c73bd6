"""Organizations no list knows, named operations, and acronyms defined in the text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..data import DataFileError, read_jsonl
from ..entities.acronyms import find_definitions, mentions
from ..entities.operations import OperationFinder, unify_names
from ..entities.org_grammar import GrammarWords, OrganizationGrammar
from ..entities.records import OperationRecord, WordList
from ..entities.text import clean_name
from ..extensions import get_normalized, set_normalized
from ..spans import Candidate, add_entities
from .base import DataComponent

GRAMMAR_PRIORITY = -1  # a gazetteer body wins a tie with a grammar span


class OrganizationGrammarComponent(DataComponent):
    """Organizations no list knows, named operations, and acronyms defined in the text.

    Runs after the gazetteer: operations first (so no grammar name swallows "Channel Center"),
    then the organization grammar (which absorbs the gazetteer's countries and bodies inside a
    longer name), then acronyms defined in parentheses after an organization.
    """

    factory = "pressparse_organizations"
    grammar: OrganizationGrammar
    operations: OperationFinder

    def load(self, data_dir: Path) -> None:
        lists = {record.id: record.words
                 for record in read_jsonl(data_dir / "word_lists.jsonl", WordList)}
        needed = ("head_nouns", "link_words", "articles", "name_lowercase_words", "name_endings",
                  "sentence_words", "title_words", "operation_cues", "operation_prefixes")
        missing = [name for name in needed if name not in lists]
        if missing:
            raise DataFileError(f"{data_dir / 'word_lists.jsonl'}: missing lists {missing}")
        words = GrammarWords(
            heads=frozenset(lists["head_nouns"]), links=frozenset(lists["link_words"]),
            articles=frozenset(lists["articles"]),
            lowercase=frozenset(lists["name_lowercase_words"]),
            endings=frozenset(lists["name_endings"]), sentence=frozenset(lists["sentence_words"]),
            titles=frozenset(lists["title_words"]),
        )
        self.grammar = OrganizationGrammar(words)
        known = read_jsonl(data_dir / "operations.jsonl", OperationRecord)
        self.operations = OperationFinder(lists["operation_cues"], lists["operation_prefixes"],
                                          known, stop_heads=lists["head_nouns"])

    def operation_candidates(self, doc: Doc) -> list[Candidate]:
        found = unify_names(self.operations.find(doc.text))
        return [Candidate(m.start, m.end, "OPERATION", {"name": m.name}) for m in found]

    def organization_candidates(self, doc: Doc) -> list[Candidate]:
        known = {(ent.start, ent.end) for ent in doc.ents if ent.label_ == "ORG"}
        found: list[Candidate] = []
        for start, end in self.grammar.find(doc):
            if (start, end) in known:
                continue
            span = doc[start:end]
            value: dict[str, Any] = {"name": clean_name(span.text), "acronym": None, "id": None}
            found.append(Candidate(span.start_char, span.end_char, "ORG", value,
                                   GRAMMAR_PRIORITY))
        return found

    def link_acronyms(self, doc: Doc) -> Doc:
        """Give a long form the acronym defined after it and tag the acronym's mentions."""
        covered = {i for ent in doc.ents for i in range(ent.start_char, ent.end_char)}
        candidates: list[Candidate] = []
        for definition in find_definitions(doc):
            if definition.start in covered:
                continue  # already a known body, country...
            value = dict(get_normalized(definition.long_form) or {})
            value.setdefault("name", clean_name(definition.long_form.text))
            if not value.get("acronym"):
                value["acronym"] = definition.acronym
                set_normalized(definition.long_form, value)
            for start, end in mentions(doc.text, definition.acronym):
                if start not in covered:
                    candidates.append(Candidate(start, end, "ORG", value))
        return add_entities(doc, candidates) if candidates else doc

    def process(self, doc: Doc) -> Doc:
        doc = add_entities(doc, self.operation_candidates(doc))
        doc = add_entities(doc, self.organization_candidates(doc))
        return self.link_acronyms(doc)


@Language.factory("pressparse_organizations", default_config={"data_dir": None})
def make_organizations(nlp: Language, name: str,
                       data_dir: str | None) -> OrganizationGrammarComponent:
    return OrganizationGrammarComponent(nlp, name, data_dir)
