"""The header texts that name each stakeholder field, in the seven languages of the network.

A header is compared with them with case, accents and punctuation ignored (see
:mod:`.column_mapping`, which also says how a header that merely contains one counts).
Besides plain words they hold the headers of common exports (ESSGlobal, CiviCRM,
Outlook) and of the app's own.
"""

from __future__ import annotations

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
    # export's "Organisation" header is a name synonym: see
    # column_mapping._person_organisation_column.
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
