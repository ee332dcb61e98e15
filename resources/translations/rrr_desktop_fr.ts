<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>Logo de {app}</translation>
    </message>
    <message>
        <source>Keeps your city&apos;s social and solidarity economy profile and shows what the peer cities of the RRR network offer and want to learn. Works offline; your data stays on this computer.</source>
        <translation>Conserve le profil d’économie sociale et solidaire de votre ville et montre ce que les villes pairs du réseau RRR proposent et souhaitent apprendre. Fonctionne hors ligne&#x202f;; vos données restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>{licence} licence. Free to use, share and change.</source>
        <translation>Licence {licence}. Libre d’utilisation, de partage et de modification.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données&#xa0;:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>Fichiers journaux&#xa0;:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Réalisé avec&#xa0;:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <source>Another topic to assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maturity (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add topics to the lists above, or choose a topic below, to assess how mature your city is on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maturity on {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date {topic} was assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Change 1 stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {count} stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. housing, youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable with peer cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shareable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;stage to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;owner to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set s&amp;haring to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each change to make; everything else stays as it is. Separate tags with commas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditing</name>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the stage, tags, owner or sharing of the selected stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing {count} stakeholders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{changed} stakeholders changed, {unchanged} already as asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CityProfileView</name>
    <message>
        <source>City profile</source>
        <translation>Profil de la ville</translation>
    </message>
    <message>
        <source>Select a city to see its profile.</source>
        <translation>Sélectionnez une ville pour voir son profil.</translation>
    </message>
    <message>
        <source>Contact office: {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we offer</source>
        <translation>Ce que nous proposons</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>Ce qu’elle propose</translation>
    </message>
    <message>
        <source>What we want to learn</source>
        <translation>Ce que nous souhaitons apprendre</translation>
    </message>
    <message>
        <source>What they want to learn</source>
        <translation>Ce qu’elle souhaite apprendre</translation>
    </message>
    <message>
        <source>Shared challenges</source>
        <translation>Défis communs</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucun élément enregistré.</translation>
    </message>
    <message>
        <source>{topic} (own words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Described in the city&apos;s own words: not a topic of the shared vocabulary, so matching does not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>depuis {year}</translation>
    </message>
    <message>
        <source>Topics: {topics}</source>
        <translation>Thèmes&#xa0;: {topics}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Source: {source}, as of {date}</source>
        <translation>Source&#xa0;: {source}, à jour au {date}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Something went wrong: {what}

Your saved data is safe. The details were written to the log file:
{log}

You can go on working. If this happens again, send the log file to your IT support.</source>
        <translation>Un problème est survenu&#xa0;: {what}

Vos données enregistrées sont en sécurité. Les détails ont été écrits dans le fichier journal&#xa0;:
{log}

Vous pouvez continuer à travailler. Si le problème se reproduit, envoyez le fichier journal à votre service informatique.</translation>
    </message>
    <message>
        <source>{count} more errors happened since.</source>
        <translation>{count} autres erreurs sont survenues depuis.</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may already be in the register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({reasons})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished">archivé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <source>&amp;Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact and personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;llaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Quartier</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Pays</translation>
    </message>
    <message>
        <source>Name or two-letter code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Localit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sectors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsent given to keep and share these details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. signed form, email of 3 May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data: these details stay on this computer. They go into bundles, exports or briefs only when you include them and consent is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship &amp;owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Influence (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;terest (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rust (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Étiquettes</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export stakeholders</source>
        <translation type="unfinished">Exporter des acteurs</translation>
    </message>
    <message>
        <source>{rows} stakeholders in the current view will be exported. {personal} of them have a contact person, email or phone; {consented} of those have recorded consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include contact persons, emails and phones (only for records with recorded consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to RRR Desktop</source>
        <translation>Bienvenue dans RRR Desktop</translation>
    </message>
    <message>
        <source>Which city do you work for? It becomes our city: the profile and data you keep here are about it. Every other city is a peer city you can learn from and share with.</source>
        <translation>Pour quelle ville travaillez-vous&#x202f;? Elle deviendra notre ville&#xa0;: le profil et les données que vous conservez ici la concernent. Toutes les autres villes sont des villes pairs avec lesquelles apprendre et partager.</translation>
    </message>
    <message>
        <source>One of the RRR peer cities</source>
        <translation>L’une des villes pairs du réseau RRR</translation>
    </message>
    <message>
        <source>RRR peer cities</source>
        <translation>Villes pairs du réseau RRR</translation>
    </message>
    <message>
        <source>Another city</source>
        <translation>Une autre ville</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>Nom de la ville</translation>
    </message>
    <message>
        <source>e.g. Łódź</source>
        <translation>p. ex. Łódź</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Main language</source>
        <translation>Langue principale</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Main &amp;language:</source>
        <translation>&amp;Langue principale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Pick your city in the list, or choose “Another city”.</source>
        <translation>Sélectionnez votre ville dans la liste ou choisissez «&#xa0;Une autre ville&#xa0;».</translation>
    </message>
    <message>
        <source>Type the name of your city.</source>
        <translation>Saisissez le nom de votre ville.</translation>
    </message>
    <message>
        <source>Choose your city&apos;s country from the list.</source>
        <translation>Choisissez dans la liste le pays de votre ville.</translation>
    </message>
    <message>
        <source>Choose your city&apos;s main language from the list.</source>
        <translation>Choisissez dans la liste la langue principale de votre ville.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import stakeholders from {file}</source>
        <translation>Importer des acteurs depuis {file}</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Lignes posant problème</translation>
    </message>
    <message>
        <source>What to do with stakeholders already there</source>
        <translation>Que faire des acteurs déjà présents</translation>
    </message>
    <message>
        <source>Add new ones only</source>
        <translation>Ajouter seulement les nouveaux</translation>
    </message>
    <message>
        <source>Update the ones already there</source>
        <translation>Mettre à jour ceux déjà présents</translation>
    </message>
    <message>
        <source>Only fill their empty fields</source>
        <translation>Compléter seulement leurs champs vides</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Mark the new ones as &amp;shareable with peer cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they would be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Failed Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders &amp;already there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is chosen for several columns: keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>{file}: {rows} rows ({encoding})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {skipped} skipped, {failed} not imported because of a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows to fix are saved in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished">Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {skip} already there or repeated (skipped), {fail} with problems.</source>
        <translation>{add} à ajouter, {update} à mettre à jour, {skip} déjà présents ou en double (ignorés), {fail} posant problème.</translation>
    </message>
    <message>
        <source>Row {number}: {problem}</source>
        <translation>Ligne {number}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>… and {count} more rows with problems.</source>
        <translation>… et {count} autres lignes posant problème.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of {file} made on {when}? The {added} stakeholders it added are deleted, with anything recorded on them since, and the {updated} it updated get their previous values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of {file} was undone: {added} stakeholders deleted, {updated} given their previous values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo the import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Edit interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChecklist</name>
    <message>
        <source>Find a language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadingView</name>
    <message>
        <source>Opening your data…</source>
        <translation>Ouverture de vos données…</translation>
    </message>
    <message>
        <source>Opening your data</source>
        <translation>Ouverture de vos données</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Ouverture de vos données…</translation>
    </message>
    <message>
        <source>Our city: {name}</source>
        <translation>Notre ville&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import Stakeholders…</source>
        <translation>&amp;Importer des acteurs…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Stakeholders…</source>
        <translation>E&amp;xporter des acteurs…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Undo Last Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Ouvrir le dossier de &amp;données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>Charger des données d’&amp;exemple</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>À &amp;propos de {app}</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder &amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished: {added} added, {updated} updated, {skipped} skipped, {failed} with problems.</source>
        <translation>Importation terminée&#xa0;: {added} ajoutés, {updated} mis à jour, {skipped} ignorés, {failed} posant problème.</translation>
    </message>
    <message>
        <source>Rows to fix: {file}</source>
        <translation>Lignes à corriger&#xa0;: {file}</translation>
    </message>
    <message>
        <source>The profile could not be saved, nor kept for the next start: {reason}

Your text is still on the Profile page. Keep RRR Desktop open and free some disk space, or close and lose the unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data loaded: {count} stakeholders, each tagged “sample”.</source>
        <translation>Données d’exemple chargées&#xa0;: {count} acteurs, tous avec l’étiquette «&#xa0;sample&#xa0;».</translation>
    </message>
    <message>
        <source>The file {file} could not be written: {reason}. Nothing was changed; choose another folder or name.</source>
        <translation>Le fichier {file} n’a pas pu être écrit&#xa0;: {reason}. Rien n’a été modifié&#x202f;; choisissez un autre dossier ou un autre nom.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Stakeholder map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{placed} stakeholders placed by influence and interest; {unplaced} not placed. The list shows the same stakeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{stage} · {kind}
Influence {influence}, interest {interest}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Which column feeds which field</source>
        <translation type="unfinished">Quelle colonne alimente chaque champ</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is chosen for several columns: keep one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaturityCombo</name>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which value to keep for each field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the merge will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than two of these stakeholders still exist: nothing to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">non</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{master} is kept (same ID, so peer cities still recognise it). {count} other records are merged into it and then deleted; their {interactions} interactions move to it; tags, sectors and topics are combined; their people are linked to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the others: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTable</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Souhaite apprendre</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>Search cities, countries or topics (Ctrl+F)</source>
        <translation>Rechercher des villes, des pays ou des thèmes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search peer cities</source>
        <translation>Rechercher des villes pairs</translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation>Villes pairs</translation>
    </message>
    <message>
        <source>No peer cities yet.</source>
        <translation>Aucune ville pair pour l’instant.</translation>
    </message>
    <message>
        <source>No peer city matches “{search}”.</source>
        <translation>Aucune ville pair ne correspond à «&#xa0;{search}&#xa0;».</translation>
    </message>
    <message>
        <source>{count} peer cities</source>
        <translation>{count} villes pairs</translation>
    </message>
    <message>
        <source>{shown} of {total} peer cities</source>
        <translation>{shown} villes pairs sur {total}</translation>
    </message>
</context>
<context>
    <name>PracticesEditor</name>
    <message>
        <source>Practices</source>
        <translation type="unfinished">Pratiques</translation>
    </message>
    <message>
        <source>Add practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practices yet. Add the programmes and mechanisms your city runs, so peers can learn from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Neighbourhood hubs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished">Étape</translation>
    </message>
    <message>
        <source>Year started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled practice)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileAutosave</name>
    <message>
        <source>An unexpected error happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Our city&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of our social economy ecosystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes up the local social and solidarity economy, what the city does for it, what works and what is hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office, address, shared email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we offer</source>
        <translation type="unfinished">Ce que nous proposons</translation>
    </message>
    <message>
        <source>What we want to learn</source>
        <translation type="unfinished">Ce que nous souhaitons apprendre</translation>
    </message>
    <message>
        <source>Shared challenges</source>
        <translation type="unfinished">Défis communs</translation>
    </message>
    <message>
        <source>About our ecosystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics where we have experience to share with peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics where we look for a peer city to learn from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems we face and would tackle with others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices</source>
        <translation type="unfinished">Pratiques</translation>
    </message>
    <message>
        <source>Programmes and mechanisms: awards, hubs, financial mechanisms, bonds, communication strategies, digital programmes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How mature is our city on each topic, from 0 (nothing yet) to 10 (a reference for others)? “Not assessed” is not 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile of {city}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own-words topic {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice {number} (untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try saving the profile again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Restored changes that were not saved when RRR Desktop last closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: fix what is marked below; it is saved as soon as it is fixed. Your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason} Your text is kept; RRR Desktop will try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreCombo</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderActions</name>
    <message>
        <source>New &amp;Organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} stakeholders merged into one; {moved} interactions moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} stakeholders archived. Show them with “Show archived”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} stakeholders restored from the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} stakeholders deleted. Undo with {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished">Acteurs</translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>Edit stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hareable: may go into exchange bundles for peer cities (personal data only if you include it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed this stakeholder. Discard the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderExport</name>
    <message>
        <source>Export stakeholders</source>
        <translation type="unfinished">Exporter des acteurs</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished">Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished">Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written ({problem}): choose another folder or close the file if a spreadsheet has it open, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} stakeholders exported to {file}.</source>
        <translation type="unfinished">{count} acteurs exportés vers {file}.</translation>
    </message>
    <message>
        <source>Personal data included for {included}; left out for {withheld} without recorded consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderFilterBar</name>
    <message>
        <source>Search names, descriptions, tags (Ctrl+F)</source>
        <translation type="unfinished">Rechercher des noms, descriptions, étiquettes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search stakeholders</source>
        <translation type="unfinished">Rechercher des acteurs</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished">Tous les types</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished">Étape</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished">Toutes les étapes</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Quartier</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Responsable</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished">Afficher les ar&amp;chivés</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderImport</name>
    <message>
        <source>Import stakeholders</source>
        <translation>Importer des acteurs</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Impossible d’importer ce fichier</translation>
    </message>
</context>
<context>
    <name>StakeholderMapView</name>
    <message>
        <source>&amp;Copy Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the map to paste it into a slide or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be saved to {file}: {reason}. Choose another folder or name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(en retard)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderView</name>
    <message>
        <source>Stakeholder details</source>
        <translation>Détails de l’acteur</translation>
    </message>
    <message>
        <source>Select a stakeholder to see the details.</source>
        <translation>Sélectionnez un acteur pour voir les détails.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Étape&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>Secteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Thèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Quartier&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Site web&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Influence / interest / trust:</source>
        <translation>Influence / intérêt / confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Next contact:</source>
        <translation>Prochain contact&#xa0;:</translation>
    </message>
    <message>
        <source>Review due:</source>
        <translation>Révision prévue&#xa0;:</translation>
    </message>
    <message>
        <source>Shareable with peers:</source>
        <translation>Partageable avec les villes pairs&#xa0;:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Consent recorded on {date} ({source}).</source>
        <translation>Consentement enregistré le {date} ({source}).</translation>
    </message>
    <message>
        <source>No consent recorded: this stays on this computer.</source>
        <translation>Aucun consentement enregistré&#xa0;: ces données restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>No interactions recorded.</source>
        <translation>Aucun échange enregistré.</translation>
    </message>
    <message>
        <source>Follow-up overdue since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: {date}</source>
        <translation>Relance&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Mark follow-up &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>Stakeholders</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List or map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show List or &amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stakeholders yet. Import your list with File › Import Stakeholders….</source>
        <translation>Aucun acteur pour l’instant. Importez votre liste avec Fichier › Importer des acteurs….</translation>
    </message>
    <message>
        <source>No stakeholder matches these filters.</source>
        <translation>Aucun acteur ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>{count} stakeholders</source>
        <translation>{count} acteurs</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Your data was updated for this version of RRR Desktop. A copy of it as it was is kept in {folder}.</source>
        <translation>Vos données ont été mises à jour pour cette version de RRR Desktop. Une copie de leur état précédent est conservée dans {folder}.</translation>
    </message>
    <message>
        <source>City not saved</source>
        <translation>Ville non enregistrée</translation>
    </message>
    <message>
        <source>RRR Desktop could not open your data: {problem}

Details are in {log}.</source>
        <translation>RRR Desktop n’a pas pu ouvrir vos données&#xa0;: {problem}

Les détails se trouvent dans {log}.</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>Impossible d’ouvrir vos données</translation>
    </message>
</context>
<context>
    <name>TopicListEditor</name>
    <message>
        <source>{list}: topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list}: topics in our own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic in our own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In our own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a topic or a synonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list}: topic to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list}: add topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list}: remove selected topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add in our own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list}: add a topic in our own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a topic the shared vocabulary does not have. Peers read it, but matching uses only vocabulary topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list}: remove selected own-words topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Delete {count} stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region (not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Pays</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Quartier</translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Étiquettes</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill empty fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Award</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>Financial mechanism</source>
        <translation>Mécanisme financier</translation>
    </message>
    <message>
        <source>Impact bond</source>
        <translation>Obligation à impact social</translation>
    </message>
    <message>
        <source>Communication strategy</source>
        <translation>Stratégie de communication</translation>
    </message>
    <message>
        <source>Digital programme</source>
        <translation>Programme numérique</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Projet pilote</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Évaluée</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Entreprise sociale</translation>
    </message>
    <message>
        <source>Co-operative</source>
        <translation>Coopérative</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Mutuelle</translation>
    </message>
    <message>
        <source>Association / non-profit</source>
        <translation>Association / organisme sans but lucratif</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <source>Network / federation</source>
        <translation>Réseau / fédération</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <source>Financier</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Monde universitaire</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>Collectif citoyen</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Not engaged</source>
        <translation>Non impliqué</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informé</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <source>Co-creating</source>
        <translation>En co-création</translation>
    </message>
    <message>
        <source>Co-implementing</source>
        <translation>En co-mise en œuvre</translation>
    </message>
    <message>
        <source>Co-managing</source>
        <translation>En cogestion</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visite de terrain</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Quartier</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID in other systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data (contact, email, phone, consent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.actions</name>
    <message>
        <source>{count} stakeholders restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} stakeholders deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>RRR Desktop is already open with this data folder:
{folder}

Switch to the open window. Only one window at a time may use the same data, so that nothing you type is lost.</source>
        <translation>RRR Desktop est déjà ouvert avec ce dossier de données&#xa0;:
{folder}

Passez à la fenêtre ouverte. Une seule fenêtre à la fois peut utiliser les mêmes données, afin que rien de ce que vous saisissez ne soit perdu.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of RRR Desktop (data version {found}; this version reads up to {known}). Nothing was changed.

Install the latest version of RRR Desktop to open it.

Data file: {path}</source>
        <translation>Vos données ont été enregistrées par une version plus récente de RRR Desktop (version des données {found}&#x202f;; cette version lit jusqu’à la {known}). Rien n’a été modifié.

Installez la dernière version de RRR Desktop pour les ouvrir.

Fichier de données&#xa0;: {path}</translation>
    </message>
    <message>
        <source>The file {path} is not an RRR Desktop database, or it is damaged ({reason}). Nothing was changed.

Restore a copy from the backups folder ({backups}), or start RRR Desktop with another data folder.</source>
        <translation>Le fichier {path} n’est pas une base de données RRR Desktop, ou il est endommagé ({reason}). Rien n’a été modifié.

Restaurez une copie à partir du dossier des sauvegardes ({backups}) ou démarrez RRR Desktop avec un autre dossier de données.</translation>
    </message>
    <message>
        <source>RRR Desktop cannot use its data folder {folder}: {reason}.

Check that the disk is connected and that you may write there.</source>
        <translation>RRR Desktop ne peut pas utiliser son dossier de données {folder}&#xa0;: {reason}.

Vérifiez que le disque est connecté et que vous avez le droit d’y écrire.</translation>
    </message>
</context>
</TS>
