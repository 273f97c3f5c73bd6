"""Who did what: organizers, participants, observers and the location, from role cues."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain as joined

from .mentions import Mention, RoleCueMatch
from .results import (
    ROLE_WORDS_FILE,
    UNIT_LINKS_FILE,
    kind_alternatives,
)

LOCALITY_WORDS_FILE = "locality_words.jsonl"  # kinds of places (also read by places.py)
# the people of a body named before "of"/"from" ("police officers of B", "members of the
# Border Guard"; role_words.jsonl staff_noun, member_noun)
BODY_PEOPLE = (f"{kind_alternatives(ROLE_WORDS_FILE, 'staff_noun')}"
               f"|{kind_alternatives(ROLE_WORDS_FILE, 'member_noun')}")

# Text allowed between two entities of one list: connectors ("and from the", "and of the":
# past the people of the element before "and": "BSF troops and the Punjab Police";
# "Representatives of A and of B"; "the Committee, its Border Service and the ..."), the
# people of the next element after a conjunction ("with the assistance of A and police
# officers of B", "supported by A and by agents of B", "representatives of A and military
# attachés of B", "A and the chairman of B"; role_words.jsonl staff_noun, leader_title),
# a leader's post after a comma ("the head of A, the chief of B and ..."), after a bracketed
# aside of the element before ("the police of Russia (2.4 tons),
# Kazakhstan (1.9 tons) and ..."), or one unrecognized list item; the next element's "of" or
# "from" after a comma ("representatives of A, of B and of C").
_CONNECTOR = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?"
    rf"(?:\s+(?:{kind_alternatives(ROLE_WORDS_FILE, 'staff_noun')})(?=\s+(?:and|&)\s))?"
    r"[\s,;]*(?:(?:and|or|as well as|&|plus)\s+(?:(?:by|from|with|of)\s+)?"
    r"(?:(?:the\s+)?(?:[a-z][\w-]*\s+)?"
    rf"(?:{BODY_PEOPLE}|{kind_alternatives(ROLE_WORDS_FILE, 'leader_title')})"
    r"\s+(?:of|from)\s+)?)?"
    r"(?:(?:the|its|their)\s+)?"
    r"|\s*,\s*(?:the\s+)?(?:[a-z][\w-]*\s+)?"
    rf"(?:{kind_alternatives(ROLE_WORDS_FILE, 'leader_title')})\s+(?:of|from)\s+(?:the\s+)?"
    r"|[\s]*,[^.;:!?()\n]{1,60},\s*(?:(?:and|or|as well as)\s+)?(?:the\s+)?"
    # "representatives of A, of B and of C": the next element's "of" after a comma (past the
    # element's acronym in brackets)
    r"|(?:\s*\([^()\n]{1,40}\))?\s*,\s*(?:of|from)\s+(?:the\s+)?",
    re.IGNORECASE,
)


# the comma opening an inserted clause after a subject (after its acronym's bracket too:
# "X (DNCD), together with Y (ARD), intercepted")
_CLAUSE_OPEN = re.compile(r"\s*\)?\s*,")
_CLAUSE_CLOSE = re.compile(r"\s*\)?\s*,\s*")  # the comma closing it, right before the verb
# the comma closing it before an observer cue's verb ("A and B, run by C with D, took part as
# observers"): up to two lower-case words between the comma and the cue
_CLAUSE_CLOSE_VERB = re.compile(r"\s*\)?\s*,\s*(?:[a-z]+\s+){0,2}")
_INSERTED_CLAUSE = re.compile(  # its opening after the comma: "run by", "which" (role_words)
    rf"\s*\)?\s*,\s*(?:{kind_alternatives(ROLE_WORDS_FILE, 'inserted_clause')})\b")
# the words linking a body to the unit it acts through ("The Judicial Police, through its
# National Narcotics Unit (UNCTE), seized"; "represented by the Coast Guard Police"): the
# unit is the actor (unit_links.jsonl; also read by the actors layer)
UNIT_LINK_WORDS = f"(?:{kind_alternatives(UNIT_LINKS_FILE, 'link')})"
_THROUGH_UNIT = re.compile(rf"\s*{UNIT_LINK_WORDS}\b", re.IGNORECASE)
# a unit named in a clause after its body's subject (", represented by the State Revenue
# Committee, hosted"): the unit acts
_LINKED_UNIT_BEFORE = re.compile(rf",\s*{UNIT_LINK_WORDS}\s+(?:the\s+)?\Z", re.IGNORECASE)
UNIT_LINK_REACH = 40  # chars before a unit searched for its link
CLAUSE_SUBJECT_WINDOW = 120  # chars from a subject to its verb across an inserted clause
_NEW_ELEMENT = re.compile(r"(?:,|\band|\bas well|\bor|\bwhile|\bwhereas)\s*$", re.IGNORECASE)
# a participation verb whose clause ends in a colon before the list of those taking part
# ("took part in the operation: A, B and C"): the rest of the clause, then the colon
_LIST_AFTER_VERB = re.compile(r"[^.;:!?()\n]{0,60}:[ \t]*")
# a cue ending its clause: a new clause opens before the next entity ("Georgia and Ukraine
# took part as observers, and the DEA and Europol supported it": the DEA observes nothing)
_CLAUSE_AFTER_CUE = re.compile(r"\s*[,;]\s*(?:and|but|while|whereas)\s", re.IGNORECASE)
# an entity after a cue read in another phrase: a relative clause between them, or a country
# as the place of a noun ("contacts in Colombia")
_RELATIVE_OPENER = re.compile(r"\b(?:that|which|who|whose|where)\b", re.IGNORECASE)
_PLACE_IN = re.compile(r"\b(?:in|inside)\s+(?:the\s+)?\Z", re.IGNORECASE)
# a country after a lower-case word and "in" ("the missions of Germany and Japan accredited
# in Turkmenistan", "embassies based in Ashgabat"): the place of the bodies named before it
_PLACE_OF_BODIES = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}(?:in|inside)\s+(?:the\s+)?\Z")
LIST_AFTER_COLON_WINDOW = 40  # chars from the colon to the list's first entity
# a country where people or goods come from or go ("a minibus coming from Romania", "a flight
# to Toronto, Canada"; role_words.jsonl motion and motion_preposition): a motion word, its
# preposition, and a place the country is the address of; the country is no party of the event
_MOTION_PLACE = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'motion')})"
    rf"\s+(?:{kind_alternatives(ROLE_WORDS_FILE, 'motion_preposition')})\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}\s*,\s*(?:the\s+)?)?\Z")
MOTION_CHARS = 80  # "bound for Port-au-Prince, " before a country
# a capitalized body's or envoy's word and "to" before a country: the country it serves in
_ACCREDITED_TO = re.compile(r"\b[A-Z][\w'’-]*\s+to\s+(?:[Tt]he\s+)?\Z")  # "to The Gambia" too
ACCREDITED_CHARS = 40  # "Delegation to the " before a country
# the people a body sent, counted, between a participation cue and the body ("attended by 36
# dog handlers from the units of the", "with the participation of more than 40 officers of
# the"): up to two words before the number, up to four lower-case words after it ("police
# officers and prosecutors"), "from" or "of", and the body's part ("the units of the")
_PEOPLE_GAP = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}\d[\d,]*\s+(?:[a-z][\w-]*\s+){1,4}(?:from|of)\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+of\s+(?:the\s+)?)?")
# the kind of place a place's cue names before the place itself ("near the locality of Ti
# Mouillage", "in the hills of Gayo Lues", "on the outskirts of the village of Sary-Bulak",
# "at the container terminal of the port of Piraeus", "in a hotel of Ivandry"): "the" or "a",
# one to three lower-case words and "of", once or twice; the place after it is the cue's,
# however far its window reaches. Not a part of a place named by a compass word ("off the south
# coast of Clarendon", "in the north of the region"): that names a wider area than a place of
# its own would
_COMPASS_WORDS = kind_alternatives(LOCALITY_WORDS_FILE, "compass")
_PLACE_KIND_GAP = re.compile(
    rf"(?:\s+(?:the|an?)\s+(?!(?:{_COMPASS_WORDS})\b)[a-z][a-z-]*"
    rf"(?:\s+(?!(?:{_COMPASS_WORDS})\b)[a-z][a-z-]*){{0,2}}\s+of)+\s+(?:the\s+)?")
# a cue ending in its article ("at the"): the gap's own article is the cue's last word
_CUE_ARTICLE_END = re.compile(r"\s(?:the|an?)\Z", re.IGNORECASE)
CUE_ARTICLE_CHARS = 4  # " the" ending a cue
# a body's member states listed after it ("delegations of the EAG member states – the Republic
# of Belarus, the Republic of India ...", "from all 11 ASEAN Member States, including
# Indonesia, ..."): the states the list names take the cue's role
_MEMBERS_LISTED = re.compile(
    rf"\s+(?:{kind_alternatives(ROLE_WORDS_FILE, 'members')})"
    r"\s*(?:[–—:]|-\s|,?\s*"
    rf"(?:{kind_alternatives(ROLE_WORDS_FILE, 'members_list_opener')})\b)\s*(?:the\s+)?",
    re.IGNORECASE)
# a body's seat between it and its verb ("the Academy of the Ministry in Minsk held a course",
# "the Customs Office at Zamiin-Uud hosted"): a capitalized place after "in"/"at"
_SEAT_GAP = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}\s*")
# a help phrase joining a partner to the subject before its verb, with no comma ("The Police
# Department together with the Regional Center held a seminar", "The Commission in
# collaboration with UNODC will conduct"; role_words.jsonl helper): the subject acts, the
# partner after the phrase helps; past the subject's acronym in brackets and the partner's
# people ("jointly with officers of the")
_JOINT_BEFORE = re.compile(
    r"\)?(?:\s*\([^()\n]{1,20}\))?\s+"
    rf"(?:{kind_alternatives(ROLE_WORDS_FILE, 'helper')})\s+(?:the\s+)?"
    rf"(?:(?-i:[a-z][\w-]*\s+)?(?:{BODY_PEOPLE})\s+(?:of|from)\s+(?:the\s+)?)?",
    re.IGNORECASE)
# the rest of a body's subject before a verb that must follow it closely ("held",
# "conducted"): a lower-case "of the <generic noun>" ("The Kinmen Branch of the coast guard
# held"), then auxiliaries and adverbs ("has successfully conducted"; role_words.jsonl)
_SUBJECT_GAP = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})?"
    rf"(?:\s+(?:{kind_alternatives(ROLE_WORDS_FILE, 'subject_gap')}))*\s*")


@dataclass(slots=True)
class RoleAssignment:
    """An entity given a role by a cue."""

    role: str
    mention: Mention
    cue: RoleCueMatch
    label_rank: int
    distance: int
    # the priority it ranks with among one entity's roles, when not its cue's: a second
    # organizer joined to an organizing verb's body ("organized by A together with B") ranks
    # with the verb
    priority: int | None = None

    @property
    def rank(self) -> int:
        """The priority among one entity's roles (role_lists)."""
        return self.cue.cue.priority if self.priority is None else self.priority


