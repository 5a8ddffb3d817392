"""Events from verbal predicates: trigger, participants, time and a one-line summary.

A clause head verb that reports a happening is an event. Its time comes only from
evidence for that event (``dating``): a time expression on its own clause (``stated`` or
``narrative``), else the report frame of a news story (``report``). A quote is an event of
saying ("told", "wrote"), dated by when the quote was said (``TimeResult.said``).
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from dateline.entities.index import EntityIndex
from dateline.events.dating import (
    Occasions,
    ReportFrame,
    SentenceTimes,
    as_event_time,
    contradicts,
    linked_time,
    placing_verb,
    rooted_times,
    stated_time,
)
from dateline.events.lexicon import (
    BANNER,
    BOILERPLATE,
    CLAUSE_DEPS,
    FIRST_PERSON,
    LEAD_SENTENCES,
    LIGHT_WITH_OBJECT,
    MANNER_PREPS,
    NON_EVENT_LEMMAS,
    OBJECT_DEPS,
    QUOTE_MARKS,
    SAYING_LEMMAS,
    SUBORDINATE_DEPS,
    SUMMARY_MAX_TOKENS,
    SUPPORT_VERBS,
    TEASER,
    UNRESOLVED,
)
from dateline.events.nominal import is_event_noun, nominal_participants, nominal_summary, noun_time
from dateline.events.participants import Names
from dateline.events.participants import participants as find_participants
from dateline.events.summary import has_doer, summarize
from dateline.time.context import OCCASION_NOUNS
from dateline.time.result import TimeResult
from dateline.types import Event, EventTime, Participant, Quote, Time


def extract_events(doc: Doc, index: EntityIndex, time_result: TimeResult) -> list[Event]:
    """RETURNS the events of ``doc`` in text order (one per trigger)."""
    times = sorted((t for t in (time_result.times if time_result else []) if t.type in ("DATE", "TIME")),
                   key=lambda t: t.start)
    starts = [t.start for t in times]
    events: list[Event] = []
    # A quote is an event of saying: its cue verb is the trigger, its speaker the agent,
    # and it is dated by when the quote was said.
    every = time_result.quotes if time_result else []
    quotes = sorted((q for q in every if q.kind == "direct"), key=lambda q: q.start)
    said_at = time_result.said if time_result else {}
    # a reported statement's cue is an event of saying too; only quoted words are "inside"
    said: dict[int, Quote] = {}
    for q in sorted(every, key=lambda q: (q.start, q.kind != "direct")):
        if q.cue is not None:
            said.setdefault(q.cue.start, q)  # the first quotation of a cue, in its own sentence
    quoted = _Intervals([(q.start, q.end) for q in quotes])
    # Inside a quotation "I"/"we" is the speaker (quotes and intervals share one order).
    voice = _Voice(quoted, [q.speaker.entity for q in quotes], index)
    frame = ReportFrame(time_result)
    occasions = Occasions()
    names = Names(index)
    prev_times = SentenceTimes(())
    told = 0
    protagonists: set[str] = set()  # who acts in the lead's dated events
    for sent in doc.sents:
        if _boilerplate(sent.text):
            prev_times = SentenceTimes(())
            continue  # page furniture ("Click here to subscribe"): no happening
        sent_times = rooted_times(doc, sent, times, starts)
        at: dict[int, int] = {}  # token index -> its event's index in ``events``
        stated: dict[int, Time] = {}  # token index -> the time its own clause states
        first = len(events)  # this sentence's events start here
        for tok in sent:
            if tok.pos_ == "NOUN":
                nominal = _nominal_event(tok, sent, sent_times, index, names, quoted, frame.published)
                if nominal is not None:
                    events.append(nominal)
                continue
            quote = said.get(tok.idx)
            if not _is_trigger(tok) and not (quote is not None and tok.pos_ in ("VERB", "AUX")
                                             and tok.lemma_.lower() not in NON_EVENT_LEMMAS):
                continue
            participants = find_participants(tok, index, voice, names)
            if quote is not None and quote.speaker.entity and \
                    all(p.entity != quote.speaker.entity for p in participants):
                participants.insert(0, Participant(quote.speaker.entity, "agent"))
            own = stated_time(tok, sent_times)
            if own is not None and contradicts(tok, own, frame.published):
                own = None
            if own is not None:
                stated[tok.i] = own
            if not participants and own is None and quote is None:
                continue  # neither who nor when: not a timeline fact
            agent = _agent_name(participants, index)
            if not has_doer(tok, agent, index):
                continue  # "asked in August": a fragment that names no doer
            inside = quoted.holds(tok.idx)
            at_occasion = _at_occasion(tok, events, at) if own is None and not inside else None
            if at_occasion is not None and quote is None:
                own_time: EventTime | None = at_occasion
            elif own is None and quote is None and (tok.dep_ in SUBORDINATE_DEPS or inside):
                # A subordinate clause ("continued to have", "said that she was") or words
                # inside a quotation are part of another report: a timeline entry only
                # when they carry a time of their own ("I have surgery tomorrow").
                continue
            else:
                own_time = None
            time: EventTime | None
            if quote is not None:  # a saying at a dated occasion ("where she thanked ...") happens then
                time = said_at.get((quote.kind, quote.start, quote.end)) or at_occasion
            elif own_time is not None:
                time = own_time
            elif own is not None:
                time = as_event_time(own)
            elif (link := linked_time(tok, prev_times) or occasions.link(tok)) is not None and not inside:
                time = link
            else:
                doer = next((p.entity for p in participants if p.role == "agent"), None)
                # the lead, or a later act of the lead's protagonist (the keynote's speaker
                # "announced" ...): the news of the day; other later reports may be background
                time = frame.time_for(tok, sent_times, prev_times, inside,
                                      told < LEAD_SENTENCES or doer in protagonists)
            summary = summarize(tok, index, SUMMARY_MAX_TOKENS, agent,
                                voice.name_for, quoted.holds, quote.text if quote is not None else None,
                                quote is None or quote.kind == "direct")
            if _unresolved_lead(tok, summary):
                continue  # "he calls her ...": who acted was not found, the entry cannot stand alone
            if quote is None and _lacks_object(tok, summary):
                continue  # "X stressed", "X asserts Y directed": what was done to what is missing
            if quote is None and _says_nothing(tok, summary):
                continue  # "X said at a fundraiser": the words said went before, to a quote not its own
            if quote is not None and _bare(tok, summary):
                told_words = _parenthetical(tok, sent)
                if told_words is None:
                    continue  # "X has learned", "X writes": a saying that does not carry what was said
                summary += ": " + told_words
            if told < LEAD_SENTENCES and time is not None:
                protagonists.update(p.entity for p in participants)
            events.append(Event(
                start=tok.idx, end=tok.idx + len(tok.text), text=tok.text,
                sentence=(sent.start_char, sent.end_char), summary=summary,
                participants=tuple(participants), time=time,
                kind="quote" if quote is not None else "event",
            ))
            at[tok.i] = len(events) - 1
        _share_with_participles(sent, events, at)
        _once_with_support_verb(sent, events, at, first)
        occasions.record(sent, sent_times, stated)
        prev_times = sent_times
        if sent.root.pos_ in ("VERB", "AUX"):
            told += 1  # sentences that tell something (not a headline of names or a date line)
    return _once(events)


def _parenthetical(verb: Token, sent: Span) -> str | None:
    """What a parenthetical attribution reports: its sentence without it ("This switch, he
    said, would happen next year" -> "This switch would happen next year"), or None."""
    if verb.dep_ not in ("parataxis", "ccomp") or verb.head.i != sent.root.i or verb.i < sent.root.i - 30:
        return None
    skip = {t.i for t in verb.subtree}
    words = [t for t in sent if t.i not in skip and not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    text = "".join(t.text + (t.whitespace_ or ("" if k + 1 == len(words) or words[k + 1].i == t.i + 1 else " "))
                   for k, t in enumerate(words)).strip(" ,")
    text = " ".join(text.replace(" ,", ",").split())
    return text if 3 <= len(text.split()) <= 2 * SUMMARY_MAX_TOKENS else None


def _lacks_object(verb: Token, summary: str) -> bool:
    """True when a verb with an object or clause shows neither in its summary."""
    if not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") and c.i > verb.i for c in verb.children):
        return False
    return _bare(verb, summary)


def _says_nothing(verb: Token, summary: str) -> bool:
    """True for a verb of saying whose words said come before it ("..., X said at a
    fundraiser" after a quotation or a clause) and whose summary shows none of them: no
    clause or object after the verb and no words after a colon."""
    if verb.lemma_.lower() not in SAYING_LEMMAS or ":" in summary or verb.dep_ == "acl":
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "attr", "oprd") and c.i > verb.i for c in verb.children):
        return False  # what was said follows the verb
    return any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) or \
        any(t.text in QUOTE_MARKS for t in verb.doc[verb.sent.start:verb.i])


