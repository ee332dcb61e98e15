"""Matching benchmark: 1,000 peer cities, 60 topics, measured against a plain loop.

What is measured (printed figures, never a test assertion):

* **ranking**: ``suggest_peers`` for one city against the 999 others, median over 20
  cities (target: within 100 ms). Baseline in the same run: a plain loop counting,
  for every peer, the topics it offers that we want and the reverse (set
  intersections only, no reasons); the ratio shows what the reasons and the
  related/free-text matching cost.
* **working groups**: ``suggest_groups`` over the whole network, median of 3 runs
  (target: within 1 s). Baseline: for every topic, a plain loop listing who offers
  it and who wants it.

The world is generated from a fixed seed: each city offers 1-4 topics, wants 1-4,
lists 1-5 challenges and has maturities for about half of them; a third of the cities
also have a topic in their own words. Exit 0 whatever the figures; ``--check`` exits 1
when a target is missed.

    .venv/bin/python benchmarks/matching.py [--cities 1000] [--topics 60] [--check]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rrr_desktop.services.groups.proposals import suggest_groups
from rrr_desktop.services.peers.matching import suggest_peers
from rrr_desktop.services.peers.world import CityTopics, TopicGraph, World

RANKING_TARGET_S = 0.100
GROUPS_TARGET_S = 1.0
OWN_WORDS = ["urban gardens", "repair cafés", "co-operative housing", "community energy",
             "food banks", "youth employment", "circular textiles", "local currencies"]


def generate_world(cities: int, topics: int, seed: int = 11) -> World:
    rng = random.Random(seed)
    ids = [f"topic-{n:02}" for n in range(topics)]
    related: dict[str, set[str]] = {t: set() for t in ids}
    for topic in ids:
        for other in rng.sample(ids, 2):
            if other != topic:
                related[topic].add(other)
                related[other].add(topic)
    leads_to = {ids[n]: frozenset({ids[n + 1]}) for n in range(0, topics - 1, 3)}
    graph = TopicGraph(labels={t: f"Topic {t[-2:]}" for t in ids},
                       synonyms={t: (f"subject {t[-2:]}",) for t in ids},
                       related={t: frozenset(o) for t, o in related.items()}, leads_to=leads_to)

    def some(low: int, high: int) -> frozenset[str]:
        return frozenset(rng.sample(ids, rng.randint(low, high)))

    made = []
    for n in range(cities):
        offers, wants, challenges = some(1, 4), some(1, 4), some(1, 5)
        assessed = rng.sample(sorted(offers | wants), (len(offers) + len(wants)) // 2)
        own = (rng.choice(OWN_WORDS),) if n % 3 == 0 else ()
        made.append(CityTopics(
            uuid=uuid.UUID(int=rng.getrandbits(128)), name=f"City {n:04}",
            languages=(rng.choice(["en", "es", "fr", "pt", "it", "nl", "pl"]),),
            region=f"Region {n % 40}", country=rng.choice(["ES", "FR", "IT", "PL", "NL"]),
            offers=offers, wants=wants - offers, challenges=challenges,
            free_offers=own if n % 2 else (), free_wants=() if n % 2 else own,
            maturity={t: rng.randint(0, 10) for t in assessed}))
    return World(graph, tuple(made))


def plain_ranking(world: World, ours: CityTopics) -> list[tuple[int, str]]:
    scores = [(len(ours.wants & c.offers) + len(ours.offers & c.wants), c.name)
              for c in world.cities if c.uuid != ours.uuid]
    return sorted(scores, reverse=True)


def plain_groups(world: World) -> dict[str, tuple[list[str], list[str]]]:
    return {topic: ([c.name for c in world.cities if topic in c.offers],
                    [c.name for c in world.cities if topic in c.wants])
            for topic in world.topics.labels}


def median_seconds(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def report(name: str, seconds: float, baseline: float, target: float) -> bool:
    met = seconds <= target
    print(f"{name:<15} {seconds * 1000:8.1f} ms   target {target * 1000:6.0f} ms "
          f"{'met' if met else 'MISSED':<6}   plain loop {baseline * 1000:6.1f} ms "
          f"(x{seconds / baseline:.0f})")
    return met


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cities", type=int, default=1000)
    parser.add_argument("--topics", type=int, default=60)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    world = generate_world(args.cities, args.topics)
    sample = world.cities[:: max(1, len(world.cities) // 20)][:20]
    print(f"{len(world.cities)} cities, {len(world.topics.labels)} topics, "
          f"Python {sys.version.split()[0]}")

    ranking = statistics.median(median_seconds(lambda c=c: suggest_peers(world, c), 1)
                                for c in sample)
    plain = statistics.median(median_seconds(lambda c=c: plain_ranking(world, c), 1)
                              for c in sample)
    groups = median_seconds(lambda: suggest_groups(world), 3)
    plain_group_time = median_seconds(lambda: plain_groups(world), 3)
    found = suggest_groups(world)
    print(f"working groups found: {len(found)}, "
          f"cities in a group: {len({m.uuid for g in found for m in g.members})}")
    met = [report("ranking", ranking, plain, RANKING_TARGET_S),
           report("working groups", groups, plain_group_time, GROUPS_TARGET_S)]
    return 1 if args.check and not all(met) else 0


if __name__ == "__main__":
    sys.exit(main())
