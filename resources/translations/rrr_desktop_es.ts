<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>Logotipo de {app}</translation>
    </message>
    <message>
        <source>Keeps your city&apos;s social and solidarity economy profile and shows what the peer cities of the RRR network offer and want to learn. Works offline; your data stays on this computer.</source>
        <translation>Guarda el perfil de economía social y solidaria de su ciudad y muestra lo que ofrecen y quieren aprender las ciudades pares de la red RRR. Funciona sin conexión; sus datos permanecen en este equipo.</translation>
    </message>
    <message>
        <source>{licence} licence. Free to use, share and change.</source>
        <translation>Licencia {licence}. Libre para usar, compartir y modificar.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>Archivos de registro:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Creado con:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir carpeta de datos</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>New Action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>&amp;Owner city:</source>
        <translation>Ciudad &amp;responsable:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <source>Another topic to assess</source>
        <translation>Otro tema que evaluar</translation>
    </message>
    <message>
        <source>Assess this topic</source>
        <translation>Evaluar este tema</translation>
    </message>
    <message>
        <source>Add the chosen topic to the self-assessment</source>
        <translation>Añade el tema elegido a la autoevaluación</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Maturity (0-10)</source>
        <translation>Madurez (0-10)</translation>
    </message>
    <message>
        <source>Date assessed</source>
        <translation>Fecha de evaluación</translation>
    </message>
    <message>
        <source>Add topics to the lists above, or choose a topic below, to assess how mature your city is on it.</source>
        <translation>Añada temas a las listas anteriores o elija un tema más abajo para evaluar el grado de madurez de su ciudad en él.</translation>
    </message>
    <message>
        <source>Maturity on {topic}</source>
        <translation>Madurez en {topic}</translation>
    </message>
    <message>
        <source>Date {topic} was assessed</source>
        <translation>Fecha de evaluación de {topic}</translation>
    </message>
</context>
<context>
    <name>BriefOptionsPanel</name>
    <message>
        <source>&amp;City brief</source>
        <translation>Nota informativa de la &amp;ciudad</translation>
    </message>
    <message>
        <source>Peer &amp;meeting brief</source>
        <translation>Nota para la &amp;reunión con una ciudad par</translation>
    </message>
    <message>
        <source>Peer city</source>
        <translation>Ciudad par</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>Idioma de la nota informativa</translation>
    </message>
    <message>
        <source>Working &amp;group brief</source>
        <translation>Informe de &amp;grupo de trabajo</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Rows of the key stakeholders table</source>
        <translation>Filas de la tabla de actores clave</translation>
    </message>
    <message>
        <source>Include &amp;personal data (contact details)</source>
        <translation>Incluir &amp;datos personales (información de contacto)</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Incluir datos personales</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Pee&amp;r city:</source>
        <translation>Ciudad &amp;par:</translation>
    </message>
    <message>
        <source>Wor&amp;king group:</source>
        <translation>Grupo de tra&amp;bajo:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apel:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Key stakeholders, up to:</source>
        <translation>Actores c&amp;lave, hasta:</translation>
    </message>
    <message>
        <source>No key stakeholders yet.</source>
        <translation>Aún no hay actores clave.</translation>
    </message>
    <message numerus="yes">
        <source>{consented} of the %Ln key stakeholders have consent recorded: only their contact details can print.</source>
        <translation>
            <numerusform>{consented} de %Ln actor clave tiene el consentimiento registrado: solo sus datos de contacto pueden imprimirse.</numerusform>
            <numerusform>{consented} de los %Ln actores clave tienen el consentimiento registrado: solo sus datos de contacto pueden imprimirse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefPreview</name>
    <message>
        <source>Pages of the brief</source>
        <translation>Páginas de la nota informativa</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>Choose the options, then press Preview to see the brief here.</source>
        <translation>Elija las opciones y pulse “Vista previa” para ver aquí la nota informativa.</translation>
    </message>
    <message>
        <source>Brief preview</source>
        <translation>Vista previa de la nota informativa</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Página {number}</translation>
    </message>
</context>
<context>
    <name>BriefSaving</name>
    <message>
        <source>Save the brief as PDF</source>
        <translation>Guardar la nota informativa como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the brief to {path}: {problem}. Choose another folder.</source>
        <translation>No se pudo guardar la nota informativa en {path}: {problem}. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Se ha guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>BriefsPage</name>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <source>Recent briefs</source>
        <translation>Notas informativas recientes</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Make the brief with these choices and show it</source>
        <translation>Prepara la nota con estas opciones y la muestra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop making the brief</source>
        <translation>Deja de preparar la nota</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the brief shown</source>
        <translation>Imprime la nota mostrada</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save a copy of the brief shown as a PDF file</source>
        <translation>Guarda una copia de la nota mostrada como archivo PDF</translation>
    </message>
    <message>
        <source>Progress of the brief</source>
        <translation>Progreso de la nota informativa</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Notas informativas</translation>
    </message>
    <message>
        <source>Choose your city first: a brief is about it.</source>
        <translation>Elija primero su ciudad: la nota informativa trata sobre ella.</translation>
    </message>
    <message>
        <source>A working group brief prints the group&apos;s own records: it has no texts to edit</source>
        <translation>La nota de un grupo de trabajo imprime los registros del propio grupo: no tiene textos que editar</translation>
    </message>
    <message>
        <source>Choose at least one section to print.</source>
        <translation>Elija al menos una sección que imprimir.</translation>
    </message>
    <message>
        <source>Generating the brief…</source>
        <translation>Generando la nota informativa…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>{title}: {pages} pages. Print it or save it as a PDF.</source>
        <translation>{title}: {pages} páginas. Puede imprimirla o guardarla como PDF.</translation>
    </message>
    <message>
        <source>Some characters cannot be printed with the brief&apos;s font and show as “�”: {characters}. Check those names before you print.</source>
        <translation>Algunos caracteres no se pueden imprimir con la fuente del informe y aparecen como «�»: {characters}. Revise esos nombres antes de imprimir.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Vista previa cancelada.</translation>
    </message>
    <message>
        <source>The options or texts changed since this preview. Press Preview to see the brief as it will print.</source>
        <translation>Las opciones o los textos han cambiado desde esta vista previa. Pulse Vista previa para ver el informe tal como se imprimirá.</translation>
    </message>
    <message>
        <source>The brief was sent to the printer.</source>
        <translation>La nota informativa se ha enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Change %Ln stakeholders</source>
        <translation>
            <numerusform>Cambiar %Ln actor</numerusform>
            <numerusform>Cambiar %Ln actores</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. housing, youth</source>
        <translation>p. ej., vivienda, juventud</translation>
    </message>
    <message>
        <source>e.g. sample</source>
        <translation>p. ej., sample</translation>
    </message>
    <message>
        <source>Shareable with peer cities</source>
        <translation>Compartible con ciudades pares</translation>
    </message>
    <message>
        <source>Not shareable</source>
        <translation>No compartible</translation>
    </message>
    <message>
        <source>Set &amp;stage to:</source>
        <translation>Cambiar la &amp;etapa a:</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nueva etapa</translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation>&amp;Añadir etiquetas:</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Etiquetas que añadir</translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation>&amp;Quitar etiquetas:</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>Etiquetas que quitar</translation>
    </message>
    <message>
        <source>Set &amp;owner to:</source>
        <translation>Cambiar el &amp;responsable a:</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nuevo responsable</translation>
    </message>
    <message>
        <source>Set s&amp;haring to:</source>
        <translation>Cambiar el uso &amp;compartido a:</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Uso compartido</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Tick each change to make; everything else stays as it is. Separate tags with commas.</source>
        <translation>Marque cada cambio que quiera hacer; todo lo demás queda como está. Separe las etiquetas con comas.</translation>
    </message>
</context>
<context>
    <name>BulkEditing</name>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>Edición &amp;masiva…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Change the stage, tags, owner or sharing of the selected stakeholders</source>
        <translation>Cambiar la etapa, las etiquetas, el responsable o el uso compartido de los actores seleccionados</translation>
    </message>
    <message numerus="yes">
        <source>Changing %Ln stakeholders…</source>
        <translation>
            <numerusform>Cambiando %Ln actor…</numerusform>
            <numerusform>Cambiando %Ln actores…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk Edit %Ln stakeholders</source>
        <translation>
            <numerusform>Edición en bloque de %Ln actor</numerusform>
            <numerusform>Edición en bloque de %Ln actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders changed.</source>
        <translation>
            <numerusform>%Ln actor cambiado.</numerusform>
            <numerusform>%Ln actores cambiados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already as asked.</source>
        <translation>
            <numerusform>%Ln ya estaba como se pedía.</numerusform>
            <numerusform>%Ln ya estaban como se pedía.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleChangeText</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>profile included</source>
        <translation>perfil incluido</translation>
    </message>
    <message>
        <source>profile left out</source>
        <translation>perfil no incluido</translation>
    </message>
    <message>
        <source>It holds: {contents}.</source>
        <translation>Contiene: {contents}.</translation>
    </message>
    <message>
        <source>Personal data (contact person, email or phone) included for {count} of them.</source>
        <translation>Incluye datos personales (persona de contacto, correo electrónico o teléfono) de {count} de ellos.</translation>
    </message>
    <message>
        <source>No personal data (contact person, email or phone).</source>
        <translation>No incluye datos personales (persona de contacto, correo electrónico o teléfono).</translation>
    </message>
</context>
<context>
    <name>BundleExportWizard</name>
    <message>
        <source>Export Bundle</source>
        <translation>Exportar paquete</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln actor</numerusform>
            <numerusform>%Ln actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln práctica</numerusform>
            <numerusform>%Ln prácticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>personal data of %Ln records</source>
        <translation>
            <numerusform>datos personales de %Ln registro</numerusform>
            <numerusform>datos personales de %Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle was written to {file}: {contents}.</source>
        <translation>El paquete se escribió en {file}: {contents}.</translation>
    </message>
    <message>
        <source>The team&apos;s passphrase is needed to sign the bundle.</source>
        <translation>Se necesita la frase de contraseña del equipo para firmar el paquete.</translation>
    </message>
    <message>
        <source>Opening your mail program…</source>
        <translation>Abriendo su programa de correo…</translation>
    </message>
    <message>
        <source>An email draft with the bundle attached was written to {file} and opened with your mail program: add the recipients and send it.</source>
        <translation>Se ha creado en {file} un borrador de correo electrónico con el paquete adjunto y se ha abierto con su programa de correo: añada los destinatarios y envíelo.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, so the bundle&apos;s folder is open instead. Write a new email (in your web mail, for instance), attach the file {bundle} to it and send it to the peer cities.</source>
        <translation>Este equipo no tiene ningún programa de correo configurado, así que se ha abierto la carpeta del paquete. Escriba un correo nuevo (en su correo web, por ejemplo), adjunte el archivo {bundle} y envíelo a las ciudades pares.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, and its folder could not be opened either. The bundle is in {folder}: write a new email (in your web mail, for instance), attach the file {bundle} from that folder and send it to the peer cities.</source>
        <translation>No hay ningún programa de correo configurado en este ordenador y tampoco se ha podido abrir la carpeta. El paquete está en {folder}: escriba un correo nuevo (en su correo web, por ejemplo), adjunte el archivo {bundle} de esa carpeta y envíelo a las ciudades pares.</translation>
    </message>
