<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>O aplikacji {app}</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>Logo aplikacji {app}</translation>
    </message>
    <message>
        <source>Keeps your city&apos;s social and solidarity economy profile and shows what the peer cities of the RRR network offer and want to learn. Works offline; your data stays on this computer.</source>
        <translation>Przechowuje profil ekonomii społecznej i solidarnej miasta oraz pokazuje, co miasta partnerskie sieci RRR oferują i czego chcą się nauczyć. Działa bez internetu; dane pozostają na tym komputerze.</translation>
    </message>
    <message>
        <source>{licence} licence. Free to use, share and change.</source>
        <translation>Licencja {licence}. Można swobodnie używać, udostępniać i zmieniać.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Wersja:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Folder danych:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Baza danych:</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>Pliki dziennika:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencja:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Utworzono przy użyciu:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Otwórz folder danych</translation>
    </message>
</context>
<context>
    <name>CityProfileView</name>
    <message>
        <source>City profile</source>
        <translation>Profil miasta</translation>
    </message>
    <message>
        <source>Select a city to see its profile.</source>
        <translation>Wybierz miasto, aby zobaczyć jego profil.</translation>
    </message>
    <message>
        <source>What we offer</source>
        <translation>Co oferujemy</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>Co oferuje</translation>
    </message>
    <message>
        <source>What we want to learn</source>
        <translation>Czego chcemy się nauczyć</translation>
    </message>
    <message>
        <source>What they want to learn</source>
        <translation>Czego chce się nauczyć</translation>
    </message>
    <message>
        <source>Shared challenges</source>
        <translation>Wspólne wyzwania</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praktyki</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Brak wpisów.</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>od {year} r.</translation>
    </message>
    <message>
        <source>Topics: {topics}</source>
        <translation>Tematy: {topics}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <source>Source: {source}, as of {date}</source>
        <translation>Źródło: {source}, stan na {date}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Źródło: {source}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Nieoczekiwany błąd</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Szczegóły błędu</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Pokaż szczegóły</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiuj szczegóły</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Otwórz folder dzienników</translation>
    </message>
    <message>
        <source>Something went wrong: {what}

Your saved data is safe. The details were written to the log file:
{log}

You can go on working. If this happens again, send the log file to your IT support.</source>
        <translation>Coś poszło nie tak: {what}

Zapisane dane są bezpieczne. Szczegóły zapisano w pliku dziennika:
{log}

