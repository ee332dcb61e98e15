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
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>À &amp;propos de {app}</translation>
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
