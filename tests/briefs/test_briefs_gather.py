"""Briefs gathered from a home's database, rendered, and read back with pypdf."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import LANGUAGES, message_text, set_language
from rrr_desktop.models.city import City
from rrr_desktop.models.city_vocabulary import TopicRole
from rrr_desktop.models.exchange import BundleExport, BundleImport, PeerStakeholder
from rrr_desktop.models.stakeholder import Interaction, Stakeholder
from rrr_desktop.models.vocabulary import CollaborationStage, InteractionKind, StakeholderKind
from rrr_desktop.models.workspace import WorkingGroup, WorkingGroupMember
from rrr_desktop.services.briefs.gather import city_brief_data, consent_count
from rrr_desktop.services.briefs.gather_peer import find_peer, peer_brief_data
from rrr_desktop.services.briefs.generate import BriefRequest, file_name, generate_brief
from rrr_desktop.services.briefs.history import forget_brief, recent_briefs, record_brief
from rrr_desktop.services.briefs.inputs import Narrative, ReasonedTopic
from rrr_desktop.services.briefs.options import BriefKind, BriefOptions
from rrr_desktop.services.briefs.render import render_city_brief, render_peer_brief
from rrr_desktop.services.home import Home
from rrr_desktop.services.setup.cities import choose_seeded_city
from rrr_desktop.services.setup.sample_data import load_sample_data
from rrr_desktop.services.vocabulary import topic_label
from tests.factories import SEED_UUIDS, add_own_words

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
HOSTILE = "<b>Coop & Sons</b> <font>"
ACCENTED = "Cooperativa Łódź Señora"
ROTTERDAM = uuid.UUID(SEED_UUIDS["Rotterdam"])
PEER = BriefOptions(kind=BriefKind.PEER)


def text_of(pdf: bytes | Path) -> str:
    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    return "\n".join(page.extract_text() for page in reader.pages)


def city_pdf(home: Home, options: BriefOptions | None = None) -> tuple[int, str]:
    options = options or BriefOptions()
    buffer = io.BytesIO()
    pages = render_city_brief(city_brief_data(home.db, options, NOW), options, buffer)
    return pages, text_of(buffer.getvalue())


@pytest.fixture
def demo(home: Home) -> Home:
    """The sample data, a hostile and an accented key stakeholder, a Rotterdam bundle."""
    load_sample_data(home.db, today=NOW.date())
    with home.db.session() as session:
        for name in (HOSTILE, ACCENTED):
            session.add(Stakeholder(
                name=name, kind=StakeholderKind.COOPERATIVE, influence=5, interest=5,
                stage=CollaborationStage.CO_MANAGING, district="Centro",
                interactions=[Interaction(occurred_on=date(2026, 1, 5),
                                          kind=InteractionKind.MEETING,
                                          notes="Agree the lease\nmore",
                                          follow_up_on=date(2020, 1, 1))]))
        received = BundleImport(
            file_name="rotterdam.rrrbundle", file_sha256="0" * 64, sender_uuid=ROTTERDAM,
            sender_name="Rotterdam", fingerprint="f" * 64,
            bundle_created_at=datetime(2026, 10, 14, tzinfo=UTC),
            imported_at=datetime(2026, 10, 15, tzinfo=UTC))
        session.add_all([received, BundleExport(file_name="ours.rrrbundle",
                                                created_at=datetime(2026, 11, 1, tzinfo=UTC))])
        session.flush()
        city_id = session.scalar(select(City.id).where(City.uuid == ROTTERDAM))
        assert city_id is not None
        session.add(PeerStakeholder(
            city_id=city_id, uuid=uuid.uuid4(), revision=1, modified_at=NOW,
            name="Zorgcoöperatie Noord", kind="cooperative", source_bundle_id=received.id))
        session.add(WorkingGroup(name="Impact finance", topic_ids=["social-impact-bonds"],
                                 lead_city_id=city_id,
                                 members=[WorkingGroupMember(city_id=city_id, position=0)]))
    return home


def test_the_city_brief_from_the_demo_data_has_every_section(demo: Home) -> None:
    pages, text = city_pdf(demo)
    assert 3 <= pages <= 12
    for title in ("Purpose", "Background", "Our profile in short",
                  "What we offer and want to learn", "Stakeholders by kind and stage",
                  "Influence and interest", "Key stakeholders", "Overdue follow-ups",
                  "Suggested peer cities", "Our working groups", "Recent exchanges",
                  "Considerations", "Options", "Recommendation", "Sources"):
        assert title in text
    assert "Sample City (demo data)" in text
    assert "Co-managing" in text and "Co-operative" in text  # codes printed as labels
    assert "co_managing" not in text
    assert "Impact finance" in text and "Rotterdam" in text
    assert "Bundle received from Rotterdam: rotterdam.rrrbundle" in text
    assert "Bundle sent: ours.rrrbundle" in text
    assert "Rotterdam — rotterdam.rrrbundle — 2026-10-14" in text  # footer: bundle used
    assert "Agree the lease" in text  # the oldest overdue follow-up, first line only


def test_accented_and_hostile_names_print_literally(demo: Home) -> None:
    _pages, text = city_pdf(demo)
    assert ACCENTED in text
    assert HOSTILE in text


def test_key_stakeholders_put_partners_with_most_influence_first(demo: Home) -> None:
    data = city_brief_data(demo.db, BriefOptions(key_stakeholders=8), NOW)
    assert len(data.key_stakeholders) == 8
    assert {HOSTILE, ACCENTED} <= {row.name for row in data.key_stakeholders}
    assert all(row.stage in ("Co-managing", "Co-implementing") for row in data.key_stakeholders)


def test_personal_data_only_with_the_option_and_recorded_consent(demo: Home) -> None:
    everyone = BriefOptions(key_stakeholders=5000)
    rows = city_brief_data(demo.db, everyone, NOW).key_stakeholders
    assert not any("María López" in row.name or row.email for row in rows)
    allowed = BriefOptions(key_stakeholders=5000, include_personal_data=True)
    rows = city_brief_data(demo.db, allowed, NOW).key_stakeholders
    people = [row for row in rows if row.email]
    assert people and all(row.consent_recorded for row in people)
    assert any(row.name == "María López (sample)" for row in people)  # consent recorded
    assert not any(row.name.startswith("Piotr Nowak") for row in rows)  # no consent
    _pages, text = city_pdf(demo, allowed)
    assert "person1@example.org" in text and "person2@example.org" not in text
    assert "Contains personal data" in text
    assert consent_count(demo.db, 5000).with_consent == len(people)


def test_suggested_peers_come_with_reasons_in_the_brief_language(demo: Home) -> None:
    data = city_brief_data(demo.db, BriefOptions(language="es"), NOW)
    assert data.peers[0].city == "Rotterdam"
    assert any("que queremos aprender" in reason for reason in data.peers[0].reasons)
    assert data.by_stage[0].label == "Sin relación"


def test_working_group_topics_are_named_in_the_brief_language(demo: Home) -> None:
    """A Portuguese brief printed from an English window listed "Social impact bonds"."""
    [group] = city_brief_data(demo.db, BriefOptions(language="pt"), NOW).working_groups
    assert group.topics == (topic_label("social-impact-bonds", language="pt"),)
    assert group.topics[0] != topic_label("social-impact-bonds", language="en")


def test_a_home_with_only_our_city_gives_a_short_valid_brief(home: Home) -> None:
    choose_seeded_city(home.db, uuid.UUID(SEED_UUIDS["Bilbao"]))
    pages, text = city_pdf(home)
    assert pages <= 3
    assert "Bilbao" in text and "Nothing recorded yet." in text
    assert "No peer bundles used" in text


def test_a_peer_brief_says_where_old_data_without_a_bundle_comes_from(bilbao: Home) -> None:
    """Warsaw's data is the 2021 meeting's, flagged as old on the Peer cities page: the
    brief's Sources said only "No peer bundles used"."""
    notes = peer_brief_data(bilbao.db, "Warsaw", PEER, NOW).provenance.notes
    assert notes[0].startswith("Data on Warsaw from no bundle: RRR peer-city meeting")
    assert notes[1] == ("Our data on Warsaw dates from 15 July 2021, more than a year ago: "
                        "check it with Warsaw before the meeting.")
    buffer = io.BytesIO()
    render_peer_brief(peer_brief_data(bilbao.db, "Warsaw", PEER, NOW), PEER, buffer)
    text = text_of(buffer.getvalue())
    assert "check it with Warsaw before the meeting" in " ".join(text.split())