Można dalej pracować. Jeśli to się powtórzy, wyślij plik dziennika do działu wsparcia IT.</translation>
    </message>
    <message>
        <source>{count} more errors happened since.</source>
        <translation>Liczba kolejnych błędów od tego czasu: {count}.</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ukryj szczegóły</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to RRR Desktop</source>
        <translation>Witamy w RRR Desktop</translation>
    </message>
    <message>
        <source>Which city do you work for? It becomes our city: the profile and data you keep here are about it. Every other city is a peer city you can learn from and share with.</source>
        <translation>Dla którego miasta pracujesz? Stanie się ono naszym miastem: profil i dane przechowywane tutaj dotyczą właśnie jego. Wszystkie inne miasta to miasta partnerskie, od których można się uczyć i z którymi można się dzielić doświadczeniami.</translation>
    </message>
    <message>
        <source>One of the RRR peer cities</source>
        <translation>Jedno z miast partnerskich RRR</translation>
    </message>
    <message>
        <source>RRR peer cities</source>
        <translation>Miasta partnerskie RRR</translation>
    </message>
    <message>
        <source>Another city</source>
        <translation>Inne miasto</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>Nazwa miasta</translation>
    </message>
    <message>
        <source>e.g. Łódź</source>
        <translation>np. Łódź</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Main language</source>
        <translation>Główny język</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <source>Main &amp;language:</source>
        <translation>Główny &amp;język:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Rozpocznij</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Pick your city in the list, or choose “Another city”.</source>
        <translation>Wybierz miasto z listy albo opcję „Inne miasto”.</translation>
    </message>
    <message>
        <source>Type the name of your city.</source>
        <translation>Wpisz nazwę swojego miasta.</translation>
    </message>
    <message>
        <source>Choose your city&apos;s country from the list.</source>
        <translation>Wybierz z listy kraj swojego miasta.</translation>
    </message>
    <message>
        <source>Choose your city&apos;s main language from the list.</source>
        <translation>Wybierz z listy główny język swojego miasta.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import stakeholders from {file}</source>
        <translation>Importuj interesariuszy z pliku {file}</translation>
    </message>
    <message>
        <source>Which column feeds which field</source>
        <translation>Która kolumna wypełnia które pole</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Wiersze z problemami</translation>
    </message>
    <message>
        <source>What to do with stakeholders already there</source>
        <translation>Co zrobić z interesariuszami, którzy są już w rejestrze</translation>
    </message>
    <message>
        <source>Add new ones only</source>
        <translation>Dodaj tylko nowych</translation>
    </message>
    <message>
        <source>Update the ones already there</source>
        <translation>Zaktualizuj istniejących</translation>
    </message>
    <message>
        <source>Only fill their empty fields</source>
        <translation>Uzupełnij tylko puste pola</translation>
    </message>
    <message>
        <source>Mark the new ones as shareable with peer cities</source>
        <translation>Oznacz nowych jako możliwych do udostępnienia miastom partnerskim</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolumny:</translation>
    </message>
    <message>
        <source>Stakeholders already there:</source>
        <translation>Istniejący interesariusze:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Wynik:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Skoroszyt programu Excel</translation>
    </message>
    <message>
        <source>{rows} rows ({encoding})</source>
        <translation>Wiersze: {rows} ({encoding})</translation>
    </message>
    <message>
        <source>No column could be matched to a field.</source>
        <translation>Nie udało się dopasować żadnej kolumny do pola.</translation>
    </message>
    <message>
        <source>Left out: {columns}</source>
        <translation>Pominięte: {columns}</translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {skip} already there or repeated (skipped), {fail} with problems.</source>
        <translation>Do dodania: {add}, do aktualizacji: {update}, już istniejące lub powtórzone (pominięte): {skip}, z problemami: {fail}.</translation>
    </message>
    <message>
        <source>Row {number}: {problem}</source>
        <translation>Wiersz {number}: {problem}</translation>
    </message>
    <message>
        <source>… and {count} more rows with problems.</source>
        <translation>… oraz kolejne wiersze z problemami: {count}.</translation>
    </message>
