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
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>New Action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi :</translation>
    </message>
    <message>
        <source>&amp;Owner city:</source>
        <translation>Ville &amp;responsable :</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <source>Another topic to assess</source>
        <translation>Autre thème à évaluer</translation>
    </message>
    <message>
        <source>Assess this topic</source>
        <translation>Évaluer ce thème</translation>
    </message>
    <message>
        <source>Add the chosen topic to the self-assessment</source>
        <translation>Ajoute le thème choisi à l&apos;auto-évaluation</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Maturity (0-10)</source>
        <translation>Maturité (0-10)</translation>
    </message>
    <message>
        <source>Date assessed</source>
        <translation>Date d’évaluation</translation>
    </message>
    <message>
        <source>Add topics to the lists above, or choose a topic below, to assess how mature your city is on it.</source>
        <translation>Ajoutez des thèmes aux listes ci-dessus, ou choisissez un thème ci-dessous, pour évaluer le degré de maturité de votre ville sur ce thème.</translation>
    </message>
    <message>
        <source>Maturity on {topic}</source>
        <translation>Maturité sur le thème {topic}</translation>
    </message>
    <message>
        <source>Date {topic} was assessed</source>
        <translation>Date d’évaluation du thème {topic}</translation>
    </message>
</context>
<context>
    <name>BriefOptionsPanel</name>
    <message>
        <source>&amp;City brief</source>
        <translation>Note d’information de la &amp;ville</translation>
    </message>
    <message>
        <source>Peer &amp;meeting brief</source>
        <translation>Note pour la &amp;rencontre avec une ville pair</translation>
    </message>
    <message>
        <source>Peer city</source>
        <translation>Ville pair</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>Langue de la note d’information</translation>
    </message>
    <message>
        <source>Working &amp;group brief</source>
        <translation>Note de &amp;groupe de travail</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Rows of the key stakeholders table</source>
        <translation>Nombre de lignes du tableau des acteurs clés</translation>
    </message>
    <message>
        <source>Include &amp;personal data (contact details)</source>
        <translation>Inclure les &amp;données personnelles (coordonnées)</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Inclure les données personnelles</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Pee&amp;r city:</source>
        <translation>Ville &amp;pair&#xa0;:</translation>
    </message>
    <message>
        <source>Wor&amp;king group:</source>
        <translation>Groupe de tra&amp;vail :</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key stakeholders, up to:</source>
        <translation>Acteurs &amp;clés, jusqu’à&#xa0;:</translation>
    </message>
    <message>
        <source>No key stakeholders yet.</source>
        <translation>Aucun acteur clé pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>{consented} of the %Ln key stakeholders have consent recorded: only their contact details can print.</source>
        <translation>
            <numerusform>{consented} sur %Ln acteur clé a un consentement enregistré : seules ses coordonnées peuvent être imprimées.</numerusform>
            <numerusform>{consented} des %Ln acteurs clés ont un consentement enregistré : seules leurs coordonnées peuvent être imprimées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefPreview</name>
    <message>
        <source>Pages of the brief</source>
        <translation>Pages de la note d’information</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the options, then press Preview to see the brief here.</source>
        <translation>Choisissez les options, puis cliquez sur «&#xa0;Aperçu&#xa0;» pour afficher ici la note d’information.</translation>
    </message>
    <message>
        <source>Brief preview</source>
        <translation>Aperçu de la note d’information</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
</context>
<context>
    <name>BriefSaving</name>
    <message>
        <source>Save the brief as PDF</source>
        <translation>Enregistrer la note d’information en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the brief to {path}: {problem}. Choose another folder.</source>
        <translation>Impossible d’enregistrer la note d’information dans {path}&#xa0;: {problem}. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Note enregistrée dans {path}.</translation>
    </message>
</context>
<context>
    <name>BriefsPage</name>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <source>Recent briefs</source>
        <translation>Notes récentes</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Make the brief with these choices and show it</source>
        <translation>Prépare la note avec ces choix et l&apos;affiche</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop making the brief</source>
        <translation>Arrête la préparation de la note</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the brief shown</source>
        <translation>Imprime la note affichée</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save a copy of the brief shown as a PDF file</source>
        <translation>Enregistre une copie de la note affichée en fichier PDF</translation>
    </message>
    <message>
        <source>Progress of the brief</source>
        <translation>Progression de la note d’information</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Notes d’information</translation>
    </message>
    <message>
        <source>Choose your city first: a brief is about it.</source>
        <translation>Choisissez d’abord votre ville&#xa0;: c’est sur elle que porte la note d’information.</translation>
    </message>
    <message>
        <source>A working group brief prints the group&apos;s own records: it has no texts to edit</source>
        <translation>La note d’un groupe de travail imprime les données du groupe lui-même : elle n’a pas de textes à modifier</translation>
    </message>
    <message>
        <source>Choose at least one section to print.</source>
        <translation>Choisissez au moins une section à imprimer.</translation>
    </message>
    <message>
        <source>Generating the brief…</source>
        <translation>Génération de la note d’information…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>{title}: {pages} pages. Print it or save it as a PDF.</source>
        <translation>{title}&#xa0;: {pages} pages. Imprimez-la ou enregistrez-la en PDF.</translation>
    </message>
    <message>
        <source>Some characters cannot be printed with the brief&apos;s font and show as “�”: {characters}. Check those names before you print.</source>
        <translation>Certains caractères ne peuvent pas être imprimés avec la police de la note et apparaissent comme « � » : {characters}. Vérifiez ces noms avant d’imprimer.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Aperçu annulé.</translation>
    </message>
    <message>
        <source>The options or texts changed since this preview. Press Preview to see the brief as it will print.</source>
        <translation>Les options ou les textes ont changé depuis cet aperçu. Cliquez sur Aperçu pour voir la note telle qu’elle sera imprimée.</translation>
    </message>
    <message>
        <source>The brief was sent to the printer.</source>
        <translation>La note d’information a été envoyée à l’imprimante.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Change %Ln stakeholders</source>
        <translation>
            <numerusform>Modifier %Ln acteur</numerusform>
            <numerusform>Modifier %Ln acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. housing, youth</source>
        <translation>p. ex. logement, jeunesse</translation>
    </message>
    <message>
        <source>e.g. sample</source>
        <translation>p. ex. sample</translation>
    </message>
    <message>
        <source>Shareable with peer cities</source>
        <translation>Partageable avec les villes pairs</translation>
    </message>
    <message>
        <source>Not shareable</source>
        <translation>Non partageable</translation>
    </message>
    <message>
        <source>Set &amp;stage to:</source>
        <translation>Définir l’é&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation>&amp;Ajouter des étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Étiquettes à ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation>&amp;Retirer des étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>Étiquettes à retirer</translation>
    </message>
    <message>
        <source>Set &amp;owner to:</source>
        <translation>Définir le resp&amp;onsable&#xa0;:</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nouveau responsable</translation>
    </message>
    <message>
        <source>Set s&amp;haring to:</source>
        <translation>Définir le &amp;partage&#xa0;:</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Tick each change to make; everything else stays as it is. Separate tags with commas.</source>
        <translation>Cochez chaque modification à effectuer&#x202f;; tout le reste demeure inchangé. Séparez les étiquettes par des virgules.</translation>
    </message>
</context>
<context>
    <name>BulkEditing</name>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>&amp;Modification groupée…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Change the stage, tags, owner or sharing of the selected stakeholders</source>
        <translation>Modifier l’étape, les étiquettes, le responsable ou le partage des acteurs sélectionnés</translation>
    </message>
    <message numerus="yes">
        <source>Changing %Ln stakeholders…</source>
        <translation>
            <numerusform>Modification de %Ln acteur…</numerusform>
            <numerusform>Modification de %Ln acteurs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk Edit %Ln stakeholders</source>
        <translation>
            <numerusform>Modification groupée de %Ln acteur</numerusform>
            <numerusform>Modification groupée de %Ln acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders changed.</source>
        <translation>
            <numerusform>%Ln acteur modifié.</numerusform>
            <numerusform>%Ln acteurs modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already as asked.</source>
        <translation>
            <numerusform>%Ln était déjà comme demandé.</numerusform>
            <numerusform>%Ln étaient déjà comme demandé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleChangeText</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>profile included</source>
        <translation>profil inclus</translation>
    </message>
    <message>
        <source>profile left out</source>
        <translation>profil non inclus</translation>
    </message>
    <message>
        <source>It holds: {contents}.</source>
        <translation>Il contient : {contents}.</translation>
    </message>
    <message>
        <source>Personal data (contact person, email or phone) included for {count} of them.</source>
        <translation>Données personnelles (personne de contact, courriel ou téléphone) incluses pour {count} d’entre eux.</translation>
    </message>
    <message>
        <source>No personal data (contact person, email or phone).</source>
        <translation>Aucune donnée personnelle (personne de contact, courriel ou téléphone).</translation>
    </message>
</context>
<context>
    <name>BundleExportWizard</name>
    <message>
        <source>Export Bundle</source>
        <translation>Exporter un lot</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln acteur</numerusform>
            <numerusform>%Ln acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln pratique</numerusform>
            <numerusform>%Ln pratiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>personal data of %Ln records</source>
        <translation>
            <numerusform>données personnelles de %Ln fiche</numerusform>
            <numerusform>données personnelles de %Ln fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle was written to {file}: {contents}.</source>
        <translation>Le lot a été écrit dans {file} : {contents}.</translation>
    </message>
    <message>
        <source>The team&apos;s passphrase is needed to sign the bundle.</source>
        <translation>La phrase secrète de l&apos;équipe est nécessaire pour signer le paquet.</translation>
    </message>
    <message>
        <source>Opening your mail program…</source>
        <translation>Ouverture de votre logiciel de messagerie…</translation>
    </message>
    <message>
        <source>An email draft with the bundle attached was written to {file} and opened with your mail program: add the recipients and send it.</source>
        <translation>Un brouillon de courriel avec le lot en pièce jointe a été enregistré dans {file} et ouvert dans votre logiciel de messagerie&#xa0;: ajoutez les destinataires et envoyez-le.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, so the bundle&apos;s folder is open instead. Write a new email (in your web mail, for instance), attach the file {bundle} to it and send it to the peer cities.</source>
        <translation>Aucun logiciel de messagerie n’est configuré sur cet ordinateur : le dossier du lot est donc ouvert à la place. Écrivez un nouveau courriel (dans votre webmail, par exemple), joignez-y le fichier {bundle} et envoyez-le aux villes pairs.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, and its folder could not be opened either. The bundle is in {folder}: write a new email (in your web mail, for instance), attach the file {bundle} from that folder and send it to the peer cities.</source>
        <translation>Aucun programme de messagerie n’est configuré sur cet ordinateur, et son dossier n’a pas pu être ouvert non plus. Le paquet se trouve dans {folder}&#xa0;: écrivez un nouveau courriel (dans votre messagerie web, par exemple), joignez-y le fichier {bundle} de ce dossier et envoyez-le aux villes pairs.</translation>
    </message>