# the lower-case head a demonym names a body with ("the Dutch police and with Europol",
# "Tajik border guards, and the")
_DEMONYM_HEADS = (re.compile(r"\s+[a-z]+(?=[\s,;])"), re.compile(r"\s+[a-z]+\s+[a-z]+(?=[\s,;])"))


def _bracketed(mention: Mention, text: str) -> bool:
    """An acronym in brackets ("(CARICC)")."""
    return text[mention.start - 1 : mention.start] == "(" and text.startswith(")", mention.end)


# a body's people right after it ("SIPA officers"; role_words.jsonl staff_noun): after a
# comma alone, the subject of a clause of its own
_STAFF_AFTER = re.compile(
    rf"\s+(?:{kind_alternatives(ROLE_WORDS_FILE, 'staff_noun')})\b")
_COMMA_ONLY = re.compile(r"\s*,\s*(?:the\s+)?")


def chain_forward(first: Mention, others: Iterable[Mention], text: str) -> list[Mention]:
    """``first`` and the list elements following it (``others`` in text order); a body's
    acronym in brackets is part of the list ("the Centre (CARICC) and the Office")."""
    chain = [first]
    for mention in others:
        if _bracketed(mention, text) and text[chain[-1].end : mention.start].strip() == "(":
            chain.append(mention)  # the acronym of the body before it
            continue
        end = chain[-1].end + _bracketed(chain[-1], text)  # past an acronym's bracket
        heads = [h for pattern in _DEMONYM_HEADS
                 if (h := pattern.match(text, end, mention.start)) is not None
                 ] if chain[-1].label == "NORP" else []
        if _COMMA_ONLY.fullmatch(text, end, mention.start) and _STAFF_AFTER.match(
                text, mention.end):
            break  # "In a joint action with the Border Police, SIPA officers arrested"
        if _motion_place(mention, text):
            break  # "working alongside the Customs Division, stopped him ... to Toronto, Canada"
        if _CONNECTOR.fullmatch(text[end : mention.start]) or any(
                _CONNECTOR.fullmatch(text, head.end(), mention.start) for head in heads):
            chain.append(mention)
        else:
            break
    return chain


