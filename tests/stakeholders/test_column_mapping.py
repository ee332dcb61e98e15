"""Suggesting which imported column holds which stakeholder field."""

from __future__ import annotations

import pytest

from rrr_desktop.services.stakeholders.importing.column_mapping import (
    FIELDS,
    SYNONYMS,
    field_for_header,
    suggest_mapping,
)

EXAMPLES = {
    "name": ["Company name", "Organisation", "Organization name", "Nombre",
             "Nombre de la entidad", "Razón social", "Nom", "Nom de l'organisation", "Nome",
             "Naam", "Nazwa", "Name", "NAME", "  name  "],
    "external_id": ["Identifier", "ID", "Ref", "Reference", "Ref.", "I.D."],
    "kind": ["Organisational Structure", "Organization Type", "Type", "Tipo", "Forme juridique",
             "Legal form"],
    "sectors": ["Primary Activity", "Activities", "Sector", "Sector de actividad", "Secteur",
                "Setor", "Settore", "Sektor", "Branche"],
    "description": ["Description", "Descripción", "Descrição", "Descrizione", "Beschrijving",
                    "Opis"],
    "address": ["Street Address", "Address", "Dirección", "Adresse", "Endereço", "Indirizzo",
                "Adres"],
    "locality": ["Locality", "City", "Town", "Ciudad", "Ville", "Cidade", "Città", "Plaats",
                 "Miasto", "Municipio", "Town/City"],
    "region": ["Region", "State", "Province", "Provincia", "Région"],
    "postcode": ["Postcode", "Postal code", "Zip", "CP", "Código postal", "Code postal", "CEP",
                 "CAP", "Kod pocztowy", "Post code", "ZIP-Code", "C.P."],
    "country": ["Country", "Country ID", "País", "Pays", "Paese", "Land", "Kraj"],
    "district": ["District", "Distrito", "Barrio", "Quartier", "Bairro", "Quartiere", "Wijk",
                 "Dzielnica"],
    "website": ["Website", "Web", "URL", "Sitio web", "Site web", "Site", "Sito web",
                "Strona www", "Web site", "Web address"],
    "email": ["Email", "E-mail", "Correo", "Correo electrónico", "Courriel", "Mail", "e_mail",
              "Email address", "Adres e-mail"],
    "phone": ["Phone", "Telephone", "Tel", "Teléfono", "Téléphone", "Telefone", "Telefono",
              "Telefoon", "Telefon", "Tel."],
    "contact_person": ["Contact", "Contact person", "Contact name", "Persona de contacto",
                       "Contacto", "Personne de contact", "Pessoa de contato", "Referente",
                       "Contactpersoon", "Osoba kontaktowa", "Contact_Person"],
    "tags": ["Tags", "Keywords", "Etiquetas", "Mots-clés", "Etichette", "Trefwoorden", "Tagi"],
    "latitude": ["Latitude", "Lat", "Latitud", "Szerokość geograficzna"],
    "longitude": ["Longitude", "Lon", "Lng", "Long", "Długość geograficzna",
                  "Dlugosc geograficzna"],
}

ESSGLOBAL = [
    "Identifier", "Name", "Description", "Organisational Structure", "Primary Activity",
    "Activities", "Street Address", "Locality", "Region", "Postcode", "Country ID",
    "Territory ID", "Website", "Phone", "Email", "Twitter", "Facebook",
    "Companies House Number", "Qualifiers", "Membership Type", "Latitude", "Longitude",
    "Geo Container", "Geo Container Latitude", "Geo Container Longitude", "Sector",
    "SIC Section", "SIC Code", "Ownership Classification", "Legal Form",
]


@pytest.mark.parametrize(("header", "field"), [
    (header, field) for field, headers in EXAMPLES.items() for header in headers])
def test_example_headers(header: str, field: str) -> None:
    assert field_for_header(header) == field


