"""The profile as a YAML document: export, import, hostile files, the editor's draft file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.home import Home
from rrr_desktop.services.profile.document import (
    MAX_FILE_BYTES,
    CorruptDraftFile,
    discard_draft_file,
    export_profile,
    import_profile,
    read_draft_file,
    write_draft_file,
)
from rrr_desktop.services.profile.draft import (
    AssessmentDraft,
    FreeTopicEntry,
    PracticeDraft,
    ProfileDraft,
)
from rrr_desktop.services.profile.schema import draft_to_data, parse_document
from rrr_desktop.services.profile.store import load_profile, save_profile
from rrr_desktop.services.setup import cities
from tests.factories import SEED_UUIDS, database_connection


@pytest.fixture
def sample(home: Home) -> ProfileDraft:
    """Rotterdam's shipped profile with a bit of everything added."""
    cities.init_our_city(home.db, "Rotterdam", None, None)
    draft = load_profile(home.db)
    return save_profile(home.db, replace(
        draft, languages=("nl", "en"), contact_office="Social Impact Office",
        free_offers=(FreeTopicEntry("Community land trusts", "Two running."),),
        practices=(*draft.practices, PracticeDraft(UUID(int=7), "Impact awards", "award", "idea",
                                                   year_started=2025,
                                                   topic_ids=("trust-building", "co-creation"))),
        assessments=(AssessmentDraft("trust-building", 0, date(2026, 3, 1)),
                     AssessmentDraft("co-creation")))).draft


