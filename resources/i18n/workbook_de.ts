<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Clarification catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add question…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reword…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Ask / stop asking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question (&amp;English):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question (&amp;German):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needed before accepting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Required:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add clarification question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reword clarification question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reword question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop asking a question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask a question again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reorder clarification questions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClarificationPage</name>
    <message>
        <source>%1 of %2 required questions answered (%3 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no longer asked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer clarification question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit &amp;catalogue…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished" />
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
        <source>No engagements yet.</source>
        <translation type="unfinished" />
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
        <source>Engagements</source>
        <translation type="unfinished">Aufträge</translation>
    </message>
    <message>
        <source>Show in Engagements tab</source>
        <translation type="unfinished" />
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
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clarified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreed goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-sufficient from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Served by goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Success criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed off by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback interval (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open engagements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clarified (lowest)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handover readiness (lowest)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handover at risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope creep (highest)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support hours used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support hours included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days since feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Want or need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed off on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effort (hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client informed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost not told</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renews automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notice (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notice deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Included hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used this period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response time (hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updates and upgrades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price per period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished" />
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
    <name>EngagementActions</name>
    <message>
        <source>New engagement %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit engagement %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EngagementEditor</name>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clarification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Wishes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Service catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EngagementFields</name>
    <message>
        <source>– choose a client –</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. ERP selection 2027</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Subject of the work:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sense and &amp;benefit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Approach (who does what):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bi&amp;lling:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hourly &amp;rate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fixed price:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget &amp;hours:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client runs it &amp;alone from:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EngagementsTab</name>
    <message>
        <source>&amp;New engagement…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a new inquiry (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished">Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the selected engagement (Enter or F2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished">Suchen</translation>
    </message>
    <message>
        <source>Filter by title or client (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No engagement matches these filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No engagements yet.
Press Ctrl+N to record the first inquiry.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Status workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Ansprechpartner</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation type="unfinished">Aufträge</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open change requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client dossier as of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished">Branche</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Schlagwörter</translation>
    </message>
    <message>
        <source>Last feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days since feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support hours used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support hours included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clarification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wishes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GoalFields</name>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Success criterion:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target &amp;value:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>– nobody –</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed off &amp;by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed o&amp;ff on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add goal “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit goal “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove goal “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the goal “%1”?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No goals yet. Agree concrete goals with success criteria.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add goal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>No status changes yet: the engagement is still an inquiry.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clarifying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hourly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixed price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wants and needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Small change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outdated material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New stakeholder or department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New requirement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client informed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shadowing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
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
        <source>En&amp;gagements</source>
        <translation type="unfinished" />
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
    <name>OverviewPage</name>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the overview (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished" />
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
        <source>Please enter a number.</source>
        <translation type="unfinished" />
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
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Accept anyway – I take responsibility and write why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer the open points first, or tick “Accept anyway”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScopeFields</name>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Part of the agreed catalogue (unticked: explicitly excluded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In scope:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated &amp;hours:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add service “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit service “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove service “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove “%1” from the service catalogue?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>%1 h of %2 h budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 fixed price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In scope: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service catalogue is empty. List what you deliver – and what you explicitly do not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Subject of the work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goal, sense and benefit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How we get there together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wishes, latitude and limits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value and consequences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quality, efficiency, security, reliability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price and performance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support and after-sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Success for both sides</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Transitions</name>
    <message>
        <source>This step is not possible from the current status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not every required clarification question is answered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No goal has been agreed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start clarifying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decline…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start handover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note for the history (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why do you decline? (e.g. outside my competences)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WishFields</name>
    <message>
        <source>&amp;Wish:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>– no goal yet –</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Served by &amp;goal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New wish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit wish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add wish “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit wish “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove wish “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the wish “%1”?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WishesPage</name>
    <message>
        <source>What the client wants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No wishes yet. What does the client ask for?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;want…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
    </message>
    <message>
        <source>What the client needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No needs yet. What does the client really need to reach the goal?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;need…</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>