"""Export the register (as filtered on the page) to CSV or Excel.

Personal data (contact person, email, phone) is left out unless the officer asks
for it, and even then only for persons whose consent is recorded; so are emails and
phone numbers written into a description (replaced by placeholders). Cells a
spreadsheet would run as formulas are neutralised in both formats. The Record and
Organisation columns say which rows are persons and whose: the import links them again.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from rrr_desktop.files import atomic_file
from rrr_desktop.models.database import Database
from rrr_desktop.services.stakeholders.importing.values import neutralised
from rrr_desktop.services.stakeholders.listing import SORTABLE, StakeholderFilter, filter_sql
from rrr_desktop.text import has_contacts, without_contacts

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
_LISTS = {"tags", "sectors"}
_FLAGS = {"shareable", "archived"}
_PLAIN_SORTS = {"name", "kind", "stage", "district", "owner"}
# Columns computed from others; every other column is read as it is stored.
_COMPUTED = {
    "record": "CASE WHEN s.is_person THEN 'Person' ELSE 'Organisation' END",
    "organisation": "CASE WHEN s.is_person THEN coalesce((SELECT o.name FROM stakeholder o "
                    "WHERE o.id = s.organisation_id), '') ELSE '' END",
}


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


def personal_data_counts(db: Database, query: StakeholderFilter) -> PersonalDataCounts:
    """What including personal data in an export of ``query`` would include."""
    where, params = filter_sql(query)
    personal = "(s.contact_person || s.email || s.phone) != ''"
    with db.reading() as connection:
        rows, with_personal, consented = connection.execute(
            f"SELECT count(*), coalesce(sum({personal}), 0), "
            f"coalesce(sum({personal} AND s.consent_given), 0) FROM stakeholder s{where}",
            params).fetchone()
    return PersonalDataCounts(rows, with_personal, consented)


def export_stakeholders(db: Database, query: StakeholderFilter, path: Path,
                        include_personal: bool = False) -> ExportReport:
    """Write the stakeholders ``query`` selects, in its order, to ``path`` (.csv or .xlsx)."""
    columns = COLUMNS + (PERSONAL_COLUMNS if include_personal else ())
    where, params = filter_sql(query)
    direction = "DESC" if query.descending else "ASC"
    # The page's sorts by interaction dates need its sub-queries: export those by name.
    order = SORTABLE[query.sort if query.sort in _PLAIN_SORTS else "name"]
    names = ", ".join(_COMPUTED.get(column, f"s.{column}") for column, _title in columns)
    sql = (f"SELECT {names}, s.consent_given, (s.contact_person || s.email || s.phone) != '' "
           f"FROM stakeholder s{where} ORDER BY {order.format(dir=direction)}, s.id")
    rows: list[list[str]] = []
    personal = withheld = cleaned = 0
    with db.reading() as connection:
        for record in connection.execute(sql, params):
            values = dict(zip((c for c, _ in columns), record, strict=False))
            consent, has_personal = bool(record[-2]), bool(record[-1])
            description = str(values["description"] or "")
            if not (include_personal and consent) and has_contacts(description):
                values["description"] = without_contacts(description)
                cleaned += 1
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
    return ExportReport(path, len(rows), personal, withheld, cleaned)


def _text(column: str, value: object) -> str:
    if value is None:
        return ""
    if column in _LISTS:
        return "; ".join(json.loads(str(value)))
    if column in _FLAGS:
        return "yes" if value else "no"
    if column == "uuid":
        return str(UUID(hex=str(value)))
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
