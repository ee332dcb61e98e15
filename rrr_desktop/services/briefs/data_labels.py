"""Codes, topics, countries and matching reasons from the database, in the brief's language.

Kinds, stages, practice kinds and topics are named by :mod:`rrr_desktop.services.vocabulary`,
countries and languages by :mod:`rrr_desktop.services.reference`, both in the brief's
language whatever the window's; the matching's reasons from the catalogue's
``brief_reason.*`` templates, which speak for our city ("we") in every language, English
too (the sentences of :mod:`rrr_desktop.services.peers.reasons` address the officer).
"""

from __future__ import annotations

from rrr_desktop.messages import message_text
from rrr_desktop.services import reference, vocabulary
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.peers.reasons import Criterion, Reason, topic_phrase

_OWN_WORDS = {Criterion.FREE_TEXT_LEARN, Criterion.FREE_TEXT_TEACH,
              Criterion.FREE_TEXT_CHALLENGE}


class DataLabels:
    """``DataLabels("fr").kind("cooperative")`` -> ``"Coopérative"``; unknown codes
    print as they are."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.labels = Labels(language)

    def kind(self, code: str) -> str:
        return vocabulary.kind_label(code, self.language)

    def stage(self, code: str) -> str:
        return vocabulary.stage_label(code, self.language)

    def practice_kind(self, code: str) -> str:
        return vocabulary.practice_kind_label(code, self.language)

    def practice_stage(self, code: str) -> str:
        return vocabulary.practice_stage_label(code, self.language)

    def topic(self, topic_id: str, label: str) -> str:
        """A vocabulary topic's label in the brief's language (a city's own words as typed)."""
        return vocabulary.topic_label(topic_id, label, self.language)

    def country(self, code: str) -> str:
        return reference.country_name(code, self.language) if code else ""

    def region(self, region: str) -> str:
        return reference.region_name(region, self.language)

    def language_name(self, code: str) -> str:
        return reference.language_name(code, self.language)

    def _template(self, key: str) -> str:
        return message_text(f"brief_reason.{key}", language=self.language)

    def reason(self, reason: Reason) -> str:
        if reason.criterion is Criterion.MATURITY_GAP:
            they_lead = (reason.their_maturity or 0) > (reason.our_maturity or 0)
            template = self._template("they_lead" if they_lead else "we_lead")
        else:
            template = self._template(reason.criterion.value)
        language = ""
        if reason.criterion is Criterion.SHARED_LANGUAGE:
            language = self.language_name(reason.topic)
        return template.format(
            language=language,
            city=reason.city, topic=self._in_sentence(reason, reason.topic_id, reason.topic),
            via=self._in_sentence(reason, reason.via_id, reason.via),
            theirs=self._maturity(reason.their_maturity),
            ours=self._maturity(reason.our_maturity), maturities=self._maturities(reason))

    def _in_sentence(self, reason: Reason, topic_id: str, topic: str) -> str:
        """Vocabulary labels read in lower case inside a sentence ("finanzas sociales"),
        as all seven languages write them; a city's own words are quoted as written."""
        if reason.criterion in _OWN_WORDS:
            return topic
        return topic_phrase(self.topic(topic_id, topic))

    def _maturity(self, value: int | None) -> str:
        return self._template("not_assessed") if value is None else str(value)

    def _maturities(self, reason: Reason) -> str:
        if reason.their_maturity is None and reason.our_maturity is None:
            return ""
        return self._template("maturities").format(
            theirs=self._maturity_out_of_ten(reason.their_maturity),
            ours=self._maturity_out_of_ten(reason.our_maturity))

    def _maturity_out_of_ten(self, value: int | None) -> str:
        return self._maturity(value) if value is None else f"{value}/10"
