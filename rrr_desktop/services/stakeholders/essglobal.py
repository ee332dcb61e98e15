"""ESSGlobal vocabularies (organisational structure, ICA activities) and our stakeholder kinds.

Open SSE data (the Solidarity Economy Association's maps, Co-operatives UK's open
data) names an organisation's structure and activity by ESSGlobal term URIs such
as ``https://dev.lod.coop/essglobal/2.1/standard/organisational-structure/OS115``.
Officers' own lists use words instead, in their own language. Both are read here
into a :class:`StakeholderKind` and a list of sector codes or texts.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rrr_desktop.messages import LANGUAGES
from rrr_desktop.models.vocabulary import StakeholderKind
from rrr_desktop.services.vocabulary import sector_label
from rrr_desktop.text import normalise

_K = StakeholderKind

STRUCTURE_LABELS: dict[str, str] = {
    "OS10": "Community group", "OS20": "Not-for-profit organisation",
    "OS30": "Social enterprise", "OS40": "Charity", "OS50": "Company (Other)",
    "OS60": "Workers cooperative", "OS70": "Housing cooperative",
    "OS80": "Consumer/User coops", "OS90": "Producer cooperative",
    "OS100": "Multi-stakeholder cooperative", "OS110": "Secondary cooperative",
    "OS115": "Cooperative", "OS120": "Community Interest Company",
    "OS130": "Community Benefit Society / IPS", "OS140": "Employee trust",
    "OS150": "Self-employed", "OS160": "Unincorporated", "OS170": "Mutual",
    "OS180": "National apex", "OS190": "National sectoral federation or union",
    "OS200": "Regional federation or union", "OS210": "Cooperative group",
    "OS220": "Government agency/body", "OS230": "Supranational",
    "OS240": "Cooperative of cooperatives / mutuals",
}

KIND_BY_STRUCTURE: dict[str, StakeholderKind] = {
    "OS10": _K.COMMUNITY_GROUP, "OS20": _K.ASSOCIATION, "OS30": _K.SOCIAL_ENTERPRISE,
    "OS40": _K.ASSOCIATION, "OS50": _K.BUSINESS, "OS60": _K.COOPERATIVE, "OS70": _K.COOPERATIVE,
    "OS80": _K.COOPERATIVE, "OS90": _K.COOPERATIVE, "OS100": _K.COOPERATIVE,
    "OS110": _K.COOPERATIVE, "OS115": _K.COOPERATIVE, "OS120": _K.SOCIAL_ENTERPRISE,
    "OS130": _K.COOPERATIVE, "OS140": _K.OTHER, "OS150": _K.BUSINESS, "OS160": _K.OTHER,
    "OS170": _K.MUTUAL, "OS180": _K.NETWORK, "OS190": _K.NETWORK, "OS200": _K.NETWORK,
    "OS210": _K.COOPERATIVE, "OS220": _K.PUBLIC_BODY, "OS230": _K.NETWORK,
    "OS240": _K.COOPERATIVE,
}

# The code a kind is published under; foundation, financier, academia and other have none.
STRUCTURE_BY_KIND: dict[StakeholderKind, str] = {
    _K.SOCIAL_ENTERPRISE: "OS30", _K.COOPERATIVE: "OS115", _K.MUTUAL: "OS170",
    _K.ASSOCIATION: "OS20", _K.COMMUNITY_GROUP: "OS10", _K.PUBLIC_BODY: "OS220",
    _K.NETWORK: "OS190", _K.BUSINESS: "OS50",
}

ICA_LABELS: dict[str, str] = {
    "ICA10": "Agriculture", "ICA20": "Dairy", "ICA30": "Forestry", "ICA40": "Irrigation",
    "ICA50": "Fishing", "ICA60": "Artisans", "ICA70": "Construction", "ICA80": "Industry",
    "ICA90": "Manufacturing", "ICA100": "Mining", "ICA110": "Professional",
    "ICA120": "Service", "ICA130": "Tourism", "ICA140": "Financial Services",
    "ICA150": "Insurance", "ICA160": "Education", "ICA170": "Health", "ICA180": "Community",
    "ICA190": "Social", "ICA200": "Social Service", "ICA210": "Housing",
    "ICA220": "Transport", "ICA230": "Utilities", "ICA240": "Retail", "ICA250": "Production",
    "ICA260": "Wholesale and retail trade", "ICA270": "Education / health / social work",
    "ICA280": "Other Services", "ICA290": "All (Services)",
}

# Categories whose names hold a comma, as lists write them (Co-ops UK's sectors and common
# English ones): a list cell naming one of them is one sector, not several.
COMMA_CATEGORIES = (
    "Digital, Media and Communication", "Food service, Accommodation and Pubs",
    "Membership associations, social clubs and trade unions",
    "Health, Social Care & Wellbeing", "Health, Social Care and Wellbeing",
    "Arts, Culture and Heritage", "Arts, Entertainment and Recreation",
    "Sport, Leisure and Recreation", "Environment, Energy and Climate",
    "Education, Training and Skills", "Employment, Training and Skills",
    "Housing, Homelessness and Regeneration", "Food, Farming and Growing",
    "Accommodation, Food and Drink", "Children, Young People and Families",
)

# Words that name a kind, in English, Spanish, French, Portuguese, Italian, Dutch and
# Polish. Accents and punctuation do not matter ("co-op" reads "co op"). A plural "s"
# or "es" is accepted after each. Longer phrases are tried first, so "social
# enterprise" beats "enterprise" and "food bank" beats "bank".
KEYWORDS: dict[StakeholderKind, tuple[str, ...]] = {
    _K.COOPERATIVE: (
        "cooperative", "co-operative", "co-op", "coop", "cooperativa", "cooperativo",
        "coopérative", "coöperatie", "cooperatie", "coöperatieve", "spółdzielnia",
        "spółdzielnie", "scop", "scic",
    ),
    _K.SOCIAL_ENTERPRISE: (
        "social enterprise", "empresa social", "entreprise sociale", "impresa sociale",
        "sociale onderneming", "przedsiębiorstwo społeczne", "community interest company",
        "cic", "community benefit society",
    ),
    _K.ASSOCIATION: (
        "association", "asociación", "associação", "associazione", "associazioni",
        "vereniging", "stowarzyszenie", "charity", "charities", "charitable", "non-profit",
        "nonprofit", "not-for-profit", "sans but lucratif", "sin ánimo de lucro",
        "sin fines de lucro", "sem fins lucrativos", "ong", "ngo", "asbl", "vzw", "onlus",
        "organizacja pozarządowa", "food bank", "banco de alimentos", "banque alimentaire",
        "banco alimentare", "bank żywności",
    ),
    _K.FOUNDATION: ("foundation", "fundación", "fondation", "fundação", "fondazione",
                    "stichting", "fundacja"),
    _K.MUTUAL: ("mutual", "mutua", "mutuelle", "mutualidad", "mutualité", "mutualità",
                "onderlinge", "building society", "friendly society"),
    _K.NETWORK: ("network", "federation", "red", "réseau", "rete", "netwerk", "sieć",
                 "federación", "federação", "federazione", "federatie", "federacja",
                 "confederation", "confederación", "apex", "supranational"),
    _K.ACADEMIA: ("university", "universidad", "université", "universidade", "università",
                  "universiteit", "uniwersytet", "research", "investigación", "recherche",
                  "pesquisa", "ricerca", "onderzoek"),
    _K.FINANCIER: ("bank", "banco", "banque", "banca", "fund", "fondo", "fonds", "fundusz",
                   "fundo", "investor", "inversor", "investisseur", "investidor", "investitore"),
    _K.PUBLIC_BODY: ("municipality", "ayuntamiento", "government", "agency", "gemeente",
                     "city council", "local authority", "municipio", "mairie", "comune",
                     "prefeitura", "câmara municipal", "urząd", "gmina", "public body",
                     "ministry", "ministerio", "ministère", "ministero", "ministerie",
                     "ministerstwo"),
    _K.COMMUNITY_GROUP: ("community group", "grupo comunitario", "collectif", "collective",
                         "colectivo", "coletivo", "collettivo", "collectief", "kolektyw",
                         "groupe communautaire", "gruppo comunitario", "informal group",
                         "grupo informal", "time bank", "banco de tiempo", "banco del tiempo"),
    _K.BUSINESS: ("company", "ltd", "limited", "empresa", "entreprise", "enterprise",
                  "business", "impresa", "azienda", "bedrijf", "firma", "spółka", "sarl",
                  "srl", "lda", "plc", "llc", "inc"),
}

_WORD = re.compile(r"[^\W_]+")
_TERM_CODE = re.compile(r"(?:^|/)((?:OS|ICA)\d+)/?$", re.IGNORECASE)
_SECTOR_SEPARATORS = re.compile(r"[;|\n]")
_KIND_VALUES = frozenset(kind.value for kind in StakeholderKind)


def plain_words(text: str) -> str:
    """Normalised text with punctuation read as spaces: "Co-op." -> "co op"."""
    return " ".join(_WORD.findall(normalise(text)))


def _term_code(value: str) -> str | None:
    """"OS115" from a bare code or an ESSGlobal term URI ending in it."""
    found = _TERM_CODE.search(value.strip())
    return found.group(1).upper() if found else None


@cache
def _labels() -> dict[str, StakeholderKind]:
    return {plain_words(label): KIND_BY_STRUCTURE[code] for code, label in STRUCTURE_LABELS.items()}


@cache
def _keyword_pattern() -> tuple[re.Pattern[str], dict[str, StakeholderKind]]:
    """One alternation of every keyword, longest first, and the kind of each."""
    kinds = {plain_words(word): kind for kind, words in KEYWORDS.items() for word in words}
    ordered = sorted(kinds, key=len, reverse=True)
    alternation = "|".join(re.escape(word) for word in ordered)
    return re.compile(rf"\b({alternation})(?:e?s)?\b"), kinds


@lru_cache(maxsize=4096)  # a list repeats a few kinds on every row
def kind_from_text(value: str) -> StakeholderKind | None:
    """The kind that a term URI, a code, a kind value or a type in words names; None if unknown.

    Words are read in English, Spanish, French, Portuguese, Italian, Dutch and Polish
    (:data:`KEYWORDS`).
    """
    code = _term_code(value)
    if code:
        return KIND_BY_STRUCTURE.get(code)
    words = plain_words(value)
    if not words:
        return None
    as_value = words.replace(" ", "_")
    if as_value in _KIND_VALUES:
        return StakeholderKind(as_value)
    if words in _labels():
        return _labels()[words]
    pattern, kinds = _keyword_pattern()
    # The longest keyword found wins wherever it stands: "X Ltd, a Community Interest
    # Company" is a social enterprise, not a business.
    found = [match.group(1) for match in pattern.finditer(words)]
    return kinds[max(found, key=len)] if found else None


@cache
def _ica_by_label() -> dict[str, str]:
    """Activity labels in ESSGlobal's English and in the officers' seven languages."""
    labels = {plain_words(label): code for code, label in ICA_LABELS.items()}
    for language in LANGUAGES:
        labels.update({plain_words(sector_label(code, language)): code for code in ICA_LABELS})
    return labels


def sectors_from_text(value: str) -> list[str]:
    """ICA codes for activity URIs, codes and labels; other text kept as it is, no repeats.

    Sectors are separated by semicolons, bars, line breaks or commas; a comma inside
    a known category ("Health, Social Care & Wellbeing") does not separate.
    """
    return list(_sectors(value))


@lru_cache(maxsize=4096)  # a list repeats a few activities on every row
def _sectors(value: str) -> tuple[str, ...]:
    parts = (part for chunk in _SECTOR_SEPARATORS.split(value) for part in _comma_parts(chunk))
    return tuple(dict.fromkeys(_sector(part) for part in parts if part))


@cache
def _known_categories() -> frozenset[str]:
    return frozenset((*(plain_words(name) for name in COMMA_CATEGORIES), *_ica_by_label()))


def _comma_parts(chunk: str) -> list[str]:
    """The chunk split at commas, keeping together the parts that form a known category."""
    pieces = [piece.strip() for piece in chunk.split(",")]
    found = []
    start = 0
    while start < len(pieces):
        end = next((end for end in range(len(pieces), start + 1, -1)
                    if plain_words(", ".join(pieces[start:end])) in _known_categories()),
                   start + 1)
        found.append(", ".join(pieces[start:end]))
        start = end
    return found


@lru_cache(maxsize=4096)
def _sector(text: str) -> str:
    code = _term_code(text)
    if code and code.startswith("ICA"):
        return code
    return _ica_by_label().get(plain_words(text), text)
