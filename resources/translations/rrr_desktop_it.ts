<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Informazioni su {app}</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>Logo di {app}</translation>
    </message>
    <message>
        <source>Keeps your city&apos;s social and solidarity economy profile and shows what the peer cities of the RRR network offer and want to learn. Works offline; your data stays on this computer.</source>
        <translation>Conserva il profilo di economia sociale e solidale della tua città e mostra ciò che le città partner della rete RRR offrono e vogliono imparare. Funziona offline; i dati restano su questo computer.</translation>
    </message>
    <message>
        <source>{licence} licence. Free to use, share and change.</source>
        <translation>Licenza {licence}. Uso, condivisione e modifica liberi.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versione:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Cartella dei dati:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>File di log:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licenza:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Realizzato con:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Apri la cartella dei dati</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>New Action</source>
        <translation>Nuova azione</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Cosa:</translation>
    </message>
    <message>
        <source>&amp;Owner city:</source>
        <translation>Città &amp;responsabile:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Sca&amp;denza:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <source>Another topic to assess</source>
        <translation>Un altro tema da valutare</translation>
    </message>
    <message>
        <source>Assess this topic</source>
        <translation>Valuta questo tema</translation>
    </message>
    <message>
        <source>Add the chosen topic to the self-assessment</source>
        <translation>Aggiunge il tema scelto all&apos;autovalutazione</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Maturity (0-10)</source>
        <translation>Maturità (0-10)</translation>
    </message>
    <message>
        <source>Date assessed</source>
        <translation>Data della valutazione</translation>
    </message>
    <message>
        <source>Add topics to the lists above, or choose a topic below, to assess how mature your city is on it.</source>
        <translation>Aggiungi temi agli elenchi qui sopra, oppure scegli un tema qui sotto, per valutare il livello di maturità della tua città su quel tema.</translation>
    </message>
    <message>
        <source>Maturity on {topic}</source>
        <translation>Maturità su {topic}</translation>
    </message>
    <message>
        <source>Date {topic} was assessed</source>
        <translation>Data della valutazione di {topic}</translation>
    </message>
</context>
<context>
    <name>BriefOptionsPanel</name>
    <message>
        <source>&amp;City brief</source>
        <translation>Nota informativa della &amp;città</translation>
    </message>
    <message>
        <source>Peer &amp;meeting brief</source>
        <translation>Nota per l&apos;&amp;incontro con una città partner</translation>
    </message>
    <message>
        <source>Peer city</source>
        <translation>Città partner</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Formato della carta</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>Lingua della nota informativa</translation>
    </message>
    <message>
        <source>Working &amp;group brief</source>
        <translation>Nota del &amp;gruppo di lavoro</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Gruppo di lavoro</translation>
    </message>
    <message>
        <source>Rows of the key stakeholders table</source>
        <translation>Righe della tabella degli attori chiave</translation>
    </message>
    <message>
        <source>Include &amp;personal data (contact details)</source>
        <translation>Includi i &amp;dati personali (recapiti)</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Includi i dati personali</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>Pee&amp;r city:</source>
        <translation>Città &amp;partner:</translation>
    </message>
    <message>
        <source>Wor&amp;king group:</source>
        <translation>Gruppo di la&amp;voro:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Formato carta:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Key stakeholders, up to:</source>
        <translation>Attori c&amp;hiave, fino a:</translation>
    </message>
    <message>
        <source>No key stakeholders yet.</source>
        <translation>Ancora nessun attore chiave.</translation>
    </message>
    <message numerus="yes">
        <source>{consented} of the %Ln key stakeholders have consent recorded: only their contact details can print.</source>
        <translation>
            <numerusform>{consented} su %Ln attore chiave ha il consenso registrato: solo i suoi recapiti possono essere stampati.</numerusform>
            <numerusform>{consented} dei %Ln attori chiave hanno il consenso registrato: solo i loro recapiti possono essere stampati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefPreview</name>
    <message>
        <source>Pages of the brief</source>
        <translation>Pagine della nota informativa</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Adatta alla larghezza</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>Choose the options, then press Preview to see the brief here.</source>
        <translation>Scegli le opzioni, quindi premi «Anteprima» per visualizzare qui la nota informativa.</translation>
    </message>
    <message>
        <source>Brief preview</source>
        <translation>Anteprima della nota informativa</translation>
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
        <translation>Salva la nota informativa come PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the brief to {path}: {problem}. Choose another folder.</source>
        <translation>Impossibile salvare la nota informativa in {path}: {problem}. Scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Salvata in {path}.</translation>
    </message>
</context>
<context>
    <name>BriefsPage</name>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Testi</translation>
    </message>
    <message>
        <source>Recent briefs</source>
        <translation>Note informative recenti</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Anteprima</translation>
    </message>
    <message>
        <source>Make the brief with these choices and show it</source>
        <translation>Prepara la nota con queste scelte e la mostra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop making the brief</source>
        <translation>Interrompe la preparazione della nota</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <source>Print the brief shown</source>
        <translation>Stampa la nota mostrata</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salva come PDF…</translation>
    </message>
    <message>
        <source>Save a copy of the brief shown as a PDF file</source>
        <translation>Salva una copia della nota mostrata come file PDF</translation>
    </message>
    <message>
        <source>Progress of the brief</source>
        <translation>Avanzamento della nota informativa</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Note informative</translation>
    </message>
    <message>
        <source>Choose your city first: a brief is about it.</source>
        <translation>Scegli prima la tua città: è l&apos;oggetto della nota informativa.</translation>
    </message>
    <message>
        <source>A working group brief prints the group&apos;s own records: it has no texts to edit</source>
        <translation>La nota di un gruppo di lavoro stampa i dati del gruppo stesso: non ha testi da modificare</translation>
    </message>
    <message>
        <source>Choose at least one section to print.</source>
        <translation>Scegli almeno una sezione da stampare.</translation>
    </message>
    <message>
        <source>Generating the brief…</source>
        <translation>Generazione della nota informativa in corso…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento in corso…</translation>
    </message>
    <message>
        <source>{title}: {pages} pages. Print it or save it as a PDF.</source>
        <translation>{title} (pagine: {pages}). È possibile stampare la nota o salvarla come PDF.</translation>
    </message>
    <message>
        <source>Some characters cannot be printed with the brief&apos;s font and show as “�”: {characters}. Check those names before you print.</source>
        <translation>Alcuni caratteri non si possono stampare con il carattere della nota e appaiono come «�»: {characters}. Controlla questi nomi prima di stampare.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Anteprima annullata.</translation>
    </message>
    <message>
        <source>The options or texts changed since this preview. Press Preview to see the brief as it will print.</source>
        <translation>Le opzioni o i testi sono cambiati dopo questa anteprima. Premi Anteprima per vedere la nota come verrà stampata.</translation>
    </message>
    <message>
        <source>The brief was sent to the printer.</source>
        <translation>La nota informativa è stata inviata alla stampante.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Change %Ln stakeholders</source>
        <translation>
            <numerusform>Modifica %Ln attore</numerusform>
            <numerusform>Modifica %Ln attori</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. housing, youth</source>
        <translation>es. casa, giovani</translation>
    </message>
    <message>
        <source>e.g. sample</source>
        <translation>es. sample</translation>
    </message>
    <message>
        <source>Shareable with peer cities</source>
        <translation>Condivisibile con le città partner</translation>
    </message>
    <message>
        <source>Not shareable</source>
        <translation>Non condivisibile</translation>
    </message>
    <message>
        <source>Set &amp;stage to:</source>
        <translation>Imposta la &amp;fase:</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nuova fase</translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation>&amp;Aggiungi etichette:</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Etichette da aggiungere</translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation>&amp;Rimuovi etichette:</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>Etichette da rimuovere</translation>
    </message>
    <message>
        <source>Set &amp;owner to:</source>
        <translation>Imposta il r&amp;eferente:</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nuovo referente</translation>
    </message>
    <message>
        <source>Set s&amp;haring to:</source>
        <translation>Imposta la &amp;condivisione:</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Condivisione</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Tick each change to make; everything else stays as it is. Separate tags with commas.</source>
        <translation>Spunta ogni modifica da apportare; tutto il resto rimane invariato. Separa le etichette con virgole.</translation>
    </message>
</context>
<context>
    <name>BulkEditing</name>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>Modifica in &amp;blocco…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Change the stage, tags, owner or sharing of the selected stakeholders</source>
        <translation>Modifica la fase, le etichette, il referente o la condivisione degli attori selezionati</translation>
    </message>
    <message numerus="yes">
        <source>Changing %Ln stakeholders…</source>
        <translation>
            <numerusform>Modifica di %Ln attore…</numerusform>
            <numerusform>Modifica di %Ln attori…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk Edit %Ln stakeholders</source>
        <translation>
            <numerusform>Modifica in blocco di %Ln attore</numerusform>
            <numerusform>Modifica in blocco di %Ln attori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders changed.</source>
        <translation>
            <numerusform>%Ln attore modificato.</numerusform>
            <numerusform>%Ln attori modificati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already as asked.</source>
        <translation>
            <numerusform>%Ln era già come richiesto.</numerusform>
            <numerusform>%Ln erano già come richiesto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleChangeText</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>profile included</source>
        <translation>profilo incluso</translation>
    </message>
    <message>
        <source>profile left out</source>
        <translation>profilo escluso</translation>
    </message>
    <message>
        <source>It holds: {contents}.</source>
        <translation>Contiene: {contents}.</translation>
    </message>
    <message>
        <source>Personal data (contact person, email or phone) included for {count} of them.</source>
        <translation>Dati personali (persona di contatto, e-mail o telefono) inclusi per {count} di loro.</translation>
    </message>
    <message>
        <source>No personal data (contact person, email or phone).</source>
        <translation>Nessun dato personale (persona di contatto, e-mail o telefono).</translation>
    </message>
</context>
<context>
    <name>BundleExportWizard</name>
    <message>
        <source>Export Bundle</source>
        <translation>Esporta pacchetto di scambio</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln attore</numerusform>
            <numerusform>%Ln attori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln pratica</numerusform>
            <numerusform>%Ln pratiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>personal data of %Ln records</source>
        <translation>
            <numerusform>dati personali di %Ln scheda</numerusform>
            <numerusform>dati personali di %Ln schede</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle was written to {file}: {contents}.</source>
        <translation>Il pacchetto è stato scritto in {file}: {contents}.</translation>
    </message>
    <message>
        <source>The team&apos;s passphrase is needed to sign the bundle.</source>
        <translation>Serve la passphrase del gruppo per firmare il pacchetto.</translation>
    </message>
    <message>
        <source>Opening your mail program…</source>
        <translation>Apertura del programma di posta…</translation>
    </message>
    <message>
        <source>An email draft with the bundle attached was written to {file} and opened with your mail program: add the recipients and send it.</source>
        <translation>Una bozza di e-mail con il pacchetto in allegato è stata salvata in {file} e aperta nel programma di posta: aggiungere i destinatari e inviarla.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, so the bundle&apos;s folder is open instead. Write a new email (in your web mail, for instance), attach the file {bundle} to it and send it to the peer cities.</source>
        <translation>Su questo computer non è configurato alcun programma di posta, quindi si è aperta la cartella del pacchetto. Scrivi una nuova e-mail (nella webmail, per esempio), allega il file {bundle} e inviala alle città partner.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, and its folder could not be opened either. The bundle is in {folder}: write a new email (in your web mail, for instance), attach the file {bundle} from that folder and send it to the peer cities.</source>
        <translation>Su questo computer non è configurato alcun programma di posta, e non è stato possibile aprire nemmeno la cartella. Il pacchetto è in {folder}: scrivi una nuova e-mail (nella tua webmail, per esempio), allega il file {bundle} da quella cartella e inviala alle città partner.</translation>
    </message>