def test_a_fresh_bundle_needs_no_warning(demo: Home) -> None:
    assert peer_brief_data(demo.db, "rotterdam", PEER, NOW).provenance.notes == ()


def test_no_city_yet_is_refused_with_what_to_do(home: Home) -> None:
    with pytest.raises(RejectedInput, match="No city is chosen yet"):
        city_brief_data(home.db, BriefOptions(), NOW)


def test_the_peer_brief_for_rotterdam(demo: Home) -> None:
    data = peer_brief_data(demo.db, "rotterdam", PEER, NOW)
    assert data.peer.name == "Rotterdam" and data.our_city == "Sample City (demo data)"
    assert data.learn[0].topic == "Social impact bonds and social finance"
    assert data.shared_stakeholders[0].name == "Zorgcoöperatie Noord"
    assert data.provenance.bundles == ("Rotterdam — rotterdam.rrrbundle — 2026-10-14",)
    assert [e.what for e in data.exchanges] == [
        "Bundle received from Rotterdam: rotterdam.rrrbundle"]
    assert data.open_questions[0].startswith("How did Rotterdam get started with social")
    target = Path(demo.paths.briefs) / "rotterdam.pdf"
    brief = generate_brief(demo.db, BriefRequest(PEER, peer=str(ROTTERDAM),
                                                 open_questions=("Who pays?",)), target, NOW)
    assert brief.peer == ROTTERDAM and brief.pages >= 1 and brief.size > 10_000
    text = text_of(target)
    assert "What we can learn from them" in text and "Who pays?" in text
    assert "Zorgcoöperatie Noord" in text


