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
    <name>CityProfileView</name>
    <message>
        <source>City profile</source>
        <translation>Perfil da cidade</translation>
    </message>
    <message>
        <source>Select a city to see its profile.</source>
        <translation>Selecione uma cidade para ver o perfil dela.</translation>
    </message>
    <message>
        <source>What we offer</source>
        <translation>O que oferecemos</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>O que a cidade oferece</translation>
    </message>
    <message>
        <source>What we want to learn</source>
        <translation>O que queremos aprender</translation>
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
        <source>Practices</source>
        <translation>Práticas</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nada registrado.</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>desde {year}</translation>
    </message>
    <message>
        <source>Topics: {topics}</source>
        <translation>Temas: {topics}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>Source: {source}, as of {date}</source>
        <translation>Fonte: {source}, atualizada em {date}</translation>
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
    <message>
        <source>{count} more errors happened since.</source>
        <translation>Mais {count} erros ocorreram desde então.</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalhes</translation>
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
        <translation>Para qual cidade você trabalha? Ela será a nossa cidade: o perfil e os dados que você mantém aqui são sobre ela. Todas as outras cidades são cidades pares com as quais você pode aprender e compartilhar.</translation>
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
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import stakeholders from {file}</source>
        <translation>Importar atores de {file}</translation>
    </message>
    <message>
        <source>Which column feeds which field</source>
        <translation>Qual coluna alimenta cada campo</translation>
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
        <source>Mark the new ones as shareable with peer cities</source>
        <translation>Marcar os novos como compartilháveis com cidades pares</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colunas:</translation>
    </message>
    <message>
        <source>Stakeholders already there:</source>
        <translation>Atores já cadastrados:</translation>
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
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Pasta de trabalho do Excel</translation>
    </message>
    <message>
        <source>{rows} rows ({encoding})</source>
        <translation>{rows} linhas ({encoding})</translation>
    </message>
    <message>
        <source>No column could be matched to a field.</source>
        <translation>Nenhuma coluna pôde ser associada a um campo.</translation>
    </message>
    <message>
        <source>Left out: {columns}</source>
        <translation>Ignoradas: {columns}</translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {skip} already there or repeated (skipped), {fail} with problems.</source>
        <translation>{add} a adicionar, {update} a atualizar, {skip} já cadastrados ou repetidos (ignorados), {fail} com problemas.</translation>
    </message>
    <message>
        <source>Row {number}: {problem}</source>
        <translation>Linha {number}: {problem}</translation>
    </message>
    <message>
        <source>… and {count} more rows with problems.</source>
        <translation>… e mais {count} linhas com problemas.</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
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
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Abrir pasta de &amp;dados</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>Carregar dados de &amp;exemplo</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir pasta de &amp;logs</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>S&amp;obre o {app}</translation>
    </message>
    <message>
        <source>Import finished: {added} added, {updated} updated, {skipped} skipped, {failed} with problems.</source>
        <translation>Importação concluída: {added} adicionados, {updated} atualizados, {skipped} ignorados, {failed} com problemas.</translation>
    </message>
    <message>
        <source>Rows to fix: {file}</source>
        <translation>Linhas a corrigir: {file}</translation>
    </message>
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
        <source>{count} stakeholders exported to {file}.</source>
        <translation>{count} atores exportados para {file}.</translation>
    </message>
    <message>
        <source>Sample data loaded: {count} stakeholders, each tagged “sample”.</source>
        <translation>Dados de exemplo carregados: {count} atores, todos com a etiqueta “sample”.</translation>
    </message>
    <message>
        <source>The file {file} could not be written: {reason}. Nothing was changed; choose another folder or name.</source>
        <translation>Não foi possível gravar o arquivo {file}: {reason}. Nada foi alterado; escolha outra pasta ou outro nome.</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Oferece</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Quer aprender</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>Search cities, countries or topics (Ctrl+F)</source>
        <translation>Buscar cidades, países ou temas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search peer cities</source>
        <translation>Buscar cidades pares</translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation>Cidades pares</translation>
    </message>
    <message>
        <source>No peer cities yet.</source>
        <translation>Ainda não há cidades pares.</translation>
    </message>
    <message>
        <source>No peer city matches “{search}”.</source>
        <translation>Nenhuma cidade par corresponde a “{search}”.</translation>
    </message>
    <message>
        <source>{count} peer cities</source>
        <translation>{count} cidades pares</translation>
    </message>
    <message>
        <source>{shown} of {total} peer cities</source>
        <translation>{shown} de {total} cidades pares</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
</context>
<context>
    <name>StakeholderImport</name>
    <message>
        <source>Import stakeholders</source>
        <translation>Importar atores</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv)</source>
        <translation>Planilhas (*.csv *.xlsx *.txt *.tsv)</translation>
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
        <translation>Região</translation>
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
        <source>(overdue)</source>
        <translation>(atrasado)</translation>
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
        <translation>Região:</translation>
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
        <source>Follow-up: {date}</source>
        <translation>Acompanhamento: {date}</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>Stakeholders</source>
        <translation>Atores</translation>
    </message>
    <message>
        <source>Search names, descriptions, tags (Ctrl+F)</source>
        <translation>Buscar nomes, descrições, etiquetas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search stakeholders</source>
        <translation>Buscar atores</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas as etapas</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Mostrar a&amp;rquivados</translation>
    </message>
    <message>
        <source>No stakeholders yet. Import your list with File › Import Stakeholders….</source>
        <translation>Ainda não há atores. Importe sua lista em Arquivo › Importar atores….</translation>
    </message>
    <message>
        <source>No stakeholder matches these filters.</source>
        <translation>Nenhum ator corresponde a esses filtros.</translation>
    </message>
    <message>
        <source>{count} stakeholders</source>
        <translation>{count} atores</translation>
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
    <name>labels</name>
    <message>
        <source>Award</source>
        <translation>Prêmio</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Financial mechanism</source>
        <translation>Mecanismo financeiro</translation>
    </message>
    <message>
        <source>Impact bond</source>
        <translation>Título de impacto social</translation>
    </message>
    <message>
        <source>Communication strategy</source>
        <translation>Estratégia de comunicação</translation>
    </message>
    <message>
        <source>Digital programme</source>
        <translation>Programa digital</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Parceria</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Ideia</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Avaliada</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Empresa social</translation>
    </message>
    <message>
        <source>Co-operative</source>
        <translation>Cooperativa</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Associação mutualista</translation>
    </message>
    <message>
        <source>Association / non-profit</source>
        <translation>Associação / organização sem fins lucrativos</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fundação</translation>
    </message>
    <message>
        <source>Network / federation</source>
        <translation>Rede / federação</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Órgão público</translation>
    </message>
    <message>
        <source>Financier</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Academia</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>Grupo comunitário</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Not engaged</source>
        <translation>Sem envolvimento</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informado</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consultado</translation>
    </message>
    <message>
        <source>Co-creating</source>
        <translation>Em cocriação</translation>
    </message>
    <message>
        <source>Co-implementing</source>
        <translation>Em coimplementação</translation>
    </message>
    <message>
        <source>Co-managing</source>
        <translation>Em cogestão</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita técnica</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
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
