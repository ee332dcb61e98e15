"""Recognise an imported row as a stakeholder already in the register or an earlier row.

A row is the same organisation as a stakeholder (or as an earlier row of the file)
when it has the same UUID (the app's own export writes it), else the same external
ID, else the same website (host without "www." and path: two pages of one host are
two organisations, see :func:`.websites.website_key`), else the same email,
else the same name with case, accents and punctuation ignored. Two organisations with
different external IDs are never the same one, and a website, email or name that
several stakeholders share identifies none of them: in the UK's open data, dozens
of housing co-ops give the website of the agency that manages them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rrr_desktop.messages import message
from rrr_desktop.services.stakeholders.essglobal import plain_words
from rrr_desktop.services.stakeholders.importing.websites import website_key

# The keys a row is matched by, strongest first, and how a match is explained.
MATCH_KEYS = (("uuid", "match.same_uuid"), ("id", "match.same_id"),
              ("website", "match.same_website"), ("email", "match.same_email"),
              ("name", "match.same_name"))
KEY_COLUMNS = ("uuid", "external_id", "website", "email", "name")


@dataclass(frozen=True)
class Match:
    record_id: int | None  # the stakeholder matched; None for a new organisation
    how: str  # a catalogue code: "match.same_id", ...; "" for a new organisation
    repeats: int | None  # the earlier row of the file that had the same organisation
    name: str = ""  # the name of the stakeholder matched, as the register has it

    def explained(self) -> str:
        """"same email as ‘Beta Coop’": how the row matched, and whom (current language)."""
        if not self.how:
            return ""
        how = message(self.how)
        return message("match.as", how=how, name=self.name).text() if self.name else how.text()


def match_keys(uuid: str, external_id: str, website: str, email: str,
               name: str) -> dict[str, str]:
    return {"uuid": uuid, "id": external_id.strip().casefold(),
            "website": website_key(website) if website else "",
            "email": email.strip().lower(), "name": plain_words(name)}


class Matcher:
    """The keys of the register's organisations and of the rows matched so far.

    A target is a stakeholder id, or minus the row number of a new organisation. A
    key that several targets share maps to None and matches nothing.
    """

    def __init__(self, register: Iterable[tuple[int, str, str, str, str, str]]) -> None:
        """``register``: (id, uuid, external_id, website, email, name) of every organisation
        (or every person)."""
        self._index: dict[str, dict[str, int | None]] = {kind: {} for kind, _ in MATCH_KEYS}
        self._external_ids: dict[int, str] = {}
        self._first_row: dict[int, int] = {}  # target -> the first row that matched it
        self._names: dict[int, str] = {}  # stakeholder id -> its name in the register
        for record_id, *key_values in register:
            self._register(match_keys(*key_values), record_id)
            self._names[record_id] = key_values[-1]

    def match(self, row_number: int, values: Mapping[str, object]) -> Match:
        """Who the row with these Stakeholder column values is; remembers it for later rows."""
        keys = match_keys(*(str(values.get(column, "")) for column in KEY_COLUMNS))
        target, how = self._find(keys) or (-row_number, "")
        self._register(keys, target)
        record_id = target if target > 0 else None
        first = self._first_row.setdefault(target, row_number)
        return Match(record_id, how, first if first != row_number else None,
                     self._names.get(target, ""))

    def _register(self, keys: dict[str, str], target: int) -> None:
        for kind, key in keys.items():
            if key:
                known = self._index[kind]
                known[key] = target if known.get(key, target) == target else None
        if keys["id"]:
            self._external_ids.setdefault(target, keys["id"])

    def _find(self, keys: dict[str, str]) -> tuple[int, str] | None:
        for kind, how in MATCH_KEYS:
            target = self._index[kind].get(keys[kind]) if keys[kind] else None
            if target is None:
                continue
            other_id = self._external_ids.get(target)
            if kind in ("uuid", "id") or not (keys["id"] and other_id and other_id != keys["id"]):
                return target, how
        return None


class UnknownOrganisation(ValueError):
    """A person's organisation that cannot be found; ``str()`` says why, for the row."""


class OrganisationNames:
    """Organisations by name (case, accents and punctuation ignored), to link persons to:
    the register's and those of the file's rows. A name several organisations share
    finds none of them.
    """

    def __init__(self, register: Iterable[tuple[int, str]]) -> None:
        """``register``: (id, name) of every organisation."""
        self._targets: dict[str, int | None] = {}
        self._failed_rows: dict[str, int] = {}  # name -> the first row that failed with it
        for record_id, name in register:
            self.add(record_id, name)

    def add(self, target: int, name: str) -> None:
        """``target``: a stakeholder id, or minus the row number of a new organisation."""
        key = plain_words(name)
        if key:
            known = self._targets
            known[key] = target if known.get(key, target) == target else None

    def add_failed_row(self, row_number: int, name: str) -> None:
        """A row that cannot be imported: a person naming it is told so."""
        self._failed_rows.setdefault(plain_words(name), row_number)

    def find(self, name: str) -> int:
        """The target of the organisation called ``name``; :class:`UnknownOrganisation`
        when there is none, or several."""
        key = plain_words(name)
        if not key:
            raise UnknownOrganisation(message("import_row.no_organisation").text())
        if key in self._targets:
            target = self._targets[key]
            if target is None:
                raise UnknownOrganisation(
                    message("import_row.organisation_ambiguous", name=name).text())
            return target
        if key in self._failed_rows:
            raise UnknownOrganisation(message("import_row.organisation_failed", name=name,
                                              row=self._failed_rows[key]).text())
        raise UnknownOrganisation(message("import_row.organisation_unknown", name=name).text())
