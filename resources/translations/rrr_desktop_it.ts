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
        <translation>Conserva il profilo di economia sociale e solidale della sua città e mostra ciò che le città partner della rete RRR offrono e vogliono imparare. Funziona offline; i dati restano su questo computer.</translation>
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
    <name>CityProfileView</name>
    <message>
        <source>City profile</source>
        <translation>Profilo della città</translation>
    </message>
    <message>
        <source>Select a city to see its profile.</source>
        <translation>Selezionare una città per vederne il profilo.</translation>
    </message>
    <message>
        <source>What we offer</source>
        <translation>Cosa offriamo</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>Cosa offre</translation>
    </message>
    <message>
        <source>What we want to learn</source>
        <translation>Cosa vogliamo imparare</translation>
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
        <source>Practices</source>
        <translation>Pratiche</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nessuna voce registrata.</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>dal {year}</translation>
    </message>
    <message>
        <source>Topics: {topics}</source>
        <translation>Temi: {topics}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuta</translation>
    </message>
    <message>
        <source>Source: {source}, as of {date}</source>
        <translation>Fonte: {source}, aggiornata al {date}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fonte: {source}</translation>
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
    <message>
        <source>{count} more errors happened since.</source>
        <translation>Da allora si sono verificati altri {count} errori.</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Nascondi dettagli</translation>
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
        <translation>Per quale città lavora? Diventerà la nostra città: il profilo e i dati conservati qui la riguardano. Tutte le altre città sono città partner da cui imparare e con cui condividere.</translation>
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
        <source>&amp;Start</source>
        <translation>&amp;Inizia</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Pick your city in the list, or choose “Another city”.</source>
        <translation>Selezionare la propria città nell&apos;elenco oppure scegliere «Un&apos;altra città».</translation>
    </message>
    <message>
        <source>Type the name of your city.</source>
        <translation>Scrivere il nome della propria città.</translation>
    </message>
    <message>
        <source>Choose your city&apos;s country from the list.</source>
        <translation>Scegliere dall&apos;elenco il paese della propria città.</translation>
    </message>
    <message>
        <source>Choose your city&apos;s main language from the list.</source>
        <translation>Scegliere dall&apos;elenco la lingua principale della propria città.</translation>
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
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Apri cartella &amp;dati</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Apri cartella dei &amp;log</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Informazioni su {app}</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Vuole imparare</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>Search cities, countries or topics (Ctrl+F)</source>
        <translation>Cerca città, paesi o temi (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search peer cities</source>
        <translation>Cerca città partner</translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation>Città partner</translation>
    </message>
    <message>
        <source>No peer cities yet.</source>
        <translation>Ancora nessuna città partner.</translation>
    </message>
    <message>
        <source>No peer city matches “{search}”.</source>
        <translation>Nessuna città partner corrisponde a «{search}».</translation>
    </message>
    <message>
        <source>{count} peer cities</source>
        <translation>{count} città partner</translation>
    </message>
    <message>
        <source>{shown} of {total} peer cities</source>
        <translation>{shown} di {total} città partner</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
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
    <name>labels</name>
    <message>
        <source>Award</source>
        <translation>Premio</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Financial mechanism</source>
        <translation>Meccanismo finanziario</translation>
    </message>
    <message>
        <source>Impact bond</source>
        <translation>Titolo a impatto sociale</translation>
    </message>
    <message>
        <source>Communication strategy</source>
        <translation>Strategia di comunicazione</translation>
    </message>
    <message>
        <source>Digital programme</source>
        <translation>Programma digitale</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariato</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilota</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Valutata</translation>
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

Passare alla finestra aperta. Una sola finestra alla volta può usare gli stessi dati, così nulla di ciò che si scrive va perso.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of RRR Desktop (data version {found}; this version reads up to {known}). Nothing was changed.

Install the latest version of RRR Desktop to open it.

Data file: {path}</source>
        <translation>I dati sono stati salvati da una versione più recente di RRR Desktop (versione dei dati {found}; questa versione legge fino alla {known}). Non è stato modificato nulla.

Installare l&apos;ultima versione di RRR Desktop per aprirli.

File dei dati: {path}</translation>
    </message>
    <message>
        <source>The file {path} is not an RRR Desktop database, or it is damaged ({reason}). Nothing was changed.

Restore a copy from the backups folder ({backups}), or start RRR Desktop with another data folder.</source>
        <translation>Il file {path} non è un database di RRR Desktop oppure è danneggiato ({reason}). Non è stato modificato nulla.

Ripristinare una copia dalla cartella dei backup ({backups}) oppure avviare RRR Desktop con un&apos;altra cartella dei dati.</translation>
    </message>
    <message>
        <source>RRR Desktop cannot use its data folder {folder}: {reason}.

Check that the disk is connected and that you may write there.</source>
        <translation>RRR Desktop non può usare la propria cartella dei dati {folder}: {reason}.

Verificare che il disco sia collegato e di avere i permessi di scrittura sulla cartella.</translation>
    </message>
</context>
</TS>
