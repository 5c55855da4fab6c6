"""The values the proposal reader produces: the facts of each key factor, a finding, a provider, a group
of pupils that moves, and the extraction that holds them."""

from __future__ import annotations

import attrs

from senrules_proposals.reader import Document, Sentence


SOURCE = "proposal document"

#: The facts of each key factor, in the ruleset's order.
FACTOR_FACTS: dict[str, tuple[str, ...]] = {
    "a": ("access_benefit_claimed", "access_benefit_specific", "accessibility_strategy_referred"),
    "b": ("staff_benefit_claimed", "staff_benefit_specific"),
    "c": ("accommodation_benefit_claimed", "accommodation_benefit_specific"),
    "d": ("places_benefit_claimed", "places_benefit_specific", "places_figures_conflict", "places_fall_in_all",
          "places_only_at_pru"),
    "i": ("providers_views_sought", "providers_written_statement"),
    "ii": (
        "alternative_provision_needed", "alternative_provision_stated",
        "alternative_provision_confirmed_in_writing", "alternative_provision_receiver_unconfirmed", "alternative_provision_hoped",
    ),
    "iii": ("transport_arrangements_specified", "transport_policy_referred"),
    "iv": ("funding_stated", "funding_specific", "funding_awaits_decision", "staffing_stated", "staffing_specific"),
    "para23": (
        "besd_school_closing", "besd_pupils_to_pru", "besd_pru_time_limited", "besd_pru_weeks",
        "besd_pru_dated_weeks", "besd_pupils_special_places",
    ),
}
FACT_FACTOR = {f: k for k, fs in FACTOR_FACTS.items() for f in fs}
#: The facts that say the document contradicts itself (each finding quotes the other figure in its cue).
CONTRADICTIONS = ("places_figures_conflict",)


@attrs.frozen
class Finding:
    """What one sentence says about one fact.

    ``role`` is "supports" (the sentence supplies the fact), "hedged" (it
    would, but is only a hope or intention), "vague" (it mentions the subject
    only in general words, or puts it off), "negated" (it says the thing is
    not there, or not yet) or "against" (it shows the opposite: a pupil placed
    in a PRU without a time limit).  ``cue`` is the word or phrase that
    decided the role.
    """

    fact: str
    role: str
    sentence: Sentence
    cue: str = ""
    value: object = True

    @property
    def factor(self) -> str:
        return FACT_FACTOR[self.fact]


@attrs.frozen
class Provider:
    """A school, unit or other provider the document names, with its kind
    ("pru", "besd_school", "special_school", "resourced_provision",
    "mainstream_school", "college", "other") and the other names it is given
    ("the Beacon Centre (the county's pupil referral unit)": the Beacon
    Centre is a PRU, wherever it is named later)."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    sentence: Sentence
    description: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """The names the document calls it by: its name, a short form
        without the kind of place ("Oakwood" for "Oakwood Centre"), an
        abbreviation or nickname in brackets ("WTC", "the Links")."""
        return tuple(a for a in self.aliases if a != self.description)


@attrs.frozen
class PupilGroup:
    """Pupils who move (or stay), as one sentence states them: how many,
    where to (and what kind of provision that is), from when, for how long,
    whether only hoped for, and whether confirmed in writing."""

    count: str  # "18", "all", "the remaining three", "" when not said
    destination: str
    kind: str  # the destination's kind, when the document gives it
    when: str
    duration: str
    weeks: int | None
    hedged: str  # the hedge governing the clause, or ""
    confirmed_in_writing: bool
    sentence: Sentence

    def to_dict(self) -> dict:
        return {
            "count": self.count, "destination": self.destination, "kind": self.kind, "when": self.when,
            "duration": self.duration, "weeks": self.weeks, "hedged": self.hedged,
            "confirmed_in_writing": self.confirmed_in_writing, "location": self.sentence.where,
            self.sentence.unit: self.sentence.number, "quote": self.sentence.text,
        }


@attrs.frozen
class Extraction:
    """Everything the reader found in one document."""

    document: Document
    sentences: tuple[Sentence, ...]
    findings: tuple[Finding, ...]
    facts: dict  # fact name -> value (None: the document does not settle it)
    deciding: dict  # fact name -> the Sentence that decided it (None: absence over the whole document)
    providers: tuple[Provider, ...] = ()
    groups: tuple[PupilGroup, ...] = ()

    def evidence(self):
        """The facts as :class:`senrules.Evidence`, with provenance."""
        from senrules.evidence import Evidence, Provenance

        out = []
        for name, value in self.facts.items():
            if value is None:
                continue
            s = self.deciding.get(name)
            record = s.where if s is not None else "whole document (nothing found)"
            out.append(Evidence(name, value, Provenance(SOURCE, file=self.document.path, record=record)))
        return out

    def findings_for(self, factor: str) -> list[Finding]:
        facts = FACTOR_FACTS[factor]
        return [f for f in self.findings if f.fact in facts]
