"""The city brief's data, read from the database.

Key stakeholders: active (not archived) ones, co-implementing and co-managing
partners first, then the others the city works with (informed to co-creating), then
those not engaged; within each by influence × interest (unplaced ones count 0), then
the latest contact, then by name; at most ``options.key_stakeholders``. When no one is
rated, engaged or contacted, that order is only the alphabet: no table then, the brief
says so and counts the register by kind (``nobody_stands_out``). A stakeholder
who is a person appears only when the officer allowed personal data *and* the
person's consent is recorded; contact details are copied only for those rows, so
nothing that may not print ever reaches the renderer. Emails and phone numbers
written into free text (our summary, the notes on our topics, the notes of
follow-ups) print as [✉] and [☎] unless the officer allowed personal data (and, for
a follow-up, the stakeholder's consent is recorded).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from uuid import UUID

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries import briefs as queries
from rrr_desktop.services.briefs.data_labels import DataLabels
from rrr_desktop.services.briefs.inputs import (
    CityBriefData,
    Count,
    FollowUp,
    MapPoint,
    PeerSuggestion,
    Provenance,
    StakeholderRow,
    TopicNote,
    WorkingGroup,
)
from rrr_desktop.services.briefs.options import BriefKind, BriefOptions
from rrr_desktop.services.briefs.options import CitySection as S
from rrr_desktop.services.briefs.sources import (
    bundles_used,
    city_summary,
    exchanges,
    first_line,
    today_of,
)
from rrr_desktop.services.dto import CityProfile
from rrr_desktop.services.groups.shared import Group, working_groups
from rrr_desktop.services.peers import workspace as peer_workspace
from rrr_desktop.services.peers.matching import PeerFilters, suggest_peers
from rrr_desktop.services.peers.world import load_world
from rrr_desktop.services.setup import directory
from rrr_desktop.services.stakeholders.influence_map import stakeholder_map
from rrr_desktop.services.stakeholders.listing import StakeholderFilter
from rrr_desktop.text import with_contacts_if

SUGGESTED_PEERS = 5
REASONS_PER_PEER = 3
OVERDUE_SHOWN = 25
ACTION_LENGTH = 160


def our_profile(db: Database, language: str) -> CityProfile:
    """Our city, its texts in the brief's ``language`` where we wrote them in it."""
    ours = directory.our_city(db, language)
    if ours is None:
        raise RejectedInput("brief.no_city")
    return ours


def city_brief_data(db: Database, options: BriefOptions, now: datetime) -> CityBriefData:
    """Everything the city brief prints, as of ``now`` (an aware datetime, printed as is)."""
    if options.kind != BriefKind.CITY:
        raise ValueError("city_brief_data needs city brief options")
    names = DataLabels(options.language)
    ours = our_profile(db, names.language)
    register = stakeholder_map(db, StakeholderFilter())
    peers = _suggested_peers(db, names) if options.shows(S.PEERS) else ((), [])
    shared = working_groups(db)
    groups = ([g for g in shared if g.withdrawn_at is None]
              if options.shows(S.WORKING_GROUPS) else [])
    with db.reading() as connection:
        overdue, overdue_count = _overdue(connection, options, names, today_of(now))
        overdue, overdue_count = _with_group_actions(shared, overdue, overdue_count,
                                                     names, today_of(now))
        bundles = bundles_used(connection, [*peers[1], *(m.uuid for g in groups
                                                         for m in g.members)])
        keep = options.include_personal_data
        summary = city_summary(ours, names)
        stands_out = queries.anyone_stands_out(connection)
        return CityBriefData(
            city=replace(summary, summary=with_contacts_if(keep, summary.summary)),
            provenance=Provenance(now, bundles),
            offers=_topics(ours, "offers", names, keep),
            wants=_topics(ours, "wants", names, keep),
            by_kind=tuple(Count(names.kind(kind), count) for kind, count in register.by_kind),
            by_stage=tuple(Count(names.stage(stage), count)
                           for stage, count in register.by_stage),
            map_points=tuple(MapPoint(p.name, p.influence, p.interest, names.stage(p.stage))
                             for p in register.points),
            key_stakeholders=_key_stakeholders(connection, options, names) if stands_out
            else (),
            nobody_stands_out=bool(register.by_kind) and not stands_out,
            overdue=overdue,
            overdue_count=overdue_count,
            peers=peers[0],
            working_groups=tuple(WorkingGroup(
                g.name, tuple(names.topic(topic, label)
                              for topic, label in zip(g.topic_ids, g.topics, strict=True)),
                tuple(m.city for m in g.members), g.lead_city) for g in groups),
            exchanges=exchanges(connection, names.labels),
        )


