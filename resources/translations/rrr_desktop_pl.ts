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
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>New Action</source>
        <translation>Nowe działanie</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Co:</translation>
    </message>
    <message>
        <source>&amp;Owner city:</source>
        <translation>Miasto &amp;odpowiedzialne:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stan:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <source>Another topic to assess</source>
        <translation>Inny temat do oceny</translation>
    </message>
    <message>
        <source>Assess this topic</source>
        <translation>Oceń ten temat</translation>
    </message>
    <message>
        <source>Add the chosen topic to the self-assessment</source>
        <translation>Dodaje wybrany temat do samooceny</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Maturity (0-10)</source>
        <translation>Poziom dojrzałości (0-10)</translation>
    </message>
    <message>
        <source>Date assessed</source>
        <translation>Data oceny</translation>
    </message>
    <message>
        <source>Add topics to the lists above, or choose a topic below, to assess how mature your city is on it.</source>
        <translation>Dodaj tematy do powyższych list lub wybierz temat poniżej, aby ocenić poziom dojrzałości miasta w danym temacie.</translation>
    </message>
    <message>
        <source>Maturity on {topic}</source>
        <translation>Poziom dojrzałości: {topic}</translation>
    </message>
    <message>
        <source>Date {topic} was assessed</source>
        <translation>Data oceny: {topic}</translation>
    </message>
</context>
<context>
    <name>BriefOptionsPanel</name>
    <message>
        <source>&amp;City brief</source>
        <translation>Notatka informacyjna &amp;miasta</translation>
    </message>
    <message>
        <source>Peer &amp;meeting brief</source>
        <translation>Notatka na &amp;spotkanie z miastem partnerskim</translation>
    </message>
    <message>
        <source>Peer city</source>
        <translation>Miasto partnerskie</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Rozmiar papieru</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>Język notatki</translation>
    </message>
    <message>
        <source>Working &amp;group brief</source>
        <translation>Notatka &amp;grupy roboczej</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupa robocza</translation>
    </message>
    <message>
        <source>Rows of the key stakeholders table</source>
        <translation>Liczba wierszy tabeli kluczowych interesariuszy</translation>
    </message>
    <message>
        <source>Include &amp;personal data (contact details)</source>
        <translation>&amp;Uwzględnij dane osobowe (dane kontaktowe)</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Uwzględnij dane osobowe</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <source>Pee&amp;r city:</source>
        <translation>Miasto par&amp;tnerskie:</translation>
    </message>
    <message>
        <source>Wor&amp;king group:</source>
        <translation>Grupa ro&amp;bocza:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>&amp;Key stakeholders, up to:</source>
        <translation>&amp;Kluczowi interesariusze, maksymalnie:</translation>
    </message>
    <message>
        <source>No key stakeholders yet.</source>
        <translation>Nie ma jeszcze kluczowych interesariuszy.</translation>
    </message>
    <message numerus="yes">
        <source>{consented} of the %Ln key stakeholders have consent recorded: only their contact details can print.</source>
        <translation>
            <numerusform>{consented} z %Ln kluczowego interesariusza ma zapisaną zgodę: wydrukować można tylko jego dane kontaktowe.</numerusform>
            <numerusform>{consented} z %Ln kluczowych interesariuszy ma zapisaną zgodę: wydrukować można tylko ich dane kontaktowe.</numerusform>
            <numerusform>{consented} z %Ln kluczowych interesariuszy ma zapisaną zgodę: wydrukować można tylko ich dane kontaktowe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefPreview</name>
    <message>
        <source>Pages of the brief</source>
        <translation>Strony notatki</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Powiększenie</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Dopasuj do szerokości</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>Powiększe&amp;nie:</translation>
    </message>
    <message>
        <source>Choose the options, then press Preview to see the brief here.</source>
        <translation>Wybierz opcje, a następnie kliknij Podgląd, aby zobaczyć tutaj notatkę.</translation>
    </message>
    <message>
        <source>Brief preview</source>
        <translation>Podgląd notatki</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Strona {number}</translation>
    </message>
</context>
<context>
    <name>BriefSaving</name>
    <message>
        <source>Save the brief as PDF</source>
        <translation>Zapisz notatkę jako PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the brief to {path}: {problem}. Choose another folder.</source>
        <translation>Nie można zapisać notatki w pliku {path}: {problem}. Wybierz inny folder.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Zapisano w pliku {path}.</translation>
    </message>
</context>
<context>
    <name>BriefsPage</name>
    <message>
        <source>Options</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Teksty</translation>
    </message>
    <message>
        <source>Recent briefs</source>
        <translation>Ostatnie notatki</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Pod&amp;gląd</translation>
    </message>
    <message>
        <source>Make the brief with these choices and show it</source>
        <translation>Przygotowuje notatkę z tymi ustawieniami i ją pokazuje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stop making the brief</source>
        <translation>Przerywa przygotowywanie notatki</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Print the brief shown</source>
        <translation>Drukuje wyświetloną notatkę</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Save a copy of the brief shown as a PDF file</source>
        <translation>Zapisuje kopię wyświetlonej notatki jako plik PDF</translation>
    </message>
    <message>
        <source>Progress of the brief</source>
        <translation>Postęp tworzenia notatki</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Notatki informacyjne</translation>
    </message>
    <message>
        <source>Choose your city first: a brief is about it.</source>
        <translation>Najpierw wybierz swoje miasto: notatka dotyczy właśnie jego.</translation>
    </message>
    <message>
        <source>A working group brief prints the group&apos;s own records: it has no texts to edit</source>
        <translation>Notatka grupy roboczej drukuje dane samej grupy: nie ma w niej tekstów do edycji</translation>
    </message>
    <message>
        <source>Choose at least one section to print.</source>
        <translation>Wybierz co najmniej jedną sekcję do wydrukowania.</translation>
    </message>
    <message>
        <source>Generating the brief…</source>
        <translation>Tworzenie notatki…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <source>{title}: {pages} pages. Print it or save it as a PDF.</source>
        <translation>{title} – liczba stron: {pages}. Wydrukuj notatkę lub zapisz ją jako PDF.</translation>
    </message>
    <message>
        <source>Some characters cannot be printed with the brief&apos;s font and show as “�”: {characters}. Check those names before you print.</source>
        <translation>Niektórych znaków nie można wydrukować czcionką notatki i pojawiają się jako „�”: {characters}. Sprawdź te nazwy przed drukowaniem.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Anulowano podgląd.</translation>
    </message>
    <message>
        <source>The options or texts changed since this preview. Press Preview to see the brief as it will print.</source>
        <translation>Opcje lub teksty zmieniły się od tego podglądu. Naciśnij Podgląd, aby zobaczyć notatkę tak, jak zostanie wydrukowana.</translation>
    </message>
    <message>
        <source>The brief was sent to the printer.</source>
        <translation>Notatkę wysłano do drukarki.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Change %Ln stakeholders</source>
        <translation>
            <numerusform>Zmień %Ln interesariusza</numerusform>
            <numerusform>Zmień %Ln interesariuszy</numerusform>
            <numerusform>Zmień %Ln interesariuszy</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. housing, youth</source>
        <translation>np. mieszkalnictwo, młodzież</translation>
    </message>
    <message>
        <source>e.g. sample</source>
        <translation>np. sample</translation>
    </message>
    <message>
        <source>Shareable with peer cities</source>
        <translation>Do udostępnienia miastom partnerskim</translation>
    </message>
    <message>
        <source>Not shareable</source>
        <translation>Nie do udostępnienia</translation>
    </message>
    <message>
        <source>Set &amp;stage to:</source>
        <translation>Ustaw &amp;etap na:</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nowy etap</translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation>&amp;Dodaj tagi:</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Tagi do dodania</translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation>&amp;Usuń tagi:</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>Tagi do usunięcia</translation>
    </message>
    <message>
        <source>Set &amp;owner to:</source>
        <translation>Ustaw &amp;opiekuna na:</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nowy opiekun</translation>
    </message>
    <message>
        <source>Set s&amp;haring to:</source>
        <translation>Ustaw udostę&amp;pnianie na:</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Udostępnianie</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Tick each change to make; everything else stays as it is. Separate tags with commas.</source>
        <translation>Zaznacz każdą zmianę, którą chcesz wprowadzić; wszystko inne pozostanie bez zmian. Tagi oddzielaj przecinkami.</translation>
    </message>
</context>
<context>
    <name>BulkEditing</name>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>&amp;Edytuj zbiorczo…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Change the stage, tags, owner or sharing of the selected stakeholders</source>
        <translation>Zmień etap, tagi, opiekuna lub udostępnianie wybranych interesariuszy</translation>
    </message>
    <message numerus="yes">
        <source>Changing %Ln stakeholders…</source>
        <translation>
            <numerusform>Zmiana %Ln interesariusza…</numerusform>
            <numerusform>Zmiana %Ln interesariuszy…</numerusform>
            <numerusform>Zmiana %Ln interesariuszy…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk Edit %Ln stakeholders</source>
        <translation>
            <numerusform>Zbiorcza edycja %Ln interesariusza</numerusform>
            <numerusform>Zbiorcza edycja %Ln interesariuszy</numerusform>
            <numerusform>Zbiorcza edycja %Ln interesariuszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders changed.</source>
        <translation>
            <numerusform>Zmieniono %Ln interesariusza.</numerusform>
            <numerusform>Zmieniono %Ln interesariuszy.</numerusform>
            <numerusform>Zmieniono %Ln interesariuszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already as asked.</source>
        <translation>
            <numerusform>%Ln był już taki, jak trzeba.</numerusform>
            <numerusform>%Ln było już takich, jak trzeba.</numerusform>
            <numerusform>%Ln było już takich, jak trzeba.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleChangeText</name>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>profile included</source>
        <translation>profil dołączony</translation>
    </message>
    <message>
        <source>profile left out</source>
        <translation>profil pominięty</translation>
    </message>
    <message>
        <source>It holds: {contents}.</source>
        <translation>Zawartość: {contents}.</translation>
    </message>
    <message>
        <source>Personal data (contact person, email or phone) included for {count} of them.</source>
        <translation>Wpisy z dołączonymi danymi osobowymi (osoba kontaktowa, e-mail lub telefon): {count}.</translation>
    </message>
    <message>
        <source>No personal data (contact person, email or phone).</source>
        <translation>Bez danych osobowych (osoby kontaktowej, adresu e-mail ani telefonu).</translation>
    </message>
</context>
<context>
    <name>BundleExportWizard</name>
    <message>
        <source>Export Bundle</source>
        <translation>Eksportuj pakiet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln interesariusz</numerusform>
            <numerusform>%Ln interesariuszy</numerusform>
            <numerusform>%Ln interesariuszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln praktyka</numerusform>
            <numerusform>%Ln praktyki</numerusform>
            <numerusform>%Ln praktyk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>personal data of %Ln records</source>
        <translation>
            <numerusform>dane osobowe %Ln rekordu</numerusform>
            <numerusform>dane osobowe %Ln rekordów</numerusform>
            <numerusform>dane osobowe %Ln rekordów</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle was written to {file}: {contents}.</source>
        <translation>Pakiet zapisano w {file}: {contents}.</translation>
    </message>
    <message>
        <source>The team&apos;s passphrase is needed to sign the bundle.</source>
        <translation>Do podpisania paczki potrzebne jest hasło zespołu.</translation>
    </message>
    <message>
        <source>Opening your mail program…</source>
        <translation>Otwieranie programu pocztowego…</translation>
    </message>
    <message>
        <source>An email draft with the bundle attached was written to {file} and opened with your mail program: add the recipients and send it.</source>
        <translation>Wersję roboczą wiadomości e-mail z załączonym pakietem zapisano w pliku {file} i otwarto w programie pocztowym: dodaj odbiorców i wyślij wiadomość.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, so the bundle&apos;s folder is open instead. Write a new email (in your web mail, for instance), attach the file {bundle} to it and send it to the peer cities.</source>
        <translation>Na tym komputerze nie skonfigurowano programu pocztowego, więc zamiast tego otwarto folder pakietu. Napisz nową wiadomość (na przykład w poczcie w przeglądarce), dołącz plik {bundle} i wyślij ją do miast partnerskich.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, and its folder could not be opened either. The bundle is in {folder}: write a new email (in your web mail, for instance), attach the file {bundle} from that folder and send it to the peer cities.</source>
        <translation>Na tym komputerze nie skonfigurowano programu pocztowego, a folderu też nie udało się otworzyć. Pakiet jest w {folder}: napisz nowego e-maila (na przykład w poczcie internetowej), dołącz plik {bundle} z tego folderu i wyślij go do miast partnerskich.</translation>
    </message>