def exported(home: Home, tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "profile.yaml"
    export_profile(home.db, path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def write(tmp_path: Path, data: object, name: str = "edited.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def database_rows(home: Home) -> list[tuple[object, ...]]:
    """Every row of the profile's tables, to prove an import changed nothing."""
    with database_connection(home) as connection:
        return [row for table in ("city", "city_topic", "city_free_topic", "practice",
                                  "practice_topic", "topic_assessment")
                for row in connection.execute(f"SELECT * FROM {table} ORDER BY 1")]


def test_export_then_import_gives_back_the_same_profile(
        home: Home, sample: ProfileDraft, tmp_path: Path) -> None:
    path = tmp_path / "ours.yaml"
    export_profile(home.db, path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Profile of Rotterdam, written by RRR Desktop")
    assert "format: rrr-desktop/profile\nversion: 2\n" in text
    save_profile(home.db, replace(sample, summary="", offers=(), practices=(), assessments=()))
    assert import_profile(home.db, path).changed
    assert load_profile(home.db) == sample


def test_importing_the_same_file_twice_changes_nothing(
        home: Home, sample: ProfileDraft, tmp_path: Path) -> None:
    data = exported(home, tmp_path)
    data["free_offers"].append({"text": "Repair cafés", "note": "Weekly."})
    path = write(tmp_path, data)
    assert import_profile(home.db, path).changed
    before = database_rows(home)
    assert not import_profile(home.db, path).changed
    assert database_rows(home) == before


def test_a_multi_line_summary_survives_as_a_readable_block(
        home: Home, sample: ProfileDraft, tmp_path: Path) -> None:
    save_profile(home.db, replace(sample, summary="First line.\nSecond line: «ñ»."))
    path = tmp_path / "ours.yaml"
    export_profile(home.db, path)
    assert "summary: |-\n  First line.\n  Second line: «ñ»." in path.read_text(encoding="utf-8")
    assert import_profile(home.db, path).changed is False


@pytest.mark.parametrize(("edit", "problem"), [
    (lambda d: d["practices"][1].update(stage="finished"),
     "practices[1].stage: must be one of idea, pilot, running, evaluated"),
    (lambda d: d["practices"][0].update(kind=None),
     "practices[0].kind: must be one of award, platform, hub"),
    (lambda d: d["practices"][0].update(year_started="2019"),
     "practices[0].year_started: must be a whole number"),
    (lambda d: d["self_assessment"][0].update(score=11),
     "self_assessment[0].score: must be at most 10"),
    (lambda d: d["self_assessment"][0].update(score=True),
     "self_assessment[0].score: must be a whole number"),
    (lambda d: d["self_assessment"][0].update(assessed_on="next week"),
     "self_assessment[0].assessed_on: must be a date like 2026-03-01"),
    (lambda d: d["offers"][0].update(colour="red"),
     "offers[0].colour: is not a field of a profile document"),
    (lambda d: d.update(summary=["a", "list"]), "summary: must be text"),
    (lambda d: d.update(offers={"topic": "co-creation"}), "offers: must be a list"),
    (lambda d: d["offers"][0].update(topic="Co Creation"),
     "offers[0].topic: must be a topic id such as co-design-hubs"),
    (lambda d: d["wants_to_learn"].append({"topic": "astrology"}),
     "wants_to_learn[2].topic: astrology is not a topic of the vocabulary"),
    (lambda d: d["languages"].append("EN"),
     "languages[2]: must be a two-letter language code"),
    (lambda d: d["city"].pop("uuid"), "city.uuid: is missing"),
    (lambda d: d["city"].update(uuid="Rotterdam"), "city.uuid: must be an id like"),
    (lambda d: d.update(version=3), "version: must be 2: the file was written by another"),
    (lambda d: d.update(version=1), "version: must be 2: the file was written by another"),
    (lambda d: d.update(format="rrr-peer-cities"), "format: must be rrr-desktop/profile"),
    (lambda d: d.update(contact_office="x" * 1001),
     "contact_office: is longer than 1000 characters"),
])
def test_an_invalid_file_names_the_field_and_changes_nothing(
        home: Home, sample: ProfileDraft, tmp_path: Path, edit: Any, problem: str) -> None:
    data = exported(home, tmp_path)
    edit(data)
    before = database_rows(home)
    with pytest.raises(RejectedInput) as caught:
        import_profile(home.db, write(tmp_path, data))
    assert str(caught.value).startswith(f"edited.yaml: {problem}")
    assert database_rows(home) == before


def test_another_citys_profile_is_refused_with_whose_it_is(
        home: Home, sample: ProfileDraft, tmp_path: Path) -> None:
    data = exported(home, tmp_path)
    data["city"] = {"uuid": SEED_UUIDS["Bilbao"], "name": "Bilbao"}
    before = database_rows(home)
    with pytest.raises(RejectedInput) as caught:
        import_profile(home.db, write(tmp_path, data))
    assert str(caught.value) == (
        "edited.yaml: This is the profile of Bilbao, not of Rotterdam, the city of this data "
        "folder. Nothing was changed: use a profile exported from Rotterdam's data folder.")
    assert database_rows(home) == before


@pytest.mark.parametrize(("content", "problem", "field"), [
    (b"format: !!python/object/apply:os.system [echo hi]\n", "tags (tag:yaml.org,2002:python",
     None),
    (b"summary: !!binary aGVsbG8=\n", "tags (tag:yaml.org,2002:binary) are not allowed (line 1)",
     None),
    (b"a: &a [1, 2]\nb: [*a, *a]\n", "anchors (&name) are not allowed (line 1)", None),
    (b"summary: [unclosed\n", "not valid YAML: did not find expected ',' or ']' (line 2)",
     None),
    (b"summary: caf\xe9\n", "hostile.yaml: not a valid profile document: it is not valid "
                            "UTF-8 text", None),
    (b"- just\n- a list\n", "(top level): must be a set of fields", "(top level)"),
    (b"", "(top level): must be a set of fields", "(top level)"),
    (b"[" * 50_000, "nested deeper than 32 levels", None),
    (b"summary: a\nsummary: b\n", "the key 'summary' appears twice (line 2)", None),
    (b"format: rrr-desktop/profile\nversion: 1.0\n", "version: must be 2", "version"),
    (b"format: rrr-desktop/profile\nversion: true\n", "version: must be 2", "version"),
    (b"format: rrr-desktop/profile\nversion: 1\nself_assessment:\n"
     b"- {topic: trust-building, score: 5, assessed_on: 2024-02-31}\n",
     "self_assessment[0].assessed_on: 2024-02-31 is not a date or time of the calendar",
     "self_assessment[0].assessed_on"),
    (b"format: rrr-desktop/profile\nversion: 2\nself_assessment:\n"
     b"- {topic: trust-building, score: 5, assessed_on: 2024-01-01 25:61:00}\n",
     "self_assessment[0].assessed_on: 2024-01-01 25:61:00 is not a date or time",
     "self_assessment[0].assessed_on"),
    (b"format: rrr-desktop/profile\nversion: " + b"9" * 5000 + b"\n",
     "version: a number of 5,000 digits; at most 4,300 digits are accepted (line 2)", "version"),
    (b"format: rrr-desktop/profile\nversion: 2\npractices:\n- {year_started: " + b"1" * 4400
     + b"}\n", "practices[0].year_started: a number of 4,400 digits", "practices[0].year_started"),
])
def test_hostile_or_broken_yaml_is_refused(home: Home, tmp_path: Path, content: bytes,
                                           problem: str, field: str | None) -> None:
    cities.init_our_city(home.db, "Rotterdam", None, None)
    path = tmp_path / "hostile.yaml"
    path.write_bytes(content)
    with pytest.raises(RejectedInput, match=problem.replace("(", r"\(").replace(")", r"\)")
                       .replace("[", r"\[")) as refusal:
        import_profile(home.db, path)
    assert refusal.value.field == field
    spanish = refusal.value.text("es")  # in the officer's words, none of Python's
    assert spanish.startswith("hostile.yaml: ")
    assert not any(python in spanish for python in (
        "Exceeds the limit", "set_int_max_str_digits", "out of range", "must be"))


def test_a_file_over_the_size_limit_is_not_even_parsed(home: Home, tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"summary: '" + b"x" * MAX_FILE_BYTES + b"'\n")
    with pytest.raises(RejectedInput, match=r"huge\.yaml is larger than 2 MB"):
        import_profile(home.db, path)


def test_a_missing_file_is_reported(home: Home, tmp_path: Path) -> None:
    with pytest.raises(RejectedInput, match="could not be read"):
        import_profile(home.db, tmp_path / "nowhere.yaml")


def test_an_unwritable_export_is_reported(home: Home, sample: ProfileDraft,
                                          tmp_path: Path) -> None:
    with pytest.raises(RejectedInput, match="could not be written"):
        export_profile(home.db, tmp_path / "missing-folder" / "ours.yaml")


def test_an_unfinished_draft_survives_the_draft_file(home: Home, sample: ProfileDraft) -> None:
    unfinished = replace(
        sample, free_offers=(FreeTopicEntry(""),),
        practices=(PracticeDraft(uuid=sample.practices[0].uuid, title="", kind="hub",
                                 stage="idea"),),
        assessments=(AssessmentDraft("trust-building", 3, None),))
    path = home.paths.profile_draft
    assert read_draft_file(path) is None
    write_draft_file(path, unfinished)
    assert read_draft_file(path) == unfinished
    with pytest.raises(RejectedInput, match="is empty"):
        save_profile(home.db, unfinished)
    discard_draft_file(path)
    assert not path.exists()


def test_a_corrupt_draft_file_is_kept_aside_and_reported(home: Home) -> None:
    path = home.paths.profile_draft
    path.write_text("format: rrr-desktop/profile\nsummary: [half written", encoding="utf-8")
    with pytest.raises(CorruptDraftFile) as caught:
        read_draft_file(path)
    assert not path.exists()
    assert caught.value.kept.read_text(encoding="utf-8").endswith("[half written")
    assert str(caught.value.kept) in str(caught.value)
    assert read_draft_file(path) is None


def test_a_draft_the_disk_refuses_is_reported_and_the_old_one_kept(
        home: Home, sample: ProfileDraft, monkeypatch: pytest.MonkeyPatch) -> None:
    path = home.paths.profile_draft
    write_draft_file(path, sample)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("rrr_desktop.services.profile.document.atomic_file", refuse)
    with pytest.raises(RejectedInput, match="No space left on device"):
        write_draft_file(path, replace(sample, summary="new text"))
    monkeypatch.undo()
    assert read_draft_file(path) == sample


yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
    | st.dates() | st.sampled_from(["rrr-desktop/profile", "offers", "co-creation", "hub",
                                    "7d3f5c1e-1b8e-4a3e-9a0c-111111111111"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["format", "version", "city", "uuid", "name", "summary", "offers",
                         "topic", "note", "practices", "title", "kind", "stage", "score",
                         "assessed_on", "self_assessment", "languages", "text", "free_offers"])
        | st.text(max_size=10), inner, max_size=6),
    max_leaves=30)


VALID = draft_to_data(ProfileDraft(UUID(SEED_UUIDS["Bilbao"]), "Bilbao", practices=(
    PracticeDraft(UUID(int=1), "Hubs", "hub", "running", topic_ids=("co-creation",)),)))


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=yaml_values | st.builds(
    lambda changes: {**VALID, **changes},
    st.dictionaries(st.sampled_from(sorted(VALID)) | st.text(max_size=8), yaml_values,
                    max_size=4)))
def test_any_data_is_a_draft_or_rejected_input(data: object) -> None:
    """Whatever a file holds, the parser answers with a draft or a RejectedInput."""
    try:
        assert isinstance(parse_document(data), ProfileDraft)
    except RejectedInput as problem:
        assert str(problem)