# a description inserted after a list element, before the next one ("Uzbekistan and Cuba,
# states having the status of observer at the EAEU, and experts of the WCO"): a comma, then
# lower-case words (no "and"/"or" opening a new element), up to the entity it names
# of two lower-case words or more, not opened by an article ("China, the Republic of Iran")
_APPOSITIVE_WORDS = r",\s*(?!(?:and|or|as|the|a|an)\s)[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){1,12}\s+"
_APPOSITIVE = re.compile(rf"\s*{_APPOSITIVE_WORDS}")
_APPOSITIVE_OPEN = re.compile(rf"{_APPOSITIVE_WORDS}\Z")
APPOSITIVE_CHARS = 120


def chain_back(last: Mention, earlier: Iterable[Mention], text: str) -> list[Mention]:
    """``last`` and the list elements before it (``earlier`` nearest first), past a body's
    acronym in brackets ("the Centre (CARICC) and the Office ... were represented as
    observers")."""
    chain = [last]
    skipped: Mention | None = None  # an entity of a description inserted after an element
    for mention in earlier:
        if skipped is not None:
            if not _APPOSITIVE.fullmatch(text, mention.end + _bracketed(mention, text),
                                         skipped.start):
                break
            chain.append(mention)  # "Uzbekistan and Cuba, states ... of the EAEU, and ..."
            skipped = None
            continue
        if _bracketed(chain[-1], text) and text[mention.end : chain[-1].start].strip() == "(":
            chain.append(mention)  # the name an acronym in brackets follows
            continue
        gap = text[mention.end + _bracketed(mention, text) : chain[-1].start]
        if _CONNECTOR.fullmatch(gap):
            if gap.lstrip().startswith(",") and _APPOSITIVE_OPEN.search(
                    text, max(0, mention.start - APPOSITIVE_CHARS), mention.start):
                skipped = mention  # it may be a description's, not an element
                continue
            chain.append(mention)
        else:
            break
    if skipped is not None:
        chain.append(skipped)  # no element before the description: it was one
    return list(reversed(chain))