</context>
<context>
    <name>BundleHistoryDialog</name>
    <message>
        <source>Bundle History</source>
        <translation>Historia pakietów</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Otrzymane:</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Data importu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nadawca</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Otrzymane pakiety</translation>
    </message>
    <message>
        <source>&amp;Sent:</source>
        <translation>&amp;Wysłane:</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Data zapisu</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Zawartość</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Wysłane pakiety</translation>
    </message>
    <message>
        <source>&amp;Undo Last Import</source>
        <translation>&amp;Cofnij ostatni import</translation>
    </message>
    <message>
        <source>Erase This &amp;Bundle&apos;s Data</source>
        <translation>Usuń dane tego &amp;pakietu</translation>
    </message>
    <message>
        <source>Erase Everything From This &amp;Peer</source>
        <translation>Usuń wszystko od tego &amp;miasta</translation>
    </message>
    <message>
        <source>undone or erased {day}</source>
        <translation>cofnięty lub usunięty {day}</translation>
    </message>
    <message>
        <source>changed nothing; confirmed the data as current</source>
        <translation>niczego nie zmienił; potwierdził, że dane są aktualne</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <source>practices: {practices}, self-assessed topics: {assessed}, stakeholders: {stakeholders}, withdrawals: {withdrawn}</source>
        <translation>praktyki: {practices}, tematy z samooceną: {assessed}, interesariusze: {stakeholders}, wycofania: {withdrawn}</translation>
    </message>
    <message>
        <source>Profile, {rest}</source>
        <translation>Profil, {rest}</translation>
    </message>
    <message>
        <source>Undo the import of {file} from {city}? Every record it added is removed and every record it changed gets its earlier content back. Peer cities see no change: nothing is sent back to {city}, and importing the bundle again brings the records back.</source>
        <translation>Cofnąć import pliku {file} od miasta {city}? Wszystkie wpisy dodane w tym imporcie zostaną usunięte, a wszystkie zmienione wpisy odzyskają wcześniejszą treść. Miasta partnerskie nie zobaczą żadnej zmiany: nic nie jest odsyłane do {city}, a ponowny import pakietu przywróci wpisy.</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Cofnij import</translation>
    </message>
    <message>
        <source>Erase the data that still comes from {file} ({city})? Your own data and your notes are kept.</source>
        <translation>Usunąć dane, które nadal pochodzą z pliku {file} ({city})? Własne dane i notatki zostaną zachowane.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Erase everything that came in bundles from {city}? Its shared stakeholders and practices are removed; a city that ships with the app gets its original facts back. Your own data and your notes are kept.</source>
        <translation>Usunąć wszystko, co przyszło w pakietach od miasta {city}? Udostępnione przez nie dane interesariuszy i praktyk zostaną usunięte; miasto dostarczane z aplikacją odzyska swoje pierwotne dane. Własne dane i notatki zostaną zachowane.</translation>
    </message>
    <message>
        <source>Undid the import of {file}.</source>
        <translation>Cofnięto import pliku {file}.</translation>
    </message>
    <message>
        <source>Erased the data of {file}.</source>
        <translation>Usunięto dane z pliku {file}.</translation>
    </message>
    <message numerus="yes">
        <source>Erased what came from {city} (%Ln bundles).</source>
        <translation>
            <numerusform>Usunięto to, co przyszło od {city} (%Ln pakiet).</numerusform>
            <numerusform>Usunięto to, co przyszło od {city} (%Ln pakiety).</numerusform>
            <numerusform>Usunięto to, co przyszło od {city} (%Ln pakietów).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import Bundle</source>
        <translation>Importuj pakiet</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Sprawdzanie pakietu…</translation>
    </message>
    <message>
        <source>&amp;Accept the new key (only after comparing the fingerprint with the sender by phone)</source>
        <translation>&amp;Akceptuj nowy klucz (dopiero po porównaniu odcisku klucza z nadawcą przez telefon)</translation>
    </message>
    <message>
        <source>Accept the new &amp;name (only after checking with the city)</source>
        <translation>Przyjmij nową &amp;nazwę (dopiero po sprawdzeniu z miastem)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Postęp importu</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Import &amp;This City Only</source>
        <translation>Importuj tylko &amp;to miasto</translation>
    </message>
    <message>
        <source>Import the bundles of the city selected in the list; the others stay here</source>
        <translation>Importuje pakiety miasta zaznaczonego na liście; pozostałe zostają tutaj</translation>
    </message>
    <message>
        <source>The bundle was refused and nothing was changed: {reason}</source>
        <translation>Pakiet został odrzucony i niczego nie zmieniono: {reason}</translation>
    </message>
    <message>
        <source>This is your own city&apos;s bundle: it cannot be imported here; send it to your peers.</source>
        <translation>To pakiet naszego miasta: nie można go tu zaimportować. Wyślij go miastom partnerskim.</translation>
    </message>
    <message>
        <source>A sender&apos;s key changed: nothing can be imported from it unless you accept the new key.</source>
        <translation>Klucz nadawcy się zmienił: nie można niczego od niego zaimportować, dopóki nie zaakceptujesz nowego klucza.</translation>
    </message>
    <message>
        <source>A city changed its name: nothing can be imported from it unless you accept the new name.</source>
        <translation>Miasto zmieniło nazwę: nie można z niego niczego zaimportować, dopóki nie przyjmiesz nowej nazwy.</translation>
    </message>
    <message>
        <source>Records that differ from ours at the same revision: {count}. We keep ours unless you tick one to take theirs. Untick any other record you want to leave out, then import.</source>
        <translation>Rekordy różniące się od naszych przy tej samej wersji: {count}. Zachowujemy nasze, chyba że zaznaczysz rekord, aby przyjąć ich wersję. Odznacz każdy inny rekord, który chcesz pominąć, a potem zaimportuj.</translation>
    </message>
    <message>
        <source>Untick the records you want to leave out, then import.</source>
        <translation>Odznacz wpisy, które chcesz pominąć, a następnie zaimportuj pakiet.</translation>
    </message>
    <message>
        <source>Everything in this bundle is already here: importing it changes nothing, and records that the city&apos;s data is current as of the bundle&apos;s date.</source>
        <translation>Wszystko z tego pakietu już tu jest: import niczego nie zmienia, ale zapisuje, że dane miasta są aktualne na dzień pakietu.</translation>
    </message>
    <message>
        <source>Everything in this bundle is already here: importing it would change nothing.</source>
        <translation>Cała zawartość tego pakietu już tu jest: import niczego by nie zmienił.</translation>
    </message>
    <message>
        <source>{file}: made by {city} ({country}), your own city, on {made}. Key {fingerprint}.</source>
        <translation>{file} – pakiet naszego miasta: {city} ({country}), utworzono: {made}. Klucz: {fingerprint}.</translation>
    </message>
    <message>
        <source>first bundle from this city: its key will be remembered</source>
        <translation>pierwszy pakiet od tego miasta: jego klucz zostanie zapamiętany</translation>
    </message>
    <message>
        <source>same key as its earlier bundles</source>
        <translation>ten sam klucz co we wcześniejszych pakietach</translation>
    </message>
    <message>
        <source>KEY CHANGED</source>
        <translation>ZMIANA KLUCZA</translation>
    </message>
    <message>
        <source>key changed, new key accepted</source>
        <translation>klucz zmieniony, nowy klucz zaakceptowany</translation>
    </message>
    <message>
        <source>{file}: from {city} ({country}), made {made}. Key {fingerprint} ({trust}).</source>
        <translation>{file} – nadawca: {city} ({country}), utworzono: {made}. Klucz: {fingerprint} ({trust}).</translation>
    </message>
    <message>
        <source>NAME CHANGED: the city you know as {old} ({old_country}) now calls itself {name} ({country}).</source>
        <translation>ZMIANA NAZWY: miasto znane Ci jako {old} ({old_country}) nazywa się teraz {name} ({country}).</translation>
    </message>
    <message>
        <source>This bundle was already imported on {day}.</source>
        <translation>Ten pakiet został już zaimportowany {day}.</translation>
    </message>
    <message>
        <source>To be sure the bundle comes from {city}, phone them and ask them to open {place} in their window and read out its characters: they must be those of the key above. If they differ, do not import it.</source>
        <translation>Aby mieć pewność, że pakiet pochodzi od miasta {city}, zadzwoń tam i poproś o otwarcie {place} w ich oknie i odczytanie znaków: muszą być takie same jak znaki klucza powyżej. Jeśli się różnią, nie importuj pakietu.</translation>
    </message>
    <message>
        <source>Select a city in the list first.</source>
        <translation>Najpierw zaznacz miasto na liście.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message numerus="yes">
        <source>Bundle imported: %Ln records added, updated or withdrawn. File &gt; Bundle History can undo it.</source>
        <translation>
            <numerusform>Zaimportowano pakiet: %Ln rekord dodany, zaktualizowany lub wycofany. Plik &gt; Historia pakietów pozwala to cofnąć.</numerusform>
            <numerusform>Zaimportowano pakiet: %Ln rekordy dodane, zaktualizowane lub wycofane. Plik &gt; Historia pakietów pozwala to cofnąć.</numerusform>
            <numerusform>Zaimportowano pakiet: %Ln rekordów dodanych, zaktualizowanych lub wycofanych. Plik &gt; Historia pakietów pozwala to cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: everything was already here.</source>
        <translation>Niczego nie zaimportowano: wszystko już tu było.</translation>
    </message>
    <message>
        <source>{city}&apos;s data is confirmed as current on {day}.</source>
        <translation>Dane miasta {city} są potwierdzone jako aktualne na dzień {day}.</translation>
    </message>
    <message>
        <source>The stakeholders {city} shares are in its profile on the Peer cities page; your own register is unchanged.</source>
        <translation>Interesariusze udostępnieni przez: {city} są w profilu tego miasta na stronie Miasta partnerskie; Twój rejestr się nie zmienia.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import anulowano: niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
</context>
<context>
    <name>BundleMenu</name>
    <message>
        <source>E&amp;xport Bundle…</source>
        <translation>Eksportuj p&amp;akiet…</translation>
    </message>
    <message>
        <source>Im&amp;port Bundle…</source>
        <translation>I&amp;mportuj pakiet…</translation>
    </message>
    <message>
        <source>Write what our city shares into a signed bundle for the peer cities</source>
        <translation>Zapisuje to, co udostępnia nasze miasto, w podpisanym pakiecie dla miast partnerskich</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Preview and import bundles received from peer cities</source>
        <translation>Podgląd i import pakietów otrzymanych od miast partnerskich</translation>
    </message>
    <message>
        <source>Bundle &amp;History…</source>
        <translation>&amp;Historia pakietów…</translation>
    </message>
    <message>
        <source>The bundles imported so far; undo one or erase a city&apos;s data</source>
        <translation>Dotąd zaimportowane pakiety; cofnij jeden lub usuń dane miasta</translation>
    </message>
    <message>
        <source>Your Signing &amp;Key…</source>
        <translation>Twój k&amp;lucz podpisu…</translation>
    </message>
    <message>
        <source>The fingerprint peers compare to trust your bundles</source>
        <translation>Odcisk klucza, który miasta partnerskie porównują, aby ufać Twoim pakietom</translation>
    </message>
    <message>
        <source>Import Bundle</source>
        <translation>Importuj pakiet</translation>
    </message>
    <message>
        <source>RRR bundles (*.rrrbundle)</source>
        <translation>Pakiety RRR (*.rrrbundle)</translation>
    </message>