</context>
<context>
    <name>BundleHistoryDialog</name>
    <message>
        <source>Bundle History</source>
        <translation>Historique des lots</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Reçus&#xa0;:</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Lots reçus</translation>
    </message>
    <message>
        <source>&amp;Sent:</source>
        <translation>&amp;Envoyés&#xa0;:</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Lots envoyés</translation>
    </message>
    <message>
        <source>&amp;Undo Last Import</source>
        <translation>&amp;Annuler la dernière importation</translation>
    </message>
    <message>
        <source>Erase This &amp;Bundle&apos;s Data</source>
        <translation>Effacer les données de ce &amp;lot</translation>
    </message>
    <message>
        <source>Erase Everything From This &amp;Peer</source>
        <translation>Effacer tout ce qui vient de cette &amp;ville pair</translation>
    </message>
    <message>
        <source>undone or erased {day}</source>
        <translation>annulé ou effacé le {day}</translation>
    </message>
    <message>
        <source>changed nothing; confirmed the data as current</source>
        <translation>n&apos;a rien changé ; a confirmé que les données sont à jour</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>practices: {practices}, self-assessed topics: {assessed}, stakeholders: {stakeholders}, withdrawals: {withdrawn}</source>
        <translation>pratiques&#xa0;: {practices}, thèmes autoévalués&#xa0;: {assessed}, acteurs&#xa0;: {stakeholders}, retraits&#xa0;: {withdrawn}</translation>
    </message>
    <message>
        <source>Profile, {rest}</source>
        <translation>Profil, {rest}</translation>
    </message>
    <message>
        <source>Undo the import of {file} from {city}? Every record it added is removed and every record it changed gets its earlier content back. Peer cities see no change: nothing is sent back to {city}, and importing the bundle again brings the records back.</source>
        <translation>Annuler l’importation du lot {file} envoyé par {city} ? Toutes les fiches qu’il a ajoutées seront supprimées et toutes celles qu’il a modifiées retrouveront leur contenu précédent. Les villes pairs ne voient aucun changement : rien n’est renvoyé à {city}, et importer de nouveau le lot fait revenir les fiches.</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Annuler l’importation</translation>
    </message>
    <message>
        <source>Erase the data that still comes from {file} ({city})? Your own data and your notes are kept.</source>
        <translation>Effacer les données qui proviennent encore de {file} ({city})&#x202f;? Vos propres données et vos notes sont conservées.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Erase everything that came in bundles from {city}? Its shared stakeholders and practices are removed; a city that ships with the app gets its original facts back. Your own data and your notes are kept.</source>
        <translation>Effacer tout ce qui est arrivé dans les lots de {city}&#x202f;? Les acteurs et les pratiques qu’elle a partagés seront supprimés&#x202f;; une ville fournie avec l’application retrouvera ses informations d’origine. Vos propres données et vos notes sont conservées.</translation>
    </message>
    <message>
        <source>Undid the import of {file}.</source>
        <translation>Importation de {file} annulée.</translation>
    </message>
    <message>
        <source>Erased the data of {file}.</source>
        <translation>Données de {file} effacées.</translation>
    </message>
    <message numerus="yes">
        <source>Erased what came from {city} (%Ln bundles).</source>
        <translation>
            <numerusform>Ce qui venait de {city} a été effacé (%Ln lot).</numerusform>
            <numerusform>Ce qui venait de {city} a été effacé (%Ln lots).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import Bundle</source>
        <translation>Importer un lot</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Vérification du lot…</translation>
    </message>
    <message>
        <source>&amp;Accept the new key (only after comparing the fingerprint with the sender by phone)</source>
        <translation>&amp;Accepter la nouvelle clé (uniquement après avoir comparé l’empreinte avec l’expéditeur par téléphone)</translation>
    </message>
    <message>
        <source>Accept the new &amp;name (only after checking with the city)</source>
        <translation>Accepter le nouveau &amp;nom (seulement après avoir vérifié auprès de la ville)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import &amp;This City Only</source>
        <translation>Importer &amp;cette ville seulement</translation>
    </message>
    <message>
        <source>Import the bundles of the city selected in the list; the others stay here</source>
        <translation>Importe les lots de la ville sélectionnée dans la liste ; les autres restent ici</translation>
    </message>
    <message>
        <source>The bundle was refused and nothing was changed: {reason}</source>
        <translation>Le lot a été refusé et rien n’a été modifié&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>This is your own city&apos;s bundle: it cannot be imported here; send it to your peers.</source>
        <translation>Ce lot est celui de votre propre ville&#xa0;: il ne peut pas être importé ici&#x202f;; envoyez-le à vos villes pairs.</translation>
    </message>
    <message>
        <source>A sender&apos;s key changed: nothing can be imported from it unless you accept the new key.</source>
        <translation>La clé d’un expéditeur a changé&#xa0;: rien ne peut être importé de sa part tant que vous n’acceptez pas la nouvelle clé.</translation>
    </message>
    <message>
        <source>A city changed its name: nothing can be imported from it unless you accept the new name.</source>
        <translation>Une ville a changé de nom : rien ne peut en être importé tant que vous n&apos;acceptez pas le nouveau nom.</translation>
    </message>
    <message>
        <source>Records that differ from ours at the same revision: {count}. We keep ours unless you tick one to take theirs. Untick any other record you want to leave out, then import.</source>
        <translation>Fiches qui diffèrent des nôtres à la même version : {count}. Nous gardons les nôtres, sauf si vous en cochez une pour prendre la leur. Décochez toute autre fiche à laisser de côté, puis importez.</translation>
    </message>
    <message>
        <source>Untick the records you want to leave out, then import.</source>
        <translation>Décochez les fiches que vous souhaitez écarter, puis lancez l’importation.</translation>
    </message>
    <message>
        <source>Everything in this bundle is already here: importing it changes nothing, and records that the city&apos;s data is current as of the bundle&apos;s date.</source>
        <translation>Tout ce que contient ce lot est déjà ici : l&apos;importer ne change rien et enregistre que les données de la ville sont à jour à la date du lot.</translation>
    </message>
    <message>
        <source>Everything in this bundle is already here: importing it would change nothing.</source>
        <translation>Tout le contenu de ce lot est déjà présent&#xa0;: l’importer ne changerait rien.</translation>
    </message>
    <message>
        <source>{file}: made by {city} ({country}), your own city, on {made}. Key {fingerprint}.</source>
        <translation>{file}&#xa0;: créé par {city} ({country}), votre propre ville, le {made}. Clé {fingerprint}.</translation>
    </message>
    <message>
        <source>first bundle from this city: its key will be remembered</source>
        <translation>premier lot de cette ville&#xa0;: sa clé sera mémorisée</translation>
    </message>
    <message>
        <source>same key as its earlier bundles</source>
        <translation>même clé que pour ses lots précédents</translation>
    </message>
    <message>
        <source>KEY CHANGED</source>
        <translation>CLÉ MODIFIÉE</translation>
    </message>
    <message>
        <source>key changed, new key accepted</source>
        <translation>clé modifiée, nouvelle clé acceptée</translation>
    </message>
    <message>
        <source>{file}: from {city} ({country}), made {made}. Key {fingerprint} ({trust}).</source>
        <translation>{file}&#xa0;: envoyé par {city} ({country}), créé le {made}. Clé {fingerprint} ({trust}).</translation>
    </message>
    <message>
        <source>NAME CHANGED: the city you know as {old} ({old_country}) now calls itself {name} ({country}).</source>
        <translation>NOM CHANGÉ : la ville que vous connaissez sous le nom {old} ({old_country}) s&apos;appelle maintenant {name} ({country}).</translation>
    </message>
    <message>
        <source>This bundle was already imported on {day}.</source>
        <translation>Ce lot a déjà été importé le {day}.</translation>
    </message>
    <message>
        <source>To be sure the bundle comes from {city}, phone them and ask them to open {place} in their window and read out its characters: they must be those of the key above. If they differ, do not import it.</source>
        <translation>Pour être sûr que le lot vient de {city}, appelez-les et demandez-leur d’ouvrir {place} dans leur fenêtre et de lire ses caractères&#xa0;: ce doivent être ceux de la clé ci-dessus. S’ils diffèrent, ne l’importez pas.</translation>
    </message>
    <message>
        <source>Select a city in the list first.</source>
        <translation>Sélectionnez d&apos;abord une ville dans la liste.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Bundle imported: %Ln records added, updated or withdrawn. File &gt; Bundle History can undo it.</source>
        <translation>
            <numerusform>Lot importé : %Ln fiche ajoutée, mise à jour ou retirée. Fichier &gt; Historique des lots peut l’annuler.</numerusform>
            <numerusform>Lot importé : %Ln fiches ajoutées, mises à jour ou retirées. Fichier &gt; Historique des lots peut l’annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: everything was already here.</source>
        <translation>Rien n’a été importé&#xa0;: tout était déjà présent.</translation>
    </message>
    <message>
        <source>{city}&apos;s data is confirmed as current on {day}.</source>
        <translation>Les données de {city} sont confirmées à jour au {day}.</translation>
    </message>
    <message>
        <source>The stakeholders {city} shares are in its profile on the Peer cities page; your own register is unchanged.</source>
        <translation>Les acteurs que {city} partage figurent dans son profil, sur la page Villes pairs ; votre propre registre reste inchangé.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importation annulée&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>BundleMenu</name>
    <message>
        <source>E&amp;xport Bundle…</source>
        <translation>Exporter un &amp;lot…</translation>
    </message>
    <message>
        <source>Im&amp;port Bundle…</source>
        <translation>Im&amp;porter un lot…</translation>
    </message>
    <message>
        <source>Write what our city shares into a signed bundle for the peer cities</source>
        <translation>Écrit ce que notre ville partage dans un lot signé pour les villes pairs</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Preview and import bundles received from peer cities</source>
        <translation>Affiche puis importe les lots reçus des villes pairs</translation>
    </message>
    <message>
        <source>Bundle &amp;History…</source>
        <translation>&amp;Historique des lots…</translation>
    </message>
    <message>
        <source>The bundles imported so far; undo one or erase a city&apos;s data</source>
        <translation>Les lots importés jusqu&apos;ici ; annulez-en un ou effacez les données d&apos;une ville</translation>
    </message>
    <message>
        <source>Your Signing &amp;Key…</source>
        <translation>Votre &amp;clé de signature…</translation>
    </message>
    <message>
        <source>The fingerprint peers compare to trust your bundles</source>
        <translation>L&apos;empreinte que les villes pairs comparent pour faire confiance à vos lots</translation>
    </message>
    <message>
        <source>Import Bundle</source>
        <translation>Importer un lot</translation>
    </message>
    <message>
        <source>RRR bundles (*.rrrbundle)</source>
        <translation>Lots RRR (*.rrrbundle)</translation>
    </message>