@pytest.mark.parametrize(("header", "field"), [
    ("Contact email", "email"),
    ("Teléfono de contacto", "phone"),
    ("Nombre de contacto", "contact_person"),
    ("Contact address", "address"),
    ("City district", "district"),
    ("Long description", "description"),
    ("Geo Container Latitude", "latitude"),
    ("Latitude (WGS84)", "latitude"),
    ("Address line 2", "address"),
    ("Tipo de organización", "kind"),
    ("Naam organisatie", "name"),
    ("Organisation ID", "external_id"),
    ("name (2)", "name"),
    ("Activity description", "description"),
    ("Organisation email", "email"),
])
def test_headers_that_contain_a_synonym(header: str, field: str) -> None:
    assert field_for_header(header) == field


@pytest.mark.parametrize("header", [
    "", "   ", "Column 4", "Twitter", "Facebook URL", "Territory ID", "SIC Code", "Hotel",
    "Relationship", "Telegram", "Land area", "Site visit date", "Companies House Number",
    "Organisation size",
])
def test_headers_that_name_no_field(header: str) -> None:
    assert field_for_header(header) is None


def test_every_synonym_maps_to_its_own_field_only() -> None:
    assert tuple(SYNONYMS) == FIELDS
    for field, synonyms in SYNONYMS.items():
        assert synonyms, field
        for synonym in synonyms:
            assert field_for_header(synonym) == field, synonym


def test_essglobal_layout() -> None:
    mapping = suggest_mapping(ESSGLOBAL)
    assert {ESSGLOBAL[i]: field for i, field in mapping.items()} == {
        "Identifier": "external_id", "Name": "name", "Description": "description",
        "Organisational Structure": "kind", "Primary Activity": "sectors",
        "Street Address": "address", "Locality": "locality", "Region": "region",
        "Postcode": "postcode", "Country ID": "country", "Website": "website",
        "Phone": "phone", "Email": "email", "Latitude": "latitude", "Longitude": "longitude",
    }


def test_ica_layout_with_the_reader_s_duplicate_header() -> None:
    headers = ["Organization Type", "Name", "name (2)", "Region", "Country", "City",
               "Latitude", "Longitude", "Size", "Type", "Sector", "Address", "Description",
               "Additional Details", "Website", "Email"]
    mapping = suggest_mapping(headers)
    assert mapping == {0: "kind", 1: "name", 3: "region", 4: "country", 5: "locality",
                       6: "latitude", 7: "longitude", 10: "sectors", 11: "address",
                       12: "description", 14: "website", 15: "email"}


def test_each_field_goes_to_one_column_the_first_on_a_tie() -> None:
    assert suggest_mapping(["Email", "E-mail", "Correo"]) == {0: "email"}
    assert suggest_mapping(["Name", "name (2)"]) == {0: "name"}


def test_an_exact_match_beats_an_earlier_contained_one() -> None:
    assert suggest_mapping(["Geo Container Latitude", "Latitude"]) == {1: "latitude"}
    assert suggest_mapping(["Legal Form", "Organisational Structure"]) == {1: "kind"}
    assert suggest_mapping(["Sector", "Activities", "Primary Activity"]) == {2: "sectors"}


def test_a_spanish_list() -> None:
    headers = ["Nombre", "Forma jurídica", "Sector de actividad", "Dirección", "Municipio",
               "Provincia", "Código postal", "Barrio", "Página web", "Correo electrónico",
               "Teléfono", "Persona de contacto", "Etiquetas", "Observaciones"]
    assert list(suggest_mapping(headers).values()) == [
        "name", "kind", "sectors", "address", "locality", "region", "postcode", "district",
        "website", "email", "phone", "contact_person", "tags"]


@pytest.mark.parametrize("header", ["Category", "Categories", "Categoría", "Catégorie",
                                    "Categoria", "Categorie", "Categorieën", "Kategoria",
                                    "Business category"])
def test_a_category_column_holds_the_sectors(header: str) -> None:
    assert suggest_mapping(["Name", header]) == {0: "name", 1: "sectors"}
