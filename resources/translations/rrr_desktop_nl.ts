<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Over {app}</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>Logo van {app}</translation>
    </message>
    <message>
        <source>Keeps your city&apos;s social and solidarity economy profile and shows what the peer cities of the RRR network offer and want to learn. Works offline; your data stays on this computer.</source>
        <translation>Bewaart het profiel van je stad op het gebied van sociale en solidaire economie en laat zien wat de partnersteden in het RRR-netwerk aanbieden en willen leren. Werkt offline; je gegevens blijven op deze computer.</translation>
    </message>
    <message>
        <source>{licence} licence. Free to use, share and change.</source>
        <translation>Licentie: {licence}. Vrij te gebruiken, te delen en aan te passen.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Gegevensmap:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>Logbestanden:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licentie:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Gemaakt met:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Gegevensmap openen</translation>
    </message>
</context>
<context>
    <name>CityProfileView</name>
    <message>
        <source>City profile</source>
        <translation>Stadsprofiel</translation>
    </message>
    <message>
        <source>Select a city to see its profile.</source>
        <translation>Selecteer een stad om het profiel te bekijken.</translation>
    </message>
    <message>
        <source>What we offer</source>
        <translation>Wat wij bieden</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>Wat zij bieden</translation>
    </message>
    <message>
        <source>What we want to learn</source>
        <translation>Wat wij willen leren</translation>
    </message>
    <message>
        <source>What they want to learn</source>
        <translation>Wat zij willen leren</translation>
    </message>
    <message>
        <source>Shared challenges</source>
        <translation>Gedeelde uitdagingen</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praktijken</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Niets vastgelegd.</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>sinds {year}</translation>
    </message>
    <message>
        <source>Topics: {topics}</source>
        <translation>Onderwerpen: {topics}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Source: {source}, as of {date}</source>
        <translation>Bron: {source}, stand van {date}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Bron: {source}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Foutdetails</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details tonen</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
    <message>
        <source>Something went wrong: {what}

Your saved data is safe. The details were written to the log file:
{log}

You can go on working. If this happens again, send the log file to your IT support.</source>
        <translation>Er is iets misgegaan: {what}

Je opgeslagen gegevens zijn veilig. De details staan in het logbestand:
{log}

Je kunt gewoon verder werken. Gebeurt dit nog een keer? Stuur dan het logbestand naar je IT-ondersteuning.</translation>
    </message>
    <message>
        <source>{count} more errors happened since.</source>
        <translation>Sindsdien zijn er nog {count} fouten opgetreden.</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details verbergen</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to RRR Desktop</source>
        <translation>Welkom bij RRR Desktop</translation>
    </message>
    <message>
        <source>Which city do you work for? It becomes our city: the profile and data you keep here are about it. Every other city is a peer city you can learn from and share with.</source>
        <translation>Voor welke stad werk je? Die wordt onze stad: het profiel en de gegevens die je hier bijhoudt, gaan over die stad. Alle andere steden zijn partnersteden waarvan je kunt leren en waarmee je kunt delen.</translation>
    </message>
    <message>
        <source>One of the RRR peer cities</source>
        <translation>Een van de RRR-partnersteden</translation>
    </message>
    <message>
        <source>RRR peer cities</source>
        <translation>RRR-partnersteden</translation>
    </message>
    <message>
        <source>Another city</source>
        <translation>Een andere stad</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>Naam van de stad</translation>
    </message>
    <message>
        <source>e.g. Łódź</source>
        <translation>bijv. Łódź</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Main language</source>
        <translation>Hoofdtaal</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Main &amp;language:</source>
        <translation>&amp;Hoofdtaal:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Pick your city in the list, or choose “Another city”.</source>
        <translation>Kies je stad in de lijst, of kies „Een andere stad”.</translation>
    </message>
    <message>
        <source>Type the name of your city.</source>
        <translation>Typ de naam van je stad.</translation>
    </message>
    <message>
        <source>Choose your city&apos;s country from the list.</source>
        <translation>Kies het land van je stad in de lijst.</translation>
    </message>
    <message>
        <source>Choose your city&apos;s main language from the list.</source>
        <translation>Kies de hoofdtaal van je stad in de lijst.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import stakeholders from {file}</source>
        <translation>Stakeholders importeren uit {file}</translation>
    </message>
    <message>
        <source>Which column feeds which field</source>
        <translation>Welke kolom welk veld vult</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Rijen met problemen</translation>
    </message>
    <message>
        <source>What to do with stakeholders already there</source>
        <translation>Wat er moet gebeuren met stakeholders die er al zijn</translation>
    </message>
    <message>
        <source>Add new ones only</source>
        <translation>Alleen nieuwe toevoegen</translation>
    </message>
    <message>
        <source>Update the ones already there</source>
        <translation>Bestaande bijwerken</translation>
    </message>
    <message>
        <source>Only fill their empty fields</source>
        <translation>Alleen lege velden aanvullen</translation>
    </message>
    <message>
        <source>Mark the new ones as shareable with peer cities</source>
        <translation>Nieuwe markeren als deelbaar met partnersteden</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolommen:</translation>
    </message>
    <message>
        <source>Stakeholders already there:</source>
        <translation>Bestaande stakeholders:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultaat:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-werkmap</translation>
    </message>
    <message>
        <source>{rows} rows ({encoding})</source>
        <translation>{rows} rijen ({encoding})</translation>
    </message>
    <message>
        <source>No column could be matched to a field.</source>
        <translation>Geen enkele kolom kon aan een veld worden gekoppeld.</translation>
    </message>
    <message>
        <source>Left out: {columns}</source>
        <translation>Niet gebruikt: {columns}</translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {skip} already there or repeated (skipped), {fail} with problems.</source>
        <translation>{add} toe te voegen, {update} bij te werken, {skip} al aanwezig of dubbel (overgeslagen), {fail} met problemen.</translation>
    </message>
    <message>
        <source>Row {number}: {problem}</source>
        <translation>Rij {number}: {problem}</translation>
    </message>
    <message>
        <source>… and {count} more rows with problems.</source>
        <translation>… en nog {count} rijen met problemen.</translation>
    </message>