def _clause_subject(last: Mention, earlier: Iterator[Mention], text: str,
                    verb: int, close: re.Pattern[str] = _CLAUSE_CLOSE) -> Mention | None:
    """The subject before an inserted clause that ``last`` ends ("Tokyo Customs, in a joint
    investigation with the Metropolitan Police Department, found": Tokyo Customs), or None."""
    if not close.fullmatch(text, last.end, verb):
        return None
    for mention in earlier:
        if verb - mention.end > CLAUSE_SUBJECT_WINDOW:
            return None
        opening = _CLAUSE_OPEN.match(text, mention.end)
        if opening is not None and "," not in text[opening.end() : last.start]:
            return None if _THROUGH_UNIT.match(text, opening.end()) else mention
    return None


def _joint_subject(last: Mention, earlier: list[Mention],
                   text: str) -> tuple[Mention, list[Mention]] | None:
    """The subject a help phrase joins ``last``'s list to, with no comma ("The Department
    together with the Center held": the Department), and the entities before it (nearest
    first); None when no help phrase opens the list."""
    listed = chain_back(last, iter(earlier), text)
    before = [m for m in earlier if m.end <= listed[0].start]
    if not before or not _JOINT_BEFORE.fullmatch(text, before[0].end, listed[0].start):
        return None
    return before[0], before[1:]


