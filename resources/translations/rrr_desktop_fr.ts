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
        <source>Which column feeds which field</source>
        <translation>Quelle colonne alimente chaque champ</translation>
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
        <source>Mark the new ones as shareable with peer cities</source>
        <translation>Marquer les nouveaux comme partageables avec les villes pairs</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Stakeholders already there:</source>
        <translation>Acteurs déjà présents&#xa0;:</translation>
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
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>{rows} rows ({encoding})</source>
        <translation>{rows} lignes ({encoding})</translation>
    </message>
    <message>
        <source>No column could be matched to a field.</source>
        <translation>Aucune colonne n’a pu être associée à un champ.</translation>
    </message>
    <message>
        <source>Left out: {columns}</source>
        <translation>Ignorées&#xa0;: {columns}</translation>
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
        <source>Import finished: {added} added, {updated} updated, {skipped} skipped, {failed} with problems.</source>
        <translation>Importation terminée&#xa0;: {added} ajoutés, {updated} mis à jour, {skipped} ignorés, {failed} posant problème.</translation>
    </message>
    <message>
        <source>Rows to fix: {file}</source>
        <translation>Lignes à corriger&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Export stakeholders</source>
        <translation>Exporter des acteurs</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>{count} stakeholders exported to {file}.</source>
        <translation>{count} acteurs exportés vers {file}.</translation>
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
        <source>(overdue)</source>
        <translation>(en retard)</translation>
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
        <source>Follow-up: {date}</source>
        <translation>Relance&#xa0;: {date}</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>Stakeholders</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Search names, descriptions, tags (Ctrl+F)</source>
        <translation>Rechercher des noms, descriptions, étiquettes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search stakeholders</source>
        <translation>Rechercher des acteurs</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Afficher les ar&amp;chivés</translation>
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