def _topics(city: CityProfile, role: str, names: DataLabels,
            keep: bool) -> tuple[TopicNote, ...]:
    notes, free = ((city.offers, city.free_offers) if role == "offers"
                   else (city.wants_to_learn, city.free_wants_to_learn))
    return (tuple(TopicNote(names.topic(n.topic_id, n.label), with_contacts_if(keep, n.note))
                  for n in notes)
            + tuple(TopicNote(with_contacts_if(keep, n.text), with_contacts_if(keep, n.note))
                    for n in free))


def _suggested_peers(db: Database, names: DataLabels) -> tuple[tuple[PeerSuggestion, ...],
                                                                list[UUID]]:
    """The best peers with their first reasons, and their UUIDs (for the bundles used)."""
    loaded = load_world(db)
    if loaded.ours is None:
        return (), []
    chosen = peer_workspace.peer_preferences(db)
    countries = {p.uuid: names.country(p.country_code) for p in directory.peer_cities(db)}
    found = suggest_peers(loaded.world, loaded.ours, peer_workspace.load_weights(db),
                          filters=PeerFilters(hidden=chosen.hidden, pinned=chosen.pinned),
                          limit=SUGGESTED_PEERS)
    return (tuple(PeerSuggestion(s.city, countries.get(s.uuid, ""), s.score,
                                 tuple(names.reason(r) for r in s.reasons[:REASONS_PER_PEER]))
                  for s in found),
            [s.uuid for s in found])


@dataclass(frozen=True)
class ConsentCount:
    """Of the key stakeholders that would print, how many have consent recorded."""

    with_consent: int
    rows: int


def consent_count(db: Database, limit: int) -> ConsentCount:
    """For the Briefs page's personal data line: the table as it prints with personal data
    allowed, and how many of its rows would show contact details."""
    with db.reading() as connection:
        consents = queries.key_stakeholder_consents(connection, limit)
    return ConsentCount(sum(consents), len(consents))


def _key_stakeholders(connection: Connection, options: BriefOptions,
                      names: DataLabels) -> tuple[StakeholderRow, ...]:
    personal = options.include_personal_data
    rows = queries.key_stakeholders(connection, personal=personal,
                                    limit=options.key_stakeholders)
    result = []
    for (name, kind, stage, district, owner, consent, person, email, phone,
         last_contact) in rows:
        contact = personal and consent
        result.append(StakeholderRow(
            name=name, kind=names.kind(kind), stage=names.stage(stage), district=district,
            owner=owner, last_contact=last_contact,
            consent_recorded=contact, contact_person=person if contact else "",
            email=email if contact else "", phone=phone if contact else ""))
    return tuple(result)


def _with_group_actions(groups: list[Group], overdue: tuple[FollowUp, ...], total: int,
                        names: DataLabels, today: date) -> tuple[tuple[FollowUp, ...], int]:
    """The follow-ups with our city's overdue working-group actions among them (the
    oldest first, as many as were shown), and the new total."""
    ours = [FollowUp(names.labels("group_follow_up", group=group.name), action.title,
                     action.due_on, action.owner)
            for group in groups if group.withdrawn_at is None
            for action in group.our_overdue(today) if action.due_on is not None]
    if not ours:
        return overdue, total
    merged = sorted([*overdue, *ours], key=lambda f: f.due)
    return tuple(merged[:max(len(overdue), OVERDUE_SHOWN)]), total + len(ours)


def _overdue(connection: Connection, options: BriefOptions, names: DataLabels,
             today: date) -> tuple[tuple[FollowUp, ...], int]:
    """The oldest open follow-ups due before ``today``, and how many there are in all.

    A person's name prints only as a key stakeholder's would; otherwise the row names
    their organisation ("Contact person at ...").
    """
    rows, total = queries.overdue_follow_ups(connection, today, OVERDUE_SHOWN)
    result = []
    for stakeholder, is_person, consent, organisation, notes, due, owner in rows:
        name = stakeholder
        if is_person and not (options.include_personal_data and consent):
            name = (names.labels("contact_of", organisation=organisation) if organisation
                    else names.labels("contact_alone"))
        keep = options.include_personal_data and bool(consent)
        result.append(FollowUp(name, first_line(with_contacts_if(keep, notes or ""),
                                                ACTION_LENGTH), due, owner))
    return tuple(result), total
