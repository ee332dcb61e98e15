"""Words an imported cell may use for a kind, a collaboration stage, a record or yes/no.

The app's own exports write kinds and stages by code ("social_enterprise"); officers'
lists may use the labels the window shows, in English, Spanish, French, Portuguese,
Italian, Dutch or Polish. Services cannot import the views' translated labels
(``views/labels.py``), so the labels are listed here, with the English one first;
keep both in step when a label changes.
"""

from __future__ import annotations

from functools import cache, lru_cache

from rrr_desktop.models.vocabulary import CollaborationStage, StakeholderKind
from rrr_desktop.services.stakeholders.essglobal import plain_words

_K, _S = StakeholderKind, CollaborationStage

# en, es, fr, pt, it, nl, pl
KIND_LABELS: dict[StakeholderKind, tuple[str, ...]] = {
    _K.SOCIAL_ENTERPRISE: ("Social enterprise", "Empresa social", "Entreprise sociale",
                           "Impresa sociale", "Sociale onderneming",
                           "Przedsiębiorstwo społeczne"),
    _K.COOPERATIVE: ("Co-operative", "Cooperativa", "Coopérative", "Coöperatie",
                     "Spółdzielnia"),
    _K.MUTUAL: ("Mutual", "Mutualidad", "Mutuelle", "Associação mutualista",
                "Società di mutuo soccorso", "Onderlinge", "Organizacja wzajemnościowa"),
    _K.ASSOCIATION: ("Association / non-profit", "Asociación / entidad sin ánimo de lucro",
                     "Association / organisme sans but lucratif",
                     "Associação / organização sem fins lucrativos",
                     "Associazione / ente non profit", "Vereniging / non-profitorganisatie",
                     "Stowarzyszenie / organizacja non-profit"),
    _K.FOUNDATION: ("Foundation", "Fundación", "Fondation", "Fundação", "Fondazione",
                    "Stichting", "Fundacja"),
    _K.NETWORK: ("Network / federation", "Red / federación", "Réseau / fédération",
                 "Rede / federação", "Rete / federazione", "Netwerk / koepelorganisatie",
                 "Sieć / federacja"),
    _K.PUBLIC_BODY: ("Public body", "Organismo público", "Organisme public", "Órgão público",
                     "Ente pubblico", "Overheidsinstantie", "Instytucja publiczna"),
    _K.FINANCIER: ("Financier", "Financiador", "Financeur", "Finanziatore",
                   "Podmiot finansujący"),
    _K.ACADEMIA: ("Academia", "Ámbito académico", "Monde universitaire",
                  "Università e ricerca", "Kennisinstelling", "Środowisko akademickie"),
    _K.COMMUNITY_GROUP: ("Community group", "Grupo comunitario", "Collectif citoyen",
                         "Grupo comunitário", "Gruppo di cittadini", "Bewonersinitiatief",
                         "Grupa nieformalna"),
    _K.BUSINESS: ("Business", "Empresa", "Entreprise", "Impresa", "Bedrijf", "Firma"),
    _K.OTHER: ("Other", "Otro", "Autre", "Outro", "Altro", "Overig", "Inne"),
}

STAGE_LABELS: dict[CollaborationStage, tuple[str, ...]] = {
    _S.NOT_ENGAGED: ("Not engaged", "Sin relación", "Non impliqué", "Sem envolvimento",
                     "Non coinvolto", "Niet betrokken", "Brak zaangażowania"),
    _S.INFORMED: ("Informed", "Informado", "Informé", "Informato", "Geïnformeerd",
                  "Informowanie"),
    _S.CONSULTED: ("Consulted", "Consultado", "Consulté", "Consultato", "Geraadpleegd",
                   "Konsultacje"),
    _S.CO_CREATING: ("Co-creating", "Co-creando", "En co-création", "Em cocriação",
                     "In co-progettazione", "Samen creëren", "Współtworzenie"),
    _S.CO_IMPLEMENTING: ("Co-implementing", "Co-implementando", "En co-mise en œuvre",
                         "Em coimplementação", "In co-realizzazione", "Samen uitvoeren",
                         "Współrealizacja"),
    _S.CO_MANAGING: ("Co-managing", "Co-gestionando", "En cogestion", "Em cogestão",
                     "In co-gestione", "Samen beheren", "Współzarządzanie"),
}

# The "Record" column: what the register page's Record column shows, in its 7 languages.
RECORD_LABELS: dict[str, tuple[str, ...]] = {
    "person": ("Person", "Persona", "Personne", "Pessoa", "Persoon", "Osoba"),
    "organisation": ("Organisation", "Organization", "Organización", "Organização",
                     "Organizzazione", "Organisatie", "Organizacja"),
}

YES_WORDS = ("yes", "y", "true", "1", "x", "sí", "sì", "si", "oui", "sim", "ja", "tak")
NO_WORDS = ("no", "n", "false", "0", "non", "não", "nao", "nee", "nie")


@cache
def _table(labels: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, str]:
    """Code or label, as plain words ("co operative"), -> code."""
    table = {plain_words(code): code for code, _ in labels}
    for code, words in labels:
        for word in words:
            table.setdefault(plain_words(word), code)
    return table


@lru_cache(maxsize=1024)  # a list repeats a few kinds on every row
def kind_from_label(text: str) -> StakeholderKind | None:
    """The kind a code or a label names exactly ("Association / non-profit"); else None."""
    code = _table(tuple(KIND_LABELS.items())).get(plain_words(text))
    return StakeholderKind(code) if code else None


def stage_from_label(text: str) -> CollaborationStage | None:
    """The stage a code ("co_creating") or a label ("Co-creating", "En cogestion") names."""
    code = _table(tuple(STAGE_LABELS.items())).get(plain_words(text))
    return CollaborationStage(code) if code else None


def is_person_from_label(text: str) -> bool | None:
    """True for "person" or a label of it ("Persona"), False for "organisation" or a label
    of it ("Organisatie"), None for anything else."""
    code = _table(tuple(RECORD_LABELS.items())).get(plain_words(text))
    return None if code is None else code == "person"


def yes_or_no(text: str) -> bool | None:
    """True for yes/true/1/x/sí/oui/sim/ja/tak, False for their opposites, else None."""
    word = text.strip().casefold()
    if word in YES_WORDS:
        return True
    return False if word in NO_WORDS else None