</context>
<context>
    <name>BundleHistoryDialog</name>
    <message>
        <source>Bundle History</source>
        <translation>Historial de paquetes</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Recibidos:</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Fecha de importación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Paquetes recibidos</translation>
    </message>
    <message>
        <source>&amp;Sent:</source>
        <translation>&amp;Enviados:</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Fecha de creación</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Paquetes enviados</translation>
    </message>
    <message>
        <source>&amp;Undo Last Import</source>
        <translation>&amp;Deshacer la última importación</translation>
    </message>
    <message>
        <source>Erase This &amp;Bundle&apos;s Data</source>
        <translation>Borrar los datos de este pa&amp;quete</translation>
    </message>
    <message>
        <source>Erase Everything From This &amp;Peer</source>
        <translation>Borrar todo lo recibido de esta ciudad &amp;par</translation>
    </message>
    <message>
        <source>undone or erased {day}</source>
        <translation>deshecho o borrado el {day}</translation>
    </message>
    <message>
        <source>changed nothing; confirmed the data as current</source>
        <translation>no cambió nada; confirmó que los datos están al día</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>practices: {practices}, self-assessed topics: {assessed}, stakeholders: {stakeholders}, withdrawals: {withdrawn}</source>
        <translation>prácticas: {practices}, temas autoevaluados: {assessed}, actores: {stakeholders}, retiradas: {withdrawn}</translation>
    </message>
    <message>
        <source>Profile, {rest}</source>
        <translation>Perfil, {rest}</translation>
    </message>
    <message>
        <source>Undo the import of {file} from {city}? Every record it added is removed and every record it changed gets its earlier content back. Peer cities see no change: nothing is sent back to {city}, and importing the bundle again brings the records back.</source>
        <translation>¿Desea deshacer la importación de {file}, recibido de {city}? Se eliminarán todos los registros que añadió y todos los que modificó recuperarán su contenido anterior. Las ciudades pares no ven ningún cambio: no se envía nada a {city}, y al importar de nuevo el paquete vuelven los registros.</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Deshacer importación</translation>
    </message>
    <message>
        <source>Erase the data that still comes from {file} ({city})? Your own data and your notes are kept.</source>
        <translation>¿Desea borrar los datos que todavía proceden de {file} ({city})? Sus propios datos y sus notas se conservan.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Erase everything that came in bundles from {city}? Its shared stakeholders and practices are removed; a city that ships with the app gets its original facts back. Your own data and your notes are kept.</source>
        <translation>¿Desea borrar todo lo recibido en paquetes de {city}? Se eliminarán los actores y las prácticas que compartió; si es una de las ciudades incluidas en la aplicación, recuperará sus datos originales. Sus propios datos y sus notas se conservan.</translation>
    </message>
    <message>
        <source>Undid the import of {file}.</source>
        <translation>Se ha deshecho la importación de {file}.</translation>
    </message>
    <message>
        <source>Erased the data of {file}.</source>
        <translation>Se han borrado los datos de {file}.</translation>
    </message>
    <message numerus="yes">
        <source>Erased what came from {city} (%Ln bundles).</source>
        <translation>
            <numerusform>Se borró lo que llegó de {city} (%Ln paquete).</numerusform>
            <numerusform>Se borró lo que llegó de {city} (%Ln paquetes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import Bundle</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Comprobando el paquete…</translation>
    </message>
    <message>
        <source>&amp;Accept the new key (only after comparing the fingerprint with the sender by phone)</source>
        <translation>&amp;Aceptar la nueva clave (solo después de comparar la huella digital con el remitente por teléfono)</translation>
    </message>
    <message>
        <source>Accept the new &amp;name (only after checking with the city)</source>
        <translation>Aceptar el nuevo &amp;nombre (solo después de comprobarlo con la ciudad)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import &amp;This City Only</source>
        <translation>Importar solo &amp;esta ciudad</translation>
    </message>
    <message>
        <source>Import the bundles of the city selected in the list; the others stay here</source>
        <translation>Importa los paquetes de la ciudad seleccionada en la lista; los demás se quedan aquí</translation>
    </message>
    <message>
        <source>The bundle was refused and nothing was changed: {reason}</source>
        <translation>Se ha rechazado el paquete y no se ha cambiado nada: {reason}</translation>
    </message>
    <message>
        <source>This is your own city&apos;s bundle: it cannot be imported here; send it to your peers.</source>
        <translation>Este paquete es de su propia ciudad: no se puede importar aquí; envíelo a sus ciudades pares.</translation>
    </message>
    <message>
        <source>A sender&apos;s key changed: nothing can be imported from it unless you accept the new key.</source>
        <translation>La clave de un remitente ha cambiado: no se puede importar nada de él a menos que acepte la nueva clave.</translation>
    </message>
    <message>
        <source>A city changed its name: nothing can be imported from it unless you accept the new name.</source>
        <translation>Una ciudad cambió de nombre: no se puede importar nada de ella a menos que acepte el nuevo nombre.</translation>
    </message>
    <message>
        <source>Records that differ from ours at the same revision: {count}. We keep ours unless you tick one to take theirs. Untick any other record you want to leave out, then import.</source>
        <translation>Registros que difieren de los nuestros con la misma revisión: {count}. Conservamos los nuestros salvo que marque uno para tomar el suyo. Desmarque cualquier otro registro que quiera dejar fuera y después importe.</translation>
    </message>
    <message>
        <source>Untick the records you want to leave out, then import.</source>
        <translation>Desmarque los registros que quiera excluir y, a continuación, importe.</translation>
    </message>
    <message>
        <source>Everything in this bundle is already here: importing it changes nothing, and records that the city&apos;s data is current as of the bundle&apos;s date.</source>
        <translation>Todo lo de este paquete ya está aquí: importarlo no cambia nada y deja constancia de que los datos de la ciudad están al día a la fecha del paquete.</translation>
    </message>
    <message>
        <source>Everything in this bundle is already here: importing it would change nothing.</source>
        <translation>Todo el contenido de este paquete ya está aquí: importarlo no cambiaría nada.</translation>
    </message>
    <message>
        <source>{file}: made by {city} ({country}), your own city, on {made}. Key {fingerprint}.</source>
        <translation>{file}: creado por {city} ({country}), su propia ciudad, el {made}. Clave {fingerprint}.</translation>
    </message>
    <message>
        <source>first bundle from this city: its key will be remembered</source>
        <translation>primer paquete de esta ciudad: se recordará su clave</translation>
    </message>
    <message>
        <source>same key as its earlier bundles</source>
        <translation>la misma clave que en sus paquetes anteriores</translation>
    </message>
    <message>
        <source>KEY CHANGED</source>
        <translation>CLAVE CAMBIADA</translation>
    </message>
    <message>
        <source>key changed, new key accepted</source>
        <translation>clave cambiada, nueva clave aceptada</translation>
    </message>
    <message>
        <source>{file}: from {city} ({country}), made {made}. Key {fingerprint} ({trust}).</source>
        <translation>{file}: de {city} ({country}), creado el {made}. Clave {fingerprint} ({trust}).</translation>
    </message>
    <message>
        <source>NAME CHANGED: the city you know as {old} ({old_country}) now calls itself {name} ({country}).</source>
        <translation>NOMBRE CAMBIADO: la ciudad que conoce como {old} ({old_country}) ahora se llama {name} ({country}).</translation>
    </message>
    <message>
        <source>This bundle was already imported on {day}.</source>
        <translation>Este paquete ya se importó el {day}.</translation>
    </message>
    <message>
        <source>To be sure the bundle comes from {city}, phone them and ask them to open {place} in their window and read out its characters: they must be those of the key above. If they differ, do not import it.</source>
        <translation>Para asegurarse de que el paquete viene de {city}, llámeles por teléfono y pídales que abran {place} en su ventana y lean sus caracteres: deben ser los de la clave de arriba. Si no coinciden, no lo importe.</translation>
    </message>
    <message>
        <source>Select a city in the list first.</source>
        <translation>Seleccione primero una ciudad en la lista.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>Bundle imported: %Ln records added, updated or withdrawn. File &gt; Bundle History can undo it.</source>
        <translation>
            <numerusform>Paquete importado: %Ln registro añadido, actualizado o retirado. Archivo &gt; Historial de paquetes puede deshacerlo.</numerusform>
            <numerusform>Paquete importado: %Ln registros añadidos, actualizados o retirados. Archivo &gt; Historial de paquetes puede deshacerlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: everything was already here.</source>
        <translation>No se ha importado nada: todo estaba ya aquí.</translation>
    </message>
    <message>
        <source>{city}&apos;s data is confirmed as current on {day}.</source>
        <translation>Los datos de {city} quedan confirmados al día el {day}.</translation>
    </message>
    <message>
        <source>The stakeholders {city} shares are in its profile on the Peer cities page; your own register is unchanged.</source>
        <translation>Los actores que comparte {city} están en su perfil, en la página Ciudades pares; su propio registro no cambia.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importación cancelada: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>BundleMenu</name>
    <message>
        <source>E&amp;xport Bundle…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <source>Im&amp;port Bundle…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <source>Write what our city shares into a signed bundle for the peer cities</source>
        <translation>Guarda lo que comparte nuestra ciudad en un paquete firmado para las ciudades pares</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Preview and import bundles received from peer cities</source>
        <translation>Previsualiza e importa paquetes recibidos de ciudades pares</translation>
    </message>
    <message>
        <source>Bundle &amp;History…</source>
        <translation>Historial de &amp;paquetes…</translation>
    </message>
    <message>
        <source>The bundles imported so far; undo one or erase a city&apos;s data</source>
        <translation>Los paquetes importados hasta ahora; deshaga uno o borre los datos de una ciudad</translation>
    </message>
    <message>
        <source>Your Signing &amp;Key…</source>
        <translation>Su clave de &amp;firma…</translation>
    </message>
    <message>
        <source>The fingerprint peers compare to trust your bundles</source>
        <translation>La huella que las ciudades pares comparan para confiar en sus paquetes</translation>
    </message>
    <message>
        <source>Import Bundle</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <source>RRR bundles (*.rrrbundle)</source>
        <translation>Paquetes RRR (*.rrrbundle)</translation>
    </message>
</context>
<context>
    <name>BundleRecordsView</name>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Their change</source>
        <translation>Su cambio</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Elección</translation>
    </message>
    <message>
        <source>Records in the bundle</source>
        <translation>Registros del paquete</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar el suyo</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Conservar el nuestro</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Conflicting (same revision, other content)</source>
        <translation>En conflicto (misma revisión, distinto contenido)</translation>
    </message>
    <message>
        <source>Withdrawn by the sender</source>
        <translation>Retirados por el remitente</translation>
    </message>
    <message>
        <source>Older than ours (kept out)</source>
        <translation>Más antiguos que los nuestros (se excluyen)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Refused: not the sender&apos;s to change</source>
        <translation>Rechazados: no le corresponde al remitente cambiarlos</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>práctica</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>actor</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>grupo de trabajo</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>member&apos;s note</source>
        <translation>nota de un miembro</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>Changed by a colleague</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Show their version and lose the changes made here</source>
        <translation>Mostrar la versión de su colega y perder los cambios hechos aquí</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <source>Save the version shown here over theirs (Undo brings theirs back)</source>
        <translation>Guardar la versión que se ve aquí en lugar de la de su colega (Deshacer la recupera)</translation>
    </message>
    <message>
        <source>{changed} Reload to see their version, or Keep Mine to save yours over it.</source>
        <translation>{changed} «Recargar» muestra la versión de su colega; «Conservar la mía» guarda esta versión en su lugar.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir carpeta de registros</translation>
    </message>
    <message>
        <source>Something went wrong: {what}

Your saved data is safe. The details were written to the log file:
{log}

You can go on working. If this happens again, send the log file to your IT support.</source>
        <translation>Algo salió mal: {what}

Sus datos guardados están a salvo. Los detalles se escribieron en el archivo de registro:
{log}

Puede seguir trabajando. Si vuelve a ocurrir, envíe el archivo de registro al soporte técnico.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more errors happened since.</source>
        <translation>
            <numerusform>Desde entonces ha ocurrido %Ln error más.</numerusform>
            <numerusform>Desde entonces han ocurrido %Ln errores más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Close this window and lose what you typed in it?</source>
        <translation>¿Cerrar esta ventana y perder lo que ha escrito en ella?</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>This may already be in the register:</source>
        <translation>Puede que ya figure en el registro:</translation>
    </message>
    <message>
        <source>{name} ({reasons})</source>
        <translation>{name} ({reasons})</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Move the selected text to the clipboard</source>
        <translation>Mueve el texto seleccionado al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Copy the selected text, or the selected rows of a list for a spreadsheet</source>
        <translation>Copia el texto seleccionado, o las filas seleccionadas de una lista para una hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Insert the clipboard&apos;s text</source>
        <translation>Inserta el texto del portapapeles</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Select all the text or all the rows</source>
        <translation>Selecciona todo el texto o todas las filas</translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identidad</translation>
    </message>
    <message>
        <source>&amp;Contact and personal data</source>
        <translation>&amp;Contacto y datos personales</translation>
    </message>
    <message>
        <source>Co&amp;llaboration</source>
        <translation>Cola&amp;boración</translation>
    </message>
    <message>
        <source>&amp;Topics and tags</source>
        <translation>Temas y etiq&amp;uetas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Type to find it</source>
        <translation>Escriba para buscarla</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Name or two-letter code</source>
        <translation>Nombre o código de dos letras</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Organi&amp;zación:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>Dist&amp;rito:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Dir&amp;ección:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Códi&amp;go postal:</translation>
    </message>
    <message>
        <source>Localit&amp;y:</source>
        <translation>&amp;Localidad:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>P&amp;aís:</translation>
    </message>
    <message>
        <source>&amp;Sectors:</source>
        <translation>&amp;Sectores:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Contact person (personal data)</source>
        <translation>Persona de contacto (datos personales)</translation>
    </message>
    <message>
        <source>Email (personal data)</source>
        <translation>Correo electrónico (datos personales)</translation>
    </message>
    <message>
        <source>Phone (personal data)</source>
        <translation>Teléfono (datos personales)</translation>
    </message>
    <message>
        <source>C&amp;onsent given to keep and share these details</source>
        <translation>Con&amp;sentimiento otorgado para conservar y compartir estos datos</translation>
    </message>
    <message>
        <source>Date consent was given</source>
        <translation>Fecha en que se otorgó el consentimiento</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Origen del consentimiento</translation>
    </message>
    <message>
        <source>e.g. signed form, email of 3 May</source>
        <translation>p. ej., formulario firmado, correo electrónico del 3 de mayo</translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation>Nota sobre el consentimiento</translation>
    </message>
    <message>
        <source>Personal data: these details stay on this computer. They go into bundles, exports or briefs only when you include them and consent is recorded.</source>
        <translation>Datos personales: estos datos permanecen en este equipo. Solo se incluyen en paquetes, exportaciones o notas informativas cuando usted los incluye y el consentimiento está registrado.</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Person&amp;a de contacto:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation>&amp;Fecha del consentimiento:</translation>
    </message>
    <message>
        <source>Consent &amp;source:</source>
        <translation>O&amp;rigen del consentimiento:</translation>
    </message>
    <message>
        <source>Consent &amp;note:</source>
        <translation>&amp;Nota sobre el consentimiento:</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Etapa de colaboración</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Responsable de la relación</translation>
    </message>
    <message>
        <source>The officer in charge</source>
        <translation>La persona a cargo</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Próximo contacto</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisión prevista</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etapa:</translation>
    </message>
    <message>
        <source>Relationship &amp;owner:</source>
        <translation>Responsable &amp;de la relación:</translation>
    </message>
    <message>
        <source>&amp;Influence (1–5):</source>
        <translation>Inf&amp;luencia (1–5):</translation>
    </message>
    <message>
        <source>In&amp;terest (1–5):</source>
        <translation>I&amp;nterés (1–5):</translation>
    </message>
    <message>
        <source>T&amp;rust (1–5):</source>
        <translation>Con&amp;fianza (1–5):</translation>
    </message>
    <message>
        <source>&amp;Next contact:</source>
        <translation>Próximo con&amp;tacto:</translation>
    </message>
    <message>
        <source>Re&amp;view due:</source>
        <translation>&amp;Revisión prevista:</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separadas por comas</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>&amp;Temas:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export stakeholders</source>
        <translation>Exportar actores</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders in the current view will be exported.</source>
        <translation>
            <numerusform>Se exportará %Ln actor de la vista actual.</numerusform>
            <numerusform>Se exportarán %Ln actores de la vista actual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them, %Ln have a contact person, email or phone.</source>
        <translation>
            <numerusform>De ellos, %Ln tiene persona de contacto, correo o teléfono.</numerusform>
            <numerusform>De ellos, %Ln tienen persona de contacto, correo o teléfono.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of those, %Ln have recorded consent.</source>
        <translation>
            <numerusform>De estos, %Ln tiene el consentimiento registrado.</numerusform>
            <numerusform>De estos, %Ln tienen el consentimiento registrado.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Include contact persons, emails and phones (only for records with recorded consent)</source>
        <translation>&amp;Incluir personas de contacto, correos electrónicos y teléfonos (solo de los registros que tengan el consentimiento registrado)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>CSV file, comma-separated (.csv)</source>
        <translation>Archivo CSV separado por comas (.csv)</translation>
    </message>
    <message>
        <source>CSV file, semicolon-separated (.csv)</source>
        <translation>Archivo CSV separado por punto y coma (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>ESSGlobal open data for SSE maps (.csv)</source>
        <translation>Datos abiertos ESSGlobal para mapas de la ESS (.csv)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>Not opened: {files}. RRR Desktop opens bundles (.rrrbundle) and one stakeholder list ({formats}) at a time.</source>
        <translation>No abierto: {files}. RRR Desktop abre paquetes (.rrrbundle) y una lista de actores ({formats}) a la vez.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to RRR Desktop</source>
        <translation>Le damos la bienvenida a RRR Desktop</translation>
    </message>
    <message>
        <source>Which city do you work for? It becomes our city: the profile and data you keep here are about it. Every other city is a peer city you can learn from and share with.</source>
        <translation>¿Para qué ciudad trabaja? Esa será nuestra ciudad: el perfil y los datos que guarde aquí se refieren a ella. Todas las demás ciudades son ciudades pares de las que puede aprender y con las que puede compartir.</translation>
    </message>
    <message>
        <source>One of the RRR peer cities</source>
        <translation>Una de las ciudades pares de RRR</translation>
    </message>
    <message>
        <source>RRR peer cities</source>
        <translation>Ciudades pares de RRR</translation>
    </message>
    <message>
        <source>Another city</source>
        <translation>Otra ciudad</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>Nombre de la ciudad</translation>
    </message>
    <message>
        <source>e.g. Łódź</source>
        <translation>p. ej., Łódź</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Main language</source>
        <translation>Idioma principal</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Main &amp;language:</source>
        <translation>&amp;Idioma principal:</translation>
    </message>
    <message>
        <source>Language of RRR Desktop</source>
        <translation>Idioma de RRR Desktop</translation>
    </message>
    <message>
        <source>Language of RRR &amp;Desktop:</source>
        <translation>Idioma de RRR &amp;Desktop:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Comenzar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Pick your city in the list, or choose “Another city”.</source>
        <translation>Elija su ciudad en la lista o seleccione “Otra ciudad”.</translation>
    </message>
    <message>
        <source>Type the name of your city.</source>
        <translation>Escriba el nombre de su ciudad.</translation>
    </message>
    <message>
        <source>Choose your city&apos;s country from the list.</source>
        <translation>Elija en la lista el país de su ciudad.</translation>
    </message>
    <message>
        <source>Choose your city&apos;s main language from the list.</source>
        <translation>Elija en la lista el idioma principal de su ciudad.</translation>
    </message>
    <message>
        <source>Quit RRR Desktop? Nothing has been set up yet; you will be asked for your city again at the next start.</source>
        <translation>¿Salir de RRR Desktop? Aún no se ha configurado nada; en el próximo inicio se le volverá a preguntar por su ciudad.</translation>
    </message>
    <message>
        <source>&amp;Keep Choosing</source>
        <translation>&amp;Seguir eligiendo</translation>
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
        <translation>Miembros</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Offers in the theme</source>
        <translation>Ofrece en el tema</translation>
    </message>
    <message>
        <source>Wants to learn in the theme</source>
        <translation>Quiere aprender en el tema</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>When (your time)</source>
        <translation>Cuándo (su hora)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who / status</source>
        <translation>Quién / estado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>What changed since your last look</source>
        <translation>Qué cambió desde su última consulta</translation>
    </message>
    <message>
        <source>&amp;Edit group…</source>
        <translation>&amp;Editar grupo…</translation>
    </message>
    <message>
        <source>Plan a &amp;meeting…</source>
        <translation>Programar una &amp;reunión…</translation>
    </message>
    <message>
        <source>Plan a meeting at a local time in any time zone</source>
        <translation>Programar una reunión a una hora local en cualquier zona horaria</translation>
    </message>
    <message>
        <source>Add an &amp;action…</source>
        <translation>Añadir una &amp;acción…</translation>
    </message>
    <message>
        <source>Add something a member city will do, by a date</source>
        <translation>Añadir algo que una ciudad miembro hará, con fecha</translation>
    </message>
    <message>
        <source>&amp;Open selected…</source>
        <translation>A&amp;brir lo seleccionado…</translation>
    </message>
    <message>
        <source>Open the meeting or action selected in the timeline</source>
        <translation>Abrir la reunión o acción seleccionada en la cronología</translation>
    </message>
    <message>
        <source>Our &amp;note…</source>
        <translation>Nuestra &amp;nota…</translation>
    </message>
    <message>
        <source>Write our city&apos;s note on the group; it travels in our bundles</source>
        <translation>Escribir la nota de nuestra ciudad sobre el grupo; viaja en nuestros paquetes</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Invitar…</translation>
    </message>
    <message>
        <source>Write an email draft to the member cities&apos; contact offices with the next meeting as a calendar invitation</source>
        <translation>Escribir un borrador de correo a las oficinas de contacto de las ciudades miembro con la próxima reunión como invitación de calendario</translation>
    </message>
    <message>
        <source>Save &amp;calendar file…</source>
        <translation>Guardar archivo de &amp;calendario…</translation>
    </message>
    <message>
        <source>Save the group&apos;s meetings as an .ics file for any calendar</source>
        <translation>Guardar las reuniones del grupo como archivo .ics para cualquier calendario</translation>
    </message>
    <message>
        <source>Members and what each brings</source>
        <translation>Miembros y lo que aporta cada uno</translation>
    </message>
    <message>
        <source>Meetings, decisions and actions</source>
        <translation>Reuniones, decisiones y acciones</translation>
    </message>
    <message>
        <source>Change the group&apos;s name, purpose, stage, themes, members and lead (the lead city&apos;s record)</source>
        <translation>Cambiar el nombre, el propósito, la fase, los temas, los miembros y la ciudad coordinadora del grupo (el registro de la ciudad coordinadora)</translation>
    </message>
    <message>
        <source>&amp;Delete group…</source>
        <translation>&amp;Eliminar grupo…</translation>
    </message>
    <message>
        <source>Delete the group here; its lead city&apos;s next bundle withdraws it from the members</source>
        <translation>Eliminar el grupo aquí; el próximo paquete de su ciudad coordinadora lo retira a los miembros</translation>
    </message>
    <message>
        <source>No working groups yet</source>
        <translation>Aún no hay grupos de trabajo</translation>
    </message>
    <message>
        <source>Choose a working group in the list.</source>
        <translation>Elija un grupo de trabajo en la lista.</translation>
    </message>
    <message>
        <source>A working group brings our city and peer cities together around a theme, with meetings, decisions and actions. To have one:
• start one with New group… above;
• or start one of the groups the matching proposes: Peer cities › Proposed groups;
• or, if another city leads a group we are in, import its bundle (File › Import Bundle…).</source>
        <translation>Un grupo de trabajo reúne a nuestra ciudad y a ciudades pares en torno a un tema, con reuniones, decisiones y acciones. Para tener uno:
• créelo con Nuevo grupo… arriba;
• o inicie uno de los grupos que propone la comparación: Ciudades pares › Grupos propuestos;
• o, si otra ciudad coordina un grupo del que formamos parte, importe su paquete (Archivo › Importar paquete…).</translation>
    </message>
    <message>
        <source>Overdue for our city: {actions}</source>
        <translation>Vencidas para nuestra ciudad: {actions}</translation>
    </message>
    <message>
        <source> (lead)</source>
        <translation> (coordina)</translation>
    </message>
    <message>
        <source>What changed since your last look ({count})</source>
        <translation>Qué cambió desde su última consulta ({count})</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Fase: {stage}</translation>
    </message>
    <message>
        <source>Lead: {city}</source>
        <translation>Coordina: {city}</translation>
    </message>
    <message>
        <source>Themes: {topics}</source>
        <translation>Temas: {topics}</translation>
    </message>
    <message>
        <source>From {source}</source>
        <translation>De {source}</translation>
    </message>
    <message>
        <source>Withdrawn by its lead on {day}</source>
        <translation>Retirado por su coordinadora el {day}</translation>
    </message>
    <message>
        <source>Only {lead} changes the group and its meetings</source>
        <translation>Solo {lead} cambia el grupo y sus reuniones</translation>
    </message>
    <message>
        <source>Decided: {text}</source>
        <translation>Decidido: {text}</translation>
    </message>
    <message>
        <source>Action: {title}</source>
        <translation>Acción: {title}</translation>
    </message>
    <message>
        <source>Meeting ({time} in {zone})</source>
        <translation>Reunión ({time} en {zone})</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>entered here</source>
        <translation>introducido aquí</translation>
    </message>
    <message>
        <source>{city}&apos;s bundle {file}</source>
        <translation>paquete de {city} {file}</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New Working Group</source>
        <translation>Nuevo grupo de trabajo</translation>
    </message>
    <message>
        <source>Start a Working Group</source>
        <translation>Iniciar un grupo de trabajo</translation>
    </message>
    <message>
        <source>{city} (our city)</source>
        <translation>{city} (nuestra ciudad)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>&amp;Temas:</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>Ciudades miembro</translation>
    </message>
    <message>
        <source>Edit Working Group</source>
        <translation>Editar grupo de trabajo</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Ciudad coordinadora</translation>
    </message>
    <message>
        <source>The lead city&apos;s bundles carry the group, its meetings and its decisions to the members; each member sends its own actions and note.</source>
        <translation>Los paquetes de la ciudad coordinadora llevan el grupo, sus reuniones y sus decisiones a los miembros; cada miembro envía sus propias acciones y su nota.</translation>
    </message>
    <message>
        <source>Our city</source>
        <translation>Nuestra ciudad</translation>
    </message>
    <message>
        <source>&amp;Members (besides us):</source>
        <translation>&amp;Miembros (además de nosotros):</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Coordina:</translation>
    </message>
</context>
<context>
    <name>GroupFileDialog</name>
    <message>
        <source>Save the invitation draft</source>
        <translation>Guardar el borrador de invitación</translation>
    </message>
    <message>
        <source>Save the meetings as a calendar file</source>
        <translation>Guardar las reuniones como archivo de calendario</translation>
    </message>
    <message>
        <source>Email drafts (*.eml)</source>
        <translation>Borradores de correo (*.eml)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>The invitation draft is in {path}. Email It opens it in your mail program: check the recipients and send it.</source>
        <translation>El borrador de la invitación está en {path}. «Enviar por correo electrónico» lo abre en su programa de correo: compruebe los destinatarios y envíelo.</translation>
    </message>
    <message>
        <source>The meetings are in {path}: open it with your calendar.</source>
        <translation>Las reuniones están en {path}: ábralo con su calendario.</translation>
    </message>
    <message>
        <source>&amp;Email It</source>
        <translation>&amp;Enviar por correo electrónico</translation>
    </message>
    <message>
        <source>The invitation is open in your mail program: check the recipients and send it.</source>
        <translation>La invitación está abierta en su programa de correo: compruebe los destinatarios y envíela.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, so the folder with {file} is open instead. Attach that file to a new email to the member cities (in your web mail, for instance) and send it; their calendars read the meeting from it.</source>
        <translation>Este equipo no tiene ningún programa de correo configurado, así que se ha abierto la carpeta con {file}. Adjunte ese archivo a un correo nuevo para las ciudades miembro (en su correo web, por ejemplo) y envíelo; sus calendarios leen la reunión de él.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, and its folder could not be opened either. The invitation is {file}: attach it to a new email to the member cities (in your web mail, for instance) and send it; their calendars read the meeting from it.</source>
        <translation>No hay ningún programa de correo configurado en este ordenador y tampoco se ha podido abrir la carpeta. La invitación es {file}: adjúntela a un correo nuevo para las ciudades miembro (en su correo web, por ejemplo) y envíelo; sus calendarios leen la reunión en ella.</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grupos de trabajo</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>The next meeting, in your time zone</source>
        <translation>La próxima reunión, en su zona horaria</translation>
    </message>
    <message>
        <source>What changed since your last look at the group</source>
        <translation>Qué cambió desde su última consulta del grupo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Coordina</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novedades</translation>
    </message>
    <message>
        <source>Withdrawn by its lead</source>
        <translation>Retirado por su coordinadora</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <source>{count} ({late} of ours overdue)</source>
        <translation>{count} (nuestras vencidas: {late})</translation>
    </message>
</context>
<context>
    <name>GroupWrites</name>
    <message>
        <source>Working groups</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <source>Not saved: something unexpected went wrong (it is in the log). Your entries are kept: try again, or Cancel.</source>
        <translation>No se guardó: algo inesperado salió mal (está en el registro). Sus datos se conservan: inténtelo de nuevo o pulse Cancelar.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>{app} User Guide</source>
        <translation>Guía del usuario de {app}</translation>
    </message>
    <message>
        <source>Section of the guide</source>
        <translation>Sección de la guía</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>Enter goes to the next place that has these words</source>
        <translation>Intro lleva al siguiente lugar con estas palabras</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>The keys of the menu commands on this computer. On any page, F1 opens the part of this guide about that page.</source>
        <translation>Las teclas de las órdenes de los menús en este equipo. En cualquier página, F1 abre la parte de esta guía que trata de esa página.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>No section of the guide has “{words}”.</source>
        <translation>Ninguna sección de la guía contiene «{words}».</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import stakeholders from {file}</source>
        <translation>Importar actores desde {file}</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Filas con problemas</translation>
    </message>
    <message>
        <source>What to do with stakeholders already there</source>
        <translation>Qué hacer con los actores ya registrados</translation>
    </message>
    <message>
        <source>Add new ones only</source>
        <translation>Solo añadir los nuevos</translation>
    </message>
    <message>
        <source>Update the ones already there</source>
        <translation>Actualizar los ya registrados</translation>
    </message>
    <message>
        <source>Only fill their empty fields</source>
        <translation>Solo completar sus campos vacíos</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Fields guessed from the values</source>
        <translation>Campos deducidos de los valores</translation>
    </message>
    <message>
        <source>Mark the new ones as &amp;shareable with peer cities</source>
        <translation>&amp;Marcar los nuevos como compartibles con ciudades pares</translation>
    </message>
    <message>
        <source>The first rows as they would be imported</source>
        <translation>Las primeras filas tal como se importarían</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save &amp;Failed Rows…</source>
        <translation>Guardar &amp;filas con problemas…</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <source>Stakeholders &amp;already there:</source>
        <translation>&amp;Actores ya registrados:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Columnas:</translation>
    </message>
    <message>
        <source>{field} is chosen for several columns: keep one.</source>
        <translation>“{field}” está elegido para varias columnas: deje solo una.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Guessed from the values:</source>
        <translation>Deducido de los valores:</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more rows with problems.</source>
        <translation>
            <numerusform>… y %Ln fila más con problemas.</numerusform>
            <numerusform>… y %Ln filas más con problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and changes nothing.</source>
        <translation>Importando… “Cancelar” detiene la importación sin cambiar nada.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importación cancelada: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {skipped} skipped, {failed} not imported because of a problem.</source>
        <translation>Importación realizada. Añadidos: {added}; actualizados: {updated}; omitidos: {skipped}; sin importar por algún problema: {failed}.</translation>
    </message>
    <message>
        <source>The rows to fix are saved in {file}.</source>
        <translation>Las filas por corregir se han guardado en {file}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save the rows to fix</source>
        <translation>Guardar las filas por corregir</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {skip} already there or repeated (skipped), {fail} with problems.</source>
        <translation>{add} para añadir, {update} para actualizar, {skip} ya registrados o repetidos (se omiten), {fail} con problemas.</translation>
    </message>
    <message>
        <source>spreadsheet workbook</source>
        <translation>libro de hoja de cálculo</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln rows ({encoding})</source>
        <translation>
            <numerusform>{file}: %Ln fila ({encoding})</numerusform>
            <numerusform>{file}: %Ln filas ({encoding})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln set aside as section headings.</source>
        <translation>
            <numerusform>%Ln apartada como título de sección.</numerusform>
            <numerusform>%Ln apartadas como títulos de sección.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold no stakeholder (blank rows, titles, repeated headers).</source>
        <translation>
            <numerusform>%Ln no contiene ningún actor (fila vacía, título, encabezado repetido).</numerusform>
            <numerusform>%Ln no contienen ningún actor (filas vacías, títulos, encabezados repetidos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {number}: {problem}</source>
        <translation>Fila {number}: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>No hay ninguna importación que deshacer.</translation>
    </message>
    <message>
        <source>Undo the import of {file} made on {when}?</source>
        <translation>¿Deshacer la importación de {file} hecha el {when}?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stakeholders it added are deleted, with anything recorded on them since.</source>
        <translation>
            <numerusform>Se borra el %Ln actor que añadió, con todo lo registrado sobre él desde entonces.</numerusform>
            <numerusform>Se borran los %Ln actores que añadió, con todo lo registrado sobre ellos desde entonces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stakeholders it updated get their previous values back.</source>
        <translation>
            <numerusform>El %Ln actor que actualizó recupera sus valores anteriores.</numerusform>
            <numerusform>Los %Ln actores que actualizó recuperan sus valores anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep the Import</source>
        <translation>&amp;Mantener la importación</translation>
    </message>
    <message numerus="yes">
        <source>Peer cities already received %Ln of the stakeholders it added, in a bundle: your next bundle withdraws them from the peers.</source>
        <translation>
            <numerusform>Las ciudades pares ya recibieron %Ln de los actores que añadió, en un paquete: su próximo paquete lo retira de ellas.</numerusform>
            <numerusform>Las ciudades pares ya recibieron %Ln de los actores que añadió, en un paquete: su próximo paquete los retira de ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of {file} was undone.</source>
        <translation>Se deshizo la importación de {file}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted.</source>
        <translation>
            <numerusform>%Ln actor borrado.</numerusform>
            <numerusform>%Ln actores borrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders given their previous values back.</source>
        <translation>
            <numerusform>%Ln actor recuperó sus valores anteriores.</numerusform>
            <numerusform>%Ln actores recuperaron sus valores anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Deshacer importación</translation>
    </message>
    <message>
        <source>Cannot undo the import</source>
        <translation>No se puede deshacer la importación</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Edit interaction</source>
        <translation>Editar interacción</translation>
    </message>
    <message>
        <source>Add interaction</source>
        <translation>Añadir interacción</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>Seguimiento &amp;realizado</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Follow-up on:</source>
        <translation>Hacer se&amp;guimiento el:</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Add Interaction</source>
        <translation>Añadir interacción</translation>
    </message>
    <message>
        <source>Edit Interaction</source>
        <translation>Editar interacción</translation>
    </message>
    <message>
        <source>Delete Interaction</source>
        <translation>Borrar interacción</translation>
    </message>
</context>
<context>
    <name>LanguageChecklist</name>
    <message>
        <source>Find a language</source>
        <translation>Buscar un idioma</translation>
    </message>
    <message>
        <source>Find a language…</source>
        <translation>Buscar un idioma…</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
</context>
<context>
    <name>LanguageRestart</name>
    <message>
        <source>{app} restarts in the new language once the open dialog is closed.</source>
        <translation>{app} se reiniciará en el nuevo idioma en cuanto se cierre el cuadro de diálogo abierto.</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>{app} speaks {language} from its next start. Restart now? It opens again on this page; your profile is saved, and open dialogs are closed first (you are asked about anything typed in them).</source>
        <translation>{app} estará en {language} a partir del próximo inicio. ¿Reiniciar ahora? Se abrirá de nuevo en esta página; su perfil queda guardado y antes se cierran los cuadros de diálogo abiertos (se le preguntará por lo que haya escrito en ellos).</translation>
    </message>
    <message>
        <source>{app} speaks the system&apos;s language from its next start. Restart now? It opens again on this page; your profile is saved, and open dialogs are closed first (you are asked about anything typed in them).</source>
        <translation>{app} estará en el idioma del sistema a partir del próximo inicio. ¿Reiniciar ahora? Se abrirá de nuevo en esta página; su perfil queda guardado y antes se cierran los cuadros de diálogo abiertos (se le preguntará por lo que haya escrito en ellos).</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
</context>
<context>
    <name>LoadingView</name>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo sus datos…</translation>
    </message>
    <message>
        <source>Opening your data</source>
        <translation>Abriendo sus datos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo sus datos…</translation>
    </message>
    <message>
        <source>Our city: {name}</source>
        <translation>Nuestra ciudad: {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Read only: your role may look at the team&apos;s register but not change it</source>
        <translation>Solo lectura: su rol puede consultar el registro del equipo pero no modificarlo</translation>
    </message>
    <message>
        <source>Updated with your colleagues&apos; changes</source>
        <translation>Actualizado con los cambios de sus compañeros</translation>
    </message>
    <message>
        <source>Waiting for the database: another program is writing to it. Your change is saved as soon as it is free.</source>
        <translation>Esperando a la base de datos: otro programa está escribiendo en ella. Su cambio se guarda en cuanto quede libre.</translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation>Ciudades pares</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Notas informativas</translation>
    </message>
    <message>
        <source>Make a brief first: choose what it covers, then Preview.</source>
        <translation>Prepare primero una nota: elija lo que abarca y luego Vista previa.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Stakeholder map</source>
        <translation>Mapa de actores</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders placed by influence and interest.</source>
        <translation>
            <numerusform>%Ln actor situado por influencia e interés.</numerusform>
            <numerusform>%Ln actores situados por influencia e interés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not placed.</source>
        <translation>
            <numerusform>%Ln sin situar.</numerusform>
            <numerusform>%Ln sin situar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows the same stakeholders.</source>
        <translation>La lista muestra los mismos actores.</translation>
    </message>
    <message>
        <source>{name}
{stage} · {kind}
Influence {influence}, interest {interest}</source>
        <translation>{name}
{stage} · {kind}
Influencia {influence}, interés {interest}</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Which column feeds which field</source>
        <translation>Qué columna alimenta cada campo</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Ignorar esta columna</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Campo para la columna {column}</translation>
    </message>
    <message>
        <source>{field} is chosen for several columns: keep one.</source>
        <translation>“{field}” está elegido para varias columnas: deje solo una.</translation>
    </message>
</context>
<context>
    <name>MaturityCombo</name>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Plan a Meeting</source>
        <translation>Programar una reunión</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;When (local time):</source>
        <translation>&amp;Cuándo (hora local):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>&amp;Enlace en línea:</translation>
    </message>
    <message>
        <source>&amp;Agenda (one item a line):</source>
        <translation>&amp;Orden del día (un punto por línea):</translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation>Ac&amp;ta:</translation>
    </message>
    <message>
        <source>&amp;Decisions (one a line):</source>
        <translation>&amp;Decisiones (una por línea):</translation>
    </message>
    <message>
        <source>Every member sees the meeting in their own time zone.</source>
        <translation>Cada miembro ve la reunión en su propia zona horaria.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Elija una zona horaria de la lista.</translation>
    </message>
    <message>
        <source>{zone}; on this computer: {time}</source>
        <translation>{zone}; en este equipo: {time}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicates</source>
        <translation>Fusionar duplicados</translation>
    </message>
    <message>
        <source>Master record</source>
        <translation>Registro principal</translation>
    </message>
    <message>
        <source>&amp;Keep this record:</source>
        <translation>&amp;Conservar este registro:</translation>
    </message>
    <message>
        <source>Which value to keep for each field</source>
        <translation>Qué valor conservar en cada campo</translation>
    </message>
    <message>
        <source>What the merge will do</source>
        <translation>Qué hará la fusión</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Fewer than two of these stakeholders still exist: nothing to merge.</source>
        <translation>Quedan menos de dos de estos actores: no hay nada que fusionar.</translation>
    </message>
    <message>
        <source>{field} from {name}</source>
        <translation>{field} de {name}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>consentimiento registrado</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>sin consentimiento</translation>
    </message>
    <message>
        <source>{master} is kept (same ID, so peer cities still recognise it).</source>
        <translation>Se conserva {master} (el mismo ID, así las ciudades pares lo siguen reconociendo).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other records are merged into it and then deleted.</source>
        <translation>
            <numerusform>%Ln registro más se fusiona con él y luego se borra.</numerusform>
            <numerusform>%Ln registros más se fusionan con él y luego se borran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln interactions move to it.</source>
        <translation>
            <numerusform>Su %Ln interacción pasa a él.</numerusform>
            <numerusform>Sus %Ln interacciones pasan a él.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags, sectors and topics are combined; their people are linked to it.</source>
        <translation>Las etiquetas, sectores y temas se combinan; sus personas quedan vinculadas a él.</translation>
    </message>
    <message>
        <source>Taken from the others: {fields}.</source>
        <translation>Tomado de los demás: {fields}.</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Click to see the recent messages.</source>
        <translation>Haga clic para ver los mensajes recientes.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Open questions to raise</source>
        <translation>Preguntas abiertas para plantear</translation>
    </message>
    <message>
        <source>Open &amp;questions to raise (one per line):</source>
        <translation>&amp;Preguntas abiertas para plantear (una por línea):</translation>
    </message>
    <message>
        <source>&amp;Reset texts to the suggestions</source>
        <translation>Resta&amp;blecer los textos sugeridos</translation>
    </message>
    <message>
        <source>Replace your edits with the texts RRR Desktop suggests</source>
        <translation>Sustituye sus cambios por los textos que sugiere RRR Desktop</translation>
    </message>
    <message>
        <source>&amp;{part} (your text):</source>
        <translation>&amp;{part} (su texto):</translation>
    </message>
    <message>
        <source>You rewrote this text: it no longer follows the data. Reset texts to the suggestions brings the suggestion back.</source>
        <translation>Ha reescrito este texto: ya no sigue los datos. «Restablecer los textos sugeridos» recupera la sugerencia.</translation>
    </message>
    <message>
        <source>Reset the brief&apos;s texts</source>
        <translation>Restablecer los textos de la nota informativa</translation>
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
        <translation>sin definir</translation>
    </message>
</context>
<context>
    <name>PeerDetailView</name>
    <message>
        <source>Peer city details and sources</source>
        <translation>Detalles y fuentes de la ciudad par</translation>
    </message>
    <message>
        <source>Select a peer city to see its profile and sources.</source>
        <translation>Seleccione una ciudad par para ver su perfil y sus fuentes.</translation>
    </message>
    <message>
        <source>{city} has not written some of its texts in your language: they are shown as the city wrote them, followed by their language.</source>
        <translation>{city} no ha escrito algunos de sus textos en su idioma: se muestran tal como la ciudad los escribió, seguidos de su idioma.</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>Lo que ofrecen</translation>
    </message>
    <message>
        <source>What they want to learn</source>
        <translation>Lo que quieren aprender</translation>
    </message>
    <message>
        <source>Shared challenges</source>
        <translation>Retos compartidos</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Sin registros.</translation>
    </message>
    <message>
        <source>In their own words: {topics}</source>
        <translation>Con sus propias palabras: {topics}</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>Stakeholders they shared</source>
        <translation>Actores que han compartido</translation>
    </message>
    <message>
        <source>None yet: they arrive with the city&apos;s bundles.</source>
        <translation>Todavía ninguno: llegan con los paquetes de la ciudad.</translation>
    </message>
    <message>
        <source>Data from the bundle {file} sent by {sender} on {date}, imported {imported}</source>
        <translation>Datos del paquete {file}, enviado por {sender} (fecha de envío: {date}; fecha de importación: {imported})</translation>
    </message>
    <message>
        <source>Data from {source} of {date}</source>
        <translation>Datos de {source} (fecha: {date})</translation>
    </message>
    <message>
        <source>Data of {date}, source not recorded</source>
        <translation>Datos sin fuente registrada (fecha: {date})</translation>
    </message>
    <message numerus="yes">
        <source>⚠ This information is more than %Ln months old: check it with the city before relying on it.</source>
        <translation>
            <numerusform>⚠ Esta información tiene más de %Ln mes: compruébela con la ciudad antes de fiarse de ella.</numerusform>
            <numerusform>⚠ Esta información tiene más de %Ln meses: compruébela con la ciudad antes de fiarse de ella.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ This information is more than %Ln years old: check it with the city before relying on it.</source>
        <translation>
            <numerusform>⚠ Esta información tiene más de un año: compruébela con la ciudad antes de fiarse de ella.</numerusform>
            <numerusform>⚠ Esta información tiene más de %Ln años: compruébela con la ciudad antes de fiarse de ella.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>desconocida</translation>
    </message>
</context>
<context>
    <name>PeerFilterBar</name>
    <message>
        <source>Search cities (Ctrl+F)</source>
        <translation>Buscar ciudades (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search peer cities by name</source>
        <translation>Buscar ciudades pares por nombre</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>Filtrar por tema</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filtrar por idioma</translation>
    </message>
    <message>
        <source>Filter by region or country</source>
        <translation>Filtrar por región o país</translation>
    </message>
    <message>
        <source>Show &amp;hidden</source>
        <translation>Mostrar &amp;ocultas</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Cualquier tema</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Cualquier región</translation>
    </message>
</context>
<context>
    <name>PeerMatchView</name>
    <message>
        <source>Why this peer is suggested</source>
        <translation>Por qué se sugiere esta ciudad par</translation>
    </message>
    <message>
        <source>Select a peer city to see why it is suggested.</source>
        <translation>Seleccione una ciudad par para ver por qué se sugiere.</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>Puntuación: {score}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Points per criterion</source>
        <translation>Puntos por criterio</translation>
    </message>
    <message>
        <source>{criterion}: {points} points</source>
        <translation>{criterion}: {points} puntos</translation>
    </message>
</context>
<context>
    <name>PeerNoteEditor</name>
    <message>
        <source>&amp;Our notes (private, never shared)</source>
        <translation>&amp;Nuestras notas (privadas, nunca se comparten)</translation>
    </message>
    <message>
        <source>Our private notes about this city</source>
        <translation>Nuestras notas privadas sobre esta ciudad</translation>
    </message>
    <message>
        <source>Contacts, what was agreed, what to ask next time… Saved automatically.</source>
        <translation>Contactos, lo acordado, qué preguntar la próxima vez… Se guarda automáticamente.</translation>
    </message>
    <message>
        <source>Not saved yet: the last save failed.</source>
        <translation>Aún sin guardar: falló el último intento de guardado.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The note could not be saved: {problem} Your text is kept here and will be saved again when you type or leave the note.</source>
        <translation>No se pudo guardar la nota: {problem} Su texto se conserva aquí y se volverá a guardar cuando escriba o salga de la nota.</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>&amp;Weights…</source>
        <translation>&amp;Ponderaciones…</translation>
    </message>
    <message>
        <source>How much each reason counts in the ranking</source>
        <translation>Cuánto cuenta cada motivo en la clasificación</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>&amp;Sugerencias</translation>
    </message>
    <message>
        <source>&amp;Proposed groups</source>
        <translation>Grupos &amp;propuestos</translation>
    </message>
    <message>
        <source>Suggested peer cities, best first</source>
        <translation>Ciudades pares sugeridas, las más afines primero</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Profile, sources and notes</source>
        <translation>Perfil, fuentes y notas</translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation>Ciudades pares</translation>
    </message>
    <message>
        <source>Choose your city on the Profile page first: peers are ranked against it.</source>
        <translation>Elija primero su ciudad en la página Perfil: las ciudades pares se ordenan en función de ella.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln peer cities</source>
        <translation>
            <numerusform>{shown} de %Ln ciudad par</numerusform>
            <numerusform>{shown} de %Ln ciudades pares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln hidden)</source>
        <translation>
            <numerusform>(%Ln oculta)</numerusform>
            <numerusform>(%Ln ocultas)</numerusform>
        </translation>
    </message>
    <message>
        <source>No peer cities yet: they arrive with bundles from other cities.</source>
        <translation>Aún no hay ciudades pares: llegan con los paquetes de otras ciudades.</translation>
    </message>
    <message>
        <source>Every peer city is hidden: tick “Show hidden” to see them.</source>
        <translation>Todas las ciudades pares están ocultas: marque “Mostrar ocultas” para verlas.</translation>
    </message>
    <message>
        <source>No peer city speaks {language}.</source>
        <translation>Ninguna ciudad par habla {language}.</translation>
    </message>
    <message>
        <source>No peer city in {region}.</source>
        <translation>No hay ninguna ciudad par en {region}.</translation>
    </message>
    <message>
        <source>No peer city in {region} speaks {language}.</source>
        <translation>Ninguna ciudad par de {region} habla {language}.</translation>
    </message>
    <message>
        <source>No peer city has anything in common with yours on {topic}.</source>
        <translation>Ninguna ciudad par tiene nada en común con su ciudad en {topic}.</translation>
    </message>
    <message>
        <source>No peer city has anything in common with yours yet.</source>
        <translation>Ninguna ciudad par tiene todavía nada en común con su ciudad.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Cambio no realizado</translation>
    </message>
    <message>
        <source>No peer city matches “{search}”.</source>
        <translation>Ninguna ciudad par coincide con “{search}”.</translation>
    </message>
</context>
<context>
    <name>PinAndHide</name>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fijar</translation>
    </message>
    <message>
        <source>Pin to the top of the list, or unpin (Ctrl+Shift+P)</source>
        <translation>Fijar al principio de la lista o dejar de fijar (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Oc&amp;ultar</translation>
    </message>
    <message>
        <source>Hide from suggestions, or show again (Ctrl+Shift+H)</source>
        <translation>Ocultar de las sugerencias o volver a mostrar (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Dejar de &amp;fijar</translation>
    </message>
    <message>
        <source>S&amp;how again</source>
        <translation>Mostrar de n&amp;uevo</translation>
    </message>
    <message>
        <source>Pin Peer City</source>
        <translation>Fijar ciudad par</translation>
    </message>
    <message>
        <source>Unpin Peer City</source>
        <translation>Soltar ciudad par</translation>
    </message>
    <message>
        <source>Hide Peer City</source>
        <translation>Ocultar ciudad par</translation>
    </message>
    <message>
        <source>Show Peer City Again</source>
        <translation>Volver a mostrar la ciudad par</translation>
    </message>
</context>
<context>
    <name>PracticesEditor</name>
    <message>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>Add practice</source>
        <translation>Añadir práctica</translation>
    </message>
    <message>
        <source>Describe a practice of our city that peers can learn from</source>
        <translation>Describa una práctica de nuestra ciudad de la que puedan aprender las ciudades pares</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected practice</source>
        <translation>Quitar la práctica seleccionada</translation>
    </message>
    <message>
        <source>No practices yet. Add the programmes and mechanisms your city runs, so peers can learn from them.</source>
        <translation>Aún no hay prácticas. Añada los programas y mecanismos que gestiona su ciudad para que las ciudades pares puedan aprender de ellos.</translation>
    </message>
    <message>
        <source>Practice title</source>
        <translation>Título de la práctica</translation>
    </message>
    <message>
        <source>e.g. Neighbourhood hubs</source>
        <translation>p. ej., Centros de barrio</translation>
    </message>
    <message>
        <source>Kind of practice</source>
        <translation>Tipo de práctica</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Year started</source>
        <translation>Año de inicio</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Practice description</source>
        <translation>Descripción de la práctica</translation>
    </message>
    <message>
        <source>Practice topics</source>
        <translation>Temas de la práctica</translation>
    </message>
    <message>
        <source>Practice link</source>
        <translation>Enlace de la práctica</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Etapa:</translation>
    </message>
    <message>
        <source>&amp;Year started:</source>
        <translation>&amp;Año de inicio:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation>Te&amp;mas:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>En&amp;lace:</translation>
    </message>
    <message>
        <source>(untitled practice)</source>
        <translation>(práctica sin título)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Peer Cities</source>
        <translation>Ciudades &amp;pares</translation>
    </message>
    <message>
        <source>&amp;Team Database</source>
        <translation>Base de datos del &amp;equipo</translation>
    </message>
    <message>
        <source>Your login name</source>
        <translation>Su nombre de usuario</translation>
    </message>
    <message>
        <source>Recorded with every change you make, so that colleagues sharing a team database see who changed what. Left empty: your login name (on a team database, your database user).</source>
        <translation>Se registra con cada cambio que haga, para que los compañeros que comparten una base de datos de equipo vean quién cambió qué. Si se deja vacío: su nombre de usuario (en una base de datos de equipo, su usuario de la base de datos).</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>The language of the window and, by default, of briefs</source>
        <translation>El idioma de la ventana y, por defecto, de las notas informativas</translation>
    </message>
    <message>
        <source>After OK you can restart in the new language now, or keep working until the next start.</source>
        <translation>Tras Aceptar podrá reiniciar ahora en el nuevo idioma o seguir trabajando hasta el próximo inicio.</translation>
    </message>
    <message>
        <source>Proposed for new briefs and when printing; usual here: {paper}</source>
        <translation>Propuesto para nuevas notas y al imprimir; habitual aquí: {paper}</translation>
    </message>
    <message>
        <source>Where exported lists, bundles and briefs are proposed to be saved</source>
        <translation>Dónde se propone guardar las listas, paquetes y notas exportados</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>Elija la carpeta de exportación predeterminada</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Paper &amp;size:</source>
        <translation>&amp;Tamaño de papel:</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>Carpeta de &amp;exportación:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>A peer city&apos;s data older than this is flagged in the list, the suggestions and its details, as a reminder to ask the city for a new bundle</source>
        <translation>Los datos de una ciudad par más antiguos que esto se señalan en la lista, las sugerencias y sus detalles, para recordar pedirle a la ciudad un paquete nuevo</translation>
    </message>
    <message>
        <source>Flag peer data older than:</source>
        <translation>Señalar datos de ciudades pares con más de:</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Carpeta de exportación predeterminada</translation>
    </message>
    <message>
        <source>The export folder {folder} does not exist: choose an existing folder. Nothing was saved.</source>
        <translation>La carpeta de exportación {folder} no existe: elija una carpeta existente. No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>ProfileAutosave</name>
    <message>
        <source>An unexpected error happened.</source>
        <translation>Se ha producido un error inesperado.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Our city&apos;s profile</source>
        <translation>Perfil de nuestra ciudad</translation>
    </message>
    <message>
        <source>Summary of our social economy ecosystem</source>
        <translation>Resumen de nuestro ecosistema de economía social</translation>
    </message>
    <message>
        <source>Who makes up the local social and solidarity economy, what the city does for it, what works and what is hard.</source>
        <translation>Quién forma la economía social y solidaria local, qué hace la ciudad por ella, qué funciona y qué resulta difícil.</translation>
    </message>
    <message>
        <source>Contact office</source>
        <translation>Oficina de contacto</translation>
    </message>
    <message>
        <source>Office, address, shared email</source>
        <translation>Oficina, dirección, correo electrónico compartido</translation>
    </message>
    <message>
        <source>What we offer</source>
        <translation>Lo que ofrecemos</translation>
    </message>
    <message>
        <source>What we want to learn</source>
        <translation>Lo que queremos aprender</translation>
    </message>
    <message>
        <source>Shared challenges</source>
        <translation>Retos compartidos</translation>
    </message>
    <message>
        <source>About our ecosystem</source>
        <translation>Sobre nuestro ecosistema</translation>
    </message>
    <message>
        <source>Topics where we have experience to share with peers.</source>
        <translation>Temas en los que tenemos experiencia que compartir con las ciudades pares.</translation>
    </message>
    <message>
        <source>Topics where we look for a peer city to learn from.</source>
        <translation>Temas en los que buscamos una ciudad par de la que aprender.</translation>
    </message>
    <message>
        <source>Problems we face and would tackle with others.</source>
        <translation>Problemas que afrontamos y que abordaríamos junto con otras ciudades.</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>Programmes and mechanisms: awards, hubs, financial mechanisms, bonds, communication strategies, digital programmes…</source>
        <translation>Programas y mecanismos: premios, centros, mecanismos financieros, bonos, estrategias de comunicación, programas digitales…</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>How mature is our city on each topic, from 0 (nothing yet) to 10 (a reference for others)? “Not assessed” is not 0.</source>
        <translation>¿Qué grado de madurez tiene nuestra ciudad en cada tema, de 0 (nada todavía) a 10 (un referente para otras)? “Sin evaluar” no equivale a 0.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Re&amp;sumen:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>&amp;Contact office:</source>
        <translation>&amp;Oficina de contacto:</translation>
    </message>
    <message>
        <source>Profile of {city}</source>
        <translation>Perfil de {city}</translation>
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
        <translation>título</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>year started</source>
        <translation>año de inicio</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>temas</translation>
    </message>
    <message>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <source>maturity</source>
        <translation>madurez</translation>
    </message>
    <message>
        <source>date assessed</source>
        <translation>fecha de evaluación</translation>
    </message>
    <message>
        <source>Own-words topic {number}</source>
        <translation>Tema de formulación propia {number}</translation>
    </message>
    <message>
        <source>Practice “{title}”</source>
        <translation>Práctica “{title}”</translation>
    </message>
    <message>
        <source>Practice {number} (untitled)</source>
        <translation>Práctica {number} (sin título)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Try saving the profile again</source>
        <translation>Intentar guardar el perfil de nuevo</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Reload the profile as stored and lose the changes made here</source>
        <translation>Volver a cargar el perfil tal como está guardado y perder los cambios hechos aquí</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <source>Save the profile as shown here over the other change</source>
        <translation>Guardar el perfil tal como se muestra aquí en lugar del otro cambio</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Restored changes that were not saved when RRR Desktop last closed.</source>
        <translation>Se han recuperado cambios que no se guardaron la última vez que se cerró RRR Desktop.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>{changed} Your text is kept: Reload to see their change and lose yours here, or Keep Mine to save your version over it.</source>
        <translation>{changed} Su texto se conserva: «Recargar» muestra el cambio de su colega y descarta el texto de aquí; «Conservar la mía» guarda esta versión en su lugar.</translation>
    </message>
    <message>
        <source>Not saved yet: fix what is marked below; it is saved as soon as it is fixed. Your text is kept.</source>
        <translation>Aún sin guardar: corrija lo que se indica más abajo; se guardará en cuanto esté corregido. Su texto se conserva.</translation>
    </message>
    <message>
        <source>Not saved: {reason} Your text is kept; RRR Desktop will try again.</source>
        <translation>Sin guardar: {reason} Su texto se conserva; RRR Desktop lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Editar el perfil</translation>
    </message>
</context>
<context>
    <name>ProposedGroupsView</name>
    <message>
        <source>Proposed working groups</source>
        <translation>Grupos de trabajo propuestos</translation>
    </message>
    <message>
        <source>Groups of three to six cities that the matching proposes for the network, around topics some want to learn and others offer; under each city, why it is in. Start one to plan its meetings and actions on the Working groups page.</source>
        <translation>Grupos de tres a seis ciudades que la comparación propone para la red, en torno a temas que unas quieren aprender y otras ofrecen; bajo cada ciudad, por qué está. Inicie uno para planificar sus reuniones y acciones en la página Grupos de trabajo.</translation>
    </message>
    <message>
        <source>&amp;Start this group…</source>
        <translation>&amp;Iniciar este grupo…</translation>
    </message>
    <message>
        <source>Make a working group of our city and these cities: check its name, members and lead, then find it on the Working groups page</source>
        <translation>Crear un grupo de trabajo de nuestra ciudad y estas ciudades: revise su nombre, miembros y coordinadora, y encuéntrelo luego en la página Grupos de trabajo</translation>
    </message>
    <message>
        <source>{topics} (lead: {lead})</source>
        <translation>{topics} (coordinación: {lead})</translation>
    </message>
    <message>
        <source>started as “{name}”</source>
        <translation>iniciado como «{name}»</translation>
    </message>
    <message>
        <source>No group to propose yet: groups form around topics that some cities want to learn and others offer (the cities&apos; profiles).</source>
        <translation>Aún no hay grupo que proponer: los grupos se forman en torno a temas que unas ciudades quieren aprender y otras ofrecen (los perfiles de las ciudades).</translation>
    </message>
</context>
<context>
    <name>RecentBriefsList</name>
    <message>
        <source>Recent briefs</source>
        <translation>Notas informativas recientes</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show the selected brief again</source>
        <translation>Vuelve a mostrar la nota seleccionada</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Remove from this list; the file is kept</source>
        <translation>Quitar de esta lista; el archivo se conserva</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>Show the folder that holds the selected brief</source>
        <translation>Muestra la carpeta que contiene la nota seleccionada</translation>
    </message>
    <message>
        <source>(file missing: moved or deleted)</source>
        <translation>(falta el archivo: se ha movido o eliminado)</translation>
    </message>
    <message>
        <source>No brief saved yet.</source>
        <translation>Todavía no se ha guardado ninguna nota informativa.</translation>
    </message>
</context>
<context>
    <name>RecentMessagesDialog</name>
    <message>
        <source>Recent Messages</source>
        <translation>Mensajes recientes</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Mensajes recientes</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Todavía no hay mensajes.</translation>
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
        <translation>Nuestro</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>El suyo</translation>
    </message>
    <message>
        <source>Fields that differ: ours and theirs</source>
        <translation>Campos que difieren: los nuestros y los suyos</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <source>What the record holds</source>
        <translation>Lo que contiene el registro</translation>
    </message>
    <message>
        <source>same items in another order</source>
        <translation>los mismos elementos en otro orden</translation>
    </message>
</context>
<context>
    <name>RecordStanding</name>
    <message>
        <source>New to us</source>
        <translation>Nuevo para nosotros</translation>
    </message>
    <message>
        <source>Changed since we last received it</source>
        <translation>Cambiado desde la última vez que lo recibimos</translation>
    </message>
    <message>
        <source>We changed it too</source>
        <translation>Nosotros también lo cambiamos</translation>
    </message>
    <message>
        <source>Ours is newer</source>
        <translation>El nuestro es más reciente</translation>
    </message>
    <message>
        <source>The same as ours</source>
        <translation>Igual que el nuestro</translation>
    </message>
    <message>
        <source>Withdrawn by the sender</source>
        <translation>Retirado por el remitente</translation>
    </message>
    <message>
        <source>{status} (their change of {day})</source>
        <translation>{status} (su cambio del {day})</translation>
    </message>
    <message>
        <source>Everything it holds is below; importing adds it.</source>
        <translation>Todo lo que contiene está abajo; importarlo lo añade.</translation>
    </message>
    <message>
        <source>Below, the fields they changed: ours and theirs. Importing takes theirs.</source>
        <translation>Abajo, los campos que cambiaron: el nuestro y el suyo. Importarlo toma el suyo.</translation>
    </message>
    <message>
        <source>Ours and theirs differ and neither is newer (below). We keep ours unless you tick it to take theirs.</source>
        <translation>El nuestro y el suyo difieren y ninguno es más reciente (abajo). Conservamos el nuestro salvo que lo marque para tomar el suyo.</translation>
    </message>
    <message>
        <source>We hold a later version of it: theirs is kept out.</source>
        <translation>Tenemos una versión posterior: la suya queda fuera.</translation>
    </message>
    <message>
        <source>Importing changes nothing; below, what it holds.</source>
        <translation>Importarlo no cambia nada; abajo, lo que contiene.</translation>
    </message>
    <message>
        <source>Importing removes it from what we hold of the sender.</source>
        <translation>Importarlo lo quita de lo que tenemos del remitente.</translation>
    </message>
    <message>
        <source>Their revision: {theirs}; we have no revision of it</source>
        <translation>Su revisión: {theirs}; no tenemos ninguna revisión</translation>
    </message>
    <message>
        <source>Our revision: {ours}; theirs: {theirs}</source>
        <translation>Nuestra revisión: {ours}; la suya: {theirs}</translation>
    </message>
</context>
<context>
    <name>RegisterFlows</name>
    <message>
        <source>Import finished: {added} added, {updated} updated, {skipped} skipped, {failed} with problems.</source>
        <translation>Importación terminada. Añadidos: {added}; actualizados: {updated}; omitidos: {skipped}; con problemas: {failed}.</translation>
    </message>
    <message>
        <source>Rows to fix: {file}</source>
        <translation>Filas por corregir: {file}</translation>
    </message>
    <message>
        <source>Add about 300 sample stakeholders to {city}&apos;s register? They are made up and clearly labelled: each name ends with “{marked}” and each carries the “sample” tag, so they can be found by that tag and archived or deleted together.</source>
        <translation>¿Desea añadir unos 300 actores de ejemplo al registro de {city}? Son ficticios y están claramente identificados: cada nombre termina en “{marked}” y todos llevan la etiqueta “sample”, de modo que pueden localizarse por esa etiqueta y archivarse o eliminarse todos a la vez.</translation>
    </message>
    <message>
        <source>&amp;Add Sample Data</source>
        <translation>&amp;Añadir datos de ejemplo</translation>
    </message>
    <message numerus="yes">
        <source>Sample data loaded: %Ln stakeholders, each tagged “sample”.</source>
        <translation>
            <numerusform>Datos de ejemplo cargados: %Ln actor, etiquetado «sample».</numerusform>
            <numerusform>Datos de ejemplo cargados: %Ln actores, cada uno etiquetado «sample».</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {file} could not be written: {reason}. Nothing was changed; choose another folder or name.</source>
        <translation>No se pudo escribir el archivo {file}: {reason}. No se ha cambiado nada; elija otra carpeta u otro nombre.</translation>
    </message>
</context>
<context>
    <name>ScoreCombo</name>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Recordar en este ordenador</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keyring (its safe store of passwords), never in a file</source>
        <translation>Se guarda en el llavero de este ordenador (su almacén seguro de contraseñas), nunca en un archivo</translation>
    </message>
    <message>
        <source>This computer has no keyring service to keep it safely: it is asked again at each start of RRR Desktop.</source>
        <translation>Este ordenador no tiene un servicio de llavero para guardarla con seguridad: se pide de nuevo en cada inicio de RRR Desktop.</translation>
    </message>
    <message>
        <source>Type it first.</source>
        <translation>Escríbala primero.</translation>
    </message>
    <message>
        <source>The two do not match: type it again in both fields.</source>
        <translation>Las dos no coinciden: escríbala de nuevo en ambos campos.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <source>Your Signing Key</source>
        <translation>Su clave de firma</translation>
    </message>
    <message>
        <source>Every bundle you export is signed with this installation&apos;s key. When a peer city imports your first bundle, they see this fingerprint: read it to them by phone, group by group, so they know the bundle is really yours.</source>
        <translation>Cada paquete que exporta se firma con la clave de esta instalación. Cuando una ciudad par importe su primer paquete, verá esta huella digital: léasela por teléfono, grupo por grupo, para que sepa que el paquete procede realmente de usted.</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Huella digital de la clave</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opiar</translation>
    </message>
</context>
<context>
    <name>SourceOptions</name>
    <message>
        <source>Encoding of the file</source>
        <translation>Codificación del archivo</translation>
    </message>
    <message>
        <source>Import these &amp;headings as stakeholders too</source>
        <translation>Importar también estos &amp;títulos como actores</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>Headings:</source>
        <translation>Títulos:</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; (row {number})</source>
        <translation>«{text}» (fila {number})</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>y %Ln más</numerusform>
            <numerusform>y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows that look like section headings were set aside: {rows}.</source>
        <translation>
            <numerusform>Se apartó %Ln fila que parece un título de sección: {rows}.</numerusform>
            <numerusform>Se apartaron %Ln filas que parecen títulos de sección: {rows}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderActions</name>
    <message>
        <source>New &amp;Organisation…</source>
        <translation>Nueva &amp;organización…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New &amp;Person…</source>
        <translation>Nueva &amp;persona…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Add &amp;Interaction…</source>
        <translation>Añadir &amp;interacción…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>&amp;Restore from Archive</source>
        <translation>Res&amp;taurar del archivo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicates…</source>
        <translation>&amp;Fusionar duplicados…</translation>
    </message>
    <message>
        <source>Add an organisation to the register</source>
        <translation>Añade una organización al registro</translation>
    </message>
    <message>
        <source>Add a person to the register</source>
        <translation>Añade una persona al registro</translation>
    </message>
    <message>
        <source>Change the selected stakeholder</source>
        <translation>Modifica el actor seleccionado</translation>
    </message>
    <message>
        <source>Record a meeting, call or e-mail with the selected stakeholder</source>
        <translation>Registra una reunión, llamada o correo con el actor seleccionado</translation>
    </message>
    <message>
        <source>Hide the selected stakeholders from the list, keeping their history</source>
        <translation>Oculta los actores seleccionados de la lista, conservando su historial</translation>
    </message>
    <message>
        <source>Bring the selected archived stakeholders back</source>
        <translation>Recupera los actores archivados seleccionados</translation>
    </message>
    <message>
        <source>Delete the selected stakeholders (Undo brings them back)</source>
        <translation>Elimina los actores seleccionados (Deshacer los recupera)</translation>
    </message>
    <message>
        <source>Join the selected duplicates into one stakeholder</source>
        <translation>Une los duplicados seleccionados en un solo actor</translation>
    </message>
    <message>
        <source>Take back the last change to the register</source>
        <translation>Deshace el último cambio en el registro</translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation>Vuelve a hacer el cambio deshecho</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>New {name}</source>
        <translation>Nuevo: {name}</translation>
    </message>
    <message>
        <source>Stakeholder saved.</source>
        <translation>Actor guardado.</translation>
    </message>
    <message>
        <source>Interaction saved.</source>
        <translation>Interacción guardada.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln stakeholders</source>
        <translation>
            <numerusform>Fusionar %Ln actor</numerusform>
            <numerusform>Fusionar %Ln actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders merged into one.</source>
        <translation>
            <numerusform>%Ln actor fusionado en uno.</numerusform>
            <numerusform>%Ln actores fusionados en uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interactions moved.</source>
        <translation>
            <numerusform>%Ln interacción trasladada.</numerusform>
            <numerusform>%Ln interacciones trasladadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Follow-up Done</source>
        <translation>Marcar seguimiento como hecho</translation>
    </message>
    <message>
        <source>Follow-up marked done.</source>
        <translation>Seguimiento marcado como realizado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders archived. Show them with “Show archived”.</source>
        <translation>
            <numerusform>%Ln actor archivado. Muéstrelo con «Mostrar archivados».</numerusform>
            <numerusform>%Ln actores archivados. Muéstrelos con «Mostrar archivados».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders restored from the archive.</source>
        <translation>
            <numerusform>%Ln actor recuperado del archivo.</numerusform>
            <numerusform>%Ln actores recuperados del archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %Ln stakeholders</source>
        <translation>
            <numerusform>Archivar %Ln actor</numerusform>
            <numerusform>Archivar %Ln actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln stakeholders from the archive</source>
        <translation>
            <numerusform>Recuperar del archivo %Ln actor</numerusform>
            <numerusform>Recuperar del archivo %Ln actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted. Undo with {keys}.</source>
        <translation>
            <numerusform>%Ln actor eliminado. Deshaga con {keys}.</numerusform>
            <numerusform>%Ln actores eliminados. Deshaga con {keys}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln stakeholders</source>
        <translation>
            <numerusform>Eliminar %Ln actor</numerusform>
            <numerusform>Eliminar %Ln actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders restored.</source>
        <translation>
            <numerusform>%Ln actor recuperado.</numerusform>
            <numerusform>%Ln actores recuperados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted.</source>
        <translation>
            <numerusform>%Ln actor borrado.</numerusform>
            <numerusform>%Ln actores borrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Deshecho: {change}</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>Rehecho: {change}</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Actores</translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>Edit stakeholder</source>
        <translation>Editar actor</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>S&amp;hareable: may go into exchange bundles for peer cities (personal data only if you include it)</source>
        <translation>Co&amp;mpartible: puede incluirse en los paquetes de intercambio con ciudades pares (los datos personales, solo si usted los incluye)</translation>
    </message>
    <message>
        <source>This record is:</source>
        <translation>Este registro es:</translation>
    </message>
    <message>
        <source>You changed this stakeholder. Discard the changes?</source>
        <translation>Ha modificado este actor. ¿Desea descartar los cambios?</translation>
    </message>
</context>
<context>
    <name>StakeholderExport</name>
    <message>
        <source>Export stakeholders</source>
        <translation>Exportar actores</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>The file could not be written ({problem}): choose another folder or close the file if a spreadsheet has it open, then export again.</source>
        <translation>No se pudo escribir el archivo ({problem}): elija otra carpeta, o cierre el archivo si está abierto en una hoja de cálculo, y vuelva a exportar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders exported to {file}.</source>
        <translation>
            <numerusform>%Ln actor exportado a {file}.</numerusform>
            <numerusform>%Ln actores exportados a {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data included for {included}; left out for {withheld} without recorded consent.</source>
        <translation>Datos personales incluidos para {included}; omitidos para {withheld} sin consentimiento registrado.</translation>
    </message>
</context>
<context>
    <name>StakeholderFilterBar</name>
    <message>
        <source>Search names, places, descriptions, tags (Ctrl+F)</source>
        <translation>Buscar nombres, lugares, descripciones, etiquetas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search stakeholders</source>
        <translation>Buscar actores</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Organisations or people</source>
        <translation>Organizaciones o personas</translation>
    </message>
    <message>
        <source>Organisations and people</source>
        <translation>Organizaciones y personas</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Any dates</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Seguimientos vencidos</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisión pendiente</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>M&amp;ostrar archivados</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Show every stakeholder again</source>
        <translation>Vuelve a mostrar todos los actores</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Todos los sectores</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Todos los distritos</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
</context>
<context>
    <name>StakeholderImport</name>
    <message>
        <source>Import stakeholders</source>
        <translation>Importar actores</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods *.xls *.txt *.tsv)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.ods *.xls *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>No se puede importar este archivo</translation>
    </message>
</context>
<context>
    <name>StakeholderMap</name>
    <message>
        <source>Stakeholders by influence and interest</source>
        <translation>Actores según su influencia e interés</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No stakeholder matches these filters.</source>
        <translation>Ningún actor coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No stakeholders yet.</source>
        <translation>Aún no hay actores.</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Mantener satisfechos</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Gestionar de cerca</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Observar</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Mantener informados</translation>
    </message>
    <message>
        <source>Interest (low → high)</source>
        <translation>Interés (bajo → alto)</translation>
    </message>
    <message>
        <source>Influence (low → high)</source>
        <translation>Influencia (baja → alta)</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Etapa de colaboración</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Dots for an even sample of {shown} of {placed}; the number in each cell counts all.</source>
        <translation>Puntos de una muestra uniforme de {shown} de {placed}; el número de cada casilla los cuenta todos.</translation>
    </message>
</context>
<context>
    <name>StakeholderMapView</name>
    <message>
        <source>&amp;Copy Picture</source>
        <translation>&amp;Copiar imagen</translation>
    </message>
    <message>
        <source>Copy the map to paste it into a slide or document</source>
        <translation>Copiar el mapa para pegarlo en una diapositiva o un documento</translation>
    </message>
    <message>
        <source>Save &amp;Picture…</source>
        <translation>&amp;Guardar imagen…</translation>
    </message>
    <message>
        <source>Save the map as a PNG picture</source>
        <translation>Guarda el mapa como imagen PNG</translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation>Guardar el mapa como imagen</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be saved to {file}: {reason}. Choose another folder or name.</source>
        <translation>No se pudo guardar la imagen en {file}: {reason}. Elija otra carpeta u otro nombre.</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Compartible</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>{value} (archived)</source>
        <translation>{value} (archivado)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(vencido)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
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
        <translation>Organización</translation>
    </message>
</context>
<context>
    <name>StakeholderView</name>
    <message>
        <source>Stakeholder details</source>
        <translation>Detalles del actor</translation>
    </message>
    <message>
        <source>Select a stakeholder to see the details.</source>
        <translation>Seleccione un actor para ver los detalles.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change this stakeholder</source>
        <translation>Modifica este actor</translation>
    </message>
    <message>
        <source>Add &amp;interaction…</source>
        <translation>Añadir i&amp;nteracción…</translation>
    </message>
    <message>
        <source>Record a meeting, call or e-mail with this stakeholder</source>
        <translation>Registra una reunión, llamada o correo con este actor</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>Sectores:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Temas:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Distrito:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Sitio web:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <source>Influence / interest / trust:</source>
        <translation>Influencia / interés / confianza:</translation>
    </message>
    <message>
        <source>Next contact:</source>
        <translation>Próximo contacto:</translation>
    </message>
    <message>
        <source>Review due:</source>
        <translation>Revisión prevista:</translation>
    </message>
    <message>
        <source>Shareable with peers:</source>
        <translation>Compartible con ciudades pares:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>People ({count}):</source>
        <translation>Personas ({count}):</translation>
    </message>
    <message>
        <source>People of this organisation</source>
        <translation>Personas de esta organización</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>Consent recorded on {date} ({source}).</source>
        <translation>Consentimiento registrado el {date} ({source}).</translation>
    </message>
    <message>
        <source>No consent recorded: this stays on this computer.</source>
        <translation>No hay consentimiento registrado: estos datos permanecen en este equipo.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>No interactions recorded.</source>
        <translation>No hay interacciones registradas.</translation>
    </message>
    <message>
        <source>Follow-up overdue since {date}</source>
        <translation>Seguimiento vencido desde el {date}</translation>
    </message>
    <message>
        <source>Follow-up: {date}</source>
        <translation>Seguimiento: {date}</translation>
    </message>
    <message>
        <source>Mark follow-up &amp;done</source>
        <translation>Marcar seguimiento como &amp;realizado</translation>
    </message>
    <message>
        <source>The follow-up of the selected interaction was done</source>
        <translation>El seguimiento de la interacción seleccionada se ha realizado</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>Stakeholders</source>
        <translation>Actores</translation>
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
        <translation>Lista o mapa</translation>
    </message>
    <message>
        <source>Show List or &amp;Map</source>
        <translation>Mostrar lista o &amp;mapa</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Switch between the list and the influence and interest map</source>
        <translation>Cambia entre la lista y el mapa de influencia e interés</translation>
    </message>
    <message>
        <source>No stakeholders yet. Import your list with File › Import Stakeholders (Ctrl+I).</source>
        <translation>Aún no hay actores. Importe su lista con Archivo › Importar actores (Ctrl+I).</translation>
    </message>
    <message>
        <source>No stakeholder matches these filters.</source>
        <translation>Ningún actor coincide con estos filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln actor</numerusform>
            <numerusform>%Ln actores</numerusform>
        </translation>
    </message>
    <message>
        <source>Stakeholder saved. The filters hide it from the list: Clear Filters shows it.</source>
        <translation>Actor guardado. Los filtros lo ocultan de la lista: Quitar filtros lo muestra.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Your data was updated for this version of RRR Desktop. A copy of it as it was is kept in {folder}.</source>
        <translation>Sus datos se han actualizado para esta versión de RRR Desktop. Se guarda una copia de los datos anteriores en {folder}.</translation>
    </message>
    <message>
        <source>City not saved</source>
        <translation>No se guardó la ciudad</translation>
    </message>
    <message>
        <source>RRR Desktop could not open your data: {problem}

Details are in {log}.</source>
        <translation>RRR Desktop no pudo abrir sus datos: {problem}

Encontrará los detalles en {log}.</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>No se pueden abrir sus datos</translation>
    </message>
</context>
<context>
    <name>StatusMessages</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>The messages shown here since {app} started</source>
        <translation>Los mensajes mostrados aquí desde que se abrió {app}</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source>⚠ This city&apos;s data is %Ln months old: ask the city for a new bundle before relying on it.</source>
        <translation>
            <numerusform>⚠ Los datos de esta ciudad tienen %Ln mes: pídale un paquete nuevo antes de fiarse de ellos.</numerusform>
            <numerusform>⚠ Los datos de esta ciudad tienen %Ln meses: pídale un paquete nuevo antes de fiarse de ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculta</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijada</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseTab</name>
    <message>
        <source>&amp;Work in the team&apos;s shared database</source>
        <translation>&amp;Trabajar en la base de datos compartida del equipo</translation>
    </message>
    <message>
        <source>Off: the register is the file in this computer&apos;s data folder</source>
        <translation>Desactivado: el registro es el archivo de la carpeta de datos de este ordenador</translation>
    </message>
    <message>
        <source>The server&apos;s name or address, from your IT staff</source>
        <translation>El nombre o la dirección del servidor, que le da su servicio informático</translation>
    </message>
    <message>
        <source>your computer&apos;s user name</source>
        <translation>su nombre de usuario en este ordenador</translation>
    </message>
    <message>
        <source>Encrypted (required)</source>
        <translation>Cifrada (obligatorio)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Cifrada, con el certificado del servidor comprobado</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Cifrada si el servidor lo ofrece</translation>
    </message>
    <message>
        <source>Not encrypted (this computer only)</source>
        <translation>Sin cifrar (solo este ordenador)</translation>
    </message>
    <message>
        <source>Needed only when your computer&apos;s PostgreSQL password file or PGPASSWORD gives none</source>
        <translation>Solo hace falta si el archivo de contraseñas de PostgreSQL de su ordenador o PGPASSWORD no dan ninguna</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Probar la &amp;conexión</translation>
    </message>
    <message>
        <source>A password in your computer&apos;s PostgreSQL password file (pgpass) or PGPASSWORD comes first; the one typed here is never written into these settings. The team database is used from the next start.</source>
        <translation>Una contraseña del archivo de contraseñas de PostgreSQL de su ordenador (pgpass) o de PGPASSWORD tiene prioridad; la escrita aquí nunca se guarda en estos ajustes. La base de datos del equipo se usa a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>C&amp;ifrado:</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>Contr&amp;aseña:</translation>
    </message>
    <message>
        <source>remembered on this computer</source>
        <translation>recordada en este ordenador</translation>
    </message>
    <message>
        <source>Type the server&apos;s name first.</source>
        <translation>Escriba primero el nombre del servidor.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>The database is empty: it is made ready at the next start.</source>
        <translation>La base de datos está vacía: se prepara en el próximo inicio.</translation>
    </message>
    <message>
        <source>Your role may read the register but not change it.</source>
        <translation>Su rol puede leer el registro pero no modificarlo.</translation>
    </message>
    <message>
        <source>The register is there and your role may change it.</source>
        <translation>El registro está ahí y su rol puede modificarlo.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}. {state}</source>
        <translation>Conectado a PostgreSQL {version}. {state}</translation>
    </message>
</context>
<context>
    <name>TeamPassphraseDialog</name>
    <message>
        <source>Bundles from the team database {database} are signed with your city&apos;s one key. This is the team&apos;s first bundle: choose the passphrase that will protect the key, and give it to your colleagues; they type it when they export.</source>
        <translation>Los paquetes de la base de datos del equipo {database} se firman con la clave única de su ciudad. Este es el primer paquete del equipo: elija la frase de contraseña que protegerá la clave y compártala con sus colegas; la escribirán al exportar.</translation>
    </message>
    <message>
        <source>Bundles from the team database {database} are signed with your city&apos;s one key, kept there protected by the team&apos;s passphrase. Type the passphrase (ask a colleague if you do not know it).</source>
        <translation>Los paquetes de la base de datos del equipo {database} se firman con la clave única de su ciudad, guardada allí protegida por la frase de contraseña del equipo. Escriba la frase (pídasela a un colega si no la conoce).</translation>
    </message>
    <message>
        <source>Team Passphrase</source>
        <translation>Frase de contraseña del equipo</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
</context>
<context>
    <name>TeamPasswordDialog</name>
    <message>
        <source>Team Database Password</source>
        <translation>Contraseña de la base de datos del equipo</translation>
    </message>
    <message>
        <source>The team database {database} asks for your password.</source>
        <translation>La base de datos del equipo {database} pide su contraseña.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
</context>
<context>
    <name>TextLanguageBar</name>
    <message>
        <source>Language of the texts shown</source>
        <translation>Idioma de los textos mostrados</translation>
    </message>
    <message>
        <source>Write the summary, contact office, notes and practices in another language: peers read the profile in their own language when it is written in it.</source>
        <translation>Escriba el resumen, la oficina de contacto, las notas y las prácticas en otro idioma: las ciudades pares leen el perfil en su propio idioma cuando está escrito en él.</translation>
    </message>
    <message>
        <source>Te&amp;xts in:</source>
        <translation>Te&amp;xtos en:</translation>
    </message>
    <message>
        <source>{language} — {state}</source>
        <translation>{language} — {state}</translation>
    </message>
    <message>
        <source>{language} is the language these texts were first written in. Choose another language to write them in it too.</source>
        <translation>{language} es el idioma en que se escribieron primero estos textos. Elija otro idioma para escribirlos también en él.</translation>
    </message>
    <message>
        <source>Every text is written in {language} too.</source>
        <translation>Todos los textos están escritos también en {language}.</translation>
    </message>
    <message>
        <source>{missing} of {total} texts are not written in {language} yet: each empty field shows the original as a hint. Peers reading {language} see the original there.</source>
        <translation>Textos aún no escritos en {language}: {missing} de {total}. Cada campo vacío muestra el original como pista; quien lea en {language} verá allí el original.</translation>
    </message>
    <message>
        <source>Nothing is written in {language} yet: each empty field shows the original as a hint. Peers reading {language} see the original.</source>
        <translation>Aún no hay nada escrito en {language}: cada campo vacío muestra el original como pista. Quien lea en {language} verá el original.</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>sin escribir</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>{missing} of {total} missing</source>
        <translation>pendientes: {missing} de {total}</translation>
    </message>
</context>
<context>
    <name>TopicListEditor</name>
    <message>
        <source>{list}: topics</source>
        <translation>{list}: temas</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>{list}: topics in our own words</source>
        <translation>{list}: temas con nuestras propias palabras</translation>
    </message>
    <message>
        <source>Topic in our own words</source>
        <translation>Tema con nuestras propias palabras</translation>
    </message>
    <message>
        <source>In our own words</source>
        <translation>Con nuestras propias palabras</translation>
    </message>
    <message>
        <source>Type a topic or a synonym</source>
        <translation>Escriba un tema o un sinónimo</translation>
    </message>
    <message>
        <source>{list}: topic to add</source>
        <translation>{list}: tema que añadir</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Añadir tema</translation>
    </message>
    <message>
        <source>{list}: add topic</source>
        <translation>{list}: añadir tema</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>{list}: remove selected topics</source>
        <translation>{list}: quitar los temas seleccionados</translation>
    </message>
    <message>
        <source>Add in our own words</source>
        <translation>Añadir con nuestras palabras</translation>
    </message>
    <message>
        <source>{list}: add a topic in our own words</source>
        <translation>{list}: añadir un tema con nuestras propias palabras</translation>
    </message>
    <message>
        <source>For a topic the shared vocabulary does not have. Peers read it, but matching uses only vocabulary topics.</source>
        <translation>Para un tema que no figura en el vocabulario común. Las ciudades pares lo leen, pero la búsqueda de coincidencias solo usa los temas del vocabulario.</translation>
    </message>
    <message>
        <source>{list}: remove selected own-words topics</source>
        <translation>{list}: quitar los temas de formulación propia seleccionados</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Rehacer «{change}»</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Deshacer «{change}»</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
</context>
<context>
    <name>UnsavedWork</name>
    <message>
        <source>Everything is saved: RRR Desktop saves your changes as you make them.</source>
        <translation>Todo está guardado: RRR Desktop guarda sus cambios a medida que los hace.</translation>
    </message>
    <message>
        <source>Saving the profile…</source>
        <translation>Guardando el perfil…</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Perfil guardado.</translation>
    </message>
    <message>
        <source>The profile is not saved: the Profile page says why.</source>
        <translation>El perfil no se ha guardado: la página Perfil explica por qué.</translation>
    </message>
    <message>
        <source>The profile could not be saved, nor kept for the next start: {reason}

Your text is still on the Profile page. Keep RRR Desktop open and free some disk space, or close and lose the unsaved changes.</source>
        <translation>No se ha podido guardar el perfil ni conservarlo para el próximo inicio: {reason}

Su texto sigue en la página Perfil. Mantenga RRR Desktop abierto y libere espacio en el disco, o ciérrelo y perderá los cambios no guardados.</translation>
    </message>
    <message>
        <source>{problem}

Keep RRR Desktop open, or close and lose what is not kept.</source>
        <translation>{problem}

Mantenga RRR Desktop abierto, o ciérrelo y pierda lo que no se ha guardado.</translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation>&amp;Mantener abierto</translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation>&amp;Cerrar de todos modos</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>They &amp;teach what you want</source>
        <translation>Enseñan lo que &amp;buscamos</translation>
    </message>
    <message>
        <source>You teach what they &amp;want</source>
        <translation>&amp;Enseñamos lo que buscan</translation>
    </message>
    <message>
        <source>Two-way e&amp;xchange</source>
        <translation>Intercambio recípro&amp;co</translation>
    </message>
    <message>
        <source>&amp;Maturity gap</source>
        <translation>Diferencia de &amp;madurez</translation>
    </message>
    <message>
        <source>Re&amp;lated topics</source>
        <translation>Temas &amp;afines</translation>
    </message>
    <message>
        <source>&amp;Shared challenges</source>
        <translation>Retos comparti&amp;dos</translation>
    </message>
    <message>
        <source>&amp;Own-words matches</source>
        <translation>Coincidencias con formu&amp;lación propia</translation>
    </message>
    <message>
        <source>Points per topic you want to learn that they offer.</source>
        <translation>Puntos por cada tema que queremos aprender y que ellos ofrecen.</translation>
    </message>
    <message>
        <source>Points per topic they want to learn that you offer.</source>
        <translation>Puntos por cada tema que ellos quieren aprender y que nosotros ofrecemos.</translation>
    </message>
    <message>
        <source>Points once, when the exchange goes both ways.</source>
        <translation>Puntos que se suman una sola vez cuando el intercambio va en ambos sentidos.</translation>
    </message>
    <message>
        <source>Times the teacher&apos;s lead in self-assessed maturity, out of 10.</source>
        <translation>Puntos por cada punto de ventaja (sobre 10) de quien enseña en la madurez autoevaluada.</translation>
    </message>
    <message>
        <source>Share of a direct match for a related topic (0.25 = a quarter).</source>
        <translation>Fracción de una coincidencia directa que vale un tema afín (0,25 = una cuarta parte).</translation>
    </message>
    <message>
        <source>Points per challenge or wish you both have.</source>
        <translation>Puntos por cada reto o interés que ambas ciudades comparten.</translation>
    </message>
    <message>
        <source>Share of a direct match for topics in own words that match.</source>
        <translation>Fracción de una coincidencia directa que valen los temas de formulación propia que coinciden.</translation>
    </message>
    <message>
        <source>Weights: how much each reason counts</source>
        <translation>Ponderaciones: cuánto cuenta cada motivo</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>Restablecer &amp;valores predeterminados</translation>
    </message>
    <message>
        <source>Reset the weights to their defaults</source>
        <translation>Restablecer las ponderaciones a sus valores predeterminados</translation>
    </message>
    <message>
        <source>{description} Default: {default}.</source>
        <translation>{description} Valor predeterminado: {default}.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>The messages of the status bar since the window opened, whole</source>
        <translation>Los mensajes de la barra de estado desde que se abrió la ventana, completos</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save what you are editing now (changes are also saved as you go)</source>
        <translation>Guardar ahora lo que está editando (los cambios también se guardan a medida que avanza)</translation>
    </message>
    <message>
        <source>&amp;Import Stakeholders…</source>
        <translation>I&amp;mportar actores…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Stakeholders…</source>
        <translation>E&amp;xportar actores…</translation>
    </message>
    <message>
        <source>Save the register, as filtered, to a spreadsheet</source>
        <translation>Guarda el registro, tal como está filtrado, en una hoja de cálculo</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Undo Last Import…</source>
        <translation>Des&amp;hacer la última importación…</translation>
    </message>
    <message>
        <source>Take back the stakeholders the last import added or changed</source>
        <translation>Deshace los actores que la última importación añadió o cambió</translation>
    </message>
    <message>
        <source>&amp;Print Brief…</source>
        <translation>&amp;Imprimir nota…</translation>
    </message>
    <message>
        <source>Print the brief shown on the Briefs page</source>
        <translation>Imprime la nota mostrada en la página Notas informativas</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Abrir carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>Show the folder where RRR Desktop keeps your data</source>
        <translation>Muestra la carpeta donde RRR Desktop guarda sus datos</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Cerrar ventana</translation>
    </message>
    <message>
        <source>Close the window and quit</source>
        <translation>Cierra la ventana y sale</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit RRR Desktop</source>
        <translation>Sale de RRR Desktop</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Language, paper size, export folder, peer data age</source>
        <translation>Idioma, tamaño de papel, carpeta de exportación, antigüedad de los datos de ciudades pares</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Stakeholders</source>
        <translation>Ac&amp;tores</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Recent Messages…</source>
        <translation>Mensajes &amp;recientes…</translation>
    </message>
    <message>
        <source>Add organisations from a spreadsheet ({formats})</source>
        <translation>Añade organizaciones desde una hoja de cálculo ({formats})</translation>
    </message>
    <message>
        <source>Stakeholder &amp;Columns</source>
        <translation>&amp;Columnas de actores</translation>
    </message>
    <message>
        <source>Show the page {page}</source>
        <translation>Muestra la página {page}</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Put the cursor in this page&apos;s search box</source>
        <translation>Pone el cursor en el cuadro de búsqueda de esta página</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>How to do each task, for the page you are on</source>
        <translation>Cómo hacer cada tarea, para la página en la que está</translation>
    </message>
    <message>
        <source>Keyboard S&amp;hortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>The keys of every menu command</source>
        <translation>Las teclas de cada orden de los menús</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>Cargar datos de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Add made-up stakeholders to try RRR Desktop</source>
        <translation>Añade actores inventados para probar RRR Desktop</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Show the log files to send to support</source>
        <translation>Muestra los archivos de registro para enviar a soporte</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>A&amp;cerca de {app}</translation>
    </message>
    <message>
        <source>Version, data folder and licence</source>
        <translation>Versión, carpeta de datos y licencia</translation>
    </message>
</context>
<context>
    <name>WorkingGroupsPage</name>
    <message>
        <source>Working groups</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <source>Find a group, city or stage</source>
        <translation>Buscar un grupo, ciudad o fase</translation>
    </message>
    <message>
        <source>Find working groups</source>
        <translation>Buscar grupos de trabajo</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Nuevo grupo…</translation>
    </message>
    <message>
        <source>Start a working group of our city and peer cities</source>
        <translation>Crear un grupo de trabajo de nuestra ciudad y ciudades homólogas</translation>
    </message>
    <message>
        <source>New Working Group</source>
        <translation>Nuevo grupo de trabajo</translation>
    </message>
    <message>
        <source>Edit Working Group</source>
        <translation>Editar grupo de trabajo</translation>
    </message>
    <message>
        <source>Delete Working Group</source>
        <translation>Eliminar grupo de trabajo</translation>
    </message>
    <message>
        <source>Delete the working group “{name}” with its meetings, actions and notes? The cities stay. Edit › Undo brings the group back.</source>
        <translation>¿Eliminar el grupo de trabajo «{name}» con sus reuniones, acciones y notas? Las ciudades se quedan. Edición › Deshacer recupera el grupo.</translation>
    </message>
    <message>
        <source>&amp;Delete Group</source>
        <translation>&amp;Eliminar grupo</translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation>Editar reunión</translation>
    </message>
    <message>
        <source>Plan Meeting</source>
        <translation>Programar reunión</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>Editar acción</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <source>Our Note on the Group</source>
        <translation>Nuestra nota sobre el grupo</translation>
    </message>
    <message>
        <source>What our city wants the other members to know:</source>
        <translation>Lo que nuestra ciudad quiere que sepan los demás miembros:</translation>
    </message>
    <message>
        <source>Edit Our Note</source>
        <translation>Editar nuestra nota</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
</context>
<context>
    <name>_ContentPage</name>
    <message>
        <source>What to Share</source>
        <translation>Qué compartir</translation>
    </message>
    <message>
        <source>Choose what goes into the bundle. Interactions with stakeholders are never shared.</source>
        <translation>Elija qué se incluye en el paquete. Las interacciones con los actores nunca se comparten.</translation>
    </message>
    <message>
        <source>Our city&apos;s &amp;profile (summary, languages, topics)</source>
        <translation>&amp;Perfil de nuestra ciudad (resumen, idiomas, temas)</translation>
    </message>
    <message>
        <source>Our p&amp;ractices</source>
        <translation>Nuestras p&amp;rácticas</translation>
    </message>
    <message>
        <source>Our &amp;self-assessment</source>
        <translation>Nuestra auto&amp;evaluación</translation>
    </message>
    <message>
        <source>Stakeholders marked &amp;shareable</source>
        <translation>Actores marcados como &amp;compartibles</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln práctica</numerusform>
            <numerusform>%Ln prácticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-assessed topics</source>
        <translation>
            <numerusform>%Ln tema autoevaluado</numerusform>
            <numerusform>%Ln temas autoevaluados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln actor</numerusform>
            <numerusform>%Ln actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawn records</source>
        <translation>
            <numerusform>%Ln registro retirado</numerusform>
            <numerusform>%Ln registros retirados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln working group entries (groups, meetings, actions, notes)</source>
        <translation>
            <numerusform>%Ln elemento de grupos de trabajo (grupo, reunión, acción o nota)</numerusform>
            <numerusform>%Ln elementos de grupos de trabajo (grupos, reuniones, acciones, notas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders have an email address or phone number in their description.</source>
        <translation>
            <numerusform>%Ln actor tiene una dirección de correo o un teléfono en su descripción.</numerusform>
            <numerusform>%Ln actores tienen una dirección de correo o un teléfono en su descripción.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Bundle Written</source>
        <translation>Paquete guardado</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Email It</source>
        <translation>&amp;Enviar por correo electrónico</translation>
    </message>
    <message>
        <source>Writing the Bundle</source>
        <translation>Guardando el paquete</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Guardando el paquete…</translation>
    </message>
    <message>
        <source>Bundle Not Written</source>
        <translation>Paquete no guardado</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <source>Where to Save</source>
        <translation>Dónde guardar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Save Bundle</source>
        <translation>Guardar paquete</translation>
    </message>
    <message>
        <source>RRR bundles (*.rrrbundle)</source>
        <translation>Paquetes RRR (*.rrrbundle)</translation>
    </message>
</context>
<context>
    <name>_GroupCounts</name>
    <message numerus="yes">
        <source>%Ln working groups, with their meetings and actions</source>
        <translation>
            <numerusform>%Ln grupo de trabajo, con sus reuniones y acciones</numerusform>
            <numerusform>%Ln grupos de trabajo, con sus reuniones y acciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_MapCounts</name>
    <message numerus="yes">
        <source>%Ln not placed: influence or interest not set</source>
        <translation>
            <numerusform>%Ln sin situar: influencia o interés sin indicar</numerusform>
            <numerusform>%Ln sin situar: influencia o interés sin indicar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{placed} of %Ln stakeholders placed · {day}</source>
        <translation>
            <numerusform>{placed} de %Ln actor situados · {day}</numerusform>
            <numerusform>{placed} de %Ln actores situados · {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_PeerCount</name>
    <message numerus="yes">
        <source>%Ln peer cities, best first</source>
        <translation>
            <numerusform>%Ln ciudad par</numerusform>
            <numerusform>%Ln ciudades pares, las mejores primero</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln peer cities, none with anything in common with yours yet</source>
        <translation>
            <numerusform>%Ln ciudad par, aún sin nada en común con la suya</numerusform>
            <numerusform>%Ln ciudades pares, ninguna con algo en común con la suya todavía</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln peer cities:</source>
        <translation>
            <numerusform>%Ln ciudad par:</numerusform>
            <numerusform>%Ln ciudades pares:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with something in common, best first,</source>
        <translation>
            <numerusform>%Ln con algo en común,</numerusform>
            <numerusform>%Ln con algo en común, las mejores primero,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>then %Ln with nothing in common yet.</source>
        <translation>
            <numerusform>luego %Ln aún sin nada en común.</numerusform>
            <numerusform>luego %Ln aún sin nada en común.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Incluir datos personales</translation>
    </message>
    <message>
        <source>Send the emails and phone numbers written in our profile, practices and working groups</source>
        <translation>Enviar los correos y teléfonos escritos en nuestro perfil, prácticas y grupos de trabajo</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln práctica</numerusform>
            <numerusform>%Ln prácticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-assessed topics</source>
        <translation>
            <numerusform>%Ln tema autoevaluado</numerusform>
            <numerusform>%Ln temas autoevaluados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln actor</numerusform>
            <numerusform>%Ln actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawals of records shared before</source>
        <translation>
            <numerusform>%Ln retirada de un registro compartido antes</numerusform>
            <numerusform>%Ln retiradas de registros compartidos antes</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle will hold: {contents}.</source>
        <translation>El paquete contendrá: {contents}.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Include contact person, email and phone of the %Ln stakeholders whose consent is recorded</source>
        <translation>
            <numerusform>&amp;Incluir persona de contacto, correo y teléfono del %Ln actor con consentimiento registrado</numerusform>
            <numerusform>&amp;Incluir persona de contacto, correo y teléfono de los %Ln actores con consentimiento registrado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shared stakeholders have personal data; it is left out unless you tick the box, and it is never sent without recorded consent.</source>
        <translation>
            <numerusform>%Ln actor compartido tiene datos personales; se dejan fuera salvo que marque la casilla, y nunca se envían sin consentimiento registrado.</numerusform>
            <numerusform>%Ln actores compartidos tienen datos personales; se dejan fuera salvo que marque la casilla, y nunca se envían sin consentimiento registrado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them have an email address or phone number written in their description: those are left out of the description the same way.</source>
        <translation>
            <numerusform>%Ln de ellos tiene un correo o teléfono escrito en su descripción: se deja fuera de la descripción de la misma forma.</numerusform>
            <numerusform>%Ln de ellos tienen un correo o teléfono escrito en su descripción: se dejan fuera de la descripción de la misma forma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the emails and phone numbers written in %Ln texts of our profile, practices and working groups (left out otherwise, shown as [✉] and [☎])</source>
        <translation>
            <numerusform>Enviar los correos y teléfonos escritos en %Ln texto de nuestro perfil, prácticas y grupos de trabajo (si no, se dejan fuera y se ven como [✉] y [☎])</numerusform>
            <numerusform>Enviar los correos y teléfonos escritos en %Ln textos de nuestro perfil, prácticas y grupos de trabajo (si no, se dejan fuera y se ven como [✉] y [☎])</numerusform>
        </translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>el perfil</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>sin perfil</translation>
    </message>
</context>
<context>
    <name>briefs</name>
    <message>
        <source>Purpose</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <source>Profile in short</source>
        <translation>Perfil en breve</translation>
    </message>
    <message>
        <source>What we offer and want to learn</source>
        <translation>Qué ofrecemos y qué queremos aprender</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>Situación actual</translation>
    </message>
    <message>
        <source>Stakeholders by kind and stage</source>
        <translation>Actores por tipo y etapa</translation>
    </message>
    <message>
        <source>Influence and interest map</source>
        <translation>Mapa de influencia e interés</translation>
    </message>
    <message>
        <source>Key stakeholders</source>
        <translation>Actores clave</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Seguimientos vencidos</translation>
    </message>
    <message>
        <source>Suggested peer cities</source>
        <translation>Ciudades pares sugeridas</translation>
    </message>
    <message>
        <source>Our working groups</source>
        <translation>Nuestros grupos de trabajo</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Intercambios</translation>
    </message>
    <message>
        <source>Considerations</source>
        <translation>Consideraciones</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>What we can learn from them</source>
        <translation>Qué podemos aprender de ellos</translation>
    </message>
    <message>
        <source>What we can offer them</source>
        <translation>Qué podemos ofrecerles</translation>
    </message>
    <message>
        <source>Their practices</source>
        <translation>Sus prácticas</translation>
    </message>
    <message>
        <source>Shared stakeholders</source>
        <translation>Actores comunes</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <source>Purpose and stage</source>
        <translation>Propósito y fase</translation>
    </message>
    <message>
        <source>Members and what each brings</source>
        <translation>Miembros y lo que aporta cada uno</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Decisions so far</source>
        <translation>Decisiones hasta ahora</translation>
    </message>
    <message>
        <source>Open actions by city</source>
        <translation>Acciones abiertas por ciudad</translation>
    </message>
    <message>
        <source>Changes since the last meeting</source>
        <translation>Cambios desde la última reunión</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>UUID (from this app&apos;s export)</source>
        <translation>UUID (de una exportación de esta aplicación)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>Localidad o ciudad</translation>
    </message>
    <message>
        <source>Region (not kept)</source>
        <translation>Región (no se guarda)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Etapa de colaboración</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Responsable de la relación</translation>
    </message>
    <message>
        <source>Influence (1-5)</source>
        <translation>Influencia (1-5)</translation>
    </message>
    <message>
        <source>Interest (1-5)</source>
        <translation>Interés (1-5)</translation>
    </message>
    <message>
        <source>Trust (1-5)</source>
        <translation>Confianza (1-5)</translation>
    </message>
    <message>
        <source>Shareable with peers</source>
        <translation>Compartible con ciudades pares</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Persona u organización</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Organisation of the person</source>
        <translation>Organización de la persona</translation>
    </message>
    <message>
        <source>Consent to be contacted (yes/no)</source>
        <translation>Consentimiento para ser contactado (sí/no)</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Origen del consentimiento</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Fill empty fields</source>
        <translation>Completar campos vacíos</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Not imported: {reason}.</source>
        <translation>No se importa: {reason}.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Last changed by {name} at {time}</source>
        <translation>Último cambio: {name}, a las {time}</translation>
    </message>
    <message>
        <source>Last changed by {name} on {date} at {time}</source>
        <translation>Último cambio: {name}, el {date} a las {time}</translation>
    </message>
    <message>
        <source>Last changed at {time}</source>
        <translation>Último cambio a las {time}</translation>
    </message>
    <message>
        <source>Last changed on {date} at {time}</source>
        <translation>Último cambio el {date} a las {time}</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>mismo sitio web</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nombre parecido</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Responsable de la relación</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Etapa de colaboración</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Próximo contacto</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisión prevista</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Compartible</translation>
    </message>
    <message>
        <source>ID in other systems</source>
        <translation>ID en otros sistemas</translation>
    </message>
    <message>
        <source>Personal data (contact, email, phone, consent)</source>
        <translation>Datos personales (contacto, correo electrónico, teléfono, consentimiento)</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>RRR Desktop is already open with this data folder:
{folder}

Switch to the open window. Only one window at a time may use the same data, so that nothing you type is lost.</source>
        <translation>RRR Desktop ya está abierto con esta carpeta de datos:
{folder}

Cambie a la ventana abierta. Solo una ventana a la vez puede usar los mismos datos, para que no se pierda nada de lo que escriba.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of RRR Desktop (data version {found}; this version reads up to {known}). Nothing was changed.

Install the latest version of RRR Desktop to open it.

Data file: {path}</source>
        <translation>Sus datos se guardaron con una versión más reciente de RRR Desktop (versión de datos {found}; esta versión lee hasta la {known}). No se modificó nada.

Instale la última versión de RRR Desktop para abrirlos.

Archivo de datos: {path}</translation>
    </message>
    <message>
        <source>The file {path} is not an RRR Desktop database, or it is damaged ({reason}). Nothing was changed.

Restore a copy from the backups folder ({backups}), or start RRR Desktop with another data folder.</source>
        <translation>El archivo {path} no es una base de datos de RRR Desktop o está dañado ({reason}). No se modificó nada.

Restaure una copia desde la carpeta de copias de seguridad ({backups}) o inicie RRR Desktop con otra carpeta de datos.</translation>
    </message>
    <message>
        <source>RRR Desktop cannot use its data folder {folder}: {reason}.

Check that the disk is connected and that you may write there.</source>
        <translation>RRR Desktop no puede usar su carpeta de datos {folder}: {reason}.

Compruebe que el disco esté conectado y que tenga permiso de escritura en él.</translation>
    </message>
</context>
</TS>
