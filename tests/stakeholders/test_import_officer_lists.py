"""Lists as officers really have them: other headers, countries in their languages, the
command line's --map and --keep-headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from rrr_desktop.__main__ import main
from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.importing.applying import apply_import
from rrr_desktop.services.stakeholders.importing.column_mapping import (
    FIELDS,
    mapping_with_choices,
    suggest_mapping,
)
from rrr_desktop.services.stakeholders.importing.importer import MissingNameColumn, plan_import
from rrr_desktop.services.stakeholders.importing.tabular import read_table

OUTLOOK = ["First Name", "Last Name", "Title", "Company", "Department", "Job Title",
           "Home Street", "Business Street", "Business City", "Business Postal Code",
           "Business Country/Region", "Mobile Phone", "Business Phone", "E-mail Address",
           "Web Page", "Notes"]
CIVICRM = ["Contact ID", "Contact Type", "Display Name", "Organization Name", "First Name",
           "Email", "Phone", "Street Address", "Supplemental Address 1", "City", "Postal Code",
           "State/Province", "Country", "Website", "Note"]


def mapped(headers: list[str]) -> dict[str, str]:
    return {headers[index]: field for index, field in suggest_mapping(headers).items()}


def test_outlook_contact_exports_take_the_business_columns() -> None:
    assert mapped(OUTLOOK) == {
        "Company": "name", "Business Street": "address", "Business City": "locality",
        "Business Postal Code": "postcode", "Business Country/Region": "country",
        "Business Phone": "phone", "E-mail Address": "email", "Web Page": "website",
        "Notes": "description"}


def test_civicrm_contact_exports_are_understood() -> None:
    found = mapped(CIVICRM)
    assert found["Organization Name"] == "name"
    assert found["Contact ID"] == "external_id"
    assert (found["Street Address"], found["City"], found["Postal Code"]) == (
        "address", "locality", "postcode")
    assert (found["Website"], found["Note"]) == ("website", "description")


@pytest.mark.parametrize("header", [
    "Company", "Organisation name", "Entity", "Empresa", "Entidad", "Organização", "Société",
    "Azienda", "Bedrijf", "Organizacja", "Nazwa firmy", "Organizzazione"])
def test_a_single_word_naming_the_organisation_is_the_name_column(header: str) -> None:
    assert mapped([header, "Notes"])[header] == "name"


@pytest.mark.parametrize("header", ["Company number", "Entity type", "Structure size"])
def test_such_words_inside_a_longer_header_are_not_the_name(header: str) -> None:
    assert mapped([header]).get(header) != "name"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("country", "code"), [
    ("España", "ES"), ("Polska", "PL"), ("Brasil", "BR"), ("Deutschland", "DE"),
    ("Nederland", "NL"), ("Italia", "IT"), ("Cameroun", "CM"), ("Brésil", "BR"),
    ("Hiszpania", "ES"), ("Reino Unido", "GB"), ("Royaume-Uni", "GB"), ("Niemcy", "DE")])
def test_countries_in_the_officers_languages_get_their_code(
        home: Home, tmp_path: Path, country: str, code: str) -> None:
    table = read_table(write(tmp_path / "l.csv", f"Name,Country\nCoop A,{country}\n"))
    plan = plan_import(home.db, table, "l.csv")
    assert plan.rows[0].values["country_code"] == code
    assert plan.warnings == ()


def test_an_unknown_country_is_a_warning_on_a_row_still_imported(
        home: Home, tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "l.csv", "Name,Country\nCoop A,Atlantis\n"))
    plan = plan_import(home.db, table, "l.csv")
    assert plan.counts["add"] == 1
    assert [str(w) for w in plan.warnings] == [
        "row 2: the country 'Atlantis' in column 'Country' is not a country this app knows: "
        "the row is imported without a country; set it in the stakeholder's form"]


def test_a_file_without_a_known_name_header_asks_for_one(home: Home, tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "l.csv", "Trading as,Town\nCoop A,Leeds\n"))
    with pytest.raises(MissingNameColumn) as refusal:
        plan_import(home.db, table, "l.csv")
    assert "'Trading as', 'Town'" in str(refusal.value)
    assert "--map" in str(refusal.value) and ", ".join(FIELDS) in str(refusal.value)
    mapping = mapping_with_choices(table.headers, suggest_mapping(table.headers),
                                   ["trading AS=name"])
    apply_import(home.db, plan_import(home.db, table, "l.csv", mapping=mapping))


@pytest.mark.parametrize(("choice", "words"), [
    ("Trading as", "HEADER=field"), ("Trading as=nom", "'nom' is not a field"),
    ("Owner=name", "no column headed 'Owner'")])
def test_a_choice_that_cannot_be_applied_names_the_problem(choice: str, words: str) -> None:
    with pytest.raises(RejectedInput, match=words):
        mapping_with_choices(("Trading as", "Town"), {}, [choice])


def test_a_choice_moves_a_field_and_an_empty_one_leaves_the_column_out() -> None:
    headers = ("Name", "Company", "Town")
    assert mapping_with_choices(headers, {0: "name", 2: "locality"},
                                ["Company=name", "Town="]) == {1: "name"}


SECTIONED = """Name,Address,Phone
BARNSLEY,,
Rugby Club,1 Park Road,01226 111111
Holgate School,,
PENISTONE,,
Grammar School,Huddersfield Road,01226 333333
Young Farmers,,
"""


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_lists_headings_and_brings_them_in_on_request(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "clubs.csv", SECTIONED)
    home = str(tmp_path / "h")
    code, out, _ = cli(capsys, "--home", home, "stakeholders", "import", str(path),
                       "--dry-run")
    assert code == 0
    assert "Would add 4," in out
    assert ("Set aside as section headings (--keep-headings imports them too):\n"
            "  row 2: 'BARNSLEY'\n  row 5: 'PENISTONE'\n") in out
    code, out, _ = cli(capsys, "--home", home, "stakeholders", "import", str(path),
                       "--keep-headings")
    assert "Added 6," in out and "section headings" not in out


def test_cli_map_picks_the_name_column_and_a_bad_choice_lists_the_fields(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path / "l.csv", "Trading as,Site\nCoop A,Facebook\nCoop B,b.coop\n")
    home = str(tmp_path / "h")
    code, _, err = cli(capsys, "--home", home, "stakeholders", "import", str(path))
    assert code == 3 and "--map" in err and "contact_person" in err
    code, _, err = cli(capsys, "--home", home, "stakeholders", "import", str(path),
                       "--map", "Trading as=nam")
    assert code == 3 and "'nam' is not a field" in err and "external_id, name," in err
    code, out, _ = cli(capsys, "--home", home, "stakeholders", "import", str(path),
                       "--map", "Trading as=name")
    assert code == 0 and "Added 2," in out
    assert ("Imported with a value left out:\n  row 2: the website 'Facebook' in column "
            "'Site' is not a web address") in out


SURVEY = """Timestamp,Organisation name,contactName,contactEmail,contactPhone,\
I agree to be contacted
2024/03/01 10:00,Mill Bakery,Ana Pérez,ana@mill.example,+34 600 000 000,sí
2024/03/01 11:00,Barn Co-op,Bo Berg,bo@barn.example,,nie
2024/03/02 09:00,Quiet Club,Cy Dee,cy@quiet.example,,
"""


def test_a_survey_gives_the_contact_person_and_records_consent_with_its_source(
        home: Home, tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "survey.csv", SURVEY))
    plan = plan_import(home.db, table, "survey.csv")
    assert list(plan.mapping.values()) == [
        "name", "contact_person", "email", "phone", "consent"]
    assert plan.personal_data_rows == 2  # kept, flagged, never shared: those without consent
    apply_import(home.db, plan)
    with home.db.reading() as connection:
        found = {row[0]: row[1:] for row in connection.execute(
            "SELECT name, contact_person, email, phone, consent_given, consent_on, "
            "consent_source, shareable FROM stakeholder")}
    today = found["Mill Bakery"][4]
    assert found["Mill Bakery"] == ("Ana Pérez", "ana@mill.example", "+34 600 000 000", 1,
                                    today, "survey.csv", 0)
    assert today is not None and len(today) == 10
    assert found["Barn Co-op"] == ("Bo Berg", "bo@barn.example", "", 0, None, "", 0)
    assert found["Quiet Club"][3:5] == (0, None)


@pytest.mark.parametrize("header", ["contactConsent", "Consentimiento", "Consentement",
                                    "Zgoda na kontakt", "Toestemming", "Consenso"])
def test_consent_headers_in_the_seven_languages(header: str) -> None:
    assert mapped(["Name", header])[header] == "consent"


def test_cli_says_what_it_guessed_and_reads_in_the_encoding_asked(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_bytes("Nazwa;Column 2\nŁąka;ewa@laka.example\nŁódź Coop;jan@lodz.example\n"
                     .encode("cp1250"))
    home = str(tmp_path / "h")
    code, out, _ = cli(capsys, "--home", home, "stakeholders", "import", str(path),
                       "--dry-run")
    assert code == 0
    assert ("Guessed: column Column 2: 2 of 2 values are email addresses, so it is taken as "
            "the email.\n") in out
    code, out, _ = cli(capsys, "--home", home, "stakeholders", "import", str(path),
                       "--encoding", "cp1252", "--map", "Nazwa=name")
    code, out, _ = cli(capsys, "--home", home, "stakeholders", "list")
    assert "£¹ka" in out


def test_known_categories_with_commas_stay_one_value(home: Home, tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "l.csv", (
        'Name,Sector\n"Care Co-op","Health, Social Care & Wellbeing"\n'
        '"Print Co-op","Digital, Media and Communication; printing, design"\n')))
    plan = plan_import(home.db, table, "l.csv")
    assert [row.values["sectors"] for row in plan.rows] == [
        ["Health, Social Care & Wellbeing"],
        ["Digital, Media and Communication", "printing", "design"]]


def test_topics_are_found_by_id_label_or_synonym_and_an_unknown_one_is_a_warning(
        home: Home, tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "l.csv", (
        "Name,Topics\nMill,digital-inclusion; Social enterprise awards and recognition\n"
        "Barn,prizes; space travel\n")))
    plan = plan_import(home.db, table, "l.csv")
    assert [row.values.get("topic_ids") for row in plan.rows] == [
        ["digital-inclusion", "social-enterprise-awards"], ["social-enterprise-awards"]]
    assert [str(w) for w in plan.warnings] == [
        "row 3: 'space travel' is not a topic of the vocabulary (or could be several): the "
        "row is imported without it"]
    apply_import(home.db, plan)
    with home.db.reading() as connection:
        assert connection.execute("SELECT count(*) FROM stakeholder_topic").fetchone() == (3,)