</context>
<context>
    <name>BundleRecordsView</name>
    <message>
        <source>Record</source>
        <translation>Wpis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Their change</source>
        <translation>Ich zmiana</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Wybór</translation>
    </message>
    <message>
        <source>Records in the bundle</source>
        <translation>Wpisy w pakiecie</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Przyjmij ich wersję</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Zachowaj naszą</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowane</translation>
    </message>
    <message>
        <source>Conflicting (same revision, other content)</source>
        <translation>W konflikcie (ta sama wersja, inna treść)</translation>
    </message>
    <message>
        <source>Withdrawn by the sender</source>
        <translation>Wycofane przez nadawcę</translation>
    </message>
    <message>
        <source>Older than ours (kept out)</source>
        <translation>Starsze niż nasze (pominięte)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <source>Refused: not the sender&apos;s to change</source>
        <translation>Odrzucone: nadawca nie może ich zmieniać</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>praktyka</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>interesariusz</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>grupa robocza</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>spotkanie</translation>
    </message>
    <message>
        <source>action</source>
        <translation>działanie</translation>
    </message>
    <message>
        <source>member&apos;s note</source>
        <translation>notatka członka</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>Changed by a colleague</source>
        <translation>Zmienione przez współpracownika</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Wczytaj ponownie</translation>
    </message>
    <message>
        <source>Show their version and lose the changes made here</source>
        <translation>Pokaż tamtą wersję i odrzuć zmiany wprowadzone tutaj</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Zachowaj moją wersję</translation>
    </message>
    <message>
        <source>Save the version shown here over theirs (Undo brings theirs back)</source>
        <translation>Zapisz wersję widoczną tutaj zamiast tamtej (Cofnij przywraca tamtą)</translation>
    </message>
    <message>
        <source>{changed} Reload to see their version, or Keep Mine to save yours over it.</source>
        <translation>{changed} „Wczytaj ponownie” pokaże tamtą wersję, a „Zachowaj moją wersję” zapisze Twoją w jej miejsce.</translation>
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
    <message numerus="yes">
        <source>%Ln more errors happened since.</source>
        <translation>
            <numerusform>Od tamtej pory wystąpił jeszcze %Ln błąd.</numerusform>
            <numerusform>Od tamtej pory wystąpiły jeszcze %Ln błędy.</numerusform>
            <numerusform>Od tamtej pory wystąpiło jeszcze %Ln błędów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ukryj szczegóły</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Discard changes?</source>
        <translation>Odrzucić zmiany?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Kontynuuj edycję</translation>
    </message>
    <message>
        <source>Close this window and lose what you typed in it?</source>
        <translation>Zamknąć to okno i utracić to, co w nim wpisano?</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Możliwe duplikaty</translation>
    </message>
    <message>
        <source>This may already be in the register:</source>
        <translation>Ten wpis może już istnieć w rejestrze:</translation>
    </message>
    <message>
        <source>{name} ({reasons})</source>
        <translation>{name} ({reasons})</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>w archiwum</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Otwórz wpis {name}</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <source>Move the selected text to the clipboard</source>
        <translation>Przenosi zaznaczony tekst do schowka</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Copy the selected text, or the selected rows of a list for a spreadsheet</source>
        <translation>Kopiuje zaznaczony tekst lub zaznaczone wiersze listy do arkusza kalkulacyjnego</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Wk&amp;lej</translation>
    </message>
    <message>
        <source>Insert the clipboard&apos;s text</source>
        <translation>Wstawia tekst ze schowka</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Zaznacz &amp;wszystko</translation>
    </message>
    <message>
        <source>Select all the text or all the rows</source>
        <translation>Zaznacza cały tekst lub wszystkie wiersze</translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <source>&amp;Identity</source>
        <translation>Dane &amp;identyfikacyjne</translation>
    </message>
    <message>
        <source>&amp;Contact and personal data</source>
        <translation>&amp;Kontakt i dane osobowe</translation>
    </message>
    <message>
        <source>Co&amp;llaboration</source>
        <translation>&amp;Współpraca</translation>
    </message>
    <message>
        <source>&amp;Topics and tags</source>
        <translation>&amp;Tematy i tagi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Type to find it</source>
        <translation>Zacznij pisać, aby ją znaleźć</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sektory</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Name or two-letter code</source>
        <translation>Nazwa lub kod dwuliterowy</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacja:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Strona internetowa:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Dzielnica:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Kod po&amp;cztowy:</translation>
    </message>
    <message>
        <source>Localit&amp;y:</source>
        <translation>&amp;Miejscowość:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Kra&amp;j:</translation>
    </message>
    <message>
        <source>&amp;Sectors:</source>
        <translation>S&amp;ektory:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>O&amp;pis:</translation>
    </message>
    <message>
        <source>Contact person (personal data)</source>
        <translation>Osoba kontaktowa (dane osobowe)</translation>
    </message>
    <message>
        <source>Email (personal data)</source>
        <translation>E-mail (dane osobowe)</translation>
    </message>
    <message>
        <source>Phone (personal data)</source>
        <translation>Telefon (dane osobowe)</translation>
    </message>
    <message>
        <source>C&amp;onsent given to keep and share these details</source>
        <translation>Udzielono &amp;zgody na przechowywanie i udostępnianie tych danych</translation>
    </message>
    <message>
        <source>Date consent was given</source>
        <translation>Data udzielenia zgody</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Źródło zgody</translation>
    </message>
    <message>
        <source>e.g. signed form, email of 3 May</source>
        <translation>np. podpisany formularz, e-mail z 3 maja</translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation>Notatka o zgodzie</translation>
    </message>
    <message>
        <source>Personal data: these details stay on this computer. They go into bundles, exports or briefs only when you include them and consent is recorded.</source>
        <translation>Dane osobowe: te informacje pozostają na tym komputerze. Trafiają do pakietów, eksportów lub notatek informacyjnych tylko wtedy, gdy je dołączysz i zgoda jest zarejestrowana.</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>&amp;Osoba kontaktowa:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation>&amp;Data zgody:</translation>
    </message>
    <message>
        <source>Consent &amp;source:</source>
        <translation>Ź&amp;ródło zgody:</translation>
    </message>
    <message>
        <source>Consent &amp;note:</source>
        <translation>&amp;Notatka o zgodzie:</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Etap współpracy</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Opiekun relacji</translation>
    </message>
    <message>
        <source>The officer in charge</source>
        <translation>Odpowiedzialny pracownik urzędu</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Wpływ</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zainteresowanie</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Zaufanie</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Następny kontakt</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Termin przeglądu</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etap:</translation>
    </message>
    <message>
        <source>Relationship &amp;owner:</source>
        <translation>&amp;Opiekun relacji:</translation>
    </message>
    <message>
        <source>&amp;Influence (1–5):</source>
        <translation>Wpł&amp;yw (1–5):</translation>
    </message>
    <message>
        <source>In&amp;terest (1–5):</source>
        <translation>&amp;Zainteresowanie (1–5):</translation>
    </message>
    <message>
        <source>T&amp;rust (1–5):</source>
        <translation>Zau&amp;fanie (1–5):</translation>
    </message>
    <message>
        <source>&amp;Next contact:</source>
        <translation>&amp;Następny kontakt:</translation>
    </message>
    <message>
        <source>Re&amp;view due:</source>
        <translation>Termin &amp;przeglądu:</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Oddzielone przecinkami</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>T&amp;ematy:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;agi:</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export stakeholders</source>
        <translation>Eksportuj interesariuszy</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders in the current view will be exported.</source>
        <translation>
            <numerusform>Zostanie wyeksportowany %Ln interesariusz z bieżącego widoku.</numerusform>
            <numerusform>Zostanie wyeksportowanych %Ln interesariuszy z bieżącego widoku.</numerusform>
            <numerusform>Zostanie wyeksportowanych %Ln interesariuszy z bieżącego widoku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them, %Ln have a contact person, email or phone.</source>
        <translation>
            <numerusform>Spośród nich %Ln ma osobę kontaktową, e-mail lub telefon.</numerusform>
            <numerusform>Spośród nich %Ln ma osobę kontaktową, e-mail lub telefon.</numerusform>
            <numerusform>Spośród nich %Ln ma osobę kontaktową, e-mail lub telefon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of those, %Ln have recorded consent.</source>
        <translation>
            <numerusform>Spośród nich %Ln ma zapisaną zgodę.</numerusform>
            <numerusform>Spośród nich %Ln ma zapisaną zgodę.</numerusform>
            <numerusform>Spośród nich %Ln ma zapisaną zgodę.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Include contact persons, emails and phones (only for records with recorded consent)</source>
        <translation>&amp;Dołącz osoby kontaktowe, adresy e-mail i numery telefonów (tylko w przypadku wpisów z zarejestrowaną zgodą)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format pliku</translation>
    </message>
    <message>
        <source>CSV file, comma-separated (.csv)</source>
        <translation>Plik CSV rozdzielany przecinkami (.csv)</translation>
    </message>
    <message>
        <source>CSV file, semicolon-separated (.csv)</source>
        <translation>Plik CSV rozdzielany średnikami (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Skoroszyt programu Excel (.xlsx)</translation>
    </message>
    <message>
        <source>ESSGlobal open data for SSE maps (.csv)</source>
        <translation>Otwarte dane ESSGlobal dla map ekonomii społecznej (.csv)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Wybierz plik…</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>Not opened: {files}. RRR Desktop opens bundles (.rrrbundle) and one stakeholder list ({formats}) at a time.</source>
        <translation>Nie otwarto: {files}. RRR Desktop otwiera pakiety (.rrrbundle) i jedną listę interesariuszy ({formats}) naraz.</translation>
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
        <source>Language of RRR Desktop</source>
        <translation>Język RRR Desktop</translation>
    </message>
    <message>
        <source>Language of RRR &amp;Desktop:</source>
        <translation>Język RRR &amp;Desktop:</translation>
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
    <message>
        <source>Quit RRR Desktop? Nothing has been set up yet; you will be asked for your city again at the next start.</source>
        <translation>Zamknąć RRR Desktop? Nic jeszcze nie zostało skonfigurowane; przy następnym uruchomieniu znów zapytamy o Twoje miasto.</translation>
    </message>
    <message>
        <source>&amp;Keep Choosing</source>
        <translation>&amp;Wybieraj dalej</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>GroupDetailView</name>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Offers in the theme</source>
        <translation>Oferuje w temacie</translation>
    </message>
    <message>
        <source>Wants to learn in the theme</source>
        <translation>Chce się nauczyć w temacie</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>When (your time)</source>
        <translation>Kiedy (Twój czas)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Who / status</source>
        <translation>Kto / stan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>What changed since your last look</source>
        <translation>Co się zmieniło od Twojego ostatniego przeglądu</translation>
    </message>
    <message>
        <source>&amp;Edit group…</source>
        <translation>&amp;Edytuj grupę…</translation>
    </message>
    <message>
        <source>Plan a &amp;meeting…</source>
        <translation>Zaplanuj &amp;spotkanie…</translation>
    </message>
    <message>
        <source>Plan a meeting at a local time in any time zone</source>
        <translation>Zaplanuj spotkanie o czasie lokalnym w dowolnej strefie</translation>
    </message>
    <message>
        <source>Add an &amp;action…</source>
        <translation>Dodaj &amp;działanie…</translation>
    </message>
    <message>
        <source>Add something a member city will do, by a date</source>
        <translation>Dodaj zadanie, które miasto członkowskie wykona w terminie</translation>
    </message>
    <message>
        <source>&amp;Open selected…</source>
        <translation>&amp;Otwórz zaznaczone…</translation>
    </message>
    <message>
        <source>Open the meeting or action selected in the timeline</source>
        <translation>Otwórz spotkanie lub działanie zaznaczone na osi czasu</translation>
    </message>
    <message>
        <source>Our &amp;note…</source>
        <translation>Nasza &amp;notatka…</translation>
    </message>
    <message>
        <source>Write our city&apos;s note on the group; it travels in our bundles</source>
        <translation>Napisz notatkę naszego miasta o grupie; trafia do naszych pakietów</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Zaproś…</translation>
    </message>
    <message>
        <source>Write an email draft to the member cities&apos; contact offices with the next meeting as a calendar invitation</source>
        <translation>Napisz szkic e-maila do biur kontaktowych miast członkowskich z następnym spotkaniem jako zaproszeniem do kalendarza</translation>
    </message>
    <message>
        <source>Save &amp;calendar file…</source>
        <translation>Zapisz plik &amp;kalendarza…</translation>
    </message>
    <message>
        <source>Save the group&apos;s meetings as an .ics file for any calendar</source>
        <translation>Zapisz spotkania grupy jako plik .ics dla dowolnego kalendarza</translation>
    </message>
    <message>
        <source>Members and what each brings</source>
        <translation>Członkowie i wkład każdego z nich</translation>
    </message>
    <message>
        <source>Meetings, decisions and actions</source>
        <translation>Spotkania, decyzje i działania</translation>
    </message>
    <message>
        <source>Change the group&apos;s name, purpose, stage, themes, members and lead (the lead city&apos;s record)</source>
        <translation>Zmień nazwę, cel, etap, tematy, członków i miasto wiodące grupy (rekord miasta wiodącego)</translation>
    </message>
    <message>
        <source>&amp;Delete group…</source>
        <translation>&amp;Usuń grupę…</translation>
    </message>
    <message>
        <source>Delete the group here; its lead city&apos;s next bundle withdraws it from the members</source>
        <translation>Usuń grupę tutaj; następny pakiet miasta wiodącego wycofa ją u członków</translation>
    </message>
    <message>
        <source>No working groups yet</source>
        <translation>Nie ma jeszcze grup roboczych</translation>
    </message>
    <message>
        <source>Choose a working group in the list.</source>
        <translation>Wybierz grupę roboczą z listy.</translation>
    </message>
    <message>
        <source>A working group brings our city and peer cities together around a theme, with meetings, decisions and actions. To have one:
• start one with New group… above;
• or start one of the groups the matching proposes: Peer cities › Proposed groups;
• or, if another city leads a group we are in, import its bundle (File › Import Bundle…).</source>
        <translation>Grupa robocza łączy nasze miasto i miasta partnerskie wokół tematu, ze spotkaniami, decyzjami i działaniami. Aby ją mieć:
• utwórz ją przyciskiem Nowa grupa… powyżej;
• albo rozpocznij jedną z grup proponowanych przez dopasowanie: Miasta partnerskie › Proponowane grupy;
• albo, jeśli inne miasto prowadzi grupę, do której należymy, zaimportuj jego pakiet (Plik › Importuj pakiet…).</translation>
    </message>
    <message>
        <source>Overdue for our city: {actions}</source>
        <translation>Po terminie dla naszego miasta: {actions}</translation>
    </message>
    <message>
        <source> (lead)</source>
        <translation> (prowadzi)</translation>
    </message>
    <message>
        <source>What changed since your last look ({count})</source>
        <translation>Co się zmieniło od Twojego ostatniego przeglądu ({count})</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Etap: {stage}</translation>
    </message>
    <message>
        <source>Lead: {city}</source>
        <translation>Prowadzi: {city}</translation>
    </message>
    <message>
        <source>Themes: {topics}</source>
        <translation>Tematy: {topics}</translation>
    </message>
    <message>
        <source>From {source}</source>
        <translation>Z {source}</translation>
    </message>
    <message>
        <source>Withdrawn by its lead on {day}</source>
        <translation>Wycofana przez miasto wiodące {day}</translation>
    </message>
    <message>
        <source>Only {lead} changes the group and its meetings</source>
        <translation>Tylko {lead} zmienia grupę i jej spotkania</translation>
    </message>
    <message>
        <source>Decided: {text}</source>
        <translation>Postanowiono: {text}</translation>
    </message>
    <message>
        <source>Action: {title}</source>
        <translation>Działanie: {title}</translation>
    </message>
    <message>
        <source>Meeting ({time} in {zone})</source>
        <translation>Spotkanie ({time} w strefie {zone})</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>entered here</source>
        <translation>wprowadzone tutaj</translation>
    </message>
    <message>
        <source>{city}&apos;s bundle {file}</source>
        <translation>pakiet miasta {city} {file}</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New Working Group</source>
        <translation>Nowa grupa robocza</translation>
    </message>
    <message>
        <source>Start a Working Group</source>
        <translation>Rozpocznij grupę roboczą</translation>
    </message>
    <message>
        <source>{city} (our city)</source>
        <translation>{city} (nasze miasto)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etap:</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>&amp;Tematy:</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>Miasta członkowskie</translation>
    </message>
    <message>
        <source>Edit Working Group</source>
        <translation>Edytuj grupę roboczą</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Miasto wiodące</translation>
    </message>
    <message>
        <source>The lead city&apos;s bundles carry the group, its meetings and its decisions to the members; each member sends its own actions and note.</source>
        <translation>Pakiety miasta wiodącego przekazują członkom grupę, jej spotkania i decyzje; każdy członek wysyła własne działania i notatkę.</translation>
    </message>
    <message>
        <source>Our city</source>
        <translation>Nasze miasto</translation>
    </message>
    <message>
        <source>&amp;Members (besides us):</source>
        <translation>&amp;Członkowie (oprócz nas):</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Prowadzi:</translation>
    </message>
</context>
<context>
    <name>GroupFileDialog</name>
    <message>
        <source>Save the invitation draft</source>
        <translation>Zapisz szkic zaproszenia</translation>
    </message>
    <message>
        <source>Save the meetings as a calendar file</source>
        <translation>Zapisz spotkania jako plik kalendarza</translation>
    </message>
    <message>
        <source>Email drafts (*.eml)</source>
        <translation>Szkice e-maili (*.eml)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Pliki kalendarza (*.ics)</translation>
    </message>
    <message>
        <source>The invitation draft is in {path}. Email It opens it in your mail program: check the recipients and send it.</source>
        <translation>Szkic zaproszenia jest w {path}. „Wyślij e-mailem” otwiera go w programie pocztowym: sprawdź odbiorców i wyślij.</translation>
    </message>
    <message>
        <source>The meetings are in {path}: open it with your calendar.</source>
        <translation>Spotkania są w {path}: otwórz go w swoim kalendarzu.</translation>
    </message>
    <message>
        <source>&amp;Email It</source>
        <translation>&amp;Wyślij e-mailem</translation>
    </message>
    <message>
        <source>The invitation is open in your mail program: check the recipients and send it.</source>
        <translation>Zaproszenie jest otwarte w programie pocztowym: sprawdź odbiorców i wyślij je.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, so the folder with {file} is open instead. Attach that file to a new email to the member cities (in your web mail, for instance) and send it; their calendars read the meeting from it.</source>
        <translation>Na tym komputerze nie skonfigurowano programu pocztowego, więc zamiast tego otwarto folder z plikiem {file}. Dołącz ten plik do nowej wiadomości do miast członkowskich (na przykład w poczcie w przeglądarce) i wyślij ją; ich kalendarze odczytają z niego spotkanie.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, and its folder could not be opened either. The invitation is {file}: attach it to a new email to the member cities (in your web mail, for instance) and send it; their calendars read the meeting from it.</source>
        <translation>Na tym komputerze nie skonfigurowano programu pocztowego, a folderu też nie udało się otworzyć. Zaproszenie to {file}: dołącz je do nowego e-maila do miast członkowskich (na przykład w poczcie internetowej) i wyślij; ich kalendarze odczytają z niego spotkanie.</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grupy robocze</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>The next meeting, in your time zone</source>
        <translation>Następne spotkanie, w Twojej strefie czasowej</translation>
    </message>
    <message>
        <source>What changed since your last look at the group</source>
        <translation>Co się zmieniło w grupie od Twojego ostatniego przeglądu</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prowadzi</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Następne spotkanie</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <source>Withdrawn by its lead</source>
        <translation>Wycofana przez miasto wiodące</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Otwarte działania</translation>
    </message>
    <message>
        <source>{count} ({late} of ours overdue)</source>
        <translation>{count} (nasze po terminie: {late})</translation>
    </message>
</context>
<context>
    <name>GroupWrites</name>
    <message>
        <source>Working groups</source>
        <translation>Grupy robocze</translation>
    </message>
    <message>
        <source>Not saved: something unexpected went wrong (it is in the log). Your entries are kept: try again, or Cancel.</source>
        <translation>Nie zapisano: wystąpił nieoczekiwany problem (jest w dzienniku). Wpisane dane zostają: spróbuj ponownie albo Anuluj.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>{app} User Guide</source>
        <translation>Podręcznik użytkownika {app}</translation>
    </message>
    <message>
        <source>Section of the guide</source>
        <translation>Rozdział podręcznika</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Szukaj w podręczniku</translation>
    </message>
    <message>
        <source>Enter goes to the next place that has these words</source>
        <translation>Enter przechodzi do następnego miejsca z tymi słowami</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Spis treści</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>The keys of the menu commands on this computer. On any page, F1 opens the part of this guide about that page.</source>
        <translation>Klawisze poleceń menu na tym komputerze. Na każdej stronie F1 otwiera część podręcznika o tej stronie.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>No section of the guide has “{words}”.</source>
        <translation>Żaden rozdział podręcznika nie zawiera „{words}”.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import stakeholders from {file}</source>
        <translation>Importuj interesariuszy z pliku {file}</translation>
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
        <source>File:</source>
        <translation>Plik:</translation>
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
        <source>Fields guessed from the values</source>
        <translation>Pola odgadnięte z wartości</translation>
    </message>
    <message>
        <source>Mark the new ones as &amp;shareable with peer cities</source>
        <translation>Oznacz nowe wpisy jako przeznaczone do &amp;udostępnienia miastom partnerskim</translation>
    </message>
    <message>
        <source>The first rows as they would be imported</source>
        <translation>Pierwsze wiersze w postaci, w jakiej zostałyby zaimportowane</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Save &amp;Failed Rows…</source>
        <translation>Zapisz &amp;niezaimportowane wiersze…</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>&amp;Cofnij ten import</translation>
    </message>
    <message>
        <source>Stakeholders &amp;already there:</source>
        <translation>Interesariusze &amp;już w rejestrze:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolumny:</translation>
    </message>
    <message>
        <source>{field} is chosen for several columns: keep one.</source>
        <translation>Pole {field} wybrano dla kilku kolumn: pozostaw tylko jedną.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Guessed from the values:</source>
        <translation>Odgadnięto z wartości:</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more rows with problems.</source>
        <translation>
            <numerusform>… i jeszcze %Ln wiersz z problemami.</numerusform>
            <numerusform>… i jeszcze %Ln wiersze z problemami.</numerusform>
            <numerusform>… i jeszcze %Ln wierszy z problemami.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and changes nothing.</source>
        <translation>Importowanie… Przycisk Anuluj przerywa import i niczego nie zmienia.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import anulowano: niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {skipped} skipped, {failed} not imported because of a problem.</source>
        <translation>Import zakończony. Dodano: {added}, zaktualizowano: {updated}, pominięto: {skipped}, nie zaimportowano z powodu problemu: {failed}.</translation>
    </message>
    <message>
        <source>The rows to fix are saved in {file}.</source>
        <translation>Wiersze do poprawy zapisano w pliku {file}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Save the rows to fix</source>
        <translation>Zapisz wiersze do poprawy</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Plik CSV (*.csv)</translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {skip} already there or repeated (skipped), {fail} with problems.</source>
        <translation>Do dodania: {add}, do aktualizacji: {update}, już istniejące lub powtórzone (pominięte): {skip}, z problemami: {fail}.</translation>
    </message>
    <message>
        <source>spreadsheet workbook</source>
        <translation>skoroszyt arkusza kalkulacyjnego</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln rows ({encoding})</source>
        <translation>
            <numerusform>{file}: %Ln wiersz ({encoding})</numerusform>
            <numerusform>{file}: %Ln wiersze ({encoding})</numerusform>
            <numerusform>{file}: %Ln wierszy ({encoding})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln set aside as section headings.</source>
        <translation>
            <numerusform>%Ln odłożony jako nagłówek sekcji.</numerusform>
            <numerusform>%Ln odłożone jako nagłówki sekcji.</numerusform>
            <numerusform>%Ln odłożonych jako nagłówki sekcji.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold no stakeholder (blank rows, titles, repeated headers).</source>
        <translation>
            <numerusform>%Ln nie zawiera interesariusza (pusty wiersz, tytuł, powtórzony nagłówek).</numerusform>
            <numerusform>%Ln nie zawiera interesariusza (puste wiersze, tytuły, powtórzone nagłówki).</numerusform>
            <numerusform>%Ln nie zawiera interesariusza (puste wiersze, tytuły, powtórzone nagłówki).</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {number}: {problem}</source>
        <translation>Wiersz {number}: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
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
        <translation>Cofnij import</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Nie ma importu do cofnięcia.</translation>
    </message>
    <message>
        <source>Undo the import of {file} made on {when}?</source>
        <translation>Cofnąć import {file} z {when}?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stakeholders it added are deleted, with anything recorded on them since.</source>
        <translation>
            <numerusform>Dodany przez niego %Ln interesariusz zostaje usunięty wraz ze wszystkim, co od tej pory o nim zapisano.</numerusform>
            <numerusform>Dodanych przez niego %Ln interesariuszy zostaje usuniętych wraz ze wszystkim, co od tej pory o nich zapisano.</numerusform>
            <numerusform>Dodanych przez niego %Ln interesariuszy zostaje usuniętych wraz ze wszystkim, co od tej pory o nich zapisano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stakeholders it updated get their previous values back.</source>
        <translation>
            <numerusform>Zaktualizowany przez niego %Ln interesariusz odzyskuje poprzednie wartości.</numerusform>
            <numerusform>Zaktualizowanych przez niego %Ln interesariuszy odzyskuje poprzednie wartości.</numerusform>
            <numerusform>Zaktualizowanych przez niego %Ln interesariuszy odzyskuje poprzednie wartości.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep the Import</source>
        <translation>&amp;Zachowaj import</translation>
    </message>
    <message numerus="yes">
        <source>Peer cities already received %Ln of the stakeholders it added, in a bundle: your next bundle withdraws them from the peers.</source>
        <translation>
            <numerusform>Miasta partnerskie otrzymały już w pakiecie %Ln z dodanych przez niego interesariuszy: Twój następny pakiet go u nich wycofa.</numerusform>
            <numerusform>Miasta partnerskie otrzymały już w pakiecie %Ln z dodanych przez niego interesariuszy: Twój następny pakiet ich u nich wycofa.</numerusform>
            <numerusform>Miasta partnerskie otrzymały już w pakiecie %Ln z dodanych przez niego interesariuszy: Twój następny pakiet ich u nich wycofa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of {file} was undone.</source>
        <translation>Cofnięto import {file}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted.</source>
        <translation>
            <numerusform>Usunięto %Ln interesariusza.</numerusform>
            <numerusform>Usunięto %Ln interesariuszy.</numerusform>
            <numerusform>Usunięto %Ln interesariuszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders given their previous values back.</source>
        <translation>
            <numerusform>%Ln interesariusz odzyskał poprzednie wartości.</numerusform>
            <numerusform>%Ln interesariuszy odzyskało poprzednie wartości.</numerusform>
            <numerusform>%Ln interesariuszy odzyskało poprzednie wartości.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Cofnij import</translation>
    </message>
    <message>
        <source>Cannot undo the import</source>
        <translation>Nie można cofnąć importu</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Edit interaction</source>
        <translation>Edytuj interakcję</translation>
    </message>
    <message>
        <source>Add interaction</source>
        <translation>Dodaj interakcję</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Termin dalszych działań</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>Dalsze działania &amp;wykonane</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <source>&amp;Follow-up on:</source>
        <translation>&amp;Termin dalszych działań:</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Add Interaction</source>
        <translation>Dodaj interakcję</translation>
    </message>
    <message>
        <source>Edit Interaction</source>
        <translation>Edytuj interakcję</translation>
    </message>
    <message>
        <source>Delete Interaction</source>
        <translation>Usuń interakcję</translation>
    </message>
</context>
<context>
    <name>LanguageChecklist</name>
    <message>
        <source>Find a language</source>
        <translation>Znajdź język</translation>
    </message>
    <message>
        <source>Find a language…</source>
        <translation>Znajdź język…</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
</context>
<context>
    <name>LanguageRestart</name>
    <message>
        <source>{app} restarts in the new language once the open dialog is closed.</source>
        <translation>{app} uruchomi się ponownie w nowym języku, gdy tylko zamkniesz otwarte okno dialogowe.</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>Uruchomić ponownie teraz?</translation>
    </message>
    <message>
        <source>{app} speaks {language} from its next start. Restart now? It opens again on this page; your profile is saved, and open dialogs are closed first (you are asked about anything typed in them).</source>
        <translation>{app} będzie w języku: {language} od następnego uruchomienia. Uruchomić ponownie teraz? Program otworzy się znowu na tej stronie; Twój profil zostanie zapisany, a otwarte okna dialogowe najpierw zamknięte (zapytamy, co zrobić z tym, co w nich wpisano).</translation>
    </message>
    <message>
        <source>{app} speaks the system&apos;s language from its next start. Restart now? It opens again on this page; your profile is saved, and open dialogs are closed first (you are asked about anything typed in them).</source>
        <translation>{app} będzie w języku systemu od następnego uruchomienia. Uruchomić ponownie teraz? Program otworzy się znowu na tej stronie; Twój profil zostanie zapisany, a otwarte okna dialogowe najpierw zamknięte (zapytamy, co zrobić z tym, co w nich wpisano).</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Uruchom ponownie teraz</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Później</translation>
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
        <source>Read only: your role may look at the team&apos;s register but not change it</source>
        <translation>Tylko do odczytu: Twoja rola może przeglądać rejestr zespołu, ale nie może go zmieniać</translation>
    </message>
    <message>
        <source>Updated with your colleagues&apos; changes</source>
        <translation>Zaktualizowano o zmiany wprowadzone przez współpracowników</translation>
    </message>
    <message>
        <source>Waiting for the database: another program is writing to it. Your change is saved as soon as it is free.</source>
        <translation>Oczekiwanie na bazę danych: inny program właśnie w niej zapisuje. Twoja zmiana zostanie zapisana, gdy tylko będzie wolna.</translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation>Miasta partnerskie</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Interesariusze</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grupy robocze</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Notatki informacyjne</translation>
    </message>
    <message>
        <source>Make a brief first: choose what it covers, then Preview.</source>
        <translation>Najpierw przygotuj notatkę: wybierz jej zakres, potem Podgląd.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Stakeholder map</source>
        <translation>Mapa interesariuszy</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders placed by influence and interest.</source>
        <translation>
            <numerusform>%Ln interesariusz umieszczony według wpływu i zainteresowania.</numerusform>
            <numerusform>%Ln interesariuszy umieszczonych według wpływu i zainteresowania.</numerusform>
            <numerusform>%Ln interesariuszy umieszczonych według wpływu i zainteresowania.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not placed.</source>
        <translation>
            <numerusform>%Ln nieumieszczony.</numerusform>
            <numerusform>%Ln nieumieszczonych.</numerusform>
            <numerusform>%Ln nieumieszczonych.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows the same stakeholders.</source>
        <translation>Lista pokazuje tych samych interesariuszy.</translation>
    </message>
    <message>
        <source>{name}
{stage} · {kind}
Influence {influence}, interest {interest}</source>
        <translation>{name}
{stage} · {kind}
Wpływ: {influence}, zainteresowanie: {interest}</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Which column feeds which field</source>
        <translation>Która kolumna wypełnia które pole</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Pomiń tę kolumnę</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Pole dla kolumny {column}</translation>
    </message>
    <message>
        <source>{field} is chosen for several columns: keep one.</source>
        <translation>Pole {field} wybrano dla kilku kolumn: pozostaw tylko jedną.</translation>
    </message>
</context>
<context>
    <name>MaturityCombo</name>
    <message>
        <source>Not assessed</source>
        <translation>Nie oceniono</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Plan a Meeting</source>
        <translation>Zaplanuj spotkanie</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;When (local time):</source>
        <translation>&amp;Kiedy (czas lokalny):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Strefa czasowa:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Czas trwania:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>&amp;Link online:</translation>
    </message>
    <message>
        <source>&amp;Agenda (one item a line):</source>
        <translation>&amp;Porządek obrad (jeden punkt w wierszu):</translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation>Pro&amp;tokół:</translation>
    </message>
    <message>
        <source>&amp;Decisions (one a line):</source>
        <translation>&amp;Decyzje (jedna w wierszu):</translation>
    </message>
    <message>
        <source>Every member sees the meeting in their own time zone.</source>
        <translation>Każdy członek widzi spotkanie we własnej strefie czasowej.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Wybierz strefę czasową z listy.</translation>
    </message>
    <message>
        <source>{zone}; on this computer: {time}</source>
        <translation>{zone}; na tym komputerze: {time}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicates</source>
        <translation>Scal duplikaty</translation>
    </message>
    <message>
        <source>Master record</source>
        <translation>Wpis główny</translation>
    </message>
    <message>
        <source>&amp;Keep this record:</source>
        <translation>&amp;Zachowaj ten wpis:</translation>
    </message>
    <message>
        <source>Which value to keep for each field</source>
        <translation>Którą wartość zachować w każdym polu</translation>
    </message>
    <message>
        <source>What the merge will do</source>
        <translation>Skutki scalenia</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Scal</translation>
    </message>
    <message>
        <source>Fewer than two of these stakeholders still exist: nothing to merge.</source>
        <translation>Spośród tych interesariuszy istnieje jeszcze mniej niż dwóch: nie ma czego scalać.</translation>
    </message>
    <message>
        <source>{field} from {name}</source>
        <translation>{field} z wpisu {name}</translation>
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
        <source>consent recorded</source>
        <translation>zgoda zarejestrowana</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>brak zgody</translation>
    </message>
    <message>
        <source>{master} is kept (same ID, so peer cities still recognise it).</source>
        <translation>{master} zostaje zachowany (ten sam identyfikator, więc miasta partnerskie nadal go rozpoznają).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other records are merged into it and then deleted.</source>
        <translation>
            <numerusform>%Ln inny rekord zostaje z nim scalony, a potem usunięty.</numerusform>
            <numerusform>%Ln inne rekordy zostają z nim scalone, a potem usunięte.</numerusform>
            <numerusform>%Ln innych rekordów zostaje z nim scalonych, a potem usuniętych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln interactions move to it.</source>
        <translation>
            <numerusform>Ich %Ln interakcja przechodzi do niego.</numerusform>
            <numerusform>Ich %Ln interakcje przechodzą do niego.</numerusform>
            <numerusform>Ich %Ln interakcji przechodzi do niego.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags, sectors and topics are combined; their people are linked to it.</source>
        <translation>Etykiety, sektory i tematy zostają połączone; ich osoby zostają z nim powiązane.</translation>
    </message>
    <message>
        <source>Taken from the others: {fields}.</source>
        <translation>Przejęte z pozostałych wpisów: {fields}.</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Click to see the recent messages.</source>
        <translation>Kliknij, aby zobaczyć ostatnie komunikaty.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Open questions to raise</source>
        <translation>Otwarte pytania do poruszenia</translation>
    </message>
    <message>
        <source>Open &amp;questions to raise (one per line):</source>
        <translation>Otwarte &amp;pytania do poruszenia (po jednym w wierszu):</translation>
    </message>
    <message>
        <source>&amp;Reset texts to the suggestions</source>
        <translation>Przywróć &amp;sugerowane teksty</translation>
    </message>
    <message>
        <source>Replace your edits with the texts RRR Desktop suggests</source>
        <translation>Zastępuje Twoje zmiany tekstami proponowanymi przez RRR Desktop</translation>
    </message>
    <message>
        <source>&amp;{part} (your text):</source>
        <translation>&amp;{part} (Twój tekst):</translation>
    </message>
    <message>
        <source>You rewrote this text: it no longer follows the data. Reset texts to the suggestions brings the suggestion back.</source>
        <translation>Ten tekst został przez Ciebie przepisany: nie podąża już za danymi. „Przywróć sugerowane teksty” przywraca propozycję.</translation>
    </message>
    <message>
        <source>Reset the brief&apos;s texts</source>
        <translation>Przywróć teksty notatki informacyjnej</translation>
    </message>
</context>
<context>
    <name>NotesTable</name>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
</context>
<context>
    <name>PeerDetailView</name>
    <message>
        <source>Peer city details and sources</source>
        <translation>Szczegóły miasta partnerskiego i źródła danych</translation>
    </message>
    <message>
        <source>Select a peer city to see its profile and sources.</source>
        <translation>Wybierz miasto partnerskie, aby zobaczyć jego profil i źródła danych.</translation>
    </message>
    <message>
        <source>{city} has not written some of its texts in your language: they are shown as the city wrote them, followed by their language.</source>
        <translation>Miasto {city} nie napisało części swoich tekstów w Twoim języku: są pokazane tak, jak miasto je napisało, z nazwą ich języka.</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>Co oferuje</translation>
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
        <source>None recorded.</source>
        <translation>Brak wpisów.</translation>
    </message>
    <message>
        <source>In their own words: {topics}</source>
        <translation>Opisane własnymi słowami miasta: {topics}</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praktyki</translation>
    </message>
    <message>
        <source>Stakeholders they shared</source>
        <translation>Interesariusze udostępnieni przez miasto</translation>
    </message>
    <message>
        <source>None yet: they arrive with the city&apos;s bundles.</source>
        <translation>Jeszcze brak: pojawią się wraz z pakietami od tego miasta.</translation>
    </message>
    <message>
        <source>Data from the bundle {file} sent by {sender} on {date}, imported {imported}</source>
        <translation>Dane z pakietu {file} od miasta {sender} (wysłano: {date}, zaimportowano: {imported})</translation>
    </message>
    <message>
        <source>Data from {source} of {date}</source>
        <translation>Źródło danych: {source} (stan na: {date})</translation>
    </message>
    <message>
        <source>Data of {date}, source not recorded</source>
        <translation>Stan danych na: {date}; źródła nie zapisano</translation>
    </message>
    <message numerus="yes">
        <source>⚠ This information is more than %Ln months old: check it with the city before relying on it.</source>
        <translation>
            <numerusform>⚠ Ta informacja ma ponad %Ln miesiąc: sprawdź ją z miastem, zanim na niej polegniesz.</numerusform>
            <numerusform>⚠ Ta informacja ma ponad %Ln miesiące: sprawdź ją z miastem, zanim na niej polegniesz.</numerusform>
            <numerusform>⚠ Ta informacja ma ponad %Ln miesięcy: sprawdź ją z miastem, zanim na niej polegniesz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ This information is more than %Ln years old: check it with the city before relying on it.</source>
        <translation>
            <numerusform>⚠ Ta informacja ma ponad rok: sprawdź ją z miastem, zanim na niej polegniesz.</numerusform>
            <numerusform>⚠ Ta informacja ma ponad %Ln lata: sprawdź ją z miastem, zanim na niej polegniesz.</numerusform>
            <numerusform>⚠ Ta informacja ma ponad %Ln lat: sprawdź ją z miastem, zanim na niej polegniesz.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>data nieznana</translation>
    </message>
</context>
<context>
    <name>PeerFilterBar</name>
    <message>
        <source>Search cities (Ctrl+F)</source>
        <translation>Szukaj miast (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search peer cities by name</source>
        <translation>Szukaj miast partnerskich według nazwy</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>Filtruj według tematu</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filtruj według języka</translation>
    </message>
    <message>
        <source>Filter by region or country</source>
        <translation>Filtruj według regionu lub kraju</translation>
    </message>
    <message>
        <source>Show &amp;hidden</source>
        <translation>Pokaż &amp;ukryte</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Regi&amp;on:</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Dowolny temat</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Dowolny język</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Dowolny region</translation>
    </message>
</context>
<context>
    <name>PeerMatchView</name>
    <message>
        <source>Why this peer is suggested</source>
        <translation>Dlaczego to miasto partnerskie jest proponowane</translation>
    </message>
    <message>
        <source>Select a peer city to see why it is suggested.</source>
        <translation>Wybierz miasto partnerskie, aby zobaczyć, dlaczego jest proponowane.</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>Wynik: {score}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Points per criterion</source>
        <translation>Punkty według kryteriów</translation>
    </message>
    <message>
        <source>{criterion}: {points} points</source>
        <translation>{criterion}: {points} pkt</translation>
    </message>
</context>
<context>
    <name>PeerNoteEditor</name>
    <message>
        <source>&amp;Our notes (private, never shared)</source>
        <translation>&amp;Nasze notatki (prywatne, nigdy nieudostępniane)</translation>
    </message>
    <message>
        <source>Our private notes about this city</source>
        <translation>Nasze prywatne notatki o tym mieście</translation>
    </message>
    <message>
        <source>Contacts, what was agreed, what to ask next time… Saved automatically.</source>
        <translation>Kontakty, ustalenia, o co zapytać następnym razem… Zapisywane automatycznie.</translation>
    </message>
    <message>
        <source>Not saved yet: the last save failed.</source>
        <translation>Jeszcze nie zapisano: ostatnia próba zapisu się nie powiodła.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>The note could not be saved: {problem} Your text is kept here and will be saved again when you type or leave the note.</source>
        <translation>Nie udało się zapisać notatki: {problem} Wpisany tekst pozostaje tutaj i zostanie ponownie zapisany, gdy zaczniesz pisać lub opuścisz notatkę.</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>&amp;Weights…</source>
        <translation>W&amp;agi…</translation>
    </message>
    <message>
        <source>How much each reason counts in the ranking</source>
        <translation>Ile każdy powód liczy się w rankingu</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>&amp;Sugestie</translation>
    </message>
    <message>
        <source>&amp;Proposed groups</source>
        <translation>Proponowane &amp;grupy</translation>
    </message>
    <message>
        <source>Suggested peer cities, best first</source>
        <translation>Proponowane miasta partnerskie, od najlepiej dopasowanych</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Profile, sources and notes</source>
        <translation>Profil, źródła i notatki</translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation>Miasta partnerskie</translation>
    </message>
    <message>
        <source>Choose your city on the Profile page first: peers are ranked against it.</source>
        <translation>Najpierw wybierz swoje miasto na stronie Profil: kolejność miast partnerskich zależy od dopasowania do niego.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln peer cities</source>
        <translation>
            <numerusform>{shown} z %Ln miasta partnerskiego</numerusform>
            <numerusform>{shown} z %Ln miast partnerskich</numerusform>
            <numerusform>{shown} z %Ln miast partnerskich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln hidden)</source>
        <translation>
            <numerusform>(%Ln ukryte)</numerusform>
            <numerusform>(%Ln ukryte)</numerusform>
            <numerusform>(%Ln ukrytych)</numerusform>
        </translation>
    </message>
    <message>
        <source>No peer cities yet: they arrive with bundles from other cities.</source>
        <translation>Nie ma jeszcze miast partnerskich: pojawią się wraz z pakietami od innych miast.</translation>
    </message>
    <message>
        <source>Every peer city is hidden: tick “Show hidden” to see them.</source>
        <translation>Wszystkie miasta partnerskie są ukryte: zaznacz „Pokaż ukryte”, aby je zobaczyć.</translation>
    </message>
    <message>
        <source>No peer city speaks {language}.</source>
        <translation>Żadne miasto partnerskie nie posługuje się językiem: {language}.</translation>
    </message>
    <message>
        <source>No peer city in {region}.</source>
        <translation>Brak miast partnerskich w regionie: {region}.</translation>
    </message>
    <message>
        <source>No peer city in {region} speaks {language}.</source>
        <translation>Żadne miasto partnerskie w regionie {region} nie posługuje się językiem: {language}.</translation>
    </message>
    <message>
        <source>No peer city has anything in common with yours on {topic}.</source>
        <translation>Żadne miasto partnerskie nie ma z naszym miastem nic wspólnego w temacie: {topic}.</translation>
    </message>
    <message>
        <source>No peer city has anything in common with yours yet.</source>
        <translation>Żadne miasto partnerskie nie ma jeszcze nic wspólnego z naszym miastem.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nie zmieniono</translation>
    </message>
    <message>
        <source>No peer city matches “{search}”.</source>
        <translation>Żadne miasto partnerskie nie pasuje do „{search}”.</translation>
    </message>
</context>
<context>
    <name>PinAndHide</name>
    <message>
        <source>&amp;Pin</source>
        <translation>Pr&amp;zypnij</translation>
    </message>
    <message>
        <source>Pin to the top of the list, or unpin (Ctrl+Shift+P)</source>
        <translation>Przypnij na górze listy lub odepnij (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>U&amp;kryj</translation>
    </message>
    <message>
        <source>Hide from suggestions, or show again (Ctrl+Shift+H)</source>
        <translation>Ukryj w sugestiach lub pokaż ponownie (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>O&amp;depnij</translation>
    </message>
    <message>
        <source>S&amp;how again</source>
        <translation>Po&amp;każ ponownie</translation>
    </message>
    <message>
        <source>Pin Peer City</source>
        <translation>Przypnij miasto partnerskie</translation>
    </message>
    <message>
        <source>Unpin Peer City</source>
        <translation>Odepnij miasto partnerskie</translation>
    </message>
    <message>
        <source>Hide Peer City</source>
        <translation>Ukryj miasto partnerskie</translation>
    </message>
    <message>
        <source>Show Peer City Again</source>
        <translation>Pokaż ponownie miasto partnerskie</translation>
    </message>
</context>
<context>
    <name>PracticesEditor</name>
    <message>
        <source>Practices</source>
        <translation>Praktyki</translation>
    </message>
    <message>
        <source>Add practice</source>
        <translation>Dodaj praktykę</translation>
    </message>
    <message>
        <source>Describe a practice of our city that peers can learn from</source>
        <translation>Opisz praktykę naszego miasta, z której miasta partnerskie mogą się uczyć</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the selected practice</source>
        <translation>Usuń wybraną praktykę</translation>
    </message>
    <message>
        <source>No practices yet. Add the programmes and mechanisms your city runs, so peers can learn from them.</source>
        <translation>Nie ma jeszcze praktyk. Dodaj programy i mechanizmy prowadzone przez miasto, aby miasta partnerskie mogły czerpać z nich wiedzę.</translation>
    </message>
    <message>
        <source>Practice title</source>
        <translation>Tytuł praktyki</translation>
    </message>
    <message>
        <source>e.g. Neighbourhood hubs</source>
        <translation>np. Centra sąsiedzkie</translation>
    </message>
    <message>
        <source>Kind of practice</source>
        <translation>Rodzaj praktyki</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Year started</source>
        <translation>Rok rozpoczęcia</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <source>Practice description</source>
        <translation>Opis praktyki</translation>
    </message>
    <message>
        <source>Practice topics</source>
        <translation>Tematy praktyki</translation>
    </message>
    <message>
        <source>Practice link</source>
        <translation>Link do praktyki</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Etap:</translation>
    </message>
    <message>
        <source>&amp;Year started:</source>
        <translation>Ro&amp;k rozpoczęcia:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation>Te&amp;maty:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>(untitled practice)</source>
        <translation>(praktyka bez tytułu)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Ogólne</translation>
    </message>
    <message>
        <source>&amp;Peer Cities</source>
        <translation>Miasta &amp;partnerskie</translation>
    </message>
    <message>
        <source>&amp;Team Database</source>
        <translation>Baza danych &amp;zespołu</translation>
    </message>
    <message>
        <source>Your login name</source>
        <translation>Twoja nazwa użytkownika</translation>
    </message>
    <message>
        <source>Recorded with every change you make, so that colleagues sharing a team database see who changed what. Left empty: your login name (on a team database, your database user).</source>
        <translation>Zapisywane przy każdej wprowadzonej zmianie, aby współpracownicy korzystający ze wspólnej bazy danych zespołu widzieli, kto co zmienił. Puste: Twoja nazwa użytkownika (w bazie danych zespołu: Twój użytkownik bazy danych).</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>The language of the window and, by default, of briefs</source>
        <translation>Język okna i domyślnie notatek informacyjnych</translation>
    </message>
    <message>
        <source>After OK you can restart in the new language now, or keep working until the next start.</source>
        <translation>Po kliknięciu OK możesz od razu uruchomić program ponownie w nowym języku albo pracować dalej do następnego uruchomienia.</translation>
    </message>
    <message>
        <source>Proposed for new briefs and when printing; usual here: {paper}</source>
        <translation>Proponowany dla nowych notatek i przy drukowaniu; typowy tutaj: {paper}</translation>
    </message>
    <message>
        <source>Where exported lists, bundles and briefs are proposed to be saved</source>
        <translation>Gdzie proponowane jest zapisywanie eksportowanych list, pakietów i notatek</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>Wybierz domyślny folder eksportu</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Twoje &amp;imię i nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Paper &amp;size:</source>
        <translation>&amp;Rozmiar papieru:</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>Folder &amp;eksportu:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mies.</translation>
    </message>
    <message>
        <source>A peer city&apos;s data older than this is flagged in the list, the suggestions and its details, as a reminder to ask the city for a new bundle</source>
        <translation>Dane miasta partnerskiego starsze niż to są oznaczane na liście, w sugestiach i w szczegółach, jako przypomnienie, by poprosić miasto o nowy pakiet</translation>
    </message>
    <message>
        <source>Flag peer data older than:</source>
        <translation>Oznaczaj dane miast partnerskich starsze niż:</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Domyślny folder eksportu</translation>
    </message>
    <message>
        <source>The export folder {folder} does not exist: choose an existing folder. Nothing was saved.</source>
        <translation>Folder eksportu {folder} nie istnieje: wybierz istniejący folder. Nic nie zapisano.</translation>
    </message>
</context>
<context>
    <name>ProfileAutosave</name>
    <message>
        <source>An unexpected error happened.</source>
        <translation>Wystąpił nieoczekiwany błąd.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Our city&apos;s profile</source>
        <translation>Profil naszego miasta</translation>
    </message>
    <message>
        <source>Summary of our social economy ecosystem</source>
        <translation>Podsumowanie ekosystemu ekonomii społecznej w naszym mieście</translation>
    </message>
    <message>
        <source>Who makes up the local social and solidarity economy, what the city does for it, what works and what is hard.</source>
        <translation>Kto tworzy lokalną ekonomię społeczną i solidarną, co miasto dla niej robi, co działa dobrze, a co sprawia trudności.</translation>
    </message>
    <message>
        <source>Contact office</source>
        <translation>Biuro kontaktowe</translation>
    </message>
    <message>
        <source>Office, address, shared email</source>
        <translation>Biuro, adres, wspólny adres e-mail</translation>
    </message>
    <message>
        <source>What we offer</source>
        <translation>Co oferujemy</translation>
    </message>
    <message>
        <source>What we want to learn</source>
        <translation>Czego chcemy się nauczyć</translation>
    </message>
    <message>
        <source>Shared challenges</source>
        <translation>Wspólne wyzwania</translation>
    </message>
    <message>
        <source>About our ecosystem</source>
        <translation>O naszym ekosystemie</translation>
    </message>
    <message>
        <source>Topics where we have experience to share with peers.</source>
        <translation>Tematy, w których mamy doświadczenie, którym możemy podzielić się z miastami partnerskimi.</translation>
    </message>
    <message>
        <source>Topics where we look for a peer city to learn from.</source>
        <translation>Tematy, w których szukamy miasta partnerskiego, od którego możemy się uczyć.</translation>
    </message>
    <message>
        <source>Problems we face and would tackle with others.</source>
        <translation>Problemy, z którymi się mierzymy i które chcielibyśmy rozwiązywać wspólnie z innymi.</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praktyki</translation>
    </message>
    <message>
        <source>Programmes and mechanisms: awards, hubs, financial mechanisms, bonds, communication strategies, digital programmes…</source>
        <translation>Programy i mechanizmy: nagrody, centra, mechanizmy finansowe, obligacje, strategie komunikacji, programy cyfrowe…</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Samoocena</translation>
    </message>
    <message>
        <source>How mature is our city on each topic, from 0 (nothing yet) to 10 (a reference for others)? “Not assessed” is not 0.</source>
        <translation>Jaki poziom dojrzałości osiąga nasze miasto w poszczególnych tematach: od 0 (jeszcze nic) do 10 (wzór dla innych)? „Nie oceniono” to nie to samo co 0.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Podsumowanie:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Języki:</translation>
    </message>
    <message>
        <source>&amp;Contact office:</source>
        <translation>&amp;Biuro kontaktowe:</translation>
    </message>
    <message>
        <source>Profile of {city}</source>
        <translation>Profil miasta {city}</translation>
    </message>
    <message>
        <source>{language}: {text}</source>
        <translation>{language}: {text}</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>temat</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notatka</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tytuł</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>rodzaj</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etap</translation>
    </message>
    <message>
        <source>description</source>
        <translation>opis</translation>
    </message>
    <message>
        <source>year started</source>
        <translation>rok rozpoczęcia</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>tematy</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>maturity</source>
        <translation>dojrzałość</translation>
    </message>
    <message>
        <source>date assessed</source>
        <translation>data oceny</translation>
    </message>
    <message>
        <source>Own-words topic {number}</source>
        <translation>Temat opisany własnymi słowami nr {number}</translation>
    </message>
    <message>
        <source>Practice “{title}”</source>
        <translation>Praktyka „{title}”</translation>
    </message>
    <message>
        <source>Practice {number} (untitled)</source>
        <translation>Praktyka nr {number} (bez tytułu)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Save status</source>
        <translation>Stan zapisu</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Try saving the profile again</source>
        <translation>Spróbuj ponownie zapisać profil</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Wczytaj ponownie</translation>
    </message>
    <message>
        <source>Reload the profile as stored and lose the changes made here</source>
        <translation>Wczytaj ponownie zapisany profil i odrzuć zmiany wprowadzone tutaj</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Zachowaj moją wersję</translation>
    </message>
    <message>
        <source>Save the profile as shown here over the other change</source>
        <translation>Zapisz profil w postaci widocznej tutaj, zastępując tamtą zmianę</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Restored changes that were not saved when RRR Desktop last closed.</source>
        <translation>Przywrócono zmiany, które nie zostały zapisane przy ostatnim zamknięciu RRR Desktop.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Wszystkie zmiany zostały zapisane</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>{changed} Your text is kept: Reload to see their change and lose yours here, or Keep Mine to save your version over it.</source>
        <translation>{changed} Twój tekst jest zachowany: „Wczytaj ponownie” pokaże tamtą zmianę i odrzuci Twoją tutaj, a „Zachowaj moją wersję” zapisze Twoją wersję w jej miejsce.</translation>
    </message>
    <message>
        <source>Not saved yet: fix what is marked below; it is saved as soon as it is fixed. Your text is kept.</source>
        <translation>Jeszcze nie zapisano: popraw to, co oznaczono poniżej; zmiany zostaną zapisane zaraz po poprawieniu. Wpisany tekst zostaje zachowany.</translation>
    </message>
    <message>
        <source>Not saved: {reason} Your text is kept; RRR Desktop will try again.</source>
        <translation>Nie zapisano: {reason} Wpisany tekst zostaje zachowany; RRR Desktop spróbuje ponownie.</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Edycja profilu</translation>
    </message>
</context>
<context>
    <name>ProposedGroupsView</name>
    <message>
        <source>Proposed working groups</source>
        <translation>Proponowane grupy robocze</translation>
    </message>
    <message>
        <source>Groups of three to six cities that the matching proposes for the network, around topics some want to learn and others offer; under each city, why it is in. Start one to plan its meetings and actions on the Working groups page.</source>
        <translation>Grupy od trzech do sześciu miast, które dopasowanie proponuje dla sieci, wokół tematów, których jedne chcą się uczyć, a inne je oferują; pod każdym miastem – dlaczego w niej jest. Rozpocznij jedną, aby planować jej spotkania i działania na stronie Grupy robocze.</translation>
    </message>
    <message>
        <source>&amp;Start this group…</source>
        <translation>&amp;Rozpocznij tę grupę…</translation>
    </message>
    <message>
        <source>Make a working group of our city and these cities: check its name, members and lead, then find it on the Working groups page</source>
        <translation>Utwórz grupę roboczą z naszego miasta i tych miast: sprawdź nazwę, członków i miasto wiodące, a potem znajdź ją na stronie Grupy robocze</translation>
    </message>
    <message>
        <source>{topics} (lead: {lead})</source>
        <translation>{topics} (prowadzi: {lead})</translation>
    </message>
    <message>
        <source>started as “{name}”</source>
        <translation>rozpoczęta jako „{name}”</translation>
    </message>
    <message>
        <source>No group to propose yet: groups form around topics that some cities want to learn and others offer (the cities&apos; profiles).</source>
        <translation>Nie ma jeszcze grupy do zaproponowania: grupy powstają wokół tematów, których jedne miasta chcą się uczyć, a inne je oferują (profile miast).</translation>
    </message>
</context>
<context>
    <name>RecentBriefsList</name>
    <message>
        <source>Recent briefs</source>
        <translation>Ostatnie notatki</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>Show the selected brief again</source>
        <translation>Ponownie pokazuje zaznaczoną notatkę</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>Usuń z &amp;listy</translation>
    </message>
    <message>
        <source>Remove from this list; the file is kept</source>
        <translation>Usuń z tej listy; plik zostanie zachowany</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Otwórz &amp;folder</translation>
    </message>
    <message>
        <source>Show the folder that holds the selected brief</source>
        <translation>Pokazuje folder z zaznaczoną notatką</translation>
    </message>
    <message>
        <source>(file missing: moved or deleted)</source>
        <translation>(brak pliku: przeniesiony lub usunięty)</translation>
    </message>
    <message>
        <source>No brief saved yet.</source>
        <translation>Nie zapisano jeszcze żadnej notatki.</translation>
    </message>
</context>
<context>
    <name>RecentMessagesDialog</name>
    <message>
        <source>Recent Messages</source>
        <translation>Ostatnie komunikaty</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Ostatnie komunikaty</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Na razie brak komunikatów.</translation>
    </message>
</context>
<context>
    <name>RecordDiff</name>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Nasze</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Fields that differ: ours and theirs</source>
        <translation>Pola, które się różnią: nasze i ich</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Ich wartość</translation>
    </message>
    <message>
        <source>What the record holds</source>
        <translation>Zawartość wpisu</translation>
    </message>
    <message>
        <source>same items in another order</source>
        <translation>te same elementy w innej kolejności</translation>
    </message>
</context>
<context>
    <name>RecordStanding</name>
    <message>
        <source>New to us</source>
        <translation>Nowy dla nas</translation>
    </message>
    <message>
        <source>Changed since we last received it</source>
        <translation>Zmieniony od naszego ostatniego odbioru</translation>
    </message>
    <message>
        <source>We changed it too</source>
        <translation>My też go zmieniliśmy</translation>
    </message>
    <message>
        <source>Ours is newer</source>
        <translation>Nasz jest nowszy</translation>
    </message>
    <message>
        <source>The same as ours</source>
        <translation>Taki sam jak nasz</translation>
    </message>
    <message>
        <source>Withdrawn by the sender</source>
        <translation>Wycofany przez nadawcę</translation>
    </message>
    <message>
        <source>{status} (their change of {day})</source>
        <translation>{status} (ich zmiana z {day})</translation>
    </message>
    <message>
        <source>Everything it holds is below; importing adds it.</source>
        <translation>Cała jego zawartość jest poniżej; import go doda.</translation>
    </message>
    <message>
        <source>Below, the fields they changed: ours and theirs. Importing takes theirs.</source>
        <translation>Poniżej pola, które zmienili: nasze i ich. Import przyjmie ich wersję.</translation>
    </message>
    <message>
        <source>Ours and theirs differ and neither is newer (below). We keep ours unless you tick it to take theirs.</source>
        <translation>Nasz i ich różnią się i żaden nie jest nowszy (poniżej). Zostawiamy nasz, chyba że go zaznaczysz, aby przyjąć ich wersję.</translation>
    </message>
    <message>
        <source>We hold a later version of it: theirs is kept out.</source>
        <translation>Mamy jego późniejszą wersję: ich wersja jest pomijana.</translation>
    </message>
    <message>
        <source>Importing changes nothing; below, what it holds.</source>
        <translation>Import niczego nie zmienia; poniżej jego zawartość.</translation>
    </message>
    <message>
        <source>Importing removes it from what we hold of the sender.</source>
        <translation>Import usuwa go z tego, co mamy od nadawcy.</translation>
    </message>
    <message>
        <source>Their revision: {theirs}; we have no revision of it</source>
        <translation>Ich wersja: {theirs}; nie mamy żadnej jego wersji</translation>
    </message>
    <message>
        <source>Our revision: {ours}; theirs: {theirs}</source>
        <translation>Nasza wersja: {ours}; ich wersja: {theirs}</translation>
    </message>
</context>
<context>
    <name>RegisterFlows</name>
    <message>
        <source>Import finished: {added} added, {updated} updated, {skipped} skipped, {failed} with problems.</source>
        <translation>Import zakończony. Dodano: {added}, zaktualizowano: {updated}, pominięto: {skipped}, z problemami: {failed}.</translation>
    </message>
    <message>
        <source>Rows to fix: {file}</source>
        <translation>Wiersze do poprawy: {file}</translation>
    </message>
    <message>
        <source>Add about 300 sample stakeholders to {city}&apos;s register? They are made up and clearly labelled: each name ends with “{marked}” and each carries the “sample” tag, so they can be found by that tag and archived or deleted together.</source>
        <translation>Dodać około 300 przykładowych interesariuszy do rejestru miasta {city}? Są fikcyjni i wyraźnie oznaczeni: każda nazwa kończy się dopiskiem „{marked}”, a każdy wpis ma tag „sample”, dzięki czemu można je wyszukać po tym tagu, a potem razem zarchiwizować lub usunąć.</translation>
    </message>
    <message>
        <source>&amp;Add Sample Data</source>
        <translation>&amp;Dodaj przykładowe dane</translation>
    </message>
    <message numerus="yes">
        <source>Sample data loaded: %Ln stakeholders, each tagged “sample”.</source>
        <translation>
            <numerusform>Wczytano przykładowe dane: %Ln interesariusz z etykietą „sample”.</numerusform>
            <numerusform>Wczytano przykładowe dane: %Ln interesariuszy, każdy z etykietą „sample”.</numerusform>
            <numerusform>Wczytano przykładowe dane: %Ln interesariuszy, każdy z etykietą „sample”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {file} could not be written: {reason}. Nothing was changed; choose another folder or name.</source>
        <translation>Nie można zapisać pliku {file}: {reason}. Nic nie zostało zmienione; wybierz inny folder lub nazwę.</translation>
    </message>
</context>
<context>
    <name>ScoreCombo</name>
    <message>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Zapamiętaj na tym komputerze</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keyring (its safe store of passwords), never in a file</source>
        <translation>Przechowywane w pęku kluczy tego komputera (jego bezpiecznym magazynie haseł), nigdy w pliku</translation>
    </message>
    <message>
        <source>This computer has no keyring service to keep it safely: it is asked again at each start of RRR Desktop.</source>
        <translation>Ten komputer nie ma usługi pęku kluczy, by bezpiecznie je przechować: jest pytane ponownie przy każdym uruchomieniu RRR Desktop.</translation>
    </message>
    <message>
        <source>Type it first.</source>
        <translation>Najpierw je wpisz.</translation>
    </message>
    <message>
        <source>The two do not match: type it again in both fields.</source>
        <translation>Oba wpisy się różnią: wpisz je ponownie w obu polach.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <source>Your Signing Key</source>
        <translation>Twój klucz podpisu</translation>
    </message>
    <message>
        <source>Every bundle you export is signed with this installation&apos;s key. When a peer city imports your first bundle, they see this fingerprint: read it to them by phone, group by group, so they know the bundle is really yours.</source>
        <translation>Każdy eksportowany pakiet jest podpisywany kluczem tej instalacji. Gdy miasto partnerskie zaimportuje pierwszy pakiet od nas, zobaczy ten odcisk klucza: odczytaj go rozmówcy przez telefon, grupa po grupie, aby miał pewność, że pakiet naprawdę pochodzi od nas.</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Odcisk klucza</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
</context>
<context>
    <name>SourceOptions</name>
    <message>
        <source>Encoding of the file</source>
        <translation>Kodowanie pliku</translation>
    </message>
    <message>
        <source>Import these &amp;headings as stakeholders too</source>
        <translation>Zaimportuj też te &amp;nagłówki jako podmioty</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>Headings:</source>
        <translation>Nagłówki:</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; (row {number})</source>
        <translation>„{text}” (wiersz {number})</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>i jeszcze %Ln</numerusform>
            <numerusform>i jeszcze %Ln</numerusform>
            <numerusform>i jeszcze %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows that look like section headings were set aside: {rows}.</source>
        <translation>
            <numerusform>Odłożono %Ln wiersz, który wygląda na nagłówek sekcji: {rows}.</numerusform>
            <numerusform>Odłożono %Ln wiersze, które wyglądają na nagłówki sekcji: {rows}.</numerusform>
            <numerusform>Odłożono %Ln wierszy, które wyglądają na nagłówki sekcji: {rows}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderActions</name>
    <message>
        <source>New &amp;Organisation…</source>
        <translation>Nowa &amp;organizacja…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New &amp;Person…</source>
        <translation>Nowa o&amp;soba…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Add &amp;Interaction…</source>
        <translation>Dodaj &amp;interakcję…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiwizuj</translation>
    </message>
    <message>
        <source>&amp;Restore from Archive</source>
        <translation>&amp;Przywróć z archiwum</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicates…</source>
        <translation>Scal &amp;duplikaty…</translation>
    </message>
    <message>
        <source>Add an organisation to the register</source>
        <translation>Dodaje organizację do rejestru</translation>
    </message>
    <message>
        <source>Add a person to the register</source>
        <translation>Dodaje osobę do rejestru</translation>
    </message>
    <message>
        <source>Change the selected stakeholder</source>
        <translation>Zmienia zaznaczonego interesariusza</translation>
    </message>
    <message>
        <source>Record a meeting, call or e-mail with the selected stakeholder</source>
        <translation>Zapisuje spotkanie, rozmowę lub e-mail z zaznaczonym interesariuszem</translation>
    </message>
    <message>
        <source>Hide the selected stakeholders from the list, keeping their history</source>
        <translation>Ukrywa zaznaczonych interesariuszy na liście, zachowując ich historię</translation>
    </message>
    <message>
        <source>Bring the selected archived stakeholders back</source>
        <translation>Przywraca zaznaczonych zarchiwizowanych interesariuszy</translation>
    </message>
    <message>
        <source>Delete the selected stakeholders (Undo brings them back)</source>
        <translation>Usuwa zaznaczonych interesariuszy (Cofnij ich przywraca)</translation>
    </message>
    <message>
        <source>Join the selected duplicates into one stakeholder</source>
        <translation>Łączy zaznaczone duplikaty w jednego interesariusza</translation>
    </message>
    <message>
        <source>Take back the last change to the register</source>
        <translation>Cofa ostatnią zmianę w rejestrze</translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation>Ponawia cofniętą zmianę</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edycja: {name}</translation>
    </message>
    <message>
        <source>New {name}</source>
        <translation>Nowy: {name}</translation>
    </message>
    <message>
        <source>Stakeholder saved.</source>
        <translation>Zapisano interesariusza.</translation>
    </message>
    <message>
        <source>Interaction saved.</source>
        <translation>Zapisano interakcję.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln stakeholders</source>
        <translation>
            <numerusform>Scal %Ln interesariusza</numerusform>
            <numerusform>Scal %Ln interesariuszy</numerusform>
            <numerusform>Scal %Ln interesariuszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders merged into one.</source>
        <translation>
            <numerusform>Scalono %Ln interesariusza w jednego.</numerusform>
            <numerusform>Scalono %Ln interesariuszy w jednego.</numerusform>
            <numerusform>Scalono %Ln interesariuszy w jednego.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interactions moved.</source>
        <translation>
            <numerusform>Przeniesiono %Ln interakcję.</numerusform>
            <numerusform>Przeniesiono %Ln interakcje.</numerusform>
            <numerusform>Przeniesiono %Ln interakcji.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Follow-up Done</source>
        <translation>Oznacz działanie jako wykonane</translation>
    </message>
    <message>
        <source>Follow-up marked done.</source>
        <translation>Dalsze działania oznaczono jako wykonane.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders archived. Show them with “Show archived”.</source>
        <translation>
            <numerusform>Zarchiwizowano %Ln interesariusza. Pokaż go opcją „Pokaż zarchiwizowane”.</numerusform>
            <numerusform>Zarchiwizowano %Ln interesariuszy. Pokaż ich opcją „Pokaż zarchiwizowane”.</numerusform>
            <numerusform>Zarchiwizowano %Ln interesariuszy. Pokaż ich opcją „Pokaż zarchiwizowane”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders restored from the archive.</source>
        <translation>
            <numerusform>Przywrócono z archiwum %Ln interesariusza.</numerusform>
            <numerusform>Przywrócono z archiwum %Ln interesariuszy.</numerusform>
            <numerusform>Przywrócono z archiwum %Ln interesariuszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %Ln stakeholders</source>
        <translation>
            <numerusform>Archiwizacja %Ln interesariusza</numerusform>
            <numerusform>Archiwizacja %Ln interesariuszy</numerusform>
            <numerusform>Archiwizacja %Ln interesariuszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln stakeholders from the archive</source>
        <translation>
            <numerusform>Przywrócenie z archiwum %Ln interesariusza</numerusform>
            <numerusform>Przywrócenie z archiwum %Ln interesariuszy</numerusform>
            <numerusform>Przywrócenie z archiwum %Ln interesariuszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted. Undo with {keys}.</source>
        <translation>
            <numerusform>Usunięto %Ln interesariusza. Cofnij klawiszami {keys}.</numerusform>
            <numerusform>Usunięto %Ln interesariuszy. Cofnij klawiszami {keys}.</numerusform>
            <numerusform>Usunięto %Ln interesariuszy. Cofnij klawiszami {keys}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln stakeholders</source>
        <translation>
            <numerusform>Usunięcie %Ln interesariusza</numerusform>
            <numerusform>Usunięcie %Ln interesariuszy</numerusform>
            <numerusform>Usunięcie %Ln interesariuszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders restored.</source>
        <translation>
            <numerusform>Przywrócono %Ln interesariusza.</numerusform>
            <numerusform>Przywrócono %Ln interesariuszy.</numerusform>
            <numerusform>Przywrócono %Ln interesariuszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted.</source>
        <translation>
            <numerusform>Usunięto %Ln interesariusza.</numerusform>
            <numerusform>Usunięto %Ln interesariuszy.</numerusform>
            <numerusform>Usunięto %Ln interesariuszy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Cofnięto: {change}</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>Ponowiono: {change}</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Interesariusze</translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>Edit stakeholder</source>
        <translation>Edytuj interesariusza</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nowa organizacja</translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation>Or&amp;ganizacja</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>Oso&amp;ba</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>S&amp;hareable: may go into exchange bundles for peer cities (personal data only if you include it)</source>
        <translation>Do &amp;udostępnienia: wpis może trafić do pakietów wymiany dla miast partnerskich (dane osobowe tylko wtedy, gdy je dołączysz)</translation>
    </message>
    <message>
        <source>This record is:</source>
        <translation>Rodzaj wpisu:</translation>
    </message>
    <message>
        <source>You changed this stakeholder. Discard the changes?</source>
        <translation>Dane tego interesariusza zostały zmienione. Odrzucić zmiany?</translation>
    </message>
</context>
<context>
    <name>StakeholderExport</name>
    <message>
        <source>Export stakeholders</source>
        <translation>Eksportuj interesariuszy</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt programu Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Plik CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Nie można wyeksportować</translation>
    </message>
    <message>
        <source>The file could not be written ({problem}): choose another folder or close the file if a spreadsheet has it open, then export again.</source>
        <translation>Nie można zapisać pliku ({problem}): wybierz inny folder albo zamknij plik, jeśli jest otwarty w arkuszu kalkulacyjnym, a następnie ponów eksport.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders exported to {file}.</source>
        <translation>
            <numerusform>Wyeksportowano %Ln interesariusza do {file}.</numerusform>
            <numerusform>Wyeksportowano %Ln interesariuszy do {file}.</numerusform>
            <numerusform>Wyeksportowano %Ln interesariuszy do {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data included for {included}; left out for {withheld} without recorded consent.</source>
        <translation>Wpisy z dołączonymi danymi osobowymi: {included}; wpisy bez danych osobowych z powodu braku zarejestrowanej zgody: {withheld}.</translation>
    </message>
</context>
<context>
    <name>StakeholderFilterBar</name>
    <message>
        <source>Search names, places, descriptions, tags (Ctrl+F)</source>
        <translation>Szukaj nazw, miejsc, opisów, tagów (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search stakeholders</source>
        <translation>Szukaj interesariuszy</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Wszystkie etapy</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
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
        <source>Organisations or people</source>
        <translation>Organizacje lub osoby</translation>
    </message>
    <message>
        <source>Organisations and people</source>
        <translation>Organizacje i osoby</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <source>Any dates</source>
        <translation>Dowolne terminy</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Zaległe działania</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Przegląd do zrobienia</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Pokaż z&amp;archiwizowane</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Wyczyść filtry</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <source>Show every stakeholder again</source>
        <translation>Ponownie pokazuje wszystkich interesariuszy</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Wszystkie tematy</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Wszystkie sektory</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Wszystkie dzielnice</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Wszyscy opiekunowie</translation>
    </message>
</context>
<context>
    <name>StakeholderImport</name>
    <message>
        <source>Import stakeholders</source>
        <translation>Importuj interesariuszy</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods *.xls *.txt *.tsv)</source>
        <translation>Arkusze kalkulacyjne (*.csv *.xlsx *.ods *.xls *.txt *.tsv)</translation>
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
    <name>StakeholderMap</name>
    <message>
        <source>Stakeholders by influence and interest</source>
        <translation>Interesariusze według wpływu i zainteresowania</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>No stakeholder matches these filters.</source>
        <translation>Żaden interesariusz nie pasuje do tych filtrów.</translation>
    </message>
    <message>
        <source>No stakeholders yet.</source>
        <translation>Nie ma jeszcze interesariuszy.</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Dbać o zadowolenie</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Ściśle współpracować</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Obserwować</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Informować</translation>
    </message>
    <message>
        <source>Interest (low → high)</source>
        <translation>Zainteresowanie (niskie → wysokie)</translation>
    </message>
    <message>
        <source>Influence (low → high)</source>
        <translation>Wpływ (niski → wysoki)</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Etap współpracy</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Dots for an even sample of {shown} of {placed}; the number in each cell counts all.</source>
        <translation>Kropki pokazują równomierną próbkę: {shown} z {placed}; liczba w każdym polu obejmuje wszystkich.</translation>
    </message>
</context>
<context>
    <name>StakeholderMapView</name>
    <message>
        <source>&amp;Copy Picture</source>
        <translation>&amp;Kopiuj obraz</translation>
    </message>
    <message>
        <source>Copy the map to paste it into a slide or document</source>
        <translation>Skopiuj mapę, aby wkleić ją do slajdu lub dokumentu</translation>
    </message>
    <message>
        <source>Save &amp;Picture…</source>
        <translation>Zapisz &amp;obraz…</translation>
    </message>
    <message>
        <source>Save the map as a PNG picture</source>
        <translation>Zapisuje mapę jako obraz PNG</translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation>Zapisz mapę jako obraz</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be saved to {file}: {reason}. Choose another folder or name.</source>
        <translation>Nie można zapisać obrazu w pliku {file}: {reason}. Wybierz inny folder lub nazwę.</translation>
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
        <source>Influence</source>
        <translation>Wpływ</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zainteresowanie</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Do udostępnienia</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rodzaj wpisu</translation>
    </message>
    <message>
        <source>{value} (archived)</source>
        <translation>{value} (zarchiwizowany)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(po terminie)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
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
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Change this stakeholder</source>
        <translation>Zmienia tego interesariusza</translation>
    </message>
    <message>
        <source>Add &amp;interaction…</source>
        <translation>Dodaj &amp;interakcję…</translation>
    </message>
    <message>
        <source>Record a meeting, call or e-mail with this stakeholder</source>
        <translation>Zapisuje spotkanie, rozmowę lub e-mail z tym interesariuszem</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
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
        <source>People ({count}):</source>
        <translation>Osoby ({count}):</translation>
    </message>
    <message>
        <source>People of this organisation</source>
        <translation>Osoby z tej organizacji</translation>
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
        <source>Follow-up overdue since {date}</source>
        <translation>Dalsze działania: po terminie od {date}</translation>
    </message>
    <message>
        <source>Follow-up: {date}</source>
        <translation>Dalsze działania: {date}</translation>
    </message>
    <message>
        <source>Mark follow-up &amp;done</source>
        <translation>Oznacz dalsze działania jako &amp;wykonane</translation>
    </message>
    <message>
        <source>The follow-up of the selected interaction was done</source>
        <translation>Dalsze działania dla zaznaczonej interakcji zostały wykonane</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>Stakeholders</source>
        <translation>Interesariusze</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>List or map</source>
        <translation>Lista lub mapa</translation>
    </message>
    <message>
        <source>Show List or &amp;Map</source>
        <translation>Pokaż listę lub &amp;mapę</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Switch between the list and the influence and interest map</source>
        <translation>Przełącza między listą a mapą wpływu i zainteresowania</translation>
    </message>
    <message>
        <source>No stakeholders yet. Import your list with File › Import Stakeholders (Ctrl+I).</source>
        <translation>Nie ma jeszcze interesariuszy. Zaimportuj listę za pomocą polecenia Plik › Importuj interesariuszy (Ctrl+I).</translation>
    </message>
    <message>
        <source>No stakeholder matches these filters.</source>
        <translation>Żaden interesariusz nie pasuje do tych filtrów.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln interesariusz</numerusform>
            <numerusform>%Ln interesariuszy</numerusform>
            <numerusform>%Ln interesariuszy</numerusform>
        </translation>
    </message>
    <message>
        <source>Stakeholder saved. The filters hide it from the list: Clear Filters shows it.</source>
        <translation>Zapisano interesariusza. Filtry ukrywają go na liście: Wyczyść filtry go pokaże.</translation>
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
    <name>StatusMessages</name>
    <message>
        <source>Messages</source>
        <translation>Komunikaty</translation>
    </message>
    <message>
        <source>The messages shown here since {app} started</source>
        <translation>Komunikaty wyświetlone tutaj od uruchomienia {app}</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <source>#</source>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>⚠ This city&apos;s data is %Ln months old: ask the city for a new bundle before relying on it.</source>
        <translation>
            <numerusform>⚠ Dane tego miasta mają %Ln miesiąc: poproś miasto o nowy pakiet, zanim na nich polegniesz.</numerusform>
            <numerusform>⚠ Dane tego miasta mają %Ln miesiące: poproś miasto o nowy pakiet, zanim na nich polegniesz.</numerusform>
            <numerusform>⚠ Dane tego miasta mają %Ln miesięcy: poproś miasto o nowy pakiet, zanim na nich polegniesz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ukryte</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Przypięte</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseTab</name>
    <message>
        <source>&amp;Work in the team&apos;s shared database</source>
        <translation>&amp;Pracuj we wspólnej bazie danych zespołu</translation>
    </message>
    <message>
        <source>Off: the register is the file in this computer&apos;s data folder</source>
        <translation>Wyłączone: rejestr to plik w folderze danych tego komputera</translation>
    </message>
    <message>
        <source>The server&apos;s name or address, from your IT staff</source>
        <translation>Nazwa lub adres serwera od działu IT</translation>
    </message>
    <message>
        <source>your computer&apos;s user name</source>
        <translation>Twoja nazwa użytkownika na tym komputerze</translation>
    </message>
    <message>
        <source>Encrypted (required)</source>
        <translation>Szyfrowane (wymagane)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Szyfrowane, z weryfikacją certyfikatu serwera</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Szyfrowane, jeśli serwer to oferuje</translation>
    </message>
    <message>
        <source>Not encrypted (this computer only)</source>
        <translation>Bez szyfrowania (tylko ten komputer)</translation>
    </message>
    <message>
        <source>Needed only when your computer&apos;s PostgreSQL password file or PGPASSWORD gives none</source>
        <translation>Potrzebne tylko wtedy, gdy plik haseł PostgreSQL na Twoim komputerze lub PGPASSWORD nie podają żadnego</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Sprawdź &amp;połączenie</translation>
    </message>
    <message>
        <source>A password in your computer&apos;s PostgreSQL password file (pgpass) or PGPASSWORD comes first; the one typed here is never written into these settings. The team database is used from the next start.</source>
        <translation>Hasło z pliku haseł PostgreSQL na Twoim komputerze (pgpass) lub z PGPASSWORD ma pierwszeństwo; wpisane tutaj nigdy nie jest zapisywane w tych ustawieniach. Baza danych zespołu jest używana od następnego uruchomienia.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Baza danych:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>S&amp;zyfrowanie:</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>H&amp;asło:</translation>
    </message>
    <message>
        <source>remembered on this computer</source>
        <translation>zapamiętane na tym komputerze</translation>
    </message>
    <message>
        <source>Type the server&apos;s name first.</source>
        <translation>Najpierw wpisz nazwę serwera.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>The database is empty: it is made ready at the next start.</source>
        <translation>Baza danych jest pusta: zostanie przygotowana przy następnym uruchomieniu.</translation>
    </message>
    <message>
        <source>Your role may read the register but not change it.</source>
        <translation>Twoja rola może czytać rejestr, ale nie może go zmieniać.</translation>
    </message>
    <message>
        <source>The register is there and your role may change it.</source>
        <translation>Rejestr jest na miejscu i Twoja rola może go zmieniać.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}. {state}</source>
        <translation>Połączono z PostgreSQL {version}. {state}</translation>
    </message>
</context>
<context>
    <name>TeamPassphraseDialog</name>
    <message>
        <source>Bundles from the team database {database} are signed with your city&apos;s one key. This is the team&apos;s first bundle: choose the passphrase that will protect the key, and give it to your colleagues; they type it when they export.</source>
        <translation>Paczki z bazy danych zespołu {database} są podpisywane jednym kluczem Twojego miasta. To pierwsza paczka zespołu: wybierz hasło, które będzie chronić klucz, i przekaż je kolegom; wpiszą je przy eksporcie.</translation>
    </message>
    <message>
        <source>Bundles from the team database {database} are signed with your city&apos;s one key, kept there protected by the team&apos;s passphrase. Type the passphrase (ask a colleague if you do not know it).</source>
        <translation>Paczki z bazy danych zespołu {database} są podpisywane jednym kluczem Twojego miasta, przechowywanym tam i chronionym hasłem zespołu. Wpisz hasło (zapytaj kolegę, jeśli go nie znasz).</translation>
    </message>
    <message>
        <source>Team Passphrase</source>
        <translation>Hasło zespołu</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło zespołu:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ponownie:</translation>
    </message>
</context>
<context>
    <name>TeamPasswordDialog</name>
    <message>
        <source>Team Database Password</source>
        <translation>Hasło do bazy danych zespołu</translation>
    </message>
    <message>
        <source>The team database {database} asks for your password.</source>
        <translation>Baza danych zespołu {database} prosi o Twoje hasło.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
</context>
<context>
    <name>TextLanguageBar</name>
    <message>
        <source>Language of the texts shown</source>
        <translation>Język wyświetlanych tekstów</translation>
    </message>
    <message>
        <source>Write the summary, contact office, notes and practices in another language: peers read the profile in their own language when it is written in it.</source>
        <translation>Napisz podsumowanie, biuro kontaktowe, notatki i praktyki w innym języku: miasta partnerskie czytają profil w swoim języku, jeśli jest w nim napisany.</translation>
    </message>
    <message>
        <source>Te&amp;xts in:</source>
        <translation>Te&amp;ksty w języku:</translation>
    </message>
    <message>
        <source>{language} — {state}</source>
        <translation>{language} — {state}</translation>
    </message>
    <message>
        <source>{language} is the language these texts were first written in. Choose another language to write them in it too.</source>
        <translation>{language} to język, w którym te teksty napisano najpierw. Wybierz inny język, aby napisać je także w nim.</translation>
    </message>
    <message>
        <source>Every text is written in {language} too.</source>
        <translation>Wszystkie teksty są napisane także w języku: {language}.</translation>
    </message>
    <message>
        <source>{missing} of {total} texts are not written in {language} yet: each empty field shows the original as a hint. Peers reading {language} see the original there.</source>
        <translation>Brakuje jeszcze {missing} z {total} tekstów w języku: {language}. Każde puste pole pokazuje oryginał jako podpowiedź. Czytający w języku: {language} zobaczą tam oryginał.</translation>
    </message>
    <message>
        <source>Nothing is written in {language} yet: each empty field shows the original as a hint. Peers reading {language} see the original.</source>
        <translation>Nic nie jest jeszcze napisane w języku: {language}. Każde puste pole pokazuje oryginał jako podpowiedź. Czytający w języku: {language} zobaczą oryginał.</translation>
    </message>
    <message>
        <source>original</source>
        <translation>oryginał</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>nienapisany</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>kompletny</translation>
    </message>
    <message>
        <source>{missing} of {total} missing</source>
        <translation>brakuje {missing} z {total}</translation>
    </message>
</context>
<context>
    <name>TopicListEditor</name>
    <message>
        <source>{list}: topics</source>
        <translation>{list}: tematy</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>{list}: topics in our own words</source>
        <translation>{list}: tematy opisane własnymi słowami</translation>
    </message>
    <message>
        <source>Topic in our own words</source>
        <translation>Temat opisany własnymi słowami</translation>
    </message>
    <message>
        <source>In our own words</source>
        <translation>Własnymi słowami</translation>
    </message>
    <message>
        <source>Type a topic or a synonym</source>
        <translation>Wpisz temat lub synonim</translation>
    </message>
    <message>
        <source>{list}: topic to add</source>
        <translation>{list}: temat do dodania</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Dodaj temat</translation>
    </message>
    <message>
        <source>{list}: add topic</source>
        <translation>{list}: dodaj temat</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>{list}: remove selected topics</source>
        <translation>{list}: usuń wybrane tematy</translation>
    </message>
    <message>
        <source>Add in our own words</source>
        <translation>Dodaj własnymi słowami</translation>
    </message>
    <message>
        <source>{list}: add a topic in our own words</source>
        <translation>{list}: dodaj temat opisany własnymi słowami</translation>
    </message>
    <message>
        <source>For a topic the shared vocabulary does not have. Peers read it, but matching uses only vocabulary topics.</source>
        <translation>Dla tematu, którego nie ma we wspólnym słowniku. Miasta partnerskie mogą go przeczytać, ale przy dopasowywaniu uwzględniane są tylko tematy ze słownika.</translation>
    </message>
    <message>
        <source>{list}: remove selected own-words topics</source>
        <translation>{list}: usuń wybrane tematy opisane własnymi słowami</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Ponów: {change}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Cofnij: {change}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
</context>
<context>
    <name>UnsavedWork</name>
    <message>
        <source>Everything is saved: RRR Desktop saves your changes as you make them.</source>
        <translation>Wszystko jest zapisane: RRR Desktop zapisuje zmiany na bieżąco.</translation>
    </message>
    <message>
        <source>Saving the profile…</source>
        <translation>Zapisywanie profilu…</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil zapisany.</translation>
    </message>
    <message>
        <source>The profile is not saved: the Profile page says why.</source>
        <translation>Profil nie został zapisany: strona Profil podaje przyczynę.</translation>
    </message>
    <message>
        <source>The profile could not be saved, nor kept for the next start: {reason}

Your text is still on the Profile page. Keep RRR Desktop open and free some disk space, or close and lose the unsaved changes.</source>
        <translation>Nie udało się zapisać profilu ani zachować go do następnego uruchomienia: {reason}

Tekst nadal znajduje się na stronie Profil. Pozostaw RRR Desktop otwarty i zwolnij trochę miejsca na dysku albo zamknij program, tracąc niezapisane zmiany.</translation>
    </message>
    <message>
        <source>{problem}

Keep RRR Desktop open, or close and lose what is not kept.</source>
        <translation>{problem}

Zostaw RRR Desktop otwarty albo zamknij go i utrać to, czego nie zachowano.</translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation>&amp;Nie zamykaj</translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation>&amp;Zamknij mimo to</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>They &amp;teach what you want</source>
        <translation>&amp;Mogą nas nauczyć tego, czego chcemy</translation>
    </message>
    <message>
        <source>You teach what they &amp;want</source>
        <translation>Możemy ich nauczyć tego, czego c&amp;hcą</translation>
    </message>
    <message>
        <source>Two-way e&amp;xchange</source>
        <translation>Wymiana w o&amp;bie strony</translation>
    </message>
    <message>
        <source>&amp;Maturity gap</source>
        <translation>Różnica po&amp;ziomów dojrzałości</translation>
    </message>
    <message>
        <source>Re&amp;lated topics</source>
        <translation>Temat&amp;y pokrewne</translation>
    </message>
    <message>
        <source>&amp;Shared challenges</source>
        <translation>Wspó&amp;lne wyzwania</translation>
    </message>
    <message>
        <source>&amp;Own-words matches</source>
        <translation>Zbieżne &amp;opisy własnymi słowami</translation>
    </message>
    <message>
        <source>Points per topic you want to learn that they offer.</source>
        <translation>Punkty za każdy oferowany przez nich temat, którego chcemy się nauczyć.</translation>
    </message>
    <message>
        <source>Points per topic they want to learn that you offer.</source>
        <translation>Punkty za każdy oferowany przez nas temat, którego chcą się nauczyć.</translation>
    </message>
    <message>
        <source>Points once, when the exchange goes both ways.</source>
        <translation>Punkty przyznawane jednorazowo, gdy wymiana działa w obie strony.</translation>
    </message>
    <message>
        <source>Times the teacher&apos;s lead in self-assessed maturity, out of 10.</source>
        <translation>Mnożnik przewagi miasta uczącego w samoocenie dojrzałości (przewaga w punktach podzielona przez 10).</translation>
    </message>
    <message>
        <source>Share of a direct match for a related topic (0.25 = a quarter).</source>
        <translation>Część punktów za bezpośrednie dopasowanie, przyznawana za temat pokrewny (0,25 = jedna czwarta).</translation>
    </message>
    <message>
        <source>Points per challenge or wish you both have.</source>
        <translation>Punkty za każde wspólne wyzwanie lub wspólny temat do nauki.</translation>
    </message>
    <message>
        <source>Share of a direct match for topics in own words that match.</source>
        <translation>Część punktów za bezpośrednie dopasowanie, przyznawana za zbieżne tematy opisane własnymi słowami.</translation>
    </message>
    <message>
        <source>Weights: how much each reason counts</source>
        <translation>Wagi: jak bardzo liczy się każdy powód</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>Przywróć wartości &amp;domyślne</translation>
    </message>
    <message>
        <source>Reset the weights to their defaults</source>
        <translation>Przywróć domyślne wartości wag</translation>
    </message>
    <message>
        <source>{description} Default: {default}.</source>
        <translation>{description} Wartość domyślna: {default}.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>The messages of the status bar since the window opened, whole</source>
        <translation>Komunikaty paska stanu od otwarcia okna, w całości</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>P&amp;rzejdź</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save what you are editing now (changes are also saved as you go)</source>
        <translation>Zapisz teraz to, co edytujesz (zmiany zapisują się też na bieżąco)</translation>
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
        <source>Save the register, as filtered, to a spreadsheet</source>
        <translation>Zapisuje rejestr, tak jak jest przefiltrowany, do arkusza kalkulacyjnego</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Undo Last Import…</source>
        <translation>&amp;Cofnij ostatni import…</translation>
    </message>
    <message>
        <source>Take back the stakeholders the last import added or changed</source>
        <translation>Cofa interesariuszy dodanych lub zmienionych przez ostatni import</translation>
    </message>
    <message>
        <source>&amp;Print Brief…</source>
        <translation>&amp;Drukuj notatkę…</translation>
    </message>
    <message>
        <source>Print the brief shown on the Briefs page</source>
        <translation>Drukuje notatkę wyświetloną na stronie Notatki informacyjne</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Otwórz &amp;folder danych</translation>
    </message>
    <message>
        <source>Show the folder where RRR Desktop keeps your data</source>
        <translation>Pokazuje folder, w którym RRR Desktop przechowuje Twoje dane</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Zamknij okno</translation>
    </message>
    <message>
        <source>Close the window and quit</source>
        <translation>Zamyka okno i kończy pracę</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Quit RRR Desktop</source>
        <translation>Kończy pracę RRR Desktop</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencje…</translation>
    </message>
    <message>
        <source>Language, paper size, export folder, peer data age</source>
        <translation>Język, rozmiar papieru, folder eksportu, wiek danych miast partnerskich</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Stakeholders</source>
        <translation>&amp;Interesariusze</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Recent Messages…</source>
        <translation>&amp;Ostatnie komunikaty…</translation>
    </message>
    <message>
        <source>Add organisations from a spreadsheet ({formats})</source>
        <translation>Dodaje organizacje z arkusza kalkulacyjnego ({formats})</translation>
    </message>
    <message>
        <source>Stakeholder &amp;Columns</source>
        <translation>&amp;Kolumny listy interesariuszy</translation>
    </message>
    <message>
        <source>Show the page {page}</source>
        <translation>Pokazuje stronę {page}</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Wyszukaj</translation>
    </message>
    <message>
        <source>Put the cursor in this page&apos;s search box</source>
        <translation>Umieszcza kursor w polu wyszukiwania tej strony</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Podręcznik użytkownika</translation>
    </message>
    <message>
        <source>How to do each task, for the page you are on</source>
        <translation>Jak wykonać każde zadanie, dla strony, na której jesteś</translation>
    </message>
    <message>
        <source>Keyboard S&amp;hortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>The keys of every menu command</source>
        <translation>Klawisze każdego polecenia menu</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>Wczytaj przy&amp;kładowe dane</translation>
    </message>
    <message>
        <source>Add made-up stakeholders to try RRR Desktop</source>
        <translation>Dodaje zmyślonych interesariuszy, aby wypróbować RRR Desktop</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Otwórz folder &amp;dzienników</translation>
    </message>
    <message>
        <source>Show the log files to send to support</source>
        <translation>Pokazuje pliki dziennika do wysłania do pomocy technicznej</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;O aplikacji {app}</translation>
    </message>
    <message>
        <source>Version, data folder and licence</source>
        <translation>Wersja, folder danych i licencja</translation>
    </message>
</context>
<context>
    <name>WorkingGroupsPage</name>
    <message>
        <source>Working groups</source>
        <translation>Grupy robocze</translation>
    </message>
    <message>
        <source>Find a group, city or stage</source>
        <translation>Szukaj grupy, miasta lub etapu</translation>
    </message>
    <message>
        <source>Find working groups</source>
        <translation>Szukaj grup roboczych</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Nowa grupa…</translation>
    </message>
    <message>
        <source>Start a working group of our city and peer cities</source>
        <translation>Utwórz grupę roboczą naszego miasta i miast partnerskich</translation>
    </message>
    <message>
        <source>New Working Group</source>
        <translation>Nowa grupa robocza</translation>
    </message>
    <message>
        <source>Edit Working Group</source>
        <translation>Edytuj grupę roboczą</translation>
    </message>
    <message>
        <source>Delete Working Group</source>
        <translation>Usuń grupę roboczą</translation>
    </message>
    <message>
        <source>Delete the working group “{name}” with its meetings, actions and notes? The cities stay. Edit › Undo brings the group back.</source>
        <translation>Usunąć grupę roboczą „{name}” wraz z jej spotkaniami, działaniami i notatkami? Miasta pozostają. Edycja › Cofnij przywraca grupę.</translation>
    </message>
    <message>
        <source>&amp;Delete Group</source>
        <translation>&amp;Usuń grupę</translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation>Edytuj spotkanie</translation>
    </message>
    <message>
        <source>Plan Meeting</source>
        <translation>Zaplanuj spotkanie</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>Edytuj działanie</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Dodaj działanie</translation>
    </message>
    <message>
        <source>Our Note on the Group</source>
        <translation>Nasza notatka o grupie</translation>
    </message>
    <message>
        <source>What our city wants the other members to know:</source>
        <translation>Co nasze miasto chce przekazać pozostałym członkom:</translation>
    </message>
    <message>
        <source>Edit Our Note</source>
        <translation>Edytuj naszą notatkę</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Bez zmian</translation>
    </message>
</context>
<context>
    <name>_ContentPage</name>
    <message>
        <source>What to Share</source>
        <translation>Co udostępnić</translation>
    </message>
    <message>
        <source>Choose what goes into the bundle. Interactions with stakeholders are never shared.</source>
        <translation>Wybierz, co ma trafić do pakietu. Interakcje z interesariuszami nigdy nie są udostępniane.</translation>
    </message>
    <message>
        <source>Our city&apos;s &amp;profile (summary, languages, topics)</source>
        <translation>&amp;Profil naszego miasta (podsumowanie, języki, tematy)</translation>
    </message>
    <message>
        <source>Our p&amp;ractices</source>
        <translation>Nasze p&amp;raktyki</translation>
    </message>
    <message>
        <source>Our &amp;self-assessment</source>
        <translation>Nasza &amp;samoocena</translation>
    </message>
    <message>
        <source>Stakeholders marked &amp;shareable</source>
        <translation>Interesariusze oznaczeni jako do &amp;udostępnienia</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln praktyka</numerusform>
            <numerusform>%Ln praktyki</numerusform>
            <numerusform>%Ln praktyk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-assessed topics</source>
        <translation>
            <numerusform>%Ln temat z samooceną</numerusform>
            <numerusform>%Ln tematy z samooceną</numerusform>
            <numerusform>%Ln tematów z samooceną</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln interesariusz</numerusform>
            <numerusform>%Ln interesariuszy</numerusform>
            <numerusform>%Ln interesariuszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawn records</source>
        <translation>
            <numerusform>%Ln wycofany rekord</numerusform>
            <numerusform>%Ln wycofane rekordy</numerusform>
            <numerusform>%Ln wycofanych rekordów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln working group entries (groups, meetings, actions, notes)</source>
        <translation>
            <numerusform>%Ln wpis grup roboczych (grupa, spotkanie, działanie lub notatka)</numerusform>
            <numerusform>%Ln wpisy grup roboczych (grupy, spotkania, działania, notatki)</numerusform>
            <numerusform>%Ln wpisów grup roboczych (grupy, spotkania, działania, notatki)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders have an email address or phone number in their description.</source>
        <translation>
            <numerusform>%Ln interesariusz ma w opisie adres e-mail lub numer telefonu.</numerusform>
            <numerusform>%Ln interesariuszy ma w opisie adres e-mail lub numer telefonu.</numerusform>
            <numerusform>%Ln interesariuszy ma w opisie adres e-mail lub numer telefonu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Bundle Written</source>
        <translation>Zapisano pakiet</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Pokaż w &amp;folderze</translation>
    </message>
    <message>
        <source>&amp;Email It</source>
        <translation>Wyślij &amp;e-mailem</translation>
    </message>
    <message>
        <source>Writing the Bundle</source>
        <translation>Zapisywanie pakietu</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Zapisywanie pakietu…</translation>
    </message>
    <message>
        <source>Bundle Not Written</source>
        <translation>Pakiet nie został zapisany</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <source>Where to Save</source>
        <translation>Miejsce zapisu</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>P&amp;lik:</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Plik pakietu</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>Save Bundle</source>
        <translation>Zapisz pakiet</translation>
    </message>
    <message>
        <source>RRR bundles (*.rrrbundle)</source>
        <translation>Pakiety RRR (*.rrrbundle)</translation>
    </message>
</context>
<context>
    <name>_GroupCounts</name>
    <message numerus="yes">
        <source>%Ln working groups, with their meetings and actions</source>
        <translation>
            <numerusform>%Ln grupa robocza wraz ze spotkaniami i działaniami</numerusform>
            <numerusform>%Ln grupy robocze wraz ze spotkaniami i działaniami</numerusform>
            <numerusform>%Ln grup roboczych wraz ze spotkaniami i działaniami</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_MapCounts</name>
    <message numerus="yes">
        <source>%Ln not placed: influence or interest not set</source>
        <translation>
            <numerusform>%Ln nieumieszczony: brak wpływu lub zainteresowania</numerusform>
            <numerusform>%Ln nieumieszczonych: brak wpływu lub zainteresowania</numerusform>
            <numerusform>%Ln nieumieszczonych: brak wpływu lub zainteresowania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{placed} of %Ln stakeholders placed · {day}</source>
        <translation>
            <numerusform>Umieszczono {placed} z %Ln interesariusza · {day}</numerusform>
            <numerusform>Umieszczono {placed} z %Ln interesariuszy · {day}</numerusform>
            <numerusform>Umieszczono {placed} z %Ln interesariuszy · {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_PeerCount</name>
    <message numerus="yes">
        <source>%Ln peer cities, best first</source>
        <translation>
            <numerusform>%Ln miasto partnerskie</numerusform>
            <numerusform>%Ln miasta partnerskie, najlepsze najpierw</numerusform>
            <numerusform>%Ln miast partnerskich, najlepsze najpierw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln peer cities, none with anything in common with yours yet</source>
        <translation>
            <numerusform>%Ln miasto partnerskie, jeszcze nic wspólnego z Twoim</numerusform>
            <numerusform>%Ln miasta partnerskie, żadne jeszcze nie ma nic wspólnego z Twoim</numerusform>
            <numerusform>%Ln miast partnerskich, żadne jeszcze nie ma nic wspólnego z Twoim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln peer cities:</source>
        <translation>
            <numerusform>%Ln miasto partnerskie:</numerusform>
            <numerusform>%Ln miasta partnerskie:</numerusform>
            <numerusform>%Ln miast partnerskich:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with something in common, best first,</source>
        <translation>
            <numerusform>%Ln z czymś wspólnym,</numerusform>
            <numerusform>%Ln z czymś wspólnym, najlepsze najpierw,</numerusform>
            <numerusform>%Ln z czymś wspólnym, najlepsze najpierw,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>then %Ln with nothing in common yet.</source>
        <translation>
            <numerusform>potem %Ln jeszcze bez niczego wspólnego.</numerusform>
            <numerusform>potem %Ln jeszcze bez niczego wspólnego.</numerusform>
            <numerusform>potem %Ln jeszcze bez niczego wspólnego.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Dołącz dane osobowe</translation>
    </message>
    <message>
        <source>Send the emails and phone numbers written in our profile, practices and working groups</source>
        <translation>Wyślij adresy e-mail i numery telefonów wpisane w naszym profilu, praktykach i grupach roboczych</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln praktyka</numerusform>
            <numerusform>%Ln praktyki</numerusform>
            <numerusform>%Ln praktyk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-assessed topics</source>
        <translation>
            <numerusform>%Ln temat z samooceną</numerusform>
            <numerusform>%Ln tematy z samooceną</numerusform>
            <numerusform>%Ln tematów z samooceną</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln interesariusz</numerusform>
            <numerusform>%Ln interesariuszy</numerusform>
            <numerusform>%Ln interesariuszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawals of records shared before</source>
        <translation>
            <numerusform>%Ln wycofanie wcześniej udostępnionego rekordu</numerusform>
            <numerusform>%Ln wycofania wcześniej udostępnionych rekordów</numerusform>
            <numerusform>%Ln wycofań wcześniej udostępnionych rekordów</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle will hold: {contents}.</source>
        <translation>Pakiet będzie zawierał: {contents}.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Include contact person, email and phone of the %Ln stakeholders whose consent is recorded</source>
        <translation>
            <numerusform>&amp;Dołącz osobę kontaktową, e-mail i telefon %Ln interesariusza z zapisaną zgodą</numerusform>
            <numerusform>&amp;Dołącz osobę kontaktową, e-mail i telefon %Ln interesariuszy z zapisaną zgodą</numerusform>
            <numerusform>&amp;Dołącz osobę kontaktową, e-mail i telefon %Ln interesariuszy z zapisaną zgodą</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shared stakeholders have personal data; it is left out unless you tick the box, and it is never sent without recorded consent.</source>
        <translation>
            <numerusform>%Ln udostępniany interesariusz ma dane osobowe; są pomijane, chyba że zaznaczysz pole, i nigdy nie są wysyłane bez zapisanej zgody.</numerusform>
            <numerusform>%Ln udostępnianych interesariuszy ma dane osobowe; są pomijane, chyba że zaznaczysz pole, i nigdy nie są wysyłane bez zapisanej zgody.</numerusform>
            <numerusform>%Ln udostępnianych interesariuszy ma dane osobowe; są pomijane, chyba że zaznaczysz pole, i nigdy nie są wysyłane bez zapisanej zgody.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them have an email address or phone number written in their description: those are left out of the description the same way.</source>
        <translation>
            <numerusform>%Ln z nich ma w opisie adres e-mail lub numer telefonu: jest on w ten sam sposób pomijany w opisie.</numerusform>
            <numerusform>%Ln z nich ma w opisie adres e-mail lub numer telefonu: są one w ten sam sposób pomijane w opisie.</numerusform>
            <numerusform>%Ln z nich ma w opisie adres e-mail lub numer telefonu: są one w ten sam sposób pomijane w opisie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the emails and phone numbers written in %Ln texts of our profile, practices and working groups (left out otherwise, shown as [✉] and [☎])</source>
        <translation>
            <numerusform>Wyślij adresy e-mail i numery telefonów wpisane w %Ln tekście naszego profilu, praktyk i grup roboczych (inaczej pominięte, widoczne jako [✉] i [☎])</numerusform>
            <numerusform>Wyślij adresy e-mail i numery telefonów wpisane w %Ln tekstach naszego profilu, praktyk i grup roboczych (inaczej pominięte, widoczne jako [✉] i [☎])</numerusform>
            <numerusform>Wyślij adresy e-mail i numery telefonów wpisane w %Ln tekstach naszego profilu, praktyk i grup roboczych (inaczej pominięte, widoczne jako [✉] i [☎])</numerusform>
        </translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>bez profilu</translation>
    </message>
</context>
<context>
    <name>briefs</name>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Kontekst</translation>
    </message>
    <message>
        <source>Profile in short</source>
        <translation>Profil w skrócie</translation>
    </message>
    <message>
        <source>What we offer and want to learn</source>
        <translation>Co oferujemy i czego chcemy się nauczyć</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>Obecna sytuacja</translation>
    </message>
    <message>
        <source>Stakeholders by kind and stage</source>
        <translation>Interesariusze według rodzaju i etapu</translation>
    </message>
    <message>
        <source>Influence and interest map</source>
        <translation>Mapa wpływu i zainteresowania</translation>
    </message>
    <message>
        <source>Key stakeholders</source>
        <translation>Kluczowi interesariusze</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Zaległe dalsze działania</translation>
    </message>
    <message>
        <source>Suggested peer cities</source>
        <translation>Proponowane miasta partnerskie</translation>
    </message>
    <message>
        <source>Our working groups</source>
        <translation>Nasze grupy robocze</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Wymiany</translation>
    </message>
    <message>
        <source>Considerations</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Warianty</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendacja</translation>
    </message>
    <message>
        <source>What we can learn from them</source>
        <translation>Czego możemy się od nich nauczyć</translation>
    </message>
    <message>
        <source>What we can offer them</source>
        <translation>Co możemy im zaoferować</translation>
    </message>
    <message>
        <source>Their practices</source>
        <translation>Ich praktyki</translation>
    </message>
    <message>
        <source>Shared stakeholders</source>
        <translation>Udostępnieni interesariusze</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Otwarte pytania</translation>
    </message>
    <message>
        <source>Purpose and stage</source>
        <translation>Cel i etap</translation>
    </message>
    <message>
        <source>Members and what each brings</source>
        <translation>Członkowie i wkład każdego z nich</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Porządek obrad</translation>
    </message>
    <message>
        <source>Decisions so far</source>
        <translation>Dotychczasowe decyzje</translation>
    </message>
    <message>
        <source>Open actions by city</source>
        <translation>Otwarte działania według miast</translation>
    </message>
    <message>
        <source>Changes since the last meeting</source>
        <translation>Zmiany od ostatniego spotkania</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>UUID (from this app&apos;s export)</source>
        <translation>UUID (z eksportu tej aplikacji)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sektory</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Region (not kept)</source>
        <translation>Region (nie jest zapisywany)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Osoba kontaktowa</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Szerokość geograficzna</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Długość geograficzna</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Etap współpracy</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Opiekun relacji</translation>
    </message>
    <message>
        <source>Influence (1-5)</source>
        <translation>Wpływ (1-5)</translation>
    </message>
    <message>
        <source>Interest (1-5)</source>
        <translation>Zainteresowanie (1-5)</translation>
    </message>
    <message>
        <source>Trust (1-5)</source>
        <translation>Zaufanie (1-5)</translation>
    </message>
    <message>
        <source>Shareable with peers</source>
        <translation>Do udostępnienia miastom partnerskim</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>W archiwum</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Osoba lub organizacja</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Organisation of the person</source>
        <translation>Organizacja tej osoby</translation>
    </message>
    <message>
        <source>Consent to be contacted (yes/no)</source>
        <translation>Zgoda na kontakt (tak/nie)</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data zgody</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Źródło zgody</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodanie</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualizacja</translation>
    </message>
    <message>
        <source>Fill empty fields</source>
        <translation>Uzupełnienie pustych pól</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pominięcie</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Not imported: {reason}.</source>
        <translation>Nie zaimportowano: {reason}.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Last changed by {name} at {time}</source>
        <translation>Ostatnia zmiana: {name}, o {time}</translation>
    </message>
    <message>
        <source>Last changed by {name} on {date} at {time}</source>
        <translation>Ostatnia zmiana: {name}, {date} o {time}</translation>
    </message>
    <message>
        <source>Last changed at {time}</source>
        <translation>Ostatnia zmiana o {time}</translation>
    </message>
    <message>
        <source>Last changed on {date} at {time}</source>
        <translation>Ostatnia zmiana {date} o {time}</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>ten sam adres e-mail</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>ta sama strona internetowa</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>ta sama nazwa</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>podobna nazwa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Opiekun relacji</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Etap współpracy</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Wpływ</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zainteresowanie</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Zaufanie</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Następny kontakt</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Termin przeglądu</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Do udostępnienia</translation>
    </message>
    <message>
        <source>ID in other systems</source>
        <translation>Identyfikator w innych systemach</translation>
    </message>
    <message>
        <source>Personal data (contact, email, phone, consent)</source>
        <translation>Dane osobowe (osoba kontaktowa, e-mail, telefon, zgoda)</translation>
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
