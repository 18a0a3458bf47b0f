"""What an import can fill, per kind, and which column headers mean which field.

A header is recognised when it matches, ignoring case, spaces, "-", "_", "." and ":", the
export's own header for that field (from the sheet's Column specs, in English and in every
language the .ts files translate them to), the field key, or a common synonym. So a sheet the
export wrote maps by itself in either language, and so do most hand-made lists."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.presentation.columns import CONTEXT as COLUMNS
from workbook.presentation.ts_reader import available_languages, translator_from_ts
from workbook.spreadsheets.export.sheets import CLIENTS, CONTACTS, JOURNAL, Sheet

_IGNORED = re.compile(r"[\s_\-.:*]+")


class ImportKind(StrEnum):
    clients = "clients"  # clients, optionally with one contact per row
    contacts = "contacts"  # contacts of existing clients (or clients of the same import)
    journal = "journal"


@dataclass(frozen=True)
class ImportField:
    """`label` is an English column header, translated in context "Columns"; `group` (the
    contact fields of a flat client list) an English sheet title, translated in "Export".
    Most exist already as export headers; the parts other programs split a name or an
    address into are marked for translation here."""

    key: str
    label: str
    group: str = ""
    required: bool = False
    column: str | None = None  # key of the export sheet's Column this field reads back
    synonyms: tuple[str, ...] = ()
    # several columns of a file mean it ("Business Street", "Business Street 2"): all are
    # mapped to it, and joined (see combined)
    many: bool = False


_CLIENT_NAMES = (
    "Client",
    "Client name",
    "Customer",
    "Company",
    "Company name",
    "Organisation",
    "Organization",
    "Organization 1 - Name",  # Google Contacts (older export)
    "Organization Name",  # Google Contacts
    "Kunde",
    "Kundenname",
    "Firma",
    "Firmenname",
    "Unternehmen",
)
_CONTACT_NAMES = (
    "Contact",
    "Contact name",
    "Contact person",
    "Display Name",  # Thunderbird
    "Anzeigename",
    "Ansprechpartner",
    "Ansprechperson",
    "Kontakt",
    "Kontaktperson",
    "Name",
)
# Mail programs, CRMs and hand-kept sheets split a person's name and an address. Their
# contact exports name the parts so: Outlook "Business …" (German "… geschäftlich"),
# Thunderbird "Work …" (German "Dienstlich: …"), Google Contacts "Address 1 - …".
_FIRST_NAME = ("Given name", "Forename", "Vorname")
_LAST_NAME = ("Surname", "Family name", "Nachname", "Familienname", "Zuname")
_STREET = (
    "Street address",
    "Address line 1",
    "Address line 2",
    "Business Street",
    "Business Street 2",
    "Business Street 3",
    "Work Address",
    "Work Address 2",
    "Address 1 - Street",
    "Address 1 - Extended Address",
    "Straße",
    "Strasse",
    "Straße und Hausnummer",
    "Straße geschäftlich",
    "Straße geschäftlich 2",
    "Straße geschäftlich 3",
    "Dienstlich: Adresse",
    "Dienstlich: Adresse 2",
)
_POSTCODE = (
    "Postal code",
    "ZIP",
    "ZIP code",
    "Business Postal Code",
    "Work ZIP",
    "Address 1 - Postal Code",
    "PLZ",
    "Postleitzahl",
    "Postleitzahl geschäftlich",
    "Dienstlich: PLZ",
)
_CITY = ("Town", "Business City", "Work City", "Address 1 - City", "Ort", "Stadt", "Wohnort",
         "Ort geschäftlich", "Dienstlich: Ort")  # fmt: skip
_COUNTRY = (
    "Country/Region",
    "Business Country/Region",
    "Work Country",
    "Address 1 - Country",
    "Land",
    "Staat",
    "Land/Region geschäftlich",
    "Dienstlich: Land",
)
FIRST_NAME = QT_TRANSLATE_NOOP("Columns", "First name")
LAST_NAME = QT_TRANSLATE_NOOP("Columns", "Last name")
_ROLE = ("Position", "Job title", "Function", "Organization 1 - Title", "Organization Title",
         "Rolle", "Funktion", "Arbeitstitel")  # fmt: skip
_DEPARTMENT = ("Abteilung", "Bereich", "Team", "Organization 1 - Department",
               "Organization Department")  # fmt: skip
_EMAIL = (
    "Email",
    "E-Mail",
    "Mail",
    "E-mail address",
    "E-Mail-Adresse",
    "Email address",
    "E-mail 1 - Value",
    "Primary Email",
    "Primäre E-Mail-Adresse",
)
_PHONE = ("Telephone", "Tel.", "Telefon", "Telefonnummer", "Phone number", "Business Phone",
          "Work Phone", "Phone 1 - Value", "Telefon geschäftlich", "Tel. dienstlich", "Mobile",
          "Mobile Phone", "Handy", "Mobiltelefon")  # fmt: skip
_WEBSITE = ("Web", "URL", "Homepage", "Web Page", "Web Page 1", "Website 1 - Value",
            "Webseite", "Internet")  # fmt: skip
_NOTES = ("Note", "Notiz", "Notizen", "Bemerkung", "Bemerkungen", "Comment", "Comments",
          "Kommentar")  # fmt: skip

FIELDS: dict[ImportKind, tuple[ImportField, ...]] = {
    ImportKind.clients: (
        ImportField("name", "Name", required=True, column="name", synonyms=_CLIENT_NAMES),
        ImportField("industry", "Industry", column="industry", synonyms=("Sector", "Branche")),
        ImportField("address", "Address", column="address", synonyms=("Adresse", "Anschrift")),
        ImportField("street", QT_TRANSLATE_NOOP("Columns", "Street"), synonyms=_STREET,
                    many=True),
        ImportField("postcode", QT_TRANSLATE_NOOP("Columns", "Postcode"), synonyms=_POSTCODE),
        ImportField("city", QT_TRANSLATE_NOOP("Columns", "City"), synonyms=_CITY),
        ImportField("country", QT_TRANSLATE_NOOP("Columns", "Country"), synonyms=_COUNTRY),
        ImportField("website", "Website", column="website", synonyms=_WEBSITE),
        # the company's own inbox and switchboard; a contact's when the file names people
        ImportField("email", "E-mail", synonyms=_EMAIL),
        ImportField("phone", "Phone", synonyms=_PHONE),
        ImportField("notes", "Notes", column="notes", synonyms=_NOTES),
        ImportField("tags", "Tags", column="tags",
                    synonyms=("Tag", "Schlagworte", "Stichwörter", "Labels")),
        ImportField("feedback_interval_days", "Feedback interval (days)",
                    column="feedback_interval",
                    synonyms=("Feedback interval", "Rückmeldeintervall")),
        ImportField("archived_at", "Archived on", column="archived_at",
                    synonyms=("Archived", "Archiviert")),
        ImportField("contact_name", "Name", CONTACTS.title, synonyms=_CONTACT_NAMES),
        ImportField("contact_first_name", FIRST_NAME, CONTACTS.title, synonyms=_FIRST_NAME),
        ImportField("contact_last_name", LAST_NAME, CONTACTS.title, synonyms=_LAST_NAME),
        ImportField("contact_role", "Role", CONTACTS.title, synonyms=_ROLE),
        ImportField("contact_department", "Department", CONTACTS.title, synonyms=_DEPARTMENT),
        ImportField("contact_email", "E-mail", CONTACTS.title, synonyms=_EMAIL),
        ImportField("contact_phone", "Phone", CONTACTS.title, synonyms=_PHONE),
    ),
    ImportKind.contacts: (
        ImportField("client", "Client", required=True, column="client", synonyms=_CLIENT_NAMES),
        ImportField("name", "Name", required=True, column="name", synonyms=_CONTACT_NAMES),
        ImportField("first_name", FIRST_NAME, synonyms=_FIRST_NAME),
        ImportField("last_name", LAST_NAME, synonyms=_LAST_NAME),
        ImportField("role", "Role", column="role", synonyms=_ROLE),
        ImportField("department", "Department", column="department", synonyms=_DEPARTMENT),
        ImportField("email", "E-mail", column="email", synonyms=_EMAIL),
        ImportField("phone", "Phone", column="phone", synonyms=_PHONE),
        ImportField("primary", "Primary", column="is_primary",
                    synonyms=("Primary contact", "Main contact", "Hauptkontakt", "Primär")),
        ImportField("notes", "Notes", column="notes", synonyms=_NOTES),
    ),
    ImportKind.journal: (
        ImportField("client", "Client", required=True, column="client", synonyms=_CLIENT_NAMES),
        ImportField("occurred_on", "Date", required=True, column="occurred_on",
                    synonyms=("Occurred on", "When", "Day", "Datum", "Wann")),
        ImportField("kind", "Kind", column="kind", synonyms=("Type", "Typ", "Art")),
        ImportField("summary", "Summary", column="summary",
                    synonyms=("Subject", "Topic", "Betreff", "Thema", "Kurzfassung")),
        ImportField("details", "Details", column="details",
                    synonyms=("Description", "Text", "Beschreibung", *_NOTES)),
        ImportField("satisfaction", "Satisfaction (1–5)", column="satisfaction",
                    synonyms=("Satisfaction", "Rating", "Zufriedenheit", "Bewertung")),
        ImportField("follow_up_on", "Follow-up on", column="follow_up_on",
                    synonyms=("Follow-up", "Follow up date", "Wiedervorlage", "Nachfassen")),
        ImportField("follow_up_done", "Follow-up done", column="follow_up_done",
                    synonyms=("Done", "Erledigt")),
    ),
}  # fmt: skip
# The export sheet each kind reads back: its Column headers are the headers we expect.
SHEETS: dict[ImportKind, Sheet] = {
    ImportKind.clients: CLIENTS,
    ImportKind.contacts: CONTACTS,
    ImportKind.journal: JOURNAL,
}


def fields(kind: ImportKind) -> tuple[ImportField, ...]:
    return FIELDS[kind]


def field_keys(kind: ImportKind) -> frozenset[str]:
    return frozenset(field.key for field in FIELDS[kind])


def normalize(header: str) -> str:
    return _IGNORED.sub("", header).casefold()


def auto_map(headers: Sequence[str], kind: ImportKind) -> dict[int, str]:
    """Column index → field key. Each field takes the first column that means it (a `many`
    field every one); a header
    meaning several fields ("Name": the client's, or its contact's in a flat list) waits until
    the unambiguous ones are placed and then takes the first of them still free."""
    names = _names(kind)
    many = {field.key for field in FIELDS[kind] if field.many}
    candidates = [[f for f in names if normalize(h) in names[f]] for h in headers]
    mapping: dict[int, str] = {}
    for ambiguous in (False, True):
        for index, matches in enumerate(candidates):
            if index in mapping or (len(matches) > 1) != ambiguous:
                continue
            free = [key for key in matches if key not in mapping.values() or key in many]
            if free:
                mapping[index] = free[0]
    if kind == ImportKind.clients and _NAMING & set(mapping.values()):
        _to_the_person(mapping, candidates)
    return dict(sorted(mapping.items()))


# A field mapped on several columns is their values joined: a name's parts by a space, an
# address's by a comma, notes line by line.
_SEPARATORS = {"address": ", ", "street": ", ", "tags": ", ", "notes": "\n", "details": "\n"}
# The parts of a field, in the order they are written. A column mapped to the whole field
# whose header names one of its parts ("Postleitzahl" mapped to Address) is read as that part,
# so "Street, 12345 City, Country" comes out whatever order the file has its columns in.
_PARTS: dict[ImportKind, dict[str, tuple[str, ...]]] = {
    ImportKind.clients: {
        "address": ("street", "postcode", "city", "country"),
        "contact_name": ("contact_first_name", "contact_last_name"),
    },
    ImportKind.contacts: {"name": ("first_name", "last_name")},
    ImportKind.journal: {},
}


def separator(key: str) -> str:
    return _SEPARATORS.get(key, " ")


def combined(
    mapping: Mapping[int, str], headers: Sequence[str], kind: ImportKind
) -> dict[str, tuple[int, ...]]:
    """Field key → the columns mapped to it, in file order (several are joined, see
    separator), a whole field's columns that name one of its parts moved to that part."""
    names = _names(kind)
    columns: dict[str, list[int]] = {}
    for index, key in sorted(mapping.items()):
        header = normalize(headers[index]) if index < len(headers) else ""
        part = next((p for p in _PARTS[kind].get(key, ()) if header in names[p]), key)
        columns.setdefault(part, []).append(index)
    return {key: tuple(indices) for key, indices in columns.items()}