</context>
<context>
    <name>LoadingView</name>
    <message>
        <source>Opening your data…</source>
        <translation>Otwieranie danych…</translation>
    </message>
    <message>
        <source>Opening your data</source>
        <translation>Otwieranie danych</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Otwieranie danych…</translation>
    </message>
    <message>
        <source>Our city: {name}</source>
        <translation>Nasze miasto: {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Import Stakeholders…</source>
        <translation>&amp;Importuj interesariuszy…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Stakeholders…</source>
        <translation>&amp;Eksportuj interesariuszy…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Otwórz &amp;folder danych</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>P&amp;rzejdź</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Wyszukaj</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>Wczytaj przy&amp;kładowe dane</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Otwórz folder &amp;dzienników</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;O aplikacji {app}</translation>
    </message>
    <message>
        <source>Import finished: {added} added, {updated} updated, {skipped} skipped, {failed} with problems.</source>
        <translation>Import zakończony. Dodano: {added}, zaktualizowano: {updated}, pominięto: {skipped}, z problemami: {failed}.</translation>
    </message>
    <message>
        <source>Rows to fix: {file}</source>
        <translation>Wiersze do poprawy: {file}</translation>
    </message>
    <message>
        <source>Export stakeholders</source>
        <translation>Eksportuj interesariuszy</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Plik CSV (*.csv)</translation>
    </message>
    <message>
        <source>{count} stakeholders exported to {file}.</source>
        <translation>Wyeksportowano interesariuszy: {count} do {file}.</translation>
    </message>
    <message>
        <source>Sample data loaded: {count} stakeholders, each tagged “sample”.</source>
        <translation>Wczytano przykładowe dane. Liczba interesariuszy: {count}, każdy z tagiem „sample”.</translation>
    </message>
    <message>
        <source>The file {file} could not be written: {reason}. Nothing was changed; choose another folder or name.</source>
        <translation>Nie można zapisać pliku {file}: {reason}. Nic nie zostało zmienione; wybierz inny folder lub nazwę.</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Oferuje</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Chce się nauczyć</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>Search cities, countries or topics (Ctrl+F)</source>
        <translation>Szukaj miast, krajów lub tematów (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search peer cities</source>
        <translation>Szukaj miast partnerskich</translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation>Miasta partnerskie</translation>
    </message>
    <message>
        <source>No peer cities yet.</source>
        <translation>Nie ma jeszcze miast partnerskich.</translation>
    </message>
    <message>
        <source>No peer city matches “{search}”.</source>
        <translation>Żadne miasto partnerskie nie pasuje do „{search}”.</translation>
    </message>
    <message>
        <source>{count} peer cities</source>
        <translation>Miasta partnerskie: {count}</translation>
    </message>
    <message>
        <source>{shown} of {total} peer cities</source>
        <translation>Miasta partnerskie: {shown} z {total}</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>StakeholderImport</name>
    <message>
        <source>Import stakeholders</source>
        <translation>Importuj interesariuszy</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv)</source>
        <translation>Arkusze kalkulacyjne (*.csv *.xlsx *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Nie można zaimportować tego pliku</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Dalsze działania</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(po terminie)</translation>
    </message>
</context>
<context>
    <name>StakeholderView</name>
    <message>
        <source>Stakeholder details</source>
        <translation>Szczegóły interesariusza</translation>
    </message>
    <message>
        <source>Select a stakeholder to see the details.</source>
        <translation>Wybierz interesariusza, aby zobaczyć szczegóły.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>w archiwum</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etap:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organizacja:</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>Sektory:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Tematy:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tagi:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Dzielnica:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Strona internetowa:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Opiekun:</translation>
    </message>
    <message>
        <source>Influence / interest / trust:</source>
        <translation>Wpływ / zainteresowanie / zaufanie:</translation>
    </message>
    <message>
        <source>Next contact:</source>
        <translation>Następny kontakt:</translation>
    </message>
    <message>
        <source>Review due:</source>
        <translation>Termin przeglądu:</translation>
    </message>
    <message>
        <source>Shareable with peers:</source>
        <translation>Udostępnianie miastom partnerskim:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dane osobowe</translation>
    </message>
    <message>
        <source>Consent recorded on {date} ({source}).</source>
        <translation>Zgodę zarejestrowano {date} ({source}).</translation>
    </message>
    <message>
        <source>No consent recorded: this stays on this computer.</source>
        <translation>Brak zarejestrowanej zgody: te dane pozostają na tym komputerze.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interakcje</translation>
    </message>
    <message>
        <source>No interactions recorded.</source>
        <translation>Brak zarejestrowanych interakcji.</translation>
    </message>
    <message>
        <source>Follow-up: {date}</source>
        <translation>Dalsze działania: {date}</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>Stakeholders</source>
        <translation>Interesariusze</translation>
    </message>
    <message>
        <source>Search names, descriptions, tags (Ctrl+F)</source>
        <translation>Szukaj nazw, opisów, tagów (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search stakeholders</source>
        <translation>Szukaj interesariuszy</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Wszystkie etapy</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Pokaż z&amp;archiwizowane</translation>
    </message>
    <message>
        <source>No stakeholders yet. Import your list with File › Import Stakeholders….</source>
        <translation>Nie ma jeszcze interesariuszy. Zaimportuj listę za pomocą polecenia Plik › Importuj interesariuszy….</translation>
    </message>
    <message>
        <source>No stakeholder matches these filters.</source>
        <translation>Żaden interesariusz nie pasuje do tych filtrów.</translation>
    </message>
    <message>
        <source>{count} stakeholders</source>
        <translation>Interesariusze: {count}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Your data was updated for this version of RRR Desktop. A copy of it as it was is kept in {folder}.</source>
        <translation>Dane zostały zaktualizowane do tej wersji RRR Desktop. Kopia poprzednich danych znajduje się w {folder}.</translation>
    </message>
    <message>
        <source>City not saved</source>
        <translation>Nie zapisano miasta</translation>
    </message>
    <message>
        <source>RRR Desktop could not open your data: {problem}

Details are in {log}.</source>
        <translation>Nie udało się otworzyć danych RRR Desktop: {problem}

Szczegóły znajdują się w pliku {log}.</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>Nie można otworzyć danych</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Award</source>
        <translation>Nagroda</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Centrum</translation>
    </message>
    <message>
        <source>Financial mechanism</source>
        <translation>Mechanizm finansowy</translation>
    </message>
    <message>
        <source>Impact bond</source>
        <translation>Obligacja społeczna</translation>
    </message>
    <message>
        <source>Communication strategy</source>
        <translation>Strategia komunikacji</translation>
    </message>
    <message>
        <source>Digital programme</source>
        <translation>Program cyfrowy</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerstwo</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Pomysł</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilotaż</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>W realizacji</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Po ewaluacji</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Przedsiębiorstwo społeczne</translation>
    </message>
    <message>
        <source>Co-operative</source>
        <translation>Spółdzielnia</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Organizacja wzajemnościowa</translation>
    </message>
    <message>
        <source>Association / non-profit</source>
        <translation>Stowarzyszenie / organizacja non-profit</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fundacja</translation>
    </message>
    <message>
        <source>Network / federation</source>
        <translation>Sieć / federacja</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Instytucja publiczna</translation>
    </message>
    <message>
        <source>Financier</source>
        <translation>Podmiot finansujący</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Środowisko akademickie</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>Grupa nieformalna</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Not engaged</source>
        <translation>Brak zaangażowania</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informowanie</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Konsultacje</translation>
    </message>
    <message>
        <source>Co-creating</source>
        <translation>Współtworzenie</translation>
    </message>
    <message>
        <source>Co-implementing</source>
        <translation>Współrealizacja</translation>
    </message>
    <message>
        <source>Co-managing</source>
        <translation>Współzarządzanie</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Rozmowa telefoniczna</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Wizyta w terenie</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>RRR Desktop is already open with this data folder:
{folder}

Switch to the open window. Only one window at a time may use the same data, so that nothing you type is lost.</source>
        <translation>RRR Desktop jest już otwarty z tym folderem danych:
{folder}

Przejdź do otwartego okna. Tych samych danych może używać tylko jedno okno naraz, aby nic z wpisanych treści nie zostało utracone.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of RRR Desktop (data version {found}; this version reads up to {known}). Nothing was changed.

Install the latest version of RRR Desktop to open it.

Data file: {path}</source>
        <translation>Dane zostały zapisane przez nowszą wersję RRR Desktop (wersja danych {found}; ta wersja obsługuje najwyżej {known}). Niczego nie zmieniono.

Zainstaluj najnowszą wersję RRR Desktop, aby je otworzyć.

Plik danych: {path}</translation>
    </message>
    <message>
        <source>The file {path} is not an RRR Desktop database, or it is damaged ({reason}). Nothing was changed.

Restore a copy from the backups folder ({backups}), or start RRR Desktop with another data folder.</source>
        <translation>Plik {path} nie jest bazą danych RRR Desktop lub jest uszkodzony ({reason}). Niczego nie zmieniono.

Przywróć kopię z folderu kopii zapasowych ({backups}) lub uruchom RRR Desktop z innym folderem danych.</translation>
    </message>
    <message>
        <source>RRR Desktop cannot use its data folder {folder}: {reason}.

Check that the disk is connected and that you may write there.</source>
        <translation>RRR Desktop nie może użyć swojego folderu danych {folder}: {reason}.

Sprawdź, czy dysk jest podłączony i czy można zapisywać w tym folderze.</translation>
    </message>
</context>
</TS>
