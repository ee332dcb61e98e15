"""Export the register (as filtered on the page) to CSV or Excel, readable and lossless.

Headers, kinds, stages, sectors, countries, Person or Organisation and yes or no are
written in the officer's language, with the codes in their own columns ("Kind code"...,
headed in English whatever the language), which the import reads back;
so are the UUID (a re-import updates the same records), persons with their
organisation, and consent with its date and source when personal data is included.
Personal data (contact person, email, phone) is left out unless the officer asks for
it, and even then only for persons whose consent is recorded; so are emails and
phone numbers written into a description (replaced by placeholders).

A CSV is UTF-8 with a byte-order mark (Excel reads the accents right) and uses the
delimiter Excel uses in the officer's language; cells it would run as formulas are
neutralised with an apostrophe. An .xlsx has typed numbers and dates, a frozen bold
header row with a filter, and column widths that fit; its text cells never run, so only
text starting with "=" or "@" is neutralised and phone numbers show as typed.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from rrr_desktop.files import atomic_file
from rrr_desktop.messages import current_language, message_text
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries import stakeholder_list as queries
from rrr_desktop.services.reference import country_name
from rrr_desktop.services.stakeholders.importing.cells import neutralised
from rrr_desktop.services.stakeholders.listing import StakeholderFilter
from rrr_desktop.services.vocabulary import kind_label, sector_label, stage_label, topic_label
from rrr_desktop.text import has_contacts, without_contacts

Cell = str | int | float | date | None
Convert = Callable[[object], Cell]

# Languages whose Excel writes CSV with semicolons (their decimal separator is a comma).
_SEMICOLON_LANGUAGES = frozenset({"es", "fr", "pt", "it", "nl", "pl"})


def _text(value: object) -> Cell:
    return "" if value is None else str(value)


def _list(value: object) -> Cell:
    return "; ".join(value) if isinstance(value, list) else ""


@lru_cache(maxsize=8)
def _words(language: str) -> dict[bool, tuple[str, str]]:
    """Yes or no, and Person or Organisation, in ``language``, by the value they stand for."""
    def text(code: str) -> str:
        return message_text(code, language=language)
    return {True: (text("export.yes"), text("export.person")),
            False: (text("export.no"), text("export.organisation"))}


def _yes_no(value: object) -> Cell:
    return _words(current_language())[bool(value)][0]


def _record(value: object) -> Cell:
    """"Person" or "Organisation" in the officer's language, as the import reads them."""
    return _words(current_language())[bool(value)][1]


def _number(value: object) -> Cell:
    return value if isinstance(value, int | float) else None


def _day(value: object) -> Cell:
    return date.fromisoformat(str(value)) if value else None


def _uuid(value: object) -> Cell:
    return str(value)


def _kind(value: object) -> Cell:
    return kind_label(str(value))


def _stage(value: object) -> Cell:
    return stage_label(str(value))


def _sectors(value: object) -> Cell:
    codes: list[str] = value if isinstance(value, list) else []
    return "; ".join(map(sector_label, codes))


def _topics(value: object) -> Cell:
    ids: list[str] = value if isinstance(value, list) else []
    return "; ".join(map(topic_label, ids))


def _country(value: object) -> Cell:
    return country_name(str(value or ""))


# (header, stakeholder column or computed column, how its value is written). A header
# "export_column.*" is written in the officer's language; the code columns (Kind code...)
# keep their English headers, which the import reads whatever the officer's language.
COLUMNS: tuple[tuple[str, str, Convert], ...] = (
    ("export_column.name", "name", _text), ("export_column.record", "is_person", _record),
    ("export_column.organisation", "organisation", _text),
    ("export_column.kind", "kind", _kind), ("Kind code", "kind", _text),
    ("export_column.stage", "stage", _stage), ("Stage code", "stage", _text),
    ("export_column.district", "district", _text), ("export_column.owner", "owner", _text),
    ("export_column.tags", "tags", _list), ("export_column.topics", "topic_ids", _topics),
    ("Topic codes", "topic_ids", _list), ("export_column.sectors", "sectors", _sectors),
    ("Sector codes", "sectors", _list), ("export_column.website", "website", _text),
    ("export_column.description", "description", _text),
    ("export_column.address", "address", _text),
    ("export_column.locality", "locality", _text),
    ("export_column.postcode", "postcode", _text),
    ("export_column.country", "country_code", _country),
    ("Country code", "country_code", _text),
    ("export_column.latitude", "latitude", _number),
    ("export_column.longitude", "longitude", _number),
    ("export_column.influence", "influence", _number),
    ("export_column.interest", "interest", _number), ("export_column.trust", "trust", _number),
    ("export_column.shareable", "shareable", _yes_no),
    ("export_column.archived", "archived", _yes_no),
    ("ID", "external_id", _text), ("UUID", "uuid", _uuid),
)
PERSONAL_COLUMNS: tuple[tuple[str, str, Convert], ...] = (
    ("export_column.contact_person", "contact_person", _text),
    ("export_column.email", "email", _text), ("export_column.phone", "phone", _text),
    ("export_column.consent", "consent_given", _yes_no),
    ("export_column.consent_date", "consent_on", _day),
    ("export_column.consent_source", "consent_source", _text),
)
_PERSONAL = {column for _, column, _ in PERSONAL_COLUMNS}
@dataclass(frozen=True)
class ExportReport:
    path: Path
    rows: int
    personal_rows: int  # rows whose personal data was written
    withheld_rows: int  # rows with personal data left out for lack of recorded consent
    # rows whose description held an email or phone number, written without them
    descriptions_without_contacts: int = 0


