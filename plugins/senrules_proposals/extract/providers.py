"""The providers a document names: schools, units, PRUs and services, their kind, and the other names
(short forms, abbreviations, "known as") each goes by."""

from __future__ import annotations

import re

import attrs

from senrules_proposals import language as L
from senrules_proposals.extract.model import Provider
from senrules_proposals.prefilter import prefiltered
from senrules_proposals.reader import Sentence


_KINDS = (
    ("pru", L.PRU),
    ("besd_school", re.compile(L.BESD.pattern + r".{0,60}?\b(?:school|special\s+academy)|\b(?:school|special\s+academy)\b.{0,60}?" + L.BESD.pattern, re.I)),
    ("special_school", re.compile(r"\bspecial\s+(?:free\s+)?(?:school|academy)\b", re.I)),
    ("resourced_provision", re.compile(r"\bresource(?:d)?\s+(?:base|provision|unit)|\benhanced\s+resource|\bunit\b|\bbase\b", re.I)),
    ("college", re.compile(r"\bcollege\b", re.I)),
    ("mainstream_school", re.compile(r"\b(?:primary|secondary|junior|infant|high)\s+(?:school|academy)\b|\bacademy\b", re.I)),
)
_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|on\s+)?[A-Z][\w'’-]*){0,5}"
# (a long bracket is described by its first part: "the Compass Centre (the borough's short stay school at Tipley, 60
# places for Key Stage 3 and 4, for pupils permanently excluded ...)")
# (a street address may stand between the name and its bracket: "the Riverside Centre, Mill Lane, Castlebridge (the
# County's pupil referral unit)")
_ADDRESS = (r"(?:,\s+(?:\d+\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:Lane|Road|Street|Avenue|Way|Drive|Close|Place|Row|Terrace|Crescent"
            r"|Gardens|Approach|Parade|Walk|Rise)(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)?")
_PAREN = re.compile(r"(?P<name>" + _NAME + r")" + _ADDRESS + r"\s*\((?P<desc>[^()]{3,90}(?=\))|[^(),]{3,90}(?=,[^()]{1,200}\)))[^()]{0,201}\)")
# (at a sentence's start, after its paragraph number or footnote mark: "4.2 Pathways is ...", "¹ Pathways is ...")
_COPULA = re.compile(r"(?:^(?:[^\w\s]+\s*)?(?:\d+(?:\.\d+)*\.?\s+)?(?:[¹²³⁴⁵⁶⁷⁸⁹*†]+\s*)?|(?<=[.;:]\s))(?P<name>" + _NAME + r")(?:,\s+(?-i:[A-Z])[^,.;()]{2,40},|\s+at\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}(?:,\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2},)?)?\s+is\s+"
                     # ("The Aire Centre, Valley Parade, is the city's pupil referral unit": its address between; "The Hub
                     # at Foundry Street is the short stay school", "The Spinney Academy at Hob Lane, Wrexley, is a
                     # special academy": where it is)
                     # "Pathways is registered with the Department for Education as the City's pupil referral unit"
                     r"(?:(?:registered|designated|recognised|recognized|established|run|used)\s+(?:[\w,’']+\s+){0,7}?as\s+)?(?P<desc>(?:a|an|the)\s+[^.;()]{3,150}?)(?=,\s+(?:on|from|in|by|will|which|whose|and|is|was)\b|;|\.(?:\s|$)|\(|$)")
_APPOSITIVE = re.compile(  # ("the Ridgeway Centre, which is the county's pupil referral unit for Key Stage 4")
    # ("the Beacon Centre, Corrington's short stay school for secondary-age pupils, which is registered ..."; an owner of
    # up to three words: "the Northgate Centre, Tenby Marsh's pupil referral unit for the north of the county")
    # (or between dashes, both there: "the Cedars — the county's pupil referral unit for the Hexley area —")
    r"(?P<name>" + _NAME + r")(?:,|\s+[—–](?=[^—–.;:]{3,150}?\s[—–]\s))\s+(?:which\s+is\s+)?(?P<desc>(?:a|an|the|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s)\s+[^.;()]{3,150}?)(?=,\s+(?:on|from|in|by|will|which|whose|and|is|was)\b|\s+[—–]\s|;|\.(?:\s|$)|\(|$)"
)


# Notes' copula: "Fernhill = LA-maintained SEMH special, KS3/4", "(Beacon = LA's short stay school / PRU, Harrow Rd site".
_EQUALS = re.compile(r"(?:^|(?<=[(;]))\s*(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})\s+=\s+(?P<desc>[^.;()=]{3,150})")


_ABBREVIATION = re.compile(r"^\s*(?:[\"“‘']\s*)?(?:the\s+)?(?P<alias>[A-Z][A-Za-z'’]*(?:\s+[A-Z][A-Za-z'’]*){0,2})\s*(?:[\"”’']\s*)?$")
# A bracket that gives a name another one, "the" and a name of its own: "Ridgeway Learning Centre (the Hub)" (not a
# kind, "(the PRU)", nor a body, "(the Council)", nor an owner's, "(the Council's unit)").
_NICKNAME = re.compile(r"^\s*the\s+(?!(?:Council|County|City|Borough|Trust|Authority|Department|Board|Committee|Government|Cabinet"
                       r"|Proposal|School|Academy|PRU|Unit|Service|LA|DfE)\b)(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?\s*$", re.I)
# A kind of place's word that, capitalised alone, names the place last called so ("the Hub", "the Centre").
_LONE_KIND_WORD = re.compile(r"^(?:Centre|Center|Unit|Base|Hub|Academy|College|Provision|Service)$")
_KIND_WORD = re.compile(r"\s+(?:Centre|Center|School|Academy|Unit|Base|Hub|College|PRU|Provision|Service)$")
# "The Council's pupil referral unit, Westgate Tuition Centre (WTC), will ...": the description before the name.
_REVERSED = re.compile(
    # (its pupils after the kind word: "The City's new special free school for pupils with social, emotional and mental
    # health needs, Kingfisher Academy, is being built")
    r"(?:^|(?<=\s))(?:the|a|an)\s+(?P<desc>(?:[\w'’-]+\s+){0,6}?(?:unit|school|academy|centre|provision|base|college)"
    r"(?:\s+for\s+(?:pupils|children|young\s+people|students)\s+(?:with|aged)\s+(?:[\w'’-]+,?\s+){0,8}?(?:needs|difficulties|autism|\d+))?)\s*,\s+"
    r"(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’-]*){0,5})(?=\s*(?:[,(;.]|\s(?:will|is|has|which)\b))",
    re.I,
)
# "The county's pupil referral unit, known as the Harbour, ...": a name given after "known as", "called".
# ("Its pupil referral unit, known since 2022 as the Harbour House Learning Centre, ...": any owner, and a time or
# place between "known" and "as")
_KNOWN_AS = re.compile(
    r"(?:^|(?<=\s))(?:the|a|an|its|their|our|[\w-]+['’]s)\s+(?P<desc>(?:[\w'’-]+\s+){0,6}?(?:unit|school|academy|centre|provision|base|college|service))\s*,?\s+"
    r"(?:known\s+(?:[\w-]+\s+){0,3}?as|called|named)\s+(?P<name>(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4})",
    re.I,
)
# A PRU given a new name later in its clause: "enlarge the pupil referral unit to 60 places on the combined Kiln Lane
# site, renamed the Harnley Learning Centre", "the PRU, which will be known as the Compass from September".
_RENAMED = re.compile(
    r"(?P<desc>\b(?:pupil\s+referral\s+(?:units?|services?)|PRUs?|short[- ]stay\s+schools?))\b[^.;:()]{0,80}?"
    r"\b(?:renamed|(?:to\s+be|will\s+be)\s+(?:renamed|known\s+as|called))\s+(?:as\s+)?"
    r"(?P<name>(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4})", re.I)
# A description, then the name it goes by in a bracket, quoted: "an 8-place resourced provision (the "Nest")",
# "the county's pupil referral unit ('the Anchor')".
_DESC_ALIAS = re.compile(
    r"\b(?:a|an|the|its|our|their|[\w-]+['’]s)\s+(?P<desc>(?:[\w'’-]+\s+){0,5}?(?:unit|base|provision|centre|school|academy|service))"
    r"\s*\(\s*(?:the\s+|known\s+as\s+(?:the\s+)?)?[\"“‘'](?:the\s+)?(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})[\"”’']\s*\)",
    re.I)
# ", the county's pupil referral unit," after a name and its bracket.
_AFTER_BRACKET = re.compile(r"^\s*,\s+(?:the|a|an)\s+(?P<desc>[^,.;()]{3,100})")


def _short_form(name: str) -> str | None:
    """"Oakwood" for "Oakwood Centre": the name without the word for the
    kind of place, when what is left is still a name of its own."""
    short = _KIND_WORD.sub("", name)
    if short == name or len(short) < 4 or not short[0].isupper() or short.lower() in _NOT_SHORT_NAMES:
        return None
    return short


# The words a PRU's name ends with that say what kind of place it is: "Learning Centre" of "Harbour House
# Learning Centre", "Learning Hub" of "Ravensholt Learning Hub".
_DESCRIPTIVE_TAIL = re.compile(
    r"(?:\s+(?:Learning|Education|Educational|Tuition|Teaching|Support|Inclusion|Assessment|Resource|Pupil|Referral|Short|Stay))*"
    r"\s+(?:Centre|Center|School|Academy|Unit|Base|Hub|College|PRU|Provision|Service)$")


def _pru_names(name: str) -> tuple[str, ...]:
    """The names a document goes on to call a PRU by, from the one it gave
    it: the name without the words that say what kind of place it is
    ("Harbour House" of "Harbour House Learning Centre"), and those words
    alone ("the Learning Hub" of "Ravensholt Learning Hub")."""
    m = _DESCRIPTIVE_TAIL.search(name)
    if not m or m.start() == 0:
        return ()
    out = []
    short = name[: m.start()]
    if len(short) >= 4 and short[0].isupper() and short.lower() not in _NOT_SHORT_NAMES:
        out.append(short)
    tail = m.group(0).strip()
    if " " in tail:  # "the Learning Hub" (as written, capitals and all), never "the Centre" alone
        out.append(tail)
    return tuple(out)


_NOT_SHORT_NAMES = {"the council", "council", "county", "city", "borough", "special", "primary", "secondary", "high",
                    "community", "the county", "the city", "the borough", "new", "the new"}


def _with_names(p: Provider, *names: str) -> Provider:
    new = tuple(n for n in names if n and n.lower() not in {a.lower() for a in p.aliases})
    return attrs.evolve(p, aliases=p.aliases + new) if new else p


# A description whose head is a unit or base, whatever school it names after: "a 10-place unit for pupils aged 5-11
# with social, emotional and mental health needs attached to Oakfield Primary School" is a unit, not a school.
_UNIT_HEAD = re.compile(r"^(?:(?:a|an|the|its|our|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:units?|bases?)\b(?!\s+school)"
                        # ("the SEMH resourced provision at Thornfield High School": a resourced provision in a school, not one)
                        r"|^(?:(?:a|an|the|its|our|their)\s+)?(?:(?!(?:school|academy|special)\b)[\w'’-]+\s+){0,3}?"
                        r"(?:resourced|resource|enhanced\s+resource)\s+(?:provisions?|bases?)\b", re.I)


# A school's name that does not say it is a mainstream one ("Birchwood School", "Foxley Grange Academy"; not "Oak
# Primary School").
_NEEDS_ONLY_OF = re.compile(r"(?<!Primary)(?<!Secondary)(?<!High)(?<!Junior)(?<!Infant)(?<!Church)\s+(?:School|Academy)$")

# ... its bracket saying first that it is special, bare: "(special, ages 4-19)", "(community special, SLD)" (not "special
# educational needs").
_SPECIAL_FIRST = re.compile(r"^\s*(?:(?:community|foundation|maintained|academy|free)\s+)?special\b(?!\s+(?:educational|needs))\s*(?:[,;:/]|$)", re.I)


def _kind(text: str) -> str | None:
    if _UNIT_HEAD.match(text) and not L.PRU.search(text):
        return "resourced_provision"
    for kind, pattern in _KINDS:
        if pattern.search(text):
            return kind
    return None


# Cheap tests that tell a sentence cannot hold a match of a naming pattern, so that its search (which the
# engine starts at every capital letter or word) is not made: each looks for a part that every match of the
# pattern contains (a bracket with its description, a comma before an article, "known as"/"called"/"named").
# They decide nothing: a sentence that passes is searched as before (tests/proposals/test_proposal_speed.py
# checks, with hypothesis, that they never skip a sentence the pattern matches).
_PAREN_NEEDS = re.compile(r"\([^()]{3,}\)")  # (the bracket may run past 90 characters: a description, then more after a comma)
_APPOSITIVE_NEEDS = re.compile(r"(?:,|\s[—–])\s+(?:which\s+is\s+)?(?:a|an|the|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s)\s")
_KNOWN_AS_WORDS = ("known", "called", "named")
_DESC_ALIAS_NEEDS = re.compile(r"\(\s*(?:the\s+|known\s+as\s+(?:the\s+)?)?[\"“‘']", re.I)


def _may_match(pattern: re.Pattern, text: str) -> bool:
    """False only where ``pattern`` (one of the naming patterns) cannot match ``text``."""
    if pattern is _PAREN:
        return _PAREN_NEEDS.search(text) is not None
    if pattern is _APPOSITIVE:
        return _APPOSITIVE_NEEDS.search(text) is not None
    if pattern is _DESC_ALIAS:
        return _DESC_ALIAS_NEEDS.search(text) is not None
    if pattern is _DASHED:
        return "—" in text or "–" in text
    if pattern is _RENAMED:
        low = text.lower()
        return not text.isascii() or "renamed" in low or "known as" in low or "called" in low
    if pattern is _KNOWN_AS:  # (ignoring case; a text with other than ASCII is searched, as "K" (Kelvin) is a "k")
        low = text.lower()
        return not text.isascii() or any(w in low for w in _KNOWN_AS_WORDS)
    return True


# A school's kind said by reference, in another place's description: "Whitcombe Academy, which, like Ferndale, is a
# special school for ..." (Ferndale is one too); "St Aldric's School, the borough's other special school for ..." (the
# school named before is one too).
_LIKE = re.compile(r"\blike\s+(?:the\s+)?(?P<ref>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}),\s+(?:is|was)\s+"
                   r"(?P<desc>(?:a|an)\s+[^.;()]{3,150})", re.I)
_OTHER = re.compile(r"(?:\bthe|['’]s)\s+(?:only\s+)?other\s+(?P<desc>(?:[\w'’-]+\s+){0,3}?(?:school|academy)\b[^.;()]{0,120})", re.I)
_A_SCHOOL_NAME = re.compile(r"\b(?:School|Academy)$")


# A field of a form or header line: a name, its reference number, then a dash and what it is, bare ("Academy:
# Ashcombe Academy, URN 14xxxx — special academy for pupils ... with SEMH needs", "Birch Lodge – community special
# school for 40 pupils"); the description is a noun phrase headed by a kind of place.
_DASHED = re.compile(
    r"(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+|on\s+)?(?-i:[A-Z])[\w'’-]*){0,5})"
    r"(?:,\s+(?:URN|DfE\s+(?:number|no\.?)|LAESTAB)\s*:?\s*[\w/-]+)?\s+[—–]\s+"
    r"(?P<desc>(?:(?:a|an|the)\s+)?(?:[\w'’/-]+\s+){0,4}?(?:school|academy|unit|centre|provision|base|college|PRU)\b[^.;()—–:]{0,150})",
    re.I)
# A school's kind said by whom it serves: "Ashby Grange has served children with social, emotional and mental health
# needs for many years", "Hilltop School caters for pupils aged 5 to 11 with SEMH"; not a part of them ("some
# children with SEMH needs"), nor a provision inside it ("... in its resource base").
_SERVES = re.compile(
    r"(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4})\s+(?:(?:has|have|had)\s+)?(?:(?:long|always)\s+)?"
    r"(?:served|serves|catered\s+for|caters\s+for|provided\s+for|provides\s+for|educated|educates|is\s+for|was\s+for)\s+"
    r"(?P<desc>(?:(?!(?:some|few|several|number|many|including|among|also)\b)[\w'’,-]+\s+){0,6}?"
    r"(?:children|pupils|young\s+people|boys|girls|students)\b[^.;()]{0,120})")
_SERVES_WORDS = ("serve", "cater", "provide", "educate", "s for ")  # (a quick test before the search: one is in every match)
_SERVES_NOT_ALL = re.compile(r"\b(?:resource[ds]?|units?|bases?|provision|alongside|among|as\s+well\s+as)\b", re.I)


def _kinds_by_reference(text: str, named_before: str) -> list[tuple[str, str]]:
    """The schools ``text`` gives a kind by reference, each with the description it shares: the school compared
    to ("like Ferndale, is a special school for ..."), and for "the other special school for ..." the school named
    last before ``text`` (``named_before``, "" when none is), whose kind "other" says."""
    out = [(m.group("ref"), m.group("desc")) for m in _LIKE.finditer(text)] if "like " in text else []
    if named_before and "other " in text and named_before not in text:
        out += [(named_before, m.group("desc")) for m in _OTHER.finditer(text)]
    return out


# (compiled once at import, not looked up in re's cache at each call; and prefiltered like the others)
_THE_LEAD = re.compile(r"^the\s+", re.I)
_CAPITAL_THE_LEAD = re.compile(r"^The\s+")


# A description that is another place's body, not what the name before it is: "the shadow governing body of Fieldfare,
# the Short Stay School's management committee and ..." (a list, not an apposition; an area's is one: "the county's
# pupil referral unit").
_ANOTHER_PLACES = re.compile(r"(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,4}(?:School|Academy|Unit|Centre|PRU|AP|Service|Base)['’]s\b")


def providers_named(sents: list[Sentence]) -> list[Provider]:
    """The providers the document names, each with its kind and the other
    names it is given in a parenthesis or an apposition."""
    found: dict[str, Provider] = {}
    # the word-final parts of the names found ("vale high school" of "marsh vale high school"), counted,
    # so that "a name found ends with this one" is one look-up, not a pass over every name
    tails: dict[str, int] = {}

    def add(key: str, provider: Provider) -> None:
        found[key] = provider
        for i, c in enumerate(key):
            if c == " ":
                tails[key[i + 1:]] = tails.get(key[i + 1:], 0) + 1

    def remove(key: str) -> None:
        del found[key]
        for i, c in enumerate(key):
            if c == " ":
                tails[key[i + 1:]] -= 1

    served: list[tuple[str, str, Sentence]] = []  # (a name, whom it serves, sentence)
    schools_seen: set[str] = set()  # the schools' names the document uses ("Ashby Grange School")
    bracketed: list[tuple[str, str, str, Sentence]] = []  # (name, its abbreviation or nickname, a description, sentence)
    referred: list[tuple[str, str, Sentence]] = []  # (a school given a kind by reference, the description, sentence)
    school_before = ""  # the school named last in the sentences before
    last_called: dict[str, str] = {}  # the last name ending with each kind word ("Hub": "Vexley Learning Hub")
    for s in sents:
        referred += [(name, desc, s) for name, desc in _kinds_by_reference(s.text, school_before)]
        if any(w in s.text for w in _SERVES_WORDS) and L.BESD.search(s.text):
            served += [(m.group("name"), m.group("desc"), s) for m in _SERVES.finditer(s.text)
                       if L.BESD.search(m.group("desc")) and not _SERVES_NOT_ALL.search(m.group("desc"))]
        text = s.text
        for pattern, needed in _NAMING:
            if needed not in text or not _may_match(pattern, text):
                continue
            for m in pattern.finditer(s.text):
                name = _THE_LEAD.sub("", m.group("name").strip())
                desc = m.group("desc").strip()
                called = ()  # the kind word alone, when it names the place ("the Hub"): another name for it
                if pattern is _COPULA and name in last_called:
                    # "... at the Vexley Learning Hub, Station Approach. The Hub is the district's pupil referral unit":
                    # the kind word alone names the last place so called
                    called, name = (name,), last_called[name]
                if pattern is _PAREN:
                    short = _ABBREVIATION.match(desc)
                    if short and (short.group("alias").isupper() or re.search(r"[\"“‘']", desc) or _NICKNAME.match(desc)):
                        # "Westgate Tuition Centre (WTC)", 'Links Education Centre ("the Links")', "Ridgeway Learning
                        # Centre (the Hub)": another name
                        # (at most the 1,000 characters before the bracket, from a word's start, not the whole sentence:
                        # read again for each bracket, a long sentence of them took quadratic time, 5 s for 80,000
                        # characters)
                        lo = 0 if m.start() <= 1_000 else (s.text.find(" ", m.start() - 1_000, m.start()) + 1 or m.start() - 1_000)
                        around = s.text[lo: m.start()] + " " + s.text[m.end(): m.end() + 120]
                        after = _AFTER_BRACKET.match(s.text[m.end():])
                        before = [r for r in _REVERSED.finditer(s.text, lo, m.end()) if r.group("name").strip() in m.group("name")]
                        kind_text = (after.group("desc") if after else "") + " " + (before[-1].group("desc") if before else "")
                        bracketed.append((name, short.group("alias"), kind_text.strip() or around, s))
                        continue
                if pattern is _APPOSITIVE:
                    # "... of Greystone and Hollins Park, the Orchard PRU committee, ..." is a list, not an apposition.
                    # (Items of a list kept apart by semicolons hold their own commas: "...; and Riverside Learning
                    # Centre, the city's pupil referral unit, which ...".)
                    # (what stands just before the name: the whole sentence before it, searched for each apposition,
                    # took quadratic time on a long sentence, 3 s for 80,000 characters)
                    head = s.text[max(0, m.start("name") - 200): m.start("name")]
                    if (re.search(r"(?:\band|\bor|,)\s*$", head) and not re.search(r";\s*(?:and|or)?\s*$", head)) \
                            or re.search(r",\s+(?:the|a|an|all|and|or)\b", desc) or _ANOTHER_PLACES.match(desc):
                        continue
                kind = _kind(desc)
                if kind is None and pattern is _PAREN and _NEEDS_ONLY_OF.search(name) and L.BESD.match(desc):
                    # a bracket that says only its pupils' needs, after a school's name: "Birchwood School (SEMH, 5-11)"
                    kind = "besd_school"
                if kind is None and pattern is _PAREN and _NEEDS_ONLY_OF.search(name) and _SPECIAL_FIRST.match(desc):
                    # a bracket that says first that a school is special, then its ages or needs: "Fernhurst Academy
                    # (special, ages 4-19, severe learning difficulties)"
                    kind = "special_school"
                if kind is None and pattern is _PAREN:
                    # a bracket that does not say what the place is, its description after it: "the Larches Academy
                    # (formerly Larchmont School), a special academy for pupils aged 11 to 16"
                    after = _AFTER_BRACKET.match(s.text[m.end(): m.end() + 200])
                    if after is not None and _kind(after.group("desc")) is not None:
                        desc = after.group("desc").strip()
                        kind = _kind(desc)
                # (a name is read by its own description, whatever longer name found before it begins with it: "the
                # Larches Academy (..., a special academy)" after "the Larches Academy Trust")
                if kind is None or len(name) < 3 or name.lower() in ("the council", "council"):
                    continue
                key = name.lower()
                if key not in found:
                    add(key, Provider(name, kind, (name, *called, desc), s, desc))
                elif not found[key].description:
                    # named first, said after to be the PRU: "... educated at the Bridge Reintegration Base ... 1.2 The
                    # Bridge Reintegration Base is the new name ... of the Bridge, the borough's pupil referral unit"
                    # (or what kind of school it is, its kind guessed before from its name alone: "Proposal to close
                    # The Spinney Academy" ... "The Spinney Academy ... is a special academy for ... pupils with BESD")
                    found[key] = Provider(found[key].name, kind, (*found[key].aliases, *called, desc), found[key].sentence, desc)
        for m in L.PROPER_NAME.finditer(s.text):
            # (a sentence's "The" after its paragraph number is no part of the name: "1.2 The Bridge Reintegration Base is")
            name = _CAPITAL_THE_LEAD.sub("", m.group(0).strip())
            if _A_SCHOOL_NAME.search(name):
                school_before = name
                schools_seen.add(name.lower())
            if _LONE_KIND_WORD.match(name.rsplit(None, 1)[-1]):
                last_called[name.rsplit(None, 1)[-1]] = name
            if tails.get(name.lower()) or len(name.split()) < 2:
                continue  # "Vale High School" of "Marsh Vale High School"
            lower = name.lower()
            for k in [lower[i + 1:] for i, c in enumerate(lower) if c == " " and lower[i + 1:] in found]:
                short = found[k]
                remove(k)
                if short.kind == "pru" and short.description and lower not in found:
                    # the PRU described by its short name, named in full after ("The Hub is the district's pupil
                    # referral unit" ... "the Vexley Learning Hub management committee"): the full name is the PRU's
                    add(lower, Provider(name, "pru", (name, *short.aliases), short.sentence, short.description))
            kind = _kind(name)
            if kind is not None and lower not in found:
                add(lower, Provider(name, kind, (name,), s))
    for name, alias, desc, s in bracketed:
        key = name.lower()
        kind = _kind(desc) if desc else None
        if key in found:
            found[key] = _with_names(found[key], alias)
        elif kind is not None or _kind(name):
            found[key] = Provider(name, kind or _kind(name), (name, desc, alias) if kind else (name, alias), s,
                                  desc if kind else "")
    for name, desc, s in referred:
        key, kind = name.lower(), _kind(desc)
        if kind is not None and key not in found and re.sub(r"\s+(?:school|academy)$", "", key) + " school" not in found:
            found[key] = Provider(name, kind, (name, desc), s, desc)
    for name, desc, s in served:
        # (a school, by its name or by the name the document gives it elsewhere, not one a mainstream school's or a
        # PRU's name says: "Yarrowdale Grange" of "Yarrowdale Grange School")
        name = re.sub(r"^the\s+", "", name, flags=re.I)
        full = next((n for n in (name, name + " School", name + " Academy") if n.lower() in schools_seen), None)
        known = found.get(full.lower()) if full else None
        if full is None or _kind(full) not in (None, "special_school") or (known is not None and known.description):
            continue  # (a school described already is read by its description)
        found[full.lower()] = Provider(full, "besd_school", tuple(dict.fromkeys((full, name, desc))), s, desc)
    shorts = [_short_form(p.name) for p in found.values()]
    shared = {s for s in shorts if s and shorts.count(s) > 1}  # "Greyfriars" of two providers names neither
    out = [_with_names(p, s if s not in shared else "") for p, s in zip(found.values(), shorts)]
    # a PRU's other names, where no other provider shares them ("the Learning Hub" of one of two Learning Hubs names neither)
    pru_forms = {p.name: _pru_names(p.name) for p in out if p.kind == "pru"}
    taken = [n.lower() for p in out for n in (*p.names, *pru_forms.get(p.name, ()))]
    return [_with_names(p, *(n for n in pru_forms[p.name] if taken.count(n.lower()) == 1)) if p.name in pru_forms else p
            for p in out]


# Last: every compiled pattern above is tried only where it can match (see prefilter.py); the matches are the same.
prefiltered(globals())

# The patterns that name a provider and describe it, each with a part of the text every match holds (made once,
# after the line above, so that they are the prefiltered patterns :func:`_may_match` knows).
_NAMING = ((_PAREN, "("), (_APPOSITIVE, " "), (_COPULA, " is "), (_REVERSED, ", "), (_KNOWN_AS, " "), (_EQUALS, " = "),
           (_DESC_ALIAS, "("), (_RENAMED, " "), (_DASHED, " "))