</context>
<context>
    <name>BundleHistoryDialog</name>
    <message>
        <source>Bundle History</source>
        <translation>Cronologia dei pacchetti di scambio</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Ricevuti:</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importato il</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mittente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Pacchetti ricevuti</translation>
    </message>
    <message>
        <source>&amp;Sent:</source>
        <translation>&amp;Inviati:</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Creato il</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Pacchetti inviati</translation>
    </message>
    <message>
        <source>&amp;Undo Last Import</source>
        <translation>&amp;Annulla l&apos;ultima importazione</translation>
    </message>
    <message>
        <source>Erase This &amp;Bundle&apos;s Data</source>
        <translation>Cancella i &amp;dati di questo pacchetto</translation>
    </message>
    <message>
        <source>Erase Everything From This &amp;Peer</source>
        <translation>Cancella tutto da questa città &amp;partner</translation>
    </message>
    <message>
        <source>undone or erased {day}</source>
        <translation>annullato o cancellato il {day}</translation>
    </message>
    <message>
        <source>changed nothing; confirmed the data as current</source>
        <translation>non ha cambiato nulla; ha confermato che i dati sono aggiornati</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>practices: {practices}, self-assessed topics: {assessed}, stakeholders: {stakeholders}, withdrawals: {withdrawn}</source>
        <translation>pratiche: {practices}, temi autovalutati: {assessed}, attori: {stakeholders}, ritiri: {withdrawn}</translation>
    </message>
    <message>
        <source>Profile, {rest}</source>
        <translation>Profilo, {rest}</translation>
    </message>
    <message>
        <source>Undo the import of {file} from {city}? Every record it added is removed and every record it changed gets its earlier content back. Peer cities see no change: nothing is sent back to {city}, and importing the bundle again brings the records back.</source>
        <translation>Annullare l’importazione di {file} da {city}? Ogni scheda aggiunta viene rimossa e ogni scheda modificata torna al contenuto precedente. Le città partner non vedono alcun cambiamento: a {city} non viene rimandato nulla, e importando di nuovo il pacchetto le schede tornano.</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Annulla importazione</translation>
    </message>
    <message>
        <source>Erase the data that still comes from {file} ({city})? Your own data and your notes are kept.</source>
        <translation>Cancellare i dati che provengono ancora da {file} ({city})? I nostri dati e le nostre note vengono conservati.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Cancella</translation>
    </message>
    <message>
        <source>Erase everything that came in bundles from {city}? Its shared stakeholders and practices are removed; a city that ships with the app gets its original facts back. Your own data and your notes are kept.</source>
        <translation>Cancellare tutto ciò che è arrivato nei pacchetti di {city}? Gli attori e le pratiche condivisi da questa città vengono rimossi; una città già inclusa nell&apos;applicazione torna ai dati originali. I nostri dati e le nostre note vengono conservati.</translation>
    </message>
    <message>
        <source>Undid the import of {file}.</source>
        <translation>Importazione di {file} annullata.</translation>
    </message>
    <message>
        <source>Erased the data of {file}.</source>
        <translation>Dati di {file} cancellati.</translation>
    </message>
    <message numerus="yes">
        <source>Erased what came from {city} (%Ln bundles).</source>
        <translation>
            <numerusform>Cancellato ciò che veniva da {city} (%Ln pacchetto).</numerusform>
            <numerusform>Cancellato ciò che veniva da {city} (%Ln pacchetti).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import Bundle</source>
        <translation>Importa pacchetto di scambio</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Verifica del pacchetto in corso…</translation>
    </message>
    <message>
        <source>&amp;Accept the new key (only after comparing the fingerprint with the sender by phone)</source>
        <translation>&amp;Accetta la nuova chiave (solo dopo aver confrontato l&apos;impronta con il mittente per telefono)</translation>
    </message>
    <message>
        <source>Accept the new &amp;name (only after checking with the city)</source>
        <translation>Accetta il nuovo &amp;nome (solo dopo averlo verificato con la città)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Avanzamento dell&apos;importazione</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Import &amp;This City Only</source>
        <translation>Importa solo &amp;questa città</translation>
    </message>
    <message>
        <source>Import the bundles of the city selected in the list; the others stay here</source>
        <translation>Importa i pacchetti di scambio della città selezionata nell&apos;elenco; gli altri restano qui</translation>
    </message>
    <message>
        <source>The bundle was refused and nothing was changed: {reason}</source>
        <translation>Il pacchetto è stato rifiutato e non è stato modificato nulla: {reason}</translation>
    </message>
    <message>
        <source>This is your own city&apos;s bundle: it cannot be imported here; send it to your peers.</source>
        <translation>Questo è un pacchetto della nostra città: non può essere importato qui; inviarlo alle città partner.</translation>
    </message>
    <message>
        <source>A sender&apos;s key changed: nothing can be imported from it unless you accept the new key.</source>
        <translation>La chiave di un mittente è cambiata: non è possibile importare nulla da questo mittente senza accettare la nuova chiave.</translation>
    </message>
    <message>
        <source>A city changed its name: nothing can be imported from it unless you accept the new name.</source>
        <translation>Una città ha cambiato nome: non si può importare nulla da essa se non accetta il nuovo nome.</translation>
    </message>
    <message>
        <source>Records that differ from ours at the same revision: {count}. We keep ours unless you tick one to take theirs. Untick any other record you want to leave out, then import.</source>
        <translation>Schede che differiscono dalle nostre alla stessa revisione: {count}. Teniamo le nostre, a meno che tu ne spunti una per prendere la loro. Togli la spunta alle altre schede da lasciare fuori, poi importa.</translation>
    </message>
    <message>
        <source>Untick the records you want to leave out, then import.</source>
        <translation>Togli la spunta alle schede da escludere, quindi importa.</translation>
    </message>
    <message>
        <source>Everything in this bundle is already here: importing it changes nothing, and records that the city&apos;s data is current as of the bundle&apos;s date.</source>
        <translation>Tutto ciò che contiene questo pacchetto è già qui: importarlo non cambia nulla e registra che i dati della città sono aggiornati alla data del pacchetto.</translation>
    </message>
    <message>
        <source>Everything in this bundle is already here: importing it would change nothing.</source>
        <translation>Tutto il contenuto di questo pacchetto è già presente: importarlo non cambierebbe nulla.</translation>
    </message>
    <message>
        <source>{file}: made by {city} ({country}), your own city, on {made}. Key {fingerprint}.</source>
        <translation>{file}: creato da {city} ({country}), la nostra città, il {made}. Chiave {fingerprint}.</translation>
    </message>
    <message>
        <source>first bundle from this city: its key will be remembered</source>
        <translation>primo pacchetto da questa città: la sua chiave verrà memorizzata</translation>
    </message>
    <message>
        <source>same key as its earlier bundles</source>
        <translation>stessa chiave dei pacchetti precedenti</translation>
    </message>
    <message>
        <source>KEY CHANGED</source>
        <translation>CHIAVE CAMBIATA</translation>
    </message>
    <message>
        <source>key changed, new key accepted</source>
        <translation>chiave cambiata, nuova chiave accettata</translation>
    </message>
    <message>
        <source>{file}: from {city} ({country}), made {made}. Key {fingerprint} ({trust}).</source>
        <translation>{file}: da {city} ({country}), creato il {made}. Chiave {fingerprint} ({trust}).</translation>
    </message>
    <message>
        <source>NAME CHANGED: the city you know as {old} ({old_country}) now calls itself {name} ({country}).</source>
        <translation>NOME CAMBIATO: la città che conosci come {old} ({old_country}) ora si chiama {name} ({country}).</translation>
    </message>
    <message>
        <source>This bundle was already imported on {day}.</source>
        <translation>Questo pacchetto è già stato importato il {day}.</translation>
    </message>
    <message>
        <source>To be sure the bundle comes from {city}, phone them and ask them to open {place} in their window and read out its characters: they must be those of the key above. If they differ, do not import it.</source>
        <translation>Per essere certi che il pacchetto venga da {city}, telefonare e chiedere di aprire {place} nella loro finestra e di leggerne i caratteri: devono essere quelli della chiave qui sopra. Se sono diversi, non importarlo.</translation>
    </message>
    <message>
        <source>Select a city in the list first.</source>
        <translation>Seleziona prima una città nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message numerus="yes">
        <source>Bundle imported: %Ln records added, updated or withdrawn. File &gt; Bundle History can undo it.</source>
        <translation>
            <numerusform>Pacchetto importato: %Ln scheda aggiunta, aggiornata o ritirata. File &gt; Cronologia pacchetti può annullarlo.</numerusform>
            <numerusform>Pacchetto importato: %Ln schede aggiunte, aggiornate o ritirate. File &gt; Cronologia pacchetti può annullarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: everything was already here.</source>
        <translation>Non è stato importato nulla: era già tutto presente.</translation>
    </message>
    <message>
        <source>{city}&apos;s data is confirmed as current on {day}.</source>
        <translation>I dati di {city} risultano confermati aggiornati al {day}.</translation>
    </message>
    <message>
        <source>The stakeholders {city} shares are in its profile on the Peer cities page; your own register is unchanged.</source>
        <translation>Gli attori che {city} condivide sono nel suo profilo, nella pagina Città partner; il tuo registro non cambia.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importazione annullata: non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento in corso…</translation>
    </message>
</context>
<context>
    <name>BundleMenu</name>
    <message>
        <source>E&amp;xport Bundle…</source>
        <translation>E&amp;sporta pacchetto di scambio…</translation>
    </message>
    <message>
        <source>Im&amp;port Bundle…</source>
        <translation>&amp;Importa pacchetto di scambio…</translation>
    </message>
    <message>
        <source>Write what our city shares into a signed bundle for the peer cities</source>
        <translation>Scrive ciò che la nostra città condivide in un pacchetto di scambio firmato per le città partner</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Preview and import bundles received from peer cities</source>
        <translation>Mostra in anteprima e importa i pacchetti di scambio ricevuti dalle città partner</translation>
    </message>
    <message>
        <source>Bundle &amp;History…</source>
        <translation>&amp;Cronologia dei pacchetti di scambio…</translation>
    </message>
    <message>
        <source>The bundles imported so far; undo one or erase a city&apos;s data</source>
        <translation>I pacchetti di scambio importati finora; annullane uno o cancella i dati di una città</translation>
    </message>
    <message>
        <source>Your Signing &amp;Key…</source>
        <translation>C&amp;hiave di firma…</translation>
    </message>
    <message>
        <source>The fingerprint peers compare to trust your bundles</source>
        <translation>L&apos;impronta che le città partner confrontano per fidarsi dei tuoi pacchetti di scambio</translation>
    </message>
    <message>
        <source>Import Bundle</source>
        <translation>Importa pacchetto di scambio</translation>
    </message>
    <message>
        <source>RRR bundles (*.rrrbundle)</source>
        <translation>Pacchetti RRR (*.rrrbundle)</translation>
    </message>
</context>
<context>
    <name>BundleRecordsView</name>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Their change</source>
        <translation>Loro modifica</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Scelta</translation>
    </message>
    <message>
        <source>Records in the bundle</source>
        <translation>Schede nel pacchetto</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendi la loro</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Tieni la nostra</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuove</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornate</translation>
    </message>
    <message>
        <source>Conflicting (same revision, other content)</source>
        <translation>In conflitto (stessa revisione, contenuto diverso)</translation>
    </message>
    <message>
        <source>Withdrawn by the sender</source>
        <translation>Ritirate dal mittente</translation>
    </message>
    <message>
        <source>Older than ours (kept out)</source>
        <translation>Meno recenti delle nostre (escluse)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Invariate</translation>
    </message>
    <message>
        <source>Refused: not the sender&apos;s to change</source>
        <translation>Rifiutati: non spetta al mittente modificarli</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profilo</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>pratica</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>attore</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>gruppo di lavoro</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>riunione</translation>
    </message>
    <message>
        <source>action</source>
        <translation>azione</translation>
    </message>
    <message>
        <source>member&apos;s note</source>
        <translation>nota di un membro</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>Changed by a colleague</source>
        <translation>Modificato da un collega</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Ri&amp;carica</translation>
    </message>
    <message>
        <source>Show their version and lose the changes made here</source>
        <translation>Mostra la versione del collega, perdendo le modifiche apportate qui</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Mantieni la mia versione</translation>
    </message>
    <message>
        <source>Save the version shown here over theirs (Undo brings theirs back)</source>
        <translation>Salva la versione mostrata qui al posto di quella del collega (Annulla la ripristina)</translation>
    </message>
    <message>
        <source>{changed} Reload to see their version, or Keep Mine to save yours over it.</source>
        <translation>{changed} «Ricarica» mostra la versione del collega; «Mantieni la mia versione» salva questa versione al suo posto.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Dettagli dell&apos;errore</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostra dettagli</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copia dettagli</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Apri la cartella dei log</translation>
    </message>
    <message>
        <source>Something went wrong: {what}

Your saved data is safe. The details were written to the log file:
{log}

You can go on working. If this happens again, send the log file to your IT support.</source>
        <translation>Si è verificato un problema: {what}

I dati salvati sono al sicuro. I dettagli sono stati scritti nel file di log:
{log}

