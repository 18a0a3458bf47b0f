<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ClientActions</name>
    <message>
        <source>Create client %1</source>
        <translation>Kunde %1 anlegen</translation>
    </message>
    <message>
        <source>Edit client %1</source>
        <translation>Kunde %1 bearbeiten</translation>
    </message>
    <message>
        <source>Archive client %1</source>
        <translation>Kunde %1 archivieren</translation>
    </message>
    <message>
        <source>%1 archived. Ctrl+Z brings it back.</source>
        <translation>%1 archiviert. Strg+Z holt den Kunden zurück.</translation>
    </message>
    <message>
        <source>Restore client %1</source>
        <translation>Kunde %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Add contact %1</source>
        <translation>Ansprechpartner %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>Ansprechpartner %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Ansprechpartner entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from this client's contacts?</source>
        <translation>%1 aus den Ansprechpartnern dieses Kunden entfernen?</translation>
    </message>
    <message>
        <source>Remove contact %1</source>
        <translation>Ansprechpartner %1 entfernen</translation>
    </message>
</context>
<context>
    <name>ClientDetailPane</name>
    <message>
        <source>Industry:</source>
        <translation>Branche:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Feedback every:</source>
        <translation>Rückmeldung alle:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Select a client to see its details and contacts.</source>
        <translation>Wählen Sie einen Kunden, um seine Angaben und Ansprechpartner zu sehen.</translation>
    </message>
    <message>
        <source>No contacts yet. Add the people you work with.</source>
        <translation>Noch keine Ansprechpartner. Legen Sie die Menschen an, mit denen Sie arbeiten.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>&amp;Feedback every:</source>
        <translation>&amp;Rückmeldung alle:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. key account, Berlin</source>
        <translation>durch Kommas getrennt, z. B. Schlüsselkunde, Berlin</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Warn when this client has not been heard from for longer than this.</source>
        <translation>Warnen, wenn von diesem Kunden länger als so lange nichts zu hören war.</translation>
    </message>
</context>
<context>
    <name>ClientsTab</name>
    <message>
        <source>Filter by name, industry, tag or contact (Ctrl+F)</source>
        <translation>Nach Name, Branche, Schlagwort oder Ansprechpartner filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>&amp;Archivierte zeigen</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>Create a client (Ctrl+N)</source>
        <translation>Einen Kunden anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected client (F2 or Enter)</source>
        <translation>Den ausgewählten Kunden bearbeiten (F2 oder Eingabe)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Bring the selected client back to the active list</source>
        <translation>Den ausgewählten Kunden zurück in die aktive Liste holen</translation>
    </message>
    <message>
        <source>Move the selected client to the archive (Del)</source>
        <translation>Den ausgewählten Kunden ins Archiv verschieben (Entf)</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <source>No clients yet.
Press Ctrl+N to create your first client.</source>
        <translation>Noch keine Kunden.
Mit Strg+N legen Sie Ihren ersten Kunden an.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Hauptkontakt</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Haupt</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Ansprechpartner bearbeiten</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Ansprechpartner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Primary:</source>
        <translation>Hauptkontakt:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>&amp;Main contact for this client</source>
        <translation>&amp;Hauptansprechpartner für diesen Kunden</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <source>main contact</source>
        <translation>Hauptansprechpartner</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No database is open.
Use File ▸ New database… or File ▸ Open…</source>
        <translation>Keine Datenbank geöffnet.
Wählen Sie Datei ▸ Neue Datenbank… oder Datei ▸ Öffnen…</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>%1 already exists. Use File ▸ Open… to open it.</source>
        <translation>%1 existiert bereits. Öffnen Sie die Datei mit Datei ▸ Öffnen…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>Backup saved as %1</source>
        <translation>Sicherung gespeichert als %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>About Client Workbook</source>
        <translation>Über Client Workbook</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Client Workbook %1&lt;/h3&gt;&lt;p&gt;Client dossiers, order clarification, agreed goals and handover for independent consultants. Works fully offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Client Workbook %1&lt;/h3&gt;&lt;p&gt;Kundenakten, Auftragsklärung, vereinbarte Ziele und Übergabe für selbstständige Berater. Funktioniert vollständig offline.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;About Client Workbook</source>
        <translation>Ü&amp;ber Client Workbook</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Please fill in this field.</source>
        <translation>Bitte füllen Sie dieses Feld aus.</translation>
    </message>
    <message>
        <source>An active client with this name already exists.</source>
        <translation>Es gibt bereits einen aktiven Kunden mit diesem Namen.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.com).</source>
        <translation>Das ist keine E-Mail-Adresse (name@beispiel.de).</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) / - . only.</source>
        <translation>Bitte nur Ziffern, Leerzeichen und + ( ) / - . verwenden.</translation>
    </message>
    <message>
        <source>This is not a web address (example.com).</source>
        <translation>Das ist keine Webadresse (beispiel.de).</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Dieser Text ist zu lang.</translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation>Dieser Wert liegt außerhalb des erlaubten Bereichs.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes). It is not a Client Workbook database.</source>
        <translation>Die Datei ist leer (0 Byte). Sie ist keine Client-Workbook-Datenbank.</translation>
    </message>
    <message>
        <source>The file is not a Client Workbook database.</source>
        <translation>Die Datei ist keine Client-Workbook-Datenbank.</translation>
    </message>
    <message>
        <source>The file is a database of another application.</source>
        <translation>Die Datei ist eine Datenbank einer anderen Anwendung.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Client Workbook. Please update the application.</source>
        <translation>Die Datenbank stammt von einer neueren Version von Client Workbook. Bitte aktualisieren Sie die Anwendung.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Die Datenbankdatei ist beschädigt.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The database is open in another Client Workbook window.</source>
        <translation>Die Datenbank ist bereits in einem anderen Client-Workbook-Fenster geöffnet.</translation>
    </message>
    <message>
        <source>The file has not been changed.</source>
        <translation>Die Datei wurde nicht verändert.</translation>
    </message>
</context>
</TS>