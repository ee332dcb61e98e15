"""What a bundle may weigh: one place for every limit the reader enforces."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class BundleLimits:
    """Limits checked before and while a bundle is read (documented in bundle-format.md).

    ``ratio_floor_bytes``: members smaller than this are exempt from the per-member
    compression ratio (a short, repetitive JSON list compresses far better than 100:1
    without being a bomb); they still count towards the totals.
    """

    max_file_bytes: int = 25 * MB
    max_entries: int = 256
    max_member_bytes: int = 64 * MB
    max_total_bytes: int = 128 * MB
    max_ratio: int = 100
    ratio_floor_bytes: int = 64 * 1024
    max_manifest_bytes: int = 256 * 1024
    max_depth: int = 32
    # per document type, checked while parsing (see docs/bundle-format.md for the figures)
    max_yaml_bytes: int = 2 * MB  # profile.yaml (composed in Python: ~5 MB/s)
    max_yaml_nodes: int = 20_000  # keys, values, list items (a bundle profile needs < 7,500)
    max_string_chars: int = 100_000  # one YAML scalar
    max_json_values: int = 3_000_000  # stakeholders.json, tombstones.json: 100,000 records
    max_short_list_values: int = 50_000  # practices.json, assessments.json: 200 records
    max_object_keys: int = 1_000  # one JSON object


DEFAULT_LIMITS = BundleLimits()
