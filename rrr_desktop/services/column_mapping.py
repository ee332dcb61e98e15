"""Suggest which column of an imported table holds which stakeholder field.

Headers are compared with synonyms in English, Spanish, French, Portuguese, Italian,
Dutch and Polish after :func:`rrr_desktop.text.normalise`, with punctuation,
underscores and hyphens read as spaces and words then joined, so "E-mail",
"e_mail" and "EMAIL" all read "email". A header that *is* a synonym beats one that
merely contains one ("Latitude" beats "Geo Container Latitude"); among exact matches
the synonym listed first wins ("Organisational Structure" beats "Legal Form").
The result is only a suggestion: the officer confirms it before anything is imported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from rrr_desktop.text import normalise

FIELDS: tuple[str, ...] = (
    "external_id", "name", "kind", "sectors", "description", "address", "locality", "region",
    "postcode", "country", "district", "website", "email", "phone", "contact_person", "tags",
    "latitude", "longitude",
)

# Best first: for exact matches, a synonym listed earlier wins the field.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "external_id": (
        "identifier", "id", "ref", "reference", "external id", "record id", "organisation id",
        "organization id", "company id", "entity id", "org id", "id number", "reference number",
        "ref no", "identificador", "identifiant", "identificativo", "identificatie", "kenmerk",
        "identyfikator",
    ),
    "name": (
        "name", "company name", "organisation name", "organization name", "organisation",
        "organization", "legal name", "trading name", "nombre", "nombre de la entidad",
        "nombre de la organizacion", "razon social", "denominacion", "entidad", "empresa",
        "nom", "nom de l'organisation", "nom de la structure", "raison sociale",
        "denomination", "nome", "nome da organizacao", "razao social", "nome da entidade",
        "ragione sociale", "denominazione", "naam", "organisatie", "organisatienaam",
        "bedrijfsnaam", "nazwa", "nazwa organizacji",
    ),
    "kind": (
        "organisational structure", "organizational structure", "organisation type",
        "organization type", "type of organisation", "type of organization", "type",
        "entity type", "tipo", "tipo de entidad", "tipo de organizacion", "forma juridica",
        "forme juridique", "type de structure", "statut juridique", "statut",
        "natureza juridica", "tipo de organizacao", "tipologia", "forma giuridica",
        "rechtsvorm", "organisatievorm", "typ", "forma prawna", "legal form", "legal structure",
    ),
    "sectors": (
        "primary activity", "activities", "activity", "sector", "sectors", "main activity",
        "industry", "sector de actividad", "actividad", "actividades", "secteur",
        "secteur d'activite", "activite", "activites", "setor", "setor de atividade",
        "atividade", "atividades", "settore", "attivita", "branche", "sektor", "branza",
        "dzialalnosc", "sector activity",
    ),
    "description": (
        "description", "descripcion", "descricao", "descrizione", "beschrijving",
        "omschrijving", "opis", "presentation", "about", "summary",
    ),
    "address": (
        "street address", "address", "postal address", "street", "address line 1",
        "direccion", "domicilio", "calle", "adresse", "rue", "endereco", "morada", "rua",
        "indirizzo", "adres", "straat", "ulica",
    ),
    "locality": (
        "locality", "city", "town", "town city", "city town", "ciudad", "localidad",
        "poblacion", "municipio", "ville", "commune", "cidade", "localidade", "citta",
        "comune", "localita", "plaats", "woonplaats", "gemeente", "miasto", "miejscowosc",
        "gmina",
    ),
    "region": (
        "region", "state", "province", "county", "provincia", "comunidad autonoma",
        "departement", "uf", "regione", "provincie", "wojewodztwo",
    ),
    "postcode": (
        "postcode", "postal code", "post code", "zip", "zip code", "zipcode", "cp",
        "codigo postal", "code postal", "cep", "cap", "codice postale", "kod pocztowy",
    ),
    "country": (
        "country", "country id", "country code", "nation", "pais", "pays", "paese",
        "nazione", "land", "kraj",
    ),
    "district": (
        "district", "neighbourhood", "neighborhood", "borough", "distrito", "barrio",
        "quartier", "arrondissement", "bairro", "freguesia", "quartiere", "wijk", "stadsdeel",
        "buurt", "dzielnica",
    ),
    "website": (
        "website", "web site", "web", "url", "www", "homepage", "web page", "web address",
        "sitio web", "pagina web", "direccion web", "site web", "site internet", "site",
        "sito web", "sito internet", "strona www", "strona internetowa",
    ),
    "email": (
        "email", "e mail", "email address", "e mail address", "mail", "correo",
        "correo electronico", "courriel", "adresse electronique", "adresse e mail",
        "endereco de email", "posta elettronica", "indirizzo email", "e mailadres",
        "adres e mail",
    ),
    "phone": (
        "phone", "telephone", "tel", "phone number", "telephone number", "mobile",
        "telefono", "tlf", "movil", "telefone", "celular", "telemovel", "cellulare",
        "telefoon", "telefoonnummer", "mobiel", "telefon", "numer telefonu",
    ),
    "contact_person": (
        "contact person", "contact", "contact name", "persona de contacto", "contacto",
        "responsable", "personne de contact", "referent", "pessoa de contato",
        "pessoa de contacto", "contato", "responsavel", "referente", "persona di riferimento",
        "contactpersoon", "osoba kontaktowa",
    ),
    "tags": (
        "tags", "keywords", "labels", "etiquetas", "palabras clave", "mots cles", "etiquettes",
        "palavras chave", "etichette", "parole chiave", "trefwoorden", "tagi", "slowa kluczowe",
    ),
    "latitude": (
        "latitude", "lat", "latitud", "latitudine", "breedtegraad", "szerokosc geograficzna",
    ),
    "longitude": (
        "longitude", "lon", "lng", "long", "longitud", "longitudine", "lengtegraad",
        "dlugosc geograficzna",
    ),
}

# When a header contains synonyms of several fields, the more specific field wins:
# "Contact email" is an email, "City district" a district, "Email address" an email.
_CONTAINS_PRIORITY = (
    "email", "website", "phone", "postcode", "latitude", "longitude", "external_id",
    "district", "locality", "region", "country", "address", "description", "sectors", "kind",
    "tags", "contact_person", "name",
)
# Synonyms too short or too ambiguous to count when they are only part of a header
# ("Long description" is no longitude, "Organisation size" no name).
_EXACT_ONLY = frozenset({"long", "land", "site", "mail", "state", "statut", "about",
                         "organisation", "organization", "organisatie", "entidad", "empresa"})
_MIN_CONTAINED = 4
_MAX_WORDS = 4
_FOLD = str.maketrans("łøđ", "lod")  # letters with no accent to remove: "Długość" ~ "Dlugosc"

Score = tuple[int, int, int]  # 2 for an exact match, 1 for a contained one; then tie-breaks


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W_]+", normalise(text).translate(_FOLD)))


@cache
def _exact() -> dict[str, tuple[str, int]]:
    """Synonyms with their words joined ("e mail" -> "email"), mapped to field and rank."""
    table: dict[str, tuple[str, int]] = {}
    for field, synonyms in SYNONYMS.items():
        for rank, synonym in enumerate(synonyms):
            table.setdefault("".join(_words(synonym)), (field, rank))
    return table


@cache
def _contained() -> dict[str, tuple[str, int]]:
    return {key: match for key, match in _exact().items()
            if len(key) >= _MIN_CONTAINED and key not in _EXACT_ONLY}


def _match(header: str) -> tuple[str, Score] | None:
    """The best field for a header and how well it matches (higher is better)."""
    words = _words(header)
    exact = _exact().get("".join(words))
    if exact:
        field, rank = exact
        return field, (2, -rank, 0)
    found = []
    for start in range(len(words)):
        for end in range(start + 1, min(start + _MAX_WORDS, len(words)) + 1):
            key = "".join(words[start:end])
            if key in _contained():
                field, rank = _contained()[key]
                found.append((_CONTAINS_PRIORITY.index(field), -len(key), rank, field))
    if not found:
        return None
    _, length, rank, field = min(found)
    return field, (1, -length, -rank)


def field_for_header(header: str) -> str | None:
    """The stakeholder field a header most likely names, if any."""
    match = _match(header)
    return match[0] if match else None


def suggest_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index -> field; each field goes to its best-matching column, the first on a tie.

    Columns whose field went to a better column stay unmapped rather than being given
    a second-choice field: a wrong suggestion costs the officer more than a blank one.
    """
    best: dict[str, tuple[Score, int]] = {}
    for index, header in enumerate(headers):
        match = _match(header)
        if match and (match[0] not in best or match[1] > best[match[0]][0]):
            best[match[0]] = (match[1], index)
    return {index: field for field, (_, index) in sorted(best.items(), key=lambda i: i[1][1])}
