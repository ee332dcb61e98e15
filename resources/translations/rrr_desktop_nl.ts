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
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>New Action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <source>&amp;Owner city:</source>
        <translation>&amp;Verantwoordelijke stad:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Uiterlijk:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <source>Another topic to assess</source>
        <translation>Ander onderwerp om te beoordelen</translation>
    </message>
    <message>
        <source>Assess this topic</source>
        <translation>Dit onderwerp beoordelen</translation>
    </message>
    <message>
        <source>Add the chosen topic to the self-assessment</source>
        <translation>Voegt het gekozen onderwerp toe aan de zelfevaluatie</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Maturity (0-10)</source>
        <translation>Volwassenheidsniveau (0-10)</translation>
    </message>
    <message>
        <source>Date assessed</source>
        <translation>Datum van beoordeling</translation>
    </message>
    <message>
        <source>Add topics to the lists above, or choose a topic below, to assess how mature your city is on it.</source>
        <translation>Voeg onderwerpen toe aan de lijsten hierboven, of kies hieronder een onderwerp, om het volwassenheidsniveau van je stad op dat onderwerp te beoordelen.</translation>
    </message>
    <message>
        <source>Maturity on {topic}</source>
        <translation>Volwassenheidsniveau voor {topic}</translation>
    </message>
    <message>
        <source>Date {topic} was assessed</source>
        <translation>Datum waarop {topic} is beoordeeld</translation>
    </message>
</context>
<context>
    <name>BriefOptionsPanel</name>
    <message>
        <source>&amp;City brief</source>
        <translation>Stads&amp;briefing</translation>
    </message>
    <message>
        <source>Peer &amp;meeting brief</source>
        <translation>Briefing voor &amp;overleg met partnerstad</translation>
    </message>
    <message>
        <source>Peer city</source>
        <translation>Partnerstad</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>Taal van de briefing</translation>
    </message>
    <message>
        <source>Working &amp;group brief</source>
        <translation>Notitie &amp;werkgroep</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Werkgroep</translation>
    </message>
    <message>
        <source>Rows of the key stakeholders table</source>
        <translation>Aantal rijen in de tabel met belangrijkste stakeholders</translation>
    </message>
    <message>
        <source>Include &amp;personal data (contact details)</source>
        <translation>Persoons&amp;gegevens opnemen (contactgegevens)</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Persoonsgegevens opnemen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Pee&amp;r city:</source>
        <translation>&amp;Partnerstad:</translation>
    </message>
    <message>
        <source>Wor&amp;king group:</source>
        <translation>Wer&amp;kgroep:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>Papier&amp;formaat:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Key stakeholders, up to:</source>
        <translation>Belangrijkste stakeholders, &amp;maximaal:</translation>
    </message>
    <message>
        <source>No key stakeholders yet.</source>
        <translation>Nog geen stakeholders voor de tabel met belangrijkste stakeholders.</translation>
    </message>
    <message numerus="yes">
        <source>{consented} of the %Ln key stakeholders have consent recorded: only their contact details can print.</source>
        <translation>
            <numerusform>{consented} van %Ln belangrijke stakeholder heeft toestemming vastgelegd: alleen diens contactgegevens kunnen worden afgedrukt.</numerusform>
            <numerusform>{consented} van de %Ln belangrijke stakeholders hebben toestemming vastgelegd: alleen hun contactgegevens kunnen worden afgedrukt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefPreview</name>
    <message>
        <source>Pages of the brief</source>
        <translation>Pagina&apos;s van de briefing</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>Choose the options, then press Preview to see the brief here.</source>
        <translation>Kies de opties en klik daarna op Voorbeeld om de briefing hier te zien.</translation>
    </message>
    <message>
        <source>Brief preview</source>
        <translation>Voorbeeld van de briefing</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Pagina {number}</translation>
    </message>
</context>
<context>
    <name>BriefSaving</name>
    <message>
        <source>Save the brief as PDF</source>
        <translation>Briefing opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the brief to {path}: {problem}. Choose another folder.</source>
        <translation>De briefing kon niet worden opgeslagen in {path}: {problem}. Kies een andere map.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Opgeslagen in {path}.</translation>
    </message>
</context>
<context>
    <name>BriefsPage</name>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Teksten</translation>
    </message>
    <message>
        <source>Recent briefs</source>
        <translation>Recente briefings</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <source>Make the brief with these choices and show it</source>
        <translation>Maakt de briefing met deze keuzes en toont hem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop making the brief</source>
        <translation>Stopt met het maken van de briefing</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Afd&amp;rukken…</translation>
    </message>
    <message>
        <source>Print the brief shown</source>
        <translation>Drukt de getoonde briefing af</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als PDF…</translation>
    </message>
    <message>
        <source>Save a copy of the brief shown as a PDF file</source>
        <translation>Slaat een kopie van de getoonde briefing op als pdf-bestand</translation>
    </message>
    <message>
        <source>Progress of the brief</source>
        <translation>Voortgang van de briefing</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Briefings</translation>
    </message>
    <message>
        <source>Choose your city first: a brief is about it.</source>
        <translation>Kies eerst je stad: een briefing gaat over je stad.</translation>
    </message>
    <message>
        <source>A working group brief prints the group&apos;s own records: it has no texts to edit</source>
        <translation>Een notitie voor een werkgroep drukt de eigen gegevens van de groep af: er zijn geen teksten om te bewerken</translation>
    </message>
    <message>
        <source>Choose at least one section to print.</source>
        <translation>Kies ten minste één onderdeel om af te drukken.</translation>
    </message>
    <message>
        <source>Generating the brief…</source>
        <translation>De briefing wordt gemaakt…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>{title}: {pages} pages. Print it or save it as a PDF.</source>
        <translation>{title}: {pages} pagina&apos;s. Druk de briefing af of sla deze op als PDF.</translation>
    </message>
    <message>
        <source>Some characters cannot be printed with the brief&apos;s font and show as “�”: {characters}. Check those names before you print.</source>
        <translation>Sommige tekens kunnen niet worden afgedrukt met het lettertype van de notitie en verschijnen als ‘�’: {characters}. Controleer die namen voordat u afdrukt.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Voorbeeld geannuleerd.</translation>
    </message>
    <message>
        <source>The options or texts changed since this preview. Press Preview to see the brief as it will print.</source>
        <translation>De opties of teksten zijn gewijzigd sinds dit voorbeeld. Klik op Voorbeeld om de notitie te zien zoals die wordt afgedrukt.</translation>
    </message>
    <message>
        <source>The brief was sent to the printer.</source>
        <translation>De briefing is naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Change %Ln stakeholders</source>
        <translation>
            <numerusform>%Ln stakeholder wijzigen</numerusform>
            <numerusform>%Ln stakeholders wijzigen</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. housing, youth</source>
        <translation>bijv. wonen, jongeren</translation>
    </message>
    <message>
        <source>e.g. sample</source>
        <translation>bijv. sample</translation>
    </message>
    <message>
        <source>Shareable with peer cities</source>
        <translation>Deelbaar met partnersteden</translation>
    </message>
    <message>
        <source>Not shareable</source>
        <translation>Niet deelbaar</translation>
    </message>
    <message>
        <source>Set &amp;stage to:</source>
        <translation>&amp;Fase wijzigen in:</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation>Labels &amp;toevoegen:</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Toe te voegen labels</translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation>Labels &amp;verwijderen:</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>Te verwijderen labels</translation>
    </message>
    <message>
        <source>Set &amp;owner to:</source>
        <translation>Ve&amp;rantwoordelijke wijzigen in:</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nieuwe verantwoordelijke</translation>
    </message>
    <message>
        <source>Set s&amp;haring to:</source>
        <translation>&amp;Deelbaarheid wijzigen in:</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Deelbaarheid</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Tick each change to make; everything else stays as it is. Separate tags with commas.</source>
        <translation>Vink elke wijziging aan die je wilt doorvoeren; al het andere blijft zoals het is. Scheid labels met komma&apos;s.</translation>
    </message>
</context>
<context>
    <name>BulkEditing</name>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>&amp;Groepsgewijs bewerken…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Change the stage, tags, owner or sharing of the selected stakeholders</source>
        <translation>De fase, labels, verantwoordelijke of deelbaarheid van de geselecteerde stakeholders wijzigen</translation>
    </message>
    <message numerus="yes">
        <source>Changing %Ln stakeholders…</source>
        <translation>
            <numerusform>%Ln stakeholder wordt gewijzigd…</numerusform>
            <numerusform>%Ln stakeholders worden gewijzigd…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk Edit %Ln stakeholders</source>
        <translation>
            <numerusform>Bulkwijziging van %Ln stakeholder</numerusform>
            <numerusform>Bulkwijziging van %Ln stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders changed.</source>
        <translation>
            <numerusform>%Ln stakeholder gewijzigd.</numerusform>
            <numerusform>%Ln stakeholders gewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already as asked.</source>
        <translation>
            <numerusform>%Ln was al zoals gevraagd.</numerusform>
            <numerusform>%Ln waren al zoals gevraagd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleChangeText</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>profile included</source>
        <translation>profiel opgenomen</translation>
    </message>
    <message>
        <source>profile left out</source>
        <translation>profiel weggelaten</translation>
    </message>
    <message>
        <source>It holds: {contents}.</source>
        <translation>Inhoud: {contents}.</translation>
    </message>
    <message>
        <source>Personal data (contact person, email or phone) included for {count} of them.</source>
        <translation>Persoonsgegevens (contactpersoon, e-mail of telefoon) opgenomen bij {count} daarvan.</translation>
    </message>
    <message>
        <source>No personal data (contact person, email or phone).</source>
        <translation>Geen persoonsgegevens (contactpersoon, e-mail of telefoon).</translation>
    </message>
</context>
<context>
    <name>BundleExportWizard</name>
    <message>
        <source>Export Bundle</source>
        <translation>Bundel exporteren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln stakeholder</numerusform>
            <numerusform>%Ln stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln praktijk</numerusform>
            <numerusform>%Ln praktijken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>personal data of %Ln records</source>
        <translation>
            <numerusform>persoonsgegevens van %Ln record</numerusform>
            <numerusform>persoonsgegevens van %Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle was written to {file}: {contents}.</source>
        <translation>De bundel is geschreven naar {file}: {contents}.</translation>
    </message>
    <message>
        <source>The team&apos;s passphrase is needed to sign the bundle.</source>
        <translation>De wachtzin van het team is nodig om de bundel te ondertekenen.</translation>
    </message>
    <message>
        <source>Opening your mail program…</source>
        <translation>Je mailprogramma wordt geopend…</translation>
    </message>
    <message>
        <source>An email draft with the bundle attached was written to {file} and opened with your mail program: add the recipients and send it.</source>
        <translation>Een concept-e-mail met de bundel als bijlage is opgeslagen in {file} en geopend in je e-mailprogramma: voeg de ontvangers toe en verstuur het bericht.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, so the bundle&apos;s folder is open instead. Write a new email (in your web mail, for instance), attach the file {bundle} to it and send it to the peer cities.</source>
        <translation>Op deze computer is geen mailprogramma ingesteld, dus de map van de bundel is geopend. Schrijf een nieuwe e-mail (bijvoorbeeld in je webmail), voeg het bestand {bundle} toe en stuur hem naar de partnersteden.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, and its folder could not be opened either. The bundle is in {folder}: write a new email (in your web mail, for instance), attach the file {bundle} from that folder and send it to the peer cities.</source>
        <translation>Er is op deze computer geen e-mailprogramma ingesteld, en de map kon ook niet worden geopend. Het pakket staat in {folder}: schrijf een nieuwe e-mail (in je webmail, bijvoorbeeld), voeg het bestand {bundle} uit die map toe en stuur het naar de partnersteden.</translation>
    </message>