</context>
<context>
    <name>LoadingView</name>
    <message>
        <source>Opening your data…</source>
        <translation>Je gegevens worden geopend…</translation>
    </message>
    <message>
        <source>Opening your data</source>
        <translation>Je gegevens worden geopend</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Je gegevens worden geopend…</translation>
    </message>
    <message>
        <source>Our city: {name}</source>
        <translation>Onze stad: {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Import Stakeholders…</source>
        <translation>Stakeholders &amp;importeren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Stakeholders…</source>
        <translation>&amp;Stakeholders exporteren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Gegevens&amp;map openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>&amp;Voorbeeldgegevens laden</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Over {app}</translation>
    </message>
    <message>
        <source>Import finished: {added} added, {updated} updated, {skipped} skipped, {failed} with problems.</source>
        <translation>Import voltooid: {added} toegevoegd, {updated} bijgewerkt, {skipped} overgeslagen, {failed} met problemen.</translation>
    </message>
    <message>
        <source>Rows to fix: {file}</source>
        <translation>Te corrigeren rijen: {file}</translation>
    </message>
    <message>
        <source>Export stakeholders</source>
        <translation>Stakeholders exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>{count} stakeholders exported to {file}.</source>
        <translation>{count} stakeholders geëxporteerd naar {file}.</translation>
    </message>
    <message>
        <source>Sample data loaded: {count} stakeholders, each tagged “sample”.</source>
        <translation>Voorbeeldgegevens geladen: {count} stakeholders, allemaal met het label „sample”.</translation>
    </message>
    <message>
        <source>The file {file} could not be written: {reason}. Nothing was changed; choose another folder or name.</source>
        <translation>Het bestand {file} kon niet worden geschreven: {reason}. Er is niets gewijzigd; kies een andere map of naam.</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Biedt aan</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Wil leren</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>Search cities, countries or topics (Ctrl+F)</source>
        <translation>Zoek steden, landen of onderwerpen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search peer cities</source>
        <translation>Partnersteden zoeken</translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation>Partnersteden</translation>
    </message>
    <message>
        <source>No peer cities yet.</source>
        <translation>Nog geen partnersteden.</translation>
    </message>
    <message>
        <source>No peer city matches “{search}”.</source>
        <translation>Geen partnersteden gevonden voor „{search}”.</translation>
    </message>
    <message>
        <source>{count} peer cities</source>
        <translation>{count} partnersteden</translation>
    </message>
    <message>
        <source>{shown} of {total} peer cities</source>
        <translation>{shown} van {total} partnersteden</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
</context>
<context>
    <name>StakeholderImport</name>
    <message>
        <source>Import stakeholders</source>
        <translation>Stakeholders importeren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Dit bestand kan niet worden geïmporteerd</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(te laat)</translation>
    </message>
</context>
<context>
    <name>StakeholderView</name>
    <message>
        <source>Stakeholder details</source>
        <translation>Details van de stakeholder</translation>
    </message>
    <message>
        <source>Select a stakeholder to see the details.</source>
        <translation>Selecteer een stakeholder om de details te bekijken.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>Sectoren:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Onderwerpen:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Wijk:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Verantwoordelijke:</translation>
    </message>
    <message>
        <source>Influence / interest / trust:</source>
        <translation>Invloed / belang / vertrouwen:</translation>
    </message>
    <message>
        <source>Next contact:</source>
        <translation>Volgend contact:</translation>
    </message>
    <message>
        <source>Review due:</source>
        <translation>Herziening gepland:</translation>
    </message>
    <message>
        <source>Shareable with peers:</source>
        <translation>Deelbaar met partnersteden:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Consent recorded on {date} ({source}).</source>
        <translation>Toestemming vastgelegd op {date} ({source}).</translation>
    </message>
    <message>
        <source>No consent recorded: this stays on this computer.</source>
        <translation>Geen toestemming vastgelegd: deze gegevens blijven op deze computer.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>No interactions recorded.</source>
        <translation>Geen contactmomenten vastgelegd.</translation>
    </message>
    <message>
        <source>Follow-up: {date}</source>
        <translation>Opvolging: {date}</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Search names, descriptions, tags (Ctrl+F)</source>
        <translation>Zoek namen, beschrijvingen, labels (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search stakeholders</source>
        <translation>Stakeholders zoeken</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle fases</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Gearchiveerde &amp;tonen</translation>
    </message>
    <message>
        <source>No stakeholders yet. Import your list with File › Import Stakeholders….</source>
        <translation>Nog geen stakeholders. Importeer je lijst via Bestand › Stakeholders importeren….</translation>
    </message>
    <message>
        <source>No stakeholder matches these filters.</source>
        <translation>Geen stakeholders gevonden met deze filters.</translation>
    </message>
    <message>
        <source>{count} stakeholders</source>
        <translation>{count} stakeholders</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Your data was updated for this version of RRR Desktop. A copy of it as it was is kept in {folder}.</source>
        <translation>Je gegevens zijn bijgewerkt voor deze versie van RRR Desktop. Een kopie van de vorige gegevens staat in {folder}.</translation>
    </message>
    <message>
        <source>City not saved</source>
        <translation>Stad niet opgeslagen</translation>
    </message>
    <message>
        <source>RRR Desktop could not open your data: {problem}

Details are in {log}.</source>
        <translation>RRR Desktop kon je gegevens niet openen: {problem}

De details staan in {log}.</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>Je gegevens kunnen niet worden geopend</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Award</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Financial mechanism</source>
        <translation>Financieringsinstrument</translation>
    </message>
    <message>
        <source>Impact bond</source>
        <translation>Social impact bond</translation>
    </message>
    <message>
        <source>Communication strategy</source>
        <translation>Communicatiestrategie</translation>
    </message>
    <message>
        <source>Digital programme</source>
        <translation>Digitaal programma</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerschap</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Geëvalueerd</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Sociale onderneming</translation>
    </message>
    <message>
        <source>Co-operative</source>
        <translation>Coöperatie</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Onderlinge</translation>
    </message>
    <message>
        <source>Association / non-profit</source>
        <translation>Vereniging / non-profitorganisatie</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Stichting</translation>
    </message>
    <message>
        <source>Network / federation</source>
        <translation>Netwerk / koepelorganisatie</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Overheidsinstantie</translation>
    </message>
    <message>
        <source>Financier</source>
        <translation>Financier</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Kennisinstelling</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>Bewonersinitiatief</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Not engaged</source>
        <translation>Niet betrokken</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Geïnformeerd</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Geraadpleegd</translation>
    </message>
    <message>
        <source>Co-creating</source>
        <translation>Samen creëren</translation>
    </message>
    <message>
        <source>Co-implementing</source>
        <translation>Samen uitvoeren</translation>
    </message>
    <message>
        <source>Co-managing</source>
        <translation>Samen beheren</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Werkbezoek</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>RRR Desktop is already open with this data folder:
{folder}

Switch to the open window. Only one window at a time may use the same data, so that nothing you type is lost.</source>
        <translation>RRR Desktop is al geopend met deze gegevensmap:
{folder}

Ga naar het geopende venster. Er kan maar één venster tegelijk dezelfde gegevens gebruiken, zodat er niets verloren gaat van wat je typt.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of RRR Desktop (data version {found}; this version reads up to {known}). Nothing was changed.

Install the latest version of RRR Desktop to open it.

Data file: {path}</source>
        <translation>Je gegevens zijn opgeslagen met een nieuwere versie van RRR Desktop (gegevensversie {found}; deze versie leest tot en met {known}). Er is niets gewijzigd.

Installeer de nieuwste versie van RRR Desktop om ze te openen.

Gegevensbestand: {path}</translation>
    </message>
    <message>
        <source>The file {path} is not an RRR Desktop database, or it is damaged ({reason}). Nothing was changed.

Restore a copy from the backups folder ({backups}), or start RRR Desktop with another data folder.</source>
        <translation>Het bestand {path} is geen RRR Desktop-database, of het is beschadigd ({reason}). Er is niets gewijzigd.

Zet een kopie terug uit de back-upmap ({backups}), of start RRR Desktop met een andere gegevensmap.</translation>
    </message>
    <message>
        <source>RRR Desktop cannot use its data folder {folder}: {reason}.

Check that the disk is connected and that you may write there.</source>
        <translation>RRR Desktop kan de gegevensmap {folder} niet gebruiken: {reason}.

Controleer of de schijf is aangesloten en of je daar mag schrijven.</translation>
    </message>
</context>
</TS>