def _inserted_clause_subject(last: Mention, before: list[Mention], labels: list[str],
                             text: str, verb: int) -> Mention | None:
    """The last body before a clause inserted between a list and its verb ("A and C, run by D
    with E, took part as observers": C), or None when no such clause ("A, as well as B and C,
    attended as observers" is one list)."""
    if "," not in text[last.end : verb] or not _CLAUSE_CLOSE_VERB.fullmatch(text, last.end, verb):
        return None
    earlier = (m for m in reversed(before) if m.label in labels and m.end <= last.start)
    subject = _clause_subject(last, earlier, text, verb, _CLAUSE_CLOSE_VERB)
    if subject is None or not _INSERTED_CLAUSE.match(text, subject.end):
        return None
    return subject


def entities_of_cue(match: RoleCueMatch, sentence_mentions: list[Mention], text: str,
                    starts: list[int] | None = None) -> list[RoleAssignment]:
    """The entities a role cue points at, within its sentence (``starts``: the mentions'
    start offsets, for finding the cue's neighbours without a scan of the sentence)."""
    cue = match.cue
    labels = cue.labels
    if starts is None:
        starts = [m.start for m in sentence_mentions]
    chosen: list[Mention] = []
    if cue.direction == "after":
        after = bisect_left(starts, match.end)
        first_index = next((i for i in range(after, len(sentence_mentions))
                            if sentence_mentions[i].label in labels), None)
        if first_index is not None:
            first_index = _possessed(first_index, sentence_mentions, labels, text)
        if (first_index is not None
                and (sentence_mentions[first_index].start - match.end <= cue.window
                     or _place_kind_named(cue.role, sentence_mentions[first_index],
                                          match.end, text)
                     or _people_of_body(cue.role, match.end, sentence_mentions[first_index],
                                        text))
                and not _CLAUSE_AFTER_CUE.match(text, match.end,
                                                sentence_mentions[first_index].start)
                and (cue.role == "location"
                     or not _other_reading(sentence_mentions[first_index], match.end, text))):
            if "COUNTRY" in labels:
                first_index = _members_listed(first_index, sentence_mentions, text)
            following = (m for m in sentence_mentions[first_index + 1:] if m.label in labels)
            chosen = chain_forward(sentence_mentions[first_index], following, text)
    elif cue.direction == "before":
        index = bisect_left(starts, match.start)
        earlier = (sentence_mentions[i] for i in range(index - 1, -1, -1)
                   if sentence_mentions[i].label in labels
                   and sentence_mentions[i].end <= match.start)
        last = next(earlier, None)
        if last is not None and cue.role in ("participant", "observer"):
            last, earlier = _past_bodies_place(last, earlier, text)
        subject = None
        if last is not None and cue.role == "organizer" and "," in text[last.end : match.start]:
            # "A, acting on a tip from B, seized": B ends an inserted clause; A, the entity
            # right before the clause's opening comma, is the subject; "The Kazakh side,
            # represented by B, hosted": B, the unit the subject acts through
            rest = list(earlier)
            subject = _clause_subject(last, iter(rest), text, match.start)
            if subject is None and _CLAUSE_CLOSE.fullmatch(text, last.end, match.start):
                linked = chain_back(last, rest, text)
                if _LINKED_UNIT_BEFORE.search(text, max(0, linked[0].start - UNIT_LINK_REACH),
                                              linked[0].start):
                    chosen = linked
            if subject is not None:  # the bodies before it, nearest first
                earlier = (m for m in rest if m.end <= subject.start)
            last = None
        elif (last is not None and cue.role == "observer"
                and (subject := _inserted_clause_subject(last, sentence_mentions[:index],
                                                         labels, text, match.start))):
            last = None  # "A, B and C, run by D with E, took part as observers": A, B, C
            earlier = (m for m in reversed(sentence_mentions[:index])
                       if m.label in labels and m.end <= subject.start)
        elif last is not None and _NEW_ELEMENT.search(text[last.end : match.start]):
            last = None  # "A and B, as well as observers from C": the cue opens a new element
        if last is not None and cue.role == "organizer":  # no comma, no subject found yet
            rest = list(earlier)
            joint = _joint_subject(last, rest, text)
            if joint is not None and (match.start - last.end <= cue.window
                                      or _SUBJECT_GAP.fullmatch(text, last.end, match.start)):
                subject, rest = joint
                last = None
            earlier = iter(rest)
        if subject is not None:
            chosen = chain_back(subject, earlier, text)
        elif last is not None and (match.start - last.end <= cue.window or (
                cue.role == "organizer" and (
                    _SEAT_GAP.fullmatch(text, last.end, match.start)
                    or _SUBJECT_GAP.fullmatch(text, last.end, match.start)))):
            if cue.role == "participant":
                # "Police of A, B and C, as well as observers from D, took part": every body
                # named before the verb; observers are claimed by their own cue.
                chosen = [last]
                for mention in earlier:
                    if match.start - mention.end > cue.window:
                        break
                    chosen.append(mention)
                chosen.reverse()
            else:
                chosen = chain_back(last, earlier, text)
        if cue.role == "participant":
            chosen += _list_after_colon(match, sentence_mentions, starts, text)
    else:
        chosen = [m for m in sentence_mentions if m.label in labels]
    return [
        RoleAssignment(cue.role, m, match, labels.index(m.label),
                       min(abs(m.start - match.end), abs(match.start - m.end)))
        for m in chosen if not _accredited_to(m, text)
    ]


