"""Codes and matching reasons from the database, in the brief's language.

Kinds and stages come from ``labels.yaml``; the matching's reasons from the templates
of ``reasons.yaml``, which speak for our city ("we") in every language, English too
(the sentences of :mod:`rrr_desktop.services.peers.reasons` address the officer).
"""

from __future__ import annotations

from functools import cache

from rrr_desktop.services.briefs.labels import Labels, texts_by_language
from rrr_desktop.services.peers.reasons import Criterion, Reason, topic_phrase

_OWN_WORDS = {Criterion.FREE_TEXT_LEARN, Criterion.FREE_TEXT_TEACH,
              Criterion.FREE_TEXT_CHALLENGE}


@cache
def reason_templates() -> dict[str, dict[str, str]]:
    """Per language, per criterion, the sentence template."""
    return texts_by_language("reasons.yaml")


class DataLabels:
    """``DataLabels("fr").kind("cooperative")`` -> ``"Coopérative"``; unknown codes
    print as they are."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.labels = Labels(language)

    def _coded(self, prefix: str, code: str) -> str:
        try:
            return self.labels(f"{prefix}_{code}")
        except KeyError:
            return code

    def kind(self, code: str) -> str:
        return self._coded("kind", code)

    def stage(self, code: str) -> str:
        return self._coded("stage", code)

    def practice_kind(self, code: str) -> str:
        return self._coded("practice_kind", code)

    def practice_stage(self, code: str) -> str:
        return self._coded("practice_stage", code)

    def reason(self, reason: Reason) -> str:
        templates = reason_templates()[self.language]
        if reason.criterion is Criterion.MATURITY_GAP:
            they_lead = (reason.their_maturity or 0) > (reason.our_maturity or 0)
            template = templates["they_lead" if they_lead else "we_lead"]
        else:
            template = templates[reason.criterion.value]
        language = ""
        if reason.criterion is Criterion.SHARED_LANGUAGE:
            from rrr_desktop.services.reference import language_name

            language = language_name(reason.topic)
        return template.format(
            language=language,
            city=reason.city, topic=self._in_sentence(reason, reason.topic),
            via=self._in_sentence(reason, reason.via),
            theirs=self._maturity(reason.their_maturity),
            ours=self._maturity(reason.our_maturity), maturities=self._maturities(reason))

    def _in_sentence(self, reason: Reason, topic: str) -> str:
        """English vocabulary labels read in lower case inside a sentence ("social
        finance"); a city's own words are quoted as written."""
        lower = self.language == "en" and reason.criterion not in _OWN_WORDS
        return topic_phrase(topic) if lower else topic

    def _maturity(self, value: int | None) -> str:
        return reason_templates()[self.language]["not_assessed"] if value is None else str(value)

    def _maturities(self, reason: Reason) -> str:
        if reason.their_maturity is None and reason.our_maturity is None:
            return ""
        return reason_templates()[self.language]["maturities"].format(
            theirs=self._maturity_out_of_ten(reason.their_maturity),
            ours=self._maturity_out_of_ten(reason.our_maturity))

    def _maturity_out_of_ten(self, value: int | None) -> str:
        return self._maturity(value) if value is None else f"{value}/10"
