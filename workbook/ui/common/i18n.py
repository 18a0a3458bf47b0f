"""Run-time language switch: our .qm plus Qt's own (dialog buttons, undo texts)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from workbook import RESOURCES

LANGUAGES = ("en", "de")
I18N_DIR = RESOURCES / "i18n"


def system_language() -> str:
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


class Translations:
    """Owns the installed translators; switching sends LanguageChange to every widget."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def switch(self, language: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        if language != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for directory, name in (
                (I18N_DIR, f"workbook_{language}"),
                (qt_dir, f"qtbase_{language}"),
            ):
                translator = QTranslator(app)
                if translator.load(name, str(directory)):
                    app.installTranslator(translator)
                    self._installed.append(translator)
        self.language = language
        QLocale.setDefault(QLocale(_LOCALES[language]))


# Dates and numbers follow the UI language. English uses British forms: "03/04" must not mean
# two different days to two readers.
_LOCALES = {"en": "en_GB", "de": "de_DE"}
_DATE_FORMATS = {"en": "d MMM yyyy", "de": "dd.MM.yyyy"}


def current_language() -> str:
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def format_date(value: date) -> str:
    qdate = QDate(value.year, value.month, value.day)
    return QLocale().toString(qdate, _DATE_FORMATS[current_language()])
