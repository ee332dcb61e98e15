<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Sobre o {app}</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>Logotipo do {app}</translation>
    </message>
    <message>
        <source>Keeps your city&apos;s social and solidarity economy profile and shows what the peer cities of the RRR network offer and want to learn. Works offline; your data stays on this computer.</source>
        <translation>Mantém o perfil de economia social e solidária da sua cidade e mostra o que as cidades pares da rede RRR oferecem e querem aprender. Funciona off-line; seus dados ficam neste computador.</translation>
    </message>
    <message>
        <source>{licence} licence. Free to use, share and change.</source>
        <translation>Licença {licence}. Livre para usar, compartilhar e modificar.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versão:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Banco de dados:</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>Arquivos de log:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licença:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Feito com:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir pasta de dados</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>New Action</source>
        <translation>Nova ação</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;O quê:</translation>
    </message>
    <message>
        <source>&amp;Owner city:</source>
        <translation>Cidade &amp;responsável:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Prazo:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
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
        <translation>Outro tema a avaliar</translation>
    </message>
    <message>
        <source>Assess this topic</source>
        <translation>Avaliar este tema</translation>
    </message>
    <message>
        <source>Add the chosen topic to the self-assessment</source>
        <translation>Adiciona o tema escolhido à autoavaliação</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Maturity (0-10)</source>
        <translation>Maturidade (0-10)</translation>
    </message>
    <message>
        <source>Date assessed</source>
        <translation>Data da avaliação</translation>
    </message>
    <message>
        <source>Add topics to the lists above, or choose a topic below, to assess how mature your city is on it.</source>
        <translation>Adicione temas às listas acima, ou escolha um tema abaixo, para avaliar o grau de maturidade da sua cidade nele.</translation>
    </message>
    <message>
        <source>Maturity on {topic}</source>
        <translation>Maturidade em {topic}</translation>
    </message>
    <message>
        <source>Date {topic} was assessed</source>
        <translation>Data da avaliação de {topic}</translation>
    </message>
</context>
<context>
    <name>BriefOptionsPanel</name>
    <message>
        <source>&amp;City brief</source>
        <translation>Nota informativa da &amp;cidade</translation>
    </message>
    <message>
        <source>Peer &amp;meeting brief</source>
        <translation>Nota para &amp;reunião com cidade par</translation>
    </message>
    <message>
        <source>Peer city</source>
        <translation>Cidade par</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamanho do papel</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>Idioma da nota informativa</translation>
    </message>
    <message>
        <source>Working &amp;group brief</source>
        <translation>Nota de &amp;grupo de trabalho</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabalho</translation>
    </message>
    <message>
        <source>Rows of the key stakeholders table</source>
        <translation>Linhas da tabela de atores-chave</translation>
    </message>
    <message>
        <source>Include &amp;personal data (contact details)</source>
        <translation>Incluir &amp;dados pessoais (dados de contato)</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Incluir dados pessoais</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>Pee&amp;r city:</source>
        <translation>Cidade &amp;par:</translation>
    </message>
    <message>
        <source>Wor&amp;king group:</source>
        <translation>Grupo de tra&amp;balho:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>Pape&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>&amp;Key stakeholders, up to:</source>
        <translation>&amp;Atores-chave, até:</translation>
    </message>
    <message>
        <source>No key stakeholders yet.</source>
        <translation>Ainda não há atores-chave.</translation>
    </message>
    <message numerus="yes">
        <source>{consented} of the %Ln key stakeholders have consent recorded: only their contact details can print.</source>
        <translation>
            <numerusform>{consented} de %Ln ator-chave tem consentimento registrado: só os dados de contato de quem tem consentimento podem ser impressos.</numerusform>
            <numerusform>{consented} dos %Ln atores-chave têm consentimento registrado: só os dados de contato deles podem ser impressos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefPreview</name>
    <message>
        <source>Pages of the brief</source>
        <translation>Páginas da nota informativa</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar à largura</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>Choose the options, then press Preview to see the brief here.</source>
        <translation>Escolha as opções e clique em Visualizar para ver a nota informativa aqui.</translation>
    </message>
    <message>
        <source>Brief preview</source>
        <translation>Visualização da nota informativa</translation>
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
        <translation>Salvar a nota informativa como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the brief to {path}: {problem}. Choose another folder.</source>
        <translation>Não foi possível salvar a nota informativa em {path}: {problem}. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Salvo em {path}.</translation>
    </message>
</context>
<context>
    <name>BriefsPage</name>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <source>Recent briefs</source>
        <translation>Notas informativas recentes</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Visualizar</translation>
    </message>
    <message>
        <source>Make the brief with these choices and show it</source>
        <translation>Prepara a nota com estas escolhas e a exibe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop making the brief</source>
        <translation>Interrompe a preparação da nota</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the brief shown</source>
        <translation>Imprime a nota mostrada</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salvar como PDF…</translation>
    </message>
    <message>
        <source>Save a copy of the brief shown as a PDF file</source>
        <translation>Salva uma cópia da nota exibida como arquivo PDF</translation>
    </message>
    <message>
        <source>Progress of the brief</source>
        <translation>Progresso da nota informativa</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Notas informativas</translation>
    </message>
    <message>
        <source>Choose your city first: a brief is about it.</source>
        <translation>Primeiro escolha sua cidade: a nota informativa trata dela.</translation>
    </message>
    <message>
        <source>A working group brief prints the group&apos;s own records: it has no texts to edit</source>
        <translation>A nota de um grupo de trabalho imprime os registros do próprio grupo: não tem textos para editar</translation>
    </message>
    <message>
        <source>Choose at least one section to print.</source>
        <translation>Escolha pelo menos uma seção para imprimir.</translation>
    </message>
    <message>
        <source>Generating the brief…</source>
        <translation>Gerando a nota informativa…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>{title}: {pages} pages. Print it or save it as a PDF.</source>
        <translation>{title}: {pages} páginas. Imprima ou salve como PDF.</translation>
    </message>
    <message>
        <source>Some characters cannot be printed with the brief&apos;s font and show as “�”: {characters}. Check those names before you print.</source>
        <translation>Alguns caracteres não podem ser impressos com a fonte da nota e aparecem como “�”: {characters}. Verifique esses nomes antes de imprimir.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Visualização cancelada.</translation>
    </message>
    <message>
        <source>The options or texts changed since this preview. Press Preview to see the brief as it will print.</source>
        <translation>As opções ou os textos mudaram desde esta pré-visualização. Clique em Visualizar para ver a nota como será impressa.</translation>
    </message>
    <message>
        <source>The brief was sent to the printer.</source>
        <translation>A nota informativa foi enviada para a impressora.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Change %Ln stakeholders</source>
        <translation>
            <numerusform>Alterar %Ln ator</numerusform>
            <numerusform>Alterar %Ln atores</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. housing, youth</source>
        <translation>ex.: moradia, juventude</translation>
    </message>
    <message>
        <source>e.g. sample</source>
        <translation>ex.: sample</translation>
    </message>
    <message>
        <source>Shareable with peer cities</source>
        <translation>Compartilhável com cidades pares</translation>
    </message>
    <message>
        <source>Not shareable</source>
        <translation>Não compartilhável</translation>
    </message>
    <message>
        <source>Set &amp;stage to:</source>
        <translation>Definir &amp;etapa como:</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nova etapa</translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation>&amp;Adicionar etiquetas:</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Etiquetas a adicionar</translation>
    </message>
    <message>
        <source>&amp;Remove tags:</source>
        <translation>&amp;Remover etiquetas:</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>Etiquetas a remover</translation>
    </message>
    <message>
        <source>Set &amp;owner to:</source>
        <translation>Definir res&amp;ponsável como:</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Novo responsável</translation>
    </message>
    <message>
        <source>Set s&amp;haring to:</source>
        <translation>Definir &amp;compartilhamento como:</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartilhamento</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Tick each change to make; everything else stays as it is. Separate tags with commas.</source>
        <translation>Marque cada alteração que deseja fazer; todo o resto fica como está. Separe as etiquetas com vírgulas.</translation>
    </message>
</context>
<context>
    <name>BulkEditing</name>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>Editar em &amp;lote…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Change the stage, tags, owner or sharing of the selected stakeholders</source>
        <translation>Alterar a etapa, as etiquetas, o responsável ou o compartilhamento dos atores selecionados</translation>
    </message>
    <message numerus="yes">
        <source>Changing %Ln stakeholders…</source>
        <translation>
            <numerusform>Alterando %Ln ator…</numerusform>
            <numerusform>Alterando %Ln atores…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk Edit %Ln stakeholders</source>
        <translation>
            <numerusform>Edição em lote de %Ln ator</numerusform>
            <numerusform>Edição em lote de %Ln atores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders changed.</source>
        <translation>
            <numerusform>%Ln ator alterado.</numerusform>
            <numerusform>%Ln atores alterados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already as asked.</source>
        <translation>
            <numerusform>%Ln já estava como pedido.</numerusform>
            <numerusform>%Ln já estavam como pedido.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleChangeText</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>profile included</source>
        <translation>perfil incluído</translation>
    </message>
    <message>
        <source>profile left out</source>
        <translation>perfil deixado de fora</translation>
    </message>
    <message>
        <source>It holds: {contents}.</source>
        <translation>Contém: {contents}.</translation>
    </message>
    <message>
        <source>Personal data (contact person, email or phone) included for {count} of them.</source>
        <translation>Dados pessoais (pessoa de contato, e-mail ou telefone) incluídos para {count} deles.</translation>
    </message>
    <message>
        <source>No personal data (contact person, email or phone).</source>
        <translation>Sem dados pessoais (pessoa de contato, e-mail ou telefone).</translation>
    </message>
</context>
<context>
    <name>BundleExportWizard</name>
    <message>
        <source>Export Bundle</source>
        <translation>Exportar pacote</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln ator</numerusform>
            <numerusform>%Ln atores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln prática</numerusform>
            <numerusform>%Ln práticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>personal data of %Ln records</source>
        <translation>
            <numerusform>dados pessoais de %Ln registro</numerusform>
            <numerusform>dados pessoais de %Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle was written to {file}: {contents}.</source>
        <translation>O pacote foi gravado em {file}: {contents}.</translation>
    </message>
    <message>
        <source>The team&apos;s passphrase is needed to sign the bundle.</source>
        <translation>É necessária a frase secreta da equipe para assinar o pacote.</translation>
    </message>
    <message>
        <source>Opening your mail program…</source>
        <translation>Abrindo seu programa de e-mail…</translation>
    </message>
    <message>
        <source>An email draft with the bundle attached was written to {file} and opened with your mail program: add the recipients and send it.</source>
        <translation>Um rascunho de e-mail com o pacote anexado foi gravado em {file} e aberto no seu programa de e-mail: adicione os destinatários e envie.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, so the bundle&apos;s folder is open instead. Write a new email (in your web mail, for instance), attach the file {bundle} to it and send it to the peer cities.</source>
        <translation>Nenhum programa de e-mail está configurado neste computador, por isso a pasta do pacote foi aberta. Escreva um novo e-mail (no seu webmail, por exemplo), anexe o arquivo {bundle} e envie-o às cidades pares.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, and its folder could not be opened either. The bundle is in {folder}: write a new email (in your web mail, for instance), attach the file {bundle} from that folder and send it to the peer cities.</source>
        <translation>Nenhum programa de e-mail está configurado neste computador, e também não foi possível abrir a pasta. O pacote está em {folder}: escreva um novo e-mail (no seu webmail, por exemplo), anexe o arquivo {bundle} dessa pasta e envie às cidades pares.</translation>
    </message>
