"""ESSGlobal codes and multilingual words read into stakeholder kinds and sectors."""

from __future__ import annotations

import pytest

from rrr_desktop.models.entities import StakeholderKind
from rrr_desktop.services.stakeholders.essglobal import (
    ICA_LABELS,
    KIND_BY_STRUCTURE,
    STRUCTURE_BY_KIND,
    STRUCTURE_LABELS,
    kind_from_text,
    sectors_from_text,
)

K = StakeholderKind
OS = "https://dev.lod.coop/essglobal/2.1/standard/organisational-structure/"


def test_every_structure_code_has_a_label_and_a_kind() -> None:
    assert KIND_BY_STRUCTURE.keys() == STRUCTURE_LABELS.keys()
    assert len(KIND_BY_STRUCTURE) == 25
    for kind, code in STRUCTURE_BY_KIND.items():
        assert KIND_BY_STRUCTURE[code] == kind
    assert set(K) - STRUCTURE_BY_KIND.keys() == {K.FOUNDATION, K.FINANCIER, K.ACADEMIA, K.OTHER}


@pytest.mark.parametrize(("text", "kind"), [
    (f"{OS}OS115", K.COOPERATIVE), (f"{OS}OS130/", K.COOPERATIVE),
    ("os10", K.COMMUNITY_GROUP), ("OS20", K.ASSOCIATION), ("OS40", K.ASSOCIATION),
    ("OS50", K.BUSINESS), ("OS60", K.COOPERATIVE), ("OS140", K.OTHER), ("OS170", K.MUTUAL),
    ("OS190", K.NETWORK), ("OS220", K.PUBLIC_BODY), ("OS240", K.COOPERATIVE),
    ("social_enterprise", K.SOCIAL_ENTERPRISE), ("Public body", K.PUBLIC_BODY),
    ("Employee trust", K.OTHER), ("Community Interest Company", K.SOCIAL_ENTERPRISE),
    ("Cooperativa de producción", K.COOPERATIVE), ("Coopérative", K.COOPERATIVE),
    ("co-op", K.COOPERATIVE), ("Youth-led Co-ops", K.COOPERATIVE),
    ("Coöperatie U.A.", K.COOPERATIVE), ("Spółdzielnia socjalna", K.COOPERATIVE),
    ("Fundación", K.FOUNDATION), ("Foundation", K.FOUNDATION), ("Stichting", K.FOUNDATION),
    ("Fundacja", K.FOUNDATION), ("Asociación", K.ASSOCIATION), ("Association", K.ASSOCIATION),
    ("Vereniging", K.ASSOCIATION), ("Stowarzyszenie", K.ASSOCIATION),
    ("Associazione", K.ASSOCIATION), ("Associação", K.ASSOCIATION), ("charity", K.ASSOCIATION),
    ("Non-profit", K.ASSOCIATION), ("ONG", K.ASSOCIATION), ("NGO", K.ASSOCIATION),
    ("Banco de alimentos", K.ASSOCIATION), ("Empresa social", K.SOCIAL_ENTERPRISE),
    ("Entreprise sociale", K.SOCIAL_ENTERPRISE), ("Impresa sociale", K.SOCIAL_ENTERPRISE),
    ("Sociale onderneming", K.SOCIAL_ENTERPRISE), ("Social enterprise Ltd", K.SOCIAL_ENTERPRISE),
    ("Mutual", K.MUTUAL), ("Mutua", K.MUTUAL), ("Mutuelle", K.MUTUAL),
    ("Network", K.NETWORK),
    ("Federación", K.NETWORK), ("Red", K.NETWORK), ("Réseau", K.NETWORK), ("Rete", K.NETWORK),
    ("Netwerk", K.NETWORK), ("Sieć", K.NETWORK), ("University", K.ACADEMIA),
    ("Universidad de Sevilla", K.ACADEMIA), ("Université", K.ACADEMIA),
    ("Università", K.ACADEMIA), ("Universiteit", K.ACADEMIA), ("Uniwersytet", K.ACADEMIA),
    ("Research centre", K.ACADEMIA), ("Bank", K.FINANCIER), ("Banco", K.FINANCIER),
    ("Fund", K.FINANCIER), ("Fondo", K.FINANCIER), ("Investor", K.FINANCIER),
    ("Municipality", K.PUBLIC_BODY), ("Ayuntamiento de Bilbao", K.PUBLIC_BODY),
    ("Gemeente", K.PUBLIC_BODY), ("Government agency", K.PUBLIC_BODY),
    ("Community group", K.COMMUNITY_GROUP), ("Grupo comunitario", K.COMMUNITY_GROUP),
    ("Collectif", K.COMMUNITY_GROUP), ("Company", K.BUSINESS), ("Acme Ltd", K.BUSINESS),
    ("Empresa", K.BUSINESS), ("Entreprise", K.BUSINESS), ("Business", K.BUSINESS),
    ("Society", None), ("Agriculture", None), ("Fundamental", None), ("OS999", None), ("", None),
])
def test_kind_from_codes_uris_and_words(text: str, kind: StakeholderKind | None) -> None:
    assert kind_from_text(text) == kind


@pytest.mark.parametrize(("text", "sectors"), [
    ("https://dev.lod.coop/essglobal/2.1/standard/activities-ica/ICA260", ["ICA260"]),
    ("ICA140; ica10 | Housing,\nFood , Food", ["ICA140", "ICA10", "ICA210", "Food"]),
    ("Wholesale and Retail Trade", ["ICA260"]),
    ("Education / health / social work", ["ICA270"]),
    ("Banking / credit unions", ["Banking / credit unions"]),
    (" ; ,", []),
])
def test_sectors_from_codes_uris_labels_and_text(text: str, sectors: list[str]) -> None:
    assert sectors_from_text(text) == sectors


def test_every_ica_label_reads_as_its_code() -> None:
    for code, label in ICA_LABELS.items():
        assert sectors_from_text(label.upper()) == [code]