def _accredited_to(mention: Mention, text: str) -> bool:
    """A country named as the one a body or envoy before it serves in ("the EU Delegation to
    Georgia", "the Ambassador of Japan to Tajikistan"): the host of that body, no party of
    the event (the body is, when it is named)."""
    return mention.label == "COUNTRY" and _ACCREDITED_TO.search(
        text, max(0, mention.start - ACCREDITED_CHARS), mention.start) is not None


def _people_of_body(role: str, cue_end: int, first: Mention, text: str) -> bool:
    """A participation cue's bodies named after the people they sent ("attended by 36 dog
    handlers from the units of the National Guard, ..."): the cue points at them past its
    window."""
    return (role == "participant"
            and _PEOPLE_GAP.fullmatch(text, cue_end, first.start) is not None)


def _place_kind_named(role: str, first: Mention, cue_end: int, text: str) -> bool:
    """A place cue's place named after the kind of place it is ("near the locality of Ti
    Mouillage", "on the outskirts of the village of Nezhinka"): the cue points at it past
    its window."""
    if role != "location" or first.label != "LOC":
        return False
    article = _CUE_ARTICLE_END.search(text, max(0, cue_end - CUE_ARTICLE_CHARS), cue_end)
    start = article.start() if article else cue_end  # "at the| cargo terminal of"
    return _PLACE_KIND_GAP.fullmatch(text, start, first.start) is not None


