"""Export the register (as filtered on the page) to CSV or Excel.

Personal data (contact person, email, phone) is left out unless the officer asks
for it, and even then only for persons whose consent is recorded. Cells a
spreadsheet would run as formulas are neutralised in both formats. The Record and
Organisation columns say which rows are persons and whose: the import links them again.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from rrr_desktop.files import atomic_file
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries import stakeholder_list as queries
from rrr_desktop.services.stakeholders.importing.values import neutralised
from rrr_desktop.services.stakeholders.listing import StakeholderFilter

COLUMNS = (
    ("name", "Name"), ("record", "Record"), ("organisation", "Organisation"), ("kind", "Kind"),
    ("stage", "Stage"), ("district", "District"),
    ("owner", "Owner"), ("tags", "Tags"), ("sectors", "Sectors"), ("website", "Website"),
    ("description", "Description"), ("address", "Address"), ("locality", "Locality"),
    ("postcode", "Postcode"), ("country_code", "Country"), ("influence", "Influence"),
    ("interest", "Interest"), ("trust", "Trust"), ("shareable", "Shareable"),
    ("archived", "Archived"), ("external_id", "ID"), ("uuid", "UUID"),
)
PERSONAL_COLUMNS = (("contact_person", "Contact person"), ("email", "Email"),
                    ("phone", "Phone"), ("consent_on", "Consent date"))
_FLAGS = {"shareable", "archived"}


@dataclass(frozen=True)
class ExportReport:
    path: Path
    rows: int
    personal_rows: int  # rows whose personal data was written
    withheld_rows: int  # rows with personal data left out for lack of recorded consent


@dataclass(frozen=True)
class PersonalDataCounts:
    rows: int  # stakeholders the filter selects
    with_personal_data: int  # of those, with a contact person, email or phone
    consented: int  # of those, with consent recorded: what an export may include


def personal_data_counts(db: Database, query: StakeholderFilter) -> PersonalDataCounts:
    """What including personal data in an export of ``query`` would include."""
    with db.reading() as connection:
        return PersonalDataCounts(*queries.personal_data_counts(connection, query))


def export_stakeholders(db: Database, query: StakeholderFilter, path: Path,
                        include_personal: bool = False) -> ExportReport:
    """Write the stakeholders ``query`` selects, in its order, to ``path`` (.csv or .xlsx)."""
    columns = COLUMNS + (PERSONAL_COLUMNS if include_personal else ())
    rows: list[list[str]] = []
    personal = withheld = 0
    with db.reading() as connection:
        for record in queries.export_rows(connection, query, [c for c, _ in columns]):
            values = dict(zip((c for c, _ in columns), record, strict=False))
            consent, has_personal = bool(record[-2]), bool(record[-1])
            if include_personal and has_personal and not consent:
                for column, _title in PERSONAL_COLUMNS:
                    values[column] = ""
                withheld += 1
            elif include_personal and has_personal:
                personal += 1
            rows.append([neutralised(_text(column, values[column])) for column, _ in columns])
    header = [title for _column, title in columns]
    if path.suffix.lower() == ".xlsx":
        _write_xlsx(path, header, rows)
    else:
        with atomic_file(path, encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
    return ExportReport(path, len(rows), personal, withheld)


def _text(column: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(value)
    if column in _FLAGS:
        return "yes" if value else "no"
    return str(value)


def _write_xlsx(path: Path, header: list[str], rows: list[list[str]]) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Stakeholders")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    with atomic_file(path, "wb") as handle:
        workbook.save(handle)
