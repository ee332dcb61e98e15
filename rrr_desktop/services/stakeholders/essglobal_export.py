"""Export the register's organisations as an ESSGlobal "standard" CSV, the layout of open
SSE data, so a city can publish its ecosystem on SSE maps.

Kinds and sectors are written as ESSGlobal term URIs (organisational structure, ICA
activities); persons are never published, and an organisation's phone and email only
when the officer includes personal data and its consent is recorded.
"""

from __future__ import annotations

from pathlib import Path

from rrr_desktop.models.database import Database
from rrr_desktop.models.vocabulary import StakeholderKind
from rrr_desktop.services.stakeholders.essglobal import STRUCTURE_BY_KIND
from rrr_desktop.services.stakeholders.export import (
    Cell,
    ExportReport,
    default_delimiter,
    read_records,
    write_csv,
)
from rrr_desktop.services.stakeholders.listing import StakeholderFilter

TERMS = "https://dev.lod.coop/essglobal/2.1/standard/"
HEADER = ("Identifier", "Name", "Description", "Organisational Structure", "Primary Activity",
          "Activities", "Street Address", "Locality", "Region", "Postcode", "Country ID",
          "Territory ID", "Website", "Phone", "Email", "Twitter", "Facebook",
          "Companies House Number", "Qualifiers", "Membership Type", "Latitude", "Longitude",
          "Geo Container", "Geo Container Latitude", "Geo Container Longitude")
_COLUMNS = ["is_person", "external_id", "uuid", "name", "description", "kind", "sectors",
            "address", "locality", "postcode", "country_code", "website", "phone", "email",
            "latitude", "longitude"]


def export_essglobal(db: Database, query: StakeholderFilter, path: Path,
                     include_personal: bool = False) -> ExportReport:
    """Write the organisations ``query`` selects to ``path`` in ESSGlobal's CSV layout
    (always comma-separated, as the SSE mapping tools read it)."""
    records, personal, withheld, cleaned = read_records(db, query, _COLUMNS,
                                                        include_personal)
    rows = [_row(values, include_personal) for values in records if not values["is_person"]]
    write_csv(path, list(HEADER), rows, default_delimiter("en"))
    return ExportReport(path, len(rows), personal, withheld, cleaned)


def _row(values: dict[str, object], include_personal: bool) -> list[Cell]:
    structure = STRUCTURE_BY_KIND.get(StakeholderKind(str(values["kind"])))
    sectors = values["sectors"] if isinstance(values["sectors"], list) else []
    activities = [f"{TERMS}activities-ica/{code}" for code in sectors
                  if str(code).startswith("ICA")]
    by_header: dict[str, Cell] = {
        "Identifier": str(values["external_id"] or values["uuid"]),
        "Name": str(values["name"]), "Description": str(values["description"]),
        "Organisational Structure": (f"{TERMS}organisational-structure/{structure}"
                                     if structure else ""),
        "Primary Activity": activities[0] if activities else "",
        "Activities": ";".join(activities[1:]),
        "Street Address": str(values["address"]), "Locality": str(values["locality"]),
        "Postcode": str(values["postcode"]), "Country ID": str(values["country_code"]),
        "Website": str(values["website"]),
        "Phone": str(values["phone"] or "") if include_personal else "",
        "Email": str(values["email"] or "") if include_personal else "",
    }
    for prefix in ("", "Geo Container "):
        by_header[f"{prefix}Latitude"] = _coordinate(values["latitude"])
        by_header[f"{prefix}Longitude"] = _coordinate(values["longitude"])
    return [by_header.get(header, "") for header in HEADER]


def _coordinate(value: object) -> Cell:
    return value if isinstance(value, float | int) else ""