È possibile continuare a lavorare. Se il problema si ripete, inviare il file di log al supporto informatico.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more errors happened since.</source>
        <translation>
            <numerusform>Da allora si è verificato %Ln altro errore.</numerusform>
            <numerusform>Da allora si sono verificati altri %Ln errori.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Nascondi dettagli</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Discard changes?</source>
        <translation>Scartare le modifiche?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continua a modificare</translation>
    </message>
    <message>
        <source>Close this window and lose what you typed in it?</source>
        <translation>Chiudere questa finestra e perdere ciò che vi hai scritto?</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Possibili duplicati</translation>
    </message>
    <message>
        <source>This may already be in the register:</source>
        <translation>Potrebbe essere già presente nel registro:</translation>
    </message>
    <message>
        <source>{name} ({reasons})</source>
        <translation>{name} ({reasons})</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviato</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Apri {name}</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <source>Move the selected text to the clipboard</source>
        <translation>Sposta il testo selezionato negli appunti</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Copy the selected text, or the selected rows of a list for a spreadsheet</source>
        <translation>Copia il testo selezionato, o le righe selezionate di un elenco per un foglio di calcolo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <source>Insert the clipboard&apos;s text</source>
        <translation>Inserisce il testo degli appunti</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleziona &amp;tutto</translation>
    </message>
    <message>
        <source>Select all the text or all the rows</source>
        <translation>Seleziona tutto il testo o tutte le righe</translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identità</translation>
    </message>
    <message>
        <source>&amp;Contact and personal data</source>
        <translation>&amp;Contatti e dati personali</translation>
    </message>
    <message>
        <source>Co&amp;llaboration</source>
        <translation>Colla&amp;borazione</translation>
    </message>
    <message>
        <source>&amp;Topics and tags</source>
        <translation>&amp;Temi ed etichette</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Type to find it</source>
        <translation>Digitare per cercarla</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Settori</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartiere</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Località</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Name or two-letter code</source>
        <translation>Nome o codice di due lettere</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sito &amp;web:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Quartiere:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Indiri&amp;zzo:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>C&amp;AP:</translation>
    </message>
    <message>
        <source>Localit&amp;y:</source>
        <translation>&amp;Località:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ese:</translation>
    </message>
    <message>
        <source>&amp;Sectors:</source>
        <translation>&amp;Settori:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>Contact person (personal data)</source>
        <translation>Persona di contatto (dati personali)</translation>
    </message>
    <message>
        <source>Email (personal data)</source>
        <translation>E-mail (dati personali)</translation>
    </message>
    <message>
        <source>Phone (personal data)</source>
        <translation>Telefono (dati personali)</translation>
    </message>
    <message>
        <source>C&amp;onsent given to keep and share these details</source>
        <translation>C&amp;onsenso ottenuto per conservare e condividere questi dati</translation>
    </message>
    <message>
        <source>Date consent was given</source>
        <translation>Data del consenso</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Fonte del consenso</translation>
    </message>
    <message>
        <source>e.g. signed form, email of 3 May</source>
        <translation>es. modulo firmato, e-mail del 3 maggio</translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation>Nota sul consenso</translation>
    </message>
    <message>
        <source>Personal data: these details stay on this computer. They go into bundles, exports or briefs only when you include them and consent is recorded.</source>
        <translation>Dati personali: queste informazioni restano su questo computer. Entrano nei pacchetti di scambio, nelle esportazioni o nelle note informative solo se scegli di includerle e il consenso è registrato.</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>&amp;Persona di contatto:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Te&amp;lefono:</translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation>&amp;Data del consenso:</translation>
    </message>
    <message>
        <source>Consent &amp;source:</source>
        <translation>&amp;Fonte del consenso:</translation>
    </message>
    <message>
        <source>Consent &amp;note:</source>
        <translation>&amp;Nota sul consenso:</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Fase di collaborazione</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Referente del rapporto</translation>
    </message>
    <message>
        <source>The officer in charge</source>
        <translation>Chi segue il rapporto</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influenza</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Fiducia</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Prossimo contatto</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisione prevista</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>Relationship &amp;owner:</source>
        <translation>R&amp;eferente del rapporto:</translation>
    </message>
    <message>
        <source>&amp;Influence (1–5):</source>
        <translation>I&amp;nfluenza (1–5):</translation>
    </message>
    <message>
        <source>In&amp;terest (1–5):</source>
        <translation>Intere&amp;sse (1–5):</translation>
    </message>
    <message>
        <source>T&amp;rust (1–5):</source>
        <translation>Fi&amp;ducia (1–5):</translation>
    </message>
    <message>
        <source>&amp;Next contact:</source>
        <translation>&amp;Prossimo contatto:</translation>
    </message>
    <message>
        <source>Re&amp;view due:</source>
        <translation>Revisi&amp;one prevista:</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separate da virgole</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>Te&amp;mi:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Etichette:</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export stakeholders</source>
        <translation>Esporta attori</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders in the current view will be exported.</source>
        <translation>
            <numerusform>Verrà esportato %Ln attore della vista attuale.</numerusform>
            <numerusform>Verranno esportati %Ln attori della vista attuale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them, %Ln have a contact person, email or phone.</source>
        <translation>
            <numerusform>Di questi, %Ln ha una persona di contatto, un’email o un telefono.</numerusform>
            <numerusform>Di questi, %Ln hanno una persona di contatto, un’email o un telefono.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of those, %Ln have recorded consent.</source>
        <translation>
            <numerusform>Di questi, %Ln ha il consenso registrato.</numerusform>
            <numerusform>Di questi, %Ln hanno il consenso registrato.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Include contact persons, emails and phones (only for records with recorded consent)</source>
        <translation>&amp;Includi persone di contatto, e-mail e telefoni (solo per le schede con consenso registrato)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del file</translation>
    </message>
    <message>
        <source>CSV file, comma-separated (.csv)</source>
        <translation>File CSV separato da virgole (.csv)</translation>
    </message>
    <message>
        <source>CSV file, semicolon-separated (.csv)</source>
        <translation>File CSV separato da punto e virgola (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Cartella di lavoro Excel (.xlsx)</translation>
    </message>
    <message>
        <source>ESSGlobal open data for SSE maps (.csv)</source>
        <translation>Dati aperti ESSGlobal per le mappe dell&apos;ESS (.csv)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Scegli file…</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>Not opened: {files}. RRR Desktop opens bundles (.rrrbundle) and one stakeholder list ({formats}) at a time.</source>
        <translation>Non aperto: {files}. RRR Desktop apre pacchetti di scambio (.rrrbundle) e un elenco di attori ({formats}) alla volta.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to RRR Desktop</source>
        <translation>Benvenuti in RRR Desktop</translation>
    </message>
    <message>
        <source>Which city do you work for? It becomes our city: the profile and data you keep here are about it. Every other city is a peer city you can learn from and share with.</source>
        <translation>Per quale città lavori? Diventerà la nostra città: il profilo e i dati che conservi qui la riguardano. Tutte le altre città sono città partner da cui imparare e con cui condividere.</translation>
    </message>
    <message>
        <source>One of the RRR peer cities</source>
        <translation>Una delle città partner della rete RRR</translation>
    </message>
    <message>
        <source>RRR peer cities</source>
        <translation>Città partner della rete RRR</translation>
    </message>
    <message>
        <source>Another city</source>
        <translation>Un&apos;altra città</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>Nome della città</translation>
    </message>
    <message>
        <source>e.g. Łódź</source>
        <translation>es. Łódź</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Main language</source>
        <translation>Lingua principale</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>Main &amp;language:</source>
        <translation>&amp;Lingua principale:</translation>
    </message>
    <message>
        <source>Language of RRR Desktop</source>
        <translation>Lingua di RRR Desktop</translation>
    </message>
    <message>
        <source>Language of RRR &amp;Desktop:</source>
        <translation>Lingua di RRR &amp;Desktop:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inizia</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Pick your city in the list, or choose “Another city”.</source>
        <translation>Seleziona la tua città nell&apos;elenco oppure scegli «Un&apos;altra città».</translation>
    </message>
    <message>
        <source>Type the name of your city.</source>
        <translation>Scrivi il nome della tua città.</translation>
    </message>
    <message>
        <source>Choose your city&apos;s country from the list.</source>
        <translation>Scegli dall&apos;elenco il paese della tua città.</translation>
    </message>
    <message>
        <source>Choose your city&apos;s main language from the list.</source>
        <translation>Scegli dall&apos;elenco la lingua principale della tua città.</translation>
    </message>
    <message>
        <source>Quit RRR Desktop? Nothing has been set up yet; you will be asked for your city again at the next start.</source>
        <translation>Uscire da RRR Desktop? Non è stato ancora configurato nulla; la tua città ti sarà chiesta di nuovo al prossimo avvio.</translation>
    </message>
    <message>
        <source>&amp;Keep Choosing</source>
        <translation>&amp;Continua a scegliere</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>GroupDetailView</name>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Offers in the theme</source>
        <translation>Offre sul tema</translation>
    </message>
    <message>
        <source>Wants to learn in the theme</source>
        <translation>Vuole imparare sul tema</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>When (your time)</source>
        <translation>Quando (la sua ora)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Who / status</source>
        <translation>Chi / stato</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>What changed since your last look</source>
        <translation>Cosa è cambiato dalla sua ultima visita</translation>
    </message>
    <message>
        <source>&amp;Edit group…</source>
        <translation>&amp;Modifica gruppo…</translation>
    </message>
    <message>
        <source>Plan a &amp;meeting…</source>
        <translation>Pianifica una &amp;riunione…</translation>
    </message>
    <message>
        <source>Plan a meeting at a local time in any time zone</source>
        <translation>Pianifica una riunione a un’ora locale in qualsiasi fuso orario</translation>
    </message>
    <message>
        <source>Add an &amp;action…</source>
        <translation>Aggiungi un’&amp;azione…</translation>
    </message>
    <message>
        <source>Add something a member city will do, by a date</source>
        <translation>Aggiungi qualcosa che una città membro farà, entro una data</translation>
    </message>
    <message>
        <source>&amp;Open selected…</source>
        <translation>&amp;Apri selezionato…</translation>
    </message>
    <message>
        <source>Open the meeting or action selected in the timeline</source>
        <translation>Aprire la riunione o l’azione selezionata nella cronologia</translation>
    </message>
    <message>
        <source>Our &amp;note…</source>
        <translation>La nostra &amp;nota…</translation>
    </message>
    <message>
        <source>Write our city&apos;s note on the group; it travels in our bundles</source>
        <translation>Scrivi la nota della nostra città sul gruppo; viaggia nei nostri pacchetti</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Invita…</translation>
    </message>
    <message>
        <source>Write an email draft to the member cities&apos; contact offices with the next meeting as a calendar invitation</source>
        <translation>Scrivi una bozza di e-mail agli uffici di contatto delle città membri con la prossima riunione come invito di calendario</translation>
    </message>
    <message>
        <source>Save &amp;calendar file…</source>
        <translation>Salva file di &amp;calendario…</translation>
    </message>
    <message>
        <source>Save the group&apos;s meetings as an .ics file for any calendar</source>
        <translation>Salva le riunioni del gruppo come file .ics per qualsiasi calendario</translation>
    </message>
    <message>
        <source>Members and what each brings</source>
        <translation>Membri e ciò che ciascuno porta</translation>
    </message>
    <message>
        <source>Meetings, decisions and actions</source>
        <translation>Riunioni, decisioni e azioni</translation>
    </message>
    <message>
        <source>Change the group&apos;s name, purpose, stage, themes, members and lead (the lead city&apos;s record)</source>
        <translation>Cambia nome, scopo, fase, temi, membri e città capofila del gruppo (la scheda della città capofila)</translation>
    </message>
    <message>
        <source>&amp;Delete group…</source>
        <translation>&amp;Elimina gruppo…</translation>
    </message>
    <message>
        <source>Delete the group here; its lead city&apos;s next bundle withdraws it from the members</source>
        <translation>Elimina il gruppo qui; il prossimo pacchetto della città capofila lo ritira presso i membri</translation>
    </message>
    <message>
        <source>No working groups yet</source>
        <translation>Nessun gruppo di lavoro per ora</translation>
    </message>
    <message>
        <source>Choose a working group in the list.</source>
        <translation>Scegli un gruppo di lavoro nell’elenco.</translation>
    </message>
    <message>
        <source>A working group brings our city and peer cities together around a theme, with meetings, decisions and actions. To have one:
• start one with New group… above;
• or start one of the groups the matching proposes: Peer cities › Proposed groups;
• or, if another city leads a group we are in, import its bundle (File › Import Bundle…).</source>
        <translation>Un gruppo di lavoro riunisce la nostra città e città partner attorno a un tema, con riunioni, decisioni e azioni. Per averne uno:
• crealo con Nuovo gruppo… qui sopra;
• oppure avvia uno dei gruppi proposti dall&apos;abbinamento: Città partner › Gruppi proposti;
• oppure, se un&apos;altra città guida un gruppo di cui facciamo parte, importa il suo pacchetto (File › Importa pacchetto di scambio…).</translation>
    </message>
    <message>
        <source>Overdue for our city: {actions}</source>
        <translation>Scadute per la nostra città: {actions}</translation>
    </message>
    <message>
        <source> (lead)</source>
        <translation> (capofila)</translation>
    </message>
    <message>
        <source>What changed since your last look ({count})</source>
        <translation>Cosa è cambiato dalla tua ultima visita ({count})</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Fase: {stage}</translation>
    </message>
    <message>
        <source>Lead: {city}</source>
        <translation>Capofila: {city}</translation>
    </message>
    <message>
        <source>Themes: {topics}</source>
        <translation>Temi: {topics}</translation>
    </message>
    <message>
        <source>From {source}</source>
        <translation>Da {source}</translation>
    </message>
    <message>
        <source>Withdrawn by its lead on {day}</source>
        <translation>Ritirato dalla capofila il {day}</translation>
    </message>
    <message>
        <source>Only {lead} changes the group and its meetings</source>
        <translation>Solo {lead} modifica il gruppo e le riunioni</translation>
    </message>
    <message>
        <source>Decided: {text}</source>
        <translation>Deciso: {text}</translation>
    </message>
    <message>
        <source>Action: {title}</source>
        <translation>Azione: {title}</translation>
    </message>
    <message>
        <source>Meeting ({time} in {zone})</source>
        <translation>Riunione ({time} ora di {zone})</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>entered here</source>
        <translation>inserito qui</translation>
    </message>
    <message>
        <source>{city}&apos;s bundle {file}</source>
        <translation>pacchetto di {city} {file}</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New Working Group</source>
        <translation>Nuovo gruppo di lavoro</translation>
    </message>
    <message>
        <source>Start a Working Group</source>
        <translation>Avvia un gruppo di lavoro</translation>
    </message>
    <message>
        <source>{city} (our city)</source>
        <translation>{city} (la nostra città)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Scopo:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>&amp;Temi:</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>Città membri</translation>
    </message>
    <message>
        <source>Edit Working Group</source>
        <translation>Modifica gruppo di lavoro</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Città capofila</translation>
    </message>
    <message>
        <source>The lead city&apos;s bundles carry the group, its meetings and its decisions to the members; each member sends its own actions and note.</source>
        <translation>I pacchetti della città capofila portano ai membri il gruppo, le sue riunioni e le sue decisioni; ogni membro invia le proprie azioni e la propria nota.</translation>
    </message>
    <message>
        <source>Our city</source>
        <translation>La nostra città</translation>
    </message>
    <message>
        <source>&amp;Members (besides us):</source>
        <translation>&amp;Membri (oltre a noi):</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Capofila:</translation>
    </message>
</context>
<context>
    <name>GroupFileDialog</name>
    <message>
        <source>Save the invitation draft</source>
        <translation>Salva la bozza dell’invito</translation>
    </message>
    <message>
        <source>Save the meetings as a calendar file</source>
        <translation>Salva le riunioni come file di calendario</translation>
    </message>
    <message>
        <source>Email drafts (*.eml)</source>
        <translation>Bozze di e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>File di calendario (*.ics)</translation>
    </message>
    <message>
        <source>The invitation draft is in {path}. Email It opens it in your mail program: check the recipients and send it.</source>
        <translation>La bozza dell’invito è in {path}. «Invia per e-mail» la apre nel tuo programma di posta: controlla i destinatari e inviala.</translation>
    </message>
    <message>
        <source>The meetings are in {path}: open it with your calendar.</source>
        <translation>Le riunioni sono in {path}: aprilo con il tuo calendario.</translation>
    </message>
    <message>
        <source>&amp;Email It</source>
        <translation>&amp;Invia per e-mail</translation>
    </message>
    <message>
        <source>The invitation is open in your mail program: check the recipients and send it.</source>
        <translation>L’invito è aperto nel programma di posta: controllare i destinatari e inviarlo.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, so the folder with {file} is open instead. Attach that file to a new email to the member cities (in your web mail, for instance) and send it; their calendars read the meeting from it.</source>
        <translation>Su questo computer non è configurato alcun programma di posta, quindi si è aperta la cartella con {file}. Allega il file a una nuova e-mail alle città membri (nella webmail, per esempio) e inviala; i loro calendari vi leggono la riunione.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, and its folder could not be opened either. The invitation is {file}: attach it to a new email to the member cities (in your web mail, for instance) and send it; their calendars read the meeting from it.</source>
        <translation>Su questo computer non è configurato alcun programma di posta, e non è stato possibile aprire nemmeno la cartella. L’invito è {file}: allegalo a una nuova e-mail alle città membri (nella tua webmail, per esempio) e inviala; i loro calendari leggono la riunione da lì.</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Gruppi di lavoro</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>The next meeting, in your time zone</source>
        <translation>La prossima riunione, nel suo fuso orario</translation>
    </message>
    <message>
        <source>What changed since your last look at the group</source>
        <translation>Cosa è cambiato dalla sua ultima visita al gruppo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Capofila</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prossima riunione</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novità</translation>
    </message>
    <message>
        <source>Withdrawn by its lead</source>
        <translation>Ritirato dalla capofila</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Azioni aperte</translation>
    </message>
    <message>
        <source>{count} ({late} of ours overdue)</source>
        <translation>{count} (nostre scadute: {late})</translation>
    </message>
</context>
<context>
    <name>GroupWrites</name>
    <message>
        <source>Working groups</source>
        <translation>Gruppi di lavoro</translation>
    </message>
    <message>
        <source>Not saved: something unexpected went wrong (it is in the log). Your entries are kept: try again, or Cancel.</source>
        <translation>Non salvato: è successo qualcosa di imprevisto (è nel registro). I tuoi dati restano: riprova, oppure Annulla.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>{app} User Guide</source>
        <translation>Guida utente di {app}</translation>
    </message>
    <message>
        <source>Section of the guide</source>
        <translation>Sezione della guida</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Cerca nella guida</translation>
    </message>
    <message>
        <source>Enter goes to the next place that has these words</source>
        <translation>Invio porta al punto successivo con queste parole</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>The keys of the menu commands on this computer. On any page, F1 opens the part of this guide about that page.</source>
        <translation>I tasti dei comandi dei menu su questo computer. In ogni pagina, F1 apre la parte di questa guida dedicata a quella pagina.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>No section of the guide has “{words}”.</source>
        <translation>Nessuna sezione della guida contiene «{words}».</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import stakeholders from {file}</source>
        <translation>Importa attori da {file}</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Righe con problemi</translation>
    </message>
    <message>
        <source>What to do with stakeholders already there</source>
        <translation>Cosa fare con gli attori già presenti</translation>
    </message>
    <message>
        <source>Add new ones only</source>
        <translation>Aggiungi solo i nuovi</translation>
    </message>
    <message>
        <source>Update the ones already there</source>
        <translation>Aggiorna quelli già presenti</translation>
    </message>
    <message>
        <source>Only fill their empty fields</source>
        <translation>Compila solo i campi vuoti</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Risultato:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Fields guessed from the values</source>
        <translation>Campi dedotti dai valori</translation>
    </message>
    <message>
        <source>Mark the new ones as &amp;shareable with peer cities</source>
        <translation>&amp;Segna i nuovi come condivisibili con le città partner</translation>
    </message>
    <message>
        <source>The first rows as they would be imported</source>
        <translation>Le prime righe come verrebbero importate</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importazione in corso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Save &amp;Failed Rows…</source>
        <translation>Salva le &amp;righe non importate…</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>&amp;Annulla questa importazione</translation>
    </message>
    <message>
        <source>Stakeholders &amp;already there:</source>
        <translation>Attori &amp;già presenti:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonne:</translation>
    </message>
    <message>
        <source>{field} is chosen for several columns: keep one.</source>
        <translation>Il campo {field} è stato scelto per più colonne: mantenerne solo una.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Guessed from the values:</source>
        <translation>Dedotto dai valori:</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more rows with problems.</source>
        <translation>
            <numerusform>… e %Ln altra riga con problemi.</numerusform>
            <numerusform>… e altre %Ln righe con problemi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and changes nothing.</source>
        <translation>Importazione in corso… «Annulla» la interrompe senza modificare nulla.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento in corso…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importazione annullata: non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {skipped} skipped, {failed} not imported because of a problem.</source>
        <translation>Importazione completata. Aggiunti: {added}; aggiornati: {updated}; saltati: {skipped}; non importati a causa di un problema: {failed}.</translation>
    </message>
    <message>
        <source>The rows to fix are saved in {file}.</source>
        <translation>Le righe da correggere sono state salvate in {file}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Save the rows to fix</source>
        <translation>Salva le righe da correggere</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {skip} already there or repeated (skipped), {fail} with problems.</source>
        <translation>{add} da aggiungere, {update} da aggiornare, {skip} già presenti o ripetuti (saltati), {fail} con problemi.</translation>
    </message>
    <message>
        <source>spreadsheet workbook</source>
        <translation>cartella di lavoro</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln rows ({encoding})</source>
        <translation>
            <numerusform>{file}: %Ln riga ({encoding})</numerusform>
            <numerusform>{file}: %Ln righe ({encoding})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln set aside as section headings.</source>
        <translation>
            <numerusform>%Ln messa da parte come titolo di sezione.</numerusform>
            <numerusform>%Ln messe da parte come titoli di sezione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold no stakeholder (blank rows, titles, repeated headers).</source>
        <translation>
            <numerusform>%Ln non contiene alcun attore (riga vuota, titolo, intestazione ripetuta).</numerusform>
            <numerusform>%Ln non contengono alcun attore (righe vuote, titoli, intestazioni ripetute).</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {number}: {problem}</source>
        <translation>Riga {number}: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Azione</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Undo import</source>
        <translation>Annulla importazione</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Non ci sono importazioni da annullare.</translation>
    </message>
    <message>
        <source>Undo the import of {file} made on {when}?</source>
        <translation>Annullare l&apos;importazione di {file} fatta il {when}?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stakeholders it added are deleted, with anything recorded on them since.</source>
        <translation>
            <numerusform>Il %Ln attore che ha aggiunto viene eliminato, con tutto ciò che è stato registrato su di lui da allora.</numerusform>
            <numerusform>I %Ln attori che ha aggiunto vengono eliminati, con tutto ciò che è stato registrato su di loro da allora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stakeholders it updated get their previous values back.</source>
        <translation>
            <numerusform>Il %Ln attore che ha aggiornato riprende i valori precedenti.</numerusform>
            <numerusform>I %Ln attori che ha aggiornato riprendono i valori precedenti.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep the Import</source>
        <translation>&amp;Mantieni l’importazione</translation>
    </message>
    <message numerus="yes">
        <source>Peer cities already received %Ln of the stakeholders it added, in a bundle: your next bundle withdraws them from the peers.</source>
        <translation>
            <numerusform>Le città partner hanno già ricevuto %Ln degli attori che ha aggiunto, in un pacchetto: il tuo prossimo pacchetto lo ritira.</numerusform>
            <numerusform>Le città partner hanno già ricevuto %Ln degli attori che ha aggiunto, in un pacchetto: il tuo prossimo pacchetto li ritira.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of {file} was undone.</source>
        <translation>L&apos;importazione di {file} è stata annullata.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted.</source>
        <translation>
            <numerusform>%Ln attore eliminato.</numerusform>
            <numerusform>%Ln attori eliminati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders given their previous values back.</source>
        <translation>
            <numerusform>%Ln attore ha ripreso i valori precedenti.</numerusform>
            <numerusform>%Ln attori hanno ripreso i valori precedenti.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Annulla importazione</translation>
    </message>
    <message>
        <source>Cannot undo the import</source>
        <translation>Impossibile annullare l&apos;importazione</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Edit interaction</source>
        <translation>Modifica interazione</translation>
    </message>
    <message>
        <source>Add interaction</source>
        <translation>Aggiungi interazione</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data del follow-up</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>Follow-up &amp;completato</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Follow-up on:</source>
        <translation>&amp;Follow-up previsto il:</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Add Interaction</source>
        <translation>Aggiungi interazione</translation>
    </message>
    <message>
        <source>Edit Interaction</source>
        <translation>Modifica interazione</translation>
    </message>
    <message>
        <source>Delete Interaction</source>
        <translation>Elimina interazione</translation>
    </message>
</context>
<context>
    <name>LanguageChecklist</name>
    <message>
        <source>Find a language</source>
        <translation>Cerca una lingua</translation>
    </message>
    <message>
        <source>Find a language…</source>
        <translation>Cerca una lingua…</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
</context>
<context>
    <name>LanguageRestart</name>
    <message>
        <source>{app} restarts in the new language once the open dialog is closed.</source>
        <translation>{app} si riavvierà nella nuova lingua appena chiudi la finestra di dialogo aperta.</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>Riavviare ora?</translation>
    </message>
    <message>
        <source>{app} speaks {language} from its next start. Restart now? It opens again on this page; your profile is saved, and open dialogs are closed first (you are asked about anything typed in them).</source>
        <translation>{app} sarà in {language} dal prossimo avvio. Riavviare ora? Si riaprirà su questa pagina; il tuo profilo viene salvato e prima si chiudono le finestre di dialogo aperte (ti verrà chiesto cosa fare di quanto vi hai scritto).</translation>
    </message>
    <message>
        <source>{app} speaks the system&apos;s language from its next start. Restart now? It opens again on this page; your profile is saved, and open dialogs are closed first (you are asked about anything typed in them).</source>
        <translation>{app} sarà nella lingua del sistema dal prossimo avvio. Riavviare ora? Si riaprirà su questa pagina; il tuo profilo viene salvato e prima si chiudono le finestre di dialogo aperte (ti verrà chiesto cosa fare di quanto vi hai scritto).</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Riavvia ora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Più tardi</translation>
    </message>
</context>
<context>
    <name>LoadingView</name>
    <message>
        <source>Opening your data…</source>
        <translation>Apertura dei dati…</translation>
    </message>
    <message>
        <source>Opening your data</source>
        <translation>Apertura dei dati</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Apertura dei dati…</translation>
    </message>
    <message>
        <source>Our city: {name}</source>
        <translation>La nostra città: {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Read only: your role may look at the team&apos;s register but not change it</source>
        <translation>Sola lettura: il tuo ruolo può consultare il registro del gruppo ma non modificarlo</translation>
    </message>
    <message>
        <source>Updated with your colleagues&apos; changes</source>
        <translation>Aggiornato con le modifiche dei tuoi colleghi</translation>
    </message>
    <message>
        <source>Waiting for the database: another program is writing to it. Your change is saved as soon as it is free.</source>
        <translation>In attesa del database: un altro programma ci sta scrivendo. La tua modifica viene salvata appena è libero.</translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation>Città partner</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Attori</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Gruppi di lavoro</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Note informative</translation>
    </message>
    <message>
        <source>Make a brief first: choose what it covers, then Preview.</source>
        <translation>Prepara prima una nota: scegli cosa copre, poi Anteprima.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Stakeholder map</source>
        <translation>Mappa degli attori</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders placed by influence and interest.</source>
        <translation>
            <numerusform>%Ln attore collocato per influenza e interesse.</numerusform>
            <numerusform>%Ln attori collocati per influenza e interesse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not placed.</source>
        <translation>
            <numerusform>%Ln non collocato.</numerusform>
            <numerusform>%Ln non collocati.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows the same stakeholders.</source>
        <translation>L’elenco mostra gli stessi attori.</translation>
    </message>
    <message>
        <source>{name}
{stage} · {kind}
Influence {influence}, interest {interest}</source>
        <translation>{name}
{stage} · {kind}
Influenza {influence}, interesse {interest}</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Which column feeds which field</source>
        <translation>Quale colonna alimenta ciascun campo</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Ignora questa colonna</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Campo per la colonna {column}</translation>
    </message>
    <message>
        <source>{field} is chosen for several columns: keep one.</source>
        <translation>Il campo {field} è stato scelto per più colonne: mantenerne solo una.</translation>
    </message>
</context>
<context>
    <name>MaturityCombo</name>
    <message>
        <source>Not assessed</source>
        <translation>Non valutato</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <source>Plan a Meeting</source>
        <translation>Pianifica una riunione</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;When (local time):</source>
        <translation>&amp;Quando (ora locale):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso orario:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durata:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>&amp;Link online:</translation>
    </message>
    <message>
        <source>&amp;Agenda (one item a line):</source>
        <translation>&amp;Ordine del giorno (un punto per riga):</translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation>&amp;Verbale:</translation>
    </message>
    <message>
        <source>&amp;Decisions (one a line):</source>
        <translation>&amp;Decisioni (una per riga):</translation>
    </message>
    <message>
        <source>Every member sees the meeting in their own time zone.</source>
        <translation>Ogni membro vede la riunione nel proprio fuso orario.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Scegli un fuso orario dall’elenco.</translation>
    </message>
    <message>
        <source>{zone}; on this computer: {time}</source>
        <translation>{zone}; su questo computer: {time}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicates</source>
        <translation>Unisci duplicati</translation>
    </message>
    <message>
        <source>Master record</source>
        <translation>Scheda principale</translation>
    </message>
    <message>
        <source>&amp;Keep this record:</source>
        <translation>&amp;Mantieni questa scheda:</translation>
    </message>
    <message>
        <source>Which value to keep for each field</source>
        <translation>Quale valore mantenere per ciascun campo</translation>
    </message>
    <message>
        <source>What the merge will do</source>
        <translation>Cosa comporta l&apos;unione</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
    <message>
        <source>Fewer than two of these stakeholders still exist: nothing to merge.</source>
        <translation>Di questi attori ne restano meno di due: non c&apos;è nulla da unire.</translation>
    </message>
    <message>
        <source>{field} from {name}</source>
        <translation>{field} di {name}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>consenso registrato</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>nessun consenso</translation>
    </message>
    <message>
        <source>{master} is kept (same ID, so peer cities still recognise it).</source>
        <translation>{master} viene mantenuto (stesso ID, così le città partner lo riconoscono ancora).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other records are merged into it and then deleted.</source>
        <translation>
            <numerusform>%Ln altra scheda viene unita a esso e poi eliminata.</numerusform>
            <numerusform>%Ln altre schede vengono unite a esso e poi eliminate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln interactions move to it.</source>
        <translation>
            <numerusform>La loro %Ln interazione passa a esso.</numerusform>
            <numerusform>Le loro %Ln interazioni passano a esso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags, sectors and topics are combined; their people are linked to it.</source>
        <translation>Etichette, settori e temi vengono combinati; le loro persone vengono collegate a esso.</translation>
    </message>
    <message>
        <source>Taken from the others: {fields}.</source>
        <translation>Valori presi dalle altre schede: {fields}.</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Click to see the recent messages.</source>
        <translation>Fai clic per vedere i messaggi recenti.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Open questions to raise</source>
        <translation>Domande aperte da porre</translation>
    </message>
    <message>
        <source>Open &amp;questions to raise (one per line):</source>
        <translation>&amp;Domande aperte da porre (una per riga):</translation>
    </message>
    <message>
        <source>&amp;Reset texts to the suggestions</source>
        <translation>Ri&amp;pristina i testi suggeriti</translation>
    </message>
    <message>
        <source>Replace your edits with the texts RRR Desktop suggests</source>
        <translation>Sostituisce le tue modifiche con i testi suggeriti da RRR Desktop</translation>
    </message>
    <message>
        <source>&amp;{part} (your text):</source>
        <translation>&amp;{part} (il tuo testo):</translation>
    </message>
    <message>
        <source>You rewrote this text: it no longer follows the data. Reset texts to the suggestions brings the suggestion back.</source>
        <translation>Hai riscritto questo testo: non segue più i dati. «Ripristina i testi suggeriti» riporta il suggerimento.</translation>
    </message>
    <message>
        <source>Reset the brief&apos;s texts</source>
        <translation>Ripristina i testi della nota informativa</translation>
    </message>
</context>
<context>
    <name>NotesTable</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>not set</source>
        <translation>non indicata</translation>
    </message>
</context>
<context>
    <name>PeerDetailView</name>
    <message>
        <source>Peer city details and sources</source>
        <translation>Dettagli e fonti della città partner</translation>
    </message>
    <message>
        <source>Select a peer city to see its profile and sources.</source>
        <translation>Seleziona una città partner per vederne il profilo e le fonti.</translation>
    </message>
    <message>
        <source>{city} has not written some of its texts in your language: they are shown as the city wrote them, followed by their language.</source>
        <translation>{city} non ha scritto alcuni dei suoi testi nella tua lingua: sono mostrati come la città li ha scritti, seguiti dalla loro lingua.</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>Cosa offre</translation>
    </message>
    <message>
        <source>What they want to learn</source>
        <translation>Cosa vuole imparare</translation>
    </message>
    <message>
        <source>Shared challenges</source>
        <translation>Sfide comuni</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nessuna voce registrata.</translation>
    </message>
    <message>
        <source>In their own words: {topics}</source>
        <translation>Con parole proprie: {topics}</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Pratiche</translation>
    </message>
    <message>
        <source>Stakeholders they shared</source>
        <translation>Attori condivisi dalla città</translation>
    </message>
    <message>
        <source>None yet: they arrive with the city&apos;s bundles.</source>
        <translation>Ancora nessuno: arrivano con i pacchetti di scambio della città.</translation>
    </message>
    <message>
        <source>Data from the bundle {file} sent by {sender} on {date}, imported {imported}</source>
        <translation>Dati dal pacchetto {file} inviato da {sender} (invio: {date}; importazione: {imported})</translation>
    </message>
    <message>
        <source>Data from {source} of {date}</source>
        <translation>Dati tratti da {source} ({date})</translation>
    </message>
    <message>
        <source>Data of {date}, source not recorded</source>
        <translation>Dati senza fonte registrata ({date})</translation>
    </message>
    <message numerus="yes">
        <source>⚠ This information is more than %Ln months old: check it with the city before relying on it.</source>
        <translation>
            <numerusform>⚠ Questa informazione ha più di %Ln mese: verificala con la città prima di fidarti.</numerusform>
            <numerusform>⚠ Questa informazione ha più di %Ln mesi: verificala con la città prima di fidarti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ This information is more than %Ln years old: check it with the city before relying on it.</source>
        <translation>
            <numerusform>⚠ Questa informazione ha più di un anno: verificala con la città prima di fidarti.</numerusform>
            <numerusform>⚠ Questa informazione ha più di %Ln anni: verificala con la città prima di fidarti.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>data sconosciuta</translation>
    </message>
</context>
<context>
    <name>PeerFilterBar</name>
    <message>
        <source>Search cities (Ctrl+F)</source>
        <translation>Cerca città (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search peer cities by name</source>
        <translation>Cerca città partner per nome</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>Filtra per tema</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filtra per lingua</translation>
    </message>
    <message>
        <source>Filter by region or country</source>
        <translation>Filtra per regione o paese</translation>
    </message>
    <message>
        <source>Show &amp;hidden</source>
        <translation>&amp;Mostra nascoste</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Regione:</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Tutti i temi</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Tutte le lingue</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Tutte le regioni</translation>
    </message>
</context>
<context>
    <name>PeerMatchView</name>
    <message>
        <source>Why this peer is suggested</source>
        <translation>Perché questa città partner è suggerita</translation>
    </message>
    <message>
        <source>Select a peer city to see why it is suggested.</source>
        <translation>Seleziona una città partner per vedere perché è suggerita.</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>Punteggio {score}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Points per criterion</source>
        <translation>Punti per criterio</translation>
    </message>
    <message>
        <source>{criterion}: {points} points</source>
        <translation>{criterion}: {points} punti</translation>
    </message>
</context>
<context>
    <name>PeerNoteEditor</name>
    <message>
        <source>&amp;Our notes (private, never shared)</source>
        <translation>Le n&amp;ostre note (private, mai condivise)</translation>
    </message>
    <message>
        <source>Our private notes about this city</source>
        <translation>Le nostre note private su questa città</translation>
    </message>
    <message>
        <source>Contacts, what was agreed, what to ask next time… Saved automatically.</source>
        <translation>Contatti, accordi presi, cosa chiedere la prossima volta… Il salvataggio è automatico.</translation>
    </message>
    <message>
        <source>Not saved yet: the last save failed.</source>
        <translation>Non ancora salvata: l&apos;ultimo salvataggio non è riuscito.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio in corso…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvata.</translation>
    </message>
    <message>
        <source>The note could not be saved: {problem} Your text is kept here and will be saved again when you type or leave the note.</source>
        <translation>Impossibile salvare la nota: {problem} Il testo resta qui e verrà salvato di nuovo quando scrivi o esci dalla nota.</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>&amp;Weights…</source>
        <translation>&amp;Pesi…</translation>
    </message>
    <message>
        <source>How much each reason counts in the ranking</source>
        <translation>Quanto conta ogni motivo nella classifica</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>&amp;Suggerimenti</translation>
    </message>
    <message>
        <source>&amp;Proposed groups</source>
        <translation>Gruppi &amp;proposti</translation>
    </message>
    <message>
        <source>Suggested peer cities, best first</source>
        <translation>Città partner suggerite, dalla più affine</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Profile, sources and notes</source>
        <translation>Profilo, fonti e note</translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation>Città partner</translation>
    </message>
    <message>
        <source>Choose your city on the Profile page first: peers are ranked against it.</source>
        <translation>Scegli prima la tua città nella pagina Profilo: le città partner vengono ordinate in base all&apos;affinità con essa.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln peer cities</source>
        <translation>
            <numerusform>{shown} di %Ln città partner</numerusform>
            <numerusform>{shown} di %Ln città partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln hidden)</source>
        <translation>
            <numerusform>(%Ln nascosta)</numerusform>
            <numerusform>(%Ln nascoste)</numerusform>
        </translation>
    </message>
    <message>
        <source>No peer cities yet: they arrive with bundles from other cities.</source>
        <translation>Ancora nessuna città partner: arrivano con i pacchetti di scambio di altre città.</translation>
    </message>
    <message>
        <source>Every peer city is hidden: tick “Show hidden” to see them.</source>
        <translation>Tutte le città partner sono nascoste: spuntare «Mostra nascoste» per vederle.</translation>
    </message>
    <message>
        <source>No peer city speaks {language}.</source>
        <translation>Nessuna città partner parla {language}.</translation>
    </message>
    <message>
        <source>No peer city in {region}.</source>
        <translation>Nessuna città partner in {region}.</translation>
    </message>
    <message>
        <source>No peer city in {region} speaks {language}.</source>
        <translation>Nessuna città partner in {region} parla {language}.</translation>
    </message>
    <message>
        <source>No peer city has anything in common with yours on {topic}.</source>
        <translation>Nessuna città partner ha qualcosa in comune con la nostra sul tema {topic}.</translation>
    </message>
    <message>
        <source>No peer city has anything in common with yours yet.</source>
        <translation>Nessuna città partner ha ancora qualcosa in comune con la nostra.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nessuna modifica eseguita</translation>
    </message>
    <message>
        <source>No peer city matches “{search}”.</source>
        <translation>Nessuna città partner corrisponde a «{search}».</translation>
    </message>
</context>
<context>
    <name>PinAndHide</name>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fissa in cima</translation>
    </message>
    <message>
        <source>Pin to the top of the list, or unpin (Ctrl+Shift+P)</source>
        <translation>Fissa in cima all&apos;elenco o togli dalla cima (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Nascondi</translation>
    </message>
    <message>
        <source>Hide from suggestions, or show again (Ctrl+Shift+H)</source>
        <translation>Nascondi dai suggerimenti o mostra di nuovo (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Non &amp;fissare più</translation>
    </message>
    <message>
        <source>S&amp;how again</source>
        <translation>Mostra di &amp;nuovo</translation>
    </message>
    <message>
        <source>Pin Peer City</source>
        <translation>Fissa in cima la città partner</translation>
    </message>
    <message>
        <source>Unpin Peer City</source>
        <translation>Togli dalla cima la città partner</translation>
    </message>
    <message>
        <source>Hide Peer City</source>
        <translation>Nascondi città partner</translation>
    </message>
    <message>
        <source>Show Peer City Again</source>
        <translation>Mostra di nuovo la città partner</translation>
    </message>
</context>
<context>
    <name>PracticesEditor</name>
    <message>
        <source>Practices</source>
        <translation>Pratiche</translation>
    </message>
    <message>
        <source>Add practice</source>
        <translation>Aggiungi pratica</translation>
    </message>
    <message>
        <source>Describe a practice of our city that peers can learn from</source>
        <translation>Descrivi una pratica della nostra città da cui le città partner possono imparare</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected practice</source>
        <translation>Rimuovi la pratica selezionata</translation>
    </message>
    <message>
        <source>No practices yet. Add the programmes and mechanisms your city runs, so peers can learn from them.</source>
        <translation>Ancora nessuna pratica. Aggiungi i programmi e i meccanismi attivati dalla tua città, perché le città partner possano imparare da queste esperienze.</translation>
    </message>
    <message>
        <source>Practice title</source>
        <translation>Titolo della pratica</translation>
    </message>
    <message>
        <source>e.g. Neighbourhood hubs</source>
        <translation>es. Hub di quartiere</translation>
    </message>
    <message>
        <source>Kind of practice</source>
        <translation>Tipo di pratica</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Year started</source>
        <translation>Anno di avvio</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>Practice description</source>
        <translation>Descrizione della pratica</translation>
    </message>
    <message>
        <source>Practice topics</source>
        <translation>Temi della pratica</translation>
    </message>
    <message>
        <source>Practice link</source>
        <translation>Link della pratica</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Year started:</source>
        <translation>&amp;Anno di avvio:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation>Te&amp;mi:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>Lin&amp;k:</translation>
    </message>
    <message>
        <source>(untitled practice)</source>
        <translation>(pratica senza titolo)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Generale</translation>
    </message>
    <message>
        <source>&amp;Peer Cities</source>
        <translation>Città &amp;partner</translation>
    </message>
    <message>
        <source>&amp;Team Database</source>
        <translation>Database del &amp;gruppo</translation>
    </message>
    <message>
        <source>Your login name</source>
        <translation>Il tuo nome utente</translation>
    </message>
    <message>
        <source>Recorded with every change you make, so that colleagues sharing a team database see who changed what. Left empty: your login name (on a team database, your database user).</source>
        <translation>Registrato con ogni modifica che fai, così i colleghi che condividono un database di squadra vedono chi ha cambiato cosa. Se vuoto: il tuo nome utente (su un database di squadra, il tuo utente del database).</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La lingua del sistema</translation>
    </message>
    <message>
        <source>The language of the window and, by default, of briefs</source>
        <translation>La lingua della finestra e, per impostazione predefinita, delle note informative</translation>
    </message>
    <message>
        <source>After OK you can restart in the new language now, or keep working until the next start.</source>
        <translation>Dopo OK puoi riavviare subito nella nuova lingua o continuare a lavorare fino al prossimo avvio.</translation>
    </message>
    <message>
        <source>Proposed for new briefs and when printing; usual here: {paper}</source>
        <translation>Proposto per le nuove note e per la stampa; usuale qui: {paper}</translation>
    </message>
    <message>
        <source>Where exported lists, bundles and briefs are proposed to be saved</source>
        <translation>Dove si propone di salvare elenchi, pacchetti di scambio e note esportati</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>Scegli la cartella di esportazione predefinita</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Il tuo &amp;nome:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Paper &amp;size:</source>
        <translation>&amp;Formato carta:</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>Cartella di &amp;esportazione:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>A peer city&apos;s data older than this is flagged in the list, the suggestions and its details, as a reminder to ask the city for a new bundle</source>
        <translation>I dati di una città partner più vecchi di così sono segnalati nell&apos;elenco, nei suggerimenti e nei suoi dettagli, per ricordare di chiedere alla città un nuovo pacchetto di scambio</translation>
    </message>
    <message>
        <source>Flag peer data older than:</source>
        <translation>Segnala i dati delle città partner più vecchi di:</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Cartella di esportazione predefinita</translation>
    </message>
    <message>
        <source>The export folder {folder} does not exist: choose an existing folder. Nothing was saved.</source>
        <translation>La cartella di esportazione {folder} non esiste: scegli una cartella esistente. Nulla è stato salvato.</translation>
    </message>
</context>
<context>
    <name>ProfileAutosave</name>
    <message>
        <source>An unexpected error happened.</source>
        <translation>Si è verificato un errore imprevisto.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Our city&apos;s profile</source>
        <translation>Il profilo della nostra città</translation>
    </message>
    <message>
        <source>Summary of our social economy ecosystem</source>
        <translation>Sintesi del nostro ecosistema dell&apos;economia sociale</translation>
    </message>
    <message>
        <source>Who makes up the local social and solidarity economy, what the city does for it, what works and what is hard.</source>
        <translation>Chi compone l&apos;economia sociale e solidale locale, cosa fa la città per sostenerla, cosa funziona e cosa è difficile.</translation>
    </message>
    <message>
        <source>Contact office</source>
        <translation>Ufficio di contatto</translation>
    </message>
    <message>
        <source>Office, address, shared email</source>
        <translation>Ufficio, indirizzo, casella e-mail condivisa</translation>
    </message>
    <message>
        <source>What we offer</source>
        <translation>Cosa offriamo</translation>
    </message>
    <message>
        <source>What we want to learn</source>
        <translation>Cosa vogliamo imparare</translation>
    </message>
    <message>
        <source>Shared challenges</source>
        <translation>Sfide comuni</translation>
    </message>
    <message>
        <source>About our ecosystem</source>
        <translation>Il nostro ecosistema</translation>
    </message>
    <message>
        <source>Topics where we have experience to share with peers.</source>
        <translation>Temi su cui abbiamo esperienze da condividere con le città partner.</translation>
    </message>
    <message>
        <source>Topics where we look for a peer city to learn from.</source>
        <translation>Temi su cui cerchiamo una città partner da cui imparare.</translation>
    </message>
    <message>
        <source>Problems we face and would tackle with others.</source>
        <translation>Problemi che incontriamo e che vorremmo affrontare insieme ad altre città.</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Pratiche</translation>
    </message>
    <message>
        <source>Programmes and mechanisms: awards, hubs, financial mechanisms, bonds, communication strategies, digital programmes…</source>
        <translation>Programmi e meccanismi: premi, hub, meccanismi finanziari, titoli a impatto sociale, strategie di comunicazione, programmi digitali…</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autovalutazione</translation>
    </message>
    <message>
        <source>How mature is our city on each topic, from 0 (nothing yet) to 10 (a reference for others)? “Not assessed” is not 0.</source>
        <translation>Quanto è matura la nostra città su ciascun tema, da 0 (ancora nulla) a 10 (un riferimento per gli altri)? «Non valutato» non equivale a 0.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Sintesi:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Lingue:</translation>
    </message>
    <message>
        <source>&amp;Contact office:</source>
        <translation>Ufficio di &amp;contatto:</translation>
    </message>
    <message>
        <source>Profile of {city}</source>
        <translation>Profilo di {city}</translation>
    </message>
    <message>
        <source>{language}: {text}</source>
        <translation>{language}: {text}</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descrizione</translation>
    </message>
    <message>
        <source>year started</source>
        <translation>anno di avvio</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>temi</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>maturity</source>
        <translation>maturità</translation>
    </message>
    <message>
        <source>date assessed</source>
        <translation>data della valutazione</translation>
    </message>
    <message>
        <source>Own-words topic {number}</source>
        <translation>Tema con parole nostre n. {number}</translation>
    </message>
    <message>
        <source>Practice “{title}”</source>
        <translation>Pratica «{title}»</translation>
    </message>
    <message>
        <source>Practice {number} (untitled)</source>
        <translation>Pratica n. {number} (senza titolo)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Save status</source>
        <translation>Stato del salvataggio</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Try saving the profile again</source>
        <translation>Riprova a salvare il profilo</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Ri&amp;carica</translation>
    </message>
    <message>
        <source>Reload the profile as stored and lose the changes made here</source>
        <translation>Ricarica il profilo salvato, perdendo le modifiche apportate qui</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Mantieni la mia versione</translation>
    </message>
    <message>
        <source>Save the profile as shown here over the other change</source>
        <translation>Salva il profilo così come appare qui, sovrascrivendo l&apos;altra modifica</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Restored changes that were not saved when RRR Desktop last closed.</source>
        <translation>Sono state ripristinate le modifiche non salvate all&apos;ultima chiusura di RRR Desktop.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Tutte le modifiche sono state salvate</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio in corso…</translation>
    </message>
    <message>
        <source>{changed} Your text is kept: Reload to see their change and lose yours here, or Keep Mine to save your version over it.</source>
        <translation>{changed} Il tuo testo è conservato: «Ricarica» mostra la modifica del collega e scarta il testo qui; «Mantieni la mia versione» salva questa versione al suo posto.</translation>
    </message>
    <message>
        <source>Not saved yet: fix what is marked below; it is saved as soon as it is fixed. Your text is kept.</source>
        <translation>Non ancora salvato: correggere quanto segnalato qui sotto; il salvataggio avverrà appena corretto. Il testo inserito viene conservato.</translation>
    </message>
    <message>
        <source>Not saved: {reason} Your text is kept; RRR Desktop will try again.</source>
        <translation>Non salvato: {reason} Il testo inserito viene conservato; RRR Desktop riproverà.</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Modifica il profilo</translation>
    </message>
</context>
<context>
    <name>ProposedGroupsView</name>
    <message>
        <source>Proposed working groups</source>
        <translation>Gruppi di lavoro proposti</translation>
    </message>
    <message>
        <source>Groups of three to six cities that the matching proposes for the network, around topics some want to learn and others offer; under each city, why it is in. Start one to plan its meetings and actions on the Working groups page.</source>
        <translation>Gruppi da tre a sei città che l&apos;abbinamento propone per la rete, attorno a temi che alcune vogliono imparare e altre offrono; sotto ogni città, perché ne fa parte. Avviane uno per pianificare riunioni e azioni nella pagina Gruppi di lavoro.</translation>
    </message>
    <message>
        <source>&amp;Start this group…</source>
        <translation>&amp;Avvia questo gruppo…</translation>
    </message>
    <message>
        <source>Make a working group of our city and these cities: check its name, members and lead, then find it on the Working groups page</source>
        <translation>Crea un gruppo di lavoro della nostra città e di queste città: controlla nome, membri e capofila, poi lo trovi nella pagina Gruppi di lavoro</translation>
    </message>
    <message>
        <source>{topics} (lead: {lead})</source>
        <translation>{topics} (capofila: {lead})</translation>
    </message>
    <message>
        <source>started as “{name}”</source>
        <translation>avviato come «{name}»</translation>
    </message>
    <message>
        <source>No group to propose yet: groups form around topics that some cities want to learn and others offer (the cities&apos; profiles).</source>
        <translation>Nessun gruppo da proporre per ora: i gruppi nascono attorno a temi che alcune città vogliono imparare e altre offrono (i profili delle città).</translation>
    </message>
</context>
<context>
    <name>RecentBriefsList</name>
    <message>
        <source>Recent briefs</source>
        <translation>Note informative recenti</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Apr&amp;i</translation>
    </message>
    <message>
        <source>Show the selected brief again</source>
        <translation>Mostra di nuovo la nota selezionata</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>Rim&amp;uovi dall&apos;elenco</translation>
    </message>
    <message>
        <source>Remove from this list; the file is kept</source>
        <translation>Rimuovi da questo elenco; il file viene conservato</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Apri &amp;cartella</translation>
    </message>
    <message>
        <source>Show the folder that holds the selected brief</source>
        <translation>Mostra la cartella che contiene la nota selezionata</translation>
    </message>
    <message>
        <source>(file missing: moved or deleted)</source>
        <translation>(file mancante: spostato o eliminato)</translation>
    </message>
    <message>
        <source>No brief saved yet.</source>
        <translation>Ancora nessuna nota informativa salvata.</translation>
    </message>
</context>
<context>
    <name>RecentMessagesDialog</name>
    <message>
        <source>Recent Messages</source>
        <translation>Messaggi recenti</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Messaggi recenti</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Ancora nessun messaggio.</translation>
    </message>
</context>
<context>
    <name>RecordDiff</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>La nostra</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La loro</translation>
    </message>
    <message>
        <source>Fields that differ: ours and theirs</source>
        <translation>Campi che differiscono: i nostri e i loro</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Loro valore</translation>
    </message>
    <message>
        <source>What the record holds</source>
        <translation>Contenuto della scheda</translation>
    </message>
    <message>
        <source>same items in another order</source>
        <translation>stesse voci in un altro ordine</translation>
    </message>
</context>
<context>
    <name>RecordStanding</name>
    <message>
        <source>New to us</source>
        <translation>Nuova per noi</translation>
    </message>
    <message>
        <source>Changed since we last received it</source>
        <translation>Modificata dall’ultima volta che l’abbiamo ricevuta</translation>
    </message>
    <message>
        <source>We changed it too</source>
        <translation>L’abbiamo modificata anche noi</translation>
    </message>
    <message>
        <source>Ours is newer</source>
        <translation>La nostra è più recente</translation>
    </message>
    <message>
        <source>The same as ours</source>
        <translation>Uguale alla nostra</translation>
    </message>
    <message>
        <source>Withdrawn by the sender</source>
        <translation>Ritirata dal mittente</translation>
    </message>
    <message>
        <source>{status} (their change of {day})</source>
        <translation>{status} (loro modifica del {day})</translation>
    </message>
    <message>
        <source>Everything it holds is below; importing adds it.</source>
        <translation>Tutto ciò che contiene è qui sotto; importarla la aggiunge.</translation>
    </message>
    <message>
        <source>Below, the fields they changed: ours and theirs. Importing takes theirs.</source>
        <translation>Qui sotto, i campi che hanno modificato: la nostra e la loro. Importarla prende la loro.</translation>
    </message>
    <message>
        <source>Ours and theirs differ and neither is newer (below). We keep ours unless you tick it to take theirs.</source>
        <translation>La nostra e la loro differiscono e nessuna è più recente (qui sotto). Teniamo la nostra a meno che non la si spunti per prendere la loro.</translation>
    </message>
    <message>
        <source>We hold a later version of it: theirs is kept out.</source>
        <translation>Ne abbiamo una versione successiva: la loro resta esclusa.</translation>
    </message>
    <message>
        <source>Importing changes nothing; below, what it holds.</source>
        <translation>Importarla non cambia nulla; qui sotto, ciò che contiene.</translation>
    </message>
    <message>
        <source>Importing removes it from what we hold of the sender.</source>
        <translation>Importarla la toglie da ciò che abbiamo del mittente.</translation>
    </message>
    <message>
        <source>Their revision: {theirs}; we have no revision of it</source>
        <translation>Loro revisione: {theirs}; non ne abbiamo alcuna revisione</translation>
    </message>
    <message>
        <source>Our revision: {ours}; theirs: {theirs}</source>
        <translation>Nostra revisione: {ours}; loro: {theirs}</translation>
    </message>
</context>
<context>
    <name>RegisterFlows</name>
    <message>
        <source>Import finished: {added} added, {updated} updated, {skipped} skipped, {failed} with problems.</source>
        <translation>Importazione completata. Aggiunti: {added}; aggiornati: {updated}; saltati: {skipped}; con problemi: {failed}.</translation>
    </message>
    <message>
        <source>Rows to fix: {file}</source>
        <translation>Righe da correggere: {file}</translation>
    </message>
    <message>
        <source>Add about 300 sample stakeholders to {city}&apos;s register? They are made up and clearly labelled: each name ends with “{marked}” and each carries the “sample” tag, so they can be found by that tag and archived or deleted together.</source>
        <translation>Aggiungere circa 300 attori di esempio al registro di {city}? Sono fittizi e chiaramente riconoscibili: ogni nome termina con «{marked}» e ognuno ha l&apos;etichetta «sample», così puoi trovarli tramite questa etichetta e archiviarli o eliminarli tutti insieme.</translation>
    </message>
    <message>
        <source>&amp;Add Sample Data</source>
        <translation>&amp;Aggiungi dati di esempio</translation>
    </message>
    <message numerus="yes">
        <source>Sample data loaded: %Ln stakeholders, each tagged “sample”.</source>
        <translation>
            <numerusform>Dati di esempio caricati: %Ln attore, etichettato «sample».</numerusform>
            <numerusform>Dati di esempio caricati: %Ln attori, ciascuno etichettato «sample».</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {file} could not be written: {reason}. Nothing was changed; choose another folder or name.</source>
        <translation>Impossibile scrivere il file {file}: {reason}. Non è stato modificato nulla; scegliere un&apos;altra cartella o un altro nome.</translation>
    </message>
</context>
<context>
    <name>ScoreCombo</name>
    <message>
        <source>not set</source>
        <translation>non indicato</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Ricorda su questo computer</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keyring (its safe store of passwords), never in a file</source>
        <translation>Conservata nel portachiavi di questo computer (il suo archivio sicuro delle password), mai in un file</translation>
    </message>
    <message>
        <source>This computer has no keyring service to keep it safely: it is asked again at each start of RRR Desktop.</source>
        <translation>Questo computer non ha un servizio portachiavi per conservarla in modo sicuro: viene richiesta di nuovo a ogni avvio di RRR Desktop.</translation>
    </message>
    <message>
        <source>Type it first.</source>
        <translation>Scrivila prima.</translation>
    </message>
    <message>
        <source>The two do not match: type it again in both fields.</source>
        <translation>Le due non coincidono: scrivila di nuovo in entrambi i campi.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <source>Your Signing Key</source>
        <translation>Chiave di firma</translation>
    </message>
    <message>
        <source>Every bundle you export is signed with this installation&apos;s key. When a peer city imports your first bundle, they see this fingerprint: read it to them by phone, group by group, so they know the bundle is really yours.</source>
        <translation>Ogni pacchetto esportato viene firmato con la chiave di questa installazione. Quando una città partner importa il primo pacchetto ricevuto da noi, vede questa impronta: leggerla per telefono ai colleghi di quella città, gruppo per gruppo, così potranno verificare che il pacchetto provenga davvero da noi.</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Impronta della chiave</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
</context>
<context>
    <name>SourceOptions</name>
    <message>
        <source>Encoding of the file</source>
        <translation>Codifica del file</translation>
    </message>
    <message>
        <source>Import these &amp;headings as stakeholders too</source>
        <translation>Importa anche questi &amp;titoli come attori</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codifica:</translation>
    </message>
    <message>
        <source>Headings:</source>
        <translation>Titoli:</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; (row {number})</source>
        <translation>«{text}» (riga {number})</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>e %Ln altra</numerusform>
            <numerusform>e altre %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows that look like section headings were set aside: {rows}.</source>
        <translation>
            <numerusform>È stata messa da parte %Ln riga che sembra un titolo di sezione: {rows}.</numerusform>
            <numerusform>Sono state messe da parte %Ln righe che sembrano titoli di sezione: {rows}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderActions</name>
    <message>
        <source>New &amp;Organisation…</source>
        <translation>Nuova &amp;organizzazione…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New &amp;Person…</source>
        <translation>Nuova &amp;persona…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Add &amp;Interaction…</source>
        <translation>Aggiungi &amp;interazione…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivia</translation>
    </message>
    <message>
        <source>&amp;Restore from Archive</source>
        <translation>&amp;Ripristina dall&apos;archivio</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicates…</source>
        <translation>&amp;Unisci duplicati…</translation>
    </message>
    <message>
        <source>Add an organisation to the register</source>
        <translation>Aggiunge un&apos;organizzazione al registro</translation>
    </message>
    <message>
        <source>Add a person to the register</source>
        <translation>Aggiunge una persona al registro</translation>
    </message>
    <message>
        <source>Change the selected stakeholder</source>
        <translation>Modifica l&apos;attore selezionato</translation>
    </message>
    <message>
        <source>Record a meeting, call or e-mail with the selected stakeholder</source>
        <translation>Registra una riunione, chiamata o e-mail con l&apos;attore selezionato</translation>
    </message>
    <message>
        <source>Hide the selected stakeholders from the list, keeping their history</source>
        <translation>Nasconde gli attori selezionati dall&apos;elenco, conservandone la cronologia</translation>
    </message>
    <message>
        <source>Bring the selected archived stakeholders back</source>
        <translation>Ripristina gli attori archiviati selezionati</translation>
    </message>
    <message>
        <source>Delete the selected stakeholders (Undo brings them back)</source>
        <translation>Elimina gli attori selezionati (Annulla li ripristina)</translation>
    </message>
    <message>
        <source>Join the selected duplicates into one stakeholder</source>
        <translation>Unisce i duplicati selezionati in un solo attore</translation>
    </message>
    <message>
        <source>Take back the last change to the register</source>
        <translation>Annulla l&apos;ultima modifica al registro</translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation>Ripete la modifica annullata</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifica {name}</translation>
    </message>
    <message>
        <source>New {name}</source>
        <translation>Nuovo: {name}</translation>
    </message>
    <message>
        <source>Stakeholder saved.</source>
        <translation>Attore salvato.</translation>
    </message>
    <message>
        <source>Interaction saved.</source>
        <translation>Interazione salvata.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln stakeholders</source>
        <translation>
            <numerusform>Unisci %Ln attore</numerusform>
            <numerusform>Unisci %Ln attori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders merged into one.</source>
        <translation>
            <numerusform>%Ln attore unito in uno.</numerusform>
            <numerusform>%Ln attori uniti in uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interactions moved.</source>
        <translation>
            <numerusform>%Ln interazione spostata.</numerusform>
            <numerusform>%Ln interazioni spostate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Follow-up Done</source>
        <translation>Segna il follow-up come fatto</translation>
    </message>
    <message>
        <source>Follow-up marked done.</source>
        <translation>Follow-up segnato come completato.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders archived. Show them with “Show archived”.</source>
        <translation>
            <numerusform>%Ln attore archiviato. Mostralo con «Mostra archiviati».</numerusform>
            <numerusform>%Ln attori archiviati. Mostrali con «Mostra archiviati».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders restored from the archive.</source>
        <translation>
            <numerusform>%Ln attore ripristinato dall’archivio.</numerusform>
            <numerusform>%Ln attori ripristinati dall’archivio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %Ln stakeholders</source>
        <translation>
            <numerusform>Archiviazione di %Ln attore</numerusform>
            <numerusform>Archiviazione di %Ln attori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln stakeholders from the archive</source>
        <translation>
            <numerusform>Ripristino dall’archivio di %Ln attore</numerusform>
            <numerusform>Ripristino dall’archivio di %Ln attori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted. Undo with {keys}.</source>
        <translation>
            <numerusform>%Ln attore eliminato. Annulla con {keys}.</numerusform>
            <numerusform>%Ln attori eliminati. Annulla con {keys}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln stakeholders</source>
        <translation>
            <numerusform>Eliminazione di %Ln attore</numerusform>
            <numerusform>Eliminazione di %Ln attori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders restored.</source>
        <translation>
            <numerusform>%Ln attore ripristinato.</numerusform>
            <numerusform>%Ln attori ripristinati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted.</source>
        <translation>
            <numerusform>%Ln attore eliminato.</numerusform>
            <numerusform>%Ln attori eliminati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Annullato: {change}</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>Ripetuto: {change}</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Attori</translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>Edit stakeholder</source>
        <translation>Modifica attore</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nuova organizzazione</translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation>Or&amp;ganizzazione</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>Pe&amp;rsona</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>S&amp;hareable: may go into exchange bundles for peer cities (personal data only if you include it)</source>
        <translation>Condi&amp;visibile: può entrare nei pacchetti di scambio per le città partner (i dati personali solo se scegli di includerli)</translation>
    </message>
    <message>
        <source>This record is:</source>
        <translation>Tipo di scheda:</translation>
    </message>
    <message>
        <source>You changed this stakeholder. Discard the changes?</source>
        <translation>Questo attore è stato modificato. Scartare le modifiche?</translation>
    </message>
</context>
<context>
    <name>StakeholderExport</name>
    <message>
        <source>Export stakeholders</source>
        <translation>Esporta attori</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossibile esportare</translation>
    </message>
    <message>
        <source>The file could not be written ({problem}): choose another folder or close the file if a spreadsheet has it open, then export again.</source>
        <translation>Impossibile scrivere il file ({problem}): scegliere un&apos;altra cartella oppure chiudere il file se è aperto in un foglio di calcolo, quindi ripetere l&apos;esportazione.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders exported to {file}.</source>
        <translation>
            <numerusform>%Ln attore esportato in {file}.</numerusform>
            <numerusform>%Ln attori esportati in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data included for {included}; left out for {withheld} without recorded consent.</source>
        <translation>Dati personali inclusi per {included}; esclusi per {withheld} senza consenso registrato.</translation>
    </message>
</context>
<context>
    <name>StakeholderFilterBar</name>
    <message>
        <source>Search names, places, descriptions, tags (Ctrl+F)</source>
        <translation>Cerca nomi, luoghi, descrizioni, etichette (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search stakeholders</source>
        <translation>Cerca attori</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Tutte le fasi</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartiere</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Organisations or people</source>
        <translation>Organizzazioni o persone</translation>
    </message>
    <message>
        <source>Organisations and people</source>
        <translation>Organizzazioni e persone</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Da seguire</translation>
    </message>
    <message>
        <source>Any dates</source>
        <translation>Qualsiasi data</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Follow-up scaduti</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisione da fare</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Mostra a&amp;rchiviati</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Azzera filtri</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Azzera i filtri</translation>
    </message>
    <message>
        <source>Show every stakeholder again</source>
        <translation>Mostra di nuovo tutti gli attori</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tutti i temi</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tutti i settori</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Tutti i quartieri</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tutti i referenti</translation>
    </message>
</context>
<context>
    <name>StakeholderImport</name>
    <message>
        <source>Import stakeholders</source>
        <translation>Importa attori</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods *.xls *.txt *.tsv)</source>
        <translation>Fogli di calcolo (*.csv *.xlsx *.ods *.xls *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Impossibile importare questo file</translation>
    </message>
</context>
<context>
    <name>StakeholderMap</name>
    <message>
        <source>Stakeholders by influence and interest</source>
        <translation>Attori per influenza e interesse</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento in corso…</translation>
    </message>
    <message>
        <source>No stakeholder matches these filters.</source>
        <translation>Nessun attore corrisponde a questi filtri.</translation>
    </message>
    <message>
        <source>No stakeholders yet.</source>
        <translation>Ancora nessun attore.</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Mantenere soddisfatti</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Coinvolgere da vicino</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitorare</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Tenere informati</translation>
    </message>
    <message>
        <source>Interest (low → high)</source>
        <translation>Interesse (basso → alto)</translation>
    </message>
    <message>
        <source>Influence (low → high)</source>
        <translation>Influenza (bassa → alta)</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Fase di collaborazione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Dots for an even sample of {shown} of {placed}; the number in each cell counts all.</source>
        <translation>Punti per un campione uniforme di attori ({shown} su {placed}); il numero in ogni casella li conta tutti.</translation>
    </message>
</context>
<context>
    <name>StakeholderMapView</name>
    <message>
        <source>&amp;Copy Picture</source>
        <translation>&amp;Copia immagine</translation>
    </message>
    <message>
        <source>Copy the map to paste it into a slide or document</source>
        <translation>Copia la mappa per incollarla in una diapositiva o in un documento</translation>
    </message>
    <message>
        <source>Save &amp;Picture…</source>
        <translation>Salva imma&amp;gine…</translation>
    </message>
    <message>
        <source>Save the map as a PNG picture</source>
        <translation>Salva la mappa come immagine PNG</translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation>Salva la mappa come immagine</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be saved to {file}: {reason}. Choose another folder or name.</source>
        <translation>Impossibile salvare l&apos;immagine in {file}: {reason}. Scegli un&apos;altra cartella o un altro nome.</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartiere</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influenza</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Condivisibile</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>{value} (archived)</source>
        <translation>{value} (archiviato)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(scaduto)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
</context>
<context>
    <name>StakeholderView</name>
    <message>
        <source>Stakeholder details</source>
        <translation>Dettagli dell&apos;attore</translation>
    </message>
    <message>
        <source>Select a stakeholder to see the details.</source>
        <translation>Seleziona un attore per vederne i dettagli.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Change this stakeholder</source>
        <translation>Modifica questo attore</translation>
    </message>
    <message>
        <source>Add &amp;interaction…</source>
        <translation>Aggiungi &amp;interazione…</translation>
    </message>
    <message>
        <source>Record a meeting, call or e-mail with this stakeholder</source>
        <translation>Registra una riunione, chiamata o e-mail con questo attore</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviato</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organizzazione:</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>Settori:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Temi:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etichette:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Quartiere:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Sito web:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Referente:</translation>
    </message>
    <message>
        <source>Influence / interest / trust:</source>
        <translation>Influenza / interesse / fiducia:</translation>
    </message>
    <message>
        <source>Next contact:</source>
        <translation>Prossimo contatto:</translation>
    </message>
    <message>
        <source>Review due:</source>
        <translation>Revisione prevista:</translation>
    </message>
    <message>
        <source>Shareable with peers:</source>
        <translation>Condivisibile con le città partner:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>People ({count}):</source>
        <translation>Persone ({count}):</translation>
    </message>
    <message>
        <source>People of this organisation</source>
        <translation>Persone di questa organizzazione</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dati personali</translation>
    </message>
    <message>
        <source>Consent recorded on {date} ({source}).</source>
        <translation>Consenso registrato il {date} ({source}).</translation>
    </message>
    <message>
        <source>No consent recorded: this stays on this computer.</source>
        <translation>Nessun consenso registrato: questi dati restano su questo computer.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interazioni</translation>
    </message>
    <message>
        <source>No interactions recorded.</source>
        <translation>Nessuna interazione registrata.</translation>
    </message>
    <message>
        <source>Follow-up overdue since {date}</source>
        <translation>Follow-up scaduto dal {date}</translation>
    </message>
    <message>
        <source>Follow-up: {date}</source>
        <translation>Follow-up: {date}</translation>
    </message>
    <message>
        <source>Mark follow-up &amp;done</source>
        <translation>&amp;Segna il follow-up come completato</translation>
    </message>
    <message>
        <source>The follow-up of the selected interaction was done</source>
        <translation>Il follow-up dell&apos;interazione selezionata è stato fatto</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>Stakeholders</source>
        <translation>Attori</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Elenco</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>Ma&amp;ppa</translation>
    </message>
    <message>
        <source>List or map</source>
        <translation>Elenco o mappa</translation>
    </message>
    <message>
        <source>Show List or &amp;Map</source>
        <translation>Mostra elenco o &amp;mappa</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Switch between the list and the influence and interest map</source>
        <translation>Passa dall&apos;elenco alla mappa di influenza e interesse</translation>
    </message>
    <message>
        <source>No stakeholders yet. Import your list with File › Import Stakeholders (Ctrl+I).</source>
        <translation>Ancora nessun attore. Importa l&apos;elenco con File › Importa attori (Ctrl+I).</translation>
    </message>
    <message>
        <source>No stakeholder matches these filters.</source>
        <translation>Nessun attore corrisponde a questi filtri.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln attore</numerusform>
            <numerusform>%Ln attori</numerusform>
        </translation>
    </message>
    <message>
        <source>Stakeholder saved. The filters hide it from the list: Clear Filters shows it.</source>
        <translation>Attore salvato. I filtri lo nascondono dall’elenco: Azzera filtri lo mostra.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Your data was updated for this version of RRR Desktop. A copy of it as it was is kept in {folder}.</source>
        <translation>I dati sono stati aggiornati per questa versione di RRR Desktop. Una copia dei dati precedenti è conservata in {folder}.</translation>
    </message>
    <message>
        <source>City not saved</source>
        <translation>Città non salvata</translation>
    </message>
    <message>
        <source>RRR Desktop could not open your data: {problem}

Details are in {log}.</source>
        <translation>RRR Desktop non è riuscito ad aprire i dati: {problem}

I dettagli si trovano in {log}.</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>Impossibile aprire i dati</translation>
    </message>
</context>
<context>
    <name>StatusMessages</name>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>The messages shown here since {app} started</source>
        <translation>I messaggi mostrati qui dall’avvio di {app}</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <source>#</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message numerus="yes">
        <source>⚠ This city&apos;s data is %Ln months old: ask the city for a new bundle before relying on it.</source>
        <translation>
            <numerusform>⚠ I dati di questa città hanno %Ln mese: chiedile un nuovo pacchetto prima di fidarti.</numerusform>
            <numerusform>⚠ I dati di questa città hanno %Ln mesi: chiedile un nuovo pacchetto prima di fidarti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Nascosta</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fissata in cima</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseTab</name>
    <message>
        <source>&amp;Work in the team&apos;s shared database</source>
        <translation>&amp;Lavora nel database condiviso del gruppo</translation>
    </message>
    <message>
        <source>Off: the register is the file in this computer&apos;s data folder</source>
        <translation>Disattivato: il registro è il file nella cartella dati di questo computer</translation>
    </message>
    <message>
        <source>The server&apos;s name or address, from your IT staff</source>
        <translation>Il nome o l&apos;indirizzo del server, fornito dal servizio informatico</translation>
    </message>
    <message>
        <source>your computer&apos;s user name</source>
        <translation>il tuo nome utente su questo computer</translation>
    </message>
    <message>
        <source>Encrypted (required)</source>
        <translation>Cifrata (obbligatorio)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Cifrata, con il certificato del server verificato</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Cifrata se il server lo offre</translation>
    </message>
    <message>
        <source>Not encrypted (this computer only)</source>
        <translation>Non cifrata (solo questo computer)</translation>
    </message>
    <message>
        <source>Needed only when your computer&apos;s PostgreSQL password file or PGPASSWORD gives none</source>
        <translation>Serve solo se il file di password di PostgreSQL del tuo computer o PGPASSWORD non ne danno nessuna</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Prova la &amp;connessione</translation>
    </message>
    <message>
        <source>A password in your computer&apos;s PostgreSQL password file (pgpass) or PGPASSWORD comes first; the one typed here is never written into these settings. The team database is used from the next start.</source>
        <translation>Una password nel file di password di PostgreSQL del tuo computer (pgpass) o in PGPASSWORD ha la precedenza; quella scritta qui non viene mai salvata in queste impostazioni. Il database del gruppo viene usato dal prossimo avvio.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>C&amp;ifratura:</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>P&amp;assword:</translation>
    </message>
    <message>
        <source>remembered on this computer</source>
        <translation>ricordata su questo computer</translation>
    </message>
    <message>
        <source>Type the server&apos;s name first.</source>
        <translation>Scrivi prima il nome del server.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>The database is empty: it is made ready at the next start.</source>
        <translation>Il database è vuoto: viene preparato al prossimo avvio.</translation>
    </message>
    <message>
        <source>Your role may read the register but not change it.</source>
        <translation>Il tuo ruolo può leggere il registro ma non modificarlo.</translation>
    </message>
    <message>
        <source>The register is there and your role may change it.</source>
        <translation>Il registro c&apos;è e il tuo ruolo può modificarlo.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}. {state}</source>
        <translation>Connesso a PostgreSQL {version}. {state}</translation>
    </message>
</context>
<context>
    <name>TeamPassphraseDialog</name>
    <message>
        <source>Bundles from the team database {database} are signed with your city&apos;s one key. This is the team&apos;s first bundle: choose the passphrase that will protect the key, and give it to your colleagues; they type it when they export.</source>
        <translation>I pacchetti del database del gruppo {database} sono firmati con l&apos;unica chiave della tua città. Questo è il primo pacchetto del gruppo: scegli la passphrase che proteggerà la chiave e comunicala ai colleghi; la scriveranno quando esportano.</translation>
    </message>
    <message>
        <source>Bundles from the team database {database} are signed with your city&apos;s one key, kept there protected by the team&apos;s passphrase. Type the passphrase (ask a colleague if you do not know it).</source>
        <translation>I pacchetti del database del gruppo {database} sono firmati con l&apos;unica chiave della tua città, conservata lì e protetta dalla passphrase del gruppo. Scrivi la passphrase (chiedila a un collega se non la conosci).</translation>
    </message>
    <message>
        <source>Team Passphrase</source>
        <translation>Passphrase del gruppo</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Di nuovo:</translation>
    </message>
</context>
<context>
    <name>TeamPasswordDialog</name>
    <message>
        <source>Team Database Password</source>
        <translation>Password del database del gruppo</translation>
    </message>
    <message>
        <source>The team database {database} asks for your password.</source>
        <translation>Il database del gruppo {database} chiede la tua password.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>TextLanguageBar</name>
    <message>
        <source>Language of the texts shown</source>
        <translation>Lingua dei testi mostrati</translation>
    </message>
    <message>
        <source>Write the summary, contact office, notes and practices in another language: peers read the profile in their own language when it is written in it.</source>
        <translation>Scrivi il riepilogo, l’ufficio di contatto, le note e le pratiche in un’altra lingua: le città partner leggono il profilo nella loro lingua quando vi è scritto.</translation>
    </message>
    <message>
        <source>Te&amp;xts in:</source>
        <translation>Te&amp;sti in:</translation>
    </message>
    <message>
        <source>{language} — {state}</source>
        <translation>{language} — {state}</translation>
    </message>
    <message>
        <source>{language} is the language these texts were first written in. Choose another language to write them in it too.</source>
        <translation>{language} è la lingua in cui questi testi sono stati scritti per primi. Scegli un’altra lingua per scriverli anche in essa.</translation>
    </message>
    <message>
        <source>Every text is written in {language} too.</source>
        <translation>Tutti i testi sono scritti anche in {language}.</translation>
    </message>
    <message>
        <source>{missing} of {total} texts are not written in {language} yet: each empty field shows the original as a hint. Peers reading {language} see the original there.</source>
        <translation>Testi non ancora scritti in {language}: {missing} su {total}. Ogni campo vuoto mostra l’originale come suggerimento; chi legge in {language} vi trova l’originale.</translation>
    </message>
    <message>
        <source>Nothing is written in {language} yet: each empty field shows the original as a hint. Peers reading {language} see the original.</source>
        <translation>Non c’è ancora niente scritto in {language}: ogni campo vuoto mostra l’originale come suggerimento. Chi legge in {language} vede l’originale.</translation>
    </message>
    <message>
        <source>original</source>
        <translation>originale</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>non scritto</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>{missing} of {total} missing</source>
        <translation>mancanti: {missing} su {total}</translation>
    </message>
</context>
<context>
    <name>TopicListEditor</name>
    <message>
        <source>{list}: topics</source>
        <translation>{list}: temi</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>{list}: topics in our own words</source>
        <translation>{list}: temi con parole nostre</translation>
    </message>
    <message>
        <source>Topic in our own words</source>
        <translation>Tema con parole nostre</translation>
    </message>
    <message>
        <source>In our own words</source>
        <translation>Con parole nostre</translation>
    </message>
    <message>
        <source>Type a topic or a synonym</source>
        <translation>Digitare un tema o un sinonimo</translation>
    </message>
    <message>
        <source>{list}: topic to add</source>
        <translation>{list}: tema da aggiungere</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Aggiungi tema</translation>
    </message>
    <message>
        <source>{list}: add topic</source>
        <translation>{list}: aggiungi tema</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>{list}: remove selected topics</source>
        <translation>{list}: rimuovi i temi selezionati</translation>
    </message>
    <message>
        <source>Add in our own words</source>
        <translation>Aggiungi con parole nostre</translation>
    </message>
    <message>
        <source>{list}: add a topic in our own words</source>
        <translation>{list}: aggiungi un tema con parole nostre</translation>
    </message>
    <message>
        <source>For a topic the shared vocabulary does not have. Peers read it, but matching uses only vocabulary topics.</source>
        <translation>Per un tema che non è presente nel vocabolario comune. Le città partner possono leggerlo, ma l&apos;abbinamento tra città usa solo i temi del vocabolario.</translation>
    </message>
    <message>
        <source>{list}: remove selected own-words topics</source>
        <translation>{list}: rimuovi i temi con parole nostre selezionati</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>Ripe&amp;ti «{change}»</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ripe&amp;ti</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>A&amp;nnulla «{change}»</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnulla</translation>
    </message>
</context>
<context>
    <name>UnsavedWork</name>
    <message>
        <source>Everything is saved: RRR Desktop saves your changes as you make them.</source>
        <translation>Tutto è salvato: RRR Desktop salva le modifiche man mano che vengono fatte.</translation>
    </message>
    <message>
        <source>Saving the profile…</source>
        <translation>Salvataggio del profilo…</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profilo salvato.</translation>
    </message>
    <message>
        <source>The profile is not saved: the Profile page says why.</source>
        <translation>Il profilo non è salvato: la pagina Profilo spiega perché.</translation>
    </message>
    <message>
        <source>The profile could not be saved, nor kept for the next start: {reason}

Your text is still on the Profile page. Keep RRR Desktop open and free some disk space, or close and lose the unsaved changes.</source>
        <translation>Impossibile salvare il profilo o conservarlo per il prossimo avvio: {reason}

Il testo si trova ancora nella pagina Profilo. Lascia aperto RRR Desktop e libera spazio sul disco, oppure chiudi perdendo le modifiche non salvate.</translation>
    </message>
    <message>
        <source>{problem}

Keep RRR Desktop open, or close and lose what is not kept.</source>
        <translation>{problem}

Tieni aperto RRR Desktop, oppure chiudilo e perdi ciò che non è stato conservato.</translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation>&amp;Non chiudere</translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation>C&amp;hiudi comunque</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>They &amp;teach what you want</source>
        <translation>Ci &amp;insegnano ciò che vogliamo</translation>
    </message>
    <message>
        <source>You teach what they &amp;want</source>
        <translation>Insegniamo ciò che &amp;vogliono</translation>
    </message>
    <message>
        <source>Two-way e&amp;xchange</source>
        <translation>Scambio re&amp;ciproco</translation>
    </message>
    <message>
        <source>&amp;Maturity gap</source>
        <translation>&amp;Divario di maturità</translation>
    </message>
    <message>
        <source>Re&amp;lated topics</source>
        <translation>Temi &amp;affini</translation>
    </message>
    <message>
        <source>&amp;Shared challenges</source>
        <translation>Sfid&amp;e comuni</translation>
    </message>
    <message>
        <source>&amp;Own-words matches</source>
        <translation>C&amp;orrispondenze con parole proprie</translation>
    </message>
    <message>
        <source>Points per topic you want to learn that they offer.</source>
        <translation>Punti per ogni tema che vogliamo imparare e che la città partner offre.</translation>
    </message>
    <message>
        <source>Points per topic they want to learn that you offer.</source>
        <translation>Punti per ogni tema che la città partner vuole imparare e che noi offriamo.</translation>
    </message>
    <message>
        <source>Points once, when the exchange goes both ways.</source>
        <translation>Punti assegnati una sola volta, quando lo scambio va in entrambe le direzioni.</translation>
    </message>
    <message>
        <source>Times the teacher&apos;s lead in self-assessed maturity, out of 10.</source>
        <translation>Moltiplicato per il vantaggio di chi insegna nella maturità autovalutata, in decimi.</translation>
    </message>
    <message>
        <source>Share of a direct match for a related topic (0.25 = a quarter).</source>
        <translation>Quota dei punti di una corrispondenza diretta per un tema affine (0,25 = un quarto).</translation>
    </message>
    <message>
        <source>Points per challenge or wish you both have.</source>
        <translation>Punti per ogni sfida o interesse in comune.</translation>
    </message>
    <message>
        <source>Share of a direct match for topics in own words that match.</source>
        <translation>Quota dei punti di una corrispondenza diretta per temi con parole proprie che corrispondono.</translation>
    </message>
    <message>
        <source>Weights: how much each reason counts</source>
        <translation>Pesi: quanto conta ciascun motivo</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Ripristina i valori predefiniti</translation>
    </message>
    <message>
        <source>Reset the weights to their defaults</source>
        <translation>Ripristina i valori predefiniti dei pesi</translation>
    </message>
    <message>
        <source>{description} Default: {default}.</source>
        <translation>{description} Valore predefinito: {default}.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>The messages of the status bar since the window opened, whole</source>
        <translation>I messaggi della barra di stato dall’apertura della finestra, per intero</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save what you are editing now (changes are also saved as you go)</source>
        <translation>Salva subito ciò che stai modificando (le modifiche sono salvate anche man mano)</translation>
    </message>
    <message>
        <source>&amp;Import Stakeholders…</source>
        <translation>I&amp;mporta attori…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Stakeholders…</source>
        <translation>Es&amp;porta attori…</translation>
    </message>
    <message>
        <source>Save the register, as filtered, to a spreadsheet</source>
        <translation>Salva il registro, così come è filtrato, in un foglio di calcolo</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Undo Last Import…</source>
        <translation>Annulla l&apos;&amp;ultima importazione…</translation>
    </message>
    <message>
        <source>Take back the stakeholders the last import added or changed</source>
        <translation>Annulla gli attori aggiunti o modificati dall&apos;ultima importazione</translation>
    </message>
    <message>
        <source>&amp;Print Brief…</source>
        <translation>S&amp;tampa nota…</translation>
    </message>
    <message>
        <source>Print the brief shown on the Briefs page</source>
        <translation>Stampa la nota mostrata nella pagina Note informative</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Apri cartella &amp;dati</translation>
    </message>
    <message>
        <source>Show the folder where RRR Desktop keeps your data</source>
        <translation>Mostra la cartella dove RRR Desktop conserva i tuoi dati</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Chiudi finestra</translation>
    </message>
    <message>
        <source>Close the window and quit</source>
        <translation>Chiude la finestra ed esce</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Quit RRR Desktop</source>
        <translation>Esce da RRR Desktop</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferenze…</translation>
    </message>
    <message>
        <source>Language, paper size, export folder, peer data age</source>
        <translation>Lingua, formato carta, cartella di esportazione, età dei dati delle città partner</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Stakeholders</source>
        <translation>Att&amp;ori</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>V&amp;isualizza</translation>
    </message>
    <message>
        <source>&amp;Recent Messages…</source>
        <translation>Messaggi &amp;recenti…</translation>
    </message>
    <message>
        <source>Add organisations from a spreadsheet ({formats})</source>
        <translation>Aggiunge organizzazioni da un foglio di calcolo ({formats})</translation>
    </message>
    <message>
        <source>Stakeholder &amp;Columns</source>
        <translation>&amp;Colonne degli attori</translation>
    </message>
    <message>
        <source>Show the page {page}</source>
        <translation>Mostra la pagina {page}</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <source>Put the cursor in this page&apos;s search box</source>
        <translation>Porta il cursore nella casella di ricerca di questa pagina</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guida utente</translation>
    </message>
    <message>
        <source>How to do each task, for the page you are on</source>
        <translation>Come svolgere ogni attività, per la pagina in cui si trova</translation>
    </message>
    <message>
        <source>Keyboard S&amp;hortcuts</source>
        <translation>Scorciatoie da &amp;tastiera</translation>
    </message>
    <message>
        <source>The keys of every menu command</source>
        <translation>I tasti di ogni comando dei menu</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>Carica dati di e&amp;sempio</translation>
    </message>
    <message>
        <source>Add made-up stakeholders to try RRR Desktop</source>
        <translation>Aggiunge attori inventati per provare RRR Desktop</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Apri cartella dei &amp;log</translation>
    </message>
    <message>
        <source>Show the log files to send to support</source>
        <translation>Mostra i file di registro da inviare all&apos;assistenza</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Informazioni su {app}</translation>
    </message>
    <message>
        <source>Version, data folder and licence</source>
        <translation>Versione, cartella dei dati e licenza</translation>
    </message>
</context>
<context>
    <name>WorkingGroupsPage</name>
    <message>
        <source>Working groups</source>
        <translation>Gruppi di lavoro</translation>
    </message>
    <message>
        <source>Find a group, city or stage</source>
        <translation>Cerca un gruppo, una città o una fase</translation>
    </message>
    <message>
        <source>Find working groups</source>
        <translation>Cerca gruppi di lavoro</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Nuovo gruppo…</translation>
    </message>
    <message>
        <source>Start a working group of our city and peer cities</source>
        <translation>Crea un gruppo di lavoro della nostra città e di città partner</translation>
    </message>
    <message>
        <source>New Working Group</source>
        <translation>Nuovo gruppo di lavoro</translation>
    </message>
    <message>
        <source>Edit Working Group</source>
        <translation>Modifica gruppo di lavoro</translation>
    </message>
    <message>
        <source>Delete Working Group</source>
        <translation>Elimina gruppo di lavoro</translation>
    </message>
    <message>
        <source>Delete the working group “{name}” with its meetings, actions and notes? The cities stay. Edit › Undo brings the group back.</source>
        <translation>Eliminare il gruppo di lavoro «{name}» con le sue riunioni, azioni e note? Le città restano. Modifica › Annulla ripristina il gruppo.</translation>
    </message>
    <message>
        <source>&amp;Delete Group</source>
        <translation>&amp;Elimina gruppo</translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation>Modifica riunione</translation>
    </message>
    <message>
        <source>Plan Meeting</source>
        <translation>Pianifica riunione</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>Modifica azione</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Aggiungi azione</translation>
    </message>
    <message>
        <source>Our Note on the Group</source>
        <translation>La nostra nota sul gruppo</translation>
    </message>
    <message>
        <source>What our city wants the other members to know:</source>
        <translation>Ciò che la nostra città vuole far sapere agli altri membri:</translation>
    </message>
    <message>
        <source>Edit Our Note</source>
        <translation>Modifica la nostra nota</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modificato</translation>
    </message>
</context>
<context>
    <name>_ContentPage</name>
    <message>
        <source>What to Share</source>
        <translation>Cosa condividere</translation>
    </message>
    <message>
        <source>Choose what goes into the bundle. Interactions with stakeholders are never shared.</source>
        <translation>Scegli cosa inserire nel pacchetto. Le interazioni con gli attori non vengono mai condivise.</translation>
    </message>
    <message>
        <source>Our city&apos;s &amp;profile (summary, languages, topics)</source>
        <translation>Il &amp;profilo della nostra città (sintesi, lingue, temi)</translation>
    </message>
    <message>
        <source>Our p&amp;ractices</source>
        <translation>Le nostre p&amp;ratiche</translation>
    </message>
    <message>
        <source>Our &amp;self-assessment</source>
        <translation>La nostra auto&amp;valutazione</translation>
    </message>
    <message>
        <source>Stakeholders marked &amp;shareable</source>
        <translation>Attori segnati come &amp;condivisibili</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln pratica</numerusform>
            <numerusform>%Ln pratiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-assessed topics</source>
        <translation>
            <numerusform>%Ln tema autovalutato</numerusform>
            <numerusform>%Ln temi autovalutati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln attore</numerusform>
            <numerusform>%Ln attori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawn records</source>
        <translation>
            <numerusform>%Ln scheda ritirata</numerusform>
            <numerusform>%Ln schede ritirate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln working group entries (groups, meetings, actions, notes)</source>
        <translation>
            <numerusform>%Ln voce dei gruppi di lavoro (gruppo, riunione, azione o nota)</numerusform>
            <numerusform>%Ln voci dei gruppi di lavoro (gruppi, riunioni, azioni, note)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders have an email address or phone number in their description.</source>
        <translation>
            <numerusform>%Ln attore ha un indirizzo email o un telefono nella descrizione.</numerusform>
            <numerusform>%Ln attori hanno un indirizzo email o un telefono nella descrizione.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Bundle Written</source>
        <translation>Pacchetto salvato</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostra nella &amp;cartella</translation>
    </message>
    <message>
        <source>&amp;Email It</source>
        <translation>Invia per &amp;e-mail</translation>
    </message>
    <message>
        <source>Writing the Bundle</source>
        <translation>Salvataggio del pacchetto</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Salvataggio del pacchetto in corso…</translation>
    </message>
    <message>
        <source>Bundle Not Written</source>
        <translation>Pacchetto non salvato</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <source>Where to Save</source>
        <translation>Dove salvare</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>File del pacchetto</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Save Bundle</source>
        <translation>Salva pacchetto di scambio</translation>
    </message>
    <message>
        <source>RRR bundles (*.rrrbundle)</source>
        <translation>Pacchetti RRR (*.rrrbundle)</translation>
    </message>
</context>
<context>
    <name>_GroupCounts</name>
    <message numerus="yes">
        <source>%Ln working groups, with their meetings and actions</source>
        <translation>
            <numerusform>%Ln gruppo di lavoro, con le sue riunioni e azioni</numerusform>
            <numerusform>%Ln gruppi di lavoro, con le loro riunioni e azioni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_MapCounts</name>
    <message numerus="yes">
        <source>%Ln not placed: influence or interest not set</source>
        <translation>
            <numerusform>%Ln non collocato: influenza o interesse non indicati</numerusform>
            <numerusform>%Ln non collocati: influenza o interesse non indicati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{placed} of %Ln stakeholders placed · {day}</source>
        <translation>
            <numerusform>{placed} di %Ln attore collocati · {day}</numerusform>
            <numerusform>{placed} di %Ln attori collocati · {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_PeerCount</name>
    <message numerus="yes">
        <source>%Ln peer cities, best first</source>
        <translation>
            <numerusform>%Ln città partner</numerusform>
            <numerusform>%Ln città partner, le migliori prima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln peer cities, none with anything in common with yours yet</source>
        <translation>
            <numerusform>%Ln città partner, ancora niente in comune con la tua</numerusform>
            <numerusform>%Ln città partner, nessuna ancora con qualcosa in comune con la tua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln peer cities:</source>
        <translation>
            <numerusform>%Ln città partner:</numerusform>
            <numerusform>%Ln città partner:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with something in common, best first,</source>
        <translation>
            <numerusform>%Ln con qualcosa in comune,</numerusform>
            <numerusform>%Ln con qualcosa in comune, le migliori prima,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>then %Ln with nothing in common yet.</source>
        <translation>
            <numerusform>poi %Ln ancora senza niente in comune.</numerusform>
            <numerusform>poi %Ln ancora senza niente in comune.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Includi i dati personali</translation>
    </message>
    <message>
        <source>Send the emails and phone numbers written in our profile, practices and working groups</source>
        <translation>Invia le email e i telefoni scritti nel nostro profilo, nelle pratiche e nei gruppi di lavoro</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Conteggio in corso…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln pratica</numerusform>
            <numerusform>%Ln pratiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-assessed topics</source>
        <translation>
            <numerusform>%Ln tema autovalutato</numerusform>
            <numerusform>%Ln temi autovalutati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln attore</numerusform>
            <numerusform>%Ln attori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawals of records shared before</source>
        <translation>
            <numerusform>%Ln ritiro di una scheda condivisa prima</numerusform>
            <numerusform>%Ln ritiri di schede condivise prima</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle will hold: {contents}.</source>
        <translation>Il pacchetto conterrà: {contents}.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Include contact person, email and phone of the %Ln stakeholders whose consent is recorded</source>
        <translation>
            <numerusform>&amp;Includi persona di contatto, email e telefono del %Ln attore con consenso registrato</numerusform>
            <numerusform>&amp;Includi persona di contatto, email e telefono dei %Ln attori con consenso registrato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shared stakeholders have personal data; it is left out unless you tick the box, and it is never sent without recorded consent.</source>
        <translation>
            <numerusform>%Ln attore condiviso ha dati personali; restano fuori se non spunti la casella, e non sono mai inviati senza consenso registrato.</numerusform>
            <numerusform>%Ln attori condivisi hanno dati personali; restano fuori se non spunti la casella, e non sono mai inviati senza consenso registrato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them have an email address or phone number written in their description: those are left out of the description the same way.</source>
        <translation>
            <numerusform>%Ln di loro ha un indirizzo email o un telefono scritto nella descrizione: resta fuori dalla descrizione allo stesso modo.</numerusform>
            <numerusform>%Ln di loro hanno un indirizzo email o un telefono scritto nella descrizione: restano fuori dalla descrizione allo stesso modo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the emails and phone numbers written in %Ln texts of our profile, practices and working groups (left out otherwise, shown as [✉] and [☎])</source>
        <translation>
            <numerusform>Invia le email e i telefoni scritti in %Ln testo del nostro profilo, delle pratiche e dei gruppi di lavoro (altrimenti restano fuori, visti come [✉] e [☎])</numerusform>
            <numerusform>Invia le email e i telefoni scritti in %Ln testi del nostro profilo, delle pratiche e dei gruppi di lavoro (altrimenti restano fuori, visti come [✉] e [☎])</numerusform>
        </translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>il profilo</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>nessun profilo</translation>
    </message>
</context>
<context>
    <name>briefs</name>
    <message>
        <source>Purpose</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contesto</translation>
    </message>
    <message>
        <source>Profile in short</source>
        <translation>Profilo in breve</translation>
    </message>
    <message>
        <source>What we offer and want to learn</source>
        <translation>Cosa offriamo e cosa vogliamo imparare</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>Situazione attuale</translation>
    </message>
    <message>
        <source>Stakeholders by kind and stage</source>
        <translation>Attori per tipo e fase</translation>
    </message>
    <message>
        <source>Influence and interest map</source>
        <translation>Mappa di influenza e interesse</translation>
    </message>
    <message>
        <source>Key stakeholders</source>
        <translation>Attori chiave</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Azioni di follow-up scadute</translation>
    </message>
    <message>
        <source>Suggested peer cities</source>
        <translation>Città partner suggerite</translation>
    </message>
    <message>
        <source>Our working groups</source>
        <translation>I nostri gruppi di lavoro</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Scambi</translation>
    </message>
    <message>
        <source>Considerations</source>
        <translation>Considerazioni</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Raccomandazione</translation>
    </message>
    <message>
        <source>What we can learn from them</source>
        <translation>Cosa possiamo imparare da loro</translation>
    </message>
    <message>
        <source>What we can offer them</source>
        <translation>Cosa possiamo offrire loro</translation>
    </message>
    <message>
        <source>Their practices</source>
        <translation>Le loro pratiche</translation>
    </message>
    <message>
        <source>Shared stakeholders</source>
        <translation>Attori condivisi</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Domande aperte</translation>
    </message>
    <message>
        <source>Purpose and stage</source>
        <translation>Scopo e fase</translation>
    </message>
    <message>
        <source>Members and what each brings</source>
        <translation>Membri e ciò che ciascuno porta</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordine del giorno</translation>
    </message>
    <message>
        <source>Decisions so far</source>
        <translation>Decisioni finora</translation>
    </message>
    <message>
        <source>Open actions by city</source>
        <translation>Azioni aperte per città</translation>
    </message>
    <message>
        <source>Changes since the last meeting</source>
        <translation>Modifiche dall’ultima riunione</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>UUID (from this app&apos;s export)</source>
        <translation>UUID (da un&apos;esportazione di questa applicazione)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Settori</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>Comune o città</translation>
    </message>
    <message>
        <source>Region (not kept)</source>
        <translation>Regione (non conservata)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartiere</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona di contatto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitudine</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitudine</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Fase di collaborazione</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Referente del rapporto</translation>
    </message>
    <message>
        <source>Influence (1-5)</source>
        <translation>Influenza (1-5)</translation>
    </message>
    <message>
        <source>Interest (1-5)</source>
        <translation>Interesse (1-5)</translation>
    </message>
    <message>
        <source>Trust (1-5)</source>
        <translation>Fiducia (1-5)</translation>
    </message>
    <message>
        <source>Shareable with peers</source>
        <translation>Condivisibile con le città partner</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Persona od organizzazione</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Organisation of the person</source>
        <translation>Organizzazione della persona</translation>
    </message>
    <message>
        <source>Consent to be contacted (yes/no)</source>
        <translation>Consenso a essere contattato (sì/no)</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data del consenso</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Fonte del consenso</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Fill empty fields</source>
        <translation>Compila i campi vuoti</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Not imported: {reason}.</source>
        <translation>Non importata: {reason}.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Last changed by {name} at {time}</source>
        <translation>Ultima modifica di {name} alle {time}</translation>
    </message>
    <message>
        <source>Last changed by {name} on {date} at {time}</source>
        <translation>Ultima modifica di {name} il {date} alle {time}</translation>
    </message>
    <message>
        <source>Last changed at {time}</source>
        <translation>Ultima modifica alle {time}</translation>
    </message>
    <message>
        <source>Last changed on {date} at {time}</source>
        <translation>Ultima modifica il {date} alle {time}</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>stessa e-mail</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>stesso sito web</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>stesso nome</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nome simile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartiere</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Referente del rapporto</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Fase di collaborazione</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influenza</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Fiducia</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Prossimo contatto</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisione prevista</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Condivisibile</translation>
    </message>
    <message>
        <source>ID in other systems</source>
        <translation>ID in altri sistemi</translation>
    </message>
    <message>
        <source>Personal data (contact, email, phone, consent)</source>
        <translation>Dati personali (contatto, e-mail, telefono, consenso)</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>RRR Desktop is already open with this data folder:
{folder}

Switch to the open window. Only one window at a time may use the same data, so that nothing you type is lost.</source>
        <translation>RRR Desktop è già aperto con questa cartella dei dati:
{folder}

Passa alla finestra aperta. Una sola finestra alla volta può usare gli stessi dati, così nulla di ciò che scrivi va perso.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of RRR Desktop (data version {found}; this version reads up to {known}). Nothing was changed.

Install the latest version of RRR Desktop to open it.

Data file: {path}</source>
        <translation>I dati sono stati salvati da una versione più recente di RRR Desktop (versione dei dati {found}; questa versione legge fino alla {known}). Non è stato modificato nulla.

Installa l&apos;ultima versione di RRR Desktop per aprirli.

File dei dati: {path}</translation>
    </message>
    <message>
        <source>The file {path} is not an RRR Desktop database, or it is damaged ({reason}). Nothing was changed.

Restore a copy from the backups folder ({backups}), or start RRR Desktop with another data folder.</source>
        <translation>Il file {path} non è un database di RRR Desktop oppure è danneggiato ({reason}). Non è stato modificato nulla.

Ripristina una copia dalla cartella dei backup ({backups}) oppure avvia RRR Desktop con un&apos;altra cartella dei dati.</translation>
    </message>
    <message>
        <source>RRR Desktop cannot use its data folder {folder}: {reason}.

Check that the disk is connected and that you may write there.</source>
        <translation>RRR Desktop non può usare la propria cartella dei dati {folder}: {reason}.

Verifica che il disco sia collegato e di avere i permessi di scrittura sulla cartella.</translation>
    </message>
</context>
</TS>