</context>
<context>
    <name>BundleHistoryDialog</name>
    <message>
        <source>Bundle History</source>
        <translation>Bundelgeschiedenis</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Ontvangen:</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Ontvangen bundels</translation>
    </message>
    <message>
        <source>&amp;Sent:</source>
        <translation>&amp;Verzonden:</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Verzonden bundels</translation>
    </message>
    <message>
        <source>&amp;Undo Last Import</source>
        <translation>Laatste import ongedaan &amp;maken</translation>
    </message>
    <message>
        <source>Erase This &amp;Bundle&apos;s Data</source>
        <translation>Gegevens van deze &amp;bundel wissen</translation>
    </message>
    <message>
        <source>Erase Everything From This &amp;Peer</source>
        <translation>Alles van deze &amp;partnerstad wissen</translation>
    </message>
    <message>
        <source>undone or erased {day}</source>
        <translation>ongedaan gemaakt of gewist op {day}</translation>
    </message>
    <message>
        <source>changed nothing; confirmed the data as current</source>
        <translation>veranderde niets; bevestigde dat de gegevens actueel zijn</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>practices: {practices}, self-assessed topics: {assessed}, stakeholders: {stakeholders}, withdrawals: {withdrawn}</source>
        <translation>praktijken: {practices}, zelfbeoordeelde thema’s: {assessed}, stakeholders: {stakeholders}, intrekkingen: {withdrawn}</translation>
    </message>
    <message>
        <source>Profile, {rest}</source>
        <translation>Profiel, {rest}</translation>
    </message>
    <message>
        <source>Undo the import of {file} from {city}? Every record it added is removed and every record it changed gets its earlier content back. Peer cities see no change: nothing is sent back to {city}, and importing the bundle again brings the records back.</source>
        <translation>De import van {file} uit {city} ongedaan maken? Elk record dat daarbij is toegevoegd, wordt verwijderd en elk record dat daarbij is gewijzigd, krijgt zijn eerdere inhoud terug. Partnersteden zien geen verandering: er gaat niets terug naar {city}, en de bundel opnieuw importeren brengt de records terug.</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>Import &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Erase the data that still comes from {file} ({city})? Your own data and your notes are kept.</source>
        <translation>De gegevens wissen die nog uit {file} ({city}) afkomstig zijn? Je eigen gegevens en je notities blijven bewaard.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <source>Erase everything that came in bundles from {city}? Its shared stakeholders and practices are removed; a city that ships with the app gets its original facts back. Your own data and your notes are kept.</source>
        <translation>Alles wissen wat in bundels van {city} is binnengekomen? De stakeholders en praktijken die deze stad heeft gedeeld, worden verwijderd; een stad die met de app wordt meegeleverd, krijgt haar oorspronkelijke gegevens terug. Je eigen gegevens en je notities blijven bewaard.</translation>
    </message>
    <message>
        <source>Undid the import of {file}.</source>
        <translation>De import van {file} is ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Erased the data of {file}.</source>
        <translation>De gegevens van {file} zijn gewist.</translation>
    </message>
    <message numerus="yes">
        <source>Erased what came from {city} (%Ln bundles).</source>
        <translation>
            <numerusform>Gewist wat van {city} kwam (%Ln bundel).</numerusform>
            <numerusform>Gewist wat van {city} kwam (%Ln bundels).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import Bundle</source>
        <translation>Bundel importeren</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>De bundel wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>&amp;Accept the new key (only after comparing the fingerprint with the sender by phone)</source>
        <translation>Nieuwe sleutel &amp;accepteren (alleen nadat je de vingerafdruk telefonisch met de afzender hebt vergeleken)</translation>
    </message>
    <message>
        <source>Accept the new &amp;name (only after checking with the city)</source>
        <translation>De nieuwe &amp;naam accepteren (pas nadat u het met de stad hebt nagegaan)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Voortgang van de import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Import &amp;This City Only</source>
        <translation>Alleen &amp;deze stad importeren</translation>
    </message>
    <message>
        <source>Import the bundles of the city selected in the list; the others stay here</source>
        <translation>Importeert de bundels van de stad die in de lijst is geselecteerd; de andere blijven hier</translation>
    </message>
    <message>
        <source>The bundle was refused and nothing was changed: {reason}</source>
        <translation>De bundel is geweigerd en er is niets gewijzigd: {reason}</translation>
    </message>
    <message>
        <source>This is your own city&apos;s bundle: it cannot be imported here; send it to your peers.</source>
        <translation>Dit is een bundel van je eigen stad: die kan hier niet worden geïmporteerd. Stuur hem naar je partnersteden.</translation>
    </message>
    <message>
        <source>A sender&apos;s key changed: nothing can be imported from it unless you accept the new key.</source>
        <translation>De sleutel van een afzender is gewijzigd: van deze afzender kan niets worden geïmporteerd, tenzij je de nieuwe sleutel accepteert.</translation>
    </message>
    <message>
        <source>A city changed its name: nothing can be imported from it unless you accept the new name.</source>
        <translation>Een stad heeft haar naam gewijzigd: er kan niets van worden geïmporteerd tenzij u de nieuwe naam accepteert.</translation>
    </message>
    <message>
        <source>Records that differ from ours at the same revision: {count}. We keep ours unless you tick one to take theirs. Untick any other record you want to leave out, then import.</source>
        <translation>Records die bij dezelfde revisie van de onze verschillen: {count}. We houden de onze, tenzij u er een aanvinkt om die van hen te nemen. Vink elk ander record uit dat u wilt weglaten en importeer dan.</translation>
    </message>
    <message>
        <source>Untick the records you want to leave out, then import.</source>
        <translation>Vink de records uit die je wilt weglaten en importeer daarna.</translation>
    </message>
    <message>
        <source>Everything in this bundle is already here: importing it changes nothing, and records that the city&apos;s data is current as of the bundle&apos;s date.</source>
        <translation>Alles in deze bundel is er al: importeren verandert niets en legt vast dat de gegevens van de stad actueel zijn op de datum van de bundel.</translation>
    </message>
    <message>
        <source>Everything in this bundle is already here: importing it would change nothing.</source>
        <translation>Alles in deze bundel is hier al aanwezig: importeren zou niets veranderen.</translation>
    </message>
    <message>
        <source>{file}: made by {city} ({country}), your own city, on {made}. Key {fingerprint}.</source>
        <translation>{file}: gemaakt door {city} ({country}), je eigen stad, op {made}. Sleutel {fingerprint}.</translation>
    </message>
    <message>
        <source>first bundle from this city: its key will be remembered</source>
        <translation>eerste bundel van deze stad: de sleutel wordt onthouden</translation>
    </message>
    <message>
        <source>same key as its earlier bundles</source>
        <translation>zelfde sleutel als bij eerdere bundels</translation>
    </message>
    <message>
        <source>KEY CHANGED</source>
        <translation>SLEUTEL GEWIJZIGD</translation>
    </message>
    <message>
        <source>key changed, new key accepted</source>
        <translation>sleutel gewijzigd, nieuwe sleutel geaccepteerd</translation>
    </message>
    <message>
        <source>{file}: from {city} ({country}), made {made}. Key {fingerprint} ({trust}).</source>
        <translation>{file}: van {city} ({country}), gemaakt op {made}. Sleutel {fingerprint} ({trust}).</translation>
    </message>
    <message>
        <source>NAME CHANGED: the city you know as {old} ({old_country}) now calls itself {name} ({country}).</source>
        <translation>NAAM GEWIJZIGD: de stad die u kent als {old} ({old_country}) noemt zich nu {name} ({country}).</translation>
    </message>
    <message>
        <source>This bundle was already imported on {day}.</source>
        <translation>Deze bundel is al geïmporteerd op {day}.</translation>
    </message>
    <message>
        <source>To be sure the bundle comes from {city}, phone them and ask them to open {place} in their window and read out its characters: they must be those of the key above. If they differ, do not import it.</source>
        <translation>Wil je zeker weten dat de bundel van {city} komt? Bel hen en vraag hen {place} te openen in hun venster en de tekens voor te lezen: het moeten die van de sleutel hierboven zijn. Verschillen ze, importeer de bundel dan niet.</translation>
    </message>
    <message>
        <source>Select a city in the list first.</source>
        <translation>Selecteer eerst een stad in de lijst.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message numerus="yes">
        <source>Bundle imported: %Ln records added, updated or withdrawn. File &gt; Bundle History can undo it.</source>
        <translation>
            <numerusform>Bundel geïmporteerd: %Ln record toegevoegd, bijgewerkt of ingetrokken. Bestand &gt; Bundelgeschiedenis kan dit ongedaan maken.</numerusform>
            <numerusform>Bundel geïmporteerd: %Ln records toegevoegd, bijgewerkt of ingetrokken. Bestand &gt; Bundelgeschiedenis kan dit ongedaan maken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: everything was already here.</source>
        <translation>Er is niets geïmporteerd: alles was al aanwezig.</translation>
    </message>
    <message>
        <source>{city}&apos;s data is confirmed as current on {day}.</source>
        <translation>De gegevens van {city} zijn bevestigd als actueel op {day}.</translation>
    </message>
    <message>
        <source>The stakeholders {city} shares are in its profile on the Peer cities page; your own register is unchanged.</source>
        <translation>De stakeholders die {city} deelt staan in haar profiel op de pagina Partnersteden; je eigen register blijft ongewijzigd.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import geannuleerd: er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
</context>
<context>
    <name>BundleMenu</name>
    <message>
        <source>E&amp;xport Bundle…</source>
        <translation>Bundel e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Im&amp;port Bundle…</source>
        <translation>Bundel im&amp;porteren…</translation>
    </message>
    <message>
        <source>Write what our city shares into a signed bundle for the peer cities</source>
        <translation>Schrijft wat onze stad deelt in een ondertekende bundel voor de partnersteden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Preview and import bundles received from peer cities</source>
        <translation>Bekijk en importeer bundels die u van partnersteden ontving</translation>
    </message>
    <message>
        <source>Bundle &amp;History…</source>
        <translation>Bundel&amp;geschiedenis…</translation>
    </message>
    <message>
        <source>The bundles imported so far; undo one or erase a city&apos;s data</source>
        <translation>De tot nu toe geïmporteerde bundels; maak er een ongedaan of wis de gegevens van een stad</translation>
    </message>
    <message>
        <source>Your Signing &amp;Key…</source>
        <translation>&amp;Je ondertekeningssleutel…</translation>
    </message>
    <message>
        <source>The fingerprint peers compare to trust your bundles</source>
        <translation>De vingerafdruk die partnersteden vergelijken om uw bundels te vertrouwen</translation>
    </message>
    <message>
        <source>Import Bundle</source>
        <translation>Bundel importeren</translation>
    </message>
    <message>
        <source>RRR bundles (*.rrrbundle)</source>
        <translation>RRR-bundels (*.rrrbundle)</translation>
    </message>