def _past_bodies_place(last: Mention, earlier: Iterator[Mention],
                       text: str) -> tuple[Mention, Iterator[Mention]]:
    """The entity a before-cue of taking part points at, past a country naming where the
    bodies before it sit ("The missions of Germany and Japan accredited in Turkmenistan
    attended as observers": Japan, not Turkmenistan), and the entities before that one."""
    if last.label != "COUNTRY":
        return last, earlier
    previous = next(earlier, None)
    if previous is None:
        return last, earlier
    if _PLACE_OF_BODIES.fullmatch(text, previous.end, last.start):
        return previous, earlier
    return last, joined((previous,), earlier)


def lists_members(body: Mention, text: str) -> bool:
    """Whether a body's member states are listed right after it ("the six CSTO member states –
    Armenia, ...", "all 11 ASEAN Member States, including Indonesia"): the states take part,
    not the body."""
    return _MEMBERS_LISTED.match(text, body.end) is not None


def _members_listed(index: int, mentions: list[Mention], text: str) -> int:
    """The index of the first state a body's member states list after it ("delegations of
    the EAG member states – the Republic of Belarus, ..."): the states take part, not the
    body; ``index`` itself when no such list follows the entity."""
    body = mentions[index]
    if body.label != "ORG" or index + 1 >= len(mentions):
        return index
    listed = _MEMBERS_LISTED.match(text, body.end)
    first = mentions[index + 1]
    if listed is None or first.label != "COUNTRY" or first.start != listed.end():
        return index
    return index + 1


_POSSESSIVE = re.compile(r"['’]s?\s+")  # "Togo's National Police", "the Customs' unit"


def _possessed(index: int, mentions: list[Mention], labels: list[str],
               text: str) -> int | None:
    """The index of the entity a cue points at when the one at ``index`` is a country's
    possessive: the body it owns ("hosted by Togo's National Police": the police), None when
    the cue takes no body ("officers of Ghana's Narcotics Control Commission" for a cue of
    countries); ``index`` itself for anything else. A possessive country names whose body
    it is, it is no party."""
    owner = mentions[index]
    if owner.label != "COUNTRY" or index + 1 >= len(mentions):
        return index
    owned = mentions[index + 1]
    possessive = _POSSESSIVE.match(text, owner.end)
    if owned.label != "ORG" or possessive is None or possessive.end() != owned.start:
        return index
    return index + 1 if owned.label in labels else None


def _other_reading(first: Mention, cue_end: int, text: str) -> bool:
    """The entity after a cue belongs to another phrase: a relative clause opens between them
    ("together with customs officers inspected a truck that had arrived from Afghanistan"),
    a country is the place of a noun that is no body ("together with contacts in
    Colombia and Belgium") or where people or goods come from or go ("together with customs
    officers checked a minibus coming from Romania")."""
    gap = text[cue_end : first.start]
    if _RELATIVE_OPENER.search(gap):
        return True
    return first.label == "COUNTRY" and (_PLACE_IN.search(gap) is not None
                                         or _motion_place(first, text))


def _motion_place(mention: Mention, text: str) -> bool:
    """A country where people or goods come from or go ("checked a minibus coming from
    Romania", "a flight to Toronto, Canada"): no party of the event."""
    return mention.label == "COUNTRY" and _MOTION_PLACE.search(
        text, max(0, mention.start - MOTION_CHARS), mention.start) is not None