</context>
<context>
    <name>BundleHistoryDialog</name>
    <message>
        <source>Bundle History</source>
        <translation>Histórico de pacotes</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Recebidos:</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado em</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Pacotes recebidos</translation>
    </message>
    <message>
        <source>&amp;Sent:</source>
        <translation>&amp;Enviados:</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Gravado em</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Pacotes enviados</translation>
    </message>
    <message>
        <source>&amp;Undo Last Import</source>
        <translation>&amp;Desfazer última importação</translation>
    </message>
    <message>
        <source>Erase This &amp;Bundle&apos;s Data</source>
        <translation>Excluir os dados deste &amp;pacote</translation>
    </message>
    <message>
        <source>Erase Everything From This &amp;Peer</source>
        <translation>Excluir tudo desta &amp;cidade par</translation>
    </message>
    <message>
        <source>undone or erased {day}</source>
        <translation>desfeito ou excluído em {day}</translation>
    </message>
    <message>
        <source>changed nothing; confirmed the data as current</source>
        <translation>não alterou nada; confirmou que os dados estão atualizados</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>practices: {practices}, self-assessed topics: {assessed}, stakeholders: {stakeholders}, withdrawals: {withdrawn}</source>
        <translation>práticas: {practices}, temas autoavaliados: {assessed}, atores: {stakeholders}, retiradas: {withdrawn}</translation>
    </message>
    <message>
        <source>Profile, {rest}</source>
        <translation>Perfil, {rest}</translation>
    </message>
    <message>
        <source>Undo the import of {file} from {city}? Every record it added is removed and every record it changed gets its earlier content back. Peer cities see no change: nothing is sent back to {city}, and importing the bundle again brings the records back.</source>
        <translation>Desfazer a importação de {file}, vindo de {city}? Todos os registros que ela adicionou serão removidos, e todos os que ela alterou voltarão ao conteúdo anterior. As cidades pares não veem nenhuma mudança: nada é enviado de volta para {city}, e importar o pacote de novo traz os registros de volta.</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Desfazer importação</translation>
    </message>
    <message>
        <source>Erase the data that still comes from {file} ({city})? Your own data and your notes are kept.</source>
        <translation>Excluir os dados que ainda vêm de {file} ({city})? Seus próprios dados e suas observações são mantidos.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Erase everything that came in bundles from {city}? Its shared stakeholders and practices are removed; a city that ships with the app gets its original facts back. Your own data and your notes are kept.</source>
        <translation>Excluir tudo o que veio nos pacotes de {city}? Os atores e as práticas que ela compartilhou serão removidos; uma cidade que já vem com o aplicativo volta a ter suas informações originais. Seus próprios dados e suas observações são mantidos.</translation>
    </message>
    <message>
        <source>Undid the import of {file}.</source>
        <translation>A importação de {file} foi desfeita.</translation>
    </message>
    <message>
        <source>Erased the data of {file}.</source>
        <translation>Os dados de {file} foram excluídos.</translation>
    </message>
    <message numerus="yes">
        <source>Erased what came from {city} (%Ln bundles).</source>
        <translation>
            <numerusform>Foi excluído o que veio de {city} (%Ln pacote).</numerusform>
            <numerusform>Foi excluído o que veio de {city} (%Ln pacotes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import Bundle</source>
        <translation>Importar pacote</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Verificando o pacote…</translation>
    </message>
    <message>
        <source>&amp;Accept the new key (only after comparing the fingerprint with the sender by phone)</source>
        <translation>&amp;Aceitar a nova chave (só depois de comparar a impressão digital com o remetente por telefone)</translation>
    </message>
    <message>
        <source>Accept the new &amp;name (only after checking with the city)</source>
        <translation>Aceitar o novo &amp;nome (só depois de confirmar com a cidade)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import &amp;This City Only</source>
        <translation>Importar só &amp;esta cidade</translation>
    </message>
    <message>
        <source>Import the bundles of the city selected in the list; the others stay here</source>
        <translation>Importa os pacotes da cidade selecionada na lista; os outros ficam aqui</translation>
    </message>
    <message>
        <source>The bundle was refused and nothing was changed: {reason}</source>
        <translation>O pacote foi recusado e nada foi alterado: {reason}</translation>
    </message>
    <message>
        <source>This is your own city&apos;s bundle: it cannot be imported here; send it to your peers.</source>
        <translation>Este é o pacote da sua própria cidade: ele não pode ser importado aqui; envie-o às cidades pares.</translation>
    </message>
    <message>
        <source>A sender&apos;s key changed: nothing can be imported from it unless you accept the new key.</source>
        <translation>A chave de um remetente mudou: nada dele pode ser importado, a menos que você aceite a nova chave.</translation>
    </message>
    <message>
        <source>A city changed its name: nothing can be imported from it unless you accept the new name.</source>
        <translation>Uma cidade mudou de nome: nada pode ser importado dela a menos que você aceite o novo nome.</translation>
    </message>
    <message>
        <source>Records that differ from ours at the same revision: {count}. We keep ours unless you tick one to take theirs. Untick any other record you want to leave out, then import.</source>
        <translation>Registros que diferem dos nossos na mesma versão: {count}. Mantemos os nossos, a menos que você marque um para ficar com o deles. Desmarque qualquer outro registro que deseja deixar de fora e depois importe.</translation>
    </message>
    <message>
        <source>Untick the records you want to leave out, then import.</source>
        <translation>Desmarque os registros que deseja deixar de fora e depois importe.</translation>
    </message>
    <message>
        <source>Everything in this bundle is already here: importing it changes nothing, and records that the city&apos;s data is current as of the bundle&apos;s date.</source>
        <translation>Tudo o que este pacote contém já está aqui: importá-lo não muda nada e registra que os dados da cidade estão atualizados na data do pacote.</translation>
    </message>
    <message>
        <source>Everything in this bundle is already here: importing it would change nothing.</source>
        <translation>Tudo o que há neste pacote já está aqui: importá-lo não mudaria nada.</translation>
    </message>
    <message>
        <source>{file}: made by {city} ({country}), your own city, on {made}. Key {fingerprint}.</source>
        <translation>{file}: criado por {city} ({country}), sua própria cidade, em {made}. Chave {fingerprint}.</translation>
    </message>
    <message>
        <source>first bundle from this city: its key will be remembered</source>
        <translation>primeiro pacote desta cidade: a chave dela será memorizada</translation>
    </message>
    <message>
        <source>same key as its earlier bundles</source>
        <translation>mesma chave dos pacotes anteriores</translation>
    </message>
    <message>
        <source>KEY CHANGED</source>
        <translation>CHAVE ALTERADA</translation>
    </message>
    <message>
        <source>key changed, new key accepted</source>
        <translation>chave alterada, nova chave aceita</translation>
    </message>
    <message>
        <source>{file}: from {city} ({country}), made {made}. Key {fingerprint} ({trust}).</source>
        <translation>{file}: de {city} ({country}), criado em {made}. Chave {fingerprint} ({trust}).</translation>
    </message>
    <message>
        <source>NAME CHANGED: the city you know as {old} ({old_country}) now calls itself {name} ({country}).</source>
        <translation>NOME ALTERADO: a cidade que você conhece como {old} ({old_country}) agora se chama {name} ({country}).</translation>
    </message>
    <message>
        <source>This bundle was already imported on {day}.</source>
        <translation>Este pacote já foi importado em {day}.</translation>
    </message>
    <message>
        <source>To be sure the bundle comes from {city}, phone them and ask them to open {place} in their window and read out its characters: they must be those of the key above. If they differ, do not import it.</source>
        <translation>Para ter certeza de que o pacote vem de {city}, telefone para eles e peça que abram {place} na janela deles e leiam os caracteres: devem ser os mesmos da chave acima. Se forem diferentes, não importe o pacote.</translation>
    </message>
    <message>
        <source>Select a city in the list first.</source>
        <translation>Selecione primeiro uma cidade na lista.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>Bundle imported: %Ln records added, updated or withdrawn. File &gt; Bundle History can undo it.</source>
        <translation>
            <numerusform>Pacote importado: %Ln registro adicionado, atualizado ou retirado. Arquivo &gt; Histórico de pacotes permite desfazer a importação.</numerusform>
            <numerusform>Pacote importado: %Ln registros adicionados, atualizados ou retirados. Arquivo &gt; Histórico de pacotes permite desfazer a importação.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: everything was already here.</source>
        <translation>Nada foi importado: tudo já estava aqui.</translation>
    </message>
    <message>
        <source>{city}&apos;s data is confirmed as current on {day}.</source>
        <translation>Os dados de {city} foram confirmados como atualizados em {day}.</translation>
    </message>
    <message>
        <source>The stakeholders {city} shares are in its profile on the Peer cities page; your own register is unchanged.</source>
        <translation>Os atores que {city} compartilha estão no perfil dela, na página Cidades pares; seu próprio cadastro não muda.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importação cancelada: nada foi alterado.</translation>
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
        <translation>&amp;Exportar pacote…</translation>
    </message>
    <message>
        <source>Im&amp;port Bundle…</source>
        <translation>Importar &amp;pacote…</translation>
    </message>
    <message>
        <source>Write what our city shares into a signed bundle for the peer cities</source>
        <translation>Grava o que nossa cidade compartilha em um pacote assinado para as cidades pares</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Preview and import bundles received from peer cities</source>
        <translation>Visualiza e importa pacotes recebidos de cidades pares</translation>
    </message>
    <message>
        <source>Bundle &amp;History…</source>
        <translation>&amp;Histórico de pacotes…</translation>
    </message>
    <message>
        <source>The bundles imported so far; undo one or erase a city&apos;s data</source>
        <translation>Os pacotes importados até agora; desfaça um ou exclua os dados de uma cidade</translation>
    </message>
    <message>
        <source>Your Signing &amp;Key…</source>
        <translation>Sua &amp;chave de assinatura…</translation>
    </message>
    <message>
        <source>The fingerprint peers compare to trust your bundles</source>
        <translation>A impressão digital que as cidades pares comparam para confiar nos seus pacotes</translation>
    </message>
    <message>
        <source>Import Bundle</source>
        <translation>Importar pacote</translation>
    </message>
    <message>
        <source>RRR bundles (*.rrrbundle)</source>
        <translation>Pacotes RRR (*.rrrbundle)</translation>
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
        <translation>Alteração deles</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Escolha</translation>
    </message>
    <message>
        <source>Records in the bundle</source>
        <translation>Registros do pacote</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ficar com o deles</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Manter o nosso</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Conflicting (same revision, other content)</source>
        <translation>Em conflito (mesma versão, conteúdo diferente)</translation>
    </message>
    <message>
        <source>Withdrawn by the sender</source>
        <translation>Retirado pelo remetente</translation>
    </message>
    <message>
        <source>Older than ours (kept out)</source>
        <translation>Mais antigo que o nosso (deixado de fora)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sem alteração</translation>
    </message>
    <message>
        <source>Refused: not the sender&apos;s to change</source>
        <translation>Recusados: não cabe ao remetente alterá-los</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>prática</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>ator</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>grupo de trabalho</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunião</translation>
    </message>
    <message>
        <source>action</source>
        <translation>ação</translation>
    </message>
    <message>
        <source>member&apos;s note</source>
        <translation>nota de um membro</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>Changed by a colleague</source>
        <translation>Alterado por um colega</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>Show their version and lose the changes made here</source>
        <translation>Mostrar a versão da outra pessoa e perder as alterações feitas aqui</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Manter minha versão</translation>
    </message>
    <message>
        <source>Save the version shown here over theirs (Undo brings theirs back)</source>
        <translation>Salvar a versão mostrada aqui no lugar da outra (Desfazer traz a outra de volta)</translation>
    </message>
    <message>
        <source>{changed} Reload to see their version, or Keep Mine to save yours over it.</source>
        <translation>{changed} Clique em “Recarregar” para ver a versão da outra pessoa, ou em “Manter minha versão” para salvar a sua no lugar dela.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erro inesperado</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalhes do erro</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalhes</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir pasta de logs</translation>
    </message>
    <message>
        <source>Something went wrong: {what}

Your saved data is safe. The details were written to the log file:
{log}

You can go on working. If this happens again, send the log file to your IT support.</source>
        <translation>Algo deu errado: {what}

Seus dados salvos estão seguros. Os detalhes foram gravados no arquivo de log:
{log}

Você pode continuar trabalhando. Se isso acontecer de novo, envie o arquivo de log para o suporte de TI.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more errors happened since.</source>
        <translation>
            <numerusform>Desde então ocorreu mais %Ln erro.</numerusform>
            <numerusform>Desde então ocorreram mais %Ln erros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalhes</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Discard changes?</source>
        <translation>Descartar alterações?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuar editando</translation>
    </message>
    <message>
        <source>Close this window and lose what you typed in it?</source>
        <translation>Fechar esta janela e perder o que você digitou nela?</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Possíveis duplicados</translation>
    </message>
    <message>
        <source>This may already be in the register:</source>
        <translation>Talvez já esteja no cadastro:</translation>
    </message>
    <message>
        <source>{name} ({reasons})</source>
        <translation>{name} ({reasons})</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arquivado</translation>
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
        <translation>Move o texto selecionado para a área de transferência</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected text, or the selected rows of a list for a spreadsheet</source>
        <translation>Copia o texto selecionado, ou as linhas selecionadas de uma lista para uma planilha</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <source>Insert the clipboard&apos;s text</source>
        <translation>Insere o texto da área de transferência</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
    <message>
        <source>Select all the text or all the rows</source>
        <translation>Seleciona todo o texto ou todas as linhas</translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identificação</translation>
    </message>
    <message>
        <source>&amp;Contact and personal data</source>
        <translation>&amp;Contato e dados pessoais</translation>
    </message>
    <message>
        <source>Co&amp;llaboration</source>
        <translation>Co&amp;laboração</translation>
    </message>
    <message>
        <source>&amp;Topics and tags</source>
        <translation>&amp;Temas e etiquetas</translation>
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
        <translation>Organização</translation>
    </message>
    <message>
        <source>Type to find it</source>
        <translation>Digite para encontrar</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Setores</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Bairro</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localidade</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Name or two-letter code</source>
        <translation>Nome ou código de duas letras</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Organi&amp;zação:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Tip&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Bairro:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>E&amp;ndereço:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>C&amp;EP:</translation>
    </message>
    <message>
        <source>Localit&amp;y:</source>
        <translation>Loc&amp;alidade:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Sectors:</source>
        <translation>Se&amp;tores:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>Contact person (personal data)</source>
        <translation>Pessoa de contato (dado pessoal)</translation>
    </message>
    <message>
        <source>Email (personal data)</source>
        <translation>E-mail (dado pessoal)</translation>
    </message>
    <message>
        <source>Phone (personal data)</source>
        <translation>Telefone (dado pessoal)</translation>
    </message>
    <message>
        <source>C&amp;onsent given to keep and share these details</source>
        <translation>C&amp;onsentimento dado para guardar e compartilhar estes dados</translation>
    </message>
    <message>
        <source>Date consent was given</source>
        <translation>Data em que o consentimento foi dado</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Origem do consentimento</translation>
    </message>
    <message>
        <source>e.g. signed form, email of 3 May</source>
        <translation>ex.: formulário assinado, e-mail de 3 de maio</translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation>Observação sobre o consentimento</translation>
    </message>
    <message>
        <source>Personal data: these details stay on this computer. They go into bundles, exports or briefs only when you include them and consent is recorded.</source>
        <translation>Dados pessoais: estes dados ficam neste computador. Só entram em pacotes, exportações ou notas informativas quando você os inclui e o consentimento está registrado.</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Pe&amp;ssoa de contato:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fone:</translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation>&amp;Data do consentimento:</translation>
    </message>
    <message>
        <source>Consent &amp;source:</source>
        <translation>Ori&amp;gem do consentimento:</translation>
    </message>
    <message>
        <source>Consent &amp;note:</source>
        <translation>O&amp;bservação sobre o consentimento:</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Etapa de colaboração</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Responsável pelo relacionamento</translation>
    </message>
    <message>
        <source>The officer in charge</source>
        <translation>Servidor(a) responsável</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influência</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Próximo contato</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisão prevista</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etapa:</translation>
    </message>
    <message>
        <source>Relationship &amp;owner:</source>
        <translation>Re&amp;sponsável pelo relacionamento:</translation>
    </message>
    <message>
        <source>&amp;Influence (1–5):</source>
        <translation>In&amp;fluência (1–5):</translation>
    </message>
    <message>
        <source>In&amp;terest (1–5):</source>
        <translation>I&amp;nteresse (1–5):</translation>
    </message>
    <message>
        <source>T&amp;rust (1–5):</source>
        <translation>C&amp;onfiança (1–5):</translation>
    </message>
    <message>
        <source>&amp;Next contact:</source>
        <translation>Pró&amp;ximo contato:</translation>
    </message>
    <message>
        <source>Re&amp;view due:</source>
        <translation>Re&amp;visão prevista:</translation>
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
        <translation>Separadas por vírgulas</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>Te&amp;mas:</translation>
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
        <translation>Exportar atores</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders in the current view will be exported.</source>
        <translation>
            <numerusform>Será exportado %Ln ator da visualização atual.</numerusform>
            <numerusform>Serão exportados %Ln atores da visualização atual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them, %Ln have a contact person, email or phone.</source>
        <translation>
            <numerusform>Destes, %Ln tem pessoa de contato, e-mail ou telefone.</numerusform>
            <numerusform>Destes, %Ln têm pessoa de contato, e-mail ou telefone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of those, %Ln have recorded consent.</source>
        <translation>
            <numerusform>Destes, %Ln tem consentimento registrado.</numerusform>
            <numerusform>Destes, %Ln têm consentimento registrado.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Include contact persons, emails and phones (only for records with recorded consent)</source>
        <translation>&amp;Incluir pessoas de contato, e-mails e telefones (apenas dos registros com consentimento registrado)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato do arquivo</translation>
    </message>
    <message>
        <source>CSV file, comma-separated (.csv)</source>
        <translation>Arquivo CSV separado por vírgulas (.csv)</translation>
    </message>
    <message>
        <source>CSV file, semicolon-separated (.csv)</source>
        <translation>Arquivo CSV separado por ponto e vírgula (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Pasta de trabalho do Excel (.xlsx)</translation>
    </message>
    <message>
        <source>ESSGlobal open data for SSE maps (.csv)</source>
        <translation>Dados abertos ESSGlobal para mapas da ESS (.csv)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Escolher arquivo…</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>Not opened: {files}. RRR Desktop opens bundles (.rrrbundle) and one stakeholder list ({formats}) at a time.</source>
        <translation>Não aberto: {files}. O RRR Desktop abre pacotes (.rrrbundle) e uma lista de atores ({formats}) de cada vez.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to RRR Desktop</source>
        <translation>Boas-vindas ao RRR Desktop</translation>
    </message>
    <message>
        <source>Which city do you work for? It becomes our city: the profile and data you keep here are about it. Every other city is a peer city you can learn from and share with.</source>
        <translation>Para qual cidade você trabalha? Ela será nossa cidade: o perfil e os dados que você mantém aqui são sobre ela. Todas as outras cidades são cidades pares com as quais você pode aprender e compartilhar.</translation>
    </message>
    <message>
        <source>One of the RRR peer cities</source>
        <translation>Uma das cidades pares da rede RRR</translation>
    </message>
    <message>
        <source>RRR peer cities</source>
        <translation>Cidades pares da rede RRR</translation>
    </message>
    <message>
        <source>Another city</source>
        <translation>Outra cidade</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>Nome da cidade</translation>
    </message>
    <message>
        <source>e.g. Łódź</source>
        <translation>ex.: Łódź</translation>
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
        <translation>&amp;Nome:</translation>
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
        <translation>Idioma do RRR Desktop</translation>
    </message>
    <message>
        <source>Language of RRR &amp;Desktop:</source>
        <translation>Idioma do RRR &amp;Desktop:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Começar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Pick your city in the list, or choose “Another city”.</source>
        <translation>Escolha sua cidade na lista ou selecione “Outra cidade”.</translation>
    </message>
    <message>
        <source>Type the name of your city.</source>
        <translation>Digite o nome da sua cidade.</translation>
    </message>
    <message>
        <source>Choose your city&apos;s country from the list.</source>
        <translation>Escolha na lista o país da sua cidade.</translation>
    </message>
    <message>
        <source>Choose your city&apos;s main language from the list.</source>
        <translation>Escolha na lista o idioma principal da sua cidade.</translation>
    </message>
    <message>
        <source>Quit RRR Desktop? Nothing has been set up yet; you will be asked for your city again at the next start.</source>
        <translation>Sair do RRR Desktop? Nada foi configurado ainda; sua cidade será pedida de novo na próxima inicialização.</translation>
    </message>
    <message>
        <source>&amp;Keep Choosing</source>
        <translation>&amp;Continuar escolhendo</translation>
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
        <translation>Membros</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Offers in the theme</source>
        <translation>Oferece no tema</translation>
    </message>
    <message>
        <source>Wants to learn in the theme</source>
        <translation>Quer aprender no tema</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>When (your time)</source>
        <translation>Quando (seu horário)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Who / status</source>
        <translation>Quem / situação</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>What changed since your last look</source>
        <translation>O que mudou desde sua última visita</translation>
    </message>
    <message>
        <source>&amp;Edit group…</source>
        <translation>&amp;Editar grupo…</translation>
    </message>
    <message>
        <source>Plan a &amp;meeting…</source>
        <translation>Marcar uma &amp;reunião…</translation>
    </message>
    <message>
        <source>Plan a meeting at a local time in any time zone</source>
        <translation>Marcar uma reunião em um horário local de qualquer fuso horário</translation>
    </message>
    <message>
        <source>Add an &amp;action…</source>
        <translation>Adicionar uma &amp;ação…</translation>
    </message>
    <message>
        <source>Add something a member city will do, by a date</source>
        <translation>Adicionar algo que uma cidade membro fará, com prazo</translation>
    </message>
    <message>
        <source>&amp;Open selected…</source>
        <translation>A&amp;brir o selecionado…</translation>
    </message>
    <message>
        <source>Open the meeting or action selected in the timeline</source>
        <translation>Abrir a reunião ou ação selecionada na linha do tempo</translation>
    </message>
    <message>
        <source>Our &amp;note…</source>
        <translation>Nossa &amp;nota…</translation>
    </message>
    <message>
        <source>Write our city&apos;s note on the group; it travels in our bundles</source>
        <translation>Escrever a nota da nossa cidade sobre o grupo; ela vai em nossos pacotes</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Convidar…</translation>
    </message>
    <message>
        <source>Write an email draft to the member cities&apos; contact offices with the next meeting as a calendar invitation</source>
        <translation>Escrever um rascunho de e-mail para os órgãos de contato das cidades membros com a próxima reunião como convite de calendário</translation>
    </message>
    <message>
        <source>Save &amp;calendar file…</source>
        <translation>Salvar arquivo de &amp;calendário…</translation>
    </message>
    <message>
        <source>Save the group&apos;s meetings as an .ics file for any calendar</source>
        <translation>Salvar as reuniões do grupo como arquivo .ics para qualquer calendário</translation>
    </message>
    <message>
        <source>Members and what each brings</source>
        <translation>Membros e o que cada um traz</translation>
    </message>
    <message>
        <source>Meetings, decisions and actions</source>
        <translation>Reuniões, decisões e ações</translation>
    </message>
    <message>
        <source>Change the group&apos;s name, purpose, stage, themes, members and lead (the lead city&apos;s record)</source>
        <translation>Alterar o nome, o objetivo, a fase, os temas, os membros e a cidade coordenadora do grupo (o registro da cidade coordenadora)</translation>
    </message>
    <message>
        <source>&amp;Delete group…</source>
        <translation>E&amp;xcluir grupo…</translation>
    </message>
    <message>
        <source>Delete the group here; its lead city&apos;s next bundle withdraws it from the members</source>
        <translation>Excluir o grupo aqui; o próximo pacote da cidade coordenadora o retira dos membros</translation>
    </message>
    <message>
        <source>No working groups yet</source>
        <translation>Ainda não há grupos de trabalho</translation>
    </message>
    <message>
        <source>Choose a working group in the list.</source>
        <translation>Escolha um grupo de trabalho na lista.</translation>
    </message>
    <message>
        <source>A working group brings our city and peer cities together around a theme, with meetings, decisions and actions. To have one:
• start one with New group… above;
• or start one of the groups the matching proposes: Peer cities › Proposed groups;
• or, if another city leads a group we are in, import its bundle (File › Import Bundle…).</source>
        <translation>Um grupo de trabalho reúne nossa cidade e cidades pares em torno de um tema, com reuniões, decisões e ações. Para ter um:
• crie-o com Novo grupo… acima;
• ou inicie um dos grupos que a correspondência propõe: Cidades pares › Grupos propostos;
• ou, se outra cidade coordena um grupo do qual fazemos parte, importe o pacote dela (Arquivo › Importar pacote…).</translation>
    </message>
    <message>
        <source>Overdue for our city: {actions}</source>
        <translation>Em atraso para nossa cidade: {actions}</translation>
    </message>
    <message>
        <source> (lead)</source>
        <translation> (coordena)</translation>
    </message>
    <message>
        <source>What changed since your last look ({count})</source>
        <translation>O que mudou desde sua última visita ({count})</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Fase: {stage}</translation>
    </message>
    <message>
        <source>Lead: {city}</source>
        <translation>Coordena: {city}</translation>
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
        <translation>Retirado pela coordenadora em {day}</translation>
    </message>
    <message>
        <source>Only {lead} changes the group and its meetings</source>
        <translation>Só {lead} altera o grupo e as reuniões</translation>
    </message>
    <message>
        <source>Decided: {text}</source>
        <translation>Decidido: {text}</translation>
    </message>
    <message>
        <source>Action: {title}</source>
        <translation>Ação: {title}</translation>
    </message>
    <message>
        <source>Meeting ({time} in {zone})</source>
        <translation>Reunião ({time} em {zone})</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>entered here</source>
        <translation>inserido aqui</translation>
    </message>
    <message>
        <source>{city}&apos;s bundle {file}</source>
        <translation>pacote de {city} {file}</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New Working Group</source>
        <translation>Novo grupo de trabalho</translation>
    </message>
    <message>
        <source>Start a Working Group</source>
        <translation>Iniciar um grupo de trabalho</translation>
    </message>
    <message>
        <source>{city} (our city)</source>
        <translation>{city} (nossa cidade)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objetivo:</translation>
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
        <translation>Cidades membros</translation>
    </message>
    <message>
        <source>Edit Working Group</source>
        <translation>Editar grupo de trabalho</translation>
    </message>
    <message>
        <source>Lead city</source>
        <translation>Cidade coordenadora</translation>
    </message>
    <message>
        <source>The lead city&apos;s bundles carry the group, its meetings and its decisions to the members; each member sends its own actions and note.</source>
        <translation>Os pacotes da cidade coordenadora levam o grupo, as reuniões e as decisões aos membros; cada membro envia suas próprias ações e sua nota.</translation>
    </message>
    <message>
        <source>Our city</source>
        <translation>Nossa cidade</translation>
    </message>
    <message>
        <source>&amp;Members (besides us):</source>
        <translation>&amp;Membros (além de nós):</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Coordena:</translation>
    </message>
</context>
<context>
    <name>GroupFileDialog</name>
    <message>
        <source>Save the invitation draft</source>
        <translation>Salvar o rascunho do convite</translation>
    </message>
    <message>
        <source>Save the meetings as a calendar file</source>
        <translation>Salvar as reuniões como arquivo de calendário</translation>
    </message>
    <message>
        <source>Email drafts (*.eml)</source>
        <translation>Rascunhos de e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Arquivos de calendário (*.ics)</translation>
    </message>
    <message>
        <source>The invitation draft is in {path}. Email It opens it in your mail program: check the recipients and send it.</source>
        <translation>O rascunho do convite está em {path}. “Enviar por e-mail” o abre no seu programa de e-mail: confira os destinatários e envie.</translation>
    </message>
    <message>
        <source>The meetings are in {path}: open it with your calendar.</source>
        <translation>As reuniões estão em {path}: abra o arquivo no seu calendário.</translation>
    </message>
    <message>
        <source>&amp;Email It</source>
        <translation>&amp;Enviar por e-mail</translation>
    </message>
    <message>
        <source>The invitation is open in your mail program: check the recipients and send it.</source>
        <translation>O convite está aberto no seu programa de e-mail: confira os destinatários e envie.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, so the folder with {file} is open instead. Attach that file to a new email to the member cities (in your web mail, for instance) and send it; their calendars read the meeting from it.</source>
        <translation>Nenhum programa de e-mail está configurado neste computador, por isso a pasta com {file} foi aberta. Anexe esse arquivo a um novo e-mail para as cidades membros (no seu webmail, por exemplo) e envie; as agendas delas leem a reunião nele.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer, and its folder could not be opened either. The invitation is {file}: attach it to a new email to the member cities (in your web mail, for instance) and send it; their calendars read the meeting from it.</source>
        <translation>Nenhum programa de e-mail está configurado neste computador, e também não foi possível abrir a pasta. O convite é {file}: anexe-o a um novo e-mail para as cidades membros (no seu webmail, por exemplo) e envie; os calendários delas leem a reunião nele.</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grupos de trabalho</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>The next meeting, in your time zone</source>
        <translation>A próxima reunião, no seu fuso horário</translation>
    </message>
    <message>
        <source>What changed since your last look at the group</source>
        <translation>O que mudou desde sua última visita ao grupo</translation>
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
        <translation>Coordena</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Próxima reunião</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novidades</translation>
    </message>
    <message>
        <source>Withdrawn by its lead</source>
        <translation>Retirado pela coordenadora</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Ações em aberto</translation>
    </message>
    <message>
        <source>{count} ({late} of ours overdue)</source>
        <translation>{count} (nossas em atraso: {late})</translation>
    </message>
</context>
<context>
    <name>GroupWrites</name>
    <message>
        <source>Working groups</source>
        <translation>Grupos de trabalho</translation>
    </message>
    <message>
        <source>Not saved: something unexpected went wrong (it is in the log). Your entries are kept: try again, or Cancel.</source>
        <translation>Não foi salvo: algo inesperado deu errado (está no log). Seus dados foram mantidos: tente de novo ou clique em Cancelar.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>{app} User Guide</source>
        <translation>Guia do usuário do {app}</translation>
    </message>
    <message>
        <source>Section of the guide</source>
        <translation>Seção do guia</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Pesquisar no guia</translation>
    </message>
    <message>
        <source>Enter goes to the next place that has these words</source>
        <translation>Enter leva ao próximo lugar com estas palavras</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>The keys of the menu commands on this computer. On any page, F1 opens the part of this guide about that page.</source>
        <translation>As teclas dos comandos dos menus neste computador. Em qualquer página, F1 abre a parte deste guia sobre essa página.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>No section of the guide has “{words}”.</source>
        <translation>Nenhuma seção do guia contém “{words}”.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import stakeholders from {file}</source>
        <translation>Importar atores de {file}</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Linhas com problemas</translation>
    </message>
    <message>
        <source>What to do with stakeholders already there</source>
        <translation>O que fazer com os atores já cadastrados</translation>
    </message>
    <message>
        <source>Add new ones only</source>
        <translation>Só adicionar os novos</translation>
    </message>
    <message>
        <source>Update the ones already there</source>
        <translation>Atualizar os já cadastrados</translation>
    </message>
    <message>
        <source>Only fill their empty fields</source>
        <translation>Só preencher os campos vazios</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
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
        <translation>Campos deduzidos dos valores</translation>
    </message>
    <message>
        <source>Mark the new ones as &amp;shareable with peer cities</source>
        <translation>&amp;Marcar os novos como compartilháveis com cidades pares</translation>
    </message>
    <message>
        <source>The first rows as they would be imported</source>
        <translation>As primeiras linhas como seriam importadas</translation>
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
        <translation>Salvar linhas com &amp;falha…</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>&amp;Desfazer esta importação</translation>
    </message>
    <message>
        <source>Stakeholders &amp;already there:</source>
        <translation>&amp;Atores já cadastrados:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Colunas:</translation>
    </message>
    <message>
        <source>{field} is chosen for several columns: keep one.</source>
        <translation>{field} foi escolhido para várias colunas: mantenha só uma.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Guessed from the values:</source>
        <translation>Deduzido dos valores:</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more rows with problems.</source>
        <translation>
            <numerusform>… e mais %Ln linha com problemas.</numerusform>
            <numerusform>… e mais %Ln linhas com problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing… Cancel stops it and changes nothing.</source>
        <translation>Importando… Cancelar interrompe a importação sem alterar nada.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importação cancelada: nada foi alterado.</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {skipped} skipped, {failed} not imported because of a problem.</source>
        <translation>Importação concluída. Adicionados: {added}; atualizados: {updated}; ignorados: {skipped}; não importados por causa de um problema: {failed}.</translation>
    </message>
    <message>
        <source>The rows to fix are saved in {file}.</source>
        <translation>As linhas a corrigir foram salvas em {file}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Save the rows to fix</source>
        <translation>Salvar as linhas a corrigir</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Arquivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {skip} already there or repeated (skipped), {fail} with problems.</source>
        <translation>{add} a adicionar, {update} a atualizar, {skip} já cadastrados ou repetidos (ignorados), {fail} com problemas.</translation>
    </message>
    <message>
        <source>spreadsheet workbook</source>
        <translation>pasta de trabalho de planilha</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %Ln rows ({encoding})</source>
        <translation>
            <numerusform>{file}: %Ln linha ({encoding})</numerusform>
            <numerusform>{file}: %Ln linhas ({encoding})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln set aside as section headings.</source>
        <translation>
            <numerusform>%Ln deixada de lado como título de seção.</numerusform>
            <numerusform>%Ln deixadas de lado como títulos de seção.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold no stakeholder (blank rows, titles, repeated headers).</source>
        <translation>
            <numerusform>%Ln não contém nenhum ator (linha vazia, título, cabeçalho repetido).</numerusform>
            <numerusform>%Ln não contêm nenhum ator (linhas vazias, títulos, cabeçalhos repetidos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {number}: {problem}</source>
        <translation>Linha {number}: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Undo import</source>
        <translation>Desfazer importação</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Não há importação para desfazer.</translation>
    </message>
    <message>
        <source>Undo the import of {file} made on {when}?</source>
        <translation>Desfazer a importação de {file} feita em {when}?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stakeholders it added are deleted, with anything recorded on them since.</source>
        <translation>
            <numerusform>O %Ln ator que ela adicionou é excluído, com tudo o que foi registrado sobre ele desde então.</numerusform>
            <numerusform>Os %Ln atores que ela adicionou são excluídos, com tudo o que foi registrado sobre eles desde então.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stakeholders it updated get their previous values back.</source>
        <translation>
            <numerusform>O %Ln ator que ela atualizou recupera os valores anteriores.</numerusform>
            <numerusform>Os %Ln atores que ela atualizou recuperam os valores anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep the Import</source>
        <translation>&amp;Manter a importação</translation>
    </message>
    <message numerus="yes">
        <source>Peer cities already received %Ln of the stakeholders it added, in a bundle: your next bundle withdraws them from the peers.</source>
        <translation>
            <numerusform>As cidades pares já receberam %Ln dos atores que ela adicionou, em um pacote: seu próximo pacote o retira delas.</numerusform>
            <numerusform>As cidades pares já receberam %Ln dos atores que ela adicionou, em um pacote: seu próximo pacote os retira delas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of {file} was undone.</source>
        <translation>A importação de {file} foi desfeita.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted.</source>
        <translation>
            <numerusform>%Ln ator excluído.</numerusform>
            <numerusform>%Ln atores excluídos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders given their previous values back.</source>
        <translation>
            <numerusform>%Ln ator recuperou os valores anteriores.</numerusform>
            <numerusform>%Ln atores recuperaram os valores anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Desfazer importação</translation>
    </message>
    <message>
        <source>Cannot undo the import</source>
        <translation>Não é possível desfazer a importação</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Edit interaction</source>
        <translation>Editar interação</translation>
    </message>
    <message>
        <source>Add interaction</source>
        <translation>Adicionar interação</translation>
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
        <translation>Observações</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data do acompanhamento</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>Acompanhamento &amp;concluído</translation>
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
        <translation>&amp;Observações:</translation>
    </message>
    <message>
        <source>&amp;Follow-up on:</source>
        <translation>&amp;Acompanhamento em:</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Add Interaction</source>
        <translation>Adicionar interação</translation>
    </message>
    <message>
        <source>Edit Interaction</source>
        <translation>Editar interação</translation>
    </message>
    <message>
        <source>Delete Interaction</source>
        <translation>Excluir interação</translation>
    </message>
</context>
<context>
    <name>LanguageChecklist</name>
    <message>
        <source>Find a language</source>
        <translation>Buscar um idioma</translation>
    </message>
    <message>
        <source>Find a language…</source>
        <translation>Buscar um idioma…</translation>
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
        <translation>O {app} reinicia no novo idioma assim que a caixa de diálogo aberta for fechada.</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>Reiniciar agora?</translation>
    </message>
    <message>
        <source>{app} speaks {language} from its next start. Restart now? It opens again on this page; your profile is saved, and open dialogs are closed first (you are asked about anything typed in them).</source>
        <translation>O {app} fica em {language} a partir da próxima inicialização. Reiniciar agora? Ele abre de novo nesta página; seu perfil fica salvo e as caixas de diálogo abertas são fechadas antes (você será consultado sobre o que digitou nelas).</translation>
    </message>
    <message>
        <source>{app} speaks the system&apos;s language from its next start. Restart now? It opens again on this page; your profile is saved, and open dialogs are closed first (you are asked about anything typed in them).</source>
        <translation>O {app} fica no idioma do sistema a partir da próxima inicialização. Reiniciar agora? Ele abre de novo nesta página; seu perfil fica salvo e as caixas de diálogo abertas são fechadas antes (você será consultado sobre o que digitou nelas).</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar agora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Mais &amp;tarde</translation>
    </message>
</context>
<context>
    <name>LoadingView</name>
    <message>
        <source>Opening your data…</source>
        <translation>Abrindo seus dados…</translation>
    </message>
    <message>
        <source>Opening your data</source>
        <translation>Abrindo seus dados</translation>
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
        <translation>Abrindo seus dados…</translation>
    </message>
    <message>
        <source>Our city: {name}</source>
        <translation>Nossa cidade: {name}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Read only: your role may look at the team&apos;s register but not change it</source>
        <translation>Somente leitura: seu perfil pode consultar o cadastro da equipe, mas não alterá-lo</translation>
    </message>
    <message>
        <source>Updated with your colleagues&apos; changes</source>
        <translation>Atualizado com as alterações dos seus colegas</translation>
    </message>
    <message>
        <source>Waiting for the database: another program is writing to it. Your change is saved as soon as it is free.</source>
        <translation>Aguardando o banco de dados: outro programa está gravando nele. Sua alteração será salva assim que ele estiver livre.</translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation>Cidades pares</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Atores</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Grupos de trabalho</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Notas informativas</translation>
    </message>
    <message>
        <source>Make a brief first: choose what it covers, then Preview.</source>
        <translation>Prepare primeiro uma nota: escolha o que abrange e depois Visualizar.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Stakeholder map</source>
        <translation>Mapa de atores</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders placed by influence and interest.</source>
        <translation>
            <numerusform>%Ln ator situado por influência e interesse.</numerusform>
            <numerusform>%Ln atores situados por influência e interesse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not placed.</source>
        <translation>
            <numerusform>%Ln sem posição.</numerusform>
            <numerusform>%Ln sem posição.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows the same stakeholders.</source>
        <translation>A lista mostra os mesmos atores.</translation>
    </message>
    <message>
        <source>{name}
{stage} · {kind}
Influence {influence}, interest {interest}</source>
        <translation>{name}
{stage} · {kind}
Influência {influence}, interesse {interest}</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Which column feeds which field</source>
        <translation>Qual coluna alimenta cada campo</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Ignorar esta coluna</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Campo para a coluna {column}</translation>
    </message>
    <message>
        <source>{field} is chosen for several columns: keep one.</source>
        <translation>{field} foi escolhido para várias colunas: mantenha só uma.</translation>
    </message>
</context>
<context>
    <name>MaturityCombo</name>
    <message>
        <source>Not assessed</source>
        <translation>Não avaliado</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Plan a Meeting</source>
        <translation>Marcar uma reunião</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;When (local time):</source>
        <translation>&amp;Quando (hora local):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duração:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>Lin&amp;k on-line:</translation>
    </message>
    <message>
        <source>&amp;Agenda (one item a line):</source>
        <translation>&amp;Pauta (um item por linha):</translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation>A&amp;ta:</translation>
    </message>
    <message>
        <source>&amp;Decisions (one a line):</source>
        <translation>&amp;Decisões (uma por linha):</translation>
    </message>
    <message>
        <source>Every member sees the meeting in their own time zone.</source>
        <translation>Cada membro vê a reunião no seu próprio fuso horário.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Escolha um fuso horário da lista.</translation>
    </message>
    <message>
        <source>{zone}; on this computer: {time}</source>
        <translation>{zone}; neste computador: {time}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicates</source>
        <translation>Mesclar duplicados</translation>
    </message>
    <message>
        <source>Master record</source>
        <translation>Registro principal</translation>
    </message>
    <message>
        <source>&amp;Keep this record:</source>
        <translation>&amp;Manter este registro:</translation>
    </message>
    <message>
        <source>Which value to keep for each field</source>
        <translation>Qual valor manter em cada campo</translation>
    </message>
    <message>
        <source>What the merge will do</source>
        <translation>O que a mesclagem vai fazer</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Me&amp;sclar</translation>
    </message>
    <message>
        <source>Fewer than two of these stakeholders still exist: nothing to merge.</source>
        <translation>Menos de dois destes atores ainda existem: não há nada para mesclar.</translation>
    </message>
    <message>
        <source>{field} from {name}</source>
        <translation>{field} de {name}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>consentimento registrado</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>sem consentimento</translation>
    </message>
    <message>
        <source>{master} is kept (same ID, so peer cities still recognise it).</source>
        <translation>{master} é mantido (o mesmo ID, por isso as cidades pares continuam a reconhecê-lo).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other records are merged into it and then deleted.</source>
        <translation>
            <numerusform>%Ln outro registro é mesclado nele e depois excluído.</numerusform>
            <numerusform>%Ln outros registros são mesclados nele e depois excluídos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln interactions move to it.</source>
        <translation>
            <numerusform>Sua %Ln interação passa para ele.</numerusform>
            <numerusform>Suas %Ln interações passam para ele.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags, sectors and topics are combined; their people are linked to it.</source>
        <translation>As etiquetas, os setores e os temas são combinados; as pessoas dos outros registros passam a ser vinculadas a ele.</translation>
    </message>
    <message>
        <source>Taken from the others: {fields}.</source>
        <translation>Trazido dos outros registros: {fields}.</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Click to see the recent messages.</source>
        <translation>Clique para ver as mensagens recentes.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Open questions to raise</source>
        <translation>Perguntas em aberto a levantar</translation>
    </message>
    <message>
        <source>Open &amp;questions to raise (one per line):</source>
        <translation>&amp;Perguntas em aberto a levantar (uma por linha):</translation>
    </message>
    <message>
        <source>&amp;Reset texts to the suggestions</source>
        <translation>Restaurar os te&amp;xtos sugeridos</translation>
    </message>
    <message>
        <source>Replace your edits with the texts RRR Desktop suggests</source>
        <translation>Substitui suas alterações pelos textos que o RRR Desktop sugere</translation>
    </message>
    <message>
        <source>&amp;{part} (your text):</source>
        <translation>&amp;{part} (seu texto):</translation>
    </message>
    <message>
        <source>You rewrote this text: it no longer follows the data. Reset texts to the suggestions brings the suggestion back.</source>
        <translation>Você reescreveu este texto: ele não acompanha mais os dados. “Restaurar os textos sugeridos” traz a sugestão de volta.</translation>
    </message>
    <message>
        <source>Reset the brief&apos;s texts</source>
        <translation>Restaurar os textos da nota informativa</translation>
    </message>
</context>
<context>
    <name>NotesTable</name>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>not set</source>
        <translation>não definida</translation>
    </message>
</context>
<context>
    <name>PeerDetailView</name>
    <message>
        <source>Peer city details and sources</source>
        <translation>Detalhes e fontes da cidade par</translation>
    </message>
    <message>
        <source>Select a peer city to see its profile and sources.</source>
        <translation>Selecione uma cidade par para ver o perfil e as fontes dela.</translation>
    </message>
    <message>
        <source>{city} has not written some of its texts in your language: they are shown as the city wrote them, followed by their language.</source>
        <translation>{city} não escreveu alguns de seus textos no seu idioma: eles aparecem como a cidade os escreveu, seguidos do idioma.</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>O que a cidade oferece</translation>
    </message>
    <message>
        <source>What they want to learn</source>
        <translation>O que a cidade quer aprender</translation>
    </message>
    <message>
        <source>Shared challenges</source>
        <translation>Desafios compartilhados</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nada registrado.</translation>
    </message>
    <message>
        <source>In their own words: {topics}</source>
        <translation>Nas palavras da própria cidade: {topics}</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Práticas</translation>
    </message>
    <message>
        <source>Stakeholders they shared</source>
        <translation>Atores que a cidade compartilhou</translation>
    </message>
    <message>
        <source>None yet: they arrive with the city&apos;s bundles.</source>
        <translation>Nenhum ainda: eles chegam com os pacotes da cidade.</translation>
    </message>
    <message>
        <source>Data from the bundle {file} sent by {sender} on {date}, imported {imported}</source>
        <translation>Dados do pacote {file}, enviado por {sender} em {date} e importado em {imported}</translation>
    </message>
    <message>
        <source>Data from {source} of {date}</source>
        <translation>Dados de {source}, de {date}</translation>
    </message>
    <message>
        <source>Data of {date}, source not recorded</source>
        <translation>Dados de {date}, fonte não registrada</translation>
    </message>
    <message numerus="yes">
        <source>⚠ This information is more than %Ln months old: check it with the city before relying on it.</source>
        <translation>
            <numerusform>⚠ Esta informação tem mais de %Ln mês: confirme-a com a cidade antes de confiar nela.</numerusform>
            <numerusform>⚠ Esta informação tem mais de %Ln meses: confirme-a com a cidade antes de confiar nela.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ This information is more than %Ln years old: check it with the city before relying on it.</source>
        <translation>
            <numerusform>⚠ Esta informação tem mais de um ano: confirme-a com a cidade antes de confiar nela.</numerusform>
            <numerusform>⚠ Esta informação tem mais de %Ln anos: confirme-a com a cidade antes de confiar nela.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>data desconhecida</translation>
    </message>
</context>
<context>
    <name>PeerFilterBar</name>
    <message>
        <source>Search cities (Ctrl+F)</source>
        <translation>Buscar cidades (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search peer cities by name</source>
        <translation>Buscar cidades pares pelo nome</translation>
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
        <translation>Filtrar por região ou país</translation>
    </message>
    <message>
        <source>Show &amp;hidden</source>
        <translation>Mostrar oc&amp;ultas</translation>
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
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Qualquer tema</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Qualquer idioma</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Qualquer região</translation>
    </message>
</context>
<context>
    <name>PeerMatchView</name>
    <message>
        <source>Why this peer is suggested</source>
        <translation>Por que esta cidade par é sugerida</translation>
    </message>
    <message>
        <source>Select a peer city to see why it is suggested.</source>
        <translation>Selecione uma cidade par para ver por que ela é sugerida.</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>Pontuação: {score}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>Points per criterion</source>
        <translation>Pontos por critério</translation>
    </message>
    <message>
        <source>{criterion}: {points} points</source>
        <translation>{criterion}: {points} pontos</translation>
    </message>
</context>
<context>
    <name>PeerNoteEditor</name>
    <message>
        <source>&amp;Our notes (private, never shared)</source>
        <translation>&amp;Nossas observações (privadas, nunca compartilhadas)</translation>
    </message>
    <message>
        <source>Our private notes about this city</source>
        <translation>Nossas observações privadas sobre esta cidade</translation>
    </message>
    <message>
        <source>Contacts, what was agreed, what to ask next time… Saved automatically.</source>
        <translation>Contatos, o que foi combinado, o que perguntar da próxima vez… Salvo automaticamente.</translation>
    </message>
    <message>
        <source>Not saved yet: the last save failed.</source>
        <translation>Ainda não salvo: a última tentativa de salvar falhou.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>The note could not be saved: {problem} Your text is kept here and will be saved again when you type or leave the note.</source>
        <translation>Não foi possível salvar a observação: {problem} Seu texto continua aqui e será salvo de novo quando você digitar ou sair da observação.</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>&amp;Weights…</source>
        <translation>&amp;Pesos…</translation>
    </message>
    <message>
        <source>How much each reason counts in the ranking</source>
        <translation>Quanto conta cada motivo na classificação</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>&amp;Sugestões</translation>
    </message>
    <message>
        <source>&amp;Proposed groups</source>
        <translation>Grupos &amp;propostos</translation>
    </message>
    <message>
        <source>Suggested peer cities, best first</source>
        <translation>Cidades pares sugeridas, as mais indicadas primeiro</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>Profile, sources and notes</source>
        <translation>Perfil, fontes e observações</translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation>Cidades pares</translation>
    </message>
    <message>
        <source>Choose your city on the Profile page first: peers are ranked against it.</source>
        <translation>Primeiro escolha sua cidade na página Perfil: as cidades pares são classificadas em relação a ela.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln peer cities</source>
        <translation>
            <numerusform>{shown} de %Ln cidade par</numerusform>
            <numerusform>{shown} de %Ln cidades pares</numerusform>
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
        <translation>Ainda não há cidades pares: elas chegam com os pacotes de outras cidades.</translation>
    </message>
    <message>
        <source>Every peer city is hidden: tick “Show hidden” to see them.</source>
        <translation>Todas as cidades pares estão ocultas: marque “Mostrar ocultas” para vê-las.</translation>
    </message>
    <message>
        <source>No peer city speaks {language}.</source>
        <translation>Nenhuma cidade par fala {language}.</translation>
    </message>
    <message>
        <source>No peer city in {region}.</source>
        <translation>Nenhuma cidade par em {region}.</translation>
    </message>
    <message>
        <source>No peer city in {region} speaks {language}.</source>
        <translation>Nenhuma cidade par em {region} fala {language}.</translation>
    </message>
    <message>
        <source>No peer city has anything in common with yours on {topic}.</source>
        <translation>Nenhuma cidade par tem algo em comum com a sua no tema {topic}.</translation>
    </message>
    <message>
        <source>No peer city has anything in common with yours yet.</source>
        <translation>Ainda nenhuma cidade par tem algo em comum com a sua.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nada foi alterado</translation>
    </message>
    <message>
        <source>No peer city matches “{search}”.</source>
        <translation>Nenhuma cidade par corresponde a “{search}”.</translation>
    </message>
</context>
<context>
    <name>PinAndHide</name>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fixar</translation>
    </message>
    <message>
        <source>Pin to the top of the list, or unpin (Ctrl+Shift+P)</source>
        <translation>Fixar no topo da lista ou desafixar (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Hide from suggestions, or show again (Ctrl+Shift+H)</source>
        <translation>Ocultar das sugestões ou mostrar de novo (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Desa&amp;fixar</translation>
    </message>
    <message>
        <source>S&amp;how again</source>
        <translation>M&amp;ostrar de novo</translation>
    </message>
    <message>
        <source>Pin Peer City</source>
        <translation>Fixar cidade par</translation>
    </message>
    <message>
        <source>Unpin Peer City</source>
        <translation>Desafixar cidade par</translation>
    </message>
    <message>
        <source>Hide Peer City</source>
        <translation>Ocultar cidade par</translation>
    </message>
    <message>
        <source>Show Peer City Again</source>
        <translation>Voltar a mostrar a cidade par</translation>
    </message>
</context>
<context>
    <name>PracticesEditor</name>
    <message>
        <source>Practices</source>
        <translation>Práticas</translation>
    </message>
    <message>
        <source>Add practice</source>
        <translation>Adicionar prática</translation>
    </message>
    <message>
        <source>Describe a practice of our city that peers can learn from</source>
        <translation>Descreva uma prática da nossa cidade com que as cidades pares possam aprender</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected practice</source>
        <translation>Remover a prática selecionada</translation>
    </message>
    <message>
        <source>No practices yet. Add the programmes and mechanisms your city runs, so peers can learn from them.</source>
        <translation>Ainda não há práticas. Adicione os programas e mecanismos que sua cidade mantém, para que as cidades pares possam aprender com eles.</translation>
    </message>
    <message>
        <source>Practice title</source>
        <translation>Título da prática</translation>
    </message>
    <message>
        <source>e.g. Neighbourhood hubs</source>
        <translation>ex.: Hubs de bairro</translation>
    </message>
    <message>
        <source>Kind of practice</source>
        <translation>Tipo de prática</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Year started</source>
        <translation>Ano de início</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>Practice description</source>
        <translation>Descrição da prática</translation>
    </message>
    <message>
        <source>Practice topics</source>
        <translation>Temas da prática</translation>
    </message>
    <message>
        <source>Practice link</source>
        <translation>Link da prática</translation>
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
        <translation>&amp;Ano de início:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation>Te&amp;mas:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>(untitled practice)</source>
        <translation>(prática sem título)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Geral</translation>
    </message>
    <message>
        <source>&amp;Peer Cities</source>
        <translation>Cidades &amp;pares</translation>
    </message>
    <message>
        <source>&amp;Team Database</source>
        <translation>Banco de dados da &amp;equipe</translation>
    </message>
    <message>
        <source>Your login name</source>
        <translation>Seu nome de usuário</translation>
    </message>
    <message>
        <source>Recorded with every change you make, so that colleagues sharing a team database see who changed what. Left empty: your login name (on a team database, your database user).</source>
        <translation>Registrado com cada alteração que você fizer, para que os colegas que compartilham um banco de dados da equipe vejam quem alterou o quê. Se ficar vazio: seu nome de usuário (em um banco de dados da equipe, seu usuário do banco).</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>O idioma do sistema</translation>
    </message>
    <message>
        <source>The language of the window and, by default, of briefs</source>
        <translation>O idioma da janela e, por padrão, das notas informativas</translation>
    </message>
    <message>
        <source>After OK you can restart in the new language now, or keep working until the next start.</source>
        <translation>Depois de OK, você pode reiniciar agora no novo idioma ou continuar trabalhando até a próxima inicialização.</translation>
    </message>
    <message>
        <source>Proposed for new briefs and when printing; usual here: {paper}</source>
        <translation>Proposto para novas notas e ao imprimir; habitual aqui: {paper}</translation>
    </message>
    <message>
        <source>Where exported lists, bundles and briefs are proposed to be saved</source>
        <translation>Pasta proposta para salvar as listas, os pacotes e as notas exportados</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>Escolha a pasta de exportação padrão</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Paper &amp;size:</source>
        <translation>&amp;Tamanho do papel:</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>Pasta de &amp;exportação:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>A peer city&apos;s data older than this is flagged in the list, the suggestions and its details, as a reminder to ask the city for a new bundle</source>
        <translation>Os dados de uma cidade par mais antigos do que isso são sinalizados na lista, nas sugestões e nos detalhes dela, para lembrar de pedir à cidade um pacote novo</translation>
    </message>
    <message>
        <source>Flag peer data older than:</source>
        <translation>Sinalizar dados de cidades pares com mais de:</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Pasta de exportação padrão</translation>
    </message>
    <message>
        <source>The export folder {folder} does not exist: choose an existing folder. Nothing was saved.</source>
        <translation>A pasta de exportação {folder} não existe: escolha uma pasta existente. Nada foi salvo.</translation>
    </message>
</context>
<context>
    <name>ProfileAutosave</name>
    <message>
        <source>An unexpected error happened.</source>
        <translation>Ocorreu um erro inesperado.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Our city&apos;s profile</source>
        <translation>Perfil da nossa cidade</translation>
    </message>
    <message>
        <source>Summary of our social economy ecosystem</source>
        <translation>Resumo do nosso ecossistema de economia social</translation>
    </message>
    <message>
        <source>Who makes up the local social and solidarity economy, what the city does for it, what works and what is hard.</source>
        <translation>Quem compõe a economia social e solidária local, o que a prefeitura faz por ela, o que funciona e o que é difícil.</translation>
    </message>
    <message>
        <source>Contact office</source>
        <translation>Órgão de contato</translation>
    </message>
    <message>
        <source>Office, address, shared email</source>
        <translation>Órgão, endereço, e-mail institucional</translation>
    </message>
    <message>
        <source>What we offer</source>
        <translation>O que oferecemos</translation>
    </message>
    <message>
        <source>What we want to learn</source>
        <translation>O que queremos aprender</translation>
    </message>
    <message>
        <source>Shared challenges</source>
        <translation>Desafios compartilhados</translation>
    </message>
    <message>
        <source>About our ecosystem</source>
        <translation>Sobre nosso ecossistema</translation>
    </message>
    <message>
        <source>Topics where we have experience to share with peers.</source>
        <translation>Temas em que temos experiência para compartilhar com as cidades pares.</translation>
    </message>
    <message>
        <source>Topics where we look for a peer city to learn from.</source>
        <translation>Temas em que buscamos uma cidade par com quem aprender.</translation>
    </message>
    <message>
        <source>Problems we face and would tackle with others.</source>
        <translation>Problemas que enfrentamos e que gostaríamos de resolver junto com outras cidades.</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Práticas</translation>
    </message>
    <message>
        <source>Programmes and mechanisms: awards, hubs, financial mechanisms, bonds, communication strategies, digital programmes…</source>
        <translation>Programas e mecanismos: prêmios, hubs, mecanismos financeiros, títulos de impacto, estratégias de comunicação, programas digitais…</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <source>How mature is our city on each topic, from 0 (nothing yet) to 10 (a reference for others)? “Not assessed” is not 0.</source>
        <translation>Qual é o grau de maturidade da nossa cidade em cada tema, de 0 (nada ainda) a 10 (referência para outras cidades)? “Não avaliado” não é 0.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumo:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Idi&amp;omas:</translation>
    </message>
    <message>
        <source>&amp;Contact office:</source>
        <translation>Órgão de &amp;contato:</translation>
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
        <translation>observação</translation>
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
        <translation>descrição</translation>
    </message>
    <message>
        <source>year started</source>
        <translation>ano de início</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>temas</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>maturity</source>
        <translation>maturidade</translation>
    </message>
    <message>
        <source>date assessed</source>
        <translation>data da avaliação</translation>
    </message>
    <message>
        <source>Own-words topic {number}</source>
        <translation>Tema {number} em palavras próprias</translation>
    </message>
    <message>
        <source>Practice “{title}”</source>
        <translation>Prática “{title}”</translation>
    </message>
    <message>
        <source>Practice {number} (untitled)</source>
        <translation>Prática {number} (sem título)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Save status</source>
        <translation>Status do salvamento</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Tentar &amp;novamente</translation>
    </message>
    <message>
        <source>Try saving the profile again</source>
        <translation>Tentar salvar o perfil novamente</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>Reload the profile as stored and lose the changes made here</source>
        <translation>Recarregar o perfil como está salvo e perder as alterações feitas aqui</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Manter minha versão</translation>
    </message>
    <message>
        <source>Save the profile as shown here over the other change</source>
        <translation>Salvar o perfil como aparece aqui, substituindo a outra alteração</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Restored changes that were not saved when RRR Desktop last closed.</source>
        <translation>Foram restauradas as alterações que não tinham sido salvas quando o RRR Desktop foi fechado pela última vez.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todas as alterações foram salvas</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>{changed} Your text is kept: Reload to see their change and lose yours here, or Keep Mine to save your version over it.</source>
        <translation>{changed} Seu texto foi mantido: clique em “Recarregar” para ver a alteração da outra pessoa e perder a sua aqui, ou em “Manter minha versão” para salvar sua versão no lugar dela.</translation>
    </message>
    <message>
        <source>Not saved yet: fix what is marked below; it is saved as soon as it is fixed. Your text is kept.</source>
        <translation>Ainda não salvo: corrija o que está marcado abaixo; o perfil será salvo assim que a correção for feita. Seu texto foi mantido.</translation>
    </message>
    <message>
        <source>Not saved: {reason} Your text is kept; RRR Desktop will try again.</source>
        <translation>Não salvo: {reason} Seu texto foi mantido; o RRR Desktop vai tentar de novo.</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Editar o perfil</translation>
    </message>
</context>
<context>
    <name>ProposedGroupsView</name>
    <message>
        <source>Proposed working groups</source>
        <translation>Grupos de trabalho propostos</translation>
    </message>
    <message>
        <source>Groups of three to six cities that the matching proposes for the network, around topics some want to learn and others offer; under each city, why it is in. Start one to plan its meetings and actions on the Working groups page.</source>
        <translation>Grupos de três a seis cidades que a correspondência propõe para a rede, em torno de temas que umas querem aprender e outras oferecem; abaixo de cada cidade, por que ela está no grupo. Inicie um para planejar as reuniões e ações na página Grupos de trabalho.</translation>
    </message>
    <message>
        <source>&amp;Start this group…</source>
        <translation>&amp;Iniciar este grupo…</translation>
    </message>
    <message>
        <source>Make a working group of our city and these cities: check its name, members and lead, then find it on the Working groups page</source>
        <translation>Criar um grupo de trabalho da nossa cidade e destas cidades: verifique o nome, os membros e a coordenadora, e encontre-o depois na página Grupos de trabalho</translation>
    </message>
    <message>
        <source>{topics} (lead: {lead})</source>
        <translation>{topics} (coordenação: {lead})</translation>
    </message>
    <message>
        <source>started as “{name}”</source>
        <translation>iniciado como “{name}”</translation>
    </message>
    <message>
        <source>No group to propose yet: groups form around topics that some cities want to learn and others offer (the cities&apos; profiles).</source>
        <translation>Ainda não há grupo a propor: os grupos se formam em torno de temas que umas cidades querem aprender e outras oferecem (os perfis das cidades).</translation>
    </message>
</context>
<context>
    <name>RecentBriefsList</name>
    <message>
        <source>Recent briefs</source>
        <translation>Notas informativas recentes</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show the selected brief again</source>
        <translation>Mostra de novo a nota selecionada</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Remover da lista</translation>
    </message>
    <message>
        <source>Remove from this list; the file is kept</source>
        <translation>Remover desta lista; o arquivo é mantido</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;pasta</translation>
    </message>
    <message>
        <source>Show the folder that holds the selected brief</source>
        <translation>Mostra a pasta que contém a nota selecionada</translation>
    </message>
    <message>
        <source>(file missing: moved or deleted)</source>
        <translation>(arquivo não encontrado: movido ou excluído)</translation>
    </message>
    <message>
        <source>No brief saved yet.</source>
        <translation>Nenhuma nota informativa salva ainda.</translation>
    </message>
</context>
<context>
    <name>RecentMessagesDialog</name>
    <message>
        <source>Recent Messages</source>
        <translation>Mensagens recentes</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Mensagens recentes</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Nenhuma mensagem ainda.</translation>
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
        <translation>O nosso</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>O deles</translation>
    </message>
    <message>
        <source>Fields that differ: ours and theirs</source>
        <translation>Campos que diferem: os nossos e os deles</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Valor deles</translation>
    </message>
    <message>
        <source>What the record holds</source>
        <translation>O que o registro contém</translation>
    </message>
    <message>
        <source>same items in another order</source>
        <translation>mesmos itens em outra ordem</translation>
    </message>
</context>
<context>
    <name>RecordStanding</name>
    <message>
        <source>New to us</source>
        <translation>Novo para nós</translation>
    </message>
    <message>
        <source>Changed since we last received it</source>
        <translation>Alterado desde a última vez que o recebemos</translation>
    </message>
    <message>
        <source>We changed it too</source>
        <translation>Nós também o alteramos</translation>
    </message>
    <message>
        <source>Ours is newer</source>
        <translation>O nosso é mais recente</translation>
    </message>
    <message>
        <source>The same as ours</source>
        <translation>Igual ao nosso</translation>
    </message>
    <message>
        <source>Withdrawn by the sender</source>
        <translation>Retirado pelo remetente</translation>
    </message>
    <message>
        <source>{status} (their change of {day})</source>
        <translation>{status} (alteração deles de {day})</translation>
    </message>
    <message>
        <source>Everything it holds is below; importing adds it.</source>
        <translation>Tudo o que ele contém está abaixo; a importação o adiciona.</translation>
    </message>
    <message>
        <source>Below, the fields they changed: ours and theirs. Importing takes theirs.</source>
        <translation>Abaixo, os campos que eles alteraram: o nosso e o deles. A importação fica com o deles.</translation>
    </message>
    <message>
        <source>Ours and theirs differ and neither is newer (below). We keep ours unless you tick it to take theirs.</source>
        <translation>O nosso e o deles diferem e nenhum é mais recente (abaixo). Mantemos o nosso, a menos que você o marque para ficar com o deles.</translation>
    </message>
    <message>
        <source>We hold a later version of it: theirs is kept out.</source>
        <translation>Temos uma versão posterior: a deles fica de fora.</translation>
    </message>
    <message>
        <source>Importing changes nothing; below, what it holds.</source>
        <translation>A importação não altera nada; abaixo, o que ele contém.</translation>
    </message>
    <message>
        <source>Importing removes it from what we hold of the sender.</source>
        <translation>A importação o remove do que temos do remetente.</translation>
    </message>
    <message>
        <source>Their revision: {theirs}; we have no revision of it</source>
        <translation>Versão deles: {theirs}; não temos nenhuma versão dele</translation>
    </message>
    <message>
        <source>Our revision: {ours}; theirs: {theirs}</source>
        <translation>Nossa versão: {ours}; a deles: {theirs}</translation>
    </message>
</context>
<context>
    <name>RegisterFlows</name>
    <message>
        <source>Import finished: {added} added, {updated} updated, {skipped} skipped, {failed} with problems.</source>
        <translation>Importação concluída. Adicionados: {added}; atualizados: {updated}; ignorados: {skipped}; com problemas: {failed}.</translation>
    </message>
    <message>
        <source>Rows to fix: {file}</source>
        <translation>Linhas a corrigir: {file}</translation>
    </message>
    <message>
        <source>Add about 300 sample stakeholders to {city}&apos;s register? They are made up and clearly labelled: each name ends with “{marked}” and each carries the “sample” tag, so they can be found by that tag and archived or deleted together.</source>
        <translation>Adicionar cerca de 300 atores de exemplo ao cadastro de {city}? Eles são fictícios e estão claramente identificados: cada nome termina com “{marked}” e cada um tem a etiqueta “sample”, para que possam ser encontrados por essa etiqueta e arquivados ou excluídos de uma só vez.</translation>
    </message>
    <message>
        <source>&amp;Add Sample Data</source>
        <translation>&amp;Adicionar dados de exemplo</translation>
    </message>
    <message numerus="yes">
        <source>Sample data loaded: %Ln stakeholders, each tagged “sample”.</source>
        <translation>
            <numerusform>Dados de exemplo carregados: %Ln ator, etiquetado “sample”.</numerusform>
            <numerusform>Dados de exemplo carregados: %Ln atores, cada um etiquetado “sample”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file {file} could not be written: {reason}. Nothing was changed; choose another folder or name.</source>
        <translation>Não foi possível gravar o arquivo {file}: {reason}. Nada foi alterado; escolha outra pasta ou outro nome.</translation>
    </message>
</context>
<context>
    <name>ScoreCombo</name>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Lembrar neste computador</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keyring (its safe store of passwords), never in a file</source>
        <translation>Guardada no chaveiro deste computador (seu cofre seguro de senhas), nunca em um arquivo</translation>
    </message>
    <message>
        <source>This computer has no keyring service to keep it safely: it is asked again at each start of RRR Desktop.</source>
        <translation>Este computador não tem um serviço de chaveiro para guardá-la com segurança: ela será pedida de novo a cada início do RRR Desktop.</translation>
    </message>
    <message>
        <source>Type it first.</source>
        <translation>Digite-a primeiro.</translation>
    </message>
    <message>
        <source>The two do not match: type it again in both fields.</source>
        <translation>As duas não coincidem: digite-a de novo nos dois campos.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <source>Your Signing Key</source>
        <translation>Sua chave de assinatura</translation>
    </message>
    <message>
        <source>Every bundle you export is signed with this installation&apos;s key. When a peer city imports your first bundle, they see this fingerprint: read it to them by phone, group by group, so they know the bundle is really yours.</source>
        <translation>Todo pacote que você exporta é assinado com a chave desta instalação. Quando uma cidade par importar seu primeiro pacote, verá esta impressão digital: leia-a por telefone para a equipe de lá, grupo por grupo, para que saibam que o pacote é mesmo seu.</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Impressão digital da chave</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>SourceOptions</name>
    <message>
        <source>Encoding of the file</source>
        <translation>Codificação do arquivo</translation>
    </message>
    <message>
        <source>Import these &amp;headings as stakeholders too</source>
        <translation>Importar também estes &amp;títulos como atores</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificação:</translation>
    </message>
    <message>
        <source>Headings:</source>
        <translation>Títulos:</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; (row {number})</source>
        <translation>“{text}” (linha {number})</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>e mais %Ln</numerusform>
            <numerusform>e mais %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows that look like section headings were set aside: {rows}.</source>
        <translation>
            <numerusform>Foi deixada de lado %Ln linha que parece um título de seção: {rows}.</numerusform>
            <numerusform>Foram deixadas de lado %Ln linhas que parecem títulos de seção: {rows}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderActions</name>
    <message>
        <source>New &amp;Organisation…</source>
        <translation>Nova &amp;organização…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New &amp;Person…</source>
        <translation>Nova &amp;pessoa…</translation>
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
        <translation>Adicionar &amp;interação…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arquivar</translation>
    </message>
    <message>
        <source>&amp;Restore from Archive</source>
        <translation>Res&amp;taurar do arquivo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicates…</source>
        <translation>&amp;Mesclar duplicados…</translation>
    </message>
    <message>
        <source>Add an organisation to the register</source>
        <translation>Adiciona uma organização ao cadastro</translation>
    </message>
    <message>
        <source>Add a person to the register</source>
        <translation>Adiciona uma pessoa ao cadastro</translation>
    </message>
    <message>
        <source>Change the selected stakeholder</source>
        <translation>Altera o ator selecionado</translation>
    </message>
    <message>
        <source>Record a meeting, call or e-mail with the selected stakeholder</source>
        <translation>Registra uma reunião, ligação ou e-mail com o ator selecionado</translation>
    </message>
    <message>
        <source>Hide the selected stakeholders from the list, keeping their history</source>
        <translation>Oculta os atores selecionados da lista, mantendo seu histórico</translation>
    </message>
    <message>
        <source>Bring the selected archived stakeholders back</source>
        <translation>Recupera os atores arquivados selecionados</translation>
    </message>
    <message>
        <source>Delete the selected stakeholders (Undo brings them back)</source>
        <translation>Exclui os atores selecionados (Desfazer os recupera)</translation>
    </message>
    <message>
        <source>Join the selected duplicates into one stakeholder</source>
        <translation>Junta os duplicados selecionados em um só ator</translation>
    </message>
    <message>
        <source>Take back the last change to the register</source>
        <translation>Desfaz a última alteração no cadastro</translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation>Refaz a alteração desfeita</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>New {name}</source>
        <translation>Novo: {name}</translation>
    </message>
    <message>
        <source>Stakeholder saved.</source>
        <translation>Ator salvo.</translation>
    </message>
    <message>
        <source>Interaction saved.</source>
        <translation>Interação salva.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln stakeholders</source>
        <translation>
            <numerusform>Mesclar %Ln ator</numerusform>
            <numerusform>Mesclar %Ln atores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders merged into one.</source>
        <translation>
            <numerusform>%Ln ator mesclado em um só.</numerusform>
            <numerusform>%Ln atores mesclados em um só.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interactions moved.</source>
        <translation>
            <numerusform>%Ln interação movida.</numerusform>
            <numerusform>%Ln interações movidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Follow-up Done</source>
        <translation>Marcar acompanhamento como concluído</translation>
    </message>
    <message>
        <source>Follow-up marked done.</source>
        <translation>Acompanhamento marcado como concluído.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders archived. Show them with “Show archived”.</source>
        <translation>
            <numerusform>%Ln ator arquivado. Mostre-o com “Mostrar arquivados”.</numerusform>
            <numerusform>%Ln atores arquivados. Mostre-os com “Mostrar arquivados”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders restored from the archive.</source>
        <translation>
            <numerusform>%Ln ator recuperado do arquivo.</numerusform>
            <numerusform>%Ln atores recuperados do arquivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %Ln stakeholders</source>
        <translation>
            <numerusform>Arquivar %Ln ator</numerusform>
            <numerusform>Arquivar %Ln atores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln stakeholders from the archive</source>
        <translation>
            <numerusform>Recuperar do arquivo %Ln ator</numerusform>
            <numerusform>Recuperar do arquivo %Ln atores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted. Undo with {keys}.</source>
        <translation>
            <numerusform>%Ln ator excluído. Desfaça com {keys}.</numerusform>
            <numerusform>%Ln atores excluídos. Desfaça com {keys}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln stakeholders</source>
        <translation>
            <numerusform>Excluir %Ln ator</numerusform>
            <numerusform>Excluir %Ln atores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders restored.</source>
        <translation>
            <numerusform>%Ln ator restaurado.</numerusform>
            <numerusform>%Ln atores restaurados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted.</source>
        <translation>
            <numerusform>%Ln ator excluído.</numerusform>
            <numerusform>%Ln atores excluídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Desfeito: {change}</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>Refeito: {change}</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Atores</translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>Edit stakeholder</source>
        <translation>Editar ator</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nova pessoa</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nova organização</translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation>O&amp;rganização</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Pessoa</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>S&amp;hareable: may go into exchange bundles for peer cities (personal data only if you include it)</source>
        <translation>Compartil&amp;hável: pode entrar nos pacotes de intercâmbio com cidades pares (dados pessoais só se você os incluir)</translation>
    </message>
    <message>
        <source>This record is:</source>
        <translation>Este registro é:</translation>
    </message>
    <message>
        <source>You changed this stakeholder. Discard the changes?</source>
        <translation>Você alterou este ator. Descartar as alterações?</translation>
    </message>
</context>
<context>
    <name>StakeholderExport</name>
    <message>
        <source>Export stakeholders</source>
        <translation>Exportar atores</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Arquivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Não é possível exportar</translation>
    </message>
    <message>
        <source>The file could not be written ({problem}): choose another folder or close the file if a spreadsheet has it open, then export again.</source>
        <translation>Não foi possível gravar o arquivo ({problem}): escolha outra pasta, ou feche o arquivo se ele estiver aberto em um programa de planilhas, e exporte novamente.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders exported to {file}.</source>
        <translation>
            <numerusform>%Ln ator exportado para {file}.</numerusform>
            <numerusform>%Ln atores exportados para {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data included for {included}; left out for {withheld} without recorded consent.</source>
        <translation>Dados pessoais incluídos para {included}; omitidos para {withheld} sem consentimento registrado.</translation>
    </message>
</context>
<context>
    <name>StakeholderFilterBar</name>
    <message>
        <source>Search names, places, descriptions, tags (Ctrl+F)</source>
        <translation>Buscar nomes, lugares, descrições, etiquetas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search stakeholders</source>
        <translation>Buscar atores</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas as etapas</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Bairro</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Organisations or people</source>
        <translation>Organizações ou pessoas</translation>
    </message>
    <message>
        <source>Organisations and people</source>
        <translation>Organizações e pessoas</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requer atenção</translation>
    </message>
    <message>
        <source>Any dates</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Acompanhamentos em atraso</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisão pendente</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Mostrar a&amp;rquivados</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Limpar filtros</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>Show every stakeholder again</source>
        <translation>Mostra de novo todos os atores</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos os temas</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Todos os setores</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Todos os bairros</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos os responsáveis</translation>
    </message>
</context>
<context>
    <name>StakeholderImport</name>
    <message>
        <source>Import stakeholders</source>
        <translation>Importar atores</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods *.xls *.txt *.tsv)</source>
        <translation>Planilhas (*.csv *.xlsx *.ods *.xls *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Não é possível importar este arquivo</translation>
    </message>
</context>
<context>
    <name>StakeholderMap</name>
    <message>
        <source>Stakeholders by influence and interest</source>
        <translation>Atores por influência e interesse</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>No stakeholder matches these filters.</source>
        <translation>Nenhum ator corresponde a esses filtros.</translation>
    </message>
    <message>
        <source>No stakeholders yet.</source>
        <translation>Ainda não há atores.</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Manter satisfeitos</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Gerenciar de perto</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitorar</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Manter informados</translation>
    </message>
    <message>
        <source>Interest (low → high)</source>
        <translation>Interesse (baixo → alto)</translation>
    </message>
    <message>
        <source>Influence (low → high)</source>
        <translation>Influência (baixa → alta)</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Etapa de colaboração</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Dots for an even sample of {shown} of {placed}; the number in each cell counts all.</source>
        <translation>Pontos de uma amostra uniforme de {shown} dos {placed}; o número em cada célula conta todos.</translation>
    </message>
</context>
<context>
    <name>StakeholderMapView</name>
    <message>
        <source>&amp;Copy Picture</source>
        <translation>&amp;Copiar imagem</translation>
    </message>
    <message>
        <source>Copy the map to paste it into a slide or document</source>
        <translation>Copiar o mapa para colá-lo em um slide ou documento</translation>
    </message>
    <message>
        <source>Save &amp;Picture…</source>
        <translation>Salvar &amp;imagem…</translation>
    </message>
    <message>
        <source>Save the map as a PNG picture</source>
        <translation>Salva o mapa como imagem PNG</translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation>Salvar o mapa como imagem</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be saved to {file}: {reason}. Choose another folder or name.</source>
        <translation>Não foi possível salvar a imagem em {file}: {reason}. Escolha outra pasta ou outro nome.</translation>
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
        <translation>Etapa</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Bairro</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contato</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influência</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Compartilhável</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>{value} (archived)</source>
        <translation>{value} (arquivado)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(atrasado)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
</context>
<context>
    <name>StakeholderView</name>
    <message>
        <source>Stakeholder details</source>
        <translation>Detalhes do ator</translation>
    </message>
    <message>
        <source>Select a stakeholder to see the details.</source>
        <translation>Selecione um ator para ver os detalhes.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change this stakeholder</source>
        <translation>Altera este ator</translation>
    </message>
    <message>
        <source>Add &amp;interaction…</source>
        <translation>Adicionar &amp;interação…</translation>
    </message>
    <message>
        <source>Record a meeting, call or e-mail with this stakeholder</source>
        <translation>Registra uma reunião, ligação ou e-mail com este ator</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arquivado</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organização:</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>Setores:</translation>
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
        <translation>Bairro:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsável:</translation>
    </message>
    <message>
        <source>Influence / interest / trust:</source>
        <translation>Influência / interesse / confiança:</translation>
    </message>
    <message>
        <source>Next contact:</source>
        <translation>Próximo contato:</translation>
    </message>
    <message>
        <source>Review due:</source>
        <translation>Revisão prevista:</translation>
    </message>
    <message>
        <source>Shareable with peers:</source>
        <translation>Compartilhável com cidades pares:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>People ({count}):</source>
        <translation>Pessoas ({count}):</translation>
    </message>
    <message>
        <source>People of this organisation</source>
        <translation>Pessoas desta organização</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dados pessoais</translation>
    </message>
    <message>
        <source>Consent recorded on {date} ({source}).</source>
        <translation>Consentimento registrado em {date} ({source}).</translation>
    </message>
    <message>
        <source>No consent recorded: this stays on this computer.</source>
        <translation>Nenhum consentimento registrado: estes dados ficam neste computador.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interações</translation>
    </message>
    <message>
        <source>No interactions recorded.</source>
        <translation>Nenhuma interação registrada.</translation>
    </message>
    <message>
        <source>Follow-up overdue since {date}</source>
        <translation>Acompanhamento em atraso desde {date}</translation>
    </message>
    <message>
        <source>Follow-up: {date}</source>
        <translation>Acompanhamento: {date}</translation>
    </message>
    <message>
        <source>Mark follow-up &amp;done</source>
        <translation>Marcar acompanhamento como &amp;concluído</translation>
    </message>
    <message>
        <source>The follow-up of the selected interaction was done</source>
        <translation>O acompanhamento da interação selecionada foi feito</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>Stakeholders</source>
        <translation>Atores</translation>
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
        <translation>Lista ou mapa</translation>
    </message>
    <message>
        <source>Show List or &amp;Map</source>
        <translation>Mostrar lista ou &amp;mapa</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Switch between the list and the influence and interest map</source>
        <translation>Alterna entre a lista e o mapa de influência e interesse</translation>
    </message>
    <message>
        <source>No stakeholders yet. Import your list with File › Import Stakeholders (Ctrl+I).</source>
        <translation>Ainda não há atores. Importe sua lista em Arquivo › Importar atores (Ctrl+I).</translation>
    </message>
    <message>
        <source>No stakeholder matches these filters.</source>
        <translation>Nenhum ator corresponde a esses filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln ator</numerusform>
            <numerusform>%Ln atores</numerusform>
        </translation>
    </message>
    <message>
        <source>Stakeholder saved. The filters hide it from the list: Clear Filters shows it.</source>
        <translation>Ator salvo. Os filtros o ocultam da lista: Limpar filtros o mostra.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Your data was updated for this version of RRR Desktop. A copy of it as it was is kept in {folder}.</source>
        <translation>Seus dados foram atualizados para esta versão do RRR Desktop. Uma cópia dos dados anteriores está guardada em {folder}.</translation>
    </message>
    <message>
        <source>City not saved</source>
        <translation>Cidade não salva</translation>
    </message>
    <message>
        <source>RRR Desktop could not open your data: {problem}

Details are in {log}.</source>
        <translation>O RRR Desktop não conseguiu abrir seus dados: {problem}

Os detalhes estão em {log}.</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>Não é possível abrir seus dados</translation>
    </message>
</context>
<context>
    <name>StatusMessages</name>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>The messages shown here since {app} started</source>
        <translation>As mensagens mostradas aqui desde que o {app} foi aberto</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <source>#</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message numerus="yes">
        <source>⚠ This city&apos;s data is %Ln months old: ask the city for a new bundle before relying on it.</source>
        <translation>
            <numerusform>⚠ Os dados desta cidade têm %Ln mês: peça a ela um pacote novo antes de confiar neles.</numerusform>
            <numerusform>⚠ Os dados desta cidade têm %Ln meses: peça a ela um pacote novo antes de confiar neles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculta</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fixada</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseTab</name>
    <message>
        <source>&amp;Work in the team&apos;s shared database</source>
        <translation>&amp;Trabalhar no banco de dados compartilhado da equipe</translation>
    </message>
    <message>
        <source>Off: the register is the file in this computer&apos;s data folder</source>
        <translation>Desligado: o cadastro é o arquivo da pasta de dados deste computador</translation>
    </message>
    <message>
        <source>The server&apos;s name or address, from your IT staff</source>
        <translation>O nome ou o endereço do servidor, informado pela equipe de TI</translation>
    </message>
    <message>
        <source>your computer&apos;s user name</source>
        <translation>seu nome de usuário neste computador</translation>
    </message>
    <message>
        <source>Encrypted (required)</source>
        <translation>Criptografada (obrigatório)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Criptografada, com o certificado do servidor verificado</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Criptografada se o servidor oferecer</translation>
    </message>
    <message>
        <source>Not encrypted (this computer only)</source>
        <translation>Sem criptografia (somente neste computador)</translation>
    </message>
    <message>
        <source>Needed only when your computer&apos;s PostgreSQL password file or PGPASSWORD gives none</source>
        <translation>Só é necessária se o arquivo de senhas do PostgreSQL do seu computador ou PGPASSWORD não fornecerem nenhuma</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Testar a &amp;conexão</translation>
    </message>
    <message>
        <source>A password in your computer&apos;s PostgreSQL password file (pgpass) or PGPASSWORD comes first; the one typed here is never written into these settings. The team database is used from the next start.</source>
        <translation>Uma senha do arquivo de senhas do PostgreSQL do seu computador (pgpass) ou de PGPASSWORD tem prioridade; a digitada aqui nunca é gravada nestas configurações. O banco de dados da equipe é usado a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Cr&amp;iptografia:</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>remembered on this computer</source>
        <translation>lembrada neste computador</translation>
    </message>
    <message>
        <source>Type the server&apos;s name first.</source>
        <translation>Digite primeiro o nome do servidor.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>The database is empty: it is made ready at the next start.</source>
        <translation>O banco de dados está vazio: ele será preparado na próxima inicialização.</translation>
    </message>
    <message>
        <source>Your role may read the register but not change it.</source>
        <translation>Seu perfil pode ler o cadastro, mas não alterá-lo.</translation>
    </message>
    <message>
        <source>The register is there and your role may change it.</source>
        <translation>O cadastro está lá e seu perfil pode alterá-lo.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}. {state}</source>
        <translation>Conectado ao PostgreSQL {version}. {state}</translation>
    </message>
</context>
<context>
    <name>TeamPassphraseDialog</name>
    <message>
        <source>Bundles from the team database {database} are signed with your city&apos;s one key. This is the team&apos;s first bundle: choose the passphrase that will protect the key, and give it to your colleagues; they type it when they export.</source>
        <translation>Os pacotes do banco de dados da equipe {database} são assinados com a chave única da sua cidade. Este é o primeiro pacote da equipe: escolha a frase secreta que protegerá a chave e passe-a aos seus colegas; eles a digitam ao exportar.</translation>
    </message>
    <message>
        <source>Bundles from the team database {database} are signed with your city&apos;s one key, kept there protected by the team&apos;s passphrase. Type the passphrase (ask a colleague if you do not know it).</source>
        <translation>Os pacotes do banco de dados da equipe {database} são assinados com a chave única da sua cidade, guardada lá e protegida pela frase secreta da equipe. Digite a frase secreta (peça-a a um colega se você não a souber).</translation>
    </message>
    <message>
        <source>Team Passphrase</source>
        <translation>Frase secreta da equipe</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Outra vez:</translation>
    </message>
</context>
<context>
    <name>TeamPasswordDialog</name>
    <message>
        <source>Team Database Password</source>
        <translation>Senha do banco de dados da equipe</translation>
    </message>
    <message>
        <source>The team database {database} asks for your password.</source>
        <translation>O banco de dados da equipe {database} pede sua senha.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
</context>
<context>
    <name>TextLanguageBar</name>
    <message>
        <source>Language of the texts shown</source>
        <translation>Idioma dos textos exibidos</translation>
    </message>
    <message>
        <source>Write the summary, contact office, notes and practices in another language: peers read the profile in their own language when it is written in it.</source>
        <translation>Escreva o resumo, o órgão de contato, as notas e as práticas em outro idioma: as cidades pares leem o perfil no próprio idioma quando ele está escrito nele.</translation>
    </message>
    <message>
        <source>Te&amp;xts in:</source>
        <translation>Te&amp;xtos em:</translation>
    </message>
    <message>
        <source>{language} — {state}</source>
        <translation>{language} — {state}</translation>
    </message>
    <message>
        <source>{language} is the language these texts were first written in. Choose another language to write them in it too.</source>
        <translation>{language} é o idioma em que estes textos foram escritos primeiro. Escolha outro idioma para escrevê-los também nele.</translation>
    </message>
    <message>
        <source>Every text is written in {language} too.</source>
        <translation>Todos os textos estão escritos também em {language}.</translation>
    </message>
    <message>
        <source>{missing} of {total} texts are not written in {language} yet: each empty field shows the original as a hint. Peers reading {language} see the original there.</source>
        <translation>Textos ainda não escritos em {language}: {missing} de {total}. Cada campo vazio mostra o original como sugestão; quem lê em {language} vê o original ali.</translation>
    </message>
    <message>
        <source>Nothing is written in {language} yet: each empty field shows the original as a hint. Peers reading {language} see the original.</source>
        <translation>Ainda não há nada escrito em {language}: cada campo vazio mostra o original como sugestão. Quem lê em {language} vê o original.</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>não escrito</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>{missing} of {total} missing</source>
        <translation>pendentes: {missing} de {total}</translation>
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
        <translation>{list}: temas em nossas próprias palavras</translation>
    </message>
    <message>
        <source>Topic in our own words</source>
        <translation>Tema em nossas próprias palavras</translation>
    </message>
    <message>
        <source>In our own words</source>
        <translation>Em nossas próprias palavras</translation>
    </message>
    <message>
        <source>Type a topic or a synonym</source>
        <translation>Digite um tema ou um sinônimo</translation>
    </message>
    <message>
        <source>{list}: topic to add</source>
        <translation>{list}: tema a adicionar</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Adicionar tema</translation>
    </message>
    <message>
        <source>{list}: add topic</source>
        <translation>{list}: adicionar tema</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>{list}: remove selected topics</source>
        <translation>{list}: remover os temas selecionados</translation>
    </message>
    <message>
        <source>Add in our own words</source>
        <translation>Adicionar em nossas palavras</translation>
    </message>
    <message>
        <source>{list}: add a topic in our own words</source>
        <translation>{list}: adicionar um tema em nossas próprias palavras</translation>
    </message>
    <message>
        <source>For a topic the shared vocabulary does not have. Peers read it, but matching uses only vocabulary topics.</source>
        <translation>Para um tema que não existe no vocabulário comum. As cidades pares podem lê-lo, mas a busca de correspondências usa apenas os temas do vocabulário.</translation>
    </message>
    <message>
        <source>{list}: remove selected own-words topics</source>
        <translation>{list}: remover os temas selecionados em palavras próprias</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Refazer “{change}”</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Desfazer “{change}”</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
</context>
<context>
    <name>UnsavedWork</name>
    <message>
        <source>Everything is saved: RRR Desktop saves your changes as you make them.</source>
        <translation>Tudo está salvo: o RRR Desktop salva suas alterações à medida que você as faz.</translation>
    </message>
    <message>
        <source>Saving the profile…</source>
        <translation>Salvando o perfil…</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Perfil salvo.</translation>
    </message>
    <message>
        <source>The profile is not saved: the Profile page says why.</source>
        <translation>O perfil não foi salvo: a página Perfil diz por quê.</translation>
    </message>
    <message>
        <source>The profile could not be saved, nor kept for the next start: {reason}

Your text is still on the Profile page. Keep RRR Desktop open and free some disk space, or close and lose the unsaved changes.</source>
        <translation>Não foi possível salvar o perfil nem guardá-lo para a próxima vez que o programa for aberto: {reason}

Seu texto continua na página Perfil. Mantenha o RRR Desktop aberto e libere espaço em disco, ou feche e perca as alterações não salvas.</translation>
    </message>
    <message>
        <source>{problem}

Keep RRR Desktop open, or close and lose what is not kept.</source>
        <translation>{problem}

Mantenha o RRR Desktop aberto, ou feche e perca o que não foi guardado.</translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation>&amp;Manter aberto</translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation>&amp;Fechar mesmo assim</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>They &amp;teach what you want</source>
        <translation>A cidade par &amp;ensina o que vocês buscam</translation>
    </message>
    <message>
        <source>You teach what they &amp;want</source>
        <translation>Vocês ensinam o que a cidade par &amp;busca</translation>
    </message>
    <message>
        <source>Two-way e&amp;xchange</source>
        <translation>Intercâmbio de mão &amp;dupla</translation>
    </message>
    <message>
        <source>&amp;Maturity gap</source>
        <translation>Diferença de &amp;maturidade</translation>
    </message>
    <message>
        <source>Re&amp;lated topics</source>
        <translation>Temas re&amp;lacionados</translation>
    </message>
    <message>
        <source>&amp;Shared challenges</source>
        <translation>Desafios &amp;compartilhados</translation>
    </message>
    <message>
        <source>&amp;Own-words matches</source>
        <translation>Correspondências em p&amp;alavras próprias</translation>
    </message>
    <message>
        <source>Points per topic you want to learn that they offer.</source>
        <translation>Pontos por tema que vocês querem aprender e a cidade par oferece.</translation>
    </message>
    <message>
        <source>Points per topic they want to learn that you offer.</source>
        <translation>Pontos por tema que a cidade par quer aprender e vocês oferecem.</translation>
    </message>
    <message>
        <source>Points once, when the exchange goes both ways.</source>
        <translation>Pontos dados uma única vez, quando o intercâmbio é de mão dupla.</translation>
    </message>
    <message>
        <source>Times the teacher&apos;s lead in self-assessed maturity, out of 10.</source>
        <translation>Multiplica a vantagem de quem ensina na maturidade autoavaliada (escala de 0 a 10).</translation>
    </message>
    <message>
        <source>Share of a direct match for a related topic (0.25 = a quarter).</source>
        <translation>Quanto vale um tema relacionado, como fração de uma correspondência direta (0,25 = um quarto).</translation>
    </message>
    <message>
        <source>Points per challenge or wish you both have.</source>
        <translation>Pontos por desafio ou interesse que as duas cidades têm em comum.</translation>
    </message>
    <message>
        <source>Share of a direct match for topics in own words that match.</source>
        <translation>Quanto valem temas em palavras próprias que coincidem, como fração de uma correspondência direta.</translation>
    </message>
    <message>
        <source>Weights: how much each reason counts</source>
        <translation>Pesos: quanto conta cada motivo</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>Restaurar os &amp;valores padrão</translation>
    </message>
    <message>
        <source>Reset the weights to their defaults</source>
        <translation>Restaurar os valores padrão dos pesos</translation>
    </message>
    <message>
        <source>{description} Default: {default}.</source>
        <translation>{description} Padrão: {default}.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>The messages of the status bar since the window opened, whole</source>
        <translation>As mensagens da barra de status desde que a janela foi aberta, por inteiro</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save what you are editing now (changes are also saved as you go)</source>
        <translation>Salvar agora o que você está editando (as alterações também são salvas à medida que você avança)</translation>
    </message>
    <message>
        <source>&amp;Import Stakeholders…</source>
        <translation>I&amp;mportar atores…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Stakeholders…</source>
        <translation>E&amp;xportar atores…</translation>
    </message>
    <message>
        <source>Save the register, as filtered, to a spreadsheet</source>
        <translation>Salva o cadastro, como está filtrado, em uma planilha</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Undo Last Import…</source>
        <translation>Des&amp;fazer última importação…</translation>
    </message>
    <message>
        <source>Take back the stakeholders the last import added or changed</source>
        <translation>Desfaz as inclusões e alterações de atores da última importação</translation>
    </message>
    <message>
        <source>&amp;Print Brief…</source>
        <translation>&amp;Imprimir nota…</translation>
    </message>
    <message>
        <source>Print the brief shown on the Briefs page</source>
        <translation>Imprime a nota mostrada na página Notas informativas</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Abrir pasta de &amp;dados</translation>
    </message>
    <message>
        <source>Show the folder where RRR Desktop keeps your data</source>
        <translation>Mostra a pasta onde o RRR Desktop guarda seus dados</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fechar janela</translation>
    </message>
    <message>
        <source>Close the window and quit</source>
        <translation>Fecha a janela e sai</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>Quit RRR Desktop</source>
        <translation>Sai do RRR Desktop</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferências…</translation>
    </message>
    <message>
        <source>Language, paper size, export folder, peer data age</source>
        <translation>Idioma, tamanho do papel, pasta de exportação, idade dos dados das cidades pares</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Stakeholders</source>
        <translation>A&amp;tores</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Recent Messages…</source>
        <translation>Mensagens &amp;recentes…</translation>
    </message>
    <message>
        <source>Add organisations from a spreadsheet ({formats})</source>
        <translation>Adiciona organizações a partir de uma planilha ({formats})</translation>
    </message>
    <message>
        <source>Stakeholder &amp;Columns</source>
        <translation>&amp;Colunas de atores</translation>
    </message>
    <message>
        <source>Show the page {page}</source>
        <translation>Mostra a página {page}</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Put the cursor in this page&apos;s search box</source>
        <translation>Coloca o cursor na caixa de pesquisa desta página</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <source>How to do each task, for the page you are on</source>
        <translation>Como fazer cada tarefa, para a página em que você está</translation>
    </message>
    <message>
        <source>Keyboard S&amp;hortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>The keys of every menu command</source>
        <translation>As teclas de cada comando dos menus</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>Carregar dados de &amp;exemplo</translation>
    </message>
    <message>
        <source>Add made-up stakeholders to try RRR Desktop</source>
        <translation>Adiciona atores fictícios para experimentar o RRR Desktop</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir pasta de &amp;logs</translation>
    </message>
    <message>
        <source>Show the log files to send to support</source>
        <translation>Mostra os arquivos de log a enviar ao suporte</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>S&amp;obre o {app}</translation>
    </message>
    <message>
        <source>Version, data folder and licence</source>
        <translation>Versão, pasta de dados e licença</translation>
    </message>
</context>
<context>
    <name>WorkingGroupsPage</name>
    <message>
        <source>Working groups</source>
        <translation>Grupos de trabalho</translation>
    </message>
    <message>
        <source>Find a group, city or stage</source>
        <translation>Buscar um grupo, cidade ou fase</translation>
    </message>
    <message>
        <source>Find working groups</source>
        <translation>Buscar grupos de trabalho</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Novo grupo…</translation>
    </message>
    <message>
        <source>Start a working group of our city and peer cities</source>
        <translation>Criar um grupo de trabalho da nossa cidade e cidades pares</translation>
    </message>
    <message>
        <source>New Working Group</source>
        <translation>Novo grupo de trabalho</translation>
    </message>
    <message>
        <source>Edit Working Group</source>
        <translation>Editar grupo de trabalho</translation>
    </message>
    <message>
        <source>Delete Working Group</source>
        <translation>Excluir grupo de trabalho</translation>
    </message>
    <message>
        <source>Delete the working group “{name}” with its meetings, actions and notes? The cities stay. Edit › Undo brings the group back.</source>
        <translation>Excluir o grupo de trabalho “{name}” com suas reuniões, ações e notas? As cidades ficam. Editar › Desfazer recupera o grupo.</translation>
    </message>
    <message>
        <source>&amp;Delete Group</source>
        <translation>&amp;Excluir grupo</translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation>Editar reunião</translation>
    </message>
    <message>
        <source>Plan Meeting</source>
        <translation>Marcar reunião</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>Editar ação</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Adicionar ação</translation>
    </message>
    <message>
        <source>Our Note on the Group</source>
        <translation>Nossa nota sobre o grupo</translation>
    </message>
    <message>
        <source>What our city wants the other members to know:</source>
        <translation>O que nossa cidade quer que os outros membros saibam:</translation>
    </message>
    <message>
        <source>Edit Our Note</source>
        <translation>Editar nossa nota</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sem alterações</translation>
    </message>
</context>
<context>
    <name>_ContentPage</name>
    <message>
        <source>What to Share</source>
        <translation>O que compartilhar</translation>
    </message>
    <message>
        <source>Choose what goes into the bundle. Interactions with stakeholders are never shared.</source>
        <translation>Escolha o que vai no pacote. As interações com atores nunca são compartilhadas.</translation>
    </message>
    <message>
        <source>Our city&apos;s &amp;profile (summary, languages, topics)</source>
        <translation>Per&amp;fil da nossa cidade (resumo, idiomas, temas)</translation>
    </message>
    <message>
        <source>Our p&amp;ractices</source>
        <translation>Nossas p&amp;ráticas</translation>
    </message>
    <message>
        <source>Our &amp;self-assessment</source>
        <translation>Nossa &amp;autoavaliação</translation>
    </message>
    <message>
        <source>Stakeholders marked &amp;shareable</source>
        <translation>Atores marcados como &amp;compartilháveis</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln prática</numerusform>
            <numerusform>%Ln práticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-assessed topics</source>
        <translation>
            <numerusform>%Ln tema autoavaliado</numerusform>
            <numerusform>%Ln temas autoavaliados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln ator</numerusform>
            <numerusform>%Ln atores</numerusform>
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
            <numerusform>%Ln elemento de grupos de trabalho (grupo, reunião, ação ou nota)</numerusform>
            <numerusform>%Ln elementos de grupos de trabalho (grupos, reuniões, ações, notas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders have an email address or phone number in their description.</source>
        <translation>
            <numerusform>%Ln ator tem um e-mail ou telefone na descrição.</numerusform>
            <numerusform>%Ln atores têm um e-mail ou telefone na descrição.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Bundle Written</source>
        <translation>Pacote gravado</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar na &amp;pasta</translation>
    </message>
    <message>
        <source>&amp;Email It</source>
        <translation>Enviar por &amp;e-mail</translation>
    </message>
    <message>
        <source>Writing the Bundle</source>
        <translation>Gravando o pacote</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Gravando o pacote…</translation>
    </message>
    <message>
        <source>Bundle Not Written</source>
        <translation>Pacote não gravado</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <source>Where to Save</source>
        <translation>Onde salvar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Arquivo do pacote</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Proc&amp;urar…</translation>
    </message>
    <message>
        <source>Save Bundle</source>
        <translation>Salvar pacote</translation>
    </message>
    <message>
        <source>RRR bundles (*.rrrbundle)</source>
        <translation>Pacotes RRR (*.rrrbundle)</translation>
    </message>
</context>
<context>
    <name>_GroupCounts</name>
    <message numerus="yes">
        <source>%Ln working groups, with their meetings and actions</source>
        <translation>
            <numerusform>%Ln grupo de trabalho, com suas reuniões e ações</numerusform>
            <numerusform>%Ln grupos de trabalho, com suas reuniões e ações</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_MapCounts</name>
    <message numerus="yes">
        <source>%Ln not placed: influence or interest not set</source>
        <translation>
            <numerusform>%Ln sem posição: influência ou interesse não definido</numerusform>
            <numerusform>%Ln sem posição: influência ou interesse não definido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{placed} of %Ln stakeholders placed · {day}</source>
        <translation>
            <numerusform>{placed} de %Ln ator situados · {day}</numerusform>
            <numerusform>{placed} de %Ln atores situados · {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_PeerCount</name>
    <message numerus="yes">
        <source>%Ln peer cities, best first</source>
        <translation>
            <numerusform>%Ln cidade par</numerusform>
            <numerusform>%Ln cidades pares, as melhores primeiro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln peer cities, none with anything in common with yours yet</source>
        <translation>
            <numerusform>%Ln cidade par, ainda sem nada em comum com a sua</numerusform>
            <numerusform>%Ln cidades pares, nenhuma ainda com algo em comum com a sua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln peer cities:</source>
        <translation>
            <numerusform>%Ln cidade par:</numerusform>
            <numerusform>%Ln cidades pares:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with something in common, best first,</source>
        <translation>
            <numerusform>%Ln com algo em comum,</numerusform>
            <numerusform>%Ln com algo em comum, as melhores primeiro,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>then %Ln with nothing in common yet.</source>
        <translation>
            <numerusform>depois %Ln ainda sem nada em comum.</numerusform>
            <numerusform>depois %Ln ainda sem nada em comum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Incluir dados pessoais</translation>
    </message>
    <message>
        <source>Send the emails and phone numbers written in our profile, practices and working groups</source>
        <translation>Enviar os e-mails e telefones escritos no nosso perfil, práticas e grupos de trabalho</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln prática</numerusform>
            <numerusform>%Ln práticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-assessed topics</source>
        <translation>
            <numerusform>%Ln tema autoavaliado</numerusform>
            <numerusform>%Ln temas autoavaliados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln ator</numerusform>
            <numerusform>%Ln atores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawals of records shared before</source>
        <translation>
            <numerusform>%Ln retirada de um registro compartilhado antes</numerusform>
            <numerusform>%Ln retiradas de registros compartilhados antes</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle will hold: {contents}.</source>
        <translation>O pacote conterá: {contents}.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Include contact person, email and phone of the %Ln stakeholders whose consent is recorded</source>
        <translation>
            <numerusform>&amp;Incluir pessoa de contato, e-mail e telefone do %Ln ator com consentimento registrado</numerusform>
            <numerusform>&amp;Incluir pessoa de contato, e-mail e telefone dos %Ln atores com consentimento registrado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shared stakeholders have personal data; it is left out unless you tick the box, and it is never sent without recorded consent.</source>
        <translation>
            <numerusform>%Ln ator compartilhado tem dados pessoais; eles ficam de fora a menos que você marque a caixa e nunca são enviados sem consentimento registrado.</numerusform>
            <numerusform>%Ln atores compartilhados têm dados pessoais; eles ficam de fora a menos que você marque a caixa e nunca são enviados sem consentimento registrado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them have an email address or phone number written in their description: those are left out of the description the same way.</source>
        <translation>
            <numerusform>%Ln deles tem um e-mail ou telefone escrito na descrição: fica de fora da descrição da mesma forma.</numerusform>
            <numerusform>%Ln deles têm um e-mail ou telefone escrito na descrição: ficam de fora da descrição da mesma forma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the emails and phone numbers written in %Ln texts of our profile, practices and working groups (left out otherwise, shown as [✉] and [☎])</source>
        <translation>
            <numerusform>Enviar os e-mails e telefones escritos em %Ln texto do nosso perfil, práticas e grupos de trabalho (caso contrário ficam de fora, vistos como [✉] e [☎])</numerusform>
            <numerusform>Enviar os e-mails e telefones escritos em %Ln textos do nosso perfil, práticas e grupos de trabalho (caso contrário ficam de fora, vistos como [✉] e [☎])</numerusform>
        </translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>o perfil</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>sem perfil</translation>
    </message>
</context>
<context>
    <name>briefs</name>
    <message>
        <source>Purpose</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Profile in short</source>
        <translation>Perfil resumido</translation>
    </message>
    <message>
        <source>What we offer and want to learn</source>
        <translation>O que oferecemos e queremos aprender</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>Situação atual</translation>
    </message>
    <message>
        <source>Stakeholders by kind and stage</source>
        <translation>Atores por tipo e etapa</translation>
    </message>
    <message>
        <source>Influence and interest map</source>
        <translation>Mapa de influência e interesse</translation>
    </message>
    <message>
        <source>Key stakeholders</source>
        <translation>Atores-chave</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Acompanhamentos em atraso</translation>
    </message>
    <message>
        <source>Suggested peer cities</source>
        <translation>Cidades pares sugeridas</translation>
    </message>
    <message>
        <source>Our working groups</source>
        <translation>Nossos grupos de trabalho</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Intercâmbios</translation>
    </message>
    <message>
        <source>Considerations</source>
        <translation>Considerações</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendação</translation>
    </message>
    <message>
        <source>What we can learn from them</source>
        <translation>O que podemos aprender com a cidade par</translation>
    </message>
    <message>
        <source>What we can offer them</source>
        <translation>O que podemos oferecer à cidade par</translation>
    </message>
    <message>
        <source>Their practices</source>
        <translation>Práticas da cidade par</translation>
    </message>
    <message>
        <source>Shared stakeholders</source>
        <translation>Atores compartilhados</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Perguntas em aberto</translation>
    </message>
    <message>
        <source>Purpose and stage</source>
        <translation>Objetivo e fase</translation>
    </message>
    <message>
        <source>Members and what each brings</source>
        <translation>Membros e o que cada um traz</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Decisions so far</source>
        <translation>Decisões até agora</translation>
    </message>
    <message>
        <source>Open actions by city</source>
        <translation>Ações em aberto por cidade</translation>
    </message>
    <message>
        <source>Changes since the last meeting</source>
        <translation>Alterações desde a última reunião</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>UUID (from this app&apos;s export)</source>
        <translation>UUID (de uma exportação deste aplicativo)</translation>
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
        <translation>Setores</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>Cidade ou localidade</translation>
    </message>
    <message>
        <source>Region (not kept)</source>
        <translation>Estado ou província (não é salvo)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Bairro</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Pessoa de contato</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
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
        <translation>Etapa de colaboração</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Responsável pelo relacionamento</translation>
    </message>
    <message>
        <source>Influence (1-5)</source>
        <translation>Influência (1-5)</translation>
    </message>
    <message>
        <source>Interest (1-5)</source>
        <translation>Interesse (1-5)</translation>
    </message>
    <message>
        <source>Trust (1-5)</source>
        <translation>Confiança (1-5)</translation>
    </message>
    <message>
        <source>Shareable with peers</source>
        <translation>Compartilhável com cidades pares</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivado</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Pessoa ou organização</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Organisation of the person</source>
        <translation>Organização da pessoa</translation>
    </message>
    <message>
        <source>Consent to be contacted (yes/no)</source>
        <translation>Consentimento para ser contatado (sim/não)</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data do consentimento</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Origem do consentimento</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Fill empty fields</source>
        <translation>Preencher campos vazios</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Not imported: {reason}.</source>
        <translation>Não importado: {reason}.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Last changed by {name} at {time}</source>
        <translation>Última alteração por {name} às {time}</translation>
    </message>
    <message>
        <source>Last changed by {name} on {date} at {time}</source>
        <translation>Última alteração por {name} em {date} às {time}</translation>
    </message>
    <message>
        <source>Last changed at {time}</source>
        <translation>Última alteração às {time}</translation>
    </message>
    <message>
        <source>Last changed on {date} at {time}</source>
        <translation>Última alteração em {date} às {time}</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mesmo e-mail</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>mesmo site</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mesmo nome</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nome parecido</translation>
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
        <translation>Organização</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Bairro</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation>Responsável pelo relacionamento</translation>
    </message>
    <message>
        <source>Collaboration stage</source>
        <translation>Etapa de colaboração</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influência</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Próximo contato</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisão prevista</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Compartilhável</translation>
    </message>
    <message>
        <source>ID in other systems</source>
        <translation>ID em outros sistemas</translation>
    </message>
    <message>
        <source>Personal data (contact, email, phone, consent)</source>
        <translation>Dados pessoais (contato, e-mail, telefone, consentimento)</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>RRR Desktop is already open with this data folder:
{folder}

Switch to the open window. Only one window at a time may use the same data, so that nothing you type is lost.</source>
        <translation>O RRR Desktop já está aberto com esta pasta de dados:
{folder}

Vá para a janela aberta. Só uma janela por vez pode usar os mesmos dados, para que nada do que você digitar se perca.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of RRR Desktop (data version {found}; this version reads up to {known}). Nothing was changed.

Install the latest version of RRR Desktop to open it.

Data file: {path}</source>
        <translation>Seus dados foram salvos por uma versão mais recente do RRR Desktop (versão dos dados {found}; esta versão lê até a {known}). Nada foi alterado.

Instale a versão mais recente do RRR Desktop para abri-los.

Arquivo de dados: {path}</translation>
    </message>
    <message>
        <source>The file {path} is not an RRR Desktop database, or it is damaged ({reason}). Nothing was changed.

Restore a copy from the backups folder ({backups}), or start RRR Desktop with another data folder.</source>
        <translation>O arquivo {path} não é um banco de dados do RRR Desktop ou está danificado ({reason}). Nada foi alterado.

Restaure uma cópia da pasta de backups ({backups}) ou inicie o RRR Desktop com outra pasta de dados.</translation>
    </message>
    <message>
        <source>RRR Desktop cannot use its data folder {folder}: {reason}.

Check that the disk is connected and that you may write there.</source>
        <translation>O RRR Desktop não pode usar sua pasta de dados {folder}: {reason}.

Verifique se o disco está conectado e se você tem permissão para gravar nele.</translation>
    </message>
</context>
</TS>