@dataclass(frozen=True)
class PersonalDataCounts:
    rows: int  # stakeholders the filter selects
    with_personal_data: int  # of those, with a contact person, email or phone
    consented: int  # of those, with consent recorded: what an export may include


def default_delimiter(language: str) -> str:
    """The delimiter Excel writes and expects in CSV files in ``language``."""
    return ";" if language in _SEMICOLON_LANGUAGES else ","


def personal_data_counts(db: Database, query: StakeholderFilter) -> PersonalDataCounts:
    """What including personal data in an export of ``query`` would include."""
    with db.reading() as connection:
        return PersonalDataCounts(*queries.personal_data_counts(connection, query))


def export_stakeholders(db: Database, query: StakeholderFilter, path: Path,
                        include_personal: bool = False,
                        delimiter: str | None = None) -> ExportReport:
    """Write the stakeholders ``query`` selects, in its order, to ``path`` (.csv or .xlsx).

    ``delimiter`` (for a CSV) defaults to the one of the officer's language.
    """
    columns = COLUMNS + (PERSONAL_COLUMNS if include_personal else ())
    records, personal, withheld, cleaned = read_records(
        db, query, [column for _, column, _ in columns], include_personal)
    rows = [[convert(values[column]) for _, column, convert in columns] for values in records]
    header = [message_text(title) if title.startswith("export_column.") else title
              for title, _, _ in columns]
    if path.suffix.lower() == ".xlsx":
        from rrr_desktop.services.stakeholders.export_xlsx import write_xlsx

        write_xlsx(path, header, rows)
    else:
        write_csv(path, header, rows, delimiter or default_delimiter(current_language()))
    return ExportReport(path, len(rows), personal, withheld, cleaned)


def read_records(db: Database, query: StakeholderFilter, columns: list[str],
                 include_personal: bool) -> tuple[list[dict[str, object]], int, int, int]:
    """The ``columns`` of the stakeholders ``query`` selects, in its order; the number of
    them whose personal data is included, of those whose personal data is withheld
    (set to None) for lack of recorded consent, and of those whose description held an
    email or phone number, replaced by placeholders unless personal data is included
    with recorded consent."""
    stored = list(dict.fromkeys(columns))
    records: list[dict[str, object]] = []
    personal = withheld = cleaned = 0
    with db.reading() as connection:
        for record in queries.export_rows(connection, query, stored):
            values = dict(zip(stored, record, strict=False))
            consent, has_personal = bool(record[-2]), bool(record[-1])
            description = str(values.get("description") or "")
            if not (include_personal and consent) and has_contacts(description):
                values["description"] = without_contacts(description)
                cleaned += 1
            if include_personal and has_personal and not consent:
                values.update(dict.fromkeys(_PERSONAL))
                withheld += 1
            elif include_personal and has_personal:
                personal += 1
            records.append(values)
    return records, personal, withheld, cleaned


def write_csv(path: Path, header: list[str], rows: list[list[Cell]], delimiter: str) -> None:
    """UTF-8 with a byte-order mark, formulas neutralised, readable by colleagues."""
    with atomic_file(path, encoding="utf-8-sig", newline="", shared=True) as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows([neutralised(_csv_text(cell)) for cell in row] for row in rows)


def _csv_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell)