def _bare(verb: Token, summary: str) -> bool:
    """True when a summary of a saying ends at its verb (or a particle: "go on")."""
    if ":" in summary:
        return False
    tail = summary.rsplit(verb.text, 1)
    return len(tail) == 2 and len(tail[1].split()) <= 1


def _unresolved_lead(verb: Token, summary: str) -> bool:
    """True when a summary still opens with its pronoun subject ("it struck", "he calls")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = summary.split(" ", 1)[0]
    return subj is not None and subj.pos_ == "PRON" and subj.lower_ in UNRESOLVED and first == subj.text


def _boilerplate(text: str) -> bool:
    """Page furniture: a call to action, a banner, or a teaser cut off with an ellipsis."""
    return BOILERPLATE.search(text) is not None or BANNER.search(text) is not None \
        or TEASER.search(text) is not None


def _once(events: list[Event]) -> list[Event]:
    """One event per happening: a later event with the same summary in the same sentence,
    or the same summary and time anywhere (the same happening told twice), is dropped."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for ev in events:
        key = " ".join(ev.summary.lower().split())
        when = ev.time.value if ev.time else None
        if (ev.sentence, key) in seen or (when is not None and ("t", key, when) in seen):
            continue
        seen.add((ev.sentence, key))
        if when is not None:
            seen.add(("t", key, when))
        out.append(ev)
    return out