def test_an_unknown_peer_is_refused_with_close_names(demo: Home) -> None:
    with pytest.raises(RejectedInput, match="Did you mean Rotterdam") as refused:
        find_peer(demo.db, "Roterdam")
    assert "Peer cities:" in str(refused.value)


def test_an_edited_narrative_prints_instead_of_the_defaults(demo: Home, tmp_path: Path) -> None:
    narrative = Narrative(purpose="Agree the budget for Łódź visit.")
    target = tmp_path / "brief.pdf"
    generate_brief(demo.db, BriefRequest(BriefOptions(), narrative=narrative), target, NOW)
    assert "Agree the budget for Łódź visit." in text_of(target)


def test_generated_briefs_are_listed_newest_first_and_can_be_forgotten(
        demo: Home, tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    first.write_bytes(b"%PDF")
    record_brief(demo.db, BriefOptions(), "City brief – A", first, now=NOW)
    newer = record_brief(demo.db, PEER, "Peer meeting brief – Rotterdam", second,
                         peer=ROTTERDAM, now=NOW + timedelta(hours=1))
    listed = recent_briefs(demo.db)
    assert [b.title for b in listed] == ["Peer meeting brief – Rotterdam", "City brief – A"]
    assert listed[0].peer == "Rotterdam" and not listed[0].exists  # b.pdf was never written
    assert listed[1].exists and listed[1].options["language"] == "en"
    assert forget_brief(demo.db, newer) and not forget_brief(demo.db, newer)
    assert [b.title for b in recent_briefs(demo.db)] == ["City brief – A"]


def test_file_names_are_safe_on_every_system() -> None:
    assert file_name("Bilbao", BriefKind.CITY, NOW) == "Bilbao-brief-2026-11-25.pdf"
    assert (file_name("São Paulo", BriefKind.PEER, NOW, "Łódź / <x>")
            == "Sao-Paulo-Lodz-X-meeting-2026-11-25.pdf")


def test_file_names_are_worded_in_the_officers_language() -> None:
    set_language("pl")
    assert file_name("Warszawa", BriefKind.CITY, NOW) == "Warszawa-notatka-2026-11-25.pdf"
    assert (file_name("Warszawa", BriefKind.PEER, NOW, "Belo Horizonte")
            == "Warszawa-Belo-Horizonte-spotkanie-2026-11-25.pdf")
    assert file_name("Warszawa", BriefKind.GROUP, NOW, "Impact") == (
        "Warszawa-Impact-grupa-2026-11-25.pdf")
    # Italian calls a city brief a "nota informativa", in the window and in its file name
    assert file_name("Torino", BriefKind.CITY, NOW, language="it") == "Torino-nota-2026-11-25.pdf"
    for language in LANGUAGES:  # words a file name may hold on every system
        for kind in ("brief", "meeting", "group", "invitation", "stakeholders"):
            word = message_text(f"file_name.{kind}", language=language)
            assert word.isascii() and word.replace("-", "").isalnum(), (language, word)


def test_the_peer_brief_shows_the_peers_own_words_marked_as_theirs(demo: Home) -> None:
    add_own_words(demo, "Rotterdam", TopicRole.OFFERS, "Community kitchens in schools")
    add_own_words(demo, "Rotterdam", TopicRole.WANTS_TO_LEARN, "Repair cafés")
    data = peer_brief_data(demo.db, "rotterdam", PEER, NOW)
    assert ReasonedTopic("“Community kitchens in schools”", ("In Rotterdam's own words",)) \
        in data.learn
    assert ReasonedTopic("“Repair cafés”", ("In Rotterdam's own words",)) in data.offer
    spanish = peer_brief_data(demo.db, "rotterdam", BriefOptions(kind=BriefKind.PEER,
                                                                 language="es"), NOW)
    assert ReasonedTopic("“Community kitchens in schools”", ("En palabras de Rotterdam",)) \
        in spanish.learn


def test_a_peer_brief_about_our_own_city_says_so(demo: Home) -> None:
    with pytest.raises(RejectedInput, match="your own city"):
        find_peer(demo.db, "Sample City (demo data)")


def test_peer_organisations_are_ours_only_on_what_identifies_them(demo: Home) -> None:
    """A shared platform (facebook.com) or a name in another town is no evidence; the
    same record, the same website, or the same name in the same locality is, and the
    brief says which of ours it is and why."""
    record = uuid.uuid4()
    with demo.db.session() as session:
        for name, website, locality, same_uuid in (
                ("Huis van de Wijk", "https://www.facebook.com/huisvandewijk", "", None),
                ("Bike Kitchen", "", "Rotterdam", None),
                ("Energiecoöperatie Zuid", "http://zuid-energie.nl/", "", None),
                ("Voedselbank", "", "", record)):
            session.add(Stakeholder(name=name, kind=StakeholderKind.ASSOCIATION,
                                    website=website, locality=locality,
                                    **({"uuid": same_uuid} if same_uuid else {})))
        city_id = session.scalar(select(City.id).where(City.uuid == ROTTERDAM))
        assert city_id is not None
        for name, website, locality, same_uuid in (
                ("Wijkcentrum Oost", "https://facebook.com/wijkcentrumoost", "", None),
                ("Stadsboerderij", "facebook.com", "", None),
                ("Bike Kitchen", "", "Delft", None),
                ("BIKE KITCHEN", "", "rotterdam", None),
                ("Zuid Energie", "https://zuid-energie.nl", "", None),
                ("Foodbank Rotterdam", "", "", record)):
            session.add(PeerStakeholder(
                city_id=city_id, uuid=same_uuid or uuid.uuid4(), revision=1,
                modified_at=NOW, name=name, kind="association", website=website,
                locality=locality, description=f"About {name}."))
    notes = {s.name: s.note for s in peer_brief_data(demo.db, "Rotterdam", PEER,
                                                     NOW).shared_stakeholders}
    assert notes["Wijkcentrum Oost"] == "About Wijkcentrum Oost."
    assert notes["Stadsboerderij"] == "About Stadsboerderij."
    assert notes["Bike Kitchen"] == "About Bike Kitchen."
    assert notes["BIKE KITCHEN"] == "Also in our register as Bike Kitchen (same name in rotterdam)"
    assert notes["Zuid Energie"] == ("Also in our register as Energiecoöperatie Zuid "
                                     "(same website: zuid-energie.nl)")
    assert notes["Foodbank Rotterdam"] == "Also in our register as Voedselbank (the same record)"
    first_three = list(notes)[:3]
    assert set(first_three) == {"BIKE KITCHEN", "Zuid Energie", "Foodbank Rotterdam"}


def test_the_few_we_work_with_lead_a_big_imported_register(home: Home) -> None:
    """Thousands imported as not engaged do not push out the one we consulted, nor the
    one we met last week; within the not engaged, the contacted come first."""
    choose_seeded_city(home.db, uuid.UUID(SEED_UUIDS["Bilbao"]))
    with home.db.session() as session:
        session.add_all(Stakeholder(name=f"{index:03} Imported Co-op",
                                    kind=StakeholderKind.COOPERATIVE) for index in range(60))
        consulted = Stakeholder(name="Zubia Housing Co-operative",
                                kind=StakeholderKind.COOPERATIVE,
                                stage=CollaborationStage.CONSULTED)
        met = Stakeholder(name="Zz Met Last Week", kind=StakeholderKind.ASSOCIATION)
        session.add_all([consulted, met])
        session.flush()
        session.add(Interaction(stakeholder_id=met.id, kind=InteractionKind.MEETING,
                                occurred_on=NOW.date() - timedelta(days=7)))
    rows = city_brief_data(home.db, BriefOptions(key_stakeholders=5), NOW).key_stakeholders
    assert [row.name for row in rows[:2]] == ["Zubia Housing Co-operative", "Zz Met Last Week"]
    assert rows[2].name == "000 Imported Co-op"


def test_contacts_written_in_free_text_print_only_with_personal_data(home: Home) -> None:
    """Our summary, the notes on our topics and a follow-up's notes: [✉] and [☎] unless
    personal data is allowed (and, for a follow-up, its stakeholder's consent recorded)."""
    from dataclasses import replace

    from rrr_desktop.services.profile.draft import TopicEntry
    from rrr_desktop.services.profile.read import load_profile
    from rrr_desktop.services.profile.store import save_profile

    choose_seeded_city(home.db, uuid.UUID(SEED_UUIDS["Bilbao"]))
    written = "Ask Ana: +34 944 123 456, ana@coop.example"
    save_profile(home.db, replace(load_profile(home.db), summary=written,
                                  offers=(TopicEntry("trust-building", written),)))
    with home.db.session() as session:
        for name, consent in (("Told", True), ("Untold", False)):
            session.add(Stakeholder(
                name=name, kind=StakeholderKind.COOPERATIVE, consent_given=consent,
                interactions=[Interaction(occurred_on=date(2026, 1, 5), notes=written,
                                          kind=InteractionKind.CALL,
                                          follow_up_on=date(2026, 2, 1))]))
    hidden = "Ask Ana: [☎], [✉]"
    data = city_brief_data(home.db, BriefOptions(), NOW)
    assert (data.city.summary, data.offers[0].note) == (hidden, hidden)
    assert {f.action for f in data.overdue} == {hidden}
    allowed = city_brief_data(home.db, BriefOptions(include_personal_data=True), NOW)
    assert (allowed.city.summary, allowed.offers[0].note) == (written, written)
    assert sorted(f.action for f in allowed.overdue) == sorted([hidden, written])