</context>
<context>
    <name>BundleRecordsView</name>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Their change</source>
        <translation>Leur modification</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Records in the bundle</source>
        <translation>Fiches du lot</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Garder la nôtre</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Conflicting (same revision, other content)</source>
        <translation>En conflit (même version, contenu différent)</translation>
    </message>
    <message>
        <source>Withdrawn by the sender</source>
        <translation>Retirées par l’expéditeur</translation>
    </message>
    <message>
        <source>Older than ours (kept out)</source>
        <translation>Plus anciennes que les nôtres (écartées)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Refused: not the sender&apos;s to change</source>
        <translation>Refusés : l’expéditeur ne peut pas les modifier</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>pratique</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>acteur</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>groupe de travail</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>member&apos;s note</source>
        <translation>note d’un membre</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>Changed by a colleague</source>
        <translation>Modifié par un collègue</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Show their version and lose the changes made here</source>
        <translation>Afficher sa version et perdre les modifications faites ici</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>Save the version shown here over theirs (Undo brings theirs back)</source>
        <translation>Enregistrer la version affichée ici à la place de la sienne (Annuler rétablit la sienne)</translation>
    </message>
    <message>
        <source>{changed} Reload to see their version, or Keep Mine to save yours over it.</source>
        <translation>{changed} « Recharger » affiche sa version ; « Garder ma version » enregistre la vôtre à sa place.</translation>
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
    <message numerus="yes">
        <source>%Ln more errors happened since.</source>
        <translation>
            <numerusform>%Ln autre erreur s’est produite depuis.</numerusform>
            <numerusform>%Ln autres erreurs se sont produites depuis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#x202f;?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Poursuivre la modification</translation>
    </message>
    <message>
        <source>Close this window and lose what you typed in it?</source>
        <translation>Fermer cette fenêtre et perdre ce que vous y avez saisi ?</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>This may already be in the register:</source>
        <translation>Cet acteur figure peut-être déjà dans le registre&#xa0;:</translation>
    </message>
    <message>
        <source>{name} ({reasons})</source>
        <translation>{name} ({reasons})</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Ouvrir {name}</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Move the selected text to the clipboard</source>
        <translation>Déplace le texte sélectionné dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected text, or the selected rows of a list for a spreadsheet</source>
        <translation>Copie le texte sélectionné, ou les lignes sélectionnées d&apos;une liste pour un tableur</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Insert the clipboard&apos;s text</source>
        <translation>Insère le texte du presse-papiers</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select all the text or all the rows</source>
        <translation>Sélectionne tout le texte ou toutes les lignes</translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <source>&amp;Contact and personal data</source>
        <translation>&amp;Coordonnées et données personnelles</translation>
    </message>
    <message>
        <source>Co&amp;llaboration</source>
        <translation>Co&amp;llaboration</translation>
    </message>
    <message>
        <source>&amp;Topics and tags</source>
        <translation>T&amp;hèmes et étiquettes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type to find it</source>
        <translation>Saisissez un nom pour la retrouver</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Name or two-letter code</source>
        <translation>Nom ou code à deux lettres</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Quartier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Co&amp;de postal&#xa0;:</translation>
    </message>
    <message>
        <source>Localit&amp;y:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sectors:</source>
        <translation>&amp;Secteurs&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>Contact person (personal data)</source>
        <translation>Personne de contact (données personnelles)</translation>
    </message>
    <message>
        <source>Email (personal data)</source>
        <translation>Courriel (données personnelles)</translation>
    </message>
    <message>
        <source>Phone (personal data)</source>
        <translation>Téléphone (données personnelles)</translation>
    </message>
    <message>
        <source>C&amp;onsent given to keep and share these details</source>
        <translation>Consentement &amp;accordé pour conserver et partager ces coordonnées</translation>
    </message>
    <message>
        <source>Date consent was given</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Source du consentement</translation>
    </message>
    <message>
        <source>e.g. signed form, email of 3 May</source>
        <translation>p. ex. formulaire signé, courriel du 3 mai</translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation>Note sur le consentement</translation>
    </message>
    <message>
        <source>Personal data: these details stay on this computer. They go into bundles, exports or briefs only when you include them and consent is recorded.</source>
        <translation>Données personnelles&#xa0;: ces coordonnées restent sur cet ordinateur. Elles ne figurent dans les lots, les exports ou les notes d’information que si vous les incluez et que le consentement est enregistré.</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Perso&amp;nne de contact&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation>&amp;Date du consentement&#xa0;:</translation>
    </message>
    <message>
        <source>Consent &amp;source:</source>
        <translation>&amp;Source du consentement&#xa0;:</translation>
    </message>
    <message>
        <source>Consent &amp;note:</source>
        <translation>N&amp;ote sur le consentement&#xa0;:</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Étape de collaboration</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Responsable de la relation</translation>
    </message>
    <message>
        <source>The officer in charge</source>
        <translation>L’agent chargé du suivi</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Prochain contact</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Révision prévue</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>Relationship &amp;owner:</source>
        <translation>Re&amp;sponsable de la relation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Influence (1–5):</source>
        <translation>Infl&amp;uence (1–5)&#xa0;:</translation>
    </message>
    <message>
        <source>In&amp;terest (1–5):</source>
        <translation>I&amp;ntérêt (1–5)&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;rust (1–5):</source>
        <translation>Con&amp;fiance (1–5)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Next contact:</source>
        <translation>Pr&amp;ochain contact&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;view due:</source>
        <translation>Ré&amp;vision prévue&#xa0;:</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Séparées par des virgules</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>&amp;Thèmes&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export stakeholders</source>
        <translation>Exporter des acteurs</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders in the current view will be exported.</source>
        <translation>
            <numerusform>%Ln acteur de la vue actuelle sera exporté.</numerusform>
            <numerusform>%Ln acteurs de la vue actuelle seront exportés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them, %Ln have a contact person, email or phone.</source>
        <translation>
            <numerusform>Parmi eux, %Ln a une personne de contact, un courriel ou un téléphone.</numerusform>
            <numerusform>Parmi eux, %Ln ont une personne de contact, un courriel ou un téléphone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of those, %Ln have recorded consent.</source>
        <translation>
            <numerusform>Parmi ceux-ci, %Ln a un consentement enregistré.</numerusform>
            <numerusform>Parmi ceux-ci, %Ln ont un consentement enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Include contact persons, emails and phones (only for records with recorded consent)</source>
        <translation>&amp;Inclure les personnes de contact, courriels et téléphones (uniquement pour les fiches dont le consentement est enregistré)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>CSV file, comma-separated (.csv)</source>
        <translation>Fichier CSV séparé par des virgules (.csv)</translation>
    </message>
    <message>
        <source>CSV file, semicolon-separated (.csv)</source>
        <translation>Fichier CSV séparé par des points-virgules (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>ESSGlobal open data for SSE maps (.csv)</source>
        <translation>Données ouvertes ESSGlobal pour les cartes de l&apos;ESS (.csv)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>Not opened: {files}. RRR Desktop opens bundles (.rrrbundle) and one stakeholder list ({formats}) at a time.</source>
        <translation>Non ouvert : {files}. RRR Desktop ouvre les lots (.rrrbundle) et une liste d&apos;acteurs ({formats}) à la fois.</translation>
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
        <source>Language of RRR Desktop</source>
        <translation>Langue de RRR Desktop</translation>
    </message>
    <message>
        <source>Language of RRR &amp;Desktop:</source>
        <translation>Langue de RRR &amp;Desktop :</translation>
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
    <message>
        <source>Quit RRR Desktop? Nothing has been set up yet; you will be asked for your city again at the next start.</source>
        <translation>Quitter RRR Desktop ? Rien n’a encore été configuré ; votre ville vous sera de nouveau demandée au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Keep Choosing</source>
        <translation>&amp;Continuer à choisir</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>GroupDetailView</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Offers in the theme</source>
        <translation>Offre sur le thème</translation>
    </message>
    <message>
        <source>Wants to learn in the theme</source>
        <translation>Veut apprendre sur le thème</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>When (your time)</source>
        <translation>Quand (votre heure)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who / status</source>
        <translation>Qui / état</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>What changed since your last look</source>
        <translation>Ce qui a changé depuis votre dernière visite</translation>
    </message>
    <message>
        <source>&amp;Edit group…</source>
        <translation>&amp;Modifier le groupe…</translation>
    </message>
    <message>
        <source>Plan a &amp;meeting…</source>
        <translation>Planifier une &amp;réunion…</translation>
    </message>
    <message>
        <source>Plan a meeting at a local time in any time zone</source>
        <translation>Planifier une réunion à une heure locale dans n’importe quel fuseau</translation>
    </message>
    <message>
        <source>Add an &amp;action…</source>
        <translation>Ajouter une &amp;action…</translation>
    </message>
    <message>
        <source>Add something a member city will do, by a date</source>
        <translation>Ajouter ce qu’une ville membre fera, avec une échéance</translation>
    </message>
    <message>
        <source>&amp;Open selected…</source>
        <translation>&amp;Ouvrir la sélection…</translation>
    </message>
    <message>
        <source>Open the meeting or action selected in the timeline</source>
        <translation>Ouvrir la réunion ou l’action choisie dans la chronologie</translation>
    </message>
    <message>
        <source>Our &amp;note…</source>
        <translation>Notre &amp;note…</translation>
    </message>
    <message>
        <source>Write our city&apos;s note on the group; it travels in our bundles</source>
        <translation>Rédiger la note de notre ville sur le groupe ; elle voyage dans nos paquets</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Inviter…</translation>
    </message>
    <message>
        <source>Write an email draft to the member cities&apos; contact offices with the next meeting as a calendar invitation</source>
        <translation>Rédiger un brouillon de courriel aux bureaux de contact des villes membres, avec la prochaine réunion en invitation d’agenda</translation>
    </message>
    <message>
        <source>Save &amp;calendar file…</source>
        <translation>Enregistrer le fichier d’&amp;agenda…</translation>
    </message>
    <message>
        <source>Save the group&apos;s meetings as an .ics file for any calendar</source>
        <translation>Enregistrer les réunions du groupe dans un fichier .ics pour tout agenda</translation>
    </message>
    <message>
        <source>Members and what each brings</source>
        <translation>Membres et apport de chacun</translation>
    </message>
    <message>
        <source>Meetings, decisions and actions</source>
        <translation>Réunions, décisions et actions</translation>
    </message>
    <message>
        <source>Change the group&apos;s name, purpose, stage, themes, members and lead (the lead city&apos;s record)</source>
        <translation>Modifier le nom, l&apos;objet, l&apos;étape, les thèmes, les membres et la ville pilote du groupe (la fiche de la ville pilote)</translation>
    </message>
    <message>
        <source>&amp;Delete group…</source>
        <translation>Supprimer le gr&amp;oupe…</translation>
    </message>
    <message>
        <source>Delete the group here; its lead city&apos;s next bundle withdraws it from the members</source>
        <translation>Supprimer le groupe ici ; le prochain lot de sa ville pilote le retire chez les membres</translation>
    </message>
    <message>
        <source>No working groups yet</source>
        <translation>Pas encore de groupe de travail</translation>
    </message>
    <message>
        <source>Choose a working group in the list.</source>
        <translation>Choisissez un groupe de travail dans la liste.</translation>
    </message>
    <message>
        <source>A working group brings our city and peer cities together around a theme, with meetings, decisions and actions. To have one:
• start one with New group… above;
• or start one of the groups the matching proposes: Peer cities › Proposed groups;
• or, if another city leads a group we are in, import its bundle (File › Import Bundle…).</source>
        <translation>Un groupe de travail réunit notre ville et des villes pairs autour d&apos;un thème, avec des réunions, des décisions et des actions. Pour en avoir un :
• créez-le avec Nouveau groupe… ci-dessus ;
• ou lancez l&apos;un des groupes que propose la mise en relation : Villes pairs › Groupes proposés ;
• ou, si une autre ville pilote un groupe dont nous sommes membres, importez son lot (Fichier › Importer un lot…).</translation>
    </message>
    <message>
        <source>Overdue for our city: {actions}</source>
        <translation>En retard pour notre ville : {actions}</translation>
    </message>
    <message>
        <source> (lead)</source>
        <translation> (pilote)</translation>
    </message>
    <message>
        <source>What changed since your last look ({count})</source>
        <translation>Ce qui a changé depuis votre dernière visite ({count})</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Étape : {stage}</translation>
    </message>
    <message>
        <source>Lead: {city}</source>
        <translation>Pilote : {city}</translation>
    </message>
    <message>
        <source>Themes: {topics}</source>
        <translation>Thèmes : {topics}</translation>
    </message>
    <message>
        <source>From {source}</source>
        <translation>De {source}</translation>
    </message>
    <message>
        <source>Withdrawn by its lead on {day}</source>
        <translation>Retiré par sa ville pilote le {day}</translation>
    </message>
    <message>
        <source>Only {lead} changes the group and its meetings</source>
        <translation>Seule {lead} modifie le groupe et ses réunions</translation>
    </message>
    <message>
        <source>Decided: {text}</source>
        <translation>Décidé : {text}</translation>
    </message>
    <message>
        <source>Action: {title}</source>
        <translation>Action : {title}</translation>
    </message>
    <message>
        <source>Meeting ({time} in {zone})</source>
        <translation>Réunion ({time} à l’heure de {zone})</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>entered here</source>
        <translation>saisi ici</translation>
    </message>
    <message>
        <source>{city}&apos;s bundle {file}</source>
        <translation>paquet de {city} {file}</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New Working Group</source>
        <translation>Nouveau groupe de travail</translation>
    </message>
    <message>
        <source>Start a Working Group</source>
        <translation>Lancer un groupe de travail</translation>
    </message>
    <message>
        <source>{city} (our city)</source>
        <translation>{city} (notre ville)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>É&amp;tape :</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>&amp;Thèmes :</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>Villes membres</translation>
    </message>
    <message>
        <source>Edit Working Group</source>
        <translation>Modifier le groupe de travail</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Ville pilote</translation>
    </message>
    <message>
        <source>The lead city&apos;s bundles carry the group, its meetings and its decisions to the members; each member sends its own actions and note.</source>
        <translation>Les lots de la ville pilote transmettent le groupe, ses réunions et ses décisions aux membres ; chaque membre envoie ses propres actions et sa note.</translation>
    </message>
    <message>
        <source>Our city</source>
        <translation>Notre ville</translation>
    </message>
    <message>
        <source>&amp;Members (besides us):</source>
        <translation>&amp;Membres (en plus de nous) :</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Pilote :</translation>
    </message>
</context>
<context>
    <name>GroupFileDialog</name>
    <message>
        <source>Save the invitation draft</source>
        <translation>Enregistrer le brouillon d’invitation</translation>
    </message>
    <message>
        <source>Save the meetings as a calendar file</source>
        <translation>Enregistrer les réunions dans un fichier d’agenda</translation>
    </message>
    <message>
        <source>Email drafts (*.eml)</source>
        <translation>Brouillons de courriel (*.eml)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d’agenda (*.ics)</translation>
    </message>
    <message>
        <source>The invitation draft is in {path}. Email It opens it in your mail program: check the recipients and send it.</source>
        <translation>Le brouillon d’invitation se trouve dans {path}. « Envoyer par courriel » l’ouvre dans votre messagerie : vérifiez les destinataires et envoyez-le.</translation>
    </message>
    <message>
        <source>The meetings are in {path}: open it with your calendar.</source>
        <translation>Les réunions sont dans {path} : ouvrez-le avec votre agenda.</translation>
    </message>
    <message>
        <source>&amp;Email It</source>
        <translation>&amp;Envoyer par courriel</translation>
    </message>
    <message>
        <source>The invitation is open in your mail program: check the recipients and send it.</source>
        <translation>L’invitation est ouverte dans votre messagerie : vérifiez les destinataires et envoyez-la.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, so the folder with {file} is open instead. Attach that file to a new email to the member cities (in your web mail, for instance) and send it; their calendars read the meeting from it.</source>
        <translation>Aucun logiciel de messagerie n’est configuré sur cet ordinateur : le dossier contenant {file} est donc ouvert à la place. Joignez ce fichier à un nouveau courriel aux villes membres (dans votre webmail, par exemple) et envoyez-le ; leurs agendas y liront la réunion.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, and its folder could not be opened either. The invitation is {file}: attach it to a new email to the member cities (in your web mail, for instance) and send it; their calendars read the meeting from it.</source>
        <translation>Aucun programme de messagerie n’est configuré sur cet ordinateur, et son dossier n’a pas pu être ouvert non plus. L’invitation est {file}&#xa0;: joignez-la à un nouveau courriel aux villes membres (dans votre messagerie web, par exemple) et envoyez-le&#xa0;; leurs agendas y lisent la réunion.</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>The next meeting, in your time zone</source>
        <translation>La prochaine réunion, dans votre fuseau horaire</translation>
    </message>
    <message>
        <source>What changed since your last look at the group</source>
        <translation>Ce qui a changé depuis votre dernière visite du groupe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveautés</translation>
    </message>
    <message>
        <source>Withdrawn by its lead</source>
        <translation>Retiré par sa ville pilote</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>{count} ({late} of ours overdue)</source>
        <translation>{count} (des nôtres en retard : {late})</translation>
    </message>
</context>
<context>
    <name>GroupWrites</name>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Not saved: something unexpected went wrong (it is in the log). Your entries are kept: try again, or Cancel.</source>
        <translation>Non enregistré : un problème inattendu est survenu (il figure dans le journal). Vos saisies sont conservées : réessayez, ou Annuler.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>{app} User Guide</source>
        <translation>Guide de l’utilisateur de {app}</translation>
    </message>
    <message>
        <source>Section of the guide</source>
        <translation>Section du guide</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Chercher dans le guide</translation>
    </message>
    <message>
        <source>Enter goes to the next place that has these words</source>
        <translation>Entrée mène à l’endroit suivant qui contient ces mots</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>The keys of the menu commands on this computer. On any page, F1 opens the part of this guide about that page.</source>
        <translation>Les touches des commandes des menus sur cet ordinateur. Sur chaque page, F1 ouvre la partie de ce guide qui parle de cette page.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>No section of the guide has “{words}”.</source>
        <translation>Aucune section du guide ne contient « {words} ».</translation>
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
        <source>Fields guessed from the values</source>
        <translation>Champs devinés d&apos;après les valeurs</translation>
    </message>
    <message>
        <source>Mark the new ones as &amp;shareable with peer cities</source>
        <translation>Marquer les nouveaux comme &amp;partageables avec les villes pairs</translation>
    </message>
    <message>
        <source>The first rows as they would be imported</source>
        <translation>Les premières lignes telles qu’elles seraient importées</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save &amp;Failed Rows…</source>
        <translation>Enregistrer les lignes &amp;non importées…</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>Ann&amp;uler cette importation</translation>
    </message>
    <message>
        <source>Stakeholders &amp;already there:</source>
        <translation>&amp;Acteurs déjà présents&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>{field} is chosen for several columns: keep one.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» est choisi pour plusieurs colonnes&#xa0;: n’en conservez qu’une.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Guessed from the values:</source>
        <translation>Deviné d&apos;après les valeurs :</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more rows with problems.</source>
        <translation>
            <numerusform>… et %Ln autre ligne avec des problèmes.</numerusform>
            <numerusform>… et %Ln autres lignes avec des problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and changes nothing.</source>
        <translation>Importation en cours… «&#xa0;Annuler&#xa0;» l’interrompt sans rien modifier.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importation annulée&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {skipped} skipped, {failed} not imported because of a problem.</source>
        <translation>Importation effectuée. Ajoutés&#xa0;: {added}&#xa0;; mis à jour&#xa0;: {updated}&#xa0;; ignorés&#xa0;: {skipped}&#xa0;; non importés en raison d’un problème&#xa0;: {failed}.</translation>
    </message>
    <message>
        <source>The rows to fix are saved in {file}.</source>
        <translation>Les lignes à corriger sont enregistrées dans {file}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save the rows to fix</source>
        <translation>Enregistrer les lignes à corriger</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {skip} already there or repeated (skipped), {fail} with problems.</source>
        <translation>{add} à ajouter, {update} à mettre à jour, {skip} déjà présents ou en double (ignorés), {fail} posant problème.</translation>
    </message>
    <message>
        <source>spreadsheet workbook</source>
        <translation>classeur de tableur</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln rows ({encoding})</source>
        <translation>
            <numerusform>{file} : %Ln ligne ({encoding})</numerusform>
            <numerusform>{file} : %Ln lignes ({encoding})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln set aside as section headings.</source>
        <translation>
            <numerusform>%Ln mise de côté comme titre de section.</numerusform>
            <numerusform>%Ln mises de côté comme titres de section.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold no stakeholder (blank rows, titles, repeated headers).</source>
        <translation>
            <numerusform>%Ln ne contient aucun acteur (ligne vide, titre, en-tête répété).</numerusform>
            <numerusform>%Ln ne contiennent aucun acteur (lignes vides, titres, en-têtes répétés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {number}: {problem}</source>
        <translation>Ligne {number}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Undo import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Il n’y a aucune importation à annuler.</translation>
    </message>
    <message>
        <source>Undo the import of {file} made on {when}?</source>
        <translation>Annuler l&apos;importation de {file} faite le {when} ?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stakeholders it added are deleted, with anything recorded on them since.</source>
        <translation>
            <numerusform>L&apos;acteur qu&apos;elle a ajouté (%Ln) est supprimé, avec tout ce qui a été enregistré à son sujet depuis.</numerusform>
            <numerusform>Les %Ln acteurs qu’elle a ajoutés sont supprimés, avec tout ce qui a été enregistré à leur sujet depuis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stakeholders it updated get their previous values back.</source>
        <translation>
            <numerusform>L&apos;acteur qu&apos;elle a mis à jour (%Ln) retrouve ses valeurs précédentes.</numerusform>
            <numerusform>Les %Ln acteurs qu’elle a mis à jour retrouvent leurs valeurs précédentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep the Import</source>
        <translation>&amp;Garder l’importation</translation>
    </message>
    <message numerus="yes">
        <source>Peer cities already received %Ln of the stakeholders it added, in a bundle: your next bundle withdraws them from the peers.</source>
        <translation>
            <numerusform>Les villes pairs ont déjà reçu %Ln des acteurs qu’elle a ajoutés, dans un lot : votre prochain lot le leur retire.</numerusform>
            <numerusform>Les villes pairs ont déjà reçu %Ln des acteurs qu’elle a ajoutés, dans un lot : votre prochain lot les leur retire.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of {file} was undone.</source>
        <translation>L&apos;importation de {file} a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted.</source>
        <translation>
            <numerusform>%Ln acteur supprimé.</numerusform>
            <numerusform>%Ln acteurs supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders given their previous values back.</source>
        <translation>
            <numerusform>%Ln acteur a retrouvé ses valeurs précédentes.</numerusform>
            <numerusform>%Ln acteurs ont retrouvé leurs valeurs précédentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Annuler l’importation</translation>
    </message>
    <message>
        <source>Cannot undo the import</source>
        <translation>Impossible d’annuler l’importation</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Edit interaction</source>
        <translation>Modifier l’échange</translation>
    </message>
    <message>
        <source>Add interaction</source>
        <translation>Ajouter un échange</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date de relance</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>Relance &amp;effectuée</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Follow-up on:</source>
        <translation>&amp;Relance le&#xa0;:</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Add Interaction</source>
        <translation>Ajouter un échange</translation>
    </message>
    <message>
        <source>Edit Interaction</source>
        <translation>Modifier l&apos;échange</translation>
    </message>
    <message>
        <source>Delete Interaction</source>
        <translation>Supprimer l&apos;échange</translation>
    </message>
</context>
<context>
    <name>LanguageChecklist</name>
    <message>
        <source>Find a language</source>
        <translation>Rechercher une langue</translation>
    </message>
    <message>
        <source>Find a language…</source>
        <translation>Rechercher une langue…</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
</context>
<context>
    <name>LanguageRestart</name>
    <message>
        <source>{app} restarts in the new language once the open dialog is closed.</source>
        <translation>{app} redémarrera dans la nouvelle langue dès que la boîte de dialogue ouverte sera fermée.</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>Redémarrer maintenant ?</translation>
    </message>
    <message>
        <source>{app} speaks {language} from its next start. Restart now? It opens again on this page; your profile is saved, and open dialogs are closed first (you are asked about anything typed in them).</source>
        <translation>{app} sera en {language} dès son prochain démarrage. Redémarrer maintenant ? Il se rouvrira sur cette page ; votre profil est enregistré, et les boîtes de dialogue ouvertes sont d’abord fermées (on vous demandera quoi faire de ce que vous y avez saisi).</translation>
    </message>
    <message>
        <source>{app} speaks the system&apos;s language from its next start. Restart now? It opens again on this page; your profile is saved, and open dialogs are closed first (you are asked about anything typed in them).</source>
        <translation>{app} sera dans la langue du système dès son prochain démarrage. Redémarrer maintenant ? Il se rouvrira sur cette page ; votre profil est enregistré, et les boîtes de dialogue ouvertes sont d’abord fermées (on vous demandera quoi faire de ce que vous y avez saisi).</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
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
        <source>Read only: your role may look at the team&apos;s register but not change it</source>
        <translation>Lecture seule : votre rôle peut consulter le registre de l&apos;équipe mais pas le modifier</translation>
    </message>
    <message>
        <source>Updated with your colleagues&apos; changes</source>
        <translation>Mis à jour avec les modifications de vos collègues</translation>
    </message>
    <message>
        <source>Waiting for the database: another program is writing to it. Your change is saved as soon as it is free.</source>
        <translation>En attente de la base de données : un autre programme y écrit. Votre modification est enregistrée dès qu’elle est libre.</translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation>Villes pairs</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Notes d’information</translation>
    </message>
    <message>
        <source>Make a brief first: choose what it covers, then Preview.</source>
        <translation>Préparez d&apos;abord une note : choisissez ce qu&apos;elle couvre, puis Aperçu.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Stakeholder map</source>
        <translation>Carte des acteurs</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders placed by influence and interest.</source>
        <translation>
            <numerusform>%Ln acteur placé selon l’influence et l’intérêt.</numerusform>
            <numerusform>%Ln acteurs placés selon l’influence et l’intérêt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not placed.</source>
        <translation>
            <numerusform>%Ln non placé.</numerusform>
            <numerusform>%Ln non placés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows the same stakeholders.</source>
        <translation>La liste montre les mêmes acteurs.</translation>
    </message>
    <message>
        <source>{name}
{stage} · {kind}
Influence {influence}, interest {interest}</source>
        <translation>{name}
{stage} · {kind}
Influence {influence}, intérêt {interest}</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Which column feeds which field</source>
        <translation>Quelle colonne alimente quel champ</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Ignorer cette colonne</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Champ pour la colonne {column}</translation>
    </message>
    <message>
        <source>{field} is chosen for several columns: keep one.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» est choisi pour plusieurs colonnes&#xa0;: n’en conservez qu’une.</translation>
    </message>
</context>
<context>
    <name>MaturityCombo</name>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Plan a Meeting</source>
        <translation>Planifier une réunion</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;When (local time):</source>
        <translation>&amp;Quand (heure locale) :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>&amp;Lien en ligne :</translation>
    </message>
    <message>
        <source>&amp;Agenda (one item a line):</source>
        <translation>&amp;Ordre du jour (un point par ligne) :</translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation>&amp;Compte rendu :</translation>
    </message>
    <message>
        <source>&amp;Decisions (one a line):</source>
        <translation>&amp;Décisions (une par ligne) :</translation>
    </message>
    <message>
        <source>Every member sees the meeting in their own time zone.</source>
        <translation>Chaque membre voit la réunion dans son propre fuseau horaire.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Choisissez un fuseau horaire dans la liste.</translation>
    </message>
    <message>
        <source>{zone}; on this computer: {time}</source>
        <translation>{zone} ; sur cet ordinateur : {time}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicates</source>
        <translation>Fusionner les doublons</translation>
    </message>
    <message>
        <source>Master record</source>
        <translation>Fiche principale</translation>
    </message>
    <message>
        <source>&amp;Keep this record:</source>
        <translation>&amp;Conserver cette fiche&#xa0;:</translation>
    </message>
    <message>
        <source>Which value to keep for each field</source>
        <translation>Valeur à conserver pour chaque champ</translation>
    </message>
    <message>
        <source>What the merge will do</source>
        <translation>Effet de la fusion</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Fewer than two of these stakeholders still exist: nothing to merge.</source>
        <translation>Moins de deux de ces acteurs existent encore&#xa0;: il n’y a rien à fusionner.</translation>
    </message>
    <message>
        <source>{field} from {name}</source>
        <translation>{field} de {name}</translation>
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
        <source>consent recorded</source>
        <translation>consentement enregistré</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>pas de consentement</translation>
    </message>
    <message>
        <source>{master} is kept (same ID, so peer cities still recognise it).</source>
        <translation>{master} est gardé (même ID, les villes pairs le reconnaissent donc toujours).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other records are merged into it and then deleted.</source>
        <translation>
            <numerusform>%Ln autre fiche y est fusionnée puis supprimée.</numerusform>
            <numerusform>%Ln autres fiches y sont fusionnées puis supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln interactions move to it.</source>
        <translation>
            <numerusform>Leur %Ln échange y est déplacé.</numerusform>
            <numerusform>Leurs %Ln échanges y sont déplacés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags, sectors and topics are combined; their people are linked to it.</source>
        <translation>Les étiquettes, secteurs et thèmes sont réunis ; leurs personnes y sont rattachées.</translation>
    </message>
    <message>
        <source>Taken from the others: {fields}.</source>
        <translation>Repris des autres fiches&#xa0;: {fields}.</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Click to see the recent messages.</source>
        <translation>Cliquez pour voir les messages récents.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Open questions to raise</source>
        <translation>Questions ouvertes à aborder</translation>
    </message>
    <message>
        <source>Open &amp;questions to raise (one per line):</source>
        <translation>&amp;Questions ouvertes à aborder (une par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reset texts to the suggestions</source>
        <translation>Réta&amp;blir les textes proposés</translation>
    </message>
    <message>
        <source>Replace your edits with the texts RRR Desktop suggests</source>
        <translation>Remplace vos modifications par les textes que propose RRR Desktop</translation>
    </message>
    <message>
        <source>&amp;{part} (your text):</source>
        <translation>&amp;{part} (votre texte)&#xa0;:</translation>
    </message>
    <message>
        <source>You rewrote this text: it no longer follows the data. Reset texts to the suggestions brings the suggestion back.</source>
        <translation>Vous avez réécrit ce texte&#xa0;: il ne suit plus les données. «&#xa0;Rétablir les textes proposés&#xa0;» fait revenir la proposition.</translation>
    </message>
    <message>
        <source>Reset the brief&apos;s texts</source>
        <translation>Rétablir les textes de la note d’information</translation>
    </message>
</context>
<context>
    <name>NotesTable</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>not set</source>
        <translation>non renseignée</translation>
    </message>
</context>
<context>
    <name>PeerDetailView</name>
    <message>
        <source>Peer city details and sources</source>
        <translation>Détails et sources de la ville pair</translation>
    </message>
    <message>
        <source>Select a peer city to see its profile and sources.</source>
        <translation>Sélectionnez une ville pair pour voir son profil et ses sources.</translation>
    </message>
    <message>
        <source>{city} has not written some of its texts in your language: they are shown as the city wrote them, followed by their language.</source>
        <translation>{city} n’a pas écrit certains de ses textes dans votre langue : ils figurent tels que la ville les a écrits, suivis de leur langue.</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>Ce qu’elle propose</translation>
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
        <source>None recorded.</source>
        <translation>Aucun élément enregistré.</translation>
    </message>
    <message>
        <source>In their own words: {topics}</source>
        <translation>Dans ses propres termes&#xa0;: {topics}</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <source>Stakeholders they shared</source>
        <translation>Acteurs qu’elle a partagés</translation>
    </message>
    <message>
        <source>None yet: they arrive with the city&apos;s bundles.</source>
        <translation>Aucun pour l’instant&#xa0;: ils arrivent avec les lots de la ville.</translation>
    </message>
    <message>
        <source>Data from the bundle {file} sent by {sender} on {date}, imported {imported}</source>
        <translation>Données du lot {file} envoyé par {sender} (envoi&#xa0;: {date}&#x202f;; importation&#xa0;: {imported})</translation>
    </message>
    <message>
        <source>Data from {source} of {date}</source>
        <translation>Données issues de {source} ({date})</translation>
    </message>
    <message>
        <source>Data of {date}, source not recorded</source>
        <translation>Données ({date}), source non enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>⚠ This information is more than %Ln months old: check it with the city before relying on it.</source>
        <translation>
            <numerusform>⚠ Cette information a plus de %Ln mois : vérifiez-la auprès de la ville avant de vous y fier.</numerusform>
            <numerusform>⚠ Cette information a plus de %Ln mois : vérifiez-la auprès de la ville avant de vous y fier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ This information is more than %Ln years old: check it with the city before relying on it.</source>
        <translation>
            <numerusform>⚠ Cette information a plus d’un an : vérifiez-la auprès de la ville avant de vous y fier.</numerusform>
            <numerusform>⚠ Cette information a plus de %Ln ans : vérifiez-la auprès de la ville avant de vous y fier.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>date inconnue</translation>
    </message>
</context>
<context>
    <name>PeerFilterBar</name>
    <message>
        <source>Search cities (Ctrl+F)</source>
        <translation>Rechercher des villes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search peer cities by name</source>
        <translation>Rechercher des villes pairs par nom</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>Filtrer par thème</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filtrer par langue</translation>
    </message>
    <message>
        <source>Filter by region or country</source>
        <translation>Filtrer par région ou pays</translation>
    </message>
    <message>
        <source>Show &amp;hidden</source>
        <translation>Afficher les &amp;villes masquées</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Toutes les régions</translation>
    </message>
</context>
<context>
    <name>PeerMatchView</name>
    <message>
        <source>Why this peer is suggested</source>
        <translation>Pourquoi cette ville pair est suggérée</translation>
    </message>
    <message>
        <source>Select a peer city to see why it is suggested.</source>
        <translation>Sélectionnez une ville pair pour voir pourquoi elle est suggérée.</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>Score&#xa0;: {score}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Points per criterion</source>
        <translation>Points par critère</translation>
    </message>
    <message>
        <source>{criterion}: {points} points</source>
        <translation>{criterion}&#xa0;: {points} points</translation>
    </message>
</context>
<context>
    <name>PeerNoteEditor</name>
    <message>
        <source>&amp;Our notes (private, never shared)</source>
        <translation>&amp;Nos notes (privées, jamais partagées)</translation>
    </message>
    <message>
        <source>Our private notes about this city</source>
        <translation>Nos notes privées sur cette ville</translation>
    </message>
    <message>
        <source>Contacts, what was agreed, what to ask next time… Saved automatically.</source>
        <translation>Contacts, ce qui a été convenu, ce qu’il faudra demander la prochaine fois… Enregistrement automatique.</translation>
    </message>
    <message>
        <source>Not saved yet: the last save failed.</source>
        <translation>Pas encore enregistrée&#xa0;: le dernier enregistrement a échoué.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistrée.</translation>
    </message>
    <message>
        <source>The note could not be saved: {problem} Your text is kept here and will be saved again when you type or leave the note.</source>
        <translation>La note n’a pas pu être enregistrée&#xa0;: {problem} Votre texte est conservé ici et sera de nouveau enregistré lorsque vous saisirez du texte ou quitterez la note.</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>&amp;Weights…</source>
        <translation>P&amp;ondérations…</translation>
    </message>
    <message>
        <source>How much each reason counts in the ranking</source>
        <translation>Le poids de chaque raison dans le classement</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>&amp;Suggestions</translation>
    </message>
    <message>
        <source>&amp;Proposed groups</source>
        <translation>Groupes &amp;proposés</translation>
    </message>
    <message>
        <source>Suggested peer cities, best first</source>
        <translation>Villes pairs suggérées, les plus pertinentes en premier</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Profile, sources and notes</source>
        <translation>Profil, sources et notes</translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation>Villes pairs</translation>
    </message>
    <message>
        <source>Choose your city on the Profile page first: peers are ranked against it.</source>
        <translation>Choisissez d’abord votre ville sur la page Profil&#xa0;: les villes pairs sont classées par rapport à elle.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln peer cities</source>
        <translation>
            <numerusform>{shown} sur %Ln ville pair</numerusform>
            <numerusform>{shown} sur %Ln villes pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln hidden)</source>
        <translation>
            <numerusform>(%Ln masquée)</numerusform>
            <numerusform>(%Ln masquées)</numerusform>
        </translation>
    </message>
    <message>
        <source>No peer cities yet: they arrive with bundles from other cities.</source>
        <translation>Aucune ville pair pour l’instant&#xa0;: elles arrivent avec les lots envoyés par d’autres villes.</translation>
    </message>
    <message>
        <source>Every peer city is hidden: tick “Show hidden” to see them.</source>
        <translation>Toutes les villes pairs sont masquées&#xa0;: cochez «&#xa0;Afficher les villes masquées&#xa0;» pour les voir.</translation>
    </message>
    <message>
        <source>No peer city speaks {language}.</source>
        <translation>Aucune ville pair ne parle {language}.</translation>
    </message>
    <message>
        <source>No peer city in {region}.</source>
        <translation>Aucune ville pair dans la région {region}.</translation>
    </message>
    <message>
        <source>No peer city in {region} speaks {language}.</source>
        <translation>Aucune ville pair de la région {region} ne parle {language}.</translation>
    </message>
    <message>
        <source>No peer city has anything in common with yours on {topic}.</source>
        <translation>Aucune ville pair n’a de point commun avec la vôtre sur le thème {topic}.</translation>
    </message>
    <message>
        <source>No peer city has anything in common with yours yet.</source>
        <translation>Aucune ville pair n’a encore de point commun avec la vôtre.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Modification non effectuée</translation>
    </message>
    <message>
        <source>No peer city matches “{search}”.</source>
        <translation>Aucune ville pair ne correspond à «&#xa0;{search}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>PinAndHide</name>
    <message>
        <source>&amp;Pin</source>
        <translation>É&amp;pingler</translation>
    </message>
    <message>
        <source>Pin to the top of the list, or unpin (Ctrl+Shift+P)</source>
        <translation>Épingler en haut de la liste, ou désépingler (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Hide from suggestions, or show again (Ctrl+Shift+H)</source>
        <translation>Masquer dans les suggestions, ou afficher de nouveau (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Désé&amp;pingler</translation>
    </message>
    <message>
        <source>S&amp;how again</source>
        <translation>Ne plus &amp;masquer</translation>
    </message>
    <message>
        <source>Pin Peer City</source>
        <translation>Épingler la ville pair</translation>
    </message>
    <message>
        <source>Unpin Peer City</source>
        <translation>Désépingler la ville pair</translation>
    </message>
    <message>
        <source>Hide Peer City</source>
        <translation>Masquer la ville pair</translation>
    </message>
    <message>
        <source>Show Peer City Again</source>
        <translation>Afficher de nouveau la ville pair</translation>
    </message>
</context>
<context>
    <name>PracticesEditor</name>
    <message>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <source>Add practice</source>
        <translation>Ajouter une pratique</translation>
    </message>
    <message>
        <source>Describe a practice of our city that peers can learn from</source>
        <translation>Décrivez une pratique de notre ville dont les villes pairs peuvent s&apos;inspirer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected practice</source>
        <translation>Supprimer la pratique sélectionnée</translation>
    </message>
    <message>
        <source>No practices yet. Add the programmes and mechanisms your city runs, so peers can learn from them.</source>
        <translation>Aucune pratique pour l’instant. Ajoutez les programmes et dispositifs que votre ville met en œuvre, afin que les villes pairs puissent s’en inspirer.</translation>
    </message>
    <message>
        <source>Practice title</source>
        <translation>Titre de la pratique</translation>
    </message>
    <message>
        <source>e.g. Neighbourhood hubs</source>
        <translation>p. ex. Pôles de quartier</translation>
    </message>
    <message>
        <source>Kind of practice</source>
        <translation>Type de pratique</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Year started</source>
        <translation>Année de lancement</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>Practice description</source>
        <translation>Description de la pratique</translation>
    </message>
    <message>
        <source>Practice topics</source>
        <translation>Thèmes de la pratique</translation>
    </message>
    <message>
        <source>Practice link</source>
        <translation>Lien vers la pratique</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>Éta&amp;pe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Year started:</source>
        <translation>&amp;Année de lancement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation>Thè&amp;mes&#xa0;:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>L&amp;ien&#xa0;:</translation>
    </message>
    <message>
        <source>(untitled practice)</source>
        <translation>(pratique sans titre)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Peer Cities</source>
        <translation>&amp;Villes pairs</translation>
    </message>
    <message>
        <source>&amp;Team Database</source>
        <translation>Base de données de l&apos;é&amp;quipe</translation>
    </message>
    <message>
        <source>Your login name</source>
        <translation>Votre nom d’utilisateur</translation>
    </message>
    <message>
        <source>Recorded with every change you make, so that colleagues sharing a team database see who changed what. Left empty: your login name (on a team database, your database user).</source>
        <translation>Enregistré avec chaque modification que vous faites, pour que les collègues qui partagent une base de données d’équipe voient qui a modifié quoi. Laissé vide : votre nom d’utilisateur (sur une base de données d’équipe, votre utilisateur de la base).</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>The language of the window and, by default, of briefs</source>
        <translation>La langue de la fenêtre et, par défaut, des notes d&apos;information</translation>
    </message>
    <message>
        <source>After OK you can restart in the new language now, or keep working until the next start.</source>
        <translation>Après OK, vous pourrez redémarrer tout de suite dans la nouvelle langue ou continuer à travailler jusqu’au prochain démarrage.</translation>
    </message>
    <message>
        <source>Proposed for new briefs and when printing; usual here: {paper}</source>
        <translation>Proposé pour les nouvelles notes et à l&apos;impression ; usuel ici : {paper}</translation>
    </message>
    <message>
        <source>Where exported lists, bundles and briefs are proposed to be saved</source>
        <translation>Où les listes, lots et notes exportés sont proposés à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>Choisir le dossier d&apos;exportation par défaut</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Paper &amp;size:</source>
        <translation>&amp;Format du papier :</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>Dossier d&apos;&amp;exportation :</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>A peer city&apos;s data older than this is flagged in the list, the suggestions and its details, as a reminder to ask the city for a new bundle</source>
        <translation>Les données d&apos;une ville pair plus anciennes que cela sont signalées dans la liste, les suggestions et ses détails, pour rappeler de lui demander un nouveau lot</translation>
    </message>
    <message>
        <source>Flag peer data older than:</source>
        <translation>Signaler les données des villes pairs de plus de :</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Dossier d&apos;exportation par défaut</translation>
    </message>
    <message>
        <source>The export folder {folder} does not exist: choose an existing folder. Nothing was saved.</source>
        <translation>Le dossier d&apos;exportation {folder} n&apos;existe pas : choisissez un dossier existant. Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ProfileAutosave</name>
    <message>
        <source>An unexpected error happened.</source>
        <translation>Une erreur inattendue s’est produite.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Our city&apos;s profile</source>
        <translation>Profil de notre ville</translation>
    </message>
    <message>
        <source>Summary of our social economy ecosystem</source>
        <translation>Synthèse de notre écosystème d’économie sociale</translation>
    </message>
    <message>
        <source>Who makes up the local social and solidarity economy, what the city does for it, what works and what is hard.</source>
        <translation>Qui compose l’économie sociale et solidaire locale, ce que la ville fait pour elle, ce qui fonctionne et ce qui est difficile.</translation>
    </message>
    <message>
        <source>Contact office</source>
        <translation>Service à contacter</translation>
    </message>
    <message>
        <source>Office, address, shared email</source>
        <translation>Service, adresse, courriel commun</translation>
    </message>
    <message>
        <source>What we offer</source>
        <translation>Ce que nous proposons</translation>
    </message>
    <message>
        <source>What we want to learn</source>
        <translation>Ce que nous souhaitons apprendre</translation>
    </message>
    <message>
        <source>Shared challenges</source>
        <translation>Défis communs</translation>
    </message>
    <message>
        <source>About our ecosystem</source>
        <translation>À propos de notre écosystème</translation>
    </message>
    <message>
        <source>Topics where we have experience to share with peers.</source>
        <translation>Thèmes sur lesquels nous avons une expérience à partager avec les villes pairs.</translation>
    </message>
    <message>
        <source>Topics where we look for a peer city to learn from.</source>
        <translation>Thèmes pour lesquels nous cherchons une ville pair dont nous pourrions nous inspirer.</translation>
    </message>
    <message>
        <source>Problems we face and would tackle with others.</source>
        <translation>Problèmes auxquels nous faisons face et que nous aimerions traiter avec d’autres villes.</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <source>Programmes and mechanisms: awards, hubs, financial mechanisms, bonds, communication strategies, digital programmes…</source>
        <translation>Programmes et dispositifs&#xa0;: prix, pôles, mécanismes financiers, obligations, stratégies de communication, programmes numériques…</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>How mature is our city on each topic, from 0 (nothing yet) to 10 (a reference for others)? “Not assessed” is not 0.</source>
        <translation>Quel est le degré de maturité de notre ville sur chaque thème, de 0 (rien pour l’instant) à 10 (une référence pour les autres)&#x202f;? «&#xa0;Non évalué&#xa0;» n’équivaut pas à 0.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Synthèse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contact office:</source>
        <translation>Service à &amp;contacter&#xa0;:</translation>
    </message>
    <message>
        <source>Profile of {city}</source>
        <translation>Profil de {city}</translation>
    </message>
    <message>
        <source>{language}: {text}</source>
        <translation>{language} : {text}</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>year started</source>
        <translation>année de début</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>thèmes</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>maturity</source>
        <translation>maturité</translation>
    </message>
    <message>
        <source>date assessed</source>
        <translation>date d’évaluation</translation>
    </message>
    <message>
        <source>Own-words topic {number}</source>
        <translation>Thème {number} dans nos propres termes</translation>
    </message>
    <message>
        <source>Practice “{title}”</source>
        <translation>Pratique «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Practice {number} (untitled)</source>
        <translation>Pratique {number} (sans titre)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Try saving the profile again</source>
        <translation>Réessayer d’enregistrer le profil</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Reload the profile as stored and lose the changes made here</source>
        <translation>Recharger le profil tel qu’il est enregistré et perdre les modifications faites ici</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>Save the profile as shown here over the other change</source>
        <translation>Enregistrer le profil tel qu’il apparaît ici, à la place de l’autre modification</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Restored changes that were not saved when RRR Desktop last closed.</source>
        <translation>Les modifications qui n’avaient pas été enregistrées lors de la dernière fermeture de RRR Desktop ont été restaurées.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>{changed} Your text is kept: Reload to see their change and lose yours here, or Keep Mine to save your version over it.</source>
        <translation>{changed} Votre texte est conservé : « Recharger » affiche sa modification et abandonne la vôtre ici ; « Garder ma version » enregistre votre version à sa place.</translation>
    </message>
    <message>
        <source>Not saved yet: fix what is marked below; it is saved as soon as it is fixed. Your text is kept.</source>
        <translation>Pas encore enregistré&#xa0;: corrigez ce qui est signalé ci-dessous&#x202f;; l’enregistrement se fera dès que ce sera corrigé. Votre texte est conservé.</translation>
    </message>
    <message>
        <source>Not saved: {reason} Your text is kept; RRR Desktop will try again.</source>
        <translation>Non enregistré&#xa0;: {reason} Votre texte est conservé&#x202f;; RRR Desktop réessaiera.</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Modifier le profil</translation>
    </message>
</context>
<context>
    <name>ProposedGroupsView</name>
    <message>
        <source>Proposed working groups</source>
        <translation>Groupes de travail proposés</translation>
    </message>
    <message>
        <source>Groups of three to six cities that the matching proposes for the network, around topics some want to learn and others offer; under each city, why it is in. Start one to plan its meetings and actions on the Working groups page.</source>
        <translation>Des groupes de trois à six villes que la mise en relation propose pour le réseau, autour de sujets que certaines veulent apprendre et que d&apos;autres offrent ; sous chaque ville, pourquoi elle en fait partie. Lancez-en un pour planifier ses réunions et ses actions sur la page Groupes de travail.</translation>
    </message>
    <message>
        <source>&amp;Start this group…</source>
        <translation>&amp;Lancer ce groupe…</translation>
    </message>
    <message>
        <source>Make a working group of our city and these cities: check its name, members and lead, then find it on the Working groups page</source>
        <translation>Créer un groupe de travail de notre ville et de ces villes : vérifiez son nom, ses membres et sa ville pilote, puis retrouvez-le sur la page Groupes de travail</translation>
    </message>
    <message>
        <source>{topics} (lead: {lead})</source>
        <translation>{topics} (pilote&#xa0;: {lead})</translation>
    </message>
    <message>
        <source>started as “{name}”</source>
        <translation>lancé sous le nom « {name} »</translation>
    </message>
    <message>
        <source>No group to propose yet: groups form around topics that some cities want to learn and others offer (the cities&apos; profiles).</source>
        <translation>Pas encore de groupe à proposer : les groupes se forment autour de sujets que certaines villes veulent apprendre et que d&apos;autres offrent (les profils des villes).</translation>
    </message>
</context>
<context>
    <name>RecentBriefsList</name>
    <message>
        <source>Recent briefs</source>
        <translation>Notes récentes</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show the selected brief again</source>
        <translation>Affiche à nouveau la note sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>Remove from this list; the file is kept</source>
        <translation>Retirer de cette liste&#x202f;; le fichier est conservé</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Show the folder that holds the selected brief</source>
        <translation>Affiche le dossier qui contient la note sélectionnée</translation>
    </message>
    <message>
        <source>(file missing: moved or deleted)</source>
        <translation>(fichier introuvable&#xa0;: déplacé ou supprimé)</translation>
    </message>
    <message>
        <source>No brief saved yet.</source>
        <translation>Aucune note d’information enregistrée pour l’instant.</translation>
    </message>
</context>
<context>
    <name>RecentMessagesDialog</name>
    <message>
        <source>Recent Messages</source>
        <translation>Messages récents</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Messages récents</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Aucun message pour l’instant.</translation>
    </message>
</context>
<context>
    <name>RecordDiff</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>La nôtre</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source>Fields that differ: ours and theirs</source>
        <translation>Champs qui diffèrent : les nôtres et les leurs</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Leur valeur</translation>
    </message>
    <message>
        <source>What the record holds</source>
        <translation>Ce que contient la fiche</translation>
    </message>
    <message>
        <source>same items in another order</source>
        <translation>mêmes éléments dans un autre ordre</translation>
    </message>
</context>
<context>
    <name>RecordStanding</name>
    <message>
        <source>New to us</source>
        <translation>Nouvelle pour nous</translation>
    </message>
    <message>
        <source>Changed since we last received it</source>
        <translation>Modifiée depuis notre dernière réception</translation>
    </message>
    <message>
        <source>We changed it too</source>
        <translation>Nous l’avons modifiée aussi</translation>
    </message>
    <message>
        <source>Ours is newer</source>
        <translation>La nôtre est plus récente</translation>
    </message>
    <message>
        <source>The same as ours</source>
        <translation>Identique à la nôtre</translation>
    </message>
    <message>
        <source>Withdrawn by the sender</source>
        <translation>Retirée par l’expéditeur</translation>
    </message>
    <message>
        <source>{status} (their change of {day})</source>
        <translation>{status} (leur modification du {day})</translation>
    </message>
    <message>
        <source>Everything it holds is below; importing adds it.</source>
        <translation>Tout ce qu’elle contient est ci-dessous&#xa0;; l’importer l’ajoute.</translation>
    </message>
    <message>
        <source>Below, the fields they changed: ours and theirs. Importing takes theirs.</source>
        <translation>Ci-dessous, les champs qu’ils ont modifiés&#xa0;: la nôtre et la leur. L’importer prend la leur.</translation>
    </message>
    <message>
        <source>Ours and theirs differ and neither is newer (below). We keep ours unless you tick it to take theirs.</source>
        <translation>La nôtre et la leur diffèrent et aucune n’est plus récente (ci-dessous). Nous gardons la nôtre sauf si vous la cochez pour prendre la leur.</translation>
    </message>
    <message>
        <source>We hold a later version of it: theirs is kept out.</source>
        <translation>Nous en avons une version plus récente&#xa0;: la leur est écartée.</translation>
    </message>
    <message>
        <source>Importing changes nothing; below, what it holds.</source>
        <translation>L’importer ne change rien&#xa0;; ci-dessous, ce qu’elle contient.</translation>
    </message>
    <message>
        <source>Importing removes it from what we hold of the sender.</source>
        <translation>L’importer la retire de ce que nous détenons de l’expéditeur.</translation>
    </message>
    <message>
        <source>Their revision: {theirs}; we have no revision of it</source>
        <translation>Leur version&#xa0;: {theirs}&#xa0;; nous n’en avons aucune version</translation>
    </message>
    <message>
        <source>Our revision: {ours}; theirs: {theirs}</source>
        <translation>Notre version&#xa0;: {ours}&#xa0;; la leur&#xa0;: {theirs}</translation>
    </message>
</context>
<context>
    <name>RegisterFlows</name>
    <message>
        <source>Import finished: {added} added, {updated} updated, {skipped} skipped, {failed} with problems.</source>
        <translation>Importation terminée. Ajoutés&#xa0;: {added}&#xa0;; mis à jour&#xa0;: {updated}&#xa0;; ignorés&#xa0;: {skipped}&#xa0;; posant problème&#xa0;: {failed}.</translation>
    </message>
    <message>
        <source>Rows to fix: {file}</source>
        <translation>Lignes à corriger&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Add about 300 sample stakeholders to {city}&apos;s register? They are made up and clearly labelled: each name ends with “{marked}” and each carries the “sample” tag, so they can be found by that tag and archived or deleted together.</source>
        <translation>Ajouter environ 300 acteurs d’exemple au registre de {city}&#x202f;? Ils sont fictifs et clairement signalés&#xa0;: chaque nom se termine par «&#xa0;{marked}&#xa0;» et chacun porte l’étiquette «&#xa0;sample&#xa0;», ce qui permet de les retrouver grâce à cette étiquette et de les archiver ou de les supprimer tous ensemble.</translation>
    </message>
    <message>
        <source>&amp;Add Sample Data</source>
        <translation>A&amp;jouter les données d’exemple</translation>
    </message>
    <message numerus="yes">
        <source>Sample data loaded: %Ln stakeholders, each tagged “sample”.</source>
        <translation>
            <numerusform>Données d’exemple chargées : %Ln acteur, étiqueté « sample ».</numerusform>
            <numerusform>Données d’exemple chargées : %Ln acteurs, chacun étiqueté « sample ».</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {file} could not be written: {reason}. Nothing was changed; choose another folder or name.</source>
        <translation>Le fichier {file} n’a pas pu être écrit&#xa0;: {reason}. Rien n’a été modifié&#x202f;; choisissez un autre dossier ou un autre nom.</translation>
    </message>
</context>
<context>
    <name>ScoreCombo</name>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keyring (its safe store of passwords), never in a file</source>
        <translation>Conservé dans le trousseau de cet ordinateur (son coffre sûr de mots de passe), jamais dans un fichier</translation>
    </message>
    <message>
        <source>This computer has no keyring service to keep it safely: it is asked again at each start of RRR Desktop.</source>
        <translation>Cet ordinateur n&apos;a pas de service de trousseau pour la conserver en sûreté : elle est redemandée à chaque démarrage de RRR Desktop.</translation>
    </message>
    <message>
        <source>Type it first.</source>
        <translation>Saisissez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The two do not match: type it again in both fields.</source>
        <translation>Les deux ne correspondent pas : saisissez-la de nouveau dans les deux champs.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <source>Your Signing Key</source>
        <translation>Votre clé de signature</translation>
    </message>
    <message>
        <source>Every bundle you export is signed with this installation&apos;s key. When a peer city imports your first bundle, they see this fingerprint: read it to them by phone, group by group, so they know the bundle is really yours.</source>
        <translation>Chaque lot que vous exportez est signé avec la clé de cette installation. Lorsqu’une ville pair importe votre premier lot, elle voit cette empreinte&#xa0;: lisez-la à votre interlocuteur par téléphone, groupe par groupe, pour qu’il sache que le lot vient bien de vous.</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Empreinte de la clé</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>SourceOptions</name>
    <message>
        <source>Encoding of the file</source>
        <translation>Encodage du fichier</translation>
    </message>
    <message>
        <source>Import these &amp;headings as stakeholders too</source>
        <translation>Importer aussi ces &amp;titres comme acteurs</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>Headings:</source>
        <translation>Titres :</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; (row {number})</source>
        <translation>« {text} » (ligne {number})</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows that look like section headings were set aside: {rows}.</source>
        <translation>
            <numerusform>%Ln ligne qui ressemble à un titre de section a été mise de côté : {rows}.</numerusform>
            <numerusform>%Ln lignes qui ressemblent à des titres de section ont été mises de côté : {rows}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderActions</name>
    <message>
        <source>New &amp;Organisation…</source>
        <translation>Nouvelle &amp;organisation…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New &amp;Person…</source>
        <translation>Nouvelle &amp;personne…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Add &amp;Interaction…</source>
        <translation>A&amp;jouter un échange…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>&amp;Restore from Archive</source>
        <translation>&amp;Restaurer depuis les archives</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicates…</source>
        <translation>&amp;Fusionner les doublons…</translation>
    </message>
    <message>
        <source>Add an organisation to the register</source>
        <translation>Ajoute une organisation au registre</translation>
    </message>
    <message>
        <source>Add a person to the register</source>
        <translation>Ajoute une personne au registre</translation>
    </message>
    <message>
        <source>Change the selected stakeholder</source>
        <translation>Modifie l&apos;acteur sélectionné</translation>
    </message>
    <message>
        <source>Record a meeting, call or e-mail with the selected stakeholder</source>
        <translation>Note une réunion, un appel ou un courriel avec l&apos;acteur sélectionné</translation>
    </message>
    <message>
        <source>Hide the selected stakeholders from the list, keeping their history</source>
        <translation>Retire les acteurs sélectionnés de la liste en gardant leur historique</translation>
    </message>
    <message>
        <source>Bring the selected archived stakeholders back</source>
        <translation>Fait revenir les acteurs archivés sélectionnés</translation>
    </message>
    <message>
        <source>Delete the selected stakeholders (Undo brings them back)</source>
        <translation>Supprime les acteurs sélectionnés (Annuler les fait revenir)</translation>
    </message>
    <message>
        <source>Join the selected duplicates into one stakeholder</source>
        <translation>Réunit les doublons sélectionnés en un seul acteur</translation>
    </message>
    <message>
        <source>Take back the last change to the register</source>
        <translation>Annule la dernière modification du registre</translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation>Rétablit la modification annulée</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>New {name}</source>
        <translation>Nouveau : {name}</translation>
    </message>
    <message>
        <source>Stakeholder saved.</source>
        <translation>Acteur enregistré.</translation>
    </message>
    <message>
        <source>Interaction saved.</source>
        <translation>Échange enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln stakeholders</source>
        <translation>
            <numerusform>Fusionner %Ln acteur</numerusform>
            <numerusform>Fusionner %Ln acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders merged into one.</source>
        <translation>
            <numerusform>%Ln acteur fusionné en un seul.</numerusform>
            <numerusform>%Ln acteurs fusionnés en un seul.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interactions moved.</source>
        <translation>
            <numerusform>%Ln échange déplacé.</numerusform>
            <numerusform>%Ln échanges déplacés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Follow-up Done</source>
        <translation>Marquer le suivi comme fait</translation>
    </message>
    <message>
        <source>Follow-up marked done.</source>
        <translation>Relance marquée comme effectuée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders archived. Show them with “Show archived”.</source>
        <translation>
            <numerusform>%Ln acteur archivé. Affichez-le avec « Afficher les archivés ».</numerusform>
            <numerusform>%Ln acteurs archivés. Affichez-les avec « Afficher les archivés ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders restored from the archive.</source>
        <translation>
            <numerusform>%Ln acteur sorti des archives.</numerusform>
            <numerusform>%Ln acteurs sortis des archives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %Ln stakeholders</source>
        <translation>
            <numerusform>Archivage de %Ln acteur</numerusform>
            <numerusform>Archivage de %Ln acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln stakeholders from the archive</source>
        <translation>
            <numerusform>Sortie des archives de %Ln acteur</numerusform>
            <numerusform>Sortie des archives de %Ln acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted. Undo with {keys}.</source>
        <translation>
            <numerusform>%Ln acteur supprimé. Annulez avec {keys}.</numerusform>
            <numerusform>%Ln acteurs supprimés. Annulez avec {keys}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln stakeholders</source>
        <translation>
            <numerusform>Suppression de %Ln acteur</numerusform>
            <numerusform>Suppression de %Ln acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders restored.</source>
        <translation>
            <numerusform>%Ln acteur restauré.</numerusform>
            <numerusform>%Ln acteurs restaurés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted.</source>
        <translation>
            <numerusform>%Ln acteur supprimé.</numerusform>
            <numerusform>%Ln acteurs supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Annulé : {change}</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>Rétabli : {change}</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Acteurs</translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>Edit stakeholder</source>
        <translation>Modifier l’acteur</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation>O&amp;rganisation</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>S&amp;hareable: may go into exchange bundles for peer cities (personal data only if you include it)</source>
        <translation>Partagea&amp;ble&#xa0;: peut figurer dans les lots transmis aux villes pairs (données personnelles uniquement si vous les incluez)</translation>
    </message>
    <message>
        <source>This record is:</source>
        <translation>Type de fiche&#xa0;:</translation>
    </message>
    <message>
        <source>You changed this stakeholder. Discard the changes?</source>
        <translation>Vous avez modifié cet acteur. Abandonner les modifications&#x202f;?</translation>
    </message>
</context>
<context>
    <name>StakeholderExport</name>
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
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>The file could not be written ({problem}): choose another folder or close the file if a spreadsheet has it open, then export again.</source>
        <translation>Le fichier n’a pas pu être écrit ({problem})&#xa0;: choisissez un autre dossier ou fermez le fichier s’il est ouvert dans un tableur, puis relancez l’exportation.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders exported to {file}.</source>
        <translation>
            <numerusform>%Ln acteur exporté vers {file}.</numerusform>
            <numerusform>%Ln acteurs exportés vers {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data included for {included}; left out for {withheld} without recorded consent.</source>
        <translation>Données personnelles incluses pour {included}&#x202f;; omises pour {withheld} faute de consentement enregistré.</translation>
    </message>
</context>
<context>
    <name>StakeholderFilterBar</name>
    <message>
        <source>Search names, places, descriptions, tags (Ctrl+F)</source>
        <translation>Rechercher des noms, lieux, descriptions, étiquettes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search stakeholders</source>
        <translation>Rechercher des acteurs</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
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
        <source>Organisations or people</source>
        <translation>Organisations ou personnes</translation>
    </message>
    <message>
        <source>Organisations and people</source>
        <translation>Organisations et personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Any dates</source>
        <translation>Toutes dates</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Suivis en retard</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Révision à faire</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Afficher les &amp;archivés</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every stakeholder again</source>
        <translation>Affiche à nouveau tous les acteurs</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Tous les quartiers</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
</context>
<context>
    <name>StakeholderImport</name>
    <message>
        <source>Import stakeholders</source>
        <translation>Importer des acteurs</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods *.xls *.txt *.tsv)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.ods *.xls *.txt *.tsv)</translation>
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
    <name>StakeholderMap</name>
    <message>
        <source>Stakeholders by influence and interest</source>
        <translation>Acteurs selon leur influence et leur intérêt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No stakeholder matches these filters.</source>
        <translation>Aucun acteur ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No stakeholders yet.</source>
        <translation>Aucun acteur pour l’instant.</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Satisfaire</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Associer étroitement</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Tenir informés</translation>
    </message>
    <message>
        <source>Interest (low → high)</source>
        <translation>Intérêt (faible → fort)</translation>
    </message>
    <message>
        <source>Influence (low → high)</source>
        <translation>Influence (faible → forte)</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Étape de collaboration</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dots for an even sample of {shown} of {placed}; the number in each cell counts all.</source>
        <translation>Points affichés pour un échantillon régulier de {shown} acteurs sur {placed}&#x202f;; le nombre indiqué dans chaque case les compte tous.</translation>
    </message>
</context>
<context>
    <name>StakeholderMapView</name>
    <message>
        <source>&amp;Copy Picture</source>
        <translation>Co&amp;pier l’image</translation>
    </message>
    <message>
        <source>Copy the map to paste it into a slide or document</source>
        <translation>Copier la carte pour la coller dans une diapositive ou un document</translation>
    </message>
    <message>
        <source>Save &amp;Picture…</source>
        <translation>Enregistrer l’&amp;image…</translation>
    </message>
    <message>
        <source>Save the map as a PNG picture</source>
        <translation>Enregistre la carte en image PNG</translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation>Enregistrer la carte en tant qu’image</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be saved to {file}: {reason}. Choose another folder or name.</source>
        <translation>L’image n’a pas pu être enregistrée dans {file}&#xa0;: {reason}. Choisissez un autre dossier ou un autre nom.</translation>
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
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Partageable</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>{value} (archived)</source>
        <translation>{value} (archivé)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(en retard)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
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
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change this stakeholder</source>
        <translation>Modifie cet acteur</translation>
    </message>
    <message>
        <source>Add &amp;interaction…</source>
        <translation>A&amp;jouter un échange…</translation>
    </message>
    <message>
        <source>Record a meeting, call or e-mail with this stakeholder</source>
        <translation>Note une réunion, un appel ou un courriel avec cet acteur</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
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
        <source>People ({count}):</source>
        <translation>Personnes ({count}) :</translation>
    </message>
    <message>
        <source>People of this organisation</source>
        <translation>Personnes de cette organisation</translation>
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
        <translation>Relance en retard depuis le {date}</translation>
    </message>
    <message>
        <source>Follow-up: {date}</source>
        <translation>Relance&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Mark follow-up &amp;done</source>
        <translation>Marquer la relance comme e&amp;ffectuée</translation>
    </message>
    <message>
        <source>The follow-up of the selected interaction was done</source>
        <translation>La relance de l&apos;interaction sélectionnée a été faite</translation>
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
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>List or map</source>
        <translation>Liste ou carte</translation>
    </message>
    <message>
        <source>Show List or &amp;Map</source>
        <translation>Afficher la liste ou la &amp;carte</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Switch between the list and the influence and interest map</source>
        <translation>Bascule entre la liste et la carte influence-intérêt</translation>
    </message>
    <message>
        <source>No stakeholders yet. Import your list with File › Import Stakeholders (Ctrl+I).</source>
        <translation>Aucun acteur pour l’instant. Importez votre liste avec Fichier › Importer des acteurs (Ctrl+I).</translation>
    </message>
    <message>
        <source>No stakeholder matches these filters.</source>
        <translation>Aucun acteur ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln acteur</numerusform>
            <numerusform>%Ln acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Stakeholder saved. The filters hide it from the list: Clear Filters shows it.</source>
        <translation>Acteur enregistré. Les filtres le masquent dans la liste : Effacer les filtres l’affiche.</translation>
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
    <name>StatusMessages</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>The messages shown here since {app} started</source>
        <translation>Les messages affichés ici depuis le démarrage de {app}</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message numerus="yes">
        <source>⚠ This city&apos;s data is %Ln months old: ask the city for a new bundle before relying on it.</source>
        <translation>
            <numerusform>⚠ Les données de cette ville ont %Ln mois : demandez-lui un nouveau lot avant de vous y fier.</numerusform>
            <numerusform>⚠ Les données de cette ville ont %Ln mois : demandez-lui un nouveau lot avant de vous y fier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masquée</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglée</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseTab</name>
    <message>
        <source>&amp;Work in the team&apos;s shared database</source>
        <translation>&amp;Travailler dans la base de données partagée de l&apos;équipe</translation>
    </message>
    <message>
        <source>Off: the register is the file in this computer&apos;s data folder</source>
        <translation>Désactivé : le registre est le fichier du dossier de données de cet ordinateur</translation>
    </message>
    <message>
        <source>The server&apos;s name or address, from your IT staff</source>
        <translation>Le nom ou l&apos;adresse du serveur, donné par votre service informatique</translation>
    </message>
    <message>
        <source>your computer&apos;s user name</source>
        <translation>votre nom d&apos;utilisateur sur cet ordinateur</translation>
    </message>
    <message>
        <source>Encrypted (required)</source>
        <translation>Chiffrée (obligatoire)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Chiffrée, certificat du serveur vérifié</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Chiffrée si le serveur le propose</translation>
    </message>
    <message>
        <source>Not encrypted (this computer only)</source>
        <translation>Non chiffrée (cet ordinateur seulement)</translation>
    </message>
    <message>
        <source>Needed only when your computer&apos;s PostgreSQL password file or PGPASSWORD gives none</source>
        <translation>Nécessaire seulement si le fichier de mots de passe PostgreSQL de votre ordinateur ou PGPASSWORD n&apos;en donnent aucun</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>A password in your computer&apos;s PostgreSQL password file (pgpass) or PGPASSWORD comes first; the one typed here is never written into these settings. The team database is used from the next start.</source>
        <translation>Un mot de passe du fichier de mots de passe PostgreSQL de votre ordinateur (pgpass) ou de PGPASSWORD passe en premier ; celui saisi ici n&apos;est jamais écrit dans ces réglages. La base de données de l&apos;équipe est utilisée à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>C&amp;hiffrement :</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>Mot de p&amp;asse :</translation>
    </message>
    <message>
        <source>remembered on this computer</source>
        <translation>mémorisé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Type the server&apos;s name first.</source>
        <translation>Tapez d&apos;abord le nom du serveur.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>The database is empty: it is made ready at the next start.</source>
        <translation>La base de données est vide : elle est préparée au prochain démarrage.</translation>
    </message>
    <message>
        <source>Your role may read the register but not change it.</source>
        <translation>Votre rôle peut lire le registre mais pas le modifier.</translation>
    </message>
    <message>
        <source>The register is there and your role may change it.</source>
        <translation>Le registre est là et votre rôle peut le modifier.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}. {state}</source>
        <translation>Connecté à PostgreSQL {version}. {state}</translation>
    </message>
</context>
<context>
    <name>TeamPassphraseDialog</name>
    <message>
        <source>Bundles from the team database {database} are signed with your city&apos;s one key. This is the team&apos;s first bundle: choose the passphrase that will protect the key, and give it to your colleagues; they type it when they export.</source>
        <translation>Les paquets de la base de données de l&apos;équipe {database} sont signés avec la clé unique de votre ville. C&apos;est le premier paquet de l&apos;équipe : choisissez la phrase secrète qui protégera la clé, et donnez-la à vos collègues ; ils la saisiront pour exporter.</translation>
    </message>
    <message>
        <source>Bundles from the team database {database} are signed with your city&apos;s one key, kept there protected by the team&apos;s passphrase. Type the passphrase (ask a colleague if you do not know it).</source>
        <translation>Les paquets de la base de données de l&apos;équipe {database} sont signés avec la clé unique de votre ville, conservée là et protégée par la phrase secrète de l&apos;équipe. Saisissez la phrase secrète (demandez-la à un collègue si vous ne la connaissez pas).</translation>
    </message>
    <message>
        <source>Team Passphrase</source>
        <translation>Phrase secrète de l&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Encore une fois :</translation>
    </message>
</context>
<context>
    <name>TeamPasswordDialog</name>
    <message>
        <source>Team Database Password</source>
        <translation>Mot de passe de la base de données de l&apos;équipe</translation>
    </message>
    <message>
        <source>The team database {database} asks for your password.</source>
        <translation>La base de données de l&apos;équipe {database} demande votre mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
</context>
<context>
    <name>TextLanguageBar</name>
    <message>
        <source>Language of the texts shown</source>
        <translation>Langue des textes affichés</translation>
    </message>
    <message>
        <source>Write the summary, contact office, notes and practices in another language: peers read the profile in their own language when it is written in it.</source>
        <translation>Écrivez le résumé, le service à contacter, les notes et les pratiques dans une autre langue : les villes pairs lisent le profil dans leur langue quand il y est écrit.</translation>
    </message>
    <message>
        <source>Te&amp;xts in:</source>
        <translation>Te&amp;xtes en :</translation>
    </message>
    <message>
        <source>{language} — {state}</source>
        <translation>{language} — {state}</translation>
    </message>
    <message>
        <source>{language} is the language these texts were first written in. Choose another language to write them in it too.</source>
        <translation>{language} est la langue dans laquelle ces textes ont d’abord été écrits. Choisissez une autre langue pour les y écrire aussi.</translation>
    </message>
    <message>
        <source>Every text is written in {language} too.</source>
        <translation>Tous les textes sont aussi écrits en {language}.</translation>
    </message>
    <message>
        <source>{missing} of {total} texts are not written in {language} yet: each empty field shows the original as a hint. Peers reading {language} see the original there.</source>
        <translation>Textes pas encore écrits en {language} : {missing} sur {total}. Chaque champ vide montre l’original en indication ; les lecteurs en {language} y voient l’original.</translation>
    </message>
    <message>
        <source>Nothing is written in {language} yet: each empty field shows the original as a hint. Peers reading {language} see the original.</source>
        <translation>Rien n’est encore écrit en {language} : chaque champ vide montre l’original en indication. Les lecteurs en {language} voient l’original.</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>non écrit</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>{missing} of {total} missing</source>
        <translation>manquants : {missing} sur {total}</translation>
    </message>
</context>
<context>
    <name>TopicListEditor</name>
    <message>
        <source>{list}: topics</source>
        <translation>{list}&#xa0;: thèmes</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>{list}: topics in our own words</source>
        <translation>{list}&#xa0;: thèmes dans nos propres termes</translation>
    </message>
    <message>
        <source>Topic in our own words</source>
        <translation>Thème dans nos propres termes</translation>
    </message>
    <message>
        <source>In our own words</source>
        <translation>Dans nos propres termes</translation>
    </message>
    <message>
        <source>Type a topic or a synonym</source>
        <translation>Saisissez un thème ou un synonyme</translation>
    </message>
    <message>
        <source>{list}: topic to add</source>
        <translation>{list}&#xa0;: thème à ajouter</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Ajouter le thème</translation>
    </message>
    <message>
        <source>{list}: add topic</source>
        <translation>{list}&#xa0;: ajouter le thème</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>{list}: remove selected topics</source>
        <translation>{list}&#xa0;: retirer les thèmes sélectionnés</translation>
    </message>
    <message>
        <source>Add in our own words</source>
        <translation>Ajouter dans nos propres termes</translation>
    </message>
    <message>
        <source>{list}: add a topic in our own words</source>
        <translation>{list}&#xa0;: ajouter un thème dans nos propres termes</translation>
    </message>
    <message>
        <source>For a topic the shared vocabulary does not have. Peers read it, but matching uses only vocabulary topics.</source>
        <translation>Pour un thème absent du vocabulaire commun. Les villes pairs peuvent le lire, mais la mise en correspondance n’utilise que les thèmes du vocabulaire.</translation>
    </message>
    <message>
        <source>{list}: remove selected own-words topics</source>
        <translation>{list}&#xa0;: retirer les thèmes sélectionnés formulés dans nos propres termes</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Rétablir « {change} »</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Annuler « {change} »</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>UnsavedWork</name>
    <message>
        <source>Everything is saved: RRR Desktop saves your changes as you make them.</source>
        <translation>Tout est enregistré : RRR Desktop enregistre vos modifications au fur et à mesure.</translation>
    </message>
    <message>
        <source>Saving the profile…</source>
        <translation>Enregistrement du profil…</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil enregistré.</translation>
    </message>
    <message>
        <source>The profile is not saved: the Profile page says why.</source>
        <translation>Le profil n’est pas enregistré : la page Profil indique pourquoi.</translation>
    </message>
    <message>
        <source>The profile could not be saved, nor kept for the next start: {reason}

Your text is still on the Profile page. Keep RRR Desktop open and free some disk space, or close and lose the unsaved changes.</source>
        <translation>Le profil n’a pas pu être enregistré, ni conservé pour le prochain démarrage&#xa0;: {reason}

Votre texte se trouve toujours sur la page Profil. Laissez RRR Desktop ouvert et libérez de l’espace disque, ou fermez-le en perdant les modifications non enregistrées.</translation>
    </message>
    <message>
        <source>{problem}

Keep RRR Desktop open, or close and lose what is not kept.</source>
        <translation>{problem}

Gardez RRR Desktop ouvert, ou fermez-le et perdez ce qui n’est pas conservé.</translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation>&amp;Laisser ouvert</translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation>&amp;Fermer quand même</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>They &amp;teach what you want</source>
        <translation>Ce qu’elle peut vous &amp;apprendre</translation>
    </message>
    <message>
        <source>You teach what they &amp;want</source>
        <translation>&amp;Ce que vous pouvez lui apprendre</translation>
    </message>
    <message>
        <source>Two-way e&amp;xchange</source>
        <translation>Éc&amp;hange réciproque</translation>
    </message>
    <message>
        <source>&amp;Maturity gap</source>
        <translation>Écart de matur&amp;ité</translation>
    </message>
    <message>
        <source>Re&amp;lated topics</source>
        <translation>Thèmes conne&amp;xes</translation>
    </message>
    <message>
        <source>&amp;Shared challenges</source>
        <translation>Dé&amp;fis communs</translation>
    </message>
    <message>
        <source>&amp;Own-words matches</source>
        <translation>Correspon&amp;dances en termes propres</translation>
    </message>
    <message>
        <source>Points per topic you want to learn that they offer.</source>
        <translation>Points pour chaque thème qu’elle propose et que vous souhaitez apprendre.</translation>
    </message>
    <message>
        <source>Points per topic they want to learn that you offer.</source>
        <translation>Points pour chaque thème que vous proposez et qu’elle souhaite apprendre.</translation>
    </message>
    <message>
        <source>Points once, when the exchange goes both ways.</source>
        <translation>Points attribués une seule fois, lorsque l’échange va dans les deux sens.</translation>
    </message>
    <message>
        <source>Times the teacher&apos;s lead in self-assessed maturity, out of 10.</source>
        <translation>Multiplie l’avance en maturité auto-évaluée (sur 10) de la ville qui partage son expérience.</translation>
    </message>
    <message>
        <source>Share of a direct match for a related topic (0.25 = a quarter).</source>
        <translation>Part d’une correspondance directe accordée à un thème connexe (0,25 = un quart).</translation>
    </message>
    <message>
        <source>Points per challenge or wish you both have.</source>
        <translation>Points pour chaque défi ou souhait que vous avez en commun.</translation>
    </message>
    <message>
        <source>Share of a direct match for topics in own words that match.</source>
        <translation>Part d’une correspondance directe accordée aux thèmes en termes propres qui se rejoignent.</translation>
    </message>
    <message>
        <source>Weights: how much each reason counts</source>
        <translation>Pondérations&#xa0;: poids de chaque critère</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>Réta&amp;blir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Reset the weights to their defaults</source>
        <translation>Rétablir les valeurs par défaut des pondérations</translation>
    </message>
    <message>
        <source>{description} Default: {default}.</source>
        <translation>{description} Par défaut&#xa0;: {default}.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>The messages of the status bar since the window opened, whole</source>
        <translation>Les messages de la barre d’état depuis l’ouverture de la fenêtre, en entier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save what you are editing now (changes are also saved as you go)</source>
        <translation>Enregistrer maintenant ce que vous modifiez (les modifications sont aussi enregistrées au fur et à mesure)</translation>
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
        <source>Save the register, as filtered, to a spreadsheet</source>
        <translation>Enregistre le registre, tel que filtré, dans un tableur</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Undo Last Import…</source>
        <translation>&amp;Annuler la dernière importation…</translation>
    </message>
    <message>
        <source>Take back the stakeholders the last import added or changed</source>
        <translation>Annule les acteurs ajoutés ou modifiés par la dernière importation</translation>
    </message>
    <message>
        <source>&amp;Print Brief…</source>
        <translation>&amp;Imprimer la note…</translation>
    </message>
    <message>
        <source>Print the brief shown on the Briefs page</source>
        <translation>Imprime la note affichée sur la page Notes d’information</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Ouvrir le dossier de &amp;données</translation>
    </message>
    <message>
        <source>Show the folder where RRR Desktop keeps your data</source>
        <translation>Affiche le dossier où RRR Desktop conserve vos données</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>Close the window and quit</source>
        <translation>Ferme la fenêtre et quitte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit RRR Desktop</source>
        <translation>Quitte RRR Desktop</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Language, paper size, export folder, peer data age</source>
        <translation>Langue, format du papier, dossier d&apos;exportation, âge des données des villes pairs</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Stakeholders</source>
        <translation>A&amp;cteurs</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Recent Messages…</source>
        <translation>Messages &amp;récents…</translation>
    </message>
    <message>
        <source>Add organisations from a spreadsheet ({formats})</source>
        <translation>Ajoute des organisations depuis un tableur ({formats})</translation>
    </message>
    <message>
        <source>Stakeholder &amp;Columns</source>
        <translation>C&amp;olonnes des acteurs</translation>
    </message>
    <message>
        <source>Show the page {page}</source>
        <translation>Affiche la page {page}</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Put the cursor in this page&apos;s search box</source>
        <translation>Place le curseur dans la zone de recherche de cette page</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>How to do each task, for the page you are on</source>
        <translation>Comment faire chaque tâche, pour la page où vous êtes</translation>
    </message>
    <message>
        <source>Keyboard S&amp;hortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>The keys of every menu command</source>
        <translation>Les touches de chaque commande des menus</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>Charger des données d’&amp;exemple</translation>
    </message>
    <message>
        <source>Add made-up stakeholders to try RRR Desktop</source>
        <translation>Ajoute des acteurs fictifs pour essayer RRR Desktop</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Show the log files to send to support</source>
        <translation>Affiche les journaux à envoyer à l&apos;assistance</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>À &amp;propos de {app}</translation>
    </message>
    <message>
        <source>Version, data folder and licence</source>
        <translation>Version, dossier de données et licence</translation>
    </message>
</context>
<context>
    <name>WorkingGroupsPage</name>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Find a group, city or stage</source>
        <translation>Chercher un groupe, une ville ou une étape</translation>
    </message>
    <message>
        <source>Find working groups</source>
        <translation>Chercher des groupes de travail</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Nouveau groupe…</translation>
    </message>
    <message>
        <source>Start a working group of our city and peer cities</source>
        <translation>Créer un groupe de travail de notre ville et de villes pairs</translation>
    </message>
    <message>
        <source>New Working Group</source>
        <translation>Nouveau groupe de travail</translation>
    </message>
    <message>
        <source>Edit Working Group</source>
        <translation>Modifier le groupe de travail</translation>
    </message>
    <message>
        <source>Delete Working Group</source>
        <translation>Supprimer le groupe de travail</translation>
    </message>
    <message>
        <source>Delete the working group “{name}” with its meetings, actions and notes? The cities stay. Edit › Undo brings the group back.</source>
        <translation>Supprimer le groupe de travail « {name} » avec ses réunions, actions et notes ? Les villes restent. Édition › Annuler rétablit le groupe.</translation>
    </message>
    <message>
        <source>&amp;Delete Group</source>
        <translation>&amp;Supprimer le groupe</translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <source>Plan Meeting</source>
        <translation>Planifier la réunion</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>Modifier l’action</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Our Note on the Group</source>
        <translation>Notre note sur le groupe</translation>
    </message>
    <message>
        <source>What our city wants the other members to know:</source>
        <translation>Ce que notre ville veut faire savoir aux autres membres :</translation>
    </message>
    <message>
        <source>Edit Our Note</source>
        <translation>Modifier notre note</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
</context>
<context>
    <name>_ContentPage</name>
    <message>
        <source>What to Share</source>
        <translation>Contenu à partager</translation>
    </message>
    <message>
        <source>Choose what goes into the bundle. Interactions with stakeholders are never shared.</source>
        <translation>Choisissez ce que contiendra le lot. Les échanges avec les acteurs ne sont jamais partagés.</translation>
    </message>
    <message>
        <source>Our city&apos;s &amp;profile (summary, languages, topics)</source>
        <translation>Profil de notre &amp;ville (synthèse, langues, thèmes)</translation>
    </message>
    <message>
        <source>Our p&amp;ractices</source>
        <translation>Nos p&amp;ratiques</translation>
    </message>
    <message>
        <source>Our &amp;self-assessment</source>
        <translation>Notre &amp;auto-évaluation</translation>
    </message>
    <message>
        <source>Stakeholders marked &amp;shareable</source>
        <translation>A&amp;cteurs marqués comme partageables</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln pratique</numerusform>
            <numerusform>%Ln pratiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-assessed topics</source>
        <translation>
            <numerusform>%Ln thème auto-évalué</numerusform>
            <numerusform>%Ln thèmes auto-évalués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln acteur</numerusform>
            <numerusform>%Ln acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawn records</source>
        <translation>
            <numerusform>%Ln fiche retirée</numerusform>
            <numerusform>%Ln fiches retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln working group entries (groups, meetings, actions, notes)</source>
        <translation>
            <numerusform>%Ln élément de groupes de travail (groupe, réunion, action ou note)</numerusform>
            <numerusform>%Ln éléments de groupes de travail (groupes, réunions, actions, notes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders have an email address or phone number in their description.</source>
        <translation>
            <numerusform>%Ln acteur a un courriel ou un téléphone dans sa description.</numerusform>
            <numerusform>%Ln acteurs ont un courriel ou un téléphone dans leur description.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Bundle Written</source>
        <translation>Lot enregistré</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Email It</source>
        <translation>&amp;Envoyer par courriel</translation>
    </message>
    <message>
        <source>Writing the Bundle</source>
        <translation>Enregistrement du lot</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Enregistrement du lot…</translation>
    </message>
    <message>
        <source>Bundle Not Written</source>
        <translation>Lot non enregistré</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <source>Where to Save</source>
        <translation>Emplacement d’enregistrement</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Fichier du lot</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Save Bundle</source>
        <translation>Enregistrer le lot</translation>
    </message>
    <message>
        <source>RRR bundles (*.rrrbundle)</source>
        <translation>Lots RRR (*.rrrbundle)</translation>
    </message>
</context>
<context>
    <name>_GroupCounts</name>
    <message numerus="yes">
        <source>%Ln working groups, with their meetings and actions</source>
        <translation>
            <numerusform>%Ln groupe de travail, avec ses réunions et actions</numerusform>
            <numerusform>%Ln groupes de travail, avec leurs réunions et actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_MapCounts</name>
    <message numerus="yes">
        <source>%Ln not placed: influence or interest not set</source>
        <translation>
            <numerusform>%Ln non placé : influence ou intérêt non indiqué</numerusform>
            <numerusform>%Ln non placés : influence ou intérêt non indiqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{placed} of %Ln stakeholders placed · {day}</source>
        <translation>
            <numerusform>{placed} sur %Ln acteur placés · {day}</numerusform>
            <numerusform>{placed} sur %Ln acteurs placés · {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_PeerCount</name>
    <message numerus="yes">
        <source>%Ln peer cities, best first</source>
        <translation>
            <numerusform>%Ln ville pair</numerusform>
            <numerusform>%Ln villes pairs, les meilleures d’abord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln peer cities, none with anything in common with yours yet</source>
        <translation>
            <numerusform>%Ln ville pair, encore rien en commun avec la vôtre</numerusform>
            <numerusform>%Ln villes pairs, aucune n’a encore rien en commun avec la vôtre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln peer cities:</source>
        <translation>
            <numerusform>%Ln ville pair :</numerusform>
            <numerusform>%Ln villes pairs :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with something in common, best first,</source>
        <translation>
            <numerusform>%Ln avec quelque chose en commun,</numerusform>
            <numerusform>%Ln avec quelque chose en commun, les meilleures d’abord,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>then %Ln with nothing in common yet.</source>
        <translation>
            <numerusform>puis %Ln sans encore rien en commun.</numerusform>
            <numerusform>puis %Ln sans encore rien en commun.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Inclure les données personnelles</translation>
    </message>
    <message>
        <source>Send the emails and phone numbers written in our profile, practices and working groups</source>
        <translation>Envoyer les courriels et téléphones écrits dans notre profil, nos pratiques et nos groupes de travail</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln pratique</numerusform>
            <numerusform>%Ln pratiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-assessed topics</source>
        <translation>
            <numerusform>%Ln thème auto-évalué</numerusform>
            <numerusform>%Ln thèmes auto-évalués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln acteur</numerusform>
            <numerusform>%Ln acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawals of records shared before</source>
        <translation>
            <numerusform>%Ln retrait d’une fiche partagée avant</numerusform>
            <numerusform>%Ln retraits de fiches partagées avant</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle will hold: {contents}.</source>
        <translation>Le lot contiendra : {contents}.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Include contact person, email and phone of the %Ln stakeholders whose consent is recorded</source>
        <translation>
            <numerusform>&amp;Inclure personne de contact, courriel et téléphone de l’acteur (%Ln) dont le consentement est enregistré</numerusform>
            <numerusform>&amp;Inclure personne de contact, courriel et téléphone des %Ln acteurs dont le consentement est enregistré</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shared stakeholders have personal data; it is left out unless you tick the box, and it is never sent without recorded consent.</source>
        <translation>
            <numerusform>%Ln acteur partagé a des données personnelles ; elles sont laissées de côté sauf si vous cochez la case, et jamais envoyées sans consentement enregistré.</numerusform>
            <numerusform>%Ln acteurs partagés ont des données personnelles ; elles sont laissées de côté sauf si vous cochez la case, et jamais envoyées sans consentement enregistré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them have an email address or phone number written in their description: those are left out of the description the same way.</source>
        <translation>
            <numerusform>%Ln d’entre eux a un courriel ou un téléphone écrit dans sa description : il est retiré de la description de la même façon.</numerusform>
            <numerusform>%Ln d’entre eux ont un courriel ou un téléphone écrit dans leur description : ils sont retirés de la description de la même façon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the emails and phone numbers written in %Ln texts of our profile, practices and working groups (left out otherwise, shown as [✉] and [☎])</source>
        <translation>
            <numerusform>Envoyer les courriels et téléphones écrits dans %Ln texte de notre profil, de nos pratiques et de nos groupes de travail (sinon laissés de côté, affichés [✉] et [☎])</numerusform>
            <numerusform>Envoyer les courriels et téléphones écrits dans %Ln textes de notre profil, de nos pratiques et de nos groupes de travail (sinon laissés de côté, affichés [✉] et [☎])</numerusform>
        </translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>le profil</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>aucun profil</translation>
    </message>
</context>
<context>
    <name>briefs</name>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Profile in short</source>
        <translation>Profil en bref</translation>
    </message>
    <message>
        <source>What we offer and want to learn</source>
        <translation>Ce que nous proposons et souhaitons apprendre</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>Situation actuelle</translation>
    </message>
    <message>
        <source>Stakeholders by kind and stage</source>
        <translation>Acteurs par type et par étape</translation>
    </message>
    <message>
        <source>Influence and interest map</source>
        <translation>Carte d’influence et d’intérêt</translation>
    </message>
    <message>
        <source>Key stakeholders</source>
        <translation>Acteurs clés</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Relances en retard</translation>
    </message>
    <message>
        <source>Suggested peer cities</source>
        <translation>Villes pairs suggérées</translation>
    </message>
    <message>
        <source>Our working groups</source>
        <translation>Nos groupes de travail</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges avec les villes pairs</translation>
    </message>
    <message>
        <source>Considerations</source>
        <translation>Points d’attention</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>What we can learn from them</source>
        <translation>Ce que nous pouvons apprendre d’elle</translation>
    </message>
    <message>
        <source>What we can offer them</source>
        <translation>Ce que nous pouvons lui proposer</translation>
    </message>
    <message>
        <source>Their practices</source>
        <translation>Ses pratiques</translation>
    </message>
    <message>
        <source>Shared stakeholders</source>
        <translation>Acteurs partagés</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Questions ouvertes</translation>
    </message>
    <message>
        <source>Purpose and stage</source>
        <translation>Objet et étape</translation>
    </message>
    <message>
        <source>Members and what each brings</source>
        <translation>Membres et apport de chacun</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Decisions so far</source>
        <translation>Décisions prises</translation>
    </message>
    <message>
        <source>Open actions by city</source>
        <translation>Actions en cours par ville</translation>
    </message>
    <message>
        <source>Changes since the last meeting</source>
        <translation>Changements depuis la dernière réunion</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>UUID (from this app&apos;s export)</source>
        <translation>UUID (d&apos;un export de cette application)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>Ville ou commune</translation>
    </message>
    <message>
        <source>Region (not kept)</source>
        <translation>Région (non conservée)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Étape de collaboration</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Responsable de la relation</translation>
    </message>
    <message>
        <source>Influence (1-5)</source>
        <translation>Influence (1-5)</translation>
    </message>
    <message>
        <source>Interest (1-5)</source>
        <translation>Intérêt (1-5)</translation>
    </message>
    <message>
        <source>Trust (1-5)</source>
        <translation>Confiance (1-5)</translation>
    </message>
    <message>
        <source>Shareable with peers</source>
        <translation>Partageable avec les villes pairs</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Personne ou organisation</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Organisation of the person</source>
        <translation>Organisation de la personne</translation>
    </message>
    <message>
        <source>Consent to be contacted (yes/no)</source>
        <translation>Consentement à être contacté (oui/non)</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Source du consentement</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Fill empty fields</source>
        <translation>Compléter les champs vides</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Not imported: {reason}.</source>
        <translation>Non importé&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Last changed by {name} at {time}</source>
        <translation>Dernière modification par {name} à {time}</translation>
    </message>
    <message>
        <source>Last changed by {name} on {date} at {time}</source>
        <translation>Dernière modification par {name} le {date} à {time}</translation>
    </message>
    <message>
        <source>Last changed at {time}</source>
        <translation>Dernière modification à {time}</translation>
    </message>
    <message>
        <source>Last changed on {date} at {time}</source>
        <translation>Dernière modification le {date} à {time}</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>même site web</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nom similaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Responsable de la relation</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Étape de collaboration</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Prochain contact</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Révision prévue</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Partageable</translation>
    </message>
    <message>
        <source>ID in other systems</source>
        <translation>Identifiant dans d’autres systèmes</translation>
    </message>
    <message>
        <source>Personal data (contact, email, phone, consent)</source>
        <translation>Données personnelles (contact, courriel, téléphone, consentement)</translation>
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