def _nominal_event(tok: Token, sent: Span, sent_times: SentenceTimes, index: EntityIndex, names: Names,
                   quoted: _Intervals, published: str | None) -> Event | None:
    """A nominal event ("the 1998 opening of the plant", "Hale's resignation"), dated only by a
    time of its own, or by its support verb's ("gave a speech on Monday"); None for a noun
    that names no happening or one with neither who nor when."""
    if not is_event_noun(tok) or quoted.holds(tok.idx):
        return None
    own = noun_time(tok, sent_times.rooted)
    if own is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in SUPPORT_VERBS \
            and any(c.dep_ in ("det", "poss") for c in tok.children):  # "a speech", not "gave birth"
        own = stated_time(tok.head, sent_times)
        if own is not None and contradicts(tok.head, own, published):
            own = None
    who = nominal_participants(tok, index, names)
    if own is None and not who:
        return None  # neither who nor when
    return Event(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text,
                 sentence=(sent.start_char, sent.end_char), summary=nominal_summary(tok, index),
                 participants=tuple(who), time=as_event_time(own) if own is not None else None)


def _once_with_support_verb(sent: Span, events: list[Event], at: dict[int, int], first: int) -> None:
    """One entry per happening: an event noun dated through its support verb ("gave a speech
    on Monday") and that verb's dated event are one happening. The noun stands for it when it
    names its doer ("her farewell speech"); else the verb does ("held a hearing")."""
    doc = sent.doc
    for k in range(first, len(events)):
        ev = events[k]
        if ev.time is None or ev.kind != "event" or ev.time.basis != "stated":
            continue
        noun = doc.char_span(ev.start, ev.end)
        if noun is None or noun.root.pos_ != "NOUN" or noun.root.dep_ != "dobj":
            continue
        verb = at.get(noun.root.head.i)
        if verb is None or events[verb].time is None or noun.root.head.lemma_.lower() not in SUPPORT_VERBS:
            continue
        if any(p.role == "agent" for p in ev.participants):
            events[verb] = replace(events[verb], time=None)
        else:
            events[k] = replace(ev, time=None)