def _list_after_colon(match: RoleCueMatch, sentence_mentions: list[Mention],
                      starts: list[int], text: str) -> list[Mention]:
    """The list a participation verb announces with a colon ending its clause ("took part
    in the operation: A, B and C"), or []."""
    colon = _LIST_AFTER_VERB.match(text, match.end)
    if colon is None:
        return []
    labels = match.cue.labels
    after = bisect_left(starts, colon.end())
    if after > 0 and sentence_mentions[after - 1].end > match.end:
        return []  # a body named between the verb and the colon: no plain list opener
    first_index = next((i for i in range(after, len(sentence_mentions))
                        if sentence_mentions[i].label in labels), None)
    if (first_index is None
            or sentence_mentions[first_index].start - colon.end() > LIST_AFTER_COLON_WINDOW):
        return []
    following = (m for m in sentence_mentions[first_index + 1:] if m.label in labels)
    return chain_forward(sentence_mentions[first_index], following, text)


def best_location(assignments: Iterable[RoleAssignment],
                  title_end: int = 0) -> RoleAssignment | None:
    """The location: highest-priority cue, then a body mention over the headline's (before
    ``title_end``; the body names the place in full: "Lagos airport" -> "Murtala Muhammed
    International Airport"), then preferred label, then nearest to its cue."""
    locations = [a for a in assignments if a.role == "location"]
    if not locations:
        return None
    def rank(a: RoleAssignment) -> tuple[int, bool, int, int, int]:
        in_body = a.mention.start >= title_end
        if a.cue.cue.priority < 2:  # weak cues ("in"): the first mention wins
            return (a.cue.cue.priority, in_body, -a.mention.start, 0, 0)
        return (a.cue.cue.priority, in_body, -a.label_rank, -a.distance, -a.mention.start)

    return max(locations, key=rank)


def role_lists(assignments: Iterable[RoleAssignment]) -> dict[str, list[Mention]]:
    """organizers / participants / observers, each entity once, in its highest-priority role;
    a gathering's venue body organizes only when no other cue names an organizer."""
    best: dict[str, RoleAssignment] = {}
    for assignment in assignments:
        if assignment.role == "location":
            continue
        key = assignment.mention.key
        current = best.get(key)
        if current is None or assignment.rank > current.rank:
            best[key] = assignment
    chosen = _without_venues(list(best.values()))
    lists: dict[str, list[Mention]] = {"organizer": [], "participant": [], "observer": []}
    for assignment in sorted(chosen, key=lambda a: a.mention.start):
        lists[assignment.role].append(assignment.mention)
    lists["organizer"] = without_parents(lists["organizer"])
    return lists


_ARTICLE = re.compile(r"\bthe\s+")


def _without_venues(assignments: list[RoleAssignment]) -> list[RoleAssignment]:
    """The assignments less the organizers a venue cue names ("The Police will host a workshop
    at the Police Academy") when another cue names an organizer: the host is named, its venue
    does not organize beside it, a unit of the host included ("a meeting at the SADC
    Secretariat" hosted by SADC; spent gold: 3 files against 1)."""
    if not any(a.role == "organizer" and not a.cue.cue.venue for a in assignments):
        return assignments
    return [a for a in assignments if a.role != "organizer" or not a.cue.cue.venue]


def _body_name(mention: Mention) -> str:
    """A body's name in lower case without articles ("navy of colombia")."""
    return _ARTICLE.sub("", str(mention.normalized.get("name") or mention.text).lower())


def without_parents(bodies: list[Mention]) -> list[Mention]:
    """The bodies less each organization whose unit is among them ("Border Guard Bangladesh"
    beside "Teknaf Battalion of Border Guard Bangladesh"): the acting unit organizes, not its
    parent."""
    if len(bodies) < 2:
        return bodies
    suffixes = [f" of {_body_name(m)}" for m in bodies]
    names = [_body_name(m) for m in bodies]
    return [m for m, suffix in zip(bodies, suffixes, strict=True)
            if m.label != "ORG" or not any(name.endswith(suffix) for name in names)]