# A client list naming people in one of these has contacts: its e-mail is theirs.
_NAMING = {"contact_name", "contact_first_name", "contact_last_name"}
# A client's e-mail or phone column that could be its contact's as well.
_PERSONAL = {"email": "contact_email", "phone": "contact_phone"}


def _to_the_person(mapping: dict[int, str], candidates: list[list[str]]) -> None:
    """A file that names a contact person: its plain "E-Mail" and "Phone" are the person's
    (a company-only list keeps them on the client)."""
    for index, key in list(mapping.items()):
        personal = _PERSONAL.get(key)
        if personal in candidates[index] and personal not in mapping.values():
            mapping[index] = personal


@cache
def _names(kind: ImportKind) -> dict[str, frozenset[str]]:
    """Field key → the normalized headers that mean it, in field order."""
    headers = {column.key: column.header for column in SHEETS[kind].columns}
    translators = [translator_from_ts(language=code) for code in available_languages()]
    result: dict[str, frozenset[str]] = {}
    for field in FIELDS[kind]:
        sources = [field.label, *field.synonyms]
        if field.column is not None:
            sources.append(headers[field.column])
        texts = {t(COLUMNS, s) for t in translators for s in sources} | {*sources, field.key}
        result[field.key] = frozenset(normalize(text) for text in texts)
    return result
