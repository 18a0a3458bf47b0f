<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcceptCheck</name>
    <message>
        <source>Competences</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Enter your hours a week in Edit ▸ Preferences… ▸ Capacity to see your load.</source>
        <translation>Tragen Sie unter Bearbeiten ▸ Einstellungen… ▸ Kapazität Ihre Stunden pro Woche ein, um Ihre Auslastung zu sehen.</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>Auftragsklärung</translation>
    </message>
    <message>
        <source>You hold every competence this engagement needs (as named on its Clarification page).</source>
        <translation>Sie haben jede Kompetenz, die dieser Auftrag braucht (wie auf seiner Seite Auftragsklärung genannt).</translation>
    </message>
    <message>
        <source>Not among your competences: %1</source>
        <translation>Nicht unter Ihren Kompetenzen: %1</translation>
    </message>
    <message>
        <source>Only at a basic level: %1</source>
        <translation>Nur auf Grundniveau: %1</translation>
    </message>
    <message>
        <source>Over your %1 h a week in: %2</source>
        <translation>Mehr als Ihre %1 h pro Woche in: %2</translation>
    </message>
    <message>
        <source>Fits into your %1 h a week.</source>
        <translation>Passt in Ihre %1 h pro Woche.</translation>
    </message>
    <message>
        <source>%1 of %2 h booked, %3 h of them this engagement</source>
        <translation>%1 von %2 h verplant, davon %3 h dieser Auftrag</translation>
    </message>
    <message>
        <source>Not planned (not counted above): %1</source>
        <translation>Nicht eingeplant (oben nicht gezählt): %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparieren</translation>
    </message>
    <message>
        <source>Nothing was repaired. %1</source>
        <translation>Es wurde nichts repariert. %1</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Datenbank prüfen</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Automatic backup saved as %1</source>
        <translation>Automatische Sicherung gespeichert als %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>The workbook open now is on a server: no automatic copies of it are taken here. Its backups are the server&apos;s (pg_dump, by whoever looks after the server); File ▸ Back up now saves a copy in pg_dump&apos;s format. What is set below is for workbooks kept in a file.</source>
        <translation>Die geöffnete Arbeitsmappe liegt auf einem Server: Hier werden keine automatischen Kopien von ihr angelegt. Ihre Sicherungen sind Sache des Servers (pg_dump, durch den, der den Server betreut); Datei ▸ Jetzt sichern speichert eine Kopie im Format von pg_dump. Die Einstellungen unten gelten für Arbeitsmappen in einer Datei.</translation>
    </message>
    <message>
        <source>While you work and when you close a workbook, a copy goes into the folder “backups” beside it. Of these copies, the newest of each day, week and month stay, as many as set here; the others are deleted.</source>
        <translation>Während Sie arbeiten und wenn Sie eine Arbeitsmappe schließen, kommt eine Kopie in den Ordner „backups“ daneben. Von diesen Kopien bleibt jeweils die neueste eines Tages, einer Woche und eines Monats, so viele wie hier eingestellt; die übrigen werden gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Days kept:</source>
        <translation>&amp;Tage behalten:</translation>
    </message>
    <message>
        <source>&amp;Weeks kept:</source>
        <translation>&amp;Wochen behalten:</translation>
    </message>
    <message>
        <source>&amp;Months kept:</source>
        <translation>&amp;Monate behalten:</translation>
    </message>
    <message>
        <source>A day, week or month without a backup takes no space. Copies taken before a restore and backups saved by hand are never deleted.</source>
        <translation>Ein Tag, eine Woche oder ein Monat ohne Sicherung belegt keinen Platz. Kopien vor einer Wiederherstellung und von Hand gespeicherte Sicherungen werden nie gelöscht.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Exporting the calendar…</source>
        <translation>Der Kalender wird exportiert…</translation>
    </message>
    <message>
        <source>Calendar saved as %1 (%2 events)</source>
        <translation>Kalender gespeichert als %1 (%2 Termine)</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>Kalender nicht exportiert</translation>
    </message>
</context>
<context>
    <name>CapacityPage</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>&amp;Bis (einschließlich):</translation>
    </message>
    <message>
        <source>e.g. holiday</source>
        <translation>z. B. Urlaub</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Freie Tage</translation>
    </message>
    <message>
        <source>e.g. 32</source>
        <translation>z. B. 32</translation>
    </message>
    <message>
        <source>&amp;Hours a week for client work:</source>
        <translation>&amp;Stunden pro Woche für Kundenarbeit:</translation>
    </message>
    <message>
        <source>Spread over Monday to Friday. The accept dialog compares the remaining budget hours of your accepted and active engagements, spread over their remaining time, with these hours, month by month.</source>
        <translation>Verteilt auf Montag bis Freitag. Der Annahme-Dialog vergleicht die verbleibenden Budgetstunden Ihrer angenommenen und laufenden Aufträge, verteilt auf ihre restliche Laufzeit, Monat für Monat mit diesen Stunden.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Clarification catalogue</source>
        <translation>Fragenkatalog zur Auftragsklärung</translation>
    </message>
    <message>
        <source>&amp;Add question…</source>
        <translation>Frage &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Reword…</source>
        <translation>&amp;Neu formulieren…</translation>
    </message>
    <message>
        <source>&amp;Stop asking</source>
        <translation>Nicht mehr &amp;stellen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Ask again</source>
        <translation>Wieder s&amp;tellen</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Abschnitt:</translation>
    </message>
    <message>
        <source>Question (&amp;English):</source>
        <translation>Frage (&amp;Englisch):</translation>
    </message>
    <message>
        <source>Question (&amp;German):</source>
        <translation>Frage (&amp;Deutsch):</translation>
    </message>
    <message>
        <source>Needed before accepting</source>
        <translation>Vor der Annahme erforderlich</translation>
    </message>
    <message>
        <source>&amp;Required:</source>
        <translation>&amp;Pflichtfrage:</translation>
    </message>
    <message>
        <source>Add clarification question</source>
        <translation>Klärungsfrage hinzufügen</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>Reword clarification question</source>
        <translation>Klärungsfrage neu formulieren</translation>
    </message>
    <message>
        <source>Reword question</source>
        <translation>Frage neu formulieren</translation>
    </message>
    <message>
        <source>Stop asking a question</source>
        <translation>Frage nicht mehr stellen</translation>
    </message>
    <message>
        <source>Ask a question again</source>
        <translation>Frage wieder stellen</translation>
    </message>
    <message>
        <source>Reorder clarification questions</source>
        <translation>Klärungsfragen neu ordnen</translation>
    </message>
</context>
<context>
    <name>ChangeActions</name>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als e&amp;rledigt markieren</translation>
    </message>
    <message>
        <source>Approve change request “%1”</source>
        <translation>Änderungswunsch „%1“ genehmigen</translation>
    </message>
    <message>
        <source>Reject change request “%1”</source>
        <translation>Änderungswunsch „%1“ verwerfen</translation>
    </message>
    <message>
        <source>Mark change request “%1” done</source>
        <translation>Änderungswunsch „%1“ als erledigt markieren</translation>
    </message>
</context>
<context>
    <name>ChangeFields</name>
    <message>
        <source>automatic: %1 %2</source>
        <translation>automatisch: %1 %2</translation>
    </message>
    <message>
        <source>no rate agreed: type a cost</source>
        <translation>kein Satz vereinbart: Kosten eingeben</translation>
    </message>
    <message>
        <source>follows effort × rate</source>
        <translation>folgt Aufwand × Stundensatz</translation>
    </message>
    <message>
        <source>%1 (excluded)</source>
        <translation>%1 (ausgeschlossen)</translation>
    </message>
    <message>
        <source>– someone else (type the name below) –</source>
        <translation>– jemand anderes (Name unten eingeben) –</translation>
    </message>
    <message>
        <source>Bi&amp;llable to the client</source>
        <translation>Dem Kunden in &amp;Rechnung stellen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Requested &amp;by:</source>
        <translation>Gewünscht &amp;von:</translation>
    </message>
    <message>
        <source>e.g. call via reception</source>
        <translation>z. B. Anruf über die Zentrale</translation>
    </message>
    <message>
        <source>Or na&amp;me:</source>
        <translation>Oder &amp;Name:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>Abtei&amp;lung:</translation>
    </message>
    <message>
        <source>Re&amp;quested on:</source>
        <translation>Gewünscht a&amp;m:</translation>
    </message>
    <message>
        <source>– none –</source>
        <translation>– keine –</translation>
    </message>
    <message>
        <source>Touches &amp;service:</source>
        <translation>Betrifft Lei&amp;stung:</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>Auf&amp;wand:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Estimated o&amp;n:</source>
        <translation>&amp;Geschätzt am:</translation>
    </message>
    <message>
        <source>Client &amp;informed on:</source>
        <translation>Kunde &amp;informiert am:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Entschieden am:</translation>
    </message>
    <message>
        <source>D&amp;one on:</source>
        <translation>Erle&amp;digt am:</translation>
    </message>
    <message>
        <source>Note on t&amp;he decision:</source>
        <translation>Noti&amp;z zur Entscheidung:</translation>
    </message>
    <message>
        <source>New change request</source>
        <translation>Neuer Änderungswunsch</translation>
    </message>
    <message>
        <source>Edit change request</source>
        <translation>Änderungswunsch bearbeiten</translation>
    </message>
    <message>
        <source>Log change request “%1”</source>
        <translation>Änderungswunsch „%1“ erfassen</translation>
    </message>
    <message>
        <source>Edit change request “%1”</source>
        <translation>Änderungswunsch „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Remove change request “%1”</source>
        <translation>Änderungswunsch „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove the change request “%1”?</source>
        <translation>Den Änderungswunsch „%1“ entfernen?</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <source>No change requests yet. When the client asks for more, log it here (Ctrl+N): what it costs, and who carries it.</source>
        <translation>Noch keine Änderungswünsche. Wenn der Kunde mehr möchte, erfassen Sie es hier (Strg+N): was es kostet und wer es trägt.</translation>
    </message>
    <message>
        <source>&amp;Log change request…</source>
        <translation>Änderungswunsch &amp;erfassen…</translation>
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
        <source>&amp;Inform client…</source>
        <translation>Kunden &amp;informieren…</translation>
    </message>
    <message>
        <source>The cost of the changes not yet told, as an e-mail to the client</source>
        <translation>Die Kosten der noch nicht mitgeteilten Änderungen, als E-Mail an den Kunden</translation>
    </message>