def _at_occasion(verb: Token, events: list[Event], at: dict[int, int]) -> EventTime | None:
    """The time of a relative clause on an occasion its sentence dates ("announced it at a
    conference on Monday, where she thanked ..."): it happens there, then (``narrative``)."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.lemma_.lower() not in OCCASION_NOUNS:
        return None
    placing = placing_verb(noun)
    k = at.get(placing.i) if placing is not None else None
    t = events[k].time if k is not None else None
    return EventTime(t.value, t.earliest, t.latest, "narrative") if t is not None else None


def _share_with_participles(sent: Span, events: list[Event], at: dict[int, int]) -> None:
    """An adverbial participle happens with the clause it hangs on ("..., saying ...",
    "While introducing the phone, she hinted ...", "promoted it by saying ..."): undated, it
    takes that clause's time."""
    for i, k in at.items():
        tok = sent.doc[i]
        if events[k].time is not None or tok.tag_ != "VBG":
            continue
        if tok.dep_ == "advcl":
            governor = tok.head
        elif tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ in MANNER_PREPS:
            governor = tok.head.head
        else:
            continue
        head = at.get(governor.i)
        if head is not None and events[head].time is not None:
            events[k] = replace(events[k], time=events[head].time)


class _Voice:
    """Who "I" and "we" are: inside a quotation, its speaker."""

    def __init__(self, quoted: _Intervals, speakers: list[str | None], index: EntityIndex) -> None:
        self.quoted, self.speakers, self.index = quoted, speakers, index

    def entity_for(self, tok: Token) -> str | None:
        if tok.lower_ not in FIRST_PERSON:
            return None
        i = self.quoted.find(tok.idx)
        return self.speakers[i] if i is not None else None

    def name_for(self, tok: Token) -> str | None:
        eid = self.entity_for(tok)
        ent = self.index.get(eid) if eid and self.index else None
        return ent.name if ent is not None else None


class _Intervals:
    """Sorted, non-overlapping [start, end) intervals with a membership test."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def find(self, offset: int) -> int | None:
        """RETURNS the index of the interval holding ``offset``, or None."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return i if i >= 0 and offset < self.spans[i][1] else None

    def holds(self, offset: int) -> bool:
        return self.find(offset) is not None


def _is_trigger(tok: Token) -> bool:
    if tok.pos_ != "VERB" or tok.dep_ not in CLAUSE_DEPS or not tok.is_alpha:
        return False
    lemma = tok.lemma_.lower()
    if lemma in NON_EVENT_LEMMAS:
        objects = [c for c in tok.children if c.dep_ in OBJECT_DEPS or c.dep_ == "prt"]
        # "had no immediate comment", "took no action": a light verb with a negated object
        # tells of nothing that happened
        negated = any(d.lower_ == "no" for o in objects for d in o.children if d.dep_ == "det")
        return lemma in LIGHT_WITH_OBJECT and bool(objects) and not negated
    return True


def _agent_name(participants: list[Participant], index: EntityIndex) -> str | None:
    agent = next((p.entity for p in participants if p.role == "agent"), None)
    ent = index.get(agent) if index else None
    return ent.name if ent is not None else None
