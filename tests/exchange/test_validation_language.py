"""Every problem the bundle shapes find reads in the officer's language, none in English."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from rrr_desktop.messages import set_language
from rrr_desktop.services.exchange.container.manifest import Manifest, MemberEntry
from rrr_desktop.services.exchange.content import BundleCity, BundlePractices, BundleProfile
from rrr_desktop.services.validation import problems_of

CITY = {"uuid": str(uuid.uuid4()), "name": "Bilbao", "country_code": "ES", "revision": 1,
        "updated_at": "2026-01-01T00:00:00Z"}
MEMBER = {"path": "profile.yaml", "size": 1, "sha256": "0" * 64}


def _manifest(**changes: Any) -> dict[str, Any]:
    return {"format": "rrr-desktop/bundle", "format_version": 1, "app_version": "1",
            "created_at": "2026-01-01T00:00:00Z",
            "sender": {"city_uuid": CITY["uuid"], "name": "Bilbao", "country_code": "ES"},
            "public_key": "A" * 43 + "=", "members": [MEMBER], **changes}


CASES: list[tuple[type[BaseModel], object]] = [
    (BundleProfile, {"city": CITY, "profile": {"format": "rrr-desktop/profile", "version": 1,
                                               "city": {**CITY, "uuid": str(uuid.uuid4())}}}),
    (MemberEntry, {**MEMBER, "path": "secret.txt"}),
    (Manifest, _manifest(members=[MEMBER, MEMBER])),
    (Manifest, _manifest(public_key="not base64!")),
    (Manifest, _manifest(public_key="AAAA")),
    (BundleCity, {**CITY, "uuid": "Bilbao"}),
    (BundleCity, {**CITY, "name": ""}),
    (BundleCity, {**CITY, "updated_at": "2026-01-01T00:00:00"}),
    (BundleCity, {**CITY, "updated_at": "yesterday"}),
    (BundleCity, {**CITY, "updated_at": []}),
    (BundleProfile, {"city": "Bilbao"}),
    (BundlePractices, [{}] * 201),
]


@pytest.mark.parametrize(("shape", "document"), CASES)
def test_bundle_problems_are_in_the_catalogue(shape: type[BaseModel], document: object) -> None:
    set_language("es")
    try:
        with pytest.raises(ValidationError) as error:
            shape.model_validate(document)
        problems = problems_of(error.value)
        untranslated = [str(p) for p in problems
                        if p.params["problem"].code == "validation.untranslated"]
        assert problems and not untranslated
    finally:
        set_language("en")