</context>
<context>
    <name>ChangesTab</name>
    <message>
        <source>Show requests in these statuses (tick several with Space)</source>
        <translation>Wünsche in diesen Status zeigen (mehrere mit der Leertaste ankreuzen)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Log a change request (Ctrl+N)</source>
        <translation>Einen Änderungswunsch erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Bearbeit&amp;en…</translation>
    </message>
    <message>
        <source>Edit the selected change request (Enter or F2)</source>
        <translation>Den gewählten Änderungswunsch bearbeiten (Eingabe oder F2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected change request (Del)</source>
        <translation>Den gewählten Änderungswunsch entfernen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Inform client…</source>
        <translation>Kunden &amp;informieren…</translation>
    </message>
    <message>
        <source>The cost of the selected engagement&apos;s changes not yet told, as an e-mail</source>
        <translation>Die Kosten der noch nicht mitgeteilten Änderungen des gewählten Auftrags, als E-Mail</translation>
    </message>
    <message>
        <source>&amp;Open engagement</source>
        <translation>Auftrag ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Filter by title, who asked, engagement or client (Ctrl+F)</source>
        <translation>Nach Titel, Person, Auftrag oder Kunde filtern (Strg+F)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>All engagements</source>
        <translation>Alle Aufträge</translation>
    </message>
    <message>
        <source>Change requests: %1</source>
        <translation>Änderungswünsche: %1</translation>
    </message>
    <message>
        <source>No change request matches these filters.</source>
        <translation>Kein Änderungswunsch passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No change requests yet.
When a client asks for more than agreed, press Ctrl+N to log it.</source>
        <translation>Noch keine Änderungswünsche.
Wenn ein Kunde mehr als vereinbart möchte, erfassen Sie es mit Strg+N.</translation>
    </message>
    <message>
        <source>New change request</source>
        <translation>Neuer Änderungswunsch</translation>
    </message>
    <message>
        <source>For which engagement?</source>
        <translation>Für welchen Auftrag?</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>Check database</source>
        <translation>Datenbank prüfen</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Reparieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recounted %1 engagement(s), but the check still finds %2 problem(s).&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neu gezählte Aufträge: %1. Die Prüfung findet aber noch %2 Problem(e).&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recounted %1 engagement(s); the database is sound.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neu gezählte Aufträge: %1. Die Datenbank ist in Ordnung.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is sound.&lt;/b&gt;&lt;br&gt;SQLite&apos;s integrity check, the foreign keys and the schema found no problem.</source>
        <translation>&lt;b&gt;%1 ist in Ordnung.&lt;/b&gt;&lt;br&gt;Die Integritätsprüfung von SQLite, die Fremdschlüssel und das Schema zeigen kein Problem.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: some engagements show a wrong count of answered questions.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1: Bei einigen Aufträgen stimmt die Zahl der beantworteten Fragen nicht.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The count is kept beside the answers for the engagements list (“Clarified”) and no longer matches them; the answers themselves are intact.</source>
        <translation>Diese Zahl wird für die Auftragsliste („Geklärt“) neben den Antworten geführt und passt nicht mehr zu ihnen; die Antworten selbst sind unversehrt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: %2 problem(s) found.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1: %2 Problem(e) gefunden.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Repair counts them again and rebuilds the search index; nothing else is changed.</source>
        <translation>„Reparieren“ zählt sie neu und baut den Suchindex neu auf; sonst wird nichts verändert.</translation>
    </message>
    <message>
        <source>The database is no longer open in this window: open it again to repair it.</source>
        <translation>Die Datenbank ist in diesem Fenster nicht mehr geöffnet: Öffnen Sie sie erneut, um sie zu reparieren.</translation>
    </message>
    <message>
        <source>This window can only read the database; opened where it can be written, Repair counts them again.</source>
        <translation>Dieses Fenster kann die Datenbank nur lesen; dort geöffnet, wo sie beschreibbar ist, zählt „Reparieren“ sie neu.</translation>
    </message>
    <message>
        <source>Restore a backup (File ▸ Restore from backup…) or keep a copy of the file for support.</source>
        <translation>Stellen Sie eine Sicherung wieder her (Datei ▸ Aus Sicherung wiederherstellen…) oder bewahren Sie eine Kopie der Datei für den Support auf.</translation>
    </message>
    <message>
        <source>Give this report to whoever runs the server; they can restore a backup made with pg_dump.</source>
        <translation>Geben Sie diesen Bericht an die Person, die den Server betreut; sie kann eine mit pg_dump erstellte Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is sound.&lt;/b&gt;&lt;br&gt;The schema&apos;s revision, its tables with their foreign keys, and the counting of colleagues&apos; changes found no problem.</source>
        <translation>&lt;b&gt;%1 ist in Ordnung.&lt;/b&gt;&lt;br&gt;Die Revision des Schemas, seine Tabellen mit ihren Fremdschlüsseln und das Zählen der Änderungen von Kollegen zeigen kein Problem.</translation>
    </message>
</context>
<context>
    <name>ClarificationPage</name>
    <message>
        <source>%1 of %2 required questions answered (%3 %)</source>
        <translation>%1 von %2 Pflichtfragen beantwortet (%3 %)</translation>
    </message>
    <message>
        <source>(same text as on the Overview page)</source>
        <translation>(derselbe Text wie auf der Seite „Übersicht“)</translation>
    </message>
    <message>
        <source>(no longer asked)</source>
        <translation>(wird nicht mehr gestellt)</translation>
    </message>
    <message>
        <source>Answer clarification question</source>
        <translation>Klärungsfrage beantworten</translation>
    </message>
    <message>
        <source>Edit &amp;catalogue…</source>
        <translation>&amp;Katalog bearbeiten…</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* Pflichtfrage</translation>
    </message>
</context>
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
        <source>Remove %1 from this client&apos;s contacts?</source>
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
        <source>No engagements yet.</source>
        <translation>Noch keine Aufträge.</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <source>%1 · none recorded yet</source>
        <translation>%1 · noch keine erfasst</translation>
    </message>
    <message>
        <source>%1 · last today</source>
        <translation>%1 · zuletzt heute</translation>
    </message>
    <message>
        <source>%1 · last yesterday</source>
        <translation>%1 · zuletzt gestern</translation>
    </message>
    <message>
        <source>%1 · last %2 days ago</source>
        <translation>%1 · zuletzt vor %2 Tagen</translation>
    </message>
    <message>
        <source>follow up!</source>
        <translation>nachfassen!</translation>
    </message>
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
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Rückmeldung:</translation>
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
        <source>Engagements</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Show in Engagements tab</source>
        <translation>Auf der Registerkarte „Aufträge“ anzeigen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>H&amp;inzufügen…</translation>
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
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Personenbezogene Daten exportieren…</translation>
    </message>
    <message>
        <source>Erase contact…</source>
        <translation>Ansprechpartner löschen…</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
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
        <source>✓ followed up (due %1)</source>
        <translation>✓ nachgefasst (fällig %1)</translation>
    </message>
    <message>
        <source>⚑ follow up by %1 – overdue</source>
        <translation>⚑ nachfassen bis %1 – überfällig</translation>
    </message>
    <message>
        <source>⚑ follow up by %1</source>
        <translation>⚑ nachfassen bis %1</translation>
    </message>
    <message>
        <source>Follow-up &amp;open again</source>
        <translation>Nachfassen wieder &amp;offen</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>Nach&amp;fassen erledigt</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Ctrl+J records a contact.</source>
        <translation>Noch nichts erfasst. Strg+J erfasst einen Kontakt.</translation>
    </message>
    <message>
        <source>New journal en&amp;try…</source>
        <translation>Neuer Eintra&amp;g…</translation>
    </message>
    <message>
        <source>Record a contact (Ctrl+J)</source>
        <translation>Einen Kontakt erfassen (Strg+J)</translation>
    </message>
    <message>
        <source>Show in Journal tab</source>
        <translation>Im Journal zeigen</translation>
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
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
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
        <source>&amp;Language for the client:</source>
        <translation>&amp;Korrespondenzsprache:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>as the app is set</source>
        <translation>wie die Anwendung eingestellt ist</translation>
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
        <translation>Warnen, wenn von diesem Kunden seit mehr Tagen keine Rückmeldung kam.</translation>
    </message>
</context>
<context>
    <name>ClientFilter</name>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
</context>
<context>
    <name>ClientsTab</name>
    <message>
        <source>Feedback agreed every %1 days.</source>
        <translation>Rückmeldung alle %1 Tage vereinbart.</translation>
    </message>
    <message>
        <source>No feedback recorded yet.</source>
        <translation>Noch keine Rückmeldung erfasst.</translation>
    </message>
    <message>
        <source>Last feedback on %1 (a meeting, call, feedback or rating).</source>
        <translation>Letzte Rückmeldung am %1 (Besprechung, Telefonat, Rückmeldung oder Bewertung).</translation>
    </message>
    <message>
        <source>Filter by name, industry, tag or contact (Ctrl+F)</source>
        <translation>Nach Name, Branche, Schlagwort oder Kontakt filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation>Archivierte &amp;zeigen</translation>
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
        <source>E&amp;xport dossier…</source>
        <translation>Akte e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export this client&apos;s dossier as an Excel workbook (Ctrl+Shift+E)</source>
        <translation>Die Kundenakte als Excel-Arbeitsmappe exportieren (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Data &amp;protection</source>
        <translation>Datens&amp;chutz</translation>
    </message>
    <message>
        <source>Export or erase everything stored about the selected client</source>
        <translation>Alles, was über den ausgewählten Kunden gespeichert ist, exportieren oder löschen</translation>
    </message>
    <message>
        <source>Export &amp;personal data…</source>
        <translation>&amp;Personenbezogene Daten exportieren…</translation>
    </message>
    <message>
        <source>E&amp;rase client…</source>
        <translation>Kunden &amp;löschen…</translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation>Kunden: %1</translation>
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
        <source>Archived ones are hidden: tick “%1” to include them.</source>
        <translation>Archivierte sind ausgeblendet: Kreuzen Sie „%1“ an, um sie einzubeziehen.</translation>
    </message>
    <message>
        <source>No active clients. Archived clients are hidden: tick “%1” to see them,
or press Ctrl+N to create a client.</source>
        <translation>Keine aktiven Kunden. Archivierte Kunden sind ausgeblendet: Kreuzen Sie „%1“ an, um sie zu sehen,
oder legen Sie mit Strg+N einen Kunden an.</translation>
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
        <source>Reference</source>
        <translation>Auftragsnr.</translation>
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
        <source>Days since the last meeting, call, feedback or rating; red when that is longer than the feedback interval agreed with the client.</source>
        <translation>Tage seit der letzten Besprechung, dem letzten Telefonat, der letzten Rückmeldung oder Bewertung; rot, wenn das länger ist als der mit dem Kunden vereinbarte Rückmeldeintervall.</translation>
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
        <source>The day of the client&apos;s newest journal entry, of any kind.</source>
        <translation>Der Tag des neuesten Journaleintrags des Kunden, gleich welcher Art.</translation>
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
        <source>Added hours</source>
        <translation>Mehrstunden</translation>
    </message>
    <message>
        <source>Added cost</source>
        <translation>Mehrkosten</translation>
    </message>
    <message>
        <source>Share of budget</source>
        <translation>Budgetanteil</translation>
    </message>
    <message>
        <source>Scope creep</source>
        <translation>Leistungsausweitung</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Übergabereife</translation>
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
        <translation>Hauptkontakt</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Clarified</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <source>Agreed goals</source>
        <translation>Vereinbarte Ziele</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Self-sufficient from</source>
        <translation>Eigenständig ab</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gestellt</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>Wunsch</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Served by goal</source>
        <translation>Erfüllt durch Ziel</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieltermin</translation>
    </message>
    <message>
        <source>Success criterion</source>
        <translation>Erfolgskriterium</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Abgenommen von</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Im Leistungsumfang</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Erzwungen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Feedback interval (days)</source>
        <translation>Rückmelde-Intervall (Tage)</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Archiviert am</translation>
    </message>
    <message>
        <source>Open engagements</source>
        <translation>Offene Aufträge</translation>
    </message>
    <message>
        <source>Clarified (lowest)</source>
        <translation>Geklärt (Minimum)</translation>
    </message>
    <message>
        <source>Handover readiness (lowest)</source>
        <translation>Übergabe-Reife (Minimum)</translation>
    </message>
    <message>
        <source>Handover at risk</source>
        <translation>Übergabe gefährdet</translation>
    </message>
    <message>
        <source>Scope creep (highest)</source>
        <translation>Leistungs-Ausweitung (Maximum)</translation>
    </message>
    <message>
        <source>Scope warning</source>
        <translation>Umfangswarnung</translation>
    </message>
    <message>
        <source>Support hours used</source>
        <translation>Genutzte Support-Stunden</translation>
    </message>
    <message>
        <source>Support hours included</source>
        <translation>Enthaltene Support-Stunden</translation>
    </message>
    <message>
        <source>Days since feedback</source>
        <translation>Tage seit Rückmeldung</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Nächste Frist</translation>
    </message>
    <message>
        <source>Deadline for</source>
        <translation>Frist für</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Beantwortet am</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <source>Signed off on</source>
        <translation>Abgenommen am</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Gewünscht von</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Gewünscht am</translation>
    </message>
    <message>
        <source>Effort (hours)</source>
        <translation>Aufwand (Stunden)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>Client informed on</source>
        <translation>Kunde informiert am</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Cost not told</source>
        <translation>Kosten nicht mitgeteilt</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Außerhalb des Umfangs</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Estimated on</source>
        <translation>Geschätzt am</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Entscheidungsnotiz</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Erfolgskontrolle</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Renews automatically</source>
        <translation>Automatische Verlängerung</translation>
    </message>
    <message>
        <source>Notice (days)</source>
        <translation>Kündigungsfrist (Tage)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Included hours</source>
        <translation>Enthaltene Stunden</translation>
    </message>
    <message>
        <source>Used this period</source>
        <translation>Im Zeitraum genutzt</translation>
    </message>
    <message>
        <source>Hours beyond</source>
        <translation>Stunden darüber</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Laufzeit endet</translation>
    </message>
    <message>
        <source>Give notice by</source>
        <translation>Kündigen bis</translation>
    </message>
    <message>
        <source>End of first term</source>
        <translation>Ende der Erstlaufzeit</translation>
    </message>
    <message>
        <source>Response time (hours)</source>
        <translation>Reaktionszeit (Stunden)</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>Servicezeiten</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Updates and upgrades</source>
        <translation>Updates und Upgrades</translation>
    </message>
    <message>
        <source>Price per period</source>
        <translation>Preis pro Zeitraum</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>Supportvereinbarung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Zufriedenheit (1–5)</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Nachfassen am</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Nachgefasst</translation>
    </message>
    <message>
        <source>Named as</source>
        <translation>Genannt als</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Why at risk</source>
        <translation>Warum gefährdet</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>CompetencesPage</name>
    <message>
        <source>&amp;Competence:</source>
        <translation>&amp;Kompetenz:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau:</translation>
    </message>
    <message>
        <source>Edit competence</source>
        <translation>Kompetenz bearbeiten</translation>
    </message>
    <message>
        <source>New competence</source>
        <translation>Neue Kompetenz</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Gebraucht von</translation>
    </message>
    <message>
        <source>%1 engagements</source>
        <translation>%1 Aufträgen</translation>
    </message>
    <message>
        <source>No competences yet. Add what you can do, and how well.</source>
        <translation>Noch keine Kompetenzen. Tragen Sie ein, was Sie können und wie gut.</translation>
    </message>
    <message>
        <source>Add competence %1</source>
        <translation>Kompetenz %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit competence %1</source>
        <translation>Kompetenz %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove the competence “%1”?</source>
        <translation>Die Kompetenz „%1“ entfernen?</translation>
    </message>
    <message>
        <source>%1 engagements need it; there it will show as missing.</source>
        <translation>%1 Aufträge brauchen sie; dort erscheint sie dann als fehlend.</translation>
    </message>
    <message>
        <source>Remove competence</source>
        <translation>Kompetenz entfernen</translation>
    </message>
    <message>
        <source>Remove competence %1</source>
        <translation>Kompetenz %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Someone else changed this client since you opened it: %1.</source>
        <translation>Jemand anders hat diesen Kunden geändert, seit Sie ihn geöffnet haben: %1.</translation>
    </message>
    <message>
        <source>Someone else changed this contact since you opened it: %1.</source>
        <translation>Jemand anders hat diesen Ansprechpartner geändert, seit Sie ihn geöffnet haben: %1.</translation>
    </message>
    <message>
        <source>Someone else changed this engagement since you opened it: %1.</source>
        <translation>Jemand anders hat diesen Auftrag geändert, seit Sie ihn geöffnet haben: %1.</translation>
    </message>
    <message>
        <source>Someone else changed this since you opened it: %1.</source>
        <translation>Jemand anders hat das geändert, seit Sie es geöffnet haben: %1.</translation>
    </message>
    <message>
        <source>Someone else saved this since you opened it.</source>
        <translation>Jemand anders hat das gespeichert, seit Sie es geöffnet haben.</translation>
    </message>
    <message>
        <source>Your edits are still in the form; load their version to see theirs with your edits on top, then save again.</source>
        <translation>Ihre Eingaben stehen noch im Formular; laden Sie die andere Fassung, um sie mit Ihren Eingaben darüber zu sehen, und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>&amp;Load their version</source>
        <translation>Andere Fassung &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Keep my form as it is</source>
        <translation>Mein Formular &amp;behalten</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>&amp;Remember the password</source>
        <translation>Passwort &amp;merken</translation>
    </message>
    <message>
        <source>Looking for this computer&apos;s keyring…</source>
        <translation>Der Schlüsselbund dieses Computers wird gesucht…</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Datenban&amp;k:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Keeps the password in this computer&apos;s keyring, not in the settings</source>
        <translation>Bewahrt das Passwort im Schlüsselbund dieses Computers auf, nicht in den Einstellungen</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep passwords in (such as GNOME Keyring or KWallet), so the password is not remembered.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund für Passwörter (etwa GNOME Keyring oder KWallet), daher wird das Passwort nicht gemerkt.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address, such as db.example.com.</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers ein, etwa db.example.com.</translation>
    </message>
    <message>
        <source>Enter only the server&apos;s name or address, without user, database or slashes.</source>
        <translation>Geben Sie nur den Namen oder die Adresse des Servers ein, ohne Benutzer, Datenbank oder Schrägstriche.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Geben Sie den Namen der Datenbank auf dem Server ein.</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation>Geben Sie Ihren Benutzernamen auf dem Server ein.</translation>
    </message>
    <message>
        <source>The server refused this user name and password.</source>
        <translation>Der Server hat diesen Benutzernamen und dieses Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The server asks for a password: type it in above.</source>
        <translation>Der Server verlangt ein Passwort: Geben Sie es oben ein.</translation>
    </message>
    <message>
        <source>The server could not be reached or refused the connection: %1.</source>
        <translation>Der Server war nicht erreichbar oder hat die Verbindung abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
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
        <source>&amp;The client&apos;s main person</source>
        <translation>&amp;Wichtigste Person beim Kunden</translation>
    </message>
    <message>
        <source>Primary contact:</source>
        <translation>Hauptkontakt:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <source>primary contact</source>
        <translation>Hauptkontakt</translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Pick from the calendar (Alt+Down)</source>
        <translation>Im Kalender wählen (Alt+Pfeil nach unten)</translation>
    </message>
</context>
<context>
    <name>DaysOffEditor</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No days off entered: every weekday counts as working time.</source>
        <translation>Keine freien Tage eingetragen: Jeder Werktag zählt als Arbeitszeit.</translation>
    </message>
    <message>
        <source>Add days off</source>
        <translation>Freie Tage hinzufügen</translation>
    </message>
    <message>
        <source>Edit days off</source>
        <translation>Freie Tage bearbeiten</translation>
    </message>
    <message>
        <source>Remove the days off from %1 to %2?</source>
        <translation>Die freien Tage vom %1 bis %2 entfernen?</translation>
    </message>
    <message>
        <source>Remove days off</source>
        <translation>Freie Tage entfernen</translation>
    </message>
</context>
<context>
    <name>EngagementCommands</name>
    <message>
        <source>New engagement %1</source>
        <translation>Neuer Auftrag %1</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <source>Edit engagement %1</source>
        <translation>Auftrag %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EngagementEditor</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>Auftragsklärung</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Wünsche</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Leistungskatalog</translation>
    </message>
    <message>
        <source>Knowledge transfer</source>
        <translation>Wissenstransfer</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>EngagementFields</name>
    <message>
        <source>– choose a client –</source>
        <translation>– Kunden auswählen –</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>e.g. ERP selection 2027</source>
        <translation>z. B. ERP-Auswahl 2027</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>given on saving, e.g. 2026-014</source>
        <translation>wird beim Speichern vergeben, z. B. 2026-014</translation>
    </message>
    <message>
        <source>Refere&amp;nce:</source>
        <translation>Auftragsnumme&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Subject of the work:</source>
        <translation>&amp;Gegenstand der Arbeit:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Sense and &amp;benefit:</source>
        <translation>Sinn und &amp;Nutzen:</translation>
    </message>
    <message>
        <source>&amp;Approach (who does what):</source>
        <translation>&amp;Vorgehen (wer macht was):</translation>
    </message>
    <message>
        <source>Bi&amp;lling:</source>
        <translation>&amp;Abrechnung:</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>Hourly &amp;rate:</source>
        <translation>&amp;Stundensatz:</translation>
    </message>
    <message>
        <source>for the whole engagement</source>
        <translation>für den gesamten Auftrag</translation>
    </message>
    <message>
        <source>&amp;Fixed price:</source>
        <translation>&amp;Festpreis:</translation>
    </message>
    <message>
        <source>per hour of change work</source>
        <translation>pro Stunde Änderungsaufwand</translation>
    </message>
    <message>
        <source>Hourl&amp;y rate for changes:</source>
        <translation>Stun&amp;densatz für Änderungen:</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Budget &amp;hours:</source>
        <translation>St&amp;undenbudget:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Self-sufficient fr&amp;om:</source>
        <translation>Eigenständig a&amp;b:</translation>
    </message>
</context>
<context>
    <name>EngagementsTab</name>
    <message>
        <source>Show engagements in these statuses (tick several with Space)</source>
        <translation>Aufträge in diesen Status zeigen (mehrere mit der Leertaste ankreuzen)</translation>
    </message>
    <message>
        <source>Everything open</source>
        <translation>Alles Offene</translation>
    </message>
    <message>
        <source>&amp;New engagement…</source>
        <translation>&amp;Neuer Auftrag…</translation>
    </message>
    <message>
        <source>Record a new inquiry (Ctrl+N)</source>
        <translation>Eine neue Anfrage erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the selected engagement (Enter or F2)</source>
        <translation>Den ausgewählten Auftrag öffnen (Eingabe oder F2)</translation>
    </message>
    <message>
        <source>Filter by title or client (Ctrl+F)</source>
        <translation>Nach Titel oder Kunde filtern (Strg+F)</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Engagements: %1</source>
        <translation>Aufträge: %1</translation>
    </message>
    <message>
        <source>No engagement matches these filters.</source>
        <translation>Kein Auftrag entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>No engagements yet.
Press Ctrl+N to record the first inquiry.</source>
        <translation>Noch keine Aufträge.
Mit Strg+N erfassen Sie die erste Anfrage.</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Type “%1” to confirm:</source>
        <translation>Zur Bestätigung „%1“ eingeben:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Status workbook</source>
        <translation>Statusbericht</translation>
    </message>
    <message>
        <source>Client dossier</source>
        <translation>Kundenakte</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>What we agreed and did together: your details and contacts, the engagements with their clarification, wishes, goals and service catalogue, change requests, milestones and support. Our internal notes and our journal of contacts are not part of this dossier.</source>
        <translation>Was wir gemeinsam vereinbart und getan haben: Ihre Angaben und Ansprechpartner, die Aufträge mit Auftragsklärung, Wünschen, Zielen und Leistungskatalog, Änderungswünsche, Meilensteine und Support. Unsere internen Notizen und unser Kontaktjournal sind nicht Teil dieses Dossiers.</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Your consultant</source>
        <translation>Ihr Berater</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Open change requests</source>
        <translation>Offene Änderungswünsche</translation>
    </message>
    <message>
        <source>Support plans</source>
        <translation>Supportvereinbarungen</translation>
    </message>
    <message>
        <source>Client dossier as of</source>
        <translation>Kundenakte, Stand vom</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
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
        <source>VAT id</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>What working with me brings</source>
        <translation>Was die Zusammenarbeit mit mir bringt</translation>
    </message>
    <message>
        <source>What it takes</source>
        <translation>Was es dafür braucht</translation>
    </message>
    <message>
        <source>How I define success</source>
        <translation>Wie ich Erfolg definiere</translation>
    </message>
    <message>
        <source>Support hours used</source>
        <translation>Genutzte Supportstunden</translation>
    </message>
    <message>
        <source>Support hours included</source>
        <translation>Enthaltene Supportstunden</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>Auftragsklärung</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Wünsche</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Leistungskatalog</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Änderungswünsche</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Support entries</source>
        <translation>Supporteinträge</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>The file cannot be written. It may be open in Excel or another program, or the folder is read-only. Close it or choose another place.</source>
        <translation>Die Datei kann nicht geschrieben werden. Vielleicht ist sie in Excel oder einem anderen Programm geöffnet, oder der Ordner ist schreibgeschützt. Schließen Sie sie oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Export cancelled. An earlier file of that name is unchanged.</source>
        <translation>Export abgebrochen. Eine frühere Datei mit diesem Namen ist unverändert.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>This is the open database. An export never replaces it; choose another file name.</source>
        <translation>Das ist die geöffnete Datenbank. Ein Export ersetzt sie nie; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>This file is a database. An export never replaces a database; choose another file name.</source>
        <translation>Diese Datei ist eine Datenbank. Ein Export ersetzt nie eine Datenbank; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>A file of that name exists and is not an Excel workbook. Choose another file name.</source>
        <translation>Eine Datei dieses Namens gibt es schon, und sie ist keine Excel-Arbeitsmappe. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Status %1.xlsx</source>
        <translation>Statusbericht %1.xlsx</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Named in</source>
        <translation>Genannt in</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Exported on %1</source>
        <translation>Exportiert am %1</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export status workbook</source>
        <translation>Statusbericht exportieren</translation>
    </message>
    <message>
        <source>Writing the status workbook…</source>
        <translation>Statusbericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Dossier %1.xlsx</source>
        <translation>Kundenakte %1.xlsx</translation>
    </message>
    <message>
        <source>Writing the dossier of %1…</source>
        <translation>Kundenakte von %1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Export client dossier</source>
        <translation>Kundenakte exportieren</translation>
    </message>
    <message>
        <source>Personal data %1.xlsx</source>
        <translation>Personenbezogene Daten %1.xlsx</translation>
    </message>
    <message>
        <source>Writing the personal data of %1…</source>
        <translation>Personenbezogene Daten von %1 werden geschrieben…</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Personenbezogene Daten exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
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
        <source>The password could not be kept in the keyring: %1.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1.</translation>
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
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Backing up a server database needs PostgreSQL&apos;s pg_dump, which is not installed on this computer (Debian: postgresql-client). Whoever runs the server can back it up with pg_dump instead.</source>
        <translation>Um eine Datenbank auf dem Server zu sichern, braucht es pg_dump von PostgreSQL, das auf diesem Computer nicht installiert ist (Debian: postgresql-client). Wer den Server betreut, kann sie stattdessen mit pg_dump sichern.</translation>
    </message>
    <message>
        <source>Back up the server database</source>
        <translation>Datenbank auf dem Server sichern</translation>
    </message>
    <message>
        <source>PostgreSQL backup (*.dump)</source>
        <translation>PostgreSQL-Sicherung (*.dump)</translation>
    </message>
    <message>
        <source>Backup saved as %1</source>
        <translation>Sicherung gespeichert als %1</translation>
    </message>
    <message>
        <source>pg_dump could not back up the database: %1.</source>
        <translation>pg_dump konnte die Datenbank nicht sichern: %1.</translation>
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
    <name>GeneralPage</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>the Documents folder</source>
        <translation>der Ordner Dokumente</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>New clients: &amp;feedback every</source>
        <translation>Neue Kunden: &amp;Feedback alle</translation>
    </message>
    <message>
        <source>A client not heard from for longer is flagged on the Clients tab.</source>
        <translation>Ein Kunde, von dem Sie länger nichts gehört haben, wird auf dem Reiter Kunden markiert.</translation>
    </message>
    <message>
        <source>&amp;Export to:</source>
        <translation>&amp;Exportieren nach:</translation>
    </message>
    <message>
        <source>Where workbooks, dossiers and protocols are suggested to be saved.</source>
        <translation>Wohin Arbeitsmappen, Dossiers und Protokolle zum Speichern vorgeschlagen werden.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Diesen Ordner gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>GoalFields</name>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Success criterion:</source>
        <translation>&amp;Erfolgskriterium:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Messgröße:</translation>
    </message>
    <message>
        <source>Target &amp;value:</source>
        <translation>Ziel&amp;wert:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>Ziel&amp;termin:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation>&amp;Vereinbart am:</translation>
    </message>
    <message>
        <source>– nobody –</source>
        <translation>– niemand –</translation>
    </message>
    <message>
        <source>Signed off &amp;by:</source>
        <translation>&amp;Abgenommen von:</translation>
    </message>
    <message>
        <source>Signed o&amp;ff on:</source>
        <translation>Abgen&amp;ommen am:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Nachweis:</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Add goal “%1”</source>
        <translation>Ziel „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit goal “%1”</source>
        <translation>Ziel „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Remove goal “%1”</source>
        <translation>Ziel „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove the goal “%1”?</source>
        <translation>Das Ziel „%1“ entfernen?</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <source>No goals yet. Agree concrete goals with success criteria.</source>
        <translation>Noch keine Ziele. Vereinbaren Sie konkrete Ziele mit Erfolgskriterien.</translation>
    </message>
    <message>
        <source>&amp;Add goal…</source>
        <translation>Ziel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>noch 1 Tag</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>noch %1 Tage</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>no milestones yet</source>
        <translation>noch keine Meilensteine</translation>
    </message>
    <message>
        <source>1 milestone overdue</source>
        <translation>1 Meilenstein überfällig</translation>
    </message>
    <message>
        <source>%1 milestones overdue</source>
        <translation>%1 Meilensteine überfällig</translation>
    </message>
    <message>
        <source>1 milestone marked at risk</source>
        <translation>1 Meilenstein als gefährdet markiert</translation>
    </message>
    <message>
        <source>%1 milestones marked at risk</source>
        <translation>%1 Meilensteine als gefährdet markiert</translation>
    </message>
    <message>
        <source>readiness %1 with %2</source>
        <translation>Übergabereife %1 bei %2</translation>
    </message>
    <message>
        <source>readiness %1 on the day itself</source>
        <translation>Übergabereife %1 am Stichtag selbst</translation>
    </message>
    <message>
        <source>readiness %1, the date passed %2</source>
        <translation>Übergabereife %1, Stichtag war %2</translation>
    </message>
</context>
<context>
    <name>HandoverTab</name>
    <message>
        <source>Overdue (%1)</source>
        <translation>Überfällig (%1)</translation>
    </message>
    <message>
        <source>This week (%1)</source>
        <translation>Diese Woche (%1)</translation>
    </message>
    <message>
        <source>Next 30 days (%1)</source>
        <translation>Nächste 30 Tage (%1)</translation>
    </message>
    <message>
        <source>Later or not planned (%1)</source>
        <translation>Später oder ungeplant (%1)</translation>
    </message>
    <message>
        <source>Done (%1)</source>
        <translation>Erledigt (%1)</translation>
    </message>
    <message>
        <source>Handovers at risk (%1, the nearest %2 shown)</source>
        <translation>Gefährdete Übergaben (%1, die nächsten %2 angezeigt)</translation>
    </message>
    <message>
        <source>Handovers at risk (%1)</source>
        <translation>Gefährdete Übergaben (%1)</translation>
    </message>
    <message>
        <source>No handover is at risk.</source>
        <translation>Keine Übergabe ist gefährdet.</translation>
    </message>
    <message>
        <source>No milestone matches these filters.</source>
        <translation>Kein Meilenstein passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Nothing to review: no engagement that is accepted, active or in handover has knowledge-transfer milestones yet.
Plan them on the engagement&apos;s Knowledge transfer page.</source>
        <translation>Nichts zu prüfen: Kein angenommener, laufender oder in Übergabe befindlicher Auftrag hat bisher Meilensteine für den Wissenstransfer.
Planen Sie sie im Auftrag auf der Seite „Wissenstransfer“.</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>„%1“ als erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>The selected milestone is done today (Ctrl+D)</source>
        <translation>Der ausgewählte Meilenstein ist heute erledigt (Strg+D)</translation>
    </message>
    <message>
        <source>Verify &amp;&amp; &amp;sign off…</source>
        <translation>Prüfen und ab&amp;nehmen…</translation>
    </message>
    <message>
        <source>How the client showed it can do it alone, and who signed off (Ctrl+Shift+D)</source>
        <translation>Wie der Kunde gezeigt hat, dass er es allein kann, und wer abgenommen hat (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>&amp;Open engagement</source>
        <translation>Auftrag &amp;öffnen</translation>
    </message>
    <message>
        <source>The milestone&apos;s engagement, on its Knowledge transfer page (Enter or F2)</source>
        <translation>Den Auftrag des Meilensteins, auf der Seite „Wissenstransfer“ (Eingabe oder F2)</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>No status changes yet: the engagement is still an inquiry.</source>
        <translation>Noch keine Statusänderungen: Der Auftrag ist noch eine Anfrage.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>This file is not a spreadsheet (.xlsx, .xls, .ods) or CSV text.</source>
        <translation>Diese Datei ist keine Tabelle (.xlsx, .xls, .ods) und kein CSV-Text.</translation>
    </message>
    <message>
        <source>This file is too large or built to overwhelm a reader; it was not opened.</source>
        <translation>Diese Datei ist zu groß oder so gebaut, dass sie ein Leseprogramm überlastet; sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>This CSV file is not UTF-8 text. Save it as “CSV UTF-8” and try again.</source>
        <translation>Diese CSV-Datei ist kein UTF-8-Text. Speichern Sie sie als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sheet has no header row.</source>
        <translation>Das Tabellenblatt hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>The file has no sheet of that name.</source>
        <translation>Die Datei hat kein Tabellenblatt dieses Namens.</translation>
    </message>
    <message>
        <source>Some rows have errors. Correct the file or the mapping first.</source>
        <translation>Einige Zeilen sind fehlerhaft. Korrigieren Sie zuerst die Datei oder die Zuordnung.</translation>
    </message>
    <message>
        <source>The workbook changed since the preview (a name is taken now). Nothing was imported; please look at the preview again.</source>
        <translation>Die Datenbank hat sich seit der Vorschau geändert (ein Name ist inzwischen vergeben). Es wurde nichts importiert; bitte prüfen Sie die Vorschau erneut.</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>Kein Datum.</translation>
    </message>
    <message>
        <source>Not one of the known values.</source>
        <translation>Keiner der bekannten Werte.</translation>
    </message>
    <message>
        <source>No client of this name.</source>
        <translation>Kein Kunde mit diesem Namen.</translation>
    </message>
    <message>
        <source>Several archived clients have this name.</source>
        <translation>Mehrere archivierte Kunden tragen diesen Namen.</translation>
    </message>
    <message>
        <source>Differs from an earlier row of the same client.</source>
        <translation>Weicht von einer früheren Zeile desselben Kunden ab.</translation>
    </message>
    <message>
        <source>This client already has a contact of this name.</source>
        <translation>Dieser Kunde hat bereits einen Ansprechpartner mit diesem Namen.</translation>
    </message>
    <message>
        <source>This entry is already in the journal.</source>
        <translation>Dieser Eintrag steht bereits im Journal.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Clients (one contact per row allowed)</source>
        <translation>Kunden (ein Ansprechpartner pro Zeile möglich)</translation>
    </message>
    <message>
        <source>Contacts of clients</source>
        <translation>Ansprechpartner von Kunden</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Journaleinträge</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>&amp;Update clients that exist already</source>
        <translation>Vorhandene Kunden a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>A row naming a client of the workbook fills in the fields it has a value for and adds the contacts the client has not got.</source>
        <translation>Eine Zeile mit einem Kunden, den das Arbeitsbuch schon hat, füllt die Felder aus, für die sie einen Wert hat, und ergänzt die Ansprechpartner, die der Kunde noch nicht hat.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>Wird importiert in</translation>
    </message>
    <message>
        <source>Column &amp;mapping:</source>
        <translation>Spalten&amp;zuordnung:</translation>
    </message>
    <message>
        <source>To join columns, map them to the same field: street, postcode, city and country make one address, first and last name one name.</source>
        <translation>Um Spalten zusammenzufügen, ordnen Sie sie demselben Feld zu: Straße, PLZ, Ort und Land ergeben eine Adresse, Vor- und Nachname einen Namen.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>&amp;Enthält:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>– ignore –</source>
        <translation>– ignorieren –</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Zeilen werden geprüft…</translation>
    </message>
    <message>
        <source>1 row ready to import</source>
        <translation>1 Zeile bereit zum Import</translation>
    </message>
    <message>
        <source>%1 rows ready to import</source>
        <translation>%1 Zeilen bereit zum Import</translation>
    </message>
    <message>
        <source>%1, %2 with problems.</source>
        <translation>%1, %2 mit Problemen.</translation>
    </message>
    <message>
        <source>1 row repeats an earlier row and is imported once.</source>
        <translation>1 Zeile wiederholt eine frühere Zeile und wird nur einmal importiert.</translation>
    </message>
    <message>
        <source>%1 rows repeat an earlier row and are imported once.</source>
        <translation>%1 Zeilen wiederholen eine frühere Zeile und werden nur einmal importiert.</translation>
    </message>
    <message>
        <source>New: %1 · Update: %2 · Unchanged: %3.</source>
        <translation>Neu: %1 · Aktualisierung: %2 · Unverändert: %3.</translation>
    </message>
    <message>
        <source>The workbook holds all of it already.</source>
        <translation>Das Arbeitsbuch enthält bereits alles.</translation>
    </message>
    <message>
        <source>1 row names a client that exists already.</source>
        <translation>1 Zeile nennt einen Kunden, den es schon gibt.</translation>
    </message>
    <message>
        <source>%1 rows name clients that exist already.</source>
        <translation>%1 Zeilen nennen Kunden, die es schon gibt.</translation>
    </message>
    <message>
        <source>Tick “Update clients that exist already” to update them.</source>
        <translation>Kreuzen Sie „Vorhandene Kunden aktualisieren“ an, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Nothing is imported until every row is fine.</source>
        <translation>Importiert wird erst, wenn alle Zeilen in Ordnung sind.</translation>
    </message>
    <message>
        <source>same as line %1: imported once</source>
        <translation>wie Zeile %1: wird einmal importiert</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Imported %1. Ctrl+Z takes it back.</source>
        <translation>%1 importiert. Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Ansprechpartner</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Ansprechpartner</translation>
    </message>
    <message>
        <source>1 journal entry</source>
        <translation>1 Journaleintrag</translation>
    </message>
    <message>
        <source>%1 journal entries</source>
        <translation>%1 Journaleinträge</translation>
    </message>
    <message>
        <source>1 client updated</source>
        <translation>1 Kunde aktualisiert</translation>
    </message>
    <message>
        <source>%1 clients updated</source>
        <translation>%1 Kunden aktualisiert</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>JournalActions</name>
    <message>
        <source>New journal entry %1</source>
        <translation>Neuer Journaleintrag %1</translation>
    </message>
    <message>
        <source>Edit journal entry %1</source>
        <translation>Journaleintrag %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove journal entry</source>
        <translation>Journaleintrag entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from the journal of %2?</source>
        <translation>„%1“ aus dem Journal von %2 entfernen?</translation>
    </message>
    <message>
        <source>Remove journal entry %1</source>
        <translation>Journaleintrag %1 entfernen</translation>
    </message>
    <message>
        <source>This entry has no follow-up.</source>
        <translation>Dieser Eintrag hat kein Nachfassen.</translation>
    </message>
    <message>
        <source>Follow-up done: %1</source>
        <translation>Nachgefasst: %1</translation>
    </message>
    <message>
        <source>Follow-up open again: %1</source>
        <translation>Nachfassen wieder offen: %1</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>1 – very dissatisfied</source>
        <translation>1 – sehr unzufrieden</translation>
    </message>
    <message>
        <source>2 – dissatisfied</source>
        <translation>2 – unzufrieden</translation>
    </message>
    <message>
        <source>3 – neither</source>
        <translation>3 – teils, teils</translation>
    </message>
    <message>
        <source>4 – satisfied</source>
        <translation>4 – zufrieden</translation>
    </message>
    <message>
        <source>5 – very satisfied</source>
        <translation>5 – sehr zufrieden</translation>
    </message>
    <message>
        <source>– choose a client –</source>
        <translation>– Kunden auswählen –</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>En&amp;gagement:</source>
        <translation>&amp;Auftrag:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>What it was about, in a line</source>
        <translation>Worum es ging, in einer Zeile</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>De&amp;tails:</source>
        <translation>Detai&amp;ls:</translation>
    </message>
    <message>
        <source>– not rated –</source>
        <translation>– nicht bewertet –</translation>
    </message>
    <message>
        <source>S&amp;atisfaction:</source>
        <translation>Zu&amp;friedenheit:</translation>
    </message>
    <message>
        <source>Follow-&amp;up on:</source>
        <translation>&amp;Nachfassen am:</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;erledigt</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Nachfassen:</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>Neuer Journaleintrag</translation>
    </message>
    <message>
        <source>Edit journal entry</source>
        <translation>Journaleintrag bearbeiten</translation>
    </message>
    <message>
        <source>– the client in general –</source>
        <translation>– den Kunden allgemein –</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Neuer Eintrag…</translation>
    </message>
    <message>
        <source>Record a meeting, call, e-mail or feedback (Ctrl+N; Ctrl+J anywhere)</source>
        <translation>Eine Besprechung, ein Telefonat, eine E-Mail oder Rückmeldung erfassen (Strg+N; Strg+J überall)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Edit the selected entry (F2 or Enter)</source>
        <translation>Den ausgewählten Eintrag bearbeiten (F2 oder Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Remove the selected entry (Del)</source>
        <translation>Den ausgewählten Eintrag entfernen (Entf)</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>Nachfassen &amp;erledigt</translation>
    </message>
    <message>
        <source>Mark the selected entry&apos;s follow-up done, or open again (Ctrl+D)</source>
        <translation>Das Nachfassen des ausgewählten Eintrags als erledigt markieren oder wieder öffnen (Strg+D)</translation>
    </message>
    <message>
        <source>Filter by summary, details or client (Ctrl+F)</source>
        <translation>Nach Zusammenfassung, Details oder Kunde filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation>Arten:</translation>
    </message>
    <message>
        <source>Show only these kinds; none pressed shows every kind</source>
        <translation>Nur diese Arten zeigen; ist keine gedrückt, erscheinen alle</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Open follow-ups &amp;only</source>
        <translation>Nur &amp;offenes Nachfassen</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>No journal entry matches these filters.</source>
        <translation>Kein Journaleintrag passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>The journal is empty.
Press Ctrl+J anywhere to record a meeting, call or feedback.</source>
        <translation>Das Journal ist leer.
Mit Strg+J erfassen Sie überall eine Besprechung, ein Telefonat oder eine Rückmeldung.</translation>
    </message>
</context>
<context>
    <name>KnowledgeTransferPage</name>
    <message>
        <source>No self-sufficiency date agreed yet.</source>
        <translation>Noch kein Datum für die Eigenständigkeit vereinbart.</translation>
    </message>
    <message>
        <source>Self-sufficient from %1 – %2</source>
        <translation>Eigenständig ab %1 – %2</translation>
    </message>
    <message>
        <source>At risk: %1</source>
        <translation>Gefährdet: %1</translation>
    </message>
    <message>
        <source>Reorder milestones</source>
        <translation>Meilensteine umsortieren</translation>
    </message>
    <message>
        <source>Set the self-sufficiency date</source>
        <translation>Datum der Eigenständigkeit festlegen</translation>
    </message>
    <message>
        <source>Self-sufficient &amp;from:</source>
        <translation>Eigenständig a&amp;b:</translation>
    </message>
    <message>
        <source>Self-sufficiency date</source>
        <translation>Datum der Eigenständigkeit</translation>
    </message>
    <message>
        <source>Save handover protocol as PDF</source>
        <translation>Übergabeprotokoll als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Handover protocol saved as %1</source>
        <translation>Übergabeprotokoll gespeichert als %1</translation>
    </message>
    <message>
        <source>Readiness:</source>
        <translation>Übergabereife:</translation>
    </message>
    <message>
        <source>&amp;Print protocol…</source>
        <translation>Pro&amp;tokoll drucken…</translation>
    </message>
    <message>
        <source>Save protocol as PD&amp;F…</source>
        <translation>Protokoll als &amp;PDF…</translation>
    </message>
    <message>
        <source>The handover protocol to sign together, in the client&apos;s language</source>
        <translation>Das Übergabeprotokoll zum gemeinsamen Unterschreiben, in der Sprache des Kunden</translation>
    </message>
    <message>
        <source>Change &amp;date…</source>
        <translation>&amp;Datum ändern…</translation>
    </message>
    <message>
        <source>The day from which the client runs the processes without you</source>
        <translation>Der Tag, ab dem der Kunde die Prozesse ohne Sie betreibt</translation>
    </message>
    <message>
        <source>No milestones yet. Plan what the client must be able to do alone, and how it will show it.</source>
        <translation>Noch keine Meilensteine. Planen Sie, was der Kunde allein können muss – und wie er es zeigt.</translation>
    </message>
    <message>
        <source>&amp;Add milestone…</source>
        <translation>Meilenstein &amp;hinzufügen…</translation>
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
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Inquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Clarifying</source>
        <translation>In Klärung</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Stundensatz</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>Festpreis</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>Wunsch</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beides</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Gestrichen</translation>
    </message>
    <message>
        <source>Small change</source>
        <translation>Kleine Änderung</translation>
    </message>
    <message>
        <source>Outdated material</source>
        <translation>Veraltete Unterlagen</translation>
    </message>
    <message>
        <source>New stakeholder or department</source>
        <translation>Neue Beteiligte oder Abteilung</translation>
    </message>
    <message>
        <source>New requirement</source>
        <translation>Neue Anforderung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <source>Client informed</source>
        <translation>Kunde informiert</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Gemeinsames Arbeiten</translation>
    </message>
    <message>
        <source>Shadowing</source>
        <translation>Hospitation</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Durchsicht</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Abgenommen</translation>
    </message>
    <message>
        <source>Received the handover</source>
        <translation>Übergabe erhalten</translation>
    </message>
    <message>
        <source>Requested the change</source>
        <translation>Änderung gewünscht</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Clarification answers</source>
        <translation>Antworten der Auftragsklärung</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Wünsche</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Leistungskatalog</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Änderungswünsche</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Support plans</source>
        <translation>Supportvereinbarungen</translation>
    </message>
    <message>
        <source>Support entries</source>
        <translation>Supporteinträge</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Your practice</source>
        <translation>Ihre Praxis</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Experte</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <source>no start or end date</source>
        <translation>kein Start- oder Enddatum</translation>
    </message>
    <message>
        <source>no budget hours</source>
        <translation>keine Budgetstunden</translation>
    </message>
    <message>
        <source>its end date has passed</source>
        <translation>sein Enddatum ist vorbei</translation>
    </message>
    <message>
        <source>no working days in its period</source>
        <translation>keine Arbeitstage in seinem Zeitraum</translation>
    </message>
    <message>
        <source>Absorbed by you</source>
        <translation>Von Ihnen getragen</translation>
    </message>
    <message>
        <source>Caused by the client</source>
        <translation>Vom Kunden verursacht</translation>
    </message>
    <message>
        <source>No budget agreed</source>
        <translation>Kein Budget vereinbart</translation>
    </message>
    <message>
        <source>Cost not told</source>
        <translation>Nicht mitgeteilt</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Außerhalb des Umfangs</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>kein Logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Bilder (*.png *.svg)</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>Logo</translation>
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
        <source>Toda&amp;y</source>
        <translation>H&amp;eute</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>En&amp;gagements</source>
        <translation>Auf&amp;träge</translation>
    </message>
    <message>
        <source>Handover &amp;review</source>
        <translation>Übergabe&amp;prüfung</translation>
    </message>
    <message>
        <source>Change re&amp;quests</source>
        <translation>Änderungs&amp;wünsche</translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation>&amp;Support</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
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
        <source>The server could not be reached or refused the login: %1.</source>
        <translation>Der Server ist nicht erreichbar oder hat die Anmeldung abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The newest sound backup beside it:
%1 (saved %2)

Restore it? The damaged file is kept, renamed to end in .damaged-DATE.</source>
        <translation>Die neueste intakte Sicherung daneben:
%1 (gespeichert %2)

Soll sie wiederhergestellt werden? Die beschädigte Datei bleibt erhalten, umbenannt auf .damaged-DATUM am Ende.</translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>New &amp;journal entry…</source>
        <translation>Neuer &amp;Journaleintrag…</translation>
    </message>
    <message>
        <source>Opened %1 on the server; colleagues&apos; changes show as they save</source>
        <translation>%1 auf dem Server geöffnet; Änderungen von Kolleginnen und Kollegen erscheinen, sobald sie speichern</translation>
    </message>
    <message>
        <source>Opened %1 read-only: the file or its folder cannot be written</source>
        <translation>%1 schreibgeschützt geöffnet: Die Datei oder ihr Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>Restored %1 from the backup; its state before is in the backups folder</source>
        <translation>%1 aus der Sicherung wiederhergestellt; der vorige Stand liegt im Ordner „backups“</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>The database could not be shown: %1.</source>
        <translation>Die Datenbank kann nicht angezeigt werden: %1.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Updated with changes saved by a colleague or elsewhere</source>
        <translation>Aktualisiert mit Änderungen, die eine Kollegin, ein Kollege oder ein anderes Programm gespeichert hat</translation>
    </message>
    <message>
        <source>Updated with changes made by another program</source>
        <translation>Aktualisiert mit Änderungen aus einem anderen Programm</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
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
        <source>Connect to &amp;server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
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
        <source>Res&amp;tore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>Datenbank &amp;prüfen…</translation>
    </message>
    <message>
        <source>&amp;Export status workbook…</source>
        <translation>Statusbericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
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
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About Client Workbook</source>
        <translation>Ü&amp;ber Client Workbook</translation>
    </message>
</context>
<context>
    <name>MilestoneFields</name>
    <message>
        <source>– nobody –</source>
        <translation>– niemand –</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>&amp;Planned on:</source>
        <translation>&amp;Geplant für:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>E&amp;rledigt am:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>Ge&amp;wichtung:</translation>
    </message>
    <message>
        <source>&amp;Verification (how the client showed it):</source>
        <translation>Er&amp;folgskontrolle (wie der Kunde es gezeigt hat):</translation>
    </message>
    <message>
        <source>Signed off &amp;by:</source>
        <translation>A&amp;bgenommen von:</translation>
    </message>
    <message>
        <source>Signed o&amp;ff on:</source>
        <translation>Abge&amp;nommen am:</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Neuer Meilenstein</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Meilenstein bearbeiten</translation>
    </message>
    <message>
        <source>Add milestone “%1”</source>
        <translation>Meilenstein „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit milestone “%1”</source>
        <translation>Meilenstein „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Remove milestone “%1”</source>
        <translation>Meilenstein „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove the milestone “%1”?</source>
        <translation>Den Meilenstein „%1“ entfernen?</translation>
    </message>
</context>
<context>
    <name>NeedsPanel</name>
    <message>
        <source>not yours</source>
        <translation>nicht Ihre</translation>
    </message>
    <message>
        <source>Needs competence %1</source>
        <translation>Braucht Kompetenz %1</translation>
    </message>
    <message>
        <source>No longer needs %1</source>
        <translation>Braucht %1 nicht mehr</translation>
    </message>
    <message>
        <source>Needed competences:</source>
        <translation>Benötigte Kompetenzen:</translation>
    </message>
    <message>
        <source>none named yet</source>
        <translation>noch keine genannt</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>competence</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Del removes the selected competence</source>
        <translation>Entf entfernt die ausgewählte Kompetenz</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Changes in “%1” (%2): effort and cost</source>
        <translation>Änderungen im Auftrag „%1“ (%2): Aufwand und Kosten</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Guten Tag %1,</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Sehr geehrte Damen und Herren,</translation>
    </message>
    <message>
        <source>Thank you for your requests in our engagement “%1” (%2). So that you always know where you stand, here is what the following changes mean in effort and cost:</source>
        <translation>vielen Dank für Ihre Wünsche in unserem Auftrag „%1“ (%2). Damit Sie jederzeit wissen, woran Sie sind, hier Aufwand und Kosten der folgenden Änderungen:</translation>
    </message>
    <message>
        <source>%1 (requested on %2): %3</source>
        <translation>%1 (gewünscht am %2): %3</translation>
    </message>
    <message>
        <source>%1 – already approved</source>
        <translation>%1 – bereits genehmigt</translation>
    </message>
    <message>
        <source>%1 – already carried out</source>
        <translation>%1 – bereits umgesetzt</translation>
    </message>
    <message>
        <source>%1 – not charged to you</source>
        <translation>%1 – wird Ihnen nicht berechnet</translation>
    </message>
    <message>
        <source>Total of these changes: %1.</source>
        <translation>Summe dieser Änderungen: %1.</translation>
    </message>
    <message>
        <source>Total of these changes: %1, of which %2 are charged to you.</source>
        <translation>Summe dieser Änderungen: %1, davon werden Ihnen %2 berechnet.</translation>
    </message>
    <message>
        <source>All changes in this engagement so far, these included: %1.</source>
        <translation>Alle Änderungen in diesem Auftrag bisher, einschließlich dieser: %1.</translation>
    </message>
    <message>
        <source>As this engagement is billed by the hour, these costs arise from the changes, on top of the agreed scope of work.</source>
        <translation>Da dieser Auftrag nach Aufwand abgerechnet wird, entstehen diese Kosten durch die Änderungen, zusätzlich zum vereinbarten Leistungsumfang.</translation>
    </message>
    <message>
        <source>If you have any questions or would like to talk the changes over, just let me know.</source>
        <translation>Wenn Sie Fragen haben oder die Änderungen besprechen möchten, melden Sie sich gern.</translation>
    </message>
    <message>
        <source>Kind regards</source>
        <translation>Freundliche Grüße</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Inform client – %1 %2</source>
        <translation>Kunden informieren – %1 %2</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Write &amp;e-mail…</source>
        <translation>&amp;E-Mail schreiben…</translation>
    </message>
    <message>
        <source>&amp;Mark as told</source>
        <translation>Als &amp;mitgeteilt markieren</translation>
    </message>
    <message>
        <source>No e-mail address for the primary contact: the e-mail opens without a recipient.</source>
        <translation>Keine E-Mail-Adresse für den Hauptkontakt: Die E-Mail öffnet sich ohne Empfänger.</translation>
    </message>
    <message>
        <source>Nothing to tell: the client knows the cost of every estimated change.</source>
        <translation>Nichts mitzuteilen: Der Kunde kennt die Kosten jeder geschätzten Änderung.</translation>
    </message>
    <message>
        <source>Mark as told once the client has the notice: the changes listed get today as “client informed on”. Ctrl+Z takes it back.</source>
        <translation>Als mitgeteilt markieren, sobald der Kunde die Nachricht hat: Die aufgeführten Änderungen erhalten heute als „Kunde informiert am“. Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <source>The notice is on the clipboard.</source>
        <translation>Die Nachricht ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>No e-mail program could be opened. Copy the text instead.</source>
        <translation>Es konnte kein E-Mail-Programm geöffnet werden. Kopieren Sie stattdessen den Text.</translation>
    </message>
    <message>
        <source>Inform client of the cost of changes (%1)</source>
        <translation>Kunden über Kosten von Änderungen informieren (%1)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>The overview has changes that are not saved yet. Save them?</source>
        <translation>Die Übersicht hat Änderungen, die noch nicht gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save the overview (Ctrl+S)</source>
        <translation>Übersicht speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>PlanDetail</name>
    <message>
        <source>then renews every month</source>
        <translation>verlängert sich dann monatlich</translation>
    </message>
    <message>
        <source>then renews every quarter</source>
        <translation>verlängert sich dann quartalsweise</translation>
    </message>
    <message>
        <source>then renews every year</source>
        <translation>verlängert sich dann jährlich</translation>
    </message>
    <message>
        <source>today is the last day</source>
        <translation>heute ist der letzte Tag</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>noch 1 Tag</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>noch %1 Tage</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Beendet zum %1</translation>
    </message>
    <message>
        <source>Ran until %1; it does not renew.</source>
        <translation>Lief bis %1; sie verlängert sich nicht.</translation>
    </message>
    <message>
        <source>From %1 until notice is given</source>
        <translation>Ab %1 bis zur Kündigung</translation>
    </message>
    <message>
        <source>does not renew</source>
        <translation>verlängert sich nicht</translation>
    </message>
    <message>
        <source>Not needed: the plan ends by itself</source>
        <translation>Nicht nötig: die Vereinbarung endet von selbst</translation>
    </message>
    <message>
        <source>%1 days · this term&apos;s deadline (%2) has passed · next: %3</source>
        <translation>%1 Tage · der Kündigungstermin dieser Laufzeit (%2) ist verstrichen · nächster: %3</translation>
    </message>
    <message>
        <source>%1 days · give notice by %3</source>
        <translation>%1 Tage · kündigen bis %3</translation>
    </message>
    <message>
        <source>Hours count while the plan is active.</source>
        <translation>Stunden zählen, solange die Vereinbarung aktiv ist.</translation>
    </message>
    <message>
        <source>%1 used; no hours included</source>
        <translation>%1 genutzt; keine Stunden enthalten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 beyond</source>
        <translation>%1 darüber</translation>
    </message>
    <message>
        <source>response within %1 h</source>
        <translation>Reaktion binnen %1 Std.</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>%1 per quarter</source>
        <translation>%1 pro Quartal</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 pro Jahr</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Kündigung:</translation>
    </message>
    <message>
        <source>This period:</source>
        <translation>Dieser Zeitraum:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <source>Updates, upgrades:</source>
        <translation>Updates, Upgrades:</translation>
    </message>
    <message>
        <source>Support entries</source>
        <translation>Supporteinträge</translation>
    </message>
    <message>
        <source>No hours logged yet. Log the first below.</source>
        <translation>Noch keine Stunden erfasst. Erfassen Sie die ersten unten.</translation>
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
        <source>Select a plan to see its term, notice, hours and entries.</source>
        <translation>Wählen Sie eine Vereinbarung, um Laufzeit, Kündigung, Stunden und Einträge zu sehen.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>– choose a client –</source>
        <translation>– Kunden auswählen –</translation>
    </message>
    <message>
        <source>– none –</source>
        <translation>– keiner –</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>En&amp;gagement:</source>
        <translation>&amp;Auftrag:</translation>
    </message>
    <message>
        <source>e.g. Maintenance &amp; care</source>
        <translation>z. B. Wartung &amp; Pflege</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End of first term:</source>
        <translation>&amp;Ende der Erstlaufzeit:</translation>
    </message>
    <message>
        <source>Runs on period by period until notice is given</source>
        <translation>Läuft Zeitraum für Zeitraum weiter, bis gekündigt wird</translation>
    </message>
    <message>
        <source>&amp;Renews:</source>
        <translation>&amp;Verlängerung:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>N&amp;otice:</source>
        <translation>Kündigungs&amp;frist:</translation>
    </message>
    <message>
        <source>hours per period</source>
        <translation>Stunden pro Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Included hours:</source>
        <translation>Enthaltene Stun&amp;den:</translation>
    </message>
    <message>
        <source>per period</source>
        <translation>pro Zeitraum</translation>
    </message>
    <message>
        <source>Price per perio&amp;d:</source>
        <translation>&amp;Preis pro Zeitraum:</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Response ti&amp;me:</source>
        <translation>&amp;Reaktionszeit:</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 9:00–17:00</source>
        <translation>z. B. Mo–Fr 9:00–17:00</translation>
    </message>
    <message>
        <source>Service &amp;hours:</source>
        <translation>Servicezei&amp;ten:</translation>
    </message>
    <message>
        <source>e.g. e-mail, phone, remote session</source>
        <translation>z. B. E-Mail, Telefon, Fernwartung</translation>
    </message>
    <message>
        <source>Ch&amp;annels:</source>
        <translation>Kanä&amp;le:</translation>
    </message>
    <message>
        <source>&amp;Updates and upgrades:</source>
        <translation>&amp;Updates und Upgrades:</translation>
    </message>
    <message>
        <source>New support plan</source>
        <translation>Neue Supportvereinbarung</translation>
    </message>
    <message>
        <source>Edit support plan</source>
        <translation>Supportvereinbarung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
    <message>
        <source>End support plan %1</source>
        <translation>Supportvereinbarung %1 beenden</translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <source>Your practice</source>
        <translation>Ihre Praxis</translation>
    </message>
    <message>
        <source>Tell Client Workbook about your practice?</source>
        <translation>Client Workbook etwas über Ihre Praxis erzählen?</translation>
    </message>
    <message>
        <source>Your name and address go on the dossier, the cost notice and the handover protocol; your competences and hours a week show when you accept an engagement.</source>
        <translation>Ihr Name und Ihre Anschrift stehen dann auf dem Dossier, dem Kostenhinweis und dem Übergabeprotokoll; Ihre Kompetenzen und Wochenstunden sehen Sie, wenn Sie einen Auftrag annehmen.</translation>
    </message>
    <message>
        <source>Fill in now…</source>
        <translation>Jetzt ausfüllen…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>General, Warnings and Backups back to their defaults; your practice stays as it is</source>
        <translation>Allgemein, Warnungen und Sicherungen auf ihre Voreinstellungen zurück; Ihre Praxis bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>Your practice</source>
        <translation>Ihre Praxis</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Edit your practice</source>
        <translation>Ihre Praxis bearbeiten</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The file cannot be written. It may be open in another program, or the folder is read-only. Close it or choose another place.</source>
        <translation>Die Datei kann nicht geschrieben werden. Vielleicht ist sie in einem anderen Programm geöffnet, oder der Ordner ist schreibgeschützt. Schließen Sie sie oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Cancelled. An earlier file is unchanged.</source>
        <translation>Abgebrochen. Eine frühere Datei ist unverändert.</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Erase %1 and everything stored about it: contacts, engagements with their clarification, goals, scope, changes and milestones, support plans and the journal. This cannot be undone. Backups keep older copies until they rotate out.</source>
        <translation>%1 und alles, was dazu gespeichert ist, löschen: Ansprechpartner, Aufträge mit Auftragsklärung, Zielen, Leistungskatalog, Änderungswünschen und Meilensteinen, Supportvereinbarungen und das Journal. Das kann nicht rückgängig gemacht werden. Sicherungen behalten ältere Kopien, bis sie herausrotieren.</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>Erase %1? Where goals, milestones or change requests name this contact, it stays without name or details so their history holds; otherwise it is removed. This cannot be undone. Backups keep older copies until they rotate out.</source>
        <translation>%1 löschen? Wo Ziele, Meilensteine oder Änderungswünsche diesen Ansprechpartner nennen, bleibt er ohne Namen und Angaben erhalten, damit deren Verlauf stimmt; sonst wird er entfernt. Das kann nicht rückgängig gemacht werden. Sicherungen behalten ältere Kopien, bis sie herausrotieren.</translation>
    </message>
    <message>
        <source>Erase contact</source>
        <translation>Ansprechpartner löschen</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>%1 erased.</source>
        <translation>%1 gelöscht.</translation>
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
        <source>Another engagement already has this reference.</source>
        <translation>Ein anderer Auftrag hat bereits diese Auftragsnummer.</translation>
    </message>
    <message>
        <source>This day has not come yet. Enter the day it happened.</source>
        <translation>Dieser Tag liegt in der Zukunft. Bitte geben Sie den Tag an, an dem es war.</translation>
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
        <source>Please enter a number.</source>
        <translation>Bitte geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>Estimate the effort first: without an estimate there is nothing to tell the client or to approve.</source>
        <translation>Schätzen Sie zuerst den Aufwand: Ohne Schätzung gibt es nichts mitzuteilen oder zu genehmigen.</translation>
    </message>
    <message>
        <source>Only approved work can be done. Approve the request first.</source>
        <translation>Erledigt werden kann nur genehmigte Arbeit. Genehmigen Sie den Wunsch zuerst.</translation>
    </message>
    <message>
        <source>This day lies before the request came in.</source>
        <translation>Dieser Tag liegt vor dem Eingang des Wunsches.</translation>
    </message>
    <message>
        <source>This day lies before the decision.</source>
        <translation>Dieser Tag liegt vor der Entscheidung.</translation>
    </message>
    <message>
        <source>The status has not reached this step yet.</source>
        <translation>Der Status hat diesen Schritt noch nicht erreicht.</translation>
    </message>
    <message>
        <source>Please enter a number above 0.</source>
        <translation>Bitte geben Sie eine Zahl über 0 ein.</translation>
    </message>
    <message>
        <source>The end must lie after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>This is not a date. Type it like %1, or press Alt+Down for a calendar.</source>
        <translation>Das ist kein Datum. Geben Sie es wie %1 ein oder öffnen Sie mit Alt+Pfeil nach unten einen Kalender.</translation>
    </message>
    <message>
        <source>The end must not be before the start.</source>
        <translation>Das Ende darf nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <source>This name is already in your list.</source>
        <translation>Dieser Name steht schon in Ihrer Liste.</translation>
    </message>
    <message>
        <source>This file is too large (at most 512 KB).</source>
        <translation>Diese Datei ist zu groß (höchstens 512 KB).</translation>
    </message>
    <message>
        <source>Use a PNG or SVG image.</source>
        <translation>Verwenden Sie ein PNG- oder SVG-Bild.</translation>
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
        <source>The database needs an upgrade to this version, but it is read-only here. Copy it to a folder you can write to and open the copy.</source>
        <translation>Die Datenbank muss auf diese Version aktualisiert werden, ist hier aber schreibgeschützt. Kopieren Sie sie in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie die Kopie.</translation>
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
    <message>
        <source>The database has not been changed.</source>
        <translation>Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>No sound backup was found beside it.</source>
        <translation>Daneben wurde keine intakte Sicherung gefunden.</translation>
    </message>
    <message>
        <source>The database on the server holds no Client Workbook data.</source>
        <translation>Die Datenbank auf dem Server enthält keine Daten von Client Workbook.</translation>
    </message>
    <message>
        <source>The database on the server holds the tables of another application.</source>
        <translation>Die Datenbank auf dem Server enthält die Tabellen einer anderen Anwendung.</translation>
    </message>
    <message>
        <source>This was changed in the meantime – in another window, by a colleague or from the command line. Nothing was overwritten; you now see the current state.</source>
        <translation>Das wurde inzwischen geändert – in einem anderen Fenster, von einer Kollegin oder einem Kollegen oder über die Befehlszeile. Nichts wurde überschrieben; Sie sehen jetzt den aktuellen Stand.</translation>
    </message>
    <message>
        <source>This no longer exists; it was removed in the meantime.</source>
        <translation>Das gibt es nicht mehr; es wurde inzwischen entfernt.</translation>
    </message>
    <message>
        <source>This question has been answered since, so it stays. You can stop asking it instead.</source>
        <translation>Diese Frage wurde inzwischen beantwortet und bleibt deshalb. Sie können sie stattdessen nicht mehr stellen.</translation>
    </message>
    <message>
        <source>The workbook changed since the import was checked (a name is taken now, a client is gone or was edited). Nothing was imported.</source>
        <translation>Die Datenbank hat sich seit der Prüfung des Imports geändert (ein Name ist inzwischen vergeben, ein Kunde fehlt oder wurde bearbeitet). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The database is read-only: the file or its folder cannot be written.</source>
        <translation>Die Datenbank ist schreibgeschützt: Die Datei oder ihr Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Another program is writing to the database. Try again in a moment.</source>
        <translation>Ein anderes Programm schreibt gerade in die Datenbank. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The file could not be written (an input/output error).</source>
        <translation>Die Datei konnte nicht geschrieben werden (Ein-/Ausgabefehler).</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Anschrift:</translation>
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
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;VAT id:</source>
        <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Wäh&amp;rung:</translation>
    </message>
    <message>
        <source>Hourly &amp;rate:</source>
        <translation>Stunden&amp;satz:</translation>
    </message>
    <message>
        <source>What working with me &amp;brings:</source>
        <translation>Was die Zusammenarbeit mit mir &amp;bringt:</translation>
    </message>
    <message>
        <source>What it &amp;takes (both sides):</source>
        <translation>Was es dafür &amp;braucht (beide Seiten):</translation>
    </message>
    <message>
        <source>How I define &amp;success:</source>
        <translation>Wie ich Erf&amp;olg definiere:</translation>
    </message>
    <message>
        <source>Shown on the dossier&apos;s cover, as sender and signature of the cost notice and the handover protocol, and as the author of every exported document. Kept in the database, so the command line and colleagues use it too.</source>
        <translation>Erscheint auf dem Deckblatt des Dossiers, als Absender und Unterschrift des Kostenhinweises und des Übergabeprotokolls und als Autor jedes exportierten Dokuments. In der Datenbank gespeichert, damit die Kommandozeile und Kollegen es ebenso verwenden.</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>Handover protocol</source>
        <translation>Übergabeprotokoll</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Self-sufficient from</source>
        <translation>Eigenständig ab</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Übergabereife</translation>
    </message>
    <message>
        <source>Date of this protocol</source>
        <translation>Datum dieses Protokolls</translation>
    </message>
    <message>
        <source>Agreed goals</source>
        <translation>Vereinbarte Ziele</translation>
    </message>
    <message>
        <source>No goals were agreed.</source>
        <translation>Es wurden keine Ziele vereinbart.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Success criterion</source>
        <translation>Erfolgskriterium</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Knowledge transfer</source>
        <translation>Wissenstransfer</translation>
    </message>
    <message>
        <source>No milestones were planned.</source>
        <translation>Es wurden keine Meilensteine geplant.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Erfolgskontrolle</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Abgenommen</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Punkte</translation>
    </message>
    <message>
        <source>None: every milestone is verified and every goal settled.</source>
        <translation>Keine: Jeder Meilenstein ist geprüft und jedes Ziel abgeschlossen.</translation>
    </message>
    <message>
        <source>Goal not yet reached: %1</source>
        <translation>Ziel noch nicht erreicht: %1</translation>
    </message>
    <message>
        <source>done on %1, not yet verified and signed off</source>
        <translation>erledigt am %1, noch nicht geprüft und abgenommen</translation>
    </message>
    <message>
        <source>%1, planned for %2</source>
        <translation>%1, geplant für %2</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Eigenständigkeit</translation>
    </message>
    <message>
        <source>No self-sufficiency date is agreed yet.</source>
        <translation>Ein Datum für die Eigenständigkeit ist noch nicht vereinbart.</translation>
    </message>
    <message>
        <source>From %1, %2 runs the business processes named above on its own, without the consultant&apos;s assistance.</source>
        <translation>Ab dem %1 führt %2 die oben genannten Geschäftsprozesse selbstständig, ohne Unterstützung durch den Berater.</translation>
    </message>
    <message>
        <source>Support that follows</source>
        <translation>Anschließender Support</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Supportvereinbarung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Included hours per period</source>
        <translation>Enthaltene Stunden je Zeitraum</translation>
    </message>
    <message>
        <source>Response time (hours)</source>
        <translation>Reaktionszeit (Stunden)</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>Servicezeiten</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Place, date</source>
        <translation>Ort, Datum</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>For the client</source>
        <translation>Für den Kunden</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Accept anyway – I take responsibility and write why</source>
        <translation>Trotzdem annehmen – ich übernehme die Verantwortung und begründe es</translation>
    </message>
    <message>
        <source>&amp;Decline instead…</source>
        <translation>Stattdessen a&amp;blehnen…</translation>
    </message>
    <message>
        <source>Why do you accept anyway?</source>
        <translation>Warum nehmen Sie trotzdem an?</translation>
    </message>
    <message>
        <source>Answer the open points first, or tick “Accept anyway”.</source>
        <translation>Beantworten Sie zuerst die offenen Punkte oder setzen Sie das Häkchen bei „Trotzdem annehmen“.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einem Upgrade</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. Restoring one replaces the workbook; its current state is copied into the backups folder first, so nothing is lost.</source>
        <translation>Sicherungen von %1, die neueste zuerst. Eine Wiederherstellung ersetzt das Arbeitsbuch; sein aktueller Stand wird vorher in den Ordner „backups“ kopiert, es geht also nichts verloren.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>No backups yet. One is written when you close the workbook, and every 30 minutes while you work; File ▸ Back up now writes one at once.</source>
        <translation>Noch keine Sicherungen. Eine wird beim Schließen des Arbeitsbuchs geschrieben und alle 30 Minuten, während Sie arbeiten; Datei ▸ Jetzt sichern schreibt sofort eine.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace %1 with the backup taken %2?</source>
        <translation>%1 durch die Sicherung vom %2 ersetzen?</translation>
    </message>
    <message>
        <source>Changes made since then are not in it. The workbook as it is now is copied into the backups folder first; the undo history is cleared.</source>
        <translation>Spätere Änderungen sind darin nicht enthalten. Das Arbeitsbuch wird im jetzigen Stand vorher in den Ordner „backups“ kopiert; der Rückgängig-Verlauf wird geleert.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>SatisfactionSection</name>
    <message>
        <source>No satisfaction score from this client yet.</source>
        <translation>Von diesem Kunden gibt es noch keine Zufriedenheitsbewertung.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Satisfaction over time (average per month)</source>
        <translation>Zufriedenheit im Verlauf (Durchschnitt je Monat)</translation>
    </message>
</context>
<context>
    <name>ScopeCreep</name>
    <message>
        <source>Scope creep:</source>
        <translation>Leistungsausweitung:</translation>
    </message>
    <message>
        <source>The mark is the warning threshold of %1 %.</source>
        <translation>Die Markierung ist die Warnschwelle von %1 %.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>No budget agreed</source>
        <translation>Kein Budget vereinbart</translation>
    </message>
    <message>
        <source>%1 % of the %2 budget</source>
        <translation>%1 % des Budgets von %2</translation>
    </message>
    <message>
        <source>%1 % of the %2 in the service catalogue</source>
        <translation>%1 % der %2 im Leistungskatalog</translation>
    </message>
    <message>
        <source>%1 % of the fixed price of %2</source>
        <translation>%1 % des Festpreises von %2</translation>
    </message>
    <message>
        <source>%1 % of the catalogue price of %2</source>
        <translation>%1 % des Katalogpreises von %2</translation>
    </message>
    <message>
        <source>Approved and done changes add nothing so far.</source>
        <translation>Genehmigte und erledigte Änderungen fügen bisher nichts hinzu.</translation>
    </message>
    <message>
        <source>Approved and done changes add %1 · %2 – caused by the client.</source>
        <translation>Genehmigte und erledigte Änderungen: zusätzlich %1 · %2 – vom Kunden verursacht.</translation>
    </message>
    <message>
        <source>Approved and done changes add %1 · %2 – absorbed by you under the fixed price.</source>
        <translation>Genehmigte und erledigte Änderungen: zusätzlich %1 · %2 – tragen Sie im Festpreis selbst.</translation>
    </message>
    <message>
        <source>Estimated, not decided yet: %1.</source>
        <translation>Geschätzt, noch nicht entschieden: %1.</translation>
    </message>
    <message>
        <source>Above the warning threshold of %1 %.</source>
        <translation>Über der Warnschwelle von %1 %.</translation>
    </message>
    <message>
        <source>Approved work with cost the client has not been told about: %1.</source>
        <translation>Genehmigte Arbeit mit Kosten, die dem Kunden nicht mitgeteilt wurden: %1.</translation>
    </message>
</context>
<context>
    <name>ScopeFields</name>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Leistung:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Part of the agreed catalogue (unticked: explicitly excluded)</source>
        <translation>&amp;Teil des vereinbarten Katalogs (ohne Häkchen: ausdrücklich ausgeschlossen)</translation>
    </message>
    <message>
        <source>In scope:</source>
        <translation>Im Leistungsumfang:</translation>
    </message>
    <message>
        <source>Estimated &amp;hours:</source>
        <translation>&amp;Geschätzte Stunden:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Neue Leistung</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Leistung bearbeiten</translation>
    </message>
    <message>
        <source>Add service “%1”</source>
        <translation>Leistung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit service “%1”</source>
        <translation>Leistung „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Remove service “%1”</source>
        <translation>Leistung „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from the service catalogue?</source>
        <translation>„%1“ aus dem Leistungskatalog entfernen?</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>%1 h of %2 h budget</source>
        <translation>%1 h von %2 h Budget</translation>
    </message>
    <message>
        <source>%1 of %2 fixed price</source>
        <translation>%1 von %2 Festpreis</translation>
    </message>
    <message>
        <source>In scope: %1</source>
        <translation>Im Leistungsumfang: %1</translation>
    </message>
    <message>
        <source>The service catalogue is empty. List what you deliver – and what you explicitly do not.</source>
        <translation>Der Leistungskatalog ist leer. Führen Sie auf, was Sie liefern – und was ausdrücklich nicht.</translation>
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation>Leistung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Alles durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Clients, contacts, engagements, notes … – every word as the start of a word</source>
        <translation>Kunden, Ansprechpartner, Aufträge, Notizen … – jedes Wort als Wortanfang</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>… and %1 more: type more words</source>
        <translation>… und %1 weitere: weitere Wörter eingeben</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Subject of the work</source>
        <translation>Gegenstand der Arbeit</translation>
    </message>
    <message>
        <source>Goal, sense and benefit</source>
        <translation>Ziel, Sinn und Nutzen</translation>
    </message>
    <message>
        <source>How we get there together</source>
        <translation>Wie wir gemeinsam ans Ziel kommen</translation>
    </message>
    <message>
        <source>Wishes, latitude and limits</source>
        <translation>Wünsche, Spielräume und Grenzen</translation>
    </message>
    <message>
        <source>Value and consequences</source>
        <translation>Wert und Folgen</translation>
    </message>
    <message>
        <source>Quality, efficiency, security, reliability</source>
        <translation>Qualität, Effizienz, Sicherheit, Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Price and performance</source>
        <translation>Preis und Leistung</translation>
    </message>
    <message>
        <source>Working relationship</source>
        <translation>Zusammenarbeit</translation>
    </message>
    <message>
        <source>Support and after-sales</source>
        <translation>Support und Nachbetreuung</translation>
    </message>
    <message>
        <source>Success for both sides</source>
        <translation>Erfolg für beide Seiten</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>&amp;How did the client show it can do this alone?</source>
        <translation>&amp;Wie hat der Kunde gezeigt, dass er es allein kann?</translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation>– bitte wählen –</translation>
    </message>
    <message>
        <source>Signed off &amp;by:</source>
        <translation>A&amp;bgenommen von:</translation>
    </message>
    <message>
        <source>Signed off &amp;on:</source>
        <translation>Abgenommen &amp;am:</translation>
    </message>
    <message>
        <source>Verify and sign off “%1”</source>
        <translation>„%1“ prüfen und abnehmen</translation>
    </message>
    <message>
        <source>Verify and sign off: %1</source>
        <translation>Prüfen und abnehmen: %1</translation>
    </message>
</context>
<context>
    <name>StatusFilter</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>%1 statuses</source>
        <translation>%1 Status</translation>
    </message>
    <message>
        <source>Show all statuses</source>
        <translation>Alle Status zeigen</translation>
    </message>
</context>
<context>
    <name>SupportActions</name>
    <message>
        <source>New support plan %1</source>
        <translation>Neue Supportvereinbarung %1</translation>
    </message>
    <message>
        <source>Edit support plan %1</source>
        <translation>Supportvereinbarung %1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 has ended already.</source>
        <translation>%1 ist bereits beendet.</translation>
    </message>
    <message>
        <source>End support plan %1</source>
        <translation>Supportvereinbarung %1 beenden</translation>
    </message>
    <message>
        <source>Log %1 on %2</source>
        <translation>%1 auf %2 erfassen</translation>
    </message>
    <message>
        <source>Edit support entry of %1</source>
        <translation>Supporteintrag von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove support entry</source>
        <translation>Supporteintrag entfernen</translation>
    </message>
    <message>
        <source>Remove the entry of %1 from %2?</source>
        <translation>Den Eintrag über %1 aus %2 entfernen?</translation>
    </message>
    <message>
        <source>Remove support entry of %1</source>
        <translation>Supporteintrag von %1 entfernen</translation>
    </message>
</context>
<context>
    <name>SupportEntry</name>
    <message>
        <source>Da&amp;te:</source>
        <translation>Datu&amp;m:</translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation>St&amp;unden:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>e.g. 1.5</source>
        <translation>z. B. 1,5</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>Edit support entry</source>
        <translation>Supporteintrag bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Log hours</source>
        <translation>Stunden er&amp;fassen</translation>
    </message>
    <message>
        <source>Log these hours on the plan (Enter)</source>
        <translation>Diese Stunden auf die Vereinbarung buchen (Eingabe)</translation>
    </message>
    <message>
        <source>Ctrl+L brings you here</source>
        <translation>Strg+L führt hierher</translation>
    </message>
</context>
<context>
    <name>SupportTab</name>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Neue Vereinbarung…</translation>
    </message>
    <message>
        <source>Agree a new support plan (Ctrl+N)</source>
        <translation>Eine neue Supportvereinbarung treffen (Strg+N)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Edit the selected plan (F2 or Enter)</source>
        <translation>Die ausgewählte Vereinbarung bearbeiten (F2 oder Eingabe)</translation>
    </message>
    <message>
        <source>En&amp;d plan…</source>
        <translation>Be&amp;enden…</translation>
    </message>
    <message>
        <source>End the selected plan on a day you choose (Del)</source>
        <translation>Die ausgewählte Vereinbarung zu einem Tag Ihrer Wahl beenden (Entf)</translation>
    </message>
    <message>
        <source>Log hours</source>
        <translation>Stunden erfassen</translation>
    </message>
    <message>
        <source>Filter by plan or client (Ctrl+F)</source>
        <translation>Nach Vereinbarung oder Kunde filtern (Strg+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Support plans: %1</source>
        <translation>Supportvereinbarungen: %1</translation>
    </message>
    <message>
        <source>No support plan matches these filters.</source>
        <translation>Keine Supportvereinbarung passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No support plans yet.
After a handover, press Ctrl+N to agree the first one.</source>
        <translation>Noch keine Supportvereinbarungen.
Nach einer Übergabe treffen Sie mit Strg+N die erste.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fälliges Nachfassen</translation>
    </message>
    <message>
        <source>Knowledge transfer late or due within 7 days</source>
        <translation>Wissenstransfer überfällig oder in den nächsten 7 Tagen fällig</translation>
    </message>
    <message>
        <source>Handovers at risk</source>
        <translation>Gefährdete Übergaben</translation>
    </message>
    <message>
        <source>Support notice deadlines</source>
        <translation>Kündigungstermine von Supportvereinbarungen</translation>
    </message>
    <message>
        <source>Support plans over their hours</source>
        <translation>Supportvereinbarungen über ihren Stunden</translation>
    </message>
    <message>
        <source>Scope creep over the threshold</source>
        <translation>Leistungsausweitung über der Schwelle</translation>
    </message>
    <message>
        <source>Change costs the client was not told</source>
        <translation>Änderungskosten, die der Kunde nicht kennt</translation>
    </message>
    <message>
        <source>Clients waiting for feedback</source>
        <translation>Kunden ohne Rückmeldung</translation>
    </message>
    <message>
        <source>Inquiries not fully clarified</source>
        <translation>Nicht vollständig geklärte Anfragen</translation>
    </message>
    <message>
        <source>Goals past their target date</source>
        <translation>Ziele nach ihrem Zieldatum</translation>
    </message>
    <message>
        <source>No follow-up is due.</source>
        <translation>Kein Nachfassen ist fällig.</translation>
    </message>
    <message>
        <source>No milestone is due within 7 days.</source>
        <translation>Kein Meilenstein ist in den nächsten 7 Tagen fällig.</translation>
    </message>
    <message>
        <source>No handover is at risk.</source>
        <translation>Keine Übergabe ist gefährdet.</translation>
    </message>
    <message>
        <source>No notice deadline is near.</source>
        <translation>Kein Kündigungstermin steht bevor.</translation>
    </message>
    <message>
        <source>No plan is over its included hours.</source>
        <translation>Keine Vereinbarung liegt über ihren enthaltenen Stunden.</translation>
    </message>
    <message>
        <source>No engagement is over the threshold.</source>
        <translation>Kein Auftrag liegt über der Schwelle.</translation>
    </message>
    <message>
        <source>The client knows every cost.</source>
        <translation>Der Kunde kennt alle Kosten.</translation>
    </message>
    <message>
        <source>Every client was heard from in time.</source>
        <translation>Von jedem Kunden kam rechtzeitig eine Rückmeldung.</translation>
    </message>
    <message>
        <source>No inquiry is waiting for answers.</source>
        <translation>Keine Anfrage wartet auf Antworten.</translation>
    </message>
    <message>
        <source>No open goal is past its date.</source>
        <translation>Kein offenes Ziel hat sein Datum überschritten.</translation>
    </message>
    <message>
        <source>readiness %1 %</source>
        <translation>Übergabereife %1 %</translation>
    </message>
    <message>
        <source>%1 h over the included hours</source>
        <translation>%1 Std. über den enthaltenen Stunden</translation>
    </message>
    <message>
        <source>%1 % scope creep</source>
        <translation>%1 % Leistungsausweitung</translation>
    </message>
    <message>
        <source>%1 not told</source>
        <translation>%1 nicht mitgeteilt</translation>
    </message>
    <message>
        <source>%1 days without feedback</source>
        <translation>%1 Tage ohne Rückmeldung</translation>
    </message>
    <message>
        <source>%1 % clarified</source>
        <translation>%1 % geklärt</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Nachfassen: %1</translation>
    </message>
    <message>
        <source>Knowledge transfer: %1</source>
        <translation>Wissenstransfer: %1</translation>
    </message>
    <message>
        <source>Goal due: %1</source>
        <translation>Ziel fällig: %1</translation>
    </message>
    <message>
        <source>Client carries on alone: %1</source>
        <translation>Kunde macht allein weiter: %1</translation>
    </message>
    <message>
        <source>Last day to give notice: %1</source>
        <translation>Letzter Tag für die Kündigung: %1</translation>
    </message>
    <message>
        <source>%1, first %2 shown</source>
        <translation>%1, die ersten %2 angezeigt</translation>
    </message>
    <message>
        <source>waiting 1 day</source>
        <translation>wartet seit 1 Tag</translation>
    </message>
    <message>
        <source>waiting %1 days</source>
        <translation>wartet seit %1 Tagen</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>in 1 Tag</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
</context>
<context>
    <name>TodayCharts</name>
    <message>
        <source>The charts could not be read: %1</source>
        <translation>Die Diagramme konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Satisfaction over time, all clients (average per month)</source>
        <translation>Zufriedenheit im Verlauf, alle Kunden (Durchschnitt je Monat)</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Zufriedenheit (1–5)</translation>
    </message>
    <message>
        <source>No satisfaction scores in the journal yet.</source>
        <translation>Im Journal gibt es noch keine Zufriedenheitsbewertungen.</translation>
    </message>
    <message>
        <source>Readiness in delivery, lowest first (red below %1 %)</source>
        <translation>Übergabereife, niedrigste zuerst (rot unter %1 %)</translation>
    </message>
    <message>
        <source>Readiness (%)</source>
        <translation>Übergabereife (%)</translation>
    </message>
    <message>
        <source>No engagement in delivery has knowledge-transfer milestones yet.</source>
        <translation>Noch kein laufender Auftrag hat Meilensteine für den Wissenstransfer.</translation>
    </message>
    <message>
        <source>Scope creep in delivery, highest first (red above %1 %)</source>
        <translation>Leistungsausweitung, höchste zuerst (rot über %1 %)</translation>
    </message>
    <message>
        <source>Scope creep (%)</source>
        <translation>Leistungsausweitung (%)</translation>
    </message>
    <message>
        <source>No engagement in delivery has an agreed budget yet.</source>
        <translation>Noch kein laufender Auftrag hat ein vereinbartes Budget.</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Übergabereife</translation>
    </message>
    <message>
        <source>Scope creep</source>
        <translation>Leistungsausweitung</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>The list for today could not be read: %1</source>
        <translation>Die Liste für heute konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Follow-up done: %1</source>
        <translation>Nachgefasst: %1</translation>
    </message>
    <message>
        <source>Follow-up a week later: %1</source>
        <translation>Nachfassen eine Woche später: %1</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected item where it is edited (Enter or F2)</source>
        <translation>Den ausgewählten Eintrag dort öffnen, wo er bearbeitet wird (Eingabe oder F2)</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>Nachfassen &amp;erledigt</translation>
    </message>
    <message>
        <source>The selected follow-up is done (Ctrl+D)</source>
        <translation>Das ausgewählte Nachfassen ist erledigt (Strg+D)</translation>
    </message>
    <message>
        <source>A &amp;week later</source>
        <translation>Eine &amp;Woche später</translation>
    </message>
    <message>
        <source>Remind of the selected follow-up again in a week (Ctrl+L)</source>
        <translation>In einer Woche erneut an das ausgewählte Nachfassen erinnern (Strg+L)</translation>
    </message>
</context>
<context>
    <name>Transitions</name>
    <message>
        <source>This step is not possible from the current status.</source>
        <translation>Dieser Schritt ist im aktuellen Status nicht möglich.</translation>
    </message>
    <message>
        <source>Not every required clarification question is answered.</source>
        <translation>Noch sind nicht alle Pflichtfragen der Auftragsklärung beantwortet.</translation>
    </message>
    <message>
        <source>No goal has been agreed yet.</source>
        <translation>Es wurde noch kein Ziel vereinbart.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Bitte geben Sie eine Begründung an.</translation>
    </message>
    <message>
        <source>No hourly rate or fixed price is set yet (Overview page).</source>
        <translation>Noch kein Stundensatz und kein Festpreis festgelegt (Seite „Übersicht“).</translation>
    </message>
    <message>
        <source>Start clarifying</source>
        <translation>Klärung beginnen</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Annehmen…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Arbeit beginnen</translation>
    </message>
    <message>
        <source>Start handover</source>
        <translation>Übergabe beginnen</translation>
    </message>
    <message>
        <source>Move to support</source>
        <translation>In den Support überführen</translation>
    </message>
    <message>
        <source>Close engagement</source>
        <translation>Auftrag abschließen</translation>
    </message>
    <message>
        <source>(%1 of %2 answered)</source>
        <translation>(%1 von %2 beantwortet)</translation>
    </message>
    <message>
        <source>Outside my competences: %1</source>
        <translation>Außerhalb meiner Kompetenzen: %1</translation>
    </message>
    <message>
        <source>Why do you decline? (e.g. outside my expertise)</source>
        <translation>Warum lehnen Sie ab? (z. B. außerhalb meiner Kompetenzen)</translation>
    </message>
    <message>
        <source>Note for the history (optional):</source>
        <translation>Notiz für den Verlauf (optional):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Scope creep above:</source>
        <translation>&amp;Leistungsausweitung über:</translation>
    </message>
    <message>
        <source>Warn when approved change requests add more than this share of the agreed budget.</source>
        <translation>Warnen, wenn genehmigte Änderungswünsche mehr als diesen Anteil am vereinbarten Budget ausmachen.</translation>
    </message>
    <message>
        <source>Handover near &amp;within:</source>
        <translation>Übergabe nah &amp;innerhalb von:</translation>
    </message>
    <message>
        <source>&amp;Minimum readiness:</source>
        <translation>&amp;Mindest-Übergabereife:</translation>
    </message>
    <message>
        <source>A handover is at risk when the self-sufficiency date is this close and readiness is below the minimum – or when a milestone is overdue or marked at risk.</source>
        <translation>Eine Übergabe ist gefährdet, wenn das Datum der Eigenständigkeit so nah ist und die Übergabereife unter dem Minimum liegt – oder wenn ein Meilenstein überfällig oder als gefährdet markiert ist.</translation>
    </message>
    <message>
        <source>Support &amp;notice warning:</source>
        <translation>&amp;Kündigungswarnung für Support:</translation>
    </message>
    <message>
        <source>A support plan that renews by itself unless notice is given shows its notice deadline in amber from this many days ahead.</source>
        <translation>Eine Supportvereinbarung, die sich ohne Kündigung von selbst verlängert, hebt ihren Kündigungstermin so viele Tage vorher orange hervor.</translation>
    </message>
</context>
<context>
    <name>WishFields</name>
    <message>
        <source>&amp;Wish:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>– no goal yet –</source>
        <translation>– noch kein Ziel –</translation>
    </message>
    <message>
        <source>Served by &amp;goal:</source>
        <translation>Erfüllt durch &amp;Ziel:</translation>
    </message>
    <message>
        <source>New wish</source>
        <translation>Neuer Wunsch</translation>
    </message>
    <message>
        <source>Edit wish</source>
        <translation>Wunsch bearbeiten</translation>
    </message>
    <message>
        <source>Add wish “%1”</source>
        <translation>Wunsch „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit wish “%1”</source>
        <translation>Wunsch „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Remove wish “%1”</source>
        <translation>Wunsch „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove the wish “%1”?</source>
        <translation>Den Wunsch „%1“ entfernen?</translation>
    </message>
</context>
<context>
    <name>WishesPage</name>
    <message>
        <source>What the client wants</source>
        <translation>Was der Kunde wünscht</translation>
    </message>
    <message>
        <source>No wishes yet. What does the client ask for?</source>
        <translation>Noch keine Wünsche. Worum bittet der Kunde?</translation>
    </message>
    <message>
        <source>Add &amp;want…</source>
        <translation>&amp;Wunsch hinzufügen…</translation>
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
        <source>What the client needs</source>
        <translation>Was der Kunde braucht</translation>
    </message>
    <message>
        <source>No needs yet. What does the client really need to reach the goal?</source>
        <translation>Noch kein Bedarf erfasst. Was braucht der Kunde wirklich, um das Ziel zu erreichen?</translation>
    </message>
    <message>
        <source>Add &amp;need…</source>
        <translation>&amp;Bedarf hinzufügen…</translation>
    </message>
</context>
</TS>
