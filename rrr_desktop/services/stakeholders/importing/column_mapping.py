"""Suggest which column of an imported table holds which stakeholder field.

Headers are compared with synonyms in English, Spanish, French, Portuguese, Italian,
Dutch and Polish after :func:`rrr_desktop.text.normalise`, with punctuation,
underscores and hyphens read as spaces and words then joined, so "E-mail",
"e_mail" and "EMAIL" all read "email". A header that *is* a synonym beats one that
merely contains one ("Latitude" beats "Geo Container Latitude"); among exact matches
the synonym listed first wins ("Organisational Structure" beats "Legal Form").
Given the rows, a column with values beats a better-named (nearly) empty one.
The result is only a suggestion: the officer confirms it before anything is imported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import Message, message
from rrr_desktop.text import normalise

FIELDS: tuple[str, ...] = (
    "uuid", "external_id", "name", "kind", "sectors", "description", "address", "locality",
    "region", "postcode", "country", "district", "website", "email", "phone",
    "contact_person", "tags", "latitude", "longitude", "stage", "owner", "influence",
    "interest", "trust", "shareable", "archived", "record", "consent", "consent_date",
    "consent_source", "topics", "organisation",
)


def field_name(field: str) -> Message:
    """An import field as the officer reads it ("contact person", "persona de contacto")."""
    return message(f"column.{field}")


# Best first: for exact matches, a synonym listed earlier wins the field (the app's export
# writes "Kind" as a label in the officer's language and "Kind code" for the import).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "uuid": ("uuid", "rrr uuid", "rrr id"),
    "external_id": (
        "identifier", "id", "ref", "reference", "external id", "record id", "organisation id",
        "organization id", "company id", "entity id", "org id", "id number", "reference number",
        "ref no", "identificador", "identifiant", "identificativo", "identificatie", "kenmerk",
        "identyfikator", "contact id", "internal contact id",
    ),
    "name": (
        "name", "company name", "organisation name", "organization name", "organisation",
        "organization", "legal name", "trading name", "nombre", "nombre de la entidad",
        "nombre de la organizacion", "razon social", "denominacion", "entidad", "empresa",
        "nom", "nom de l'organisation", "nom de la structure", "raison sociale",
        "denomination", "nome", "nome da organizacao", "razao social", "nome da entidade",
        "ragione sociale", "denominazione", "naam", "organisatie", "organisatienaam",
        "bedrijfsnaam", "nazwa", "nazwa organizacji",
        # a single word that names the organisation, in the seven languages
        "company", "entity", "societe", "structure", "azienda", "ente", "bedrijf",
        "organizacion", "organizacao", "organizzazione", "organizacja", "firma",
        "nazwa firmy", "nome azienda", "nom de l'entreprise", "nome da empresa",
        "nombre de la empresa", "naam organisatie",
        # CiviCRM and Outlook contact exports
        "display name", "organization name 1", "company name 1",
    ),
    "kind": (
        "kind code", "organisational structure", "organizational structure", "organisation type",
        "organization type", "type of organisation", "type of organization", "type",
        "entity type", "tipo", "tipo de entidad", "tipo de organizacion", "forma juridica",
        "forme juridique", "type de structure", "statut juridique", "statut",
        "natureza juridica", "tipo de organizacao", "tipologia", "forma giuridica",
        "rechtsvorm", "organisatievorm", "typ", "forma prawna", "legal form", "legal structure",
        "kind", "soort", "rodzaj",
    ),
    "sectors": (
        "sector codes", "primary activity", "activities", "activity", "sector", "sectors",
        "main activity", "industry", "sector de actividad", "actividad", "actividades", "secteur",
        "secteur d'activite", "activite", "activites", "setor", "setor de atividade",
        "atividade", "atividades", "settore", "attivita", "branche", "sektor", "branza",
        "dzialalnosc", "sector activity", "category", "categories", "categoria", "categorias",
        "categorie", "categorieen", "kategoria", "kategorie",
    ),
    "description": (
        "description", "descripcion", "descricao", "descrizione", "beschrijving",
        "omschrijving", "opis", "presentation", "about", "summary", "notes", "note",
    ),
    "address": (
        "street address", "address", "postal address", "street", "address line 1",
        "direccion", "domicilio", "calle", "adresse", "rue", "endereco", "morada", "rua",
        "indirizzo", "adres", "straat", "ulica", "business street", "business address",
    ),
    "locality": (
        "locality", "city", "town", "town city", "city town", "ciudad", "localidad",
        "poblacion", "municipio", "ville", "commune", "cidade", "localidade", "citta",
        "comune", "localita", "plaats", "woonplaats", "gemeente", "miasto", "miejscowosc",
        "gmina", "business city",
    ),
    "region": (
        "region", "state", "province", "county", "provincia", "comunidad autonoma",
        "departement", "uf", "regione", "provincie", "wojewodztwo",
    ),
    "postcode": (
        "postcode", "postal code", "post code", "zip", "zip code", "zipcode", "cp",
        "codigo postal", "code postal", "cep", "cap", "codice postale", "kod pocztowy",
        "business postal code", "postcode zip", "postal code zip",
    ),
    "country": (
        "country code", "country", "country id", "nation", "pais", "pays", "paese",
        "nazione", "land", "kraj", "business country region", "country region",
    ),
    "district": (
        "district", "neighbourhood", "neighborhood", "borough", "distrito", "barrio",
        "quartier", "arrondissement", "bairro", "freguesia", "quartiere", "wijk", "stadsdeel",
        "buurt", "dzielnica",
    ),
    "website": (
        "website", "web site", "web", "url", "www", "homepage", "web page", "web address",
        "sitio web", "pagina web", "direccion web", "site web", "site internet", "site",
        "sito web", "sito internet", "strona www", "strona internetowa", "business web page",
        "strona",
    ),
    "email": (
        "email", "e mail", "email address", "e mail address", "mail", "correo",
        "correo electronico", "courriel", "adresse electronique", "adresse e mail",
        "endereco de email", "posta elettronica", "indirizzo email", "e mailadres",
        "adres e mail", "contact email", "e mail address 1", "email primary",
    ),
    "phone": (
        "phone", "telephone", "tel", "phone number", "telephone number", "mobile",
        "telefono", "tlf", "movil", "telefone", "celular", "telemovel", "cellulare",
        "telefoon", "telefoonnummer", "mobiel", "telefon", "numer telefonu", "business phone",
        "contact phone", "phone primary",
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
    # The fields the app's own export writes (with its English headers first).
    "stage": (
        "stage code", "stage", "collaboration stage", "engagement stage", "etapa", "fase",
        "etape", "stade", "estagio", "stadio", "stadium", "etap", "faza",
    ),
    "owner": (
        "owner", "propietario", "gestor", "proprietaire", "charge de suivi", "proprietario",
        "gestore", "eigenaar", "behandelaar", "wlasciciel", "opiekun",
    ),
    "influence": ("influence", "influencia", "influenza", "invloed", "wplyw"),
    "interest": ("interest", "interes", "interet", "interesse", "belang", "zainteresowanie"),
    "trust": ("trust", "confianza", "confiance", "confianca", "fiducia", "vertrouwen", "zaufanie"),
    "shareable": (
        "shareable", "shared", "compartible", "compartido", "partageable", "partage",
        "partilhavel", "compartilhavel", "condivisibile", "condiviso", "deelbaar", "gedeeld",
        "udostepnialny", "udostepniony",
    ),
    "archived": (
        "archived", "archivado", "archive", "archivee", "arquivado", "archiviato",
        "gearchiveerd", "zarchiwizowany", "archiwalny",
    ),
    # Whether a row is a person or an organisation, and a person's organisation. The
    # export's "Organisation" header is a name synonym: see _person_organisation_column.
    "record": (
        "record", "record type", "type of record", "person or organisation",
        "person or organization", "registro", "tipo de registro", "persona u organizacion",
        "fiche", "type de fiche", "personne ou organisation", "registo", "tipo de registo",
        "pessoa ou organizacao", "tipo di record", "persona o organizzazione", "soort record",
        "persoon of organisatie", "rekord", "typ rekordu", "osoba czy organizacja",
    ),
    # A survey's consent question, and the columns the app's export writes with consent.
    "consent": (
        "consent", "contact consent", "consent given", "consent to be contacted",
        "i agree to be contacted", "agrees to be contacted", "consent to contact",
        "consentimiento", "acepto ser contactado", "consentement",
        "j'accepte d'etre contacte", "consentimento", "aceito ser contactado", "consenso",
        "acconsento a essere contattato", "toestemming", "akkoord om gecontacteerd te worden",
        "zgoda", "zgoda na kontakt", "wyrazam zgode na kontakt",
    ),
    "consent_date": (
        "consent date", "date of consent", "fecha del consentimiento",
        "date du consentement", "data do consentimento", "data del consenso",
        "datum toestemming", "data zgody",
    ),
    "consent_source": (
        "consent source", "source of consent", "origen del consentimiento",
        "source du consentement", "origem do consentimento", "fonte del consenso",
        "bron toestemming", "zrodlo zgody",
    ),
    "topics": (
        "topic codes", "topics", "themes", "temas", "thematiques", "temi", "themas",
        "onderwerpen", "tematy",
    ),
    "organisation": (
        "organisation of the person", "organization of the person", "person's organisation",
        "person's organization", "employer", "organizacion de la persona",
        "entidad de la persona", "organisation de la personne", "organizacao da pessoa",
        "organizzazione della persona", "organisatie van de persoon", "organizacja osoby",
    ),
}
# Fields whose synonyms count only as a whole header: "Interest area" holds no score from
# 1 to 5 and "Land trust name" no trust, and reading them so would fail every row.
_WHOLE_HEADER_FIELDS = frozenset({"stage", "owner", "influence", "interest", "trust",
                                  "shareable", "archived", "record", "organisation", "topics"})
# Headers that name the name column ("Organisation"), but a person's organisation in a file
# that says which rows are persons and has another column for the names: the app's export.
_ORGANISATION_HEADERS = frozenset({"organisation", "organization", "organizacion",
                                   "organisatie", "organizacao", "organizzazione",
                                   "organizacja"})

# When a header contains synonyms of several fields, the more specific field wins:
# "Contact email" is an email, "City district" a district, "Email address" an email.
_CONTAINS_PRIORITY = (
    "uuid", "consent_date", "consent_source", "consent", "email", "website", "phone", "postcode",
    "latitude", "longitude", "external_id",
    "district", "locality", "region", "country", "address", "description", "sectors", "kind",
    "tags", "contact_person", "name", *sorted(_WHOLE_HEADER_FIELDS),
)
# Synonyms too short or too ambiguous to count when they are only part of a header
# ("Long description" is no longitude, "Organisation size" no name).
_EXACT_ONLY = frozenset({"long", "land", "site", "mail", "state", "statut", "about",
                         "organisation", "organization", "organisatie", "entidad", "empresa",
                         "company", "entity", "societe", "structure", "azienda", "ente",
                         "bedrijf", "organizacion", "organizacao", "organizzazione",
                         "organizacja", "firma", "note", "notes", "strona"})
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
            if len(key) >= _MIN_CONTAINED and key not in _EXACT_ONLY
            and match[0] not in _WHOLE_HEADER_FIELDS}


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


@dataclass(frozen=True)
class ColumnChoice:
    """Several columns name one field and the one with values was taken, not the best named."""

    field: str
    used: int  # the column imported
    used_filled: int  # rows with a value in it
    passed_over: int  # the better-named column left out
    passed_over_filled: int


def _candidates(headers: Sequence[str]) -> dict[str, list[tuple[Score, int]]]:
    """Field -> the columns that name it, best named first (the first column on a tie)."""
    found: dict[str, list[tuple[Score, int]]] = {}
    for index, header in enumerate(headers):
        match = _match(header)
        if match:
            found.setdefault(match[0], []).append((match[1], index))
    for columns in found.values():
        columns.sort(key=lambda column: (column[0], -column[1]), reverse=True)
    return found


def _filled(rows: Sequence[Sequence[str]], index: int) -> int:
    return sum(1 for row in rows if index < len(row) and row[index].strip())


def _choose(headers: Sequence[str],
            rows: Sequence[Sequence[str]]) -> dict[str, tuple[int, ColumnChoice | None]]:
    """Field -> its column, and the choice made if values decided it."""
    chosen: dict[str, tuple[int, ColumnChoice | None]] = {}
    for field, columns in _candidates(headers).items():
        best = columns[0][1]
        if len(columns) == 1 or not rows:
            chosen[field] = (best, None)
            continue
        filled = {index: _filled(rows, index) for _, index in columns}
        used = max((index for _, index in columns), key=lambda i: filled[i])  # first on a tie
        if filled[best] * 2 >= filled[used]:  # names matter more than a few missing values
            used = best
        chosen[field] = (used, None if used == best else ColumnChoice(
            field, used, filled[used], best, filled[best]))
    organisation = _person_organisation_column(headers, chosen)
    if organisation is not None:
        chosen["organisation"] = (organisation, None)
    return chosen


def _person_organisation_column(headers: Sequence[str],
                                chosen: dict[str, tuple[int, ColumnChoice | None]]) -> int | None:
    """The "Organisation" column beside a "Record" and a "Name" one, if the organisation of
    persons has no better-named column."""
    if "organisation" in chosen or "record" not in chosen or "name" not in chosen:
        return None
    return next((index for index, header in enumerate(headers)
                 if index != chosen["name"][0]
                 and "".join(_words(header)) in _ORGANISATION_HEADERS), None)


def suggest_mapping(headers: Sequence[str],
                    rows: Sequence[Sequence[str]] = ()) -> dict[int, str]:
    """Column index -> field; each field goes to its best-matching column, the first on a tie.

    Given the file's ``rows``, a field several columns name goes to the one with values
    in the most rows if the best-named one has values in fewer than half as many:
    ESSGlobal files have an empty "Latitude" column beside a filled "Geo Container
    Latitude", and a "Legal Form" a little fuller than their "Organisational Structure".
    Columns whose field went to another column stay unmapped rather than being given a
    second-choice field: a wrong suggestion costs the officer more than a blank one.
    """
    return suggestion(headers, rows)[0]


def column_choices(headers: Sequence[str],
                   rows: Sequence[Sequence[str]]) -> tuple[ColumnChoice, ...]:
    """The fields :func:`suggest_mapping` took from a column with more values than the
    better-named one, to tell the officer; by column."""
    return suggestion(headers, rows)[1]


def suggestion(headers: Sequence[str], rows: Sequence[Sequence[str]] = ()
               ) -> tuple[dict[int, str], tuple[ColumnChoice, ...]]:
    """:func:`suggest_mapping` and :func:`column_choices` at once: the rows are counted once."""
    chosen = _choose(headers, rows)
    made = (choice for _, choice in chosen.values() if choice)
    return ({index: field for field, (index, _) in sorted(chosen.items(), key=lambda i: i[1][0])},
            tuple(sorted(made, key=lambda choice: choice.used)))


def mapping_with_choices(headers: Sequence[str], mapping: dict[int, str],
                         choices: Sequence[str]) -> dict[int, str]:
    """``mapping`` with the officer's choices, each "HEADER=field" ("HEADER=" leaves the
    column out), applied in order: a chosen field leaves any other column it was on.

    Headers are compared as :func:`field_for_header` reads them, so case, accents and
    punctuation do not matter. Raises :class:`RejectedInput` naming the fields or the
    columns when a choice cannot be applied.
    """
    chosen = dict(mapping)
    by_key = {"".join(_words(header)): index for index, header in reversed(list(
        enumerate(headers)))}
    for choice in choices:
        header, equals, field = (part.strip() for part in choice.rpartition("="))
        fields = ", ".join(FIELDS)
        if not equals or not header:
            raise RejectedInput("import.map_format", value=repr(choice), fields=fields)
        if field and field not in FIELDS:
            raise RejectedInput("import.map_unknown_field", value=repr(choice),
                                target=repr(field), fields=fields)
        index = by_key.get("".join(_words(header)))
        if index is None:
            raise RejectedInput("import.map_unknown_header", value=repr(choice),
                                header=repr(header), columns=", ".join(map(repr, headers)))
        chosen = {i: f for i, f in chosen.items() if i != index and f != field}
        if field:
            chosen[index] = field
    return dict(sorted(chosen.items()))