</context>
<context>
    <name>BundleRecordsView</name>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Their change</source>
        <translation>Hun wijziging</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <source>Records in the bundle</source>
        <translation>Records in de bundel</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Die van hen nemen</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>De onze houden</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Conflicting (same revision, other content)</source>
        <translation>Conflicterend (zelfde revisie, andere inhoud)</translation>
    </message>
    <message>
        <source>Withdrawn by the sender</source>
        <translation>Ingetrokken door de afzender</translation>
    </message>
    <message>
        <source>Older than ours (kept out)</source>
        <translation>Ouder dan onze versie (niet overgenomen)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Refused: not the sender&apos;s to change</source>
        <translation>Geweigerd: niet aan de afzender om te wijzigen</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profiel</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>praktijk</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>stakeholder</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>werkgroep</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>vergadering</translation>
    </message>
    <message>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <source>member&apos;s note</source>
        <translation>notitie van een lid</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>Changed by a colleague</source>
        <translation>Gewijzigd door een collega</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>Show their version and lose the changes made here</source>
        <translation>Hun versie tonen; de wijzigingen die je hier hebt gemaakt, gaan verloren</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Mijn versie behouden</translation>
    </message>
    <message>
        <source>Save the version shown here over theirs (Undo brings theirs back)</source>
        <translation>De versie die hier staat opslaan in plaats van die van de ander (Ongedaan maken zet die terug)</translation>
    </message>
    <message>
        <source>{changed} Reload to see their version, or Keep Mine to save yours over it.</source>
        <translation>{changed} Met ‘Opnieuw laden’ zie je hun versie; met ‘Mijn versie behouden’ sla je de jouwe eroverheen op.</translation>
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
    <message numerus="yes">
        <source>%Ln more errors happened since.</source>
        <translation>
            <numerusform>Sindsdien is er nog %Ln fout opgetreden.</numerusform>
            <numerusform>Sindsdien zijn er nog %Ln fouten opgetreden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details verbergen</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Discard changes?</source>
        <translation>Wijzigingen verwerpen?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <source>Close this window and lose what you typed in it?</source>
        <translation>Dit venster sluiten en verliezen wat u erin hebt getypt?</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Mogelijke duplicaten</translation>
    </message>
    <message>
        <source>This may already be in the register:</source>
        <translation>Dit staat mogelijk al in het register:</translation>
    </message>
    <message>
        <source>{name} ({reasons})</source>
        <translation>{name} ({reasons})</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>{name} openen</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <source>Move the selected text to the clipboard</source>
        <translation>Verplaatst de geselecteerde tekst naar het klembord</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the selected text, or the selected rows of a list for a spreadsheet</source>
        <translation>Kopieert de geselecteerde tekst, of de geselecteerde rijen van een lijst voor een spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>Insert the clipboard&apos;s text</source>
        <translation>Voegt de tekst van het klembord in</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>Select all the text or all the rows</source>
        <translation>Selecteert alle tekst of alle rijen</translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identiteit</translation>
    </message>
    <message>
        <source>&amp;Contact and personal data</source>
        <translation>&amp;Contact en persoonsgegevens</translation>
    </message>
    <message>
        <source>Co&amp;llaboration</source>
        <translation>Sa&amp;menwerking</translation>
    </message>
    <message>
        <source>&amp;Topics and tags</source>
        <translation>&amp;Onderwerpen en labels</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Type to find it</source>
        <translation>Typ om te zoeken</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Name or two-letter code</source>
        <translation>Naam of code van twee letters</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganisatie:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>Wij&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Pos&amp;tcode:</translation>
    </message>
    <message>
        <source>Localit&amp;y:</source>
        <translation>P&amp;laats:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Sectors:</source>
        <translation>S&amp;ectoren:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Besc&amp;hrijving:</translation>
    </message>
    <message>
        <source>Contact person (personal data)</source>
        <translation>Contactpersoon (persoonsgegevens)</translation>
    </message>
    <message>
        <source>Email (personal data)</source>
        <translation>E-mail (persoonsgegevens)</translation>
    </message>
    <message>
        <source>Phone (personal data)</source>
        <translation>Telefoon (persoonsgegevens)</translation>
    </message>
    <message>
        <source>C&amp;onsent given to keep and share these details</source>
        <translation>&amp;Toestemming gegeven om deze gegevens te bewaren en te delen</translation>
    </message>
    <message>
        <source>Date consent was given</source>
        <translation>Datum waarop toestemming is gegeven</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Bron van de toestemming</translation>
    </message>
    <message>
        <source>e.g. signed form, email of 3 May</source>
        <translation>bijv. ondertekend formulier, e-mail van 3 mei</translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation>Notitie over de toestemming</translation>
    </message>
    <message>
        <source>Personal data: these details stay on this computer. They go into bundles, exports or briefs only when you include them and consent is recorded.</source>
        <translation>Persoonsgegevens: deze gegevens blijven op deze computer. Ze komen alleen in bundels, exports of briefings terecht als je ze zelf opneemt en er toestemming is vastgelegd.</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Cont&amp;actpersoon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation>&amp;Datum van toestemming:</translation>
    </message>
    <message>
        <source>Consent &amp;source:</source>
        <translation>Bron van toe&amp;stemming:</translation>
    </message>
    <message>
        <source>Consent &amp;note:</source>
        <translation>&amp;Notitie over toestemming:</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Samenwerkingsfase</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Verantwoordelijke voor de relatie</translation>
    </message>
    <message>
        <source>The officer in charge</source>
        <translation>De verantwoordelijke medewerker</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Invloed</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Belang</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Volgend contact</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Herziening gepland</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>Relationship &amp;owner:</source>
        <translation>&amp;Verantwoordelijke voor de relatie:</translation>
    </message>
    <message>
        <source>&amp;Influence (1–5):</source>
        <translation>Invloe&amp;d (1–5):</translation>
    </message>
    <message>
        <source>In&amp;terest (1–5):</source>
        <translation>Be&amp;lang (1–5):</translation>
    </message>
    <message>
        <source>T&amp;rust (1–5):</source>
        <translation>Ver&amp;trouwen (1–5):</translation>
    </message>
    <message>
        <source>&amp;Next contact:</source>
        <translation>Volge&amp;nd contact:</translation>
    </message>
    <message>
        <source>Re&amp;view due:</source>
        <translation>&amp;Herziening gepland:</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>O&amp;nderwerpen:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Labels:</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export stakeholders</source>
        <translation>Stakeholders exporteren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders in the current view will be exported.</source>
        <translation>
            <numerusform>%Ln stakeholder in de huidige weergave wordt geëxporteerd.</numerusform>
            <numerusform>%Ln stakeholders in de huidige weergave worden geëxporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them, %Ln have a contact person, email or phone.</source>
        <translation>
            <numerusform>Daarvan heeft %Ln een contactpersoon, e-mail of telefoon.</numerusform>
            <numerusform>Daarvan hebben %Ln een contactpersoon, e-mail of telefoon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of those, %Ln have recorded consent.</source>
        <translation>
            <numerusform>Daarvan heeft %Ln toestemming vastgelegd.</numerusform>
            <numerusform>Daarvan hebben %Ln toestemming vastgelegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Include contact persons, emails and phones (only for records with recorded consent)</source>
        <translation>&amp;Contactpersonen, e-mailadressen en telefoonnummers opnemen (alleen bij records met vastgelegde toestemming)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Bestandsindeling</translation>
    </message>
    <message>
        <source>CSV file, comma-separated (.csv)</source>
        <translation>CSV-bestand, gescheiden door komma&apos;s (.csv)</translation>
    </message>
    <message>
        <source>CSV file, semicolon-separated (.csv)</source>
        <translation>CSV-bestand, gescheiden door puntkomma&apos;s (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <source>ESSGlobal open data for SSE maps (.csv)</source>
        <translation>ESSGlobal open data voor kaarten van de sociale economie (.csv)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Indeling:</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>Not opened: {files}. RRR Desktop opens bundles (.rrrbundle) and one stakeholder list ({formats}) at a time.</source>
        <translation>Niet geopend: {files}. RRR Desktop opent bundels (.rrrbundle) en één stakeholderlijst ({formats}) tegelijk.</translation>
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
        <source>Language of RRR Desktop</source>
        <translation>Taal van RRR Desktop</translation>
    </message>
    <message>
        <source>Language of RRR &amp;Desktop:</source>
        <translation>Taal van RRR &amp;Desktop:</translation>
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
    <message>
        <source>Quit RRR Desktop? Nothing has been set up yet; you will be asked for your city again at the next start.</source>
        <translation>RRR Desktop afsluiten? Er is nog niets ingesteld; bij de volgende start wordt opnieuw naar uw stad gevraagd.</translation>
    </message>
    <message>
        <source>&amp;Keep Choosing</source>
        <translation>&amp;Verder kiezen</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>GroupDetailView</name>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Offers in the theme</source>
        <translation>Biedt binnen het thema</translation>
    </message>
    <message>
        <source>Wants to learn in the theme</source>
        <translation>Wil leren binnen het thema</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>When (your time)</source>
        <translation>Wanneer (uw tijd)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who / status</source>
        <translation>Wie / status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>What changed since your last look</source>
        <translation>Wat er veranderde sinds u laatst keek</translation>
    </message>
    <message>
        <source>&amp;Edit group…</source>
        <translation>Groep &amp;bewerken…</translation>
    </message>
    <message>
        <source>Plan a &amp;meeting…</source>
        <translation>&amp;Vergadering plannen…</translation>
    </message>
    <message>
        <source>Plan a meeting at a local time in any time zone</source>
        <translation>Een vergadering plannen op een lokale tijd in elke tijdzone</translation>
    </message>
    <message>
        <source>Add an &amp;action…</source>
        <translation>&amp;Actie toevoegen…</translation>
    </message>
    <message>
        <source>Add something a member city will do, by a date</source>
        <translation>Iets toevoegen dat een lidstad zal doen, met een datum</translation>
    </message>
    <message>
        <source>&amp;Open selected…</source>
        <translation>&amp;Selectie openen…</translation>
    </message>
    <message>
        <source>Open the meeting or action selected in the timeline</source>
        <translation>De in de tijdlijn gekozen vergadering of actie openen</translation>
    </message>
    <message>
        <source>Our &amp;note…</source>
        <translation>Onze &amp;notitie…</translation>
    </message>
    <message>
        <source>Write our city&apos;s note on the group; it travels in our bundles</source>
        <translation>De notitie van onze stad over de groep schrijven; die reist mee in onze bundels</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Uitnodigen…</translation>
    </message>
    <message>
        <source>Write an email draft to the member cities&apos; contact offices with the next meeting as a calendar invitation</source>
        <translation>Een conceptmail schrijven aan de contactbureaus van de lidsteden met de volgende vergadering als agenda-uitnodiging</translation>
    </message>
    <message>
        <source>Save &amp;calendar file…</source>
        <translation>&amp;Agendabestand opslaan…</translation>
    </message>
    <message>
        <source>Save the group&apos;s meetings as an .ics file for any calendar</source>
        <translation>De vergaderingen van de groep opslaan als .ics-bestand voor elke agenda</translation>
    </message>
    <message>
        <source>Members and what each brings</source>
        <translation>Leden en wat elk inbrengt</translation>
    </message>
    <message>
        <source>Meetings, decisions and actions</source>
        <translation>Vergaderingen, besluiten en acties</translation>
    </message>
    <message>
        <source>Change the group&apos;s name, purpose, stage, themes, members and lead (the lead city&apos;s record)</source>
        <translation>Naam, doel, fase, thema&apos;s, leden en trekker van de groep wijzigen (het record van de trekkende stad)</translation>
    </message>
    <message>
        <source>&amp;Delete group…</source>
        <translation>Groep &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Delete the group here; its lead city&apos;s next bundle withdraws it from the members</source>
        <translation>De groep hier verwijderen; de volgende bundel van de trekkende stad trekt hem bij de leden in</translation>
    </message>
    <message>
        <source>No working groups yet</source>
        <translation>Nog geen werkgroepen</translation>
    </message>
    <message>
        <source>Choose a working group in the list.</source>
        <translation>Kies een werkgroep in de lijst.</translation>
    </message>
    <message>
        <source>A working group brings our city and peer cities together around a theme, with meetings, decisions and actions. To have one:
• start one with New group… above;
• or start one of the groups the matching proposes: Peer cities › Proposed groups;
• or, if another city leads a group we are in, import its bundle (File › Import Bundle…).</source>
        <translation>Een werkgroep brengt onze stad en partnersteden samen rond een thema, met vergaderingen, besluiten en acties. Zo krijgt u er een:
• begin er een met Nieuwe groep… hierboven;
• of begin een van de groepen die de matching voorstelt: Partnersteden › Voorgestelde groepen;
• of, als een andere stad een groep trekt waarvan wij lid zijn, importeer haar bundel (Bestand › Bundel importeren…).</translation>
    </message>
    <message>
        <source>Overdue for our city: {actions}</source>
        <translation>Achterstallig voor onze stad: {actions}</translation>
    </message>
    <message>
        <source> (lead)</source>
        <translation> (trekker)</translation>
    </message>
    <message>
        <source>What changed since your last look ({count})</source>
        <translation>Wat er veranderde sinds u laatst keek ({count})</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Fase: {stage}</translation>
    </message>
    <message>
        <source>Lead: {city}</source>
        <translation>Trekker: {city}</translation>
    </message>
    <message>
        <source>Themes: {topics}</source>
        <translation>Thema’s: {topics}</translation>
    </message>
    <message>
        <source>From {source}</source>
        <translation>Uit {source}</translation>
    </message>
    <message>
        <source>Withdrawn by its lead on {day}</source>
        <translation>Ingetrokken door de trekker op {day}</translation>
    </message>
    <message>
        <source>Only {lead} changes the group and its meetings</source>
        <translation>Alleen {lead} wijzigt de groep en de vergaderingen</translation>
    </message>
    <message>
        <source>Decided: {text}</source>
        <translation>Besloten: {text}</translation>
    </message>
    <message>
        <source>Action: {title}</source>
        <translation>Actie: {title}</translation>
    </message>
    <message>
        <source>Meeting ({time} in {zone})</source>
        <translation>Vergadering ({time} in {zone})</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>entered here</source>
        <translation>hier ingevoerd</translation>
    </message>
    <message>
        <source>{city}&apos;s bundle {file}</source>
        <translation>bundel van {city} {file}</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New Working Group</source>
        <translation>Nieuwe werkgroep</translation>
    </message>
    <message>
        <source>Start a Working Group</source>
        <translation>Een werkgroep beginnen</translation>
    </message>
    <message>
        <source>{city} (our city)</source>
        <translation>{city} (onze stad)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema’s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>&amp;Thema’s:</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>Lidsteden</translation>
    </message>
    <message>
        <source>Edit Working Group</source>
        <translation>Werkgroep bewerken</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Trekkende stad</translation>
    </message>
    <message>
        <source>The lead city&apos;s bundles carry the group, its meetings and its decisions to the members; each member sends its own actions and note.</source>
        <translation>De bundels van de trekkende stad brengen de groep, haar vergaderingen en besluiten naar de leden; elk lid stuurt zijn eigen acties en notitie.</translation>
    </message>
    <message>
        <source>Our city</source>
        <translation>Onze stad</translation>
    </message>
    <message>
        <source>&amp;Members (besides us):</source>
        <translation>&amp;Leden (naast ons):</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>T&amp;rekker:</translation>
    </message>
</context>
<context>
    <name>GroupFileDialog</name>
    <message>
        <source>Save the invitation draft</source>
        <translation>Conceptuitnodiging opslaan</translation>
    </message>
    <message>
        <source>Save the meetings as a calendar file</source>
        <translation>Vergaderingen opslaan als agendabestand</translation>
    </message>
    <message>
        <source>Email drafts (*.eml)</source>
        <translation>Conceptmails (*.eml)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>The invitation draft is in {path}. Email It opens it in your mail program: check the recipients and send it.</source>
        <translation>Het concept van de uitnodiging staat in {path}. ‘Per e-mail versturen’ opent het in je mailprogramma: controleer de ontvangers en verstuur het.</translation>
    </message>
    <message>
        <source>The meetings are in {path}: open it with your calendar.</source>
        <translation>De vergaderingen staan in {path}: open het met uw agenda.</translation>
    </message>
    <message>
        <source>&amp;Email It</source>
        <translation>Per &amp;e-mail versturen</translation>
    </message>
    <message>
        <source>The invitation is open in your mail program: check the recipients and send it.</source>
        <translation>De uitnodiging staat open in je mailprogramma: controleer de ontvangers en verstuur haar.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, so the folder with {file} is open instead. Attach that file to a new email to the member cities (in your web mail, for instance) and send it; their calendars read the meeting from it.</source>
        <translation>Op deze computer is geen mailprogramma ingesteld, dus de map met {file} is geopend. Voeg dat bestand toe aan een nieuwe e-mail aan de deelnemende steden (bijvoorbeeld in je webmail) en verstuur hem; hun agenda’s lezen de vergadering eruit.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, and its folder could not be opened either. The invitation is {file}: attach it to a new email to the member cities (in your web mail, for instance) and send it; their calendars read the meeting from it.</source>
        <translation>Er is op deze computer geen e-mailprogramma ingesteld, en de map kon ook niet worden geopend. De uitnodiging is {file}: voeg die toe aan een nieuwe e-mail aan de ledensteden (in je webmail, bijvoorbeeld) en verstuur hem; hun agenda’s lezen de vergadering eruit.</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Werkgroepen</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>The next meeting, in your time zone</source>
        <translation>De volgende vergadering, in uw tijdzone</translation>
    </message>
    <message>
        <source>What changed since your last look at the group</source>
        <translation>Wat er veranderd is sinds u laatst naar de groep keek</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Volgende vergadering</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Withdrawn by its lead</source>
        <translation>Ingetrokken door de trekker</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open acties</translation>
    </message>
    <message>
        <source>{count} ({late} of ours overdue)</source>
        <translation>{count} (van ons achterstallig: {late})</translation>
    </message>
</context>
<context>
    <name>GroupWrites</name>
    <message>
        <source>Working groups</source>
        <translation>Werkgroepen</translation>
    </message>
    <message>
        <source>Not saved: something unexpected went wrong (it is in the log). Your entries are kept: try again, or Cancel.</source>
        <translation>Niet opgeslagen: er ging iets onverwachts mis (het staat in het logboek). Uw invoer blijft bewaard: probeer het opnieuw, of Annuleren.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>{app} User Guide</source>
        <translation>Gebruikershandleiding van {app}</translation>
    </message>
    <message>
        <source>Section of the guide</source>
        <translation>Hoofdstuk van de handleiding</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Zoeken in de handleiding</translation>
    </message>
    <message>
        <source>Enter goes to the next place that has these words</source>
        <translation>Enter gaat naar de volgende plek met deze woorden</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>The keys of the menu commands on this computer. On any page, F1 opens the part of this guide about that page.</source>
        <translation>De toetsen van de menuopdrachten op deze computer. Op elke pagina opent F1 het deel van deze handleiding over die pagina.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>No section of the guide has “{words}”.</source>
        <translation>Geen hoofdstuk van de handleiding bevat ‘{words}’.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import stakeholders from {file}</source>
        <translation>Stakeholders importeren uit {file}</translation>
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
        <source>File:</source>
        <translation>Bestand:</translation>
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
        <source>Fields guessed from the values</source>
        <translation>Velden afgeleid uit de waarden</translation>
    </message>
    <message>
        <source>Mark the new ones as &amp;shareable with peer cities</source>
        <translation>Nieuwe stakeholders markeren als &amp;deelbaar met partnersteden</translation>
    </message>
    <message>
        <source>The first rows as they would be imported</source>
        <translation>De eerste rijen zoals ze zouden worden geïmporteerd</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save &amp;Failed Rows…</source>
        <translation>&amp;Mislukte rijen opslaan…</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>Deze import &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Stakeholders &amp;already there:</source>
        <translation>&amp;Bestaande stakeholders:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolommen:</translation>
    </message>
    <message>
        <source>{field} is chosen for several columns: keep one.</source>
        <translation>{field} is voor meerdere kolommen gekozen: laat het bij één kolom staan.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Guessed from the values:</source>
        <translation>Afgeleid uit de waarden:</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more rows with problems.</source>
        <translation>
            <numerusform>… en nog %Ln rij met problemen.</numerusform>
            <numerusform>… en nog %Ln rijen met problemen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and changes nothing.</source>
        <translation>Bezig met importeren… Met Annuleren stop je de import en blijft alles ongewijzigd.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import geannuleerd: er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {skipped} skipped, {failed} not imported because of a problem.</source>
        <translation>Geïmporteerd: {added} toegevoegd, {updated} bijgewerkt, {skipped} overgeslagen, {failed} niet geïmporteerd vanwege een probleem.</translation>
    </message>
    <message>
        <source>The rows to fix are saved in {file}.</source>
        <translation>De te corrigeren rijen zijn opgeslagen in {file}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Save the rows to fix</source>
        <translation>Te corrigeren rijen opslaan</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {skip} already there or repeated (skipped), {fail} with problems.</source>
        <translation>{add} toe te voegen, {update} bij te werken, {skip} al aanwezig of dubbel (overgeslagen), {fail} met problemen.</translation>
    </message>
    <message>
        <source>spreadsheet workbook</source>
        <translation>werkmap</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln rows ({encoding})</source>
        <translation>
            <numerusform>{file}: %Ln rij ({encoding})</numerusform>
            <numerusform>{file}: %Ln rijen ({encoding})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln set aside as section headings.</source>
        <translation>
            <numerusform>%Ln apart gezet als sectiekop.</numerusform>
            <numerusform>%Ln apart gezet als sectiekoppen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold no stakeholder (blank rows, titles, repeated headers).</source>
        <translation>
            <numerusform>%Ln bevat geen stakeholder (lege rij, titel, herhaalde kop).</numerusform>
            <numerusform>%Ln bevatten geen stakeholder (lege rijen, titels, herhaalde koppen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {number}: {problem}</source>
        <translation>Rij {number}: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Undo import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Er is geen import om ongedaan te maken.</translation>
    </message>
    <message>
        <source>Undo the import of {file} made on {when}?</source>
        <translation>De import van {file} van {when} ongedaan maken?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stakeholders it added are deleted, with anything recorded on them since.</source>
        <translation>
            <numerusform>De %Ln stakeholder die ze toevoegde wordt verwijderd, met alles wat sindsdien erover is vastgelegd.</numerusform>
            <numerusform>De %Ln stakeholders die ze toevoegde worden verwijderd, met alles wat sindsdien erover is vastgelegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stakeholders it updated get their previous values back.</source>
        <translation>
            <numerusform>De %Ln stakeholder die ze bijwerkte krijgt de vorige waarden terug.</numerusform>
            <numerusform>De %Ln stakeholders die ze bijwerkte krijgen hun vorige waarden terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep the Import</source>
        <translation>Import &amp;behouden</translation>
    </message>
    <message numerus="yes">
        <source>Peer cities already received %Ln of the stakeholders it added, in a bundle: your next bundle withdraws them from the peers.</source>
        <translation>
            <numerusform>Partnersteden ontvingen al %Ln van de toegevoegde stakeholders, in een bundel: uw volgende bundel trekt die bij hen in.</numerusform>
            <numerusform>Partnersteden ontvingen al %Ln van de toegevoegde stakeholders, in een bundel: uw volgende bundel trekt ze bij hen in.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of {file} was undone.</source>
        <translation>De import van {file} is ongedaan gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted.</source>
        <translation>
            <numerusform>%Ln stakeholder verwijderd.</numerusform>
            <numerusform>%Ln stakeholders verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders given their previous values back.</source>
        <translation>
            <numerusform>%Ln stakeholder kreeg de vorige waarden terug.</numerusform>
            <numerusform>%Ln stakeholders kregen hun vorige waarden terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>Import &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Cannot undo the import</source>
        <translation>De import kan niet ongedaan worden gemaakt</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Edit interaction</source>
        <translation>Contactmoment bewerken</translation>
    </message>
    <message>
        <source>Add interaction</source>
        <translation>Contactmoment toevoegen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum voor opvolging</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>Opvolging &amp;afgerond</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>&amp;Follow-up on:</source>
        <translation>&amp;Opvolging op:</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Add Interaction</source>
        <translation>Contactmoment toevoegen</translation>
    </message>
    <message>
        <source>Edit Interaction</source>
        <translation>Contactmoment bewerken</translation>
    </message>
    <message>
        <source>Delete Interaction</source>
        <translation>Contactmoment verwijderen</translation>
    </message>
</context>
<context>
    <name>LanguageChecklist</name>
    <message>
        <source>Find a language</source>
        <translation>Een taal zoeken</translation>
    </message>
    <message>
        <source>Find a language…</source>
        <translation>Een taal zoeken…</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
</context>
<context>
    <name>LanguageRestart</name>
    <message>
        <source>{app} restarts in the new language once the open dialog is closed.</source>
        <translation>{app} start opnieuw in de nieuwe taal zodra het geopende dialoogvenster gesloten is.</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>Nu opnieuw starten?</translation>
    </message>
    <message>
        <source>{app} speaks {language} from its next start. Restart now? It opens again on this page; your profile is saved, and open dialogs are closed first (you are asked about anything typed in them).</source>
        <translation>{app} is vanaf de volgende start in het {language}. Nu opnieuw starten? Het opent weer op deze pagina; uw profiel wordt bewaard en geopende dialoogvensters worden eerst gesloten (u wordt gevraagd wat er moet gebeuren met wat u erin hebt getypt).</translation>
    </message>
    <message>
        <source>{app} speaks the system&apos;s language from its next start. Restart now? It opens again on this page; your profile is saved, and open dialogs are closed first (you are asked about anything typed in them).</source>
        <translation>{app} is vanaf de volgende start in de taal van het systeem. Nu opnieuw starten? Het opent weer op deze pagina; uw profiel wordt bewaard en geopende dialoogvensters worden eerst gesloten (u wordt gevraagd wat er moet gebeuren met wat u erin hebt getypt).</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Nu opnieuw &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
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
        <source>Read only: your role may look at the team&apos;s register but not change it</source>
        <translation>Alleen lezen: uw rol mag het register van het team bekijken maar niet wijzigen</translation>
    </message>
    <message>
        <source>Updated with your colleagues&apos; changes</source>
        <translation>Bijgewerkt met de wijzigingen van uw collega&apos;s</translation>
    </message>
    <message>
        <source>Waiting for the database: another program is writing to it. Your change is saved as soon as it is free.</source>
        <translation>Wachten op de database: een ander programma schrijft erin. Uw wijziging wordt opgeslagen zodra die vrij is.</translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation>Partnersteden</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Werkgroepen</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Briefings</translation>
    </message>
    <message>
        <source>Make a brief first: choose what it covers, then Preview.</source>
        <translation>Maak eerst een briefing: kies wat erin komt en dan Voorbeeld.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Stakeholder map</source>
        <translation>Stakeholderkaart</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders placed by influence and interest.</source>
        <translation>
            <numerusform>%Ln stakeholder geplaatst naar invloed en belang.</numerusform>
            <numerusform>%Ln stakeholders geplaatst naar invloed en belang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not placed.</source>
        <translation>
            <numerusform>%Ln niet geplaatst.</numerusform>
            <numerusform>%Ln niet geplaatst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows the same stakeholders.</source>
        <translation>De lijst toont dezelfde stakeholders.</translation>
    </message>
    <message>
        <source>{name}
{stage} · {kind}
Influence {influence}, interest {interest}</source>
        <translation>{name}
{stage} · {kind}
Invloed {influence}, belang {interest}</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Which column feeds which field</source>
        <translation>Welke kolom welk veld vult</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Deze kolom negeren</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Veld voor kolom {column}</translation>
    </message>
    <message>
        <source>{field} is chosen for several columns: keep one.</source>
        <translation>{field} is voor meerdere kolommen gekozen: laat het bij één kolom staan.</translation>
    </message>
</context>
<context>
    <name>MaturityCombo</name>
    <message>
        <source>Not assessed</source>
        <translation>Niet beoordeeld</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Plan a Meeting</source>
        <translation>Vergadering plannen</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;When (local time):</source>
        <translation>&amp;Wanneer (lokale tijd):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tijd&amp;zone:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>Online&amp;link:</translation>
    </message>
    <message>
        <source>&amp;Agenda (one item a line):</source>
        <translation>&amp;Agenda (één punt per regel):</translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation>&amp;Notulen:</translation>
    </message>
    <message>
        <source>&amp;Decisions (one a line):</source>
        <translation>&amp;Besluiten (één per regel):</translation>
    </message>
    <message>
        <source>Every member sees the meeting in their own time zone.</source>
        <translation>Elk lid ziet de vergadering in de eigen tijdzone.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Kies een tijdzone uit de lijst.</translation>
    </message>
    <message>
        <source>{zone}; on this computer: {time}</source>
        <translation>{zone}; op deze computer: {time}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicates</source>
        <translation>Duplicaten samenvoegen</translation>
    </message>
    <message>
        <source>Master record</source>
        <translation>Hoofdrecord</translation>
    </message>
    <message>
        <source>&amp;Keep this record:</source>
        <translation>Dit record &amp;behouden:</translation>
    </message>
    <message>
        <source>Which value to keep for each field</source>
        <translation>Welke waarde per veld behouden blijft</translation>
    </message>
    <message>
        <source>What the merge will do</source>
        <translation>Wat het samenvoegen doet</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <source>Fewer than two of these stakeholders still exist: nothing to merge.</source>
        <translation>Van deze stakeholders bestaan er nog minder dan twee: er valt niets samen te voegen.</translation>
    </message>
    <message>
        <source>{field} from {name}</source>
        <translation>{field} van {name}</translation>
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
        <source>consent recorded</source>
        <translation>toestemming vastgelegd</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>geen toestemming</translation>
    </message>
    <message>
        <source>{master} is kept (same ID, so peer cities still recognise it).</source>
        <translation>{master} blijft behouden (zelfde ID, dus partnersteden herkennen het nog).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other records are merged into it and then deleted.</source>
        <translation>
            <numerusform>%Ln ander record wordt erin samengevoegd en daarna verwijderd.</numerusform>
            <numerusform>%Ln andere records worden erin samengevoegd en daarna verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln interactions move to it.</source>
        <translation>
            <numerusform>Hun %Ln contactmoment gaat ernaar over.</numerusform>
            <numerusform>Hun %Ln contactmomenten gaan ernaar over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags, sectors and topics are combined; their people are linked to it.</source>
        <translation>Labels, sectoren en thema’s worden samengevoegd; hun personen worden eraan gekoppeld.</translation>
    </message>
    <message>
        <source>Taken from the others: {fields}.</source>
        <translation>Overgenomen uit de andere records: {fields}.</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Click to see the recent messages.</source>
        <translation>Klik om de recente berichten te zien.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Open questions to raise</source>
        <translation>Open vragen om te bespreken</translation>
    </message>
    <message>
        <source>Open &amp;questions to raise (one per line):</source>
        <translation>&amp;Open vragen om te bespreken (één per regel):</translation>
    </message>
    <message>
        <source>&amp;Reset texts to the suggestions</source>
        <translation>Teksten &amp;terugzetten naar de suggesties</translation>
    </message>
    <message>
        <source>Replace your edits with the texts RRR Desktop suggests</source>
        <translation>Vervangt uw wijzigingen door de teksten die RRR Desktop voorstelt</translation>
    </message>
    <message>
        <source>&amp;{part} (your text):</source>
        <translation>&amp;{part} (je tekst):</translation>
    </message>
    <message>
        <source>You rewrote this text: it no longer follows the data. Reset texts to the suggestions brings the suggestion back.</source>
        <translation>Je hebt deze tekst herschreven: hij volgt de gegevens niet meer. ‘Teksten terugzetten naar de suggesties’ haalt de suggestie terug.</translation>
    </message>
    <message>
        <source>Reset the brief&apos;s texts</source>
        <translation>Teksten van de briefing terugzetten</translation>
    </message>
</context>
<context>
    <name>NotesTable</name>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
</context>
<context>
    <name>PeerDetailView</name>
    <message>
        <source>Peer city details and sources</source>
        <translation>Gegevens en bronnen van de partnerstad</translation>
    </message>
    <message>
        <source>Select a peer city to see its profile and sources.</source>
        <translation>Selecteer een partnerstad om het profiel en de bronnen te bekijken.</translation>
    </message>
    <message>
        <source>{city} has not written some of its texts in your language: they are shown as the city wrote them, followed by their language.</source>
        <translation>{city} heeft een deel van zijn teksten niet in uw taal geschreven: ze staan er zoals de stad ze schreef, gevolgd door hun taal.</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>Wat zij bieden</translation>
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
        <source>None recorded.</source>
        <translation>Niets vastgelegd.</translation>
    </message>
    <message>
        <source>In their own words: {topics}</source>
        <translation>In hun eigen woorden: {topics}</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praktijken</translation>
    </message>
    <message>
        <source>Stakeholders they shared</source>
        <translation>Door hen gedeelde stakeholders</translation>
    </message>
    <message>
        <source>None yet: they arrive with the city&apos;s bundles.</source>
        <translation>Nog geen: deze komen binnen met de bundels van de stad.</translation>
    </message>
    <message>
        <source>Data from the bundle {file} sent by {sender} on {date}, imported {imported}</source>
        <translation>Gegevens uit de bundel {file}, verzonden door {sender} op {date}, geïmporteerd op {imported}</translation>
    </message>
    <message>
        <source>Data from {source} of {date}</source>
        <translation>Gegevens uit {source} van {date}</translation>
    </message>
    <message>
        <source>Data of {date}, source not recorded</source>
        <translation>Gegevens van {date}, bron niet vastgelegd</translation>
    </message>
    <message numerus="yes">
        <source>⚠ This information is more than %Ln months old: check it with the city before relying on it.</source>
        <translation>
            <numerusform>⚠ Deze informatie is meer dan %Ln maand oud: controleer ze bij de stad voor u erop vertrouwt.</numerusform>
            <numerusform>⚠ Deze informatie is meer dan %Ln maanden oud: controleer ze bij de stad voor u erop vertrouwt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ This information is more than %Ln years old: check it with the city before relying on it.</source>
        <translation>
            <numerusform>⚠ Deze informatie is meer dan een jaar oud: controleer ze bij de stad voor u erop vertrouwt.</numerusform>
            <numerusform>⚠ Deze informatie is meer dan %Ln jaar oud: controleer ze bij de stad voor u erop vertrouwt.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>een onbekende datum</translation>
    </message>
</context>
<context>
    <name>PeerFilterBar</name>
    <message>
        <source>Search cities (Ctrl+F)</source>
        <translation>Zoek steden (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search peer cities by name</source>
        <translation>Partnersteden zoeken op naam</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>Filteren op onderwerp</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filteren op taal</translation>
    </message>
    <message>
        <source>Filter by region or country</source>
        <translation>Filteren op regio of land</translation>
    </message>
    <message>
        <source>Show &amp;hidden</source>
        <translation>&amp;Verborgen tonen</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Alle onderwerpen</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Alle regio&apos;s</translation>
    </message>
</context>
<context>
    <name>PeerMatchView</name>
    <message>
        <source>Why this peer is suggested</source>
        <translation>Waarom deze partnerstad wordt voorgesteld</translation>
    </message>
    <message>
        <source>Select a peer city to see why it is suggested.</source>
        <translation>Selecteer een partnerstad om te zien waarom die wordt voorgesteld.</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>Score {score}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Points per criterion</source>
        <translation>Punten per criterium</translation>
    </message>
    <message>
        <source>{criterion}: {points} points</source>
        <translation>{criterion}: {points} punten</translation>
    </message>
</context>
<context>
    <name>PeerNoteEditor</name>
    <message>
        <source>&amp;Our notes (private, never shared)</source>
        <translation>Onze &amp;notities (privé, worden nooit gedeeld)</translation>
    </message>
    <message>
        <source>Our private notes about this city</source>
        <translation>Onze privénotities over deze stad</translation>
    </message>
    <message>
        <source>Contacts, what was agreed, what to ask next time… Saved automatically.</source>
        <translation>Contactpersonen, gemaakte afspraken, wat je de volgende keer wilt vragen… Wordt automatisch opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved yet: the last save failed.</source>
        <translation>Nog niet opgeslagen: het laatste opslaan is mislukt.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>The note could not be saved: {problem} Your text is kept here and will be saved again when you type or leave the note.</source>
        <translation>De notitie kon niet worden opgeslagen: {problem} Je tekst blijft hier bewaard en wordt opnieuw opgeslagen zodra je typt of de notitie verlaat.</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>&amp;Weights…</source>
        <translation>&amp;Gewichten…</translation>
    </message>
    <message>
        <source>How much each reason counts in the ranking</source>
        <translation>Hoeveel elke reden meetelt in de rangschikking</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>&amp;Suggesties</translation>
    </message>
    <message>
        <source>&amp;Proposed groups</source>
        <translation>&amp;Voorgestelde groepen</translation>
    </message>
    <message>
        <source>Suggested peer cities, best first</source>
        <translation>Voorgestelde partnersteden, best passende eerst</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Profile, sources and notes</source>
        <translation>Profiel, bronnen en notities</translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation>Partnersteden</translation>
    </message>
    <message>
        <source>Choose your city on the Profile page first: peers are ranked against it.</source>
        <translation>Kies eerst je stad op de pagina Profiel: de partnersteden worden op basis daarvan gerangschikt.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln peer cities</source>
        <translation>
            <numerusform>{shown} van %Ln partnerstad</numerusform>
            <numerusform>{shown} van %Ln partnersteden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln hidden)</source>
        <translation>
            <numerusform>(%Ln verborgen)</numerusform>
            <numerusform>(%Ln verborgen)</numerusform>
        </translation>
    </message>
    <message>
        <source>No peer cities yet: they arrive with bundles from other cities.</source>
        <translation>Nog geen partnersteden: die komen binnen met bundels van andere steden.</translation>
    </message>
    <message>
        <source>Every peer city is hidden: tick “Show hidden” to see them.</source>
        <translation>Alle partnersteden zijn verborgen: vink „Verborgen tonen” aan om ze te zien.</translation>
    </message>
    <message>
        <source>No peer city speaks {language}.</source>
        <translation>Geen enkele partnerstad spreekt {language}.</translation>
    </message>
    <message>
        <source>No peer city in {region}.</source>
        <translation>Geen partnersteden in {region}.</translation>
    </message>
    <message>
        <source>No peer city in {region} speaks {language}.</source>
        <translation>Geen enkele partnerstad in {region} spreekt {language}.</translation>
    </message>
    <message>
        <source>No peer city has anything in common with yours on {topic}.</source>
        <translation>Geen enkele partnerstad heeft op het gebied van {topic} iets gemeen met jullie stad.</translation>
    </message>
    <message>
        <source>No peer city has anything in common with yours yet.</source>
        <translation>Nog geen enkele partnerstad heeft iets gemeen met jullie stad.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Niet gewijzigd</translation>
    </message>
    <message>
        <source>No peer city matches “{search}”.</source>
        <translation>Geen partnersteden gevonden voor „{search}”.</translation>
    </message>
</context>
<context>
    <name>PinAndHide</name>
    <message>
        <source>&amp;Pin</source>
        <translation>Vast&amp;maken</translation>
    </message>
    <message>
        <source>Pin to the top of the list, or unpin (Ctrl+Shift+P)</source>
        <translation>Bovenaan de lijst vastmaken, of losmaken (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Ver&amp;bergen</translation>
    </message>
    <message>
        <source>Hide from suggestions, or show again (Ctrl+Shift+H)</source>
        <translation>Verbergen in de suggesties, of weer zichtbaar maken (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Los&amp;maken</translation>
    </message>
    <message>
        <source>S&amp;how again</source>
        <translation>Weer zicht&amp;baar maken</translation>
    </message>
    <message>
        <source>Pin Peer City</source>
        <translation>Partnerstad vastmaken</translation>
    </message>
    <message>
        <source>Unpin Peer City</source>
        <translation>Partnerstad losmaken</translation>
    </message>
    <message>
        <source>Hide Peer City</source>
        <translation>Partnerstad verbergen</translation>
    </message>
    <message>
        <source>Show Peer City Again</source>
        <translation>Partnerstad weer tonen</translation>
    </message>
</context>
<context>
    <name>PracticesEditor</name>
    <message>
        <source>Practices</source>
        <translation>Praktijken</translation>
    </message>
    <message>
        <source>Add practice</source>
        <translation>Praktijk toevoegen</translation>
    </message>
    <message>
        <source>Describe a practice of our city that peers can learn from</source>
        <translation>Beschrijf een praktijk van onze stad waar partnersteden van kunnen leren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected practice</source>
        <translation>Geselecteerde praktijk verwijderen</translation>
    </message>
    <message>
        <source>No practices yet. Add the programmes and mechanisms your city runs, so peers can learn from them.</source>
        <translation>Nog geen praktijken. Voeg de programma&apos;s en instrumenten toe die je stad uitvoert, zodat partnersteden ervan kunnen leren.</translation>
    </message>
    <message>
        <source>Practice title</source>
        <translation>Titel van de praktijk</translation>
    </message>
    <message>
        <source>e.g. Neighbourhood hubs</source>
        <translation>bijv. Buurthubs</translation>
    </message>
    <message>
        <source>Kind of practice</source>
        <translation>Soort praktijk</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Year started</source>
        <translation>Startjaar</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>Practice description</source>
        <translation>Beschrijving van de praktijk</translation>
    </message>
    <message>
        <source>Practice topics</source>
        <translation>Onderwerpen van de praktijk</translation>
    </message>
    <message>
        <source>Practice link</source>
        <translation>Link naar de praktijk</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Year started:</source>
        <translation>Start&amp;jaar:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation>&amp;Onderwerpen:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>(untitled practice)</source>
        <translation>(praktijk zonder titel)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Algemeen</translation>
    </message>
    <message>
        <source>&amp;Peer Cities</source>
        <translation>&amp;Partnersteden</translation>
    </message>
    <message>
        <source>&amp;Team Database</source>
        <translation>&amp;Teamdatabase</translation>
    </message>
    <message>
        <source>Your login name</source>
        <translation>Je gebruikersnaam</translation>
    </message>
    <message>
        <source>Recorded with every change you make, so that colleagues sharing a team database see who changed what. Left empty: your login name (on a team database, your database user).</source>
        <translation>Wordt bij elke wijziging die je maakt vastgelegd, zodat collega’s die een teamdatabase delen zien wie wat heeft gewijzigd. Leeg: je gebruikersnaam (bij een teamdatabase: je databasegebruiker).</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>De taal van het systeem</translation>
    </message>
    <message>
        <source>The language of the window and, by default, of briefs</source>
        <translation>De taal van het venster en standaard van de briefings</translation>
    </message>
    <message>
        <source>After OK you can restart in the new language now, or keep working until the next start.</source>
        <translation>Na OK kunt u nu opnieuw starten in de nieuwe taal, of doorwerken tot de volgende start.</translation>
    </message>
    <message>
        <source>Proposed for new briefs and when printing; usual here: {paper}</source>
        <translation>Voorgesteld voor nieuwe briefings en bij afdrukken; hier gebruikelijk: {paper}</translation>
    </message>
    <message>
        <source>Where exported lists, bundles and briefs are proposed to be saved</source>
        <translation>Waar geëxporteerde lijsten, bundels en briefings standaard worden opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>Kies de standaardmap voor exports</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Paper &amp;size:</source>
        <translation>Papier&amp;formaat:</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>&amp;Exportmap:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>A peer city&apos;s data older than this is flagged in the list, the suggestions and its details, as a reminder to ask the city for a new bundle</source>
        <translation>Gegevens van een partnerstad die ouder zijn dan dit worden gemarkeerd in de lijst, de suggesties en de details, als herinnering om de stad om een nieuwe bundel te vragen</translation>
    </message>
    <message>
        <source>Flag peer data older than:</source>
        <translation>Gegevens van partnersteden markeren ouder dan:</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Standaardmap voor exports</translation>
    </message>
    <message>
        <source>The export folder {folder} does not exist: choose an existing folder. Nothing was saved.</source>
        <translation>De exportmap {folder} bestaat niet: kies een bestaande map. Er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ProfileAutosave</name>
    <message>
        <source>An unexpected error happened.</source>
        <translation>Er is een onverwachte fout opgetreden.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Our city&apos;s profile</source>
        <translation>Profiel van onze stad</translation>
    </message>
    <message>
        <source>Summary of our social economy ecosystem</source>
        <translation>Samenvatting van ons ecosysteem voor de sociale economie</translation>
    </message>
    <message>
        <source>Who makes up the local social and solidarity economy, what the city does for it, what works and what is hard.</source>
        <translation>Wie de lokale sociale en solidaire economie vormen, wat de stad ervoor doet, wat werkt en wat lastig is.</translation>
    </message>
    <message>
        <source>Contact office</source>
        <translation>Contactpunt</translation>
    </message>
    <message>
        <source>Office, address, shared email</source>
        <translation>Afdeling, adres, algemeen e-mailadres</translation>
    </message>
    <message>
        <source>What we offer</source>
        <translation>Wat wij bieden</translation>
    </message>
    <message>
        <source>What we want to learn</source>
        <translation>Wat wij willen leren</translation>
    </message>
    <message>
        <source>Shared challenges</source>
        <translation>Gedeelde uitdagingen</translation>
    </message>
    <message>
        <source>About our ecosystem</source>
        <translation>Over ons ecosysteem</translation>
    </message>
    <message>
        <source>Topics where we have experience to share with peers.</source>
        <translation>Onderwerpen waarover we ervaring hebben die we met partnersteden kunnen delen.</translation>
    </message>
    <message>
        <source>Topics where we look for a peer city to learn from.</source>
        <translation>Onderwerpen waarover we een partnerstad zoeken om van te leren.</translation>
    </message>
    <message>
        <source>Problems we face and would tackle with others.</source>
        <translation>Problemen waar we voor staan en die we samen met anderen willen aanpakken.</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praktijken</translation>
    </message>
    <message>
        <source>Programmes and mechanisms: awards, hubs, financial mechanisms, bonds, communication strategies, digital programmes…</source>
        <translation>Programma&apos;s en instrumenten: prijzen, hubs, financieringsinstrumenten, social impact bonds, communicatiestrategieën, digitale programma&apos;s…</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Zelfevaluatie</translation>
    </message>
    <message>
        <source>How mature is our city on each topic, from 0 (nothing yet) to 10 (a reference for others)? “Not assessed” is not 0.</source>
        <translation>Hoe volwassen is onze stad op elk onderwerp, van 0 (nog niets) tot 10 (een voorbeeld voor anderen)? „Niet beoordeeld” is niet hetzelfde als 0.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Sa&amp;menvatting:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Talen:</translation>
    </message>
    <message>
        <source>&amp;Contact office:</source>
        <translation>&amp;Contactpunt:</translation>
    </message>
    <message>
        <source>Profile of {city}</source>
        <translation>Profiel van {city}</translation>
    </message>
    <message>
        <source>{language}: {text}</source>
        <translation>{language}: {text}</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <source>year started</source>
        <translation>beginjaar</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>onderwerpen</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>maturity</source>
        <translation>volwassenheid</translation>
    </message>
    <message>
        <source>date assessed</source>
        <translation>datum van beoordeling</translation>
    </message>
    <message>
        <source>Own-words topic {number}</source>
        <translation>Onderwerp in eigen woorden {number}</translation>
    </message>
    <message>
        <source>Practice “{title}”</source>
        <translation>Praktijk „{title}”</translation>
    </message>
    <message>
        <source>Practice {number} (untitled)</source>
        <translation>Praktijk {number} (zonder titel)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Save status</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Try saving the profile again</source>
        <translation>Opnieuw proberen het profiel op te slaan</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>Reload the profile as stored and lose the changes made here</source>
        <translation>Het profiel opnieuw laden zoals het is opgeslagen; de wijzigingen die je hier hebt gemaakt, gaan verloren</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Mijn versie behouden</translation>
    </message>
    <message>
        <source>Save the profile as shown here over the other change</source>
        <translation>Het profiel zoals het hier staat opslaan en daarmee de andere wijziging overschrijven</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Restored changes that were not saved when RRR Desktop last closed.</source>
        <translation>Wijzigingen hersteld die nog niet waren opgeslagen toen RRR Desktop de vorige keer werd afgesloten.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle wijzigingen opgeslagen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>{changed} Your text is kept: Reload to see their change and lose yours here, or Keep Mine to save your version over it.</source>
        <translation>{changed} Je tekst blijft bewaard: met ‘Opnieuw laden’ zie je hun wijziging en vervalt de jouwe hier; met ‘Mijn versie behouden’ sla je jouw versie eroverheen op.</translation>
    </message>
    <message>
        <source>Not saved yet: fix what is marked below; it is saved as soon as it is fixed. Your text is kept.</source>
        <translation>Nog niet opgeslagen: corrigeer wat hieronder is gemarkeerd; zodra dat klopt, wordt het opgeslagen. Je tekst blijft bewaard.</translation>
    </message>
    <message>
        <source>Not saved: {reason} Your text is kept; RRR Desktop will try again.</source>
        <translation>Niet opgeslagen: {reason} Je tekst blijft bewaard; RRR Desktop probeert het opnieuw.</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Profiel bewerken</translation>
    </message>
</context>
<context>
    <name>ProposedGroupsView</name>
    <message>
        <source>Proposed working groups</source>
        <translation>Voorgestelde werkgroepen</translation>
    </message>
    <message>
        <source>Groups of three to six cities that the matching proposes for the network, around topics some want to learn and others offer; under each city, why it is in. Start one to plan its meetings and actions on the Working groups page.</source>
        <translation>Groepen van drie tot zes steden die de matching voor het netwerk voorstelt, rond onderwerpen die sommige willen leren en andere aanbieden; onder elke stad waarom ze erbij hoort. Begin er een om de vergaderingen en acties te plannen op de pagina Werkgroepen.</translation>
    </message>
    <message>
        <source>&amp;Start this group…</source>
        <translation>Deze groep &amp;beginnen…</translation>
    </message>
    <message>
        <source>Make a working group of our city and these cities: check its name, members and lead, then find it on the Working groups page</source>
        <translation>Een werkgroep maken van onze stad en deze steden: controleer naam, leden en trekker en vind hem daarna op de pagina Werkgroepen</translation>
    </message>
    <message>
        <source>{topics} (lead: {lead})</source>
        <translation>{topics} (trekker: {lead})</translation>
    </message>
    <message>
        <source>started as “{name}”</source>
        <translation>begonnen als ‘{name}’</translation>
    </message>
    <message>
        <source>No group to propose yet: groups form around topics that some cities want to learn and others offer (the cities&apos; profiles).</source>
        <translation>Nog geen groep voor te stellen: groepen ontstaan rond onderwerpen die sommige steden willen leren en andere aanbieden (de profielen van de steden).</translation>
    </message>
</context>
<context>
    <name>RecentBriefsList</name>
    <message>
        <source>Recent briefs</source>
        <translation>Recente briefings</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Show the selected brief again</source>
        <translation>Toont de geselecteerde briefing opnieuw</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>Ver&amp;geten</translation>
    </message>
    <message>
        <source>Remove from this list; the file is kept</source>
        <translation>Uit deze lijst verwijderen; het bestand blijft bewaard</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Map openen</translation>
    </message>
    <message>
        <source>Show the folder that holds the selected brief</source>
        <translation>Toont de map met de geselecteerde briefing</translation>
    </message>
    <message>
        <source>(file missing: moved or deleted)</source>
        <translation>(bestand ontbreekt: verplaatst of verwijderd)</translation>
    </message>
    <message>
        <source>No brief saved yet.</source>
        <translation>Nog geen briefing opgeslagen.</translation>
    </message>
</context>
<context>
    <name>RecentMessagesDialog</name>
    <message>
        <source>Recent Messages</source>
        <translation>Recente berichten</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Recente berichten</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Nog geen berichten.</translation>
    </message>
</context>
<context>
    <name>RecordDiff</name>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Bij ons</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Bij hen</translation>
    </message>
    <message>
        <source>Fields that differ: ours and theirs</source>
        <translation>Velden die verschillen: bij ons en bij hen</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Hun waarde</translation>
    </message>
    <message>
        <source>What the record holds</source>
        <translation>Wat het record bevat</translation>
    </message>
    <message>
        <source>same items in another order</source>
        <translation>dezelfde waarden in een andere volgorde</translation>
    </message>
</context>
<context>
    <name>RecordStanding</name>
    <message>
        <source>New to us</source>
        <translation>Nieuw voor ons</translation>
    </message>
    <message>
        <source>Changed since we last received it</source>
        <translation>Gewijzigd sinds we het laatst ontvingen</translation>
    </message>
    <message>
        <source>We changed it too</source>
        <translation>Wij hebben het ook gewijzigd</translation>
    </message>
    <message>
        <source>Ours is newer</source>
        <translation>Het onze is nieuwer</translation>
    </message>
    <message>
        <source>The same as ours</source>
        <translation>Gelijk aan het onze</translation>
    </message>
    <message>
        <source>Withdrawn by the sender</source>
        <translation>Ingetrokken door de afzender</translation>
    </message>
    <message>
        <source>{status} (their change of {day})</source>
        <translation>{status} (hun wijziging van {day})</translation>
    </message>
    <message>
        <source>Everything it holds is below; importing adds it.</source>
        <translation>Alles wat het bevat staat hieronder; importeren voegt het toe.</translation>
    </message>
    <message>
        <source>Below, the fields they changed: ours and theirs. Importing takes theirs.</source>
        <translation>Hieronder de velden die zij wijzigden: bij ons en bij hen. Importeren neemt het hunne over.</translation>
    </message>
    <message>
        <source>Ours and theirs differ and neither is newer (below). We keep ours unless you tick it to take theirs.</source>
        <translation>Het onze en het hunne verschillen en geen van beide is nieuwer (hieronder). We houden het onze, tenzij je het aanvinkt om het hunne te nemen.</translation>
    </message>
    <message>
        <source>We hold a later version of it: theirs is kept out.</source>
        <translation>Wij hebben er een latere versie van: het hunne blijft buiten.</translation>
    </message>
    <message>
        <source>Importing changes nothing; below, what it holds.</source>
        <translation>Importeren verandert niets; hieronder wat het bevat.</translation>
    </message>
    <message>
        <source>Importing removes it from what we hold of the sender.</source>
        <translation>Importeren haalt het weg uit wat we van de afzender hebben.</translation>
    </message>
    <message>
        <source>Their revision: {theirs}; we have no revision of it</source>
        <translation>Revisie bij hen: {theirs}; wij hebben er geen revisie van</translation>
    </message>
    <message>
        <source>Our revision: {ours}; theirs: {theirs}</source>
        <translation>Revisie bij ons: {ours}; bij hen: {theirs}</translation>
    </message>
</context>
<context>
    <name>RegisterFlows</name>
    <message>
        <source>Import finished: {added} added, {updated} updated, {skipped} skipped, {failed} with problems.</source>
        <translation>Import voltooid: {added} toegevoegd, {updated} bijgewerkt, {skipped} overgeslagen, {failed} met problemen.</translation>
    </message>
    <message>
        <source>Rows to fix: {file}</source>
        <translation>Te corrigeren rijen: {file}</translation>
    </message>
    <message>
        <source>Add about 300 sample stakeholders to {city}&apos;s register? They are made up and clearly labelled: each name ends with “{marked}” and each carries the “sample” tag, so they can be found by that tag and archived or deleted together.</source>
        <translation>Ongeveer 300 voorbeeldstakeholders toevoegen aan het register van {city}? Ze zijn verzonnen en duidelijk herkenbaar: elke naam eindigt op „{marked}” en elke stakeholder heeft het label „sample”, zodat je ze via dat label kunt terugvinden en in één keer kunt archiveren of verwijderen.</translation>
    </message>
    <message>
        <source>&amp;Add Sample Data</source>
        <translation>Voorbeeldgegevens &amp;toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Sample data loaded: %Ln stakeholders, each tagged “sample”.</source>
        <translation>
            <numerusform>Voorbeeldgegevens geladen: %Ln stakeholder, gelabeld ‘sample’.</numerusform>
            <numerusform>Voorbeeldgegevens geladen: %Ln stakeholders, elk gelabeld ‘sample’.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {file} could not be written: {reason}. Nothing was changed; choose another folder or name.</source>
        <translation>Het bestand {file} kon niet worden geschreven: {reason}. Er is niets gewijzigd; kies een andere map of naam.</translation>
    </message>
</context>
<context>
    <name>ScoreCombo</name>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Onthouden op deze computer</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keyring (its safe store of passwords), never in a file</source>
        <translation>Bewaard in de sleutelbos van deze computer (de veilige opslag van wachtwoorden), nooit in een bestand</translation>
    </message>
    <message>
        <source>This computer has no keyring service to keep it safely: it is asked again at each start of RRR Desktop.</source>
        <translation>Deze computer heeft geen sleutelbosdienst om het veilig te bewaren: het wordt bij elke start van RRR Desktop opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>Type it first.</source>
        <translation>Typ het eerst.</translation>
    </message>
    <message>
        <source>The two do not match: type it again in both fields.</source>
        <translation>De twee komen niet overeen: typ het opnieuw in beide velden.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <source>Your Signing Key</source>
        <translation>Je ondertekeningssleutel</translation>
    </message>
    <message>
        <source>Every bundle you export is signed with this installation&apos;s key. When a peer city imports your first bundle, they see this fingerprint: read it to them by phone, group by group, so they know the bundle is really yours.</source>
        <translation>Elke bundel die je exporteert, wordt ondertekend met de sleutel van deze installatie. Wanneer een partnerstad je eerste bundel importeert, ziet die deze vingerafdruk: lees hem telefonisch voor, groep voor groep, zodat de partnerstad weet dat de bundel echt van jou komt.</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Vingerafdruk van de sleutel</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
</context>
<context>
    <name>SourceOptions</name>
    <message>
        <source>Encoding of the file</source>
        <translation>Codering van het bestand</translation>
    </message>
    <message>
        <source>Import these &amp;headings as stakeholders too</source>
        <translation>Deze &amp;koppen ook als partijen importeren</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codering:</translation>
    </message>
    <message>
        <source>Headings:</source>
        <translation>Koppen:</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; (row {number})</source>
        <translation>‘{text}’ (rij {number})</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>en nog %Ln</numerusform>
            <numerusform>en nog %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows that look like section headings were set aside: {rows}.</source>
        <translation>
            <numerusform>%Ln rij die op een sectiekop lijkt is apart gezet: {rows}.</numerusform>
            <numerusform>%Ln rijen die op sectiekoppen lijken zijn apart gezet: {rows}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderActions</name>
    <message>
        <source>New &amp;Organisation…</source>
        <translation>Nieuwe &amp;organisatie…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New &amp;Person…</source>
        <translation>Nieuwe &amp;persoon…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Add &amp;Interaction…</source>
        <translation>&amp;Contactmoment toevoegen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>&amp;Restore from Archive</source>
        <translation>Uit archief &amp;terugzetten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicates…</source>
        <translation>&amp;Duplicaten samenvoegen…</translation>
    </message>
    <message>
        <source>Add an organisation to the register</source>
        <translation>Voegt een organisatie toe aan het register</translation>
    </message>
    <message>
        <source>Add a person to the register</source>
        <translation>Voegt een persoon toe aan het register</translation>
    </message>
    <message>
        <source>Change the selected stakeholder</source>
        <translation>Wijzigt de geselecteerde stakeholder</translation>
    </message>
    <message>
        <source>Record a meeting, call or e-mail with the selected stakeholder</source>
        <translation>Legt een vergadering, gesprek of e-mail met de geselecteerde stakeholder vast</translation>
    </message>
    <message>
        <source>Hide the selected stakeholders from the list, keeping their history</source>
        <translation>Verbergt de geselecteerde stakeholders uit de lijst en bewaart hun geschiedenis</translation>
    </message>
    <message>
        <source>Bring the selected archived stakeholders back</source>
        <translation>Haalt de geselecteerde gearchiveerde stakeholders terug</translation>
    </message>
    <message>
        <source>Delete the selected stakeholders (Undo brings them back)</source>
        <translation>Verwijdert de geselecteerde stakeholders (Ongedaan maken haalt ze terug)</translation>
    </message>
    <message>
        <source>Join the selected duplicates into one stakeholder</source>
        <translation>Voegt de geselecteerde dubbele items samen tot één stakeholder</translation>
    </message>
    <message>
        <source>Take back the last change to the register</source>
        <translation>Maakt de laatste wijziging in het register ongedaan</translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation>Voert de ongedaan gemaakte wijziging opnieuw uit</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bewerken</translation>
    </message>
    <message>
        <source>New {name}</source>
        <translation>Nieuw: {name}</translation>
    </message>
    <message>
        <source>Stakeholder saved.</source>
        <translation>Stakeholder opgeslagen.</translation>
    </message>
    <message>
        <source>Interaction saved.</source>
        <translation>Contactmoment opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln stakeholders</source>
        <translation>
            <numerusform>%Ln stakeholder samenvoegen</numerusform>
            <numerusform>%Ln stakeholders samenvoegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders merged into one.</source>
        <translation>
            <numerusform>%Ln stakeholder samengevoegd tot één.</numerusform>
            <numerusform>%Ln stakeholders samengevoegd tot één.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interactions moved.</source>
        <translation>
            <numerusform>%Ln contactmoment verplaatst.</numerusform>
            <numerusform>%Ln contactmomenten verplaatst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Follow-up Done</source>
        <translation>Opvolging als gedaan markeren</translation>
    </message>
    <message>
        <source>Follow-up marked done.</source>
        <translation>Opvolging gemarkeerd als afgerond.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders archived. Show them with “Show archived”.</source>
        <translation>
            <numerusform>%Ln stakeholder gearchiveerd. Toon hem met ‘Gearchiveerde tonen’.</numerusform>
            <numerusform>%Ln stakeholders gearchiveerd. Toon ze met ‘Gearchiveerde tonen’.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders restored from the archive.</source>
        <translation>
            <numerusform>%Ln stakeholder uit het archief gehaald.</numerusform>
            <numerusform>%Ln stakeholders uit het archief gehaald.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %Ln stakeholders</source>
        <translation>
            <numerusform>%Ln stakeholder archiveren</numerusform>
            <numerusform>%Ln stakeholders archiveren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln stakeholders from the archive</source>
        <translation>
            <numerusform>%Ln stakeholder uit het archief halen</numerusform>
            <numerusform>%Ln stakeholders uit het archief halen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted. Undo with {keys}.</source>
        <translation>
            <numerusform>%Ln stakeholder verwijderd. Maak ongedaan met {keys}.</numerusform>
            <numerusform>%Ln stakeholders verwijderd. Maak ongedaan met {keys}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln stakeholders</source>
        <translation>
            <numerusform>%Ln stakeholder verwijderen</numerusform>
            <numerusform>%Ln stakeholders verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders restored.</source>
        <translation>
            <numerusform>%Ln stakeholder teruggezet.</numerusform>
            <numerusform>%Ln stakeholders teruggezet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted.</source>
        <translation>
            <numerusform>%Ln stakeholder verwijderd.</numerusform>
            <numerusform>%Ln stakeholders verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Ongedaan gemaakt: {change}</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>Opnieuw gedaan: {change}</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>Edit stakeholder</source>
        <translation>Stakeholder bewerken</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation>O&amp;rganisatie</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>S&amp;hareable: may go into exchange bundles for peer cities (personal data only if you include it)</source>
        <translation>Deel&amp;baar: mag worden opgenomen in uitwisselingsbundels voor partnersteden (persoonsgegevens alleen als je die opneemt)</translation>
    </message>
    <message>
        <source>This record is:</source>
        <translation>Dit record is een:</translation>
    </message>
    <message>
        <source>You changed this stakeholder. Discard the changes?</source>
        <translation>Je hebt deze stakeholder gewijzigd. Wil je de wijzigingen verwerpen?</translation>
    </message>
</context>
<context>
    <name>StakeholderExport</name>
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
        <source>Cannot export</source>
        <translation>Exporteren niet mogelijk</translation>
    </message>
    <message>
        <source>The file could not be written ({problem}): choose another folder or close the file if a spreadsheet has it open, then export again.</source>
        <translation>Het bestand kon niet worden geschreven ({problem}): kies een andere map, of sluit het bestand als het in een spreadsheetprogramma geopend is, en exporteer daarna opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders exported to {file}.</source>
        <translation>
            <numerusform>%Ln stakeholder geëxporteerd naar {file}.</numerusform>
            <numerusform>%Ln stakeholders geëxporteerd naar {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data included for {included}; left out for {withheld} without recorded consent.</source>
        <translation>Persoonsgegevens opgenomen voor {included}; weggelaten voor {withheld} zonder vastgelegde toestemming.</translation>
    </message>
</context>
<context>
    <name>StakeholderFilterBar</name>
    <message>
        <source>Search names, places, descriptions, tags (Ctrl+F)</source>
        <translation>Zoek namen, plaatsen, beschrijvingen, labels (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search stakeholders</source>
        <translation>Stakeholders zoeken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle fases</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
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
        <source>Organisations or people</source>
        <translation>Organisaties of personen</translation>
    </message>
    <message>
        <source>Organisations and people</source>
        <translation>Organisaties en personen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <source>Any dates</source>
        <translation>Alle datums</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Verlopen opvolgingen</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Herziening nodig</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Gearchiveerde &amp;tonen</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filters wiss&amp;en</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Show every stakeholder again</source>
        <translation>Toont weer alle stakeholders</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle onderwerpen</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle sectoren</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle verantwoordelijken</translation>
    </message>
</context>
<context>
    <name>StakeholderImport</name>
    <message>
        <source>Import stakeholders</source>
        <translation>Stakeholders importeren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods *.xls *.txt *.tsv)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.ods *.xls *.txt *.tsv)</translation>
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
    <name>StakeholderMap</name>
    <message>
        <source>Stakeholders by influence and interest</source>
        <translation>Stakeholders naar invloed en belang</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>No stakeholder matches these filters.</source>
        <translation>Geen stakeholders gevonden met deze filters.</translation>
    </message>
    <message>
        <source>No stakeholders yet.</source>
        <translation>Nog geen stakeholders.</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Tevreden houden</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Nauw betrekken</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Volgen</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Informeren</translation>
    </message>
    <message>
        <source>Interest (low → high)</source>
        <translation>Belang (laag → hoog)</translation>
    </message>
    <message>
        <source>Influence (low → high)</source>
        <translation>Invloed (laag → hoog)</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Samenwerkingsfase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Dots for an even sample of {shown} of {placed}; the number in each cell counts all.</source>
        <translation>Stippen voor een gelijkmatige steekproef van {shown} van de {placed}; het getal in elk vak telt ze allemaal.</translation>
    </message>
</context>
<context>
    <name>StakeholderMapView</name>
    <message>
        <source>&amp;Copy Picture</source>
        <translation>Afbeelding k&amp;opiëren</translation>
    </message>
    <message>
        <source>Copy the map to paste it into a slide or document</source>
        <translation>Kopieer de kaart om deze in een dia of document te plakken</translation>
    </message>
    <message>
        <source>Save &amp;Picture…</source>
        <translation>Afbeelding op&amp;slaan…</translation>
    </message>
    <message>
        <source>Save the map as a PNG picture</source>
        <translation>Slaat de kaart op als PNG-afbeelding</translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation>Kaart opslaan als afbeelding</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be saved to {file}: {reason}. Choose another folder or name.</source>
        <translation>De afbeelding kon niet worden opgeslagen in {file}: {reason}. Kies een andere map of naam.</translation>
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
        <source>Influence</source>
        <translation>Invloed</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Belang</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Deelbaar</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>{value} (archived)</source>
        <translation>{value} (gearchiveerd)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(te laat)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
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
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Change this stakeholder</source>
        <translation>Wijzigt deze stakeholder</translation>
    </message>
    <message>
        <source>Add &amp;interaction…</source>
        <translation>&amp;Contactmoment toevoegen…</translation>
    </message>
    <message>
        <source>Record a meeting, call or e-mail with this stakeholder</source>
        <translation>Legt een vergadering, gesprek of e-mail met deze stakeholder vast</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
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
        <source>People ({count}):</source>
        <translation>Personen ({count}):</translation>
    </message>
    <message>
        <source>People of this organisation</source>
        <translation>Personen van deze organisatie</translation>
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
        <source>Follow-up overdue since {date}</source>
        <translation>Opvolging achterstallig sinds {date}</translation>
    </message>
    <message>
        <source>Follow-up: {date}</source>
        <translation>Opvolging: {date}</translation>
    </message>
    <message>
        <source>Mark follow-up &amp;done</source>
        <translation>Opvolging als &amp;afgerond markeren</translation>
    </message>
    <message>
        <source>The follow-up of the selected interaction was done</source>
        <translation>De opvolging van het geselecteerde contactmoment is gedaan</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lijst</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Kaart</translation>
    </message>
    <message>
        <source>List or map</source>
        <translation>Lijst of kaart</translation>
    </message>
    <message>
        <source>Show List or &amp;Map</source>
        <translation>Lijst of kaart &amp;tonen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Switch between the list and the influence and interest map</source>
        <translation>Wisselt tussen de lijst en de kaart van invloed en belang</translation>
    </message>
    <message>
        <source>No stakeholders yet. Import your list with File › Import Stakeholders (Ctrl+I).</source>
        <translation>Nog geen stakeholders. Importeer je lijst via Bestand › Stakeholders importeren (Ctrl+I).</translation>
    </message>
    <message>
        <source>No stakeholder matches these filters.</source>
        <translation>Geen stakeholders gevonden met deze filters.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln stakeholder</numerusform>
            <numerusform>%Ln stakeholders</numerusform>
        </translation>
    </message>
    <message>
        <source>Stakeholder saved. The filters hide it from the list: Clear Filters shows it.</source>
        <translation>Stakeholder opgeslagen. De filters verbergen hem in de lijst: Filters wissen toont hem.</translation>
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
    <name>StatusMessages</name>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>The messages shown here since {app} started</source>
        <translation>De berichten die hier verschenen sinds {app} is gestart</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>⚠ This city&apos;s data is %Ln months old: ask the city for a new bundle before relying on it.</source>
        <translation>
            <numerusform>⚠ De gegevens van deze stad zijn %Ln maand oud: vraag de stad om een nieuwe bundel voor u erop vertrouwt.</numerusform>
            <numerusform>⚠ De gegevens van deze stad zijn %Ln maanden oud: vraag de stad om een nieuwe bundel voor u erop vertrouwt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Vastgemaakt</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseTab</name>
    <message>
        <source>&amp;Work in the team&apos;s shared database</source>
        <translation>&amp;Werken in de gedeelde database van het team</translation>
    </message>
    <message>
        <source>Off: the register is the file in this computer&apos;s data folder</source>
        <translation>Uit: het register is het bestand in de gegevensmap van deze computer</translation>
    </message>
    <message>
        <source>The server&apos;s name or address, from your IT staff</source>
        <translation>De naam of het adres van de server, van uw IT-afdeling</translation>
    </message>
    <message>
        <source>your computer&apos;s user name</source>
        <translation>uw gebruikersnaam op deze computer</translation>
    </message>
    <message>
        <source>Encrypted (required)</source>
        <translation>Versleuteld (verplicht)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Versleuteld, servercertificaat gecontroleerd</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Versleuteld als de server het aanbiedt</translation>
    </message>
    <message>
        <source>Not encrypted (this computer only)</source>
        <translation>Niet versleuteld (alleen deze computer)</translation>
    </message>
    <message>
        <source>Needed only when your computer&apos;s PostgreSQL password file or PGPASSWORD gives none</source>
        <translation>Alleen nodig als het PostgreSQL-wachtwoordbestand van uw computer of PGPASSWORD er geen geeft</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Verbinding testen</translation>
    </message>
    <message>
        <source>A password in your computer&apos;s PostgreSQL password file (pgpass) or PGPASSWORD comes first; the one typed here is never written into these settings. The team database is used from the next start.</source>
        <translation>Een wachtwoord in het PostgreSQL-wachtwoordbestand van uw computer (pgpass) of in PGPASSWORD gaat voor; het hier getypte wordt nooit in deze instellingen geschreven. De teamdatabase wordt vanaf de volgende start gebruikt.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>V&amp;ersleuteling:</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>W&amp;achtwoord:</translation>
    </message>
    <message>
        <source>remembered on this computer</source>
        <translation>onthouden op deze computer</translation>
    </message>
    <message>
        <source>Type the server&apos;s name first.</source>
        <translation>Typ eerst de naam van de server.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>The database is empty: it is made ready at the next start.</source>
        <translation>De database is leeg: ze wordt bij de volgende start klaargemaakt.</translation>
    </message>
    <message>
        <source>Your role may read the register but not change it.</source>
        <translation>Uw rol mag het register lezen maar niet wijzigen.</translation>
    </message>
    <message>
        <source>The register is there and your role may change it.</source>
        <translation>Het register is er en uw rol mag het wijzigen.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}. {state}</source>
        <translation>Verbonden met PostgreSQL {version}. {state}</translation>
    </message>
</context>
<context>
    <name>TeamPassphraseDialog</name>
    <message>
        <source>Bundles from the team database {database} are signed with your city&apos;s one key. This is the team&apos;s first bundle: choose the passphrase that will protect the key, and give it to your colleagues; they type it when they export.</source>
        <translation>Bundels uit de teamdatabase {database} worden ondertekend met de ene sleutel van uw stad. Dit is de eerste bundel van het team: kies de wachtzin die de sleutel beschermt en geef die aan uw collega&apos;s; zij typen hem bij het exporteren.</translation>
    </message>
    <message>
        <source>Bundles from the team database {database} are signed with your city&apos;s one key, kept there protected by the team&apos;s passphrase. Type the passphrase (ask a colleague if you do not know it).</source>
        <translation>Bundels uit de teamdatabase {database} worden ondertekend met de ene sleutel van uw stad, daar bewaard en beschermd door de wachtzin van het team. Typ de wachtzin (vraag hem aan een collega als u hem niet kent).</translation>
    </message>
    <message>
        <source>Team Passphrase</source>
        <translation>Wachtzin van het team</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
</context>
<context>
    <name>TeamPasswordDialog</name>
    <message>
        <source>Team Database Password</source>
        <translation>Wachtwoord van de teamdatabase</translation>
    </message>
    <message>
        <source>The team database {database} asks for your password.</source>
        <translation>De teamdatabase {database} vraagt om uw wachtwoord.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
</context>
<context>
    <name>TextLanguageBar</name>
    <message>
        <source>Language of the texts shown</source>
        <translation>Taal van de getoonde teksten</translation>
    </message>
    <message>
        <source>Write the summary, contact office, notes and practices in another language: peers read the profile in their own language when it is written in it.</source>
        <translation>Schrijf de samenvatting, het contactbureau, de notities en de praktijken in een andere taal: partnersteden lezen het profiel in hun eigen taal als het daarin geschreven is.</translation>
    </message>
    <message>
        <source>Te&amp;xts in:</source>
        <translation>Te&amp;ksten in:</translation>
    </message>
    <message>
        <source>{language} — {state}</source>
        <translation>{language} — {state}</translation>
    </message>
    <message>
        <source>{language} is the language these texts were first written in. Choose another language to write them in it too.</source>
        <translation>{language} is de taal waarin deze teksten eerst zijn geschreven. Kies een andere taal om ze ook daarin te schrijven.</translation>
    </message>
    <message>
        <source>Every text is written in {language} too.</source>
        <translation>Alle teksten zijn ook in het {language} geschreven.</translation>
    </message>
    <message>
        <source>{missing} of {total} texts are not written in {language} yet: each empty field shows the original as a hint. Peers reading {language} see the original there.</source>
        <translation>Nog niet in het {language} geschreven: {missing} van {total} teksten. Elk leeg veld toont het origineel als hint; wie {language} leest, ziet daar het origineel.</translation>
    </message>
    <message>
        <source>Nothing is written in {language} yet: each empty field shows the original as a hint. Peers reading {language} see the original.</source>
        <translation>Er is nog niets in het {language} geschreven: elk leeg veld toont het origineel als hint. Wie {language} leest, ziet het origineel.</translation>
    </message>
    <message>
        <source>original</source>
        <translation>origineel</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>niet geschreven</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>volledig</translation>
    </message>
    <message>
        <source>{missing} of {total} missing</source>
        <translation>ontbrekend: {missing} van {total}</translation>
    </message>
</context>
<context>
    <name>TopicListEditor</name>
    <message>
        <source>{list}: topics</source>
        <translation>{list}: onderwerpen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>{list}: topics in our own words</source>
        <translation>{list}: onderwerpen in onze eigen woorden</translation>
    </message>
    <message>
        <source>Topic in our own words</source>
        <translation>Onderwerp in onze eigen woorden</translation>
    </message>
    <message>
        <source>In our own words</source>
        <translation>In onze eigen woorden</translation>
    </message>
    <message>
        <source>Type a topic or a synonym</source>
        <translation>Typ een onderwerp of een synoniem</translation>
    </message>
    <message>
        <source>{list}: topic to add</source>
        <translation>{list}: toe te voegen onderwerp</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Onderwerp toevoegen</translation>
    </message>
    <message>
        <source>{list}: add topic</source>
        <translation>{list}: onderwerp toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>{list}: remove selected topics</source>
        <translation>{list}: geselecteerde onderwerpen verwijderen</translation>
    </message>
    <message>
        <source>Add in our own words</source>
        <translation>Toevoegen in eigen woorden</translation>
    </message>
    <message>
        <source>{list}: add a topic in our own words</source>
        <translation>{list}: een onderwerp in onze eigen woorden toevoegen</translation>
    </message>
    <message>
        <source>For a topic the shared vocabulary does not have. Peers read it, but matching uses only vocabulary topics.</source>
        <translation>Voor een onderwerp dat niet in de gedeelde woordenlijst staat. Partnersteden kunnen het lezen, maar bij het zoeken naar passende partnersteden tellen alleen onderwerpen uit de woordenlijst mee.</translation>
    </message>
    <message>
        <source>{list}: remove selected own-words topics</source>
        <translation>{list}: geselecteerde onderwerpen in eigen woorden verwijderen</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>Opnie&amp;uw: {change}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Ongedaan maken: {change}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>UnsavedWork</name>
    <message>
        <source>Everything is saved: RRR Desktop saves your changes as you make them.</source>
        <translation>Alles is bewaard: RRR Desktop bewaart je wijzigingen terwijl je ze maakt.</translation>
    </message>
    <message>
        <source>Saving the profile…</source>
        <translation>Profiel wordt bewaard…</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profiel bewaard.</translation>
    </message>
    <message>
        <source>The profile is not saved: the Profile page says why.</source>
        <translation>Het profiel is niet bewaard: de pagina Profiel zegt waarom.</translation>
    </message>
    <message>
        <source>The profile could not be saved, nor kept for the next start: {reason}

Your text is still on the Profile page. Keep RRR Desktop open and free some disk space, or close and lose the unsaved changes.</source>
        <translation>Het profiel kon niet worden opgeslagen en ook niet worden bewaard voor de volgende keer: {reason}

Je tekst staat nog op de pagina Profiel. Laat RRR Desktop open en maak wat schijfruimte vrij, of sluit af en raak de niet-opgeslagen wijzigingen kwijt.</translation>
    </message>
    <message>
        <source>{problem}

Keep RRR Desktop open, or close and lose what is not kept.</source>
        <translation>{problem}

Houd RRR Desktop open, of sluit het en verlies wat niet is bewaard.</translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation>&amp;Open laten</translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation>&amp;Toch sluiten</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>They &amp;teach what you want</source>
        <translation>&amp;Zij bieden wat jullie willen leren</translation>
    </message>
    <message>
        <source>You teach what they &amp;want</source>
        <translation>&amp;Jullie bieden wat zij willen leren</translation>
    </message>
    <message>
        <source>Two-way e&amp;xchange</source>
        <translation>We&amp;derzijdse uitwisseling</translation>
    </message>
    <message>
        <source>&amp;Maturity gap</source>
        <translation>Verschil in volw&amp;assenheid</translation>
    </message>
    <message>
        <source>Re&amp;lated topics</source>
        <translation>Verwante onderwer&amp;pen</translation>
    </message>
    <message>
        <source>&amp;Shared challenges</source>
        <translation>Gedeelde &amp;uitdagingen</translation>
    </message>
    <message>
        <source>&amp;Own-words matches</source>
        <translation>Overeen&amp;komsten in eigen woorden</translation>
    </message>
    <message>
        <source>Points per topic you want to learn that they offer.</source>
        <translation>Punten per onderwerp waarover jullie willen leren en dat zij bieden.</translation>
    </message>
    <message>
        <source>Points per topic they want to learn that you offer.</source>
        <translation>Punten per onderwerp waarover zij willen leren en dat jullie bieden.</translation>
    </message>
    <message>
        <source>Points once, when the exchange goes both ways.</source>
        <translation>Eenmalig punten als de uitwisseling in beide richtingen gaat.</translation>
    </message>
    <message>
        <source>Times the teacher&apos;s lead in self-assessed maturity, out of 10.</source>
        <translation>Maal de voorsprong in volwassenheidsniveau (zelfevaluatie, op 10) van de stad die de kennis overdraagt.</translation>
    </message>
    <message>
        <source>Share of a direct match for a related topic (0.25 = a quarter).</source>
        <translation>Deel van een directe overeenkomst voor een verwant onderwerp (0,25 = een kwart).</translation>
    </message>
    <message>
        <source>Points per challenge or wish you both have.</source>
        <translation>Punten per uitdaging of leerwens die jullie allebei hebben.</translation>
    </message>
    <message>
        <source>Share of a direct match for topics in own words that match.</source>
        <translation>Deel van een directe overeenkomst voor onderwerpen in eigen woorden die overeenkomen.</translation>
    </message>
    <message>
        <source>Weights: how much each reason counts</source>
        <translation>Gewichten: hoe zwaar elke reden telt</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>Standaardwaarden &amp;herstellen</translation>
    </message>
    <message>
        <source>Reset the weights to their defaults</source>
        <translation>De gewichten terugzetten naar de standaardwaarden</translation>
    </message>
    <message>
        <source>{description} Default: {default}.</source>
        <translation>{description} Standaard: {default}.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>The messages of the status bar since the window opened, whole</source>
        <translation>De berichten van de statusbalk sinds het venster openging, volledig</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save what you are editing now (changes are also saved as you go)</source>
        <translation>Bewaar nu wat je aan het bewerken bent (wijzigingen worden ook onderweg bewaard)</translation>
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
        <source>Save the register, as filtered, to a spreadsheet</source>
        <translation>Slaat het register, zoals gefilterd, op in een spreadsheet</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Undo Last Import…</source>
        <translation>Laatste import &amp;ongedaan maken…</translation>
    </message>
    <message>
        <source>Take back the stakeholders the last import added or changed</source>
        <translation>Maakt de stakeholders ongedaan die de laatste import toevoegde of wijzigde</translation>
    </message>
    <message>
        <source>&amp;Print Brief…</source>
        <translation>Briefing af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print the brief shown on the Briefs page</source>
        <translation>Drukt de briefing af die op de pagina Briefings staat</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Gegevens&amp;map openen</translation>
    </message>
    <message>
        <source>Show the folder where RRR Desktop keeps your data</source>
        <translation>Toont de map waarin RRR Desktop uw gegevens bewaart</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Venster &amp;sluiten</translation>
    </message>
    <message>
        <source>Close the window and quit</source>
        <translation>Sluit het venster en stopt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Quit RRR Desktop</source>
        <translation>Sluit RRR Desktop af</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>Language, paper size, export folder, peer data age</source>
        <translation>Taal, papierformaat, exportmap, leeftijd van gegevens van partnersteden</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Stakeholders</source>
        <translation>&amp;Stakeholders</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Recent Messages…</source>
        <translation>&amp;Recente berichten…</translation>
    </message>
    <message>
        <source>Add organisations from a spreadsheet ({formats})</source>
        <translation>Voegt organisaties toe uit een spreadsheet ({formats})</translation>
    </message>
    <message>
        <source>Stakeholder &amp;Columns</source>
        <translation>&amp;Kolommen in stakeholderlijst</translation>
    </message>
    <message>
        <source>Show the page {page}</source>
        <translation>Toont de pagina {page}</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Put the cursor in this page&apos;s search box</source>
        <translation>Zet de cursor in het zoekvak van deze pagina</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Gebruikershandleiding</translation>
    </message>
    <message>
        <source>How to do each task, for the page you are on</source>
        <translation>Hoe je elke taak uitvoert, voor de pagina waarop je bent</translation>
    </message>
    <message>
        <source>Keyboard S&amp;hortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>The keys of every menu command</source>
        <translation>De toetsen van elke menuopdracht</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>&amp;Voorbeeldgegevens laden</translation>
    </message>
    <message>
        <source>Add made-up stakeholders to try RRR Desktop</source>
        <translation>Voegt verzonnen stakeholders toe om RRR Desktop te proberen</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <source>Show the log files to send to support</source>
        <translation>Toont de logbestanden om naar de ondersteuning te sturen</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Over {app}</translation>
    </message>
    <message>
        <source>Version, data folder and licence</source>
        <translation>Versie, gegevensmap en licentie</translation>
    </message>
</context>
<context>
    <name>WorkingGroupsPage</name>
    <message>
        <source>Working groups</source>
        <translation>Werkgroepen</translation>
    </message>
    <message>
        <source>Find a group, city or stage</source>
        <translation>Zoek een groep, stad of fase</translation>
    </message>
    <message>
        <source>Find working groups</source>
        <translation>Werkgroepen zoeken</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Nieuwe groep…</translation>
    </message>
    <message>
        <source>Start a working group of our city and peer cities</source>
        <translation>Een werkgroep van onze stad en partnersteden starten</translation>
    </message>
    <message>
        <source>New Working Group</source>
        <translation>Nieuwe werkgroep</translation>
    </message>
    <message>
        <source>Edit Working Group</source>
        <translation>Werkgroep bewerken</translation>
    </message>
    <message>
        <source>Delete Working Group</source>
        <translation>Werkgroep verwijderen</translation>
    </message>
    <message>
        <source>Delete the working group “{name}” with its meetings, actions and notes? The cities stay. Edit › Undo brings the group back.</source>
        <translation>De werkgroep ‘{name}’ met haar vergaderingen, acties en notities verwijderen? De steden blijven. Bewerken › Ongedaan maken brengt de groep terug.</translation>
    </message>
    <message>
        <source>&amp;Delete Group</source>
        <translation>Groep &amp;verwijderen</translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation>Vergadering bewerken</translation>
    </message>
    <message>
        <source>Plan Meeting</source>
        <translation>Vergadering plannen</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>Actie bewerken</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Our Note on the Group</source>
        <translation>Onze notitie over de groep</translation>
    </message>
    <message>
        <source>What our city wants the other members to know:</source>
        <translation>Wat onze stad de andere leden wil laten weten:</translation>
    </message>
    <message>
        <source>Edit Our Note</source>
        <translation>Onze notitie bewerken</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Niet gewijzigd</translation>
    </message>
</context>
<context>
    <name>_ContentPage</name>
    <message>
        <source>What to Share</source>
        <translation>Wat wil je delen?</translation>
    </message>
    <message>
        <source>Choose what goes into the bundle. Interactions with stakeholders are never shared.</source>
        <translation>Kies wat er in de bundel komt. Contactmomenten met stakeholders worden nooit gedeeld.</translation>
    </message>
    <message>
        <source>Our city&apos;s &amp;profile (summary, languages, topics)</source>
        <translation>Het &amp;profiel van onze stad (samenvatting, talen, onderwerpen)</translation>
    </message>
    <message>
        <source>Our p&amp;ractices</source>
        <translation>Onze p&amp;raktijken</translation>
    </message>
    <message>
        <source>Our &amp;self-assessment</source>
        <translation>Onze &amp;zelfevaluatie</translation>
    </message>
    <message>
        <source>Stakeholders marked &amp;shareable</source>
        <translation>Stakeholders die als &amp;deelbaar zijn gemarkeerd</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln praktijk</numerusform>
            <numerusform>%Ln praktijken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-assessed topics</source>
        <translation>
            <numerusform>%Ln zelf beoordeeld thema</numerusform>
            <numerusform>%Ln zelf beoordeelde thema’s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln stakeholder</numerusform>
            <numerusform>%Ln stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawn records</source>
        <translation>
            <numerusform>%Ln ingetrokken record</numerusform>
            <numerusform>%Ln ingetrokken records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln working group entries (groups, meetings, actions, notes)</source>
        <translation>
            <numerusform>%Ln onderdeel van werkgroepen (groep, vergadering, actie of notitie)</numerusform>
            <numerusform>%Ln onderdelen van werkgroepen (groepen, vergaderingen, acties, notities)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders have an email address or phone number in their description.</source>
        <translation>
            <numerusform>%Ln stakeholder heeft een e-mailadres of telefoonnummer in de beschrijving.</numerusform>
            <numerusform>%Ln stakeholders hebben een e-mailadres of telefoonnummer in de beschrijving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Bundle Written</source>
        <translation>Bundel opgeslagen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>In &amp;map tonen</translation>
    </message>
    <message>
        <source>&amp;Email It</source>
        <translation>Per &amp;e-mail versturen</translation>
    </message>
    <message>
        <source>Writing the Bundle</source>
        <translation>Bundel wordt opgeslagen</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>De bundel wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Bundle Not Written</source>
        <translation>Bundel niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <source>Where to Save</source>
        <translation>Waar opslaan?</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Be&amp;stand:</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Bundelbestand</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Save Bundle</source>
        <translation>Bundel opslaan</translation>
    </message>
    <message>
        <source>RRR bundles (*.rrrbundle)</source>
        <translation>RRR-bundels (*.rrrbundle)</translation>
    </message>
</context>
<context>
    <name>_GroupCounts</name>
    <message numerus="yes">
        <source>%Ln working groups, with their meetings and actions</source>
        <translation>
            <numerusform>%Ln werkgroep, met haar vergaderingen en acties</numerusform>
            <numerusform>%Ln werkgroepen, met hun vergaderingen en acties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_MapCounts</name>
    <message numerus="yes">
        <source>%Ln not placed: influence or interest not set</source>
        <translation>
            <numerusform>%Ln niet geplaatst: invloed of belang niet ingevuld</numerusform>
            <numerusform>%Ln niet geplaatst: invloed of belang niet ingevuld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{placed} of %Ln stakeholders placed · {day}</source>
        <translation>
            <numerusform>{placed} van %Ln stakeholder geplaatst · {day}</numerusform>
            <numerusform>{placed} van %Ln stakeholders geplaatst · {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_PeerCount</name>
    <message numerus="yes">
        <source>%Ln peer cities, best first</source>
        <translation>
            <numerusform>%Ln partnerstad</numerusform>
            <numerusform>%Ln partnersteden, de beste eerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln peer cities, none with anything in common with yours yet</source>
        <translation>
            <numerusform>%Ln partnerstad, nog niets gemeen met de uwe</numerusform>
            <numerusform>%Ln partnersteden, nog geen enkele met iets gemeen met de uwe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln peer cities:</source>
        <translation>
            <numerusform>%Ln partnerstad:</numerusform>
            <numerusform>%Ln partnersteden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with something in common, best first,</source>
        <translation>
            <numerusform>%Ln met iets gemeen,</numerusform>
            <numerusform>%Ln met iets gemeen, de beste eerst,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>then %Ln with nothing in common yet.</source>
        <translation>
            <numerusform>dan %Ln met nog niets gemeen.</numerusform>
            <numerusform>dan %Ln met nog niets gemeen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Persoonsgegevens opnemen</translation>
    </message>
    <message>
        <source>Send the emails and phone numbers written in our profile, practices and working groups</source>
        <translation>De e-mailadressen en telefoonnummers in ons profiel, onze praktijken en werkgroepen meesturen</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Bezig met tellen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln praktijk</numerusform>
            <numerusform>%Ln praktijken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-assessed topics</source>
        <translation>
            <numerusform>%Ln zelf beoordeeld thema</numerusform>
            <numerusform>%Ln zelf beoordeelde thema’s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln stakeholder</numerusform>
            <numerusform>%Ln stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawals of records shared before</source>
        <translation>
            <numerusform>%Ln intrekking van een eerder gedeeld record</numerusform>
            <numerusform>%Ln intrekkingen van eerder gedeelde records</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle will hold: {contents}.</source>
        <translation>De bundel zal bevatten: {contents}.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Include contact person, email and phone of the %Ln stakeholders whose consent is recorded</source>
        <translation>
            <numerusform>Contactpersoon, e-mail en telefoon van de %Ln stakeholder met vastgelegde toestemming &amp;opnemen</numerusform>
            <numerusform>Contactpersoon, e-mail en telefoon van de %Ln stakeholders met vastgelegde toestemming &amp;opnemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shared stakeholders have personal data; it is left out unless you tick the box, and it is never sent without recorded consent.</source>
        <translation>
            <numerusform>%Ln gedeelde stakeholder heeft persoonsgegevens; die blijven weg tenzij u het vakje aanvinkt, en worden nooit zonder vastgelegde toestemming verstuurd.</numerusform>
            <numerusform>%Ln gedeelde stakeholders hebben persoonsgegevens; die blijven weg tenzij u het vakje aanvinkt, en worden nooit zonder vastgelegde toestemming verstuurd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them have an email address or phone number written in their description: those are left out of the description the same way.</source>
        <translation>
            <numerusform>%Ln daarvan heeft een e-mailadres of telefoonnummer in de beschrijving: dat blijft op dezelfde manier uit de beschrijving weg.</numerusform>
            <numerusform>%Ln daarvan hebben een e-mailadres of telefoonnummer in de beschrijving: die blijven op dezelfde manier uit de beschrijving weg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the emails and phone numbers written in %Ln texts of our profile, practices and working groups (left out otherwise, shown as [✉] and [☎])</source>
        <translation>
            <numerusform>De e-mailadressen en telefoonnummers in %Ln tekst van ons profiel, onze praktijken en werkgroepen meesturen (anders weggelaten, getoond als [✉] en [☎])</numerusform>
            <numerusform>De e-mailadressen en telefoonnummers in %Ln teksten van ons profiel, onze praktijken en werkgroepen meesturen (anders weggelaten, getoond als [✉] en [☎])</numerusform>
        </translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>het profiel</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>geen profiel</translation>
    </message>
</context>
<context>
    <name>briefs</name>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <source>Profile in short</source>
        <translation>Profiel in het kort</translation>
    </message>
    <message>
        <source>What we offer and want to learn</source>
        <translation>Wat we bieden en willen leren</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>Huidige situatie</translation>
    </message>
    <message>
        <source>Stakeholders by kind and stage</source>
        <translation>Stakeholders naar soort en fase</translation>
    </message>
    <message>
        <source>Influence and interest map</source>
        <translation>Kaart van invloed en belang</translation>
    </message>
    <message>
        <source>Key stakeholders</source>
        <translation>Belangrijkste stakeholders</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Verlopen vervolgacties</translation>
    </message>
    <message>
        <source>Suggested peer cities</source>
        <translation>Voorgestelde partnersteden</translation>
    </message>
    <message>
        <source>Our working groups</source>
        <translation>Onze werkgroepen</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Uitwisselingen</translation>
    </message>
    <message>
        <source>Considerations</source>
        <translation>Overwegingen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>What we can learn from them</source>
        <translation>Wat we van hen kunnen leren</translation>
    </message>
    <message>
        <source>What we can offer them</source>
        <translation>Wat we hun kunnen bieden</translation>
    </message>
    <message>
        <source>Their practices</source>
        <translation>Hun praktijken</translation>
    </message>
    <message>
        <source>Shared stakeholders</source>
        <translation>Gedeelde stakeholders</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Open vragen</translation>
    </message>
    <message>
        <source>Purpose and stage</source>
        <translation>Doel en fase</translation>
    </message>
    <message>
        <source>Members and what each brings</source>
        <translation>Leden en wat elk inbrengt</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Decisions so far</source>
        <translation>Besluiten tot nu toe</translation>
    </message>
    <message>
        <source>Open actions by city</source>
        <translation>Openstaande acties per stad</translation>
    </message>
    <message>
        <source>Changes since the last meeting</source>
        <translation>Wijzigingen sinds de vorige vergadering</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>UUID (from this app&apos;s export)</source>
        <translation>UUID (uit een export van deze app)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Region (not kept)</source>
        <translation>Regio (wordt niet bewaard)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Samenwerkingsfase</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Verantwoordelijke voor de relatie</translation>
    </message>
    <message>
        <source>Influence (1-5)</source>
        <translation>Invloed (1-5)</translation>
    </message>
    <message>
        <source>Interest (1-5)</source>
        <translation>Belang (1-5)</translation>
    </message>
    <message>
        <source>Trust (1-5)</source>
        <translation>Vertrouwen (1-5)</translation>
    </message>
    <message>
        <source>Shareable with peers</source>
        <translation>Deelbaar met partnersteden</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Persoon of organisatie</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Organisation of the person</source>
        <translation>Organisatie van de persoon</translation>
    </message>
    <message>
        <source>Consent to be contacted (yes/no)</source>
        <translation>Toestemming om gecontacteerd te worden (ja/nee)</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum van de toestemming</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Bron van de toestemming</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Fill empty fields</source>
        <translation>Lege velden aanvullen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Not imported: {reason}.</source>
        <translation>Niet geïmporteerd: {reason}.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Last changed by {name} at {time}</source>
        <translation>Laatst gewijzigd door {name} om {time}</translation>
    </message>
    <message>
        <source>Last changed by {name} on {date} at {time}</source>
        <translation>Laatst gewijzigd door {name} op {date} om {time}</translation>
    </message>
    <message>
        <source>Last changed at {time}</source>
        <translation>Laatst gewijzigd om {time}</translation>
    </message>
    <message>
        <source>Last changed on {date} at {time}</source>
        <translation>Laatst gewijzigd op {date} om {time}</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>zelfde e-mailadres</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>zelfde website</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>zelfde naam</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>vergelijkbare naam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Verantwoordelijke voor de relatie</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Samenwerkingsfase</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Invloed</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Belang</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Volgend contact</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Herziening gepland</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Deelbaar</translation>
    </message>
    <message>
        <source>ID in other systems</source>
        <translation>ID in andere systemen</translation>
    </message>
    <message>
        <source>Personal data (contact, email, phone, consent)</source>
        <translation>Persoonsgegevens (contactpersoon, e-mail, telefoon, toestemming)</translation>
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
