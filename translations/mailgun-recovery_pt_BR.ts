<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountCleanup</name>
    <message>
        <source>This webhook also sends to another address of yours. Remove only the unknown address in the Control Panel (Sending, Webhooks).</source>
        <translation>Este webhook também envia para outro endereço seu. Remova só o endereço desconhecido no Control Panel (Sending, Webhooks).</translation>
    </message>
    <message>
        <source>Delete this route in the %1?

It handles mail that matches %2 and does: %3.

Mail will no longer be forwarded this way. The program writes down what the route did, so you can set it up again if it was yours.</source>
        <translation>Excluir esta rota na região %1?

Ela trata os e-mails que correspondem a %2 e faz o seguinte: %3.

Os e-mails não serão mais encaminhados desta forma. O programa anota o que a rota fazia, para você poder criá-la de novo se ela era sua.</translation>
    </message>
    <message>
        <source>Delete this account webhook in the %1?

It sends %2 to %3.

The program writes down the address and the events, so you can set it up again if it was yours.</source>
        <translation>Excluir este webhook da conta na região %1?

Ele envia %2 para %3.

O programa anota o endereço e os eventos, para você poder criá-lo de novo se ele era seu.</translation>
    </message>
    <message>
        <source>Stop sending a copy of every message from %1 to %2?

The program writes down the address, so you can set it again if it was yours.</source>
        <translation>Parar de enviar uma cópia de cada mensagem de %1 para %2?

O programa anota o endereço, para você poder configurá-lo de novo se ele era seu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delete the webhooks that send to %1?

%2

The program writes down the address and the events, so you can set them up again if they were yours.</source>
        <translation>Excluir os webhooks que enviam para %1?

%2

O programa anota o endereço e os eventos, para você poder criá-los de novo se eles eram seus.</translation>
    </message>
    <message>
        <source>%1 Nothing more was removed, so that the record stays complete. Make room on the disk (or make the folder writable), then try again.</source>
        <translation>%1 Nada mais foi removido, para que o registro continue completo. Libere espaço no disco (ou permita gravar na pasta) e tente de novo.</translation>
    </message>
    <message>
        <source>It could not be removed: %1</source>
        <translation>Não foi possível remover: %1</translation>
    </message>
    <message>
        <source>The route is deleted.</source>
        <translation>A rota foi excluída.</translation>
    </message>
    <message>
        <source>The account webhook is deleted.</source>
        <translation>O webhook da conta foi excluído.</translation>
    </message>
    <message>
        <source>Mailgun accepted the change.</source>
        <translation>O Mailgun aceitou a alteração.</translation>
    </message>
    <message>
        <source>The webhooks are deleted.</source>
        <translation>Os webhooks foram excluídos.</translation>
    </message>
    <message>
        <source>Some of it could not be removed: %1</source>
        <translation>Não foi possível remover uma parte: %1</translation>
    </message>
</context>
<context>
    <name>AccountReview</name>
    <message>
        <source>at an unknown time</source>
        <translation>em um momento desconhecido</translation>
    </message>
    <message>
        <source>less than an hour ago</source>
        <translation>há menos de uma hora</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>the key “%1” created %2 (no creator recorded)</source>
        <translation>a chave “%1”, criada %2 (sem criador registrado)</translation>
    </message>
    <message>
        <source>the key “%1” created %2 (creator recorded as %3)</source>
        <translation>a chave “%1”, criada %2 (criador registrado: %3)</translation>
    </message>
    <message>
        <source>No part of the account could be read. %1</source>
        <translation>Não foi possível ler nenhuma parte da conta. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>há %n hora</numerusform>
            <numerusform>há %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>the list of API keys</source>
        <translation>a lista de chaves de API</translation>
    </message>
    <message>
        <source>the list of the account&apos;s users</source>
        <translation>a lista de usuários da conta</translation>
    </message>
    <message>
        <source>the list of subaccounts</source>
        <translation>a lista de subcontas</translation>
    </message>
    <message>
        <source>the IP allowlist</source>
        <translation>a lista de IPs permitidos</translation>
    </message>
    <message>
        <source>the list of domains in the %1</source>
        <translation>a lista de domínios na região %1</translation>
    </message>
    <message>
        <source>the routes in the %1</source>
        <translation>as rotas na região %1</translation>
    </message>
    <message>
        <source>the account-wide webhooks in the %1</source>
        <translation>os webhooks de toda a conta na região %1</translation>
    </message>
    <message>
        <source>the SMTP logins of %1 (%2)</source>
        <translation>os logins SMTP de %1 (%2)</translation>
    </message>
    <message>
        <source>the webhooks of %1 (%2)</source>
        <translation>os webhooks de %1 (%2)</translation>
    </message>
    <message>
        <source>Could not read %1. %2</source>
        <extracomment>%1 names what was read, starting in lower case (&quot;the list of API keys&quot;); %2 is Mailgun&apos;s error explained in a sentence or two.</extracomment>
        <translation>Não foi possível ler %1. %2</translation>
    </message>
    <message>
        <source>the sending logs in the %1</source>
        <translation>os registros de envio na região %1</translation>
    </message>
    <message>
        <source>the sending volume in the %1</source>
        <translation>o volume de envios na região %1</translation>
    </message>
    <message>
        <source>the hour-by-hour sending volume in the %1</source>
        <translation>o volume de envios hora a hora na região %1</translation>
    </message>
</context>
<context>
    <name>AccountReviewPanel</name>
    <message>
        <source>Review my account</source>
        <translation>Revisar minha conta</translation>
    </message>
    <message>
        <source>Remove the selected item…</source>
        <translation>Remover o item selecionado…</translation>
    </message>
    <message>
        <source>Deletes a route or webhook that sends your mail elsewhere, or stops an archive copy. The program asks first.</source>
        <translation>Exclui uma rota ou um webhook que envia seus e-mails para outro lugar, ou interrompe uma cópia para arquivamento. O programa pergunta antes.</translation>
    </message>
    <message>
        <source>To review the account, go back to Connect and check an API key. You can still look through your files and your website, and use the guide below.</source>
        <translation>Para revisar a conta, volte para &quot;Conectar ao Mailgun&quot; e verifique uma chave de API. Você ainda pode examinar seus arquivos e seu site, e usar o guia abaixo.</translation>
    </message>
    <message>
        <source>Reading your account…</source>
        <translation>Lendo sua conta…</translation>
    </message>
    <message>
        <source>Review again</source>
        <translation>Revisar de novo</translation>
    </message>
    <message>
        <source>Nothing in the account looks like someone else&apos;s work.</source>
        <translation>Nada na conta parece obra de outra pessoa.</translation>
    </message>
    <message>
        <source>Step 2 will propose deleting the keys flagged here.</source>
        <translation>O passo 2 vai sugerir a exclusão das chaves marcadas aqui.</translation>
    </message>
    <message>
        <source>The findings could not be saved for the report. Check that the disk is not full.</source>
        <translation>Não foi possível salvar o que foi encontrado para o relatório. Verifique se o disco não está cheio.</translation>
    </message>
    <message>
        <source>Some parts could not be read:</source>
        <translation>Não foi possível ler algumas partes:</translation>
    </message>
    <message>
        <source>Use %1, when the unusual sending began, as the start of the trouble</source>
        <translation>Usar %1, quando começaram os envios incomuns, como início do problema</translation>
    </message>
    <message>
        <source>Select a route, webhook or archive copy in the list to remove it here.</source>
        <translation>Selecione uma rota, um webhook ou uma cópia para arquivamento na lista para removê-lo aqui.</translation>
    </message>
    <message>
        <source>This one is removed.</source>
        <translation>Este item foi removido.</translation>
    </message>
    <message>
        <source>The program cannot remove this one. Follow the advice in the list.</source>
        <translation>O programa não consegue remover este item. Siga a orientação da lista.</translation>
    </message>
    <message>
        <source>Remove it?</source>
        <translation>Remover?</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Removed by the program.</source>
        <translation>Removido pelo programa.</translation>
    </message>
    <message>
        <source>Removing it…</source>
        <translation>Removendo…</translation>
    </message>
    <message>
        <source>The program reads your account in both regions, US and EU. It changes nothing. It reads:
- API keys and SMTP logins
- routes: rules that forward incoming mail
- webhooks: addresses that get a copy of events
- archive copies, subaccounts and the IP allowlist
- the last 30 days of sending</source>
        <translation>O programa lê sua conta nas duas regiões, US e EU. Ele não altera nada. Ele lê:
- chaves de API e logins SMTP
- rotas: regras que encaminham os e-mails recebidos
- webhooks: endereços que recebem uma cópia dos eventos
- cópias para arquivamento, subcontas e a lista de IPs permitidos
- os envios dos últimos 30 dias</translation>
    </message>
    <message>
        <source>Things to look at: %1. The most serious come first.</source>
        <translation>Itens para verificar: %1. Os mais graves vêm primeiro.</translation>
    </message>
</context>
<context>
    <name>AccountSettingFindings</name>
    <message>
        <source>A subaccount “%1” was created %2, after the incident started</source>
        <translation>Uma subconta “%1” foi criada %2, depois do início do incidente</translation>
    </message>
    <message>
        <source>Subaccount “%1”</source>
        <translation>Subconta “%1”</translation>
    </message>
    <message>
        <source>A subaccount is a separate account under yours with its own domains and keys. It was created %1 and is %2. Its id is %3.</source>
        <translation>Uma subconta é uma conta separada, dentro da sua, com seus próprios domínios e chaves. Ela foi criada %1 e seu status é %2. O id dela é %3.</translation>
    </message>
    <message>
        <source>Unless you made it, disable it (this program can do it for you) and tell Mailgun support. Do not close or delete it: that removes its keys, domains and history, which are the evidence.</source>
        <translation>Se não foi você que a criou, desative-a (este programa pode fazer isso por você) e avise o suporte do Mailgun. Não a encerre nem a exclua: isso apaga as chaves, os domínios e o histórico dela, que são as provas.</translation>
    </message>
    <message>
        <source>Check that you still use it.</source>
        <translation>Confirme se você ainda a usa.</translation>
    </message>
    <message>
        <source>Your account has no IP allowlist</source>
        <translation>Sua conta não tem lista de IPs permitidos</translation>
    </message>
    <message>
        <source>An IP allowlist limits the computers that may use your API keys and SMTP logins to the internet addresses you list. Without one, a leaked key works from anywhere.</source>
        <translation>Uma lista de IPs permitidos faz com que só os endereços de internet que você informar possam usar suas chaves de API e seus logins SMTP. Sem ela, uma chave vazada funciona de qualquer lugar.</translation>
    </message>
    <message>
        <source>Consider adding your servers&apos; addresses under Security in the Control Panel once the recovery is done. Include this computer&apos;s address, or the program is locked out.</source>
        <translation>Depois da recuperação, considere adicionar os endereços dos seus servidores em Security, no Control Panel. Inclua o endereço deste computador, senão o programa fica bloqueado.</translation>
    </message>
    <message>
        <source>Only these addresses may use your API keys and SMTP logins: %1.</source>
        <translation>Só estes endereços podem usar suas chaves de API e seus logins SMTP: %1.</translation>
    </message>
    <message>
        <source>Check that every address is one of yours: an intruder could have added their own.</source>
        <translation>Confirme se todos os endereços são seus: um invasor pode ter adicionado o dele.</translation>
    </message>
    <message numerus="yes">
        <source>Your IP allowlist has %n address(es)</source>
        <translation>
            <numerusform>Sua lista de IPs permitidos tem %n endereço</numerusform>
            <numerusform>Sua lista de IPs permitidos tem %n endereços</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountSummary</name>
    <message>
        <source>This is an older key (it starts with &quot;key-&quot;). Mailgun lists such keys under an ID that has nothing to do with the key, so the program cannot tell which entry in the list it is.</source>
        <translation>Esta é uma chave antiga (ela começa com &quot;key-&quot;). O Mailgun lista essas chaves com um ID que não tem relação com a chave, então o programa não consegue saber qual item da lista ela é.</translation>
    </message>
    <message>
        <source>This key is not in the list of keys that Mailgun sent.</source>
        <translation>Esta chave não está na lista de chaves que o Mailgun enviou.</translation>
    </message>
</context>
<context>
    <name>AccountSummaryView</name>
    <message>
        <source>administrator: can do everything</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>administrator: pode fazer tudo</translation>
    </message>
    <message>
        <source>developer: cannot manage keys</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>developer: não pode gerenciar chaves</translation>
    </message>
    <message>
        <source>analyst: can only read</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>analyst: só pode ler</translation>
    </message>
    <message>
        <source>support: can only read most things</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>support: só pode ler quase tudo</translation>
    </message>
    <message>
        <source>sending: can only send email</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>sending: só pode enviar e-mails</translation>
    </message>
    <message>
        <source>billing</source>
        <extracomment>Mailgun&apos;s role name &quot;billing&quot; (the role for invoices and payments). Keep it in English, as Mailgun&apos;s Control Panel shows it.</extracomment>
        <translation>billing</translation>
    </message>
    <message>
        <source>cannot be seen with this key</source>
        <translation>não é visível com esta chave</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Sua conta</translation>
    </message>
    <message>
        <source>Domains in the US region:</source>
        <translation>Domínios na região US:</translation>
    </message>
    <message>
        <source>Domains in the EU region:</source>
        <translation>Domínios na região EU:</translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation>Chaves de API:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Usuários:</translation>
    </message>
    <message>
        <source>The key you gave:</source>
        <translation>A chave que você informou:</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>chave %1</translation>
    </message>
    <message>
        <source>key %1 (%2)</source>
        <translation>chave %1 (%2)</translation>
    </message>
    <message>
        <source>unknown: this key is not allowed to read the list of keys</source>
        <translation>desconhecido: esta chave não tem permissão para ler a lista de chaves</translation>
    </message>
</context>
<context>
    <name>ApiEndpoints</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid web address.</source>
        <translation>O endereço do servidor &quot;%1&quot; não é um endereço da web válido.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not secure. Use an address that starts with https://. Plain http:// is only allowed for a server on this computer.</source>
        <translation>O endereço do servidor &quot;%1&quot; não é seguro. Use um endereço que comece com https://. O http:// simples só é permitido para um servidor neste computador.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; must start with https://.</source>
        <translation>O endereço do servidor &quot;%1&quot; precisa começar com https://.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>This API key works, but it is not allowed to do this. Use a key with the Admin role. An account administrator can create one on the API Security page of the Mailgun Control Panel.</source>
        <translation>Esta chave de API funciona, mas não tem permissão para fazer isso. Use uma chave com a função Admin. Um administrador da conta pode criar uma na página API Security do Control Panel do Mailgun.</translation>
    </message>
    <message>
        <source>Mailgun has disabled this account, so the program cannot make changes for you. Follow the steps by hand in the Control Panel, and contact Mailgun support to restore the account.</source>
        <translation>O Mailgun desativou esta conta, então o programa não pode fazer alterações por você. Siga os passos manualmente no Control Panel e entre em contato com o suporte do Mailgun para recuperar a conta.</translation>
    </message>
    <message>
        <source>Mailgun could not find this item. It may have been removed already. Refresh the list and try again.</source>
        <translation>O Mailgun não encontrou este item. Talvez ele já tenha sido removido. Atualize a lista e tente de novo.</translation>
    </message>
    <message>
        <source>Mailgun has a temporary problem. Nothing was lost. Wait a few minutes, then try again. If it keeps happening, check status.mailgun.com.</source>
        <translation>O Mailgun está com um problema temporário. Nada foi perdido. Aguarde alguns minutos e tente de novo. Se continuar acontecendo, consulte status.mailgun.com.</translation>
    </message>
    <message>
        <source>Mailgun did not answer in time. Check your internet connection, then try again.</source>
        <translation>O Mailgun não respondeu a tempo. Verifique sua conexão com a internet e tente de novo.</translation>
    </message>
    <message>
        <source>The program could not reach Mailgun. Check that this computer is connected to the internet, then try again.</source>
        <translation>O programa não conseguiu acessar o Mailgun. Verifique se este computador está conectado à internet e tente de novo.</translation>
    </message>
    <message>
        <source>A secure connection to Mailgun could not be made. Something on your network may be intercepting the connection, or the computer&apos;s date and time are wrong. Try another network, or ask your IT contact.</source>
        <translation>Não foi possível criar uma conexão segura com o Mailgun. Algo na sua rede pode estar interceptando a conexão, ou a data e a hora do computador estão erradas. Tente outra rede ou peça ajuda ao seu contato de TI.</translation>
    </message>
    <message>
        <source>The program refused to send your key to a server that is not secure or not Mailgun&apos;s.</source>
        <translation>O programa se recusou a enviar sua chave para um servidor que não é seguro ou que não é do Mailgun.</translation>
    </message>
    <message>
        <source>Stopped before it finished.</source>
        <translation>Interrompido antes de terminar.</translation>
    </message>
    <message>
        <source>Mailgun sent an answer the program did not expect. Please try again later.</source>
        <translation>O Mailgun enviou uma resposta que o programa não esperava. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>• The domain is not in this account, or it is in the other region (US or EU).</source>
        <translation>• O domínio não está nesta conta, ou está na outra região (US ou EU).</translation>
    </message>
    <message>
        <source>The likely causes:</source>
        <translation>As causas prováveis:</translation>
    </message>
    <message>
        <source>• The key was deleted or disabled since then.</source>
        <translation>• A chave foi excluída ou desativada desde então.</translation>
    </message>
    <message>
        <source>• Someone changed the account&apos;s IP allowlist (the list of internet addresses that may use the account), and this computer is now outside it.</source>
        <translation>• Alguém alterou a lista de IPs permitidos da conta (a lista de endereços de internet que podem usar a conta), e este computador ficou de fora.</translation>
    </message>
    <message>
        <source>Check the key on the API Security page of the Mailgun Control Panel (https://app.mailgun.com/settings/api_security).</source>
        <translation>Verifique a chave na página API Security do Control Panel do Mailgun (https://app.mailgun.com/settings/api_security).</translation>
    </message>
    <message>
        <source>The answer does not say why. The likely causes, most likely first:</source>
        <translation>A resposta não diz o motivo. As causas prováveis, da mais provável para a menos provável:</translation>
    </message>
    <message>
        <source>• The key is mistyped, or it was deleted, disabled or has expired.</source>
        <translation>• A chave foi digitada errado, ou foi excluída, desativada ou expirou.</translation>
    </message>
    <message>
        <source>• It is a sending key for one domain, not the account&apos;s private API key. You find the private API key in the Mailgun Control Panel under API Security (https://app.mailgun.com/settings/api_security).</source>
        <translation>• É uma chave de envio de um só domínio, e não a chave de API privada da conta. Você encontra a chave de API privada no Control Panel do Mailgun, em API Security (https://app.mailgun.com/settings/api_security).</translation>
    </message>
    <message>
        <source>• This computer is outside the account&apos;s IP allowlist (the list of internet addresses that may use the account).</source>
        <translation>• Este computador está fora da lista de IPs permitidos da conta (a lista de endereços de internet que podem usar a conta).</translation>
    </message>
    <message>
        <source>Mailgun refused this key, but it worked a moment ago.</source>
        <translation>O Mailgun recusou esta chave, mas ela funcionou há pouco.</translation>
    </message>
    <message>
        <source>Mailgun refused this key.</source>
        <translation>O Mailgun recusou esta chave.</translation>
    </message>
    <message>
        <source>Mailgun rejected the field &quot;%1&quot; of the request. Please try again. If it happens again, contact Mailgun support.</source>
        <translation>O Mailgun rejeitou o campo &quot;%1&quot; da solicitação. Tente de novo. Se acontecer outra vez, entre em contato com o suporte do Mailgun.</translation>
    </message>
    <message>
        <source>Mailgun refused the request: &quot;%1&quot;.</source>
        <translation>O Mailgun recusou a solicitação: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Mailgun refused the request (error %1). Please try again.</source>
        <translation>O Mailgun recusou a solicitação (erro %1). Tente de novo.</translation>
    </message>
    <message>
        <source>Mailgun is receiving too many requests from this account and asks you to wait more than two hours. Try again later today.</source>
        <translation>O Mailgun está recebendo solicitações demais desta conta e pede que você aguarde mais de duas horas. Tente de novo mais tarde, ainda hoje.</translation>
    </message>
    <message numerus="yes">
        <source>Mailgun is receiving too many requests from this account. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>O Mailgun está recebendo solicitações demais desta conta. Aguarde %n segundo e tente de novo.</numerusform>
            <numerusform>O Mailgun está recebendo solicitações demais desta conta. Aguarde %n segundos e tente de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailgun is receiving too many requests from this account. Wait a minute, then try again.</source>
        <translation>O Mailgun está recebendo solicitações demais desta conta. Aguarde um minuto e tente de novo.</translation>
    </message>
    <message numerus="yes">
        <source>A list from Mailgun did not come to an end, so the program stopped reading it after %n page(s). The list may be incomplete, so the program did not act on it. Check the list in the Mailgun Control Panel, then try again later.</source>
        <translation>
            <numerusform>Uma lista do Mailgun não chegava ao fim, então o programa parou de lê-la depois de %n página. A lista pode estar incompleta, por isso o programa não agiu com base nela. Confira a lista no Control Panel do Mailgun e tente de novo mais tarde.</numerusform>
            <numerusform>Uma lista do Mailgun não chegava ao fim, então o programa parou de lê-la depois de %n páginas. A lista pode estar incompleta, por isso o programa não agiu com base nela. Confira a lista no Control Panel do Mailgun e tente de novo mais tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailgun rejected the field &quot;%1&quot;.</source>
        <translation>O Mailgun rejeitou o campo &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ArchiveSummaryText</name>
    <message>
        <source>it unpacks to more than %1.</source>
        <translation>descompactado, ocupa mais de %1.</translation>
    </message>
    <message>
        <source>it unpacks to far more than its own size, like a trap made to fill the disk.</source>
        <translation>descompactado, fica muito maior do que o próprio tamanho, como uma armadilha feita para encher o disco.</translation>
    </message>
    <message>
        <source>it has a password.</source>
        <translation>tem senha.</translation>
    </message>
    <message>
        <source>it is damaged or cut short.</source>
        <translation>está danificado ou incompleto.</translation>
    </message>
    <message>
        <source>it holds a 7z file, which can only be read on its own. Unpack the backup, then look through its folder.</source>
        <translation>contém um arquivo 7z, que só pode ser lido separadamente. Descompacte o backup e depois examine a pasta dele.</translation>
    </message>
    <message numerus="yes">
        <source>Looked inside %n backup or compressed file(s).</source>
        <translation>
            <numerusform>O programa examinou o conteúdo de %n arquivo de backup ou compactado.</numerusform>
            <numerusform>O programa examinou o conteúdo de %n arquivos de backup ou compactados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup file(s) could not be read to the end. Keys in the part not read were not looked for:</source>
        <translation>
            <numerusform>Não foi possível ler %n arquivo de backup até o fim. Na parte que não foi lida, o programa não procurou chaves:</numerusform>
            <numerusform>Não foi possível ler %n arquivos de backup até o fim. Na parte que não foi lida, o programa não procurou chaves:</numerusform>
        </translation>
    </message>
    <message>
        <source>- %1: %2</source>
        <translation>- %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>- and %n more.</source>
        <translation>
            <numerusform>- e mais %n.</numerusform>
            <numerusform>- e mais %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open them yourself to check them, or delete the ones you no longer need.</source>
        <translation>Abra esses arquivos você mesmo para conferi-los, ou exclua os que você não usa mais.</translation>
    </message>
    <message numerus="yes">
        <source>it holds backups inside backups more than %n level(s) deep. The innermost were not opened.</source>
        <translation>
            <numerusform>contém backups dentro de backups em mais de %n nível. Os mais internos não foram abertos.</numerusform>
            <numerusform>contém backups dentro de backups em mais de %n níveis. Os mais internos não foram abertos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Reviewing the account (read-only)...</source>
        <translation>Revisando a conta (só leitura)...</translation>
    </message>
    <message>
        <source>Nothing of the account could be read, so the review proves nothing.</source>
        <translation>Não foi possível ler nada da conta, então a revisão não prova nada.</translation>
    </message>
    <message>
        <source>spike</source>
        <extracomment>Marks, in the command line&apos;s chart of emails sent per day, the days of the spike: the sudden, unusual jump in sending. One short word or noun.</extracomment>
        <translation>pico</translation>
    </message>
    <message>
        <source>Account review. &quot;Recent&quot; means after the incident start (%1).</source>
        <translation>Revisão da conta. &quot;Recente&quot; quer dizer depois do início do incidente (%1).</translation>
    </message>
    <message>
        <source>Nothing suspicious was found in the parts that could be read.</source>
        <translation>Nada suspeito foi encontrado nas partes que puderam ser lidas.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>O que fazer: %1</translation>
    </message>
    <message>
        <source>Messages sent per day, both regions (normally about %1 a day):</source>
        <translation>Mensagens enviadas por dia, nas duas regiões (normalmente cerca de %1 por dia):</translation>
    </message>
    <message>
        <source>Parts of the account that could not be read:</source>
        <translation>Partes da conta que não puderam ser lidas:</translation>
    </message>
</context>
<context>
    <name>BackupFindingText</name>
    <message>
        <source>This key can send email for one domain. Replace it in the Mailgun Control Panel (API Security).</source>
        <translation>Esta chave pode enviar e-mails de um só domínio. Troque-a no Control Panel do Mailgun (API Security).</translation>
    </message>
    <message>
        <source>With this key, anyone can send fake Mailgun events to your website. Replace the webhook signing key in Mailgun.</source>
        <translation>Com esta chave, qualquer pessoa pode enviar eventos falsos do Mailgun para o seu site. Troque a chave de assinatura de webhooks no Mailgun.</translation>
    </message>
    <message>
        <source>This key can only check email addresses; it cannot send mail.</source>
        <translation>Esta chave só pode verificar endereços de e-mail; ela não pode enviar e-mails.</translation>
    </message>
    <message>
        <source>Anyone who copied the backup can send email with this password. Reset it in Mailgun (step 3).</source>
        <translation>Qualquer pessoa que tenha copiado o backup pode enviar e-mails com esta senha. Redefina-a no Mailgun (passo 3).</translation>
    </message>
    <message>
        <source>Anyone who copied the backup can use this password. Change it where the code is stored (GitHub, GitLab, ...).</source>
        <translation>Qualquer pessoa que tenha copiado o backup pode usar esta senha. Troque-a no lugar onde o código fica guardado (GitHub, GitLab, ...).</translation>
    </message>
    <message>
        <source>Anyone who copied the backup can use this key. Delete it in Mailgun and make a new one (step 2). Deleting the backup is not enough.</source>
        <translation>Qualquer pessoa que tenha copiado o backup pode usar esta chave. Exclua-a no Mailgun e crie uma nova (passo 2). Excluir o backup não basta.</translation>
    </message>
    <message>
        <source>Inside the compressed file %1</source>
        <translation>Dentro do arquivo compactado %1</translation>
    </message>
    <message>
        <source>Inside the backup file %1: %2</source>
        <translation>Dentro do arquivo de backup %1: %2</translation>
    </message>
    <message>
        <source>It is inside the backup file %1.</source>
        <translation>Ela está dentro do arquivo de backup %1.</translation>
    </message>
    <message>
        <source>This backup is in the public website folder, so anyone may have downloaded it. Delete old backups, or move them out of the public website folder.</source>
        <translation>Este backup está na pasta pública do site, então qualquer pessoa pode ter baixado esse backup. Exclua os backups antigos, ou tire-os da pasta pública do site.</translation>
    </message>
    <message>
        <source>Then delete old backups you no longer need, and keep the others out of the public website folder.</source>
        <translation>Depois, exclua os backups antigos que você não usa mais e mantenha os outros fora da pasta pública do site.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Domains in the US: %1</source>
        <translation>Domínios na região US: %1</translation>
    </message>
    <message>
        <source>Domains in the EU: %1</source>
        <translation>Domínios na região EU: %1</translation>
    </message>
    <message>
        <source>API keys: %1</source>
        <translation>Chaves de API: %1</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Usuários: %1</translation>
    </message>
    <message>
        <source>This key: id %1, role %2</source>
        <translation>Esta chave: id %1, função %2</translation>
    </message>
</context>
<context>
    <name>CleanupCommand</name>
    <message>
        <source>Reviewing the account...</source>
        <translation>Revisando a conta...</translation>
    </message>
    <message>
        <source>Nothing of the account could be read, so nothing was removed.</source>
        <translation>Não foi possível ler nada da conta, então nada foi removido.</translation>
    </message>
    <message>
        <source>The program found nothing it can remove.</source>
        <translation>O programa não encontrou nada que possa remover.</translation>
    </message>
</context>
<context>
    <name>CleanupReadBack</name>
    <message>
        <source>The program could not read back what Mailgun now holds. Check it in the Control Panel.</source>
        <translation>O programa não conseguiu conferir o que o Mailgun guarda agora. Confira no Control Panel.</translation>
    </message>
    <message>
        <source>Read back from Mailgun: %1 has no archive address now.</source>
        <translation>Conferido no Mailgun: %1 não tem mais endereço de arquivamento.</translation>
    </message>
    <message>
        <source>Asked for: no archive address for %1. Mailgun now holds: %2. Mailgun did not clear it. Clear it yourself in the Control Panel: open Sending, then Domain settings of %1, and empty &quot;Archive to&quot;.</source>
        <translation>Pedido: nenhum endereço de arquivamento para %1. O Mailgun guarda agora: %2. O Mailgun não o apagou. Apague você mesmo no Control Panel: abra Sending, depois Domain settings de %1, e esvazie &quot;Archive to&quot;.</translation>
    </message>
    <message>
        <source>Read back from Mailgun: the route is gone.</source>
        <translation>Conferido no Mailgun: a rota não existe mais.</translation>
    </message>
    <message>
        <source>Asked for: route %1 deleted. Mailgun still lists it. Delete it in the Control Panel (Receiving, Routes).</source>
        <translation>Pedido: excluir a rota %1. O Mailgun ainda a lista. Exclua-a no Control Panel (Receiving, Routes).</translation>
    </message>
    <message>
        <source>Read back from Mailgun: the account webhook is gone.</source>
        <translation>Conferido no Mailgun: o webhook da conta não existe mais.</translation>
    </message>
    <message>
        <source>Asked for: account webhook %1 deleted. Mailgun still lists it. Changes to account webhooks can take up to 10 minutes; check again later, or delete it in the Control Panel.</source>
        <translation>Pedido: excluir o webhook da conta %1. O Mailgun ainda o lista. Alterações nos webhooks da conta podem levar até 10 minutos; confira de novo mais tarde, ou exclua-o no Control Panel.</translation>
    </message>
    <message>
        <source>Read back from Mailgun: no webhook sends to %1 any more.</source>
        <translation>Conferido no Mailgun: nenhum webhook envia mais para %1.</translation>
    </message>
    <message>
        <source>Asked for: no webhook sends to %1. Mailgun now holds: %2. Remove it in the Control Panel (Sending, Webhooks).</source>
        <translation>Pedido: nenhum webhook envia para %1. O Mailgun guarda agora: %2. Remova-o no Control Panel (Sending, Webhooks).</translation>
    </message>
    <message>
        <source>These webhooks stay: %1.</source>
        <translation>Estes webhooks continuam: %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run mailgun-recovery --help for help.</source>
        <translation>Execute mailgun-recovery --help para ver a ajuda.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>A opção %1 precisa de um valor.</translation>
    </message>
    <message>
        <source>The format &quot;%1&quot; is not known. Use md, html or pdf.</source>
        <translation>O formato &quot;%1&quot; não é conhecido. Use md, html ou pdf.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not valid. Use the form 2026-11-01.</source>
        <translation>A data &quot;%1&quot; não é válida. Use o formato 2026-11-01.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 0 to 65535.</source>
        <translation>A porta &quot;%1&quot; não é um número de 0 a 65535.</translation>
    </message>
    <message>
        <source>For your safety the key is never given on the command line, where other programs can see it. Set MAILGUN_API_KEY, use --key-file PATH, or type it when asked.</source>
        <translation>Para sua segurança, a chave nunca é passada na linha de comando, onde outros programas podem vê-la. Defina MAILGUN_API_KEY, use --key-file CAMINHO ou digite a chave quando ela for pedida.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Opção desconhecida: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Comando desconhecido: %1</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no terminal to ask for confirmation. Add --yes to go ahead without asking.</source>
        <translation>Nada foi alterado: não há terminal para pedir confirmação. Adicione --yes para continuar sem perguntar.</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>The word the user types on the command line to confirm a change. Keep it one short word that is easy to type; the English &quot;yes&quot; is always accepted too.</extracomment>
        <translation>sim</translation>
    </message>
    <message>
        <source>Usage: mailgun-recovery [command] [options]

With no command, opens the recovery wizard.

Commands:
  check                 Check the API key: is it valid, which region, account summary.
  scan PATH...          Step 1: look through folders for leaked Mailgun keys and
                        passwords, and for risky files (phpinfo pages, .env in the web
                        folder, debug mode). Needs no API key. Exit code 0 when the scan
                        ran, whatever it found.
    --deep              Also read node_modules and vendor.
  probe URL...          Step 1: ask your own website for files and pages that leak keys
                        (.env, phpinfo, debug tools, .git, backups). GET requests only,
                        a few per second. Needs no API key. Exit code 0 when every site
                        was checked, whatever it found.
    --i-own-this-site   Required: confirms the sites are yours.
    --folder NAME       Also look inside this folder of the site, where its program
                        files are (for example shop). Repeat for more folders.
  audit                 Step 1: read-only review of the account (keys, SMTP logins,
                        routes, webhooks, archive, subaccounts, allowlist, sending
                        volume) in both regions. Exit code 0 when the review ran.
  cleanup               Step 1: remove what copies mail out (forwarding routes, unknown
                        webhooks, archive addresses), asking first, and read back what
                        Mailgun holds afterwards.
  disable-subaccount ID Step 1: disable a subaccount nobody recognizes (its API access
                        stops, its dashboard turns read-only; it can be enabled again).
  rotate-key            Step 2: make a new API key, keep it in the keychain, delete the
                        old keys. Continues an interrupted replacement first.
    --in-use-key-id ID  Which listed key is the one you use, when the program cannot
                        tell (older keys that start with &quot;key-&quot;).
  reset-smtp            Step 3: a new password for every SMTP login of every domain,
                        kept in the keychain. Continues an interrupted reset first.
    --domain D          Only the logins of domain D (repeat for more domains).
    --delete LOGIN      Delete this login instead (not postmaster; repeatable).
  users                 Steps 4 and 5: per user, password changed since the incident
                        start, and two-factor sign-in on.
  report                The report for Mailgun support, from this computer&apos;s journal.
    --format md|html|pdf  The format (default md). PDF needs -o.
    -o FILE             Write the report to FILE instead of the screen.
  practice-server       Run the practice account (a simulated Mailgun) on this computer
                        and print its addresses and key as JSON.

Options:
  --practice            Use the practice account instead of your Mailgun account.
  --json                Machine-readable output on stdout.
  --yes                 Do not ask before making changes.
  --print-secrets       Also print new keys and passwords (rotate-key, reset-smtp).
                        Without a keychain this is the only way to keep them.
  --key-file PATH       Read the API key from this file.
  --api-base URL        Send API requests to URL for both regions.
  --api-base-us URL     Send US requests to URL.
  --api-base-eu URL     Send EU requests to URL.
  --incident-start DATE When the compromise began (default: 14 days ago).
  --us-port N, --eu-port N  Ports for practice-server (default: any free port).
  -h, --help            Show this help.
  -v, --version         Show the version.

The key is read from the MAILGUN_API_KEY environment variable, from --key-file, or
asked for without showing it on screen. It is never accepted as an argument.

Exit codes: 0 done, 1 failed, 2 bad usage, 3 nothing done because you declined.
</source>
        <translation>Uso: mailgun-recovery [comando] [opções]

Sem comando, abre o assistente de recuperação.

Comandos:
  check                 Verifica a chave de API: se é válida, qual é a região e um resumo
                        da conta.
  scan CAMINHO...       Passo 1: procura nas pastas chaves e senhas do Mailgun que
                        vazaram, e arquivos de risco (páginas phpinfo, .env na pasta web,
                        modo de depuração). Não precisa de chave de API. Código de saída 0
                        quando a verificação rodou, seja qual for o resultado.
    --deep              Também lê node_modules e vendor.
  probe URL...          Passo 1: pede ao seu próprio site arquivos e páginas que vazam
                        chaves (.env, phpinfo, ferramentas de depuração, .git, backups).
                        Só requisições GET, poucas por segundo. Não precisa de chave de API.
                        Código de saída 0 quando todos os sites foram verificados, seja qual
                        for o resultado.
    --i-own-this-site   Obrigatório: confirma que os sites são seus.
    --folder NOME       Também procura nesta pasta do site, onde ficam os arquivos do
                        programa dele (por exemplo, shop). Repita para mais pastas.
  audit                 Passo 1: revisão da conta, só leitura (chaves, logins SMTP, rotas,
                        webhooks, arquivamento, subcontas, IPs permitidos, volume de envios)
                        nas duas regiões. Código de saída 0 quando a revisão rodou.
  cleanup               Passo 1: remove o que copia e-mails para fora (rotas de
                        encaminhamento, webhooks desconhecidos, endereços de arquivamento),
                        perguntando antes, e depois confere o que o Mailgun guarda.
  disable-subaccount ID Passo 1: desativa uma subconta que ninguém reconhece (o acesso
                        dela à API para, o painel dela fica só leitura; ela pode ser
                        reativada).
  rotate-key            Passo 2: cria uma nova chave de API, guarda-a no chaveiro e exclui
                        as chaves antigas. Antes, conclui uma troca interrompida.
    --in-use-key-id ID  Qual chave da lista é a que você usa, quando o programa não
                        consegue saber (chaves antigas que começam com &quot;key-&quot;).
  reset-smtp            Passo 3: uma nova senha para cada login SMTP de cada domínio,
                        guardada no chaveiro. Antes, conclui uma redefinição interrompida.
    --domain D          Só os logins do domínio D (repita para mais domínios).
    --delete LOGIN      Exclui este login em vez disso (não o postmaster; pode repetir).
  users                 Passos 4 e 5: para cada usuário, se a senha mudou desde o início
                        do incidente e se o login em dois fatores está ativado.
  report                O relatório para o suporte do Mailgun, a partir do diário deste
                        computador.
    --format md|html|pdf  O formato (padrão: md). PDF precisa de -o.
    -o ARQUIVO          Grava o relatório em ARQUIVO em vez de mostrar na tela.
  practice-server       Roda a conta de treino (um Mailgun simulado) neste computador
                        e mostra os endereços e a chave dela em JSON.

Opções:
  --practice            Usa a conta de treino em vez da sua conta do Mailgun.
  --json                Saída legível por máquina no stdout.
  --yes                 Não pergunta antes de fazer alterações.
  --print-secrets       Também mostra as novas chaves e senhas (rotate-key, reset-smtp).
                        Sem chaveiro, esta é a única forma de guardá-las.
  --key-file CAMINHO    Lê a chave de API deste arquivo.
  --api-base URL        Envia as requisições à API para URL, nas duas regiões.
  --api-base-us URL     Envia as requisições da região US para URL.
  --api-base-eu URL     Envia as requisições da região EU para URL.
  --incident-start DATA Quando a invasão começou (padrão: 14 dias atrás).
  --us-port N, --eu-port N  Portas do practice-server (padrão: qualquer porta livre).
  -h, --help            Mostra esta ajuda.
  -v, --version         Mostra a versão.

A chave é lida da variável de ambiente MAILGUN_API_KEY, de --key-file ou
pedida sem aparecer na tela. Ela nunca é aceita como argumento.

Códigos de saída: 0 concluído, 1 falhou, 2 uso incorreto, 3 nada feito porque você
recusou.
</translation>
    </message>
    <message>
        <source>Type %1 to go ahead, anything else to stop:</source>
        <extracomment>%1 is the word the user types to confirm (&quot;yes&quot; in English).</extracomment>
        <translation>Digite %1 para continuar, ou qualquer outra coisa para parar:</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <source>Checking the key with Mailgun in the US and the EU…</source>
        <translation>Verificando a chave com o Mailgun nas regiões US e EU…</translation>
    </message>
    <message>
        <source>The key works. Reading a summary of your account…</source>
        <translation>A chave funciona. Lendo um resumo da sua conta…</translation>
    </message>
    <message>
        <source>Connected. This key works and has full (admin) rights.</source>
        <translation>Conectado. Esta chave funciona e tem todas as permissões (admin).</translation>
    </message>
    <message>
        <source>This key works, but it does not have admin rights.</source>
        <translation>Esta chave funciona, mas não tem permissões de admin.</translation>
    </message>
    <message>
        <source>Mailgun refused this key, which worked a moment ago.</source>
        <translation>O Mailgun recusou esta chave, que funcionou há pouco.</translation>
    </message>
    <message>
        <source>Mailgun refused this key.</source>
        <translation>O Mailgun recusou esta chave.</translation>
    </message>
    <message>
        <source>Mailgun has disabled this account.</source>
        <translation>O Mailgun desativou esta conta.</translation>
    </message>
    <message>
        <source>The program could not reach Mailgun.</source>
        <translation>O programa não conseguiu acessar o Mailgun.</translation>
    </message>
    <message>
        <source>This is not a Mailgun API key.</source>
        <translation>Esta não é uma chave de API do Mailgun.</translation>
    </message>
    <message>
        <source>The program can now use your account. It will always ask before it changes anything.</source>
        <translation>O programa já pode usar sua conta. Ele sempre pergunta antes de alterar qualquer coisa.</translation>
    </message>
    <message>
        <source>The program can read your account, but it cannot replace keys or passwords for you. Use a key with the Admin role to let it do that, or go on and do those steps by hand.</source>
        <translation>O programa pode ler sua conta, mas não pode trocar chaves nem senhas por você. Para isso, use uma chave com a função Admin, ou continue e faça esses passos manualmente.</translation>
    </message>
    <message>
        <source>Mailgun accepted the key, but does not let it list your domains. Paste the account&apos;s private API key with the Admin role instead. You find it in the Mailgun Control Panel under API Security (https://app.mailgun.com/settings/api_security).</source>
        <translation>O Mailgun aceitou a chave, mas não permite que ela liste seus domínios. Em vez dela, cole a chave de API privada da conta, com a função Admin. Você a encontra no Control Panel do Mailgun, em API Security (https://app.mailgun.com/settings/api_security).</translation>
    </message>
    <message>
        <source>This key works, but it is not allowed to read your account.</source>
        <translation>Esta chave funciona, mas não tem permissão para ler sua conta.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to your Mailgun account</source>
        <translation>Conectar à sua conta do Mailgun</translation>
    </message>
    <message>
        <source>The assistant checks your key and shows what it finds. Checking changes nothing.</source>
        <translation>O assistente verifica sua chave e mostra o que encontrar. A verificação não altera nada.</translation>
    </message>
    <message>
        <source>Which account do you want to work on?</source>
        <translation>Em qual conta você quer trabalhar?</translation>
    </message>
    <message>
        <source>&amp;My Mailgun account</source>
        <translation>&amp;Minha conta do Mailgun</translation>
    </message>
    <message>
        <source>My Mailgun account</source>
        <translation>Minha conta do Mailgun</translation>
    </message>
    <message>
        <source>The &amp;practice account (safe to try; nothing real changes)</source>
        <translation>A conta de &amp;treino (segura para testar; nada de verdade é alterado)</translation>
    </message>
    <message>
        <source>The practice account (safe to try; nothing real changes)</source>
        <translation>A conta de treino (segura para testar; nada de verdade é alterado)</translation>
    </message>
    <message>
        <source>Your private &amp;API key (the long password your website uses for Mailgun):</source>
        <translation>Sua chave de &amp;API privada (a senha longa que seu site usa para o Mailgun):</translation>
    </message>
    <message>
        <source>Private API key</source>
        <translation>Chave de API privada</translation>
    </message>
    <message>
        <source>Paste your key here</source>
        <translation>Cole sua chave aqui</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Mostrar a chave</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Ocultar a chave</translation>
    </message>
    <message>
        <source>&amp;Check key</source>
        <translation>&amp;Verificar chave</translation>
    </message>
    <message>
        <source>Check key</source>
        <translation>Verificar chave</translation>
    </message>
    <message>
        <source>Key format</source>
        <translation>Formato da chave</translation>
    </message>
    <message>
        <source>Where do I find my key?</source>
        <translation>Onde encontro minha chave?</translation>
    </message>
    <message>
        <source>Open API Security</source>
        <translation>Abrir API Security</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Continue without connecting: I will do the steps by hand in the Mailgun Control Panel</source>
        <translation>Continuar sem conectar: vou fazer os passos manualmente no Control Panel do Mailgun</translation>
    </message>
    <message>
        <source>Continue without connecting</source>
        <translation>Continuar sem conectar</translation>
    </message>
    <message>
        <source>You will do every step by hand in the Mailgun Control Panel, with instructions from the assistant.</source>
        <translation>Você vai fazer cada passo manualmente no Control Panel do Mailgun, com as instruções do assistente.</translation>
    </message>
    <message>
        <source>The practice account could not start.</source>
        <translation>Não foi possível iniciar a conta de treino.</translation>
    </message>
    <message>
        <source>Checking your key with Mailgun…</source>
        <translation>Verificando sua chave com o Mailgun…</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Resultado da verificação</translation>
    </message>
    <message>
        <source>What the result means</source>
        <translation>O que o resultado significa</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>When you replaced the API key in step 2, the assistant saved the new key in this computer&apos;s keychain. You do not need to type it.</source>
        <translation>Quando você trocou a chave de API no passo 2, o assistente salvou a nova chave no chaveiro deste computador. Você não precisa digitá-la.</translation>
    </message>
    <message>
        <source>&amp;Use the new key saved by this program</source>
        <translation>&amp;Usar a nova chave salva por este programa</translation>
    </message>
    <message>
        <source>Use the new key saved by this program</source>
        <translation>Usar a nova chave salva por este programa</translation>
    </message>
    <message>
        <source>Saved key</source>
        <translation>Chave salva</translation>
    </message>
    <message>
        <source>Reading the saved key from the keychain…</source>
        <translation>Lendo a chave salva no chaveiro…</translation>
    </message>
    <message>
        <source>The saved key (%1) is filled in. The assistant checks it now.</source>
        <translation>A chave salva (%1) foi preenchida. O assistente vai verificá-la agora.</translation>
    </message>
    <message>
        <source>The saved key could not be read: the keychain gave back something that is not an API key.</source>
        <translation>Não foi possível ler a chave salva: o chaveiro devolveu algo que não é uma chave de API.</translation>
    </message>
    <message>
        <source>The saved key could not be read: the keychain has no entry &quot;%1&quot; any more. It may have been removed.</source>
        <translation>Não foi possível ler a chave salva: o chaveiro não tem mais o item &quot;%1&quot;. Talvez ele tenha sido removido.</translation>
    </message>
    <message>
        <source>The saved key could not be read: no keychain (the password store of your computer) is running.</source>
        <translation>Não foi possível ler a chave salva: nenhum chaveiro (o lugar onde seu computador guarda senhas) está em execução.</translation>
    </message>
    <message>
        <source>The saved key could not be read. %1</source>
        <translation>Não foi possível ler a chave salva. %1</translation>
    </message>
    <message>
        <source>%1
Paste the new key below instead: use the copy you kept in step 2, or create another key in the Mailgun Control Panel.</source>
        <translation>%1
Em vez disso, cole a nova chave abaixo: use a cópia que você guardou no passo 2, ou crie outra chave no Control Panel do Mailgun.</translation>
    </message>
    <message>
        <source>Sign in at app.mailgun.com and open Account settings, then API Security. Mailgun shows a key in full only once, when you make it. So you may need to make a new one there.</source>
        <translation>Entre em app.mailgun.com e abra Account settings, depois API Security. O Mailgun mostra uma chave completa só uma vez, quando você a cria. Por isso, talvez você precise criar uma nova lá.</translation>
    </message>
    <message>
        <source>Your key stays in this computer&apos;s memory. The program sends it only to Mailgun.</source>
        <translation>Sua chave fica na memória deste computador. O programa só a envia ao Mailgun.</translation>
    </message>
    <message>
        <source>The practice account acts like Mailgun but runs on this computer. The program fills in its key for you. Click &quot;Check key&quot; to see what the assistant finds.</source>
        <translation>A conta de treino funciona como o Mailgun, mas roda neste computador. O programa preenche a chave dela para você. Clique em &quot;Verificar chave&quot; para ver o que o assistente encontra.</translation>
    </message>
</context>
<context>
    <name>ConsoleOutput</name>
    <message>
        <source>The findings could not be saved in the record of your recovery, so step 2 and the report will not show them. Check that the disk is not full, then run the command again.</source>
        <translation>Não foi possível salvar o que foi encontrado no registro da sua recuperação, então o passo 2 e o relatório não vão mostrar isso. Verifique se o disco não está cheio e execute o comando de novo.</translation>
    </message>
</context>
<context>
    <name>DisableSubaccountCommand</name>
    <message>
        <source>Name one subaccount by its id: mailgun-recovery disable-subaccount ID. Run mailgun-recovery audit to see the ids.</source>
        <translation>Indique uma subconta pelo id: mailgun-recovery disable-subaccount ID. Execute mailgun-recovery audit para ver os ids.</translation>
    </message>
    <message>
        <source>Reading the subaccounts…</source>
        <translation>Lendo as subcontas…</translation>
    </message>
    <message>
        <source>Mailgun lists no subaccount with the id %1. Nothing was changed.</source>
        <translation>O Mailgun não lista nenhuma subconta com o id %1. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The subaccount “%1” is already disabled.</source>
        <translation>A subconta “%1” já está desativada.</translation>
    </message>
    <message>
        <source>The subaccount “%1” is %2, so it cannot be disabled.</source>
        <translation>O status da subconta “%1” é %2, então ela não pode ser desativada.</translation>
    </message>
    <message>
        <source>Disable the subaccount “%1”?</source>
        <translation>Desativar a subconta “%1”?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>ExtraKeyRegeneration</name>
    <message>
        <source>Nothing was replaced, because the record of your recovery cannot be saved: %1 Make room on the disk (or make the folder writable), then try again.</source>
        <translation>Nada foi trocado, porque não é possível salvar o registro da sua recuperação: %1 Libere espaço no disco (ou permita gravar na pasta) e tente de novo.</translation>
    </message>
    <message>
        <source>The public validation key was not replaced.</source>
        <translation>A chave pública de validação não foi trocada.</translation>
    </message>
    <message>
        <source>The webhook signing key was not replaced.</source>
        <translation>A chave de assinatura de webhooks não foi trocada.</translation>
    </message>
    <message>
        <source>The record of your recovery could not be saved, so the report will not list this change yet: %1</source>
        <translation>Não foi possível salvar o registro da sua recuperação, então o relatório ainda não vai listar esta alteração: %1</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Nenhum chaveiro está disponível.</translation>
    </message>
</context>
<context>
    <name>ExtraKeysPanel</name>
    <message>
        <source>Two more keys you may want to replace (optional)</source>
        <translation>Mais duas chaves que você talvez queira trocar (opcional)</translation>
    </message>
    <message>
        <source>Webhook signing key</source>
        <translation>Chave de assinatura de webhooks</translation>
    </message>
    <message>
        <source>Mailgun signs the messages it sends to your website about your emails (webhooks) with this key. Whoever got into your account may know it and could send your website fake messages. After you replace it, your website refuses Mailgun&apos;s messages until you put the new key into its settings.</source>
        <translation>O Mailgun usa esta chave para assinar as mensagens que envia ao seu site sobre seus e-mails (webhooks). Quem invadiu sua conta pode conhecê-la e enviar mensagens falsas ao seu site. Depois que você trocar a chave, seu site vai recusar as mensagens do Mailgun até você colocar a nova chave nas configurações dele.</translation>
    </message>
    <message>
        <source>Replace the webhook signing key</source>
        <translation>Trocar a chave de assinatura de webhooks</translation>
    </message>
    <message>
        <source>Public validation key</source>
        <translation>Chave pública de validação</translation>
    </message>
    <message>
        <source>Older web forms use this key to check email addresses as people type them. If your forms use it, they stop checking addresses until you give them the new key. If you do not know it, you most likely do not use it.</source>
        <translation>Formulários web antigos usam esta chave para verificar endereços de e-mail enquanto as pessoas digitam. Se seus formulários a usam, eles param de verificar endereços até você dar a eles a nova chave. Se você não conhece esta chave, é bem provável que não a use.</translation>
    </message>
    <message>
        <source>Replace the public validation key</source>
        <translation>Trocar a chave pública de validação</translation>
    </message>
    <message>
        <source>Replace this key now?</source>
        <translation>Trocar esta chave agora?</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Trocar a chave</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Replacing…</source>
        <translation>Trocando…</translation>
    </message>
    <message>
        <source>Replaced. The new key is below and in this computer&apos;s keychain under &quot;%1&quot;, entry %2.</source>
        <translation>Trocada. A nova chave está abaixo e no chaveiro deste computador, em &quot;%1&quot;, item %2.</translation>
    </message>
    <message>
        <source>Replaced, but the keychain could not keep it: %1 Copy the new key below now; it is not shown again.</source>
        <translation>Trocada, mas o chaveiro não conseguiu guardá-la: %1 Copie a nova chave abaixo agora; ela não será mostrada de novo.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Médio</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixo</translation>
    </message>
    <message>
        <source>For your information</source>
        <translation>Para sua informação</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, linha %2</translation>
    </message>
    <message>
        <source>How serious</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Onde: %1</translation>
    </message>
    <message>
        <source>Value (hidden in part): %1</source>
        <translation>Valor (parcialmente oculto): %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>O que fazer: %1</translation>
    </message>
</context>
<context>
    <name>FindingsTable</name>
    <message>
        <source>What was found, most serious first</source>
        <translation>O que foi encontrado, do mais grave para o menos grave</translation>
    </message>
</context>
<context>
    <name>FolderScanPanel</name>
    <message>
        <source>Pick the folders to look through: your website&apos;s files, a backup you downloaded from your hosting, or a project on this computer. Nothing leaves this computer.</source>
        <translation>Escolha as pastas que serão examinadas: os arquivos do seu site, um backup que você baixou da sua hospedagem ou um projeto neste computador. Nada sai deste computador.</translation>
    </message>
    <message>
        <source>Folders to look through</source>
        <translation>Pastas a examinar</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Adicionar uma pasta…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Also look inside downloaded libraries (node_modules, vendor). Slower.</source>
        <translation>Examinar também as bibliotecas baixadas (node_modules, vendor). Mais lento.</translation>
    </message>
    <message>
        <source>Look through these folders</source>
        <translation>Examinar estas pastas</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Pick a folder to look through</source>
        <translation>Escolha uma pasta para examinar</translation>
    </message>
    <message>
        <source>Files looked at so far: %1 (%2)…</source>
        <translation>Arquivos examinados até agora: %1 (%2)…</translation>
    </message>
    <message>
        <source>Reading the list of your API keys…</source>
        <translation>Lendo a lista das suas chaves de API…</translation>
    </message>
    <message>
        <source>Looking through the folders…</source>
        <translation>Examinando as pastas…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>Stopped before anything was looked at.</source>
        <translation>Parou antes de examinar qualquer coisa.</translation>
    </message>
    <message>
        <source>Stopped. Files looked at before that: %1 (%2).</source>
        <translation>Parou. Arquivos examinados até então: %1 (%2).</translation>
    </message>
    <message>
        <source>Files looked at: %1 (%2).</source>
        <translation>Arquivos examinados: %1 (%2).</translation>
    </message>
    <message>
        <source>No Mailgun keys, passwords or risky files were found here.</source>
        <translation>Nenhuma chave do Mailgun, senha ou arquivo de risco foi encontrado aqui.</translation>
    </message>
    <message>
        <source>This folder could not be found: %1</source>
        <translation>Esta pasta não foi encontrada: %1</translation>
    </message>
    <message>
        <source>Files that could not be opened: %1. They may belong to another user.</source>
        <translation>Arquivos que não puderam ser abertos: %1. Eles podem pertencer a outro usuário.</translation>
    </message>
    <message>
        <source>The findings could not be saved for the report. Check that the disk is not full.</source>
        <translation>Não foi possível salvar o que foi encontrado para o relatório. Verifique se o disco não está cheio.</translation>
    </message>
    <message>
        <source>Things to fix: %1. The most serious come first. Fix them before step 2, or the new key can leak the same way.</source>
        <translation>Itens para corrigir: %1. Os mais graves vêm primeiro. Corrija-os antes do passo 2, senão a nova chave pode vazar do mesmo jeito.</translation>
    </message>
</context>
<context>
    <name>ForwardingFindings</name>
    <message>
        <source>A route is a rule that handles mail sent to your domains.</source>
        <translation>Uma rota é uma regra que trata os e-mails enviados aos seus domínios.</translation>
    </message>
    <message>
        <source>A route copies all incoming mail to %1</source>
        <translation>Uma rota copia todos os e-mails recebidos para %1</translation>
    </message>
    <message>
        <source>A route catches all mail sent to your domains</source>
        <translation>Uma rota captura todos os e-mails enviados aos seus domínios</translation>
    </message>
    <message>
        <source>The route %1 (%2) matches every address, created %3. Its actions: %4.</source>
        <translation>A rota %1 (%2) corresponde a qualquer endereço e foi criada %3. As ações dela: %4.</translation>
    </message>
    <message>
        <source>A route forwards mail to %1, outside your domains</source>
        <translation>Uma rota encaminha e-mails para %1, fora dos seus domínios</translation>
    </message>
    <message>
        <source>The route %1 matches %2 and was created %3. Its actions: %4.</source>
        <translation>A rota %1 corresponde a %2 e foi criada %3. As ações dela: %4.</translation>
    </message>
    <message>
        <source>It was created after the incident started.</source>
        <translation>Ela foi criada depois do início do incidente.</translation>
    </message>
    <message>
        <source>Unless you set it up, delete this route in the Control Panel (Receiving, Routes), and tell Mailgun support that mail may have been copied.</source>
        <translation>Se não foi você que a configurou, exclua esta rota no Control Panel (Receiving, Routes) e avise o suporte do Mailgun que e-mails podem ter sido copiados.</translation>
    </message>
    <message>
        <source>A webhook makes Mailgun send details of your mail (who it went to, opens, bounces) to a web address.</source>
        <translation>Um webhook faz o Mailgun enviar detalhes dos seus e-mails (para quem foram, aberturas, devoluções) para um endereço da web.</translation>
    </message>
    <message>
        <source>A webhook of %1 sends mail events to an unknown web address, %2</source>
        <translation>Um webhook de %1 envia eventos de e-mail para um endereço da web desconhecido, %2</translation>
    </message>
    <message>
        <source>This one sends the events %1 to %2, which is not under any of your domains.</source>
        <translation>Este envia os eventos %1 para %2, que não pertence a nenhum dos seus domínios.</translation>
    </message>
    <message>
        <source>Unless you know this address, delete the webhook in the Control Panel (Sending, Webhooks, domain %1).</source>
        <translation>Se você não conhece este endereço, exclua o webhook no Control Panel (Sending, Webhooks, domínio %1).</translation>
    </message>
    <message>
        <source>An account-wide webhook sends the events of all your domains to an unknown web address, %1</source>
        <translation>Um webhook de toda a conta envia os eventos de todos os seus domínios para um endereço da web desconhecido, %1</translation>
    </message>
    <message>
        <source>This one covers every domain in the %1 and sends %2 to %3. It was created %4.</source>
        <translation>Este vale para todos os domínios na região %1 e envia %2 para %3. Ele foi criado %4.</translation>
    </message>
    <message>
        <source>That is after the incident started.</source>
        <translation>Isso é depois do início do incidente.</translation>
    </message>
    <message>
        <source>It also receives the events of your subaccounts&apos; domains.</source>
        <translation>Ele também recebe os eventos dos domínios das suas subcontas.</translation>
    </message>
    <message>
        <source>Unless you know this address, delete the webhook in the Control Panel (Sending, Webhooks, account webhooks).</source>
        <translation>Se você não conhece este endereço, exclua o webhook no Control Panel (Sending, Webhooks, webhooks da conta).</translation>
    </message>
    <message>
        <source>A copy of every message sent from %1 goes to %2, outside your domains</source>
        <translation>Uma cópia de cada mensagem enviada por %1 vai para %2, fora dos seus domínios</translation>
    </message>
    <message>
        <source>A copy of every message sent from %1 goes to %2</source>
        <translation>Uma cópia de cada mensagem enviada por %1 vai para %2</translation>
    </message>
    <message>
        <source>The domain&apos;s “archive to” setting makes Mailgun post a full copy of each delivered message to %1.</source>
        <translation>A configuração “archive to” do domínio faz o Mailgun enviar uma cópia completa de cada mensagem entregue para %1.</translation>
    </message>
    <message>
        <source>Unless you set this up, clear the setting for %1 at once and tell Mailgun support that your mail was copied.</source>
        <translation>Se não foi você que configurou isso, apague a configuração de %1 agora mesmo e avise o suporte do Mailgun que seus e-mails foram copiados.</translation>
    </message>
    <message>
        <source>Check that this address is yours and still needed.</source>
        <translation>Confirme se este endereço é seu e se ainda é necessário.</translation>
    </message>
</context>
<context>
    <name>GitHistorySummaryText</name>
    <message numerus="yes">
        <source>%n commit(s)</source>
        <translation>
            <numerusform>%n commit</numerusform>
            <numerusform>%n commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file version(s)</source>
        <translation>
            <numerusform>%n versão de arquivo</numerusform>
            <numerusform>%n versões de arquivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the code history (git) of %n folder(s): %1 and %2.</source>
        <translation>
            <numerusform>O programa leu o histórico do código (git) de %n pasta: %1 e %2.</numerusform>
            <numerusform>O programa leu o histórico do código (git) de %n pastas: %1 e %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file version(s) in the code history were larger than %1 and were not read.</source>
        <translation>
            <numerusform>%n versão de arquivo no histórico do código era maior que %1 e não foi lida.</numerusform>
            <numerusform>%n versões de arquivo no histórico do código eram maiores que %1 e não foram lidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code history folder(s) could not be read to the end. Keys in the part not read were not looked for:</source>
        <translation>
            <numerusform>Não foi possível ler %n pasta de histórico do código até o fim. Na parte que não foi lida, o programa não procurou chaves:</numerusform>
            <numerusform>Não foi possível ler %n pastas de histórico do código até o fim. Na parte que não foi lida, o programa não procurou chaves:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code history link(s) lead outside the folders you picked and were not followed. Add those folders to read them:</source>
        <translation>
            <numerusform>%n link do histórico do código leva para fora das pastas que você escolheu, e o programa não o seguiu. Adicione essas pastas para que ele as leia:</numerusform>
            <numerusform>%n links do histórico do código levam para fora das pastas que você escolheu, e o programa não os seguiu. Adicione essas pastas para que ele as leia:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitHistoryText</name>
    <message>
        <source>In the history of %1: %2, commit %3 of %4 (deleted since)</source>
        <translation>No histórico de %1: %2, commit %3 de %4 (excluído desde então)</translation>
    </message>
    <message>
        <source>In the history of %1: %2, commit %3 of %4 (changed since)</source>
        <translation>No histórico de %1: %2, commit %3 de %4 (alterado desde então)</translation>
    </message>
    <message>
        <source>In the history of %1: %2, commit %3 of %4</source>
        <translation>No histórico de %1: %2, commit %3 de %4</translation>
    </message>
    <message>
        <source>This key can send email for one domain. Replace it in the Mailgun Control Panel (API Security).</source>
        <translation>Esta chave pode enviar e-mails de um só domínio. Troque-a no Control Panel do Mailgun (API Security).</translation>
    </message>
    <message>
        <source>With this key, anyone can send fake Mailgun events to your website. Replace the webhook signing key in Mailgun.</source>
        <translation>Com esta chave, qualquer pessoa pode enviar eventos falsos do Mailgun para o seu site. Troque a chave de assinatura de webhooks no Mailgun.</translation>
    </message>
    <message>
        <source>This key can only check email addresses; it cannot send mail.</source>
        <translation>Esta chave só pode verificar endereços de e-mail; ela não pode enviar e-mails.</translation>
    </message>
    <message>
        <source>Anyone can send email with this password. Reset it in Mailgun (step 3).</source>
        <translation>Qualquer pessoa pode enviar e-mails com esta senha. Redefina-a no Mailgun (passo 3).</translation>
    </message>
    <message>
        <source>Anyone can use this key. Delete it in Mailgun and make a new one (step 2).</source>
        <translation>Qualquer pessoa pode usar esta chave. Exclua-a no Mailgun e crie uma nova (passo 2).</translation>
    </message>
    <message>
        <source>It is in the code history: commit %1 of %2 added it.</source>
        <translation>Ela está no histórico do código: o commit %1, de %2, a adicionou.</translation>
    </message>
    <message>
        <source>It is in the code history: commit %1 of %2 by %3 added it.</source>
        <translation>Ela está no histórico do código: o commit %1, de %2, feito por %3, a adicionou.</translation>
    </message>
    <message>
        <source>Deleting the file or the line does not remove it. Anyone with a copy of this code history, or of the .git folder on your website, can still read it.</source>
        <translation>Excluir o arquivo ou a linha não a remove. Qualquer pessoa com uma cópia deste histórico do código, ou da pasta .git do seu site, ainda pode lê-la.</translation>
    </message>
    <message>
        <source>Rewriting the history is not enough, because copies of it already exist.</source>
        <translation>Reescrever o histórico não basta, porque já existem cópias dele.</translation>
    </message>
    <message>
        <source>This code history is in the public website folder, so anyone may have downloaded it.</source>
        <translation>Este histórico do código está na pasta pública do site, então qualquer pessoa pode ter baixado esse histórico.</translation>
    </message>
</context>
<context>
    <name>GuidedChecklistWidget</name>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser</source>
        <translation>Abre %1 no seu navegador</translation>
    </message>
    <message>
        <source>Tick each item when you have done it</source>
        <translation>Marque cada item depois de fazê-lo</translation>
    </message>
</context>
<context>
    <name>GuidedStepPage</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 de %2</translation>
    </message>
    <message>
        <source>Every item is ticked: this step is done.</source>
        <translation>Todos os itens estão marcados: este passo foi concluído.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) ticked. You can come back to this step at any time.</source>
        <translation>
            <numerusform>%1 de %n item marcado. Você pode voltar a este passo a qualquer momento.</numerusform>
            <numerusform>%1 de %n itens marcados. Você pode voltar a este passo a qualquer momento.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InUseKeyPicker</name>
    <message>
        <source>The key you gave this program</source>
        <translation>A chave que você deu a este programa</translation>
    </message>
    <message>
        <source>This is the key I gave</source>
        <translation>Esta é a chave que eu dei</translation>
    </message>
    <message>
        <source>Mark the chosen key as the one you gave this program</source>
        <translation>Marcar a chave escolhida como a que você deu a este programa</translation>
    </message>
    <message>
        <source>You said the key you gave this program is &quot;%1&quot;. It is deleted last, after the new key works.</source>
        <translation>Você disse que a chave que deu a este programa é &quot;%1&quot;. Ela será excluída por último, depois que a nova chave funcionar.</translation>
    </message>
    <message>
        <source>The program cannot tell which of these keys is the one you gave it. Older keys (they start with &quot;key-&quot;) do not show which entry is theirs. If you know which one it is, pick it here. If you do not, no key is marked as in use.</source>
        <translation>O programa não consegue saber qual destas chaves é a que você deu a ele. Chaves antigas (que começam com &quot;key-&quot;) não mostram qual item da lista é delas. Se você sabe qual é, escolha-a aqui. Se não sabe, nenhuma chave fica marcada como em uso.</translation>
    </message>
    <message>
        <source>Choose the key you gave…</source>
        <translation>Escolher a chave que você deu…</translation>
    </message>
    <message>
        <source>%1 (%2, created %3)</source>
        <translation>%1 (%2, criada em %3)</translation>
    </message>
</context>
<context>
    <name>IncidentStartEdit</name>
    <message>
        <source>When did the trouble start?</source>
        <translation>Quando o problema começou?</translation>
    </message>
    <message>
        <source>The program marks keys, logins and rules made after this moment as new. Not sure? Pick a day a little earlier.</source>
        <translation>O programa marca como novos as chaves, os logins e as regras criados depois deste momento. Não tem certeza? Escolha um dia um pouco antes.</translation>
    </message>
</context>
<context>
    <name>InvestigatePanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Your files</source>
        <translation>Seus arquivos</translation>
    </message>
    <message>
        <source>Your website</source>
        <translation>Seu site</translation>
    </message>
    <message>
        <source>Your Mailgun account</source>
        <translation>Sua conta do Mailgun</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Another window of the assistant (or a command in a terminal) is working on your recovery right now. Finish or close it first, then try again. Nothing was changed.</source>
        <translation>Outra janela do assistente (ou um comando em um terminal) está trabalhando na sua recuperação agora. Termine ou feche essa janela primeiro e tente de novo. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The record of your progress could not be opened for writing in %1. Nothing was changed.</source>
        <translation>Não foi possível abrir para gravação o registro do seu progresso em %1. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The record of your progress could not be opened: %1</source>
        <translation>Não foi possível abrir o registro do seu progresso: %1</translation>
    </message>
    <message>
        <source>Part of the record of your progress was damaged. The assistant kept everything it could read, and a copy of the damaged file as %1.</source>
        <translation>Uma parte do registro do seu progresso estava danificada. O assistente manteve tudo o que conseguiu ler e guardou uma cópia do arquivo danificado como %1.</translation>
    </message>
    <message>
        <source>Part of the record of your progress was damaged. The assistant kept everything it could read and left the file as it was.</source>
        <translation>Uma parte do registro do seu progresso estava danificada. O assistente manteve tudo o que conseguiu ler e deixou o arquivo como estava.</translation>
    </message>
    <message>
        <source>The old record of your progress could not be put aside.</source>
        <translation>Não foi possível guardar à parte o registro antigo do seu progresso.</translation>
    </message>
    <message>
        <source>Your progress could not be saved to %1: %2</source>
        <translation>Não foi possível salvar seu progresso em %1: %2</translation>
    </message>
</context>
<context>
    <name>KeyFindings</name>
    <message>
        <source>This is the key this program is using right now.</source>
        <translation>Esta é a chave que este programa está usando agora.</translation>
    </message>
    <message>
        <source>Someone signed in to the Mailgun Control Panel %1 (%2)</source>
        <translation>Alguém entrou no Control Panel do Mailgun %1 (%2)</translation>
    </message>
    <message>
        <source>Each sign-in to the Control Panel creates a short-lived “web” key. This one was created after the incident started.</source>
        <translation>Cada vez que alguém entra no Control Panel, é criada uma chave “web” de curta duração. Esta foi criada depois do início do incidente.</translation>
    </message>
    <message>
        <source>If this was not you or a colleague, the password of that user is known to someone else: change it and turn on two-factor sign-in (steps 4 and 5).</source>
        <translation>Se não foi você nem um colega, outra pessoa conhece a senha desse usuário: troque a senha e ative o login em dois fatores (passos 4 e 5).</translation>
    </message>
    <message>
        <source>Whoever makes a key can write any name as its creator, so the recorded name does not prove who made it.</source>
        <translation>Quem cria uma chave pode escrever qualquer nome como criador, então o nome registrado não prova quem a criou.</translation>
    </message>
    <message>
        <source>This is %1 (role: %2). An API key lets whoever holds it send mail and change settings through Mailgun&apos;s programming interface.</source>
        <translation>Esta é %1 (função: %2). Uma chave de API permite que quem a tiver envie e-mails e altere configurações pela interface de programação do Mailgun.</translation>
    </message>
    <message>
        <source>Step 2 replaces the key you are using with a new one and then deletes this one.</source>
        <translation>O passo 2 troca a chave que você está usando por uma nova e depois exclui esta.</translation>
    </message>
    <message>
        <source>Unless you made it yourself after the incident started, delete it in step 2.</source>
        <translation>A menos que você mesmo a tenha criado depois do início do incidente, exclua-a no passo 2.</translation>
    </message>
    <message>
        <source>no creator recorded</source>
        <translation>sem criador registrado</translation>
    </message>
    <message>
        <source>recorded as %1</source>
        <translation>registrado como %1</translation>
    </message>
    <message>
        <source>recorded as %1 &lt;%2&gt;</source>
        <translation>registrado como %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>You are using %1</source>
        <translation>Você está usando %1</translation>
    </message>
    <message>
        <source>If this key leaked, whoever has it can use it until it is deleted.</source>
        <translation>Se esta chave vazou, quem a tiver pode usá-la até ela ser excluída.</translation>
    </message>
    <message>
        <source>Step 2 replaces it with a new key and deletes the old keys.</source>
        <translation>O passo 2 troca esta chave por uma nova e exclui as chaves antigas.</translation>
    </message>
    <message>
        <source>The program cannot tell which of your listed keys is the one you gave it</source>
        <translation>O programa não consegue saber qual das chaves listadas é a que você deu a ele</translation>
    </message>
    <message>
        <source>Older keys (they start with “key-”) do not show which entry of the key list is theirs, and neither does a key from another account.</source>
        <translation>Chaves antigas (que começam com “key-”) não mostram qual item da lista de chaves é delas, e uma chave de outra conta também não.</translation>
    </message>
    <message>
        <source>In step 2 you can pick it from the list (by its name, kind, role and creation date). Step 2 replaces it with a new key either way.</source>
        <translation>No passo 2, você pode escolhê-la na lista (pelo nome, tipo, função e data de criação). De qualquer forma, o passo 2 troca essa chave por uma nova.</translation>
    </message>
    <message>
        <source>Someone made an API key %1, after the incident started</source>
        <translation>Alguém criou uma chave de API %1, depois do início do incidente</translation>
    </message>
</context>
<context>
    <name>KeyFormat</name>
    <message>
        <source>This looks like a Mailgun API key.</source>
        <translation>Parece uma chave de API do Mailgun.</translation>
    </message>
    <message>
        <source>This looks like an older Mailgun API key (it starts with &quot;key-&quot;).</source>
        <translation>Parece uma chave de API antiga do Mailgun (ela começa com &quot;key-&quot;).</translation>
    </message>
    <message>
        <source>This is the public key. It cannot manage your account. Paste your private API key instead.</source>
        <translation>Esta é a chave pública. Ela não pode gerenciar sua conta. Cole a sua chave de API privada em vez dela.</translation>
    </message>
    <message>
        <source>The key has spaces or line breaks in it. Copy it again without them.</source>
        <translation>A chave tem espaços ou quebras de linha. Copie-a de novo sem eles.</translation>
    </message>
    <message>
        <source>The key looks incomplete. Paste the whole key.</source>
        <translation>A chave parece incompleta. Cole a chave inteira.</translation>
    </message>
    <message>
        <source>This does not look like a Mailgun API key. A key is a long mix of numbers and the letters a to f, with two dashes near the end.</source>
        <translation>Isto não parece uma chave de API do Mailgun. Uma chave é uma longa mistura de números e das letras de a a f, com dois hifens perto do fim.</translation>
    </message>
</context>
<context>
    <name>KeyInput</name>
    <message>
        <source>Mailgun API key (not shown as you type): </source>
        <translation>Chave de API do Mailgun (não aparece enquanto você digita): </translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2</source>
        <translation>Não foi possível ler o arquivo de chave %1: %2</translation>
    </message>
    <message>
        <source>The key file %1 is empty.</source>
        <translation>O arquivo de chave %1 está vazio.</translation>
    </message>
    <message>
        <source>No key was typed.</source>
        <translation>Nenhuma chave foi digitada.</translation>
    </message>
    <message>
        <source>No API key given. Set MAILGUN_API_KEY, use --key-file PATH, or run this in a terminal to type it.</source>
        <translation>Nenhuma chave de API informada. Defina MAILGUN_API_KEY, use --key-file CAMINHO ou execute isto em um terminal para digitar a chave.</translation>
    </message>
</context>
<context>
    <name>KeyPlanTable</name>
    <message>
        <source>Your API keys; ticked keys are deleted</source>
        <translation>Suas chaves de API; as chaves marcadas serão excluídas</translation>
    </message>
</context>
<context>
    <name>KeyRetest</name>
    <message>
        <source>WARNING: the old key %1 STILL WORKS (Mailgun accepted it at %2). Delete it now in the Control Panel (API Security), then check again.</source>
        <translation>ATENÇÃO: a chave antiga %1 AINDA FUNCIONA (o Mailgun a aceitou em %2). Exclua-a agora no Control Panel (API Security) e verifique de novo.</translation>
    </message>
    <message>
        <source>The old key %1 is dead: Mailgun refused it at %2.</source>
        <translation>A chave antiga %1 não funciona mais: o Mailgun a recusou em %2.</translation>
    </message>
    <message>
        <source>The sending key %1 was deleted from the key list. A sending key cannot be tested without sending mail.</source>
        <translation>A chave de envio %1 foi excluída da lista de chaves. Não é possível testar uma chave de envio sem enviar um e-mail.</translation>
    </message>
    <message>
        <source>The old key %1 could not be checked: the new key did not get through from this computer either, so a refusal would prove nothing.</source>
        <translation>Não foi possível verificar a chave antiga %1: a nova chave também não passou a partir deste computador, então uma recusa não provaria nada.</translation>
    </message>
    <message>
        <source>The old key %1 could not be checked: Mailgun gave no clear answer.</source>
        <translation>Não foi possível verificar a chave antiga %1: o Mailgun não deu uma resposta clara.</translation>
    </message>
</context>
<context>
    <name>KeyRotationController</name>
    <message>
        <source>%1 The key replacement stopped before its next change, because a restart could not continue it safely without that record. Make room on the disk (or make the folder writable), then continue the replacement.</source>
        <translation>%1 A troca de chave parou antes da próxima alteração, porque sem esse registro ela não poderia ser retomada com segurança depois de reiniciar. Libere espaço no disco (ou permita gravar na pasta) e continue a troca.</translation>
    </message>
    <message>
        <source>The list of API keys could not be read.</source>
        <translation>Não foi possível ler a lista de chaves de API.</translation>
    </message>
    <message>
        <source>The list of API keys could not be read to check for a half-made key.</source>
        <translation>Não foi possível ler a lista de chaves de API para procurar uma chave criada pela metade.</translation>
    </message>
    <message>
        <source>A half-made key from an earlier try could not be deleted.</source>
        <translation>Não foi possível excluir uma chave criada pela metade em uma tentativa anterior.</translation>
    </message>
    <message>
        <source>Mailgun did not confirm the new key after several tries. No old key was deleted. Check your connection and try again later.</source>
        <translation>O Mailgun não confirmou a nova chave depois de várias tentativas. Nenhuma chave antiga foi excluída. Verifique sua conexão e tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The new API key could not be created. No old key was deleted.</source>
        <translation>Não foi possível criar a nova chave de API. Nenhuma chave antiga foi excluída.</translation>
    </message>
    <message>
        <source>The keychain gave back a different key.</source>
        <translation>O chaveiro devolveu uma chave diferente.</translation>
    </message>
    <message numerus="yes">
        <source>Mailgun has not accepted the new key yet, trying again in %n seconds (attempt %1 of %2).</source>
        <translation>
            <numerusform>O Mailgun ainda não aceitou a nova chave. Nova tentativa em %n segundo (tentativa %1 de %2).</numerusform>
            <numerusform>O Mailgun ainda não aceitou a nova chave. Nova tentativa em %n segundos (tentativa %1 de %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailgun did not accept the new key %1 after %n attempts. No old key was deleted: your old key still works. Try again in a few minutes.</source>
        <translation>
            <numerusform>O Mailgun não aceitou a nova chave %1 depois de %n tentativa. Nenhuma chave antiga foi excluída: sua chave antiga ainda funciona. Tente de novo em alguns minutos.</numerusform>
            <numerusform>O Mailgun não aceitou a nova chave %1 depois de %n tentativas. Nenhuma chave antiga foi excluída: sua chave antiga ainda funciona. Tente de novo em alguns minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new key did not work when it was checked. No old key was deleted.</source>
        <translation>A nova chave não funcionou quando foi verificada. Nenhuma chave antiga foi excluída.</translation>
    </message>
    <message>
        <source>There is no unfinished key replacement to continue.</source>
        <translation>Não há nenhuma troca de chave interrompida para continuar.</translation>
    </message>
    <message>
        <source>The key you gave belongs to another Mailgun account than the key replacement that was interrupted (or every key of that replacement has been deleted since). Nothing was changed. To finish it, run it again with a key of the account it was for: the key you used when it started, or the new key %1.</source>
        <translation>A chave que você informou é de uma conta do Mailgun diferente da conta da troca de chave interrompida (ou todas as chaves dessa troca já foram excluídas). Nada foi alterado. Para concluir a troca, execute-a de novo com uma chave da conta certa: a chave que você usou no início, ou a nova chave %1.</translation>
    </message>
    <message>
        <source>(not made yet)</source>
        <translation>(ainda não criada)</translation>
    </message>
    <message>
        <source>The program could not check that the key you gave belongs to the account of the interrupted key replacement, so it changed nothing.</source>
        <translation>O programa não conseguiu verificar se a chave que você informou pertence à conta da troca de chave interrompida, então não alterou nada.</translation>
    </message>
    <message>
        <source>The new key %1 was shown before the program stopped. It is not in the keychain, so it cannot be shown again.</source>
        <translation>A nova chave %1 foi mostrada antes de o programa parar. Ela não está no chaveiro, então não pode ser mostrada de novo.</translation>
    </message>
    <message>
        <source>The new key %1 is no longer in the keychain. A new key is made to replace it; no old key is deleted before that one is saved and checked.</source>
        <translation>A nova chave %1 não está mais no chaveiro. Outra chave nova será criada no lugar dela; nenhuma chave antiga será excluída antes de essa chave ser salva e verificada.</translation>
    </message>
    <message>
        <source>The new key %1 could not be read back from the keychain &quot;%2&quot;, so no old key was deleted. Unlock the keychain (or sign in to your desktop again), then continue the replacement. You can also continue it with the new key itself if you saved it elsewhere.</source>
        <translation>Não foi possível ler de novo a nova chave %1 no chaveiro &quot;%2&quot;, então nenhuma chave antiga foi excluída. Desbloqueie o chaveiro (ou entre de novo na sua sessão do computador) e continue a troca. Você também pode continuar com a própria chave nova, se a salvou em outro lugar.</translation>
    </message>
    <message>
        <source>Trying the old keys once more, to prove Mailgun refuses them.</source>
        <translation>Testando as chaves antigas mais uma vez, para provar que o Mailgun as recusa.</translation>
    </message>
</context>
<context>
    <name>KeyRotationPanel</name>
    <message>
        <source>&lt;b&gt;Replace the API key for me&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trocar a chave de API para mim&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The program can make a new key, keep it safe in this computer&apos;s keychain, and then delete the old keys. First look at your keys: nothing changes until you agree.</source>
        <translation>O programa pode criar uma nova chave, guardá-la com segurança no chaveiro deste computador e depois excluir as chaves antigas. Primeiro, veja suas chaves: nada muda até você concordar.</translation>
    </message>
    <message>
        <source>A key replacement was interrupted before it was finished.</source>
        <translation>Uma troca de chave foi interrompida antes de terminar.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Continuar a troca</translation>
    </message>
    <message>
        <source>Continue the interrupted key replacement</source>
        <translation>Continuar a troca de chave interrompida</translation>
    </message>
    <message>
        <source>Show my keys</source>
        <translation>Mostrar minhas chaves</translation>
    </message>
    <message>
        <source>Show my API keys</source>
        <translation>Mostrar minhas chaves de API</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Trocar a chave</translation>
    </message>
    <message>
        <source>Replace the API key and delete the ticked old keys</source>
        <translation>Trocar a chave de API e excluir as chaves antigas marcadas</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Try the key replacement again</source>
        <translation>Tentar a troca de chave de novo</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Aguarde</translation>
    </message>
    <message>
        <source>I have saved the new key somewhere safe</source>
        <translation>Salvei a nova chave em um lugar seguro</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue and delete the old keys</source>
        <translation>Continuar e excluir as chaves antigas</translation>
    </message>
    <message>
        <source>Replace the API key</source>
        <translation>Trocar a chave de API</translation>
    </message>
    <message>
        <source>Replace the API key now?</source>
        <translation>Trocar a chave de API agora?</translation>
    </message>
    <message>
        <source>The program makes a new API key and saves it in this computer&apos;s keychain. Then it deletes the old keys you ticked. Old keys it deletes: %1.

Websites and apps that use an old key stop sending email until you give them the new key.</source>
        <translation>O programa cria uma nova chave de API e a salva no chaveiro deste computador. Depois, exclui as chaves antigas que você marcou. Chaves antigas que serão excluídas: %1.

Sites e aplicativos que usam uma chave antiga param de enviar e-mails até você dar a eles a nova chave.</translation>
    </message>
    <message>
        <source>The old keys it deletes, by ID:</source>
        <translation>As chaves antigas que serão excluídas, por ID:</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Reading the list of keys…</source>
        <translation>Lendo a lista de chaves…</translation>
    </message>
    <message>
        <source>Creating the new key…</source>
        <translation>Criando a nova chave…</translation>
    </message>
    <message>
        <source>Saving it in the keychain…</source>
        <translation>Salvando a chave no chaveiro…</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Verificando a nova chave…</translation>
    </message>
    <message>
        <source>Deleting old keys…</source>
        <translation>Excluindo as chaves antigas…</translation>
    </message>
    <message>
        <source>%1
No old key is deleted until you confirm below that you saved the new key.</source>
        <translation>%1
Nenhuma chave antiga será excluída até você confirmar abaixo que salvou a nova chave.</translation>
    </message>
    <message>
        <source>✔ deleted</source>
        <translation>✔ excluída</translation>
    </message>
    <message>
        <source>Done: the new API key is made and working.</source>
        <translation>Pronto: a nova chave de API foi criada e está funcionando.</translation>
    </message>
    <message>
        <source>Where it is kept: in this computer&apos;s keychain under &quot;%1&quot;, entry %2.</source>
        <translation>Onde ela está guardada: no chaveiro deste computador, em &quot;%1&quot;, item %2.</translation>
    </message>
    <message>
        <source>Where it is kept: not stored by this program; you saved it yourself.</source>
        <translation>Onde ela está guardada: este programa não a guardou; você mesmo a salvou.</translation>
    </message>
    <message>
        <source>What to do now: put the new key into every website and app that used the old key, and send a test email from each one.</source>
        <translation>O que fazer agora: coloque a nova chave em todos os sites e aplicativos que usavam a chave antiga, e envie um e-mail de teste de cada um deles.</translation>
    </message>
    <message>
        <source>The new API key is made and working, but an old key still works too. Read the warning below.</source>
        <translation>A nova chave de API foi criada e está funcionando, mas uma chave antiga também continua funcionando. Leia o aviso abaixo.</translation>
    </message>
    <message>
        <source>✘ still there</source>
        <translation>✘ ainda existe</translation>
    </message>
    <message>
        <source>✘ still works</source>
        <translation>✘ ainda funciona</translation>
    </message>
    <message>
        <source>Every old key you ticked is deleted.</source>
        <translation>Todas as chaves antigas que você marcou foram excluídas.</translation>
    </message>
    <message>
        <source>These old keys could not be deleted and still work: %1. Delete them by hand in the Control Panel (API Security).</source>
        <translation>Não foi possível excluir estas chaves antigas, e elas ainda funcionam: %1. Exclua-as manualmente no Control Panel (API Security).</translation>
    </message>
    <message>
        <source>Click a key to read about it and what to do with it.</source>
        <translation>Clique em uma chave para ler sobre ela e sobre o que fazer com ela.</translation>
    </message>
    <message>
        <source>The program deletes the ticked keys after it has made and saved the new key. Untick a key to keep it.</source>
        <translation>O programa exclui as chaves marcadas depois de criar e salvar a nova chave. Desmarque uma chave para mantê-la.</translation>
    </message>
</context>
<context>
    <name>KeyRotationPlan</name>
    <message>
        <source>Step 1 found this key in %1. Anyone who saw it can use it: delete it.</source>
        <translation>O passo 1 encontrou esta chave em %1. Qualquer pessoa que a viu pode usá-la: exclua-a.</translation>
    </message>
    <message>
        <source>The key you gave this program. It may be the leaked one: delete it.</source>
        <translation>A chave que você deu a este programa. Ela pode ser a que vazou: exclua-a.</translation>
    </message>
    <message>
        <source>The account review in step 1 flagged this key: it is new or was made by someone who is not a user of the account. Delete it unless you know who made it.</source>
        <translation>A revisão da conta no passo 1 marcou esta chave: ela é nova ou foi criada por alguém que não é usuário da conta. Exclua-a, a menos que você saiba quem a criou.</translation>
    </message>
    <message>
        <source>A sign-in session of the Control Panel. It ends by itself within a day; signing out everywhere ends it now.</source>
        <translation>Uma sessão de login do Control Panel. Ela termina sozinha em até um dia; se você sair de todos os lugares, ela termina na hora.</translation>
    </message>
    <message>
        <source>A sending key for %1. It can only send email for that domain. Replace it in the Control Panel if it may have leaked too.</source>
        <translation>Uma chave de envio para %1. Ela só pode enviar e-mails desse domínio. Troque-a no Control Panel se ela também pode ter vazado.</translation>
    </message>
    <message>
        <source>A key that can change your account. Delete it unless you are sure it did not leak; you can make a new one later.</source>
        <translation>Uma chave que pode alterar sua conta. Exclua-a, a menos que tenha certeza de que ela não vazou; você pode criar uma nova depois.</translation>
    </message>
    <message>
        <source>A key that can read your account. Delete it if you do not know who uses it.</source>
        <translation>Uma chave que pode ler sua conta. Exclua-a se você não sabe quem a usa.</translation>
    </message>
    <message>
        <source>You said this is the key you gave this program. It may be the leaked one: delete it.</source>
        <translation>Você disse que esta é a chave que deu a este programa. Ela pode ser a que vazou: exclua-a.</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <source>full access</source>
        <translation>acesso total</translation>
    </message>
    <message>
        <source>developer access</source>
        <translation>acesso de desenvolvedor</translation>
    </message>
    <message>
        <source>sending only</source>
        <translation>só envio</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>só leitura</translation>
    </message>
    <message>
        <source>Domain, %1</source>
        <translation>Domínio, %1</translation>
    </message>
    <message>
        <source>Control Panel, %1</source>
        <translation>Control Panel, %1</translation>
    </message>
    <message>
        <source>Account, %1</source>
        <translation>Conta, %1</translation>
    </message>
    <message>
        <source>(no name) %1</source>
        <translation>(sem nome) %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>in use (your choice)</source>
        <translation>em uso (você escolheu)</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>em uso</translation>
    </message>
    <message>
        <source>new since the incident</source>
        <translation>nova desde o incidente</translation>
    </message>
    <message>
        <source>found exposed in step 1</source>
        <translation>encontrada exposta no passo 1</translation>
    </message>
    <message>
        <source>flagged in step 1</source>
        <translation>marcada no passo 1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desativada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Creator on record</source>
        <translation>Criada por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>About &quot;%1&quot;: %2</source>
        <translation>Sobre &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>LeakFinding</name>
    <message>
        <source>Mailgun sending key for %1</source>
        <translation>Chave de envio do Mailgun para %1</translation>
    </message>
    <message>
        <source>Mailgun webhook signing key</source>
        <translation>Chave de assinatura de webhooks do Mailgun</translation>
    </message>
    <message>
        <source>Mailgun API key</source>
        <translation>Chave de API do Mailgun</translation>
    </message>
    <message>
        <source>Older Mailgun API key</source>
        <translation>Chave de API antiga do Mailgun</translation>
    </message>
    <message>
        <source>Mailgun public key</source>
        <translation>Chave pública do Mailgun</translation>
    </message>
    <message>
        <source>Mailgun SMTP password</source>
        <translation>Senha SMTP do Mailgun</translation>
    </message>
    <message>
        <source>Page that shows the server settings (phpinfo)</source>
        <translation>Página que mostra as configurações do servidor (phpinfo)</translation>
    </message>
    <message>
        <source>Settings file (.env) in the public website folder</source>
        <translation>Arquivo de configuração (.env) na pasta pública do site</translation>
    </message>
    <message>
        <source>Debug mode is on</source>
        <translation>O modo de depuração está ativado</translation>
    </message>
    <message>
        <source>Development mode is on</source>
        <translation>O modo de desenvolvimento está ativado</translation>
    </message>
    <message>
        <source>Copy of the WordPress settings file (wp-config.php)</source>
        <translation>Cópia do arquivo de configuração do WordPress (wp-config.php)</translation>
    </message>
    <message>
        <source>Code history folder (.git) in the public website folder</source>
        <translation>Pasta do histórico do código (.git) na pasta pública do site</translation>
    </message>
    <message>
        <source>Debug log file</source>
        <translation>Arquivo de log de depuração</translation>
    </message>
    <message>
        <source>Database copy in the public website folder</source>
        <translation>Cópia do banco de dados na pasta pública do site</translation>
    </message>
    <message>
        <source>Website backup in the public website folder</source>
        <translation>Backup do site na pasta pública do site</translation>
    </message>
    <message>
        <source>Password in the code history settings (.git/config)</source>
        <translation>Senha nas configurações do histórico do código (.git/config)</translation>
    </message>
    <message>
        <source>This key can send email for that domain only. Replace it in the Control Panel (API Security), then put the new key in this file.</source>
        <translation>Esta chave só pode enviar e-mails desse domínio. Troque-a no Control Panel (API Security) e depois coloque a nova chave neste arquivo.</translation>
    </message>
    <message>
        <source>This is your account&apos;s webhook signing key. With it, anyone can send fake Mailgun events to your website. Replace it: in step 2 of the wizard (&quot;Two more keys you may want to replace&quot;) or in the Mailgun Control Panel. Then put the new one in this file.</source>
        <translation>Esta é a chave de assinatura de webhooks da sua conta. Com ela, qualquer pessoa pode enviar eventos falsos do Mailgun para o seu site. Troque-a: no passo 2 do assistente (&quot;Mais duas chaves que você talvez queira trocar&quot;) ou no Control Panel do Mailgun. Depois, coloque a nova chave neste arquivo.</translation>
    </message>
    <message>
        <source>This file is in the public website folder, so anyone may have downloaded it.</source>
        <translation>Este arquivo está na pasta pública do site, então qualquer pessoa pode ter baixado esse arquivo.</translation>
    </message>
    <message>
        <source>Delete this key in Mailgun and make a new one (step 2). Then remove the old key from this file.</source>
        <translation>Exclua esta chave no Mailgun e crie uma nova (passo 2). Depois, remova a chave antiga deste arquivo.</translation>
    </message>
    <message>
        <source>This key can only check email addresses; it cannot send mail. Remove it from this file if the file is public.</source>
        <translation>Esta chave só pode verificar endereços de e-mail; ela não pode enviar e-mails. Remova-a deste arquivo se o arquivo for público.</translation>
    </message>
    <message>
        <source>With this key, anyone can send fake Mailgun events to your website. Reset the webhook signing key in Mailgun and put the new one in this file.</source>
        <translation>Com esta chave, qualquer pessoa pode enviar eventos falsos do Mailgun para o seu site. Troque a chave de assinatura de webhooks no Mailgun e coloque a nova neste arquivo.</translation>
    </message>
    <message>
        <source>Reset this SMTP password in Mailgun (step 3). Then put the new password in this file.</source>
        <translation>Redefina esta senha SMTP no Mailgun (passo 3). Depois, coloque a nova senha neste arquivo.</translation>
    </message>
    <message>
        <source>Remove this file from your web server. This page shows your server&apos;s settings, including passwords, to anyone who opens it.</source>
        <translation>Remova este arquivo do seu servidor web. Esta página mostra as configurações do seu servidor, inclusive senhas, para qualquer pessoa que a abrir.</translation>
    </message>
    <message>
        <source>Move this file out of the public website folder. Anyone can download it and read the passwords in it.</source>
        <translation>Tire este arquivo da pasta pública do site. Qualquer pessoa pode baixá-lo e ler as senhas que ele contém.</translation>
    </message>
    <message>
        <source>Turn off debug mode on your live website: set WP_DEBUG to false in this file. Debug messages can show your passwords to visitors.</source>
        <translation>Desative o modo de depuração no seu site no ar: defina WP_DEBUG como false neste arquivo. Mensagens de depuração podem mostrar suas senhas aos visitantes.</translation>
    </message>
    <message>
        <source>Turn off debug mode on your live website: set DEBUG = False in this file. Error pages in debug mode can show your settings to visitors.</source>
        <translation>Desative o modo de depuração no seu site no ar: defina DEBUG = False neste arquivo. Páginas de erro no modo de depuração podem mostrar suas configurações aos visitantes.</translation>
    </message>
    <message>
        <source>Turn off debug mode on your live website: set APP_DEBUG=false in this file. Error pages in debug mode can show your passwords to visitors.</source>
        <translation>Desative o modo de depuração no seu site no ar: defina APP_DEBUG=false neste arquivo. Páginas de erro no modo de depuração podem mostrar suas senhas aos visitantes.</translation>
    </message>
    <message>
        <source>Switch your live website to production mode (APP_ENV=prod). Development mode shows internal details, including passwords, to visitors.</source>
        <translation>Coloque seu site no ar em modo de produção (APP_ENV=prod). O modo de desenvolvimento mostra detalhes internos, inclusive senhas, aos visitantes.</translation>
    </message>
    <message>
        <source>Remove this file from your web server. Unlike the real wp-config.php, a copy can be downloaded and read, with all its passwords.</source>
        <translation>Remova este arquivo do seu servidor web. Ao contrário do wp-config.php verdadeiro, uma cópia pode ser baixada e lida, com todas as senhas que contém.</translation>
    </message>
    <message>
        <source>Remove this folder from your web server. Anyone can download your whole code history from it, including old passwords.</source>
        <translation>Remova esta pasta do seu servidor web. Por ela, qualquer pessoa pode baixar todo o histórico do seu código, inclusive senhas antigas.</translation>
    </message>
    <message>
        <source>Delete this log file and turn off debug logging. Logs can hold passwords and keys.</source>
        <translation>Exclua este arquivo de log e desative o log de depuração. Os logs podem conter senhas e chaves.</translation>
    </message>
    <message>
        <source>Move this file out of the public website folder. Anyone can download it. A database copy holds your site&apos;s settings, often with passwords and keys.</source>
        <translation>Tire este arquivo da pasta pública do site. Qualquer pessoa pode baixá-lo. Uma cópia do banco de dados contém as configurações do seu site, muitas vezes com senhas e chaves.</translation>
    </message>
    <message>
        <source>Move this file out of the public website folder. Anyone can download it. A backup holds all your site&apos;s files, with their passwords and keys.</source>
        <translation>Tire este arquivo da pasta pública do site. Qualquer pessoa pode baixá-lo. Um backup contém todos os arquivos do seu site, com as senhas e chaves deles.</translation>
    </message>
    <message>
        <source>Change this password where the code is stored (GitHub, GitLab, ...). Then remove it from the address in this file.</source>
        <translation>Troque esta senha no lugar onde o código fica guardado (GitHub, GitLab, ...). Depois, remova-a do endereço que está neste arquivo.</translation>
    </message>
    <message>
        <source>This is the key you are using now.</source>
        <translation>Esta é a chave que você está usando agora.</translation>
    </message>
    <message>
        <source>This is key %1 of your account.</source>
        <translation>Esta é a chave %1 da sua conta.</translation>
    </message>
    <message>
        <source>an earlier webhook signing key of this account (it is not the current one)</source>
        <translation>uma chave de assinatura de webhooks anterior desta conta (não é a atual)</translation>
    </message>
    <message>
        <source>the webhook signing key of this account</source>
        <translation>a chave de assinatura de webhooks desta conta</translation>
    </message>
    <message>
        <source>This is none of the keys your account lists now. It may be: a deleted or expired key of this account; %1; a key of a subaccount; a key of another Mailgun account; a sending key for one domain that was deleted. Treat it as a working key until you know which.</source>
        <translation>Esta não é nenhuma das chaves que sua conta lista agora. Ela pode ser: uma chave excluída ou expirada desta conta; %1; uma chave de uma subconta; uma chave de outra conta do Mailgun; uma chave de envio de um domínio que foi excluída. Trate-a como uma chave que funciona até descobrir qual é.</translation>
    </message>
    <message>
        <source>This is an older kind of key (it starts with &quot;key-&quot;). Mailgun&apos;s key list does not show which entry belongs to such a key, so the program cannot tell which of your keys it is. Treat it as a working key of your account.</source>
        <translation>Esta é uma chave de um tipo antigo (ela começa com &quot;key-&quot;). A lista de chaves do Mailgun não mostra qual item pertence a uma chave assim, então o programa não consegue saber qual das suas chaves ela é. Trate-a como uma chave da sua conta que funciona.</translation>
    </message>
    <message>
        <source>Your account lists this key as a sending key for %1 (key %2).</source>
        <translation>Sua conta lista esta chave como uma chave de envio para %1 (chave %2).</translation>
    </message>
    <message>
        <source>It is exactly your account&apos;s current webhook signing key.</source>
        <translation>É exatamente a chave de assinatura de webhooks atual da sua conta.</translation>
    </message>
    <message>
        <source>A word such as &quot;example&quot; stands before it, but the value looks like a real key. Check it.</source>
        <translation>Há uma palavra como &quot;example&quot; antes dela, mas o valor parece uma chave real. Confira.</translation>
    </message>
    <message>
        <source>Nothing in this file mentions Mailgun, so it may be a key of another service.</source>
        <translation>Nada neste arquivo menciona o Mailgun, então pode ser uma chave de outro serviço.</translation>
    </message>
    <message>
        <source>It is in a script, and nothing near it mentions Mailgun. It may be another kind of code. Check it.</source>
        <translation>Ela está em um script, e nada perto dela menciona o Mailgun. Pode ser outro tipo de código. Confira.</translation>
    </message>
</context>
<context>
    <name>LookAlikeSummaryText</name>
    <message numerus="yes">
        <source>%n value(s) that look like a Mailgun key are not listed as findings: each is in a script that never mentions Mailgun, where such values are almost always part of the script. If you ever put a key in a script, look here:</source>
        <translation>
            <numerusform>%n valor que parece uma chave do Mailgun não aparece entre os resultados: ele está em um script que nunca menciona o Mailgun, onde valores assim quase sempre fazem parte do script. Se você já colocou uma chave em um script, olhe aqui:</numerusform>
            <numerusform>%n valores que parecem uma chave do Mailgun não aparecem entre os resultados: cada um está em um script que nunca menciona o Mailgun, onde valores assim quase sempre fazem parte do script. Se você já colocou uma chave em um script, olhe aqui:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>The PDF could not be made here. Save the report as HTML or Markdown.</source>
        <translation>Não foi possível criar o PDF aqui. Salve o relatório como HTML ou Markdown.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Não foi possível gravar o PDF.</translation>
    </message>
</context>
<context>
    <name>PracticeServer</name>
    <message>
        <source>The practice account could not listen on 127.0.0.1 port %1. Another program may be using it; choose another port.</source>
        <translation>A conta de treino não conseguiu escutar na porta %1 de 127.0.0.1. Outro programa pode estar usando essa porta; escolha outra.</translation>
    </message>
</context>
<context>
    <name>PracticeServerCommand</name>
    <message>
        <source>The practice account is running. Press Ctrl+C to stop it.</source>
        <translation>A conta de treino está em execução. Pressione Ctrl+C para pará-la.</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>CRITICAL</source>
        <translation>CRÍTICO</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>ALTO</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>MÉDIO</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>BAIXO</translation>
    </message>
    <message>
        <source>The content looks like %1.</source>
        <translation>O conteúdo parece ser %1.</translation>
    </message>
    <message>
        <source>Found in it: %1 %2</source>
        <translation>Encontrado nele: %1 %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>O que fazer: %1</translation>
    </message>
    <message>
        <source>Only check websites that are yours. If these sites are yours, run the command again with --i-own-this-site. Nothing was sent.</source>
        <translation>Verifique apenas sites que são seus. Se estes sites são seus, execute o comando de novo com --i-own-this-site. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Give the address of your website, for example: mailgun-recovery probe https://www.example.com --i-own-this-site</source>
        <translation>Informe o endereço do seu site, por exemplo: mailgun-recovery probe https://www.example.com --i-own-this-site</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nada foi enviado.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Não verificado: %1</translation>
    </message>
    <message>
        <source>None of these is a website address. Nothing was sent.</source>
        <translation>Nenhum destes é um endereço de site. Nada foi enviado.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n site(s)</source>
        <translation>
            <numerusform>%n site verificado</numerusform>
            <numerusform>%n sites verificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n request(s).</source>
        <translation>
            <numerusform>com %n requisição.</numerusform>
            <numerusform>com %n requisições.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Não foi possível verificar: %1</translation>
    </message>
    <message>
        <source>No files or pages that leak passwords or keys were found.</source>
        <translation>Nenhum arquivo ou página que vaza senhas ou chaves foi encontrado.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n thing(s) anyone can open:</source>
        <translation>
            <numerusform>%n item encontrado que qualquer pessoa pode abrir:</numerusform>
            <numerusform>%n itens encontrados que qualquer pessoa pode abrir:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n address(es)…</source>
        <translation>
            <numerusform>%1 de %n endereço verificado…</numerusform>
            <numerusform>%1 de %n endereços verificados…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeContent</name>
    <message>
        <source>a settings file (.env)</source>
        <translation>um arquivo de configuração (.env)</translation>
    </message>
    <message>
        <source>PHP program code</source>
        <translation>código de programa PHP</translation>
    </message>
    <message>
        <source>a data file (JSON)</source>
        <translation>um arquivo de dados (JSON)</translation>
    </message>
    <message>
        <source>a settings file (YAML)</source>
        <translation>um arquivo de configuração (YAML)</translation>
    </message>
    <message>
        <source>a copy of a database (SQL)</source>
        <translation>uma cópia de um banco de dados (SQL)</translation>
    </message>
    <message>
        <source>a settings file (INI)</source>
        <translation>um arquivo de configuração (INI)</translation>
    </message>
    <message>
        <source>a data file (XML)</source>
        <translation>um arquivo de dados (XML)</translation>
    </message>
    <message>
        <source>a web page (HTML)</source>
        <translation>uma página web (HTML)</translation>
    </message>
    <message>
        <source>a script (JavaScript)</source>
        <translation>um script (JavaScript)</translation>
    </message>
    <message>
        <source>a temporary file of the Vim text editor</source>
        <translation>um arquivo temporário do editor de texto Vim</translation>
    </message>
    <message>
        <source>an archive or another file that is not text</source>
        <translation>um arquivo compactado ou outro arquivo que não é texto</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texto simples</translation>
    </message>
</context>
<context>
    <name>RecoverySession</name>
    <message>
        <source>This copy of the program has no practice account.</source>
        <translation>Esta cópia do programa não tem conta de treino.</translation>
    </message>
    <message>
        <source>%1 The program remembers it until you close it, but a restart and the report will not know it. Make room on the disk (or make the folder writable).</source>
        <translation>%1 O programa se lembra disso até você fechá-lo, mas depois de reiniciar ele não vai saber, e o relatório também não. Libere espaço no disco (ou permita gravar na pasta).</translation>
    </message>
</context>
<context>
    <name>RecoveryStep</name>
    <message>
        <source>Find the leak</source>
        <translation>Encontrar o vazamento</translation>
    </message>
    <message>
        <source>Replace the API key</source>
        <translation>Trocar a chave de API</translation>
    </message>
    <message>
        <source>Reset SMTP passwords</source>
        <translation>Redefinir as senhas SMTP</translation>
    </message>
    <message>
        <source>Reset user passwords</source>
        <translation>Redefinir as senhas dos usuários</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Ativar o login em dois fatores</translation>
    </message>
    <message>
        <source>Report to Mailgun</source>
        <translation>Avisar o Mailgun</translation>
    </message>
</context>
<context>
    <name>RecoveryWizard</name>
    <message>
        <source>Mailgun Recovery Assistant</source>
        <translation>Mailgun Recovery Assistant</translation>
    </message>
    <message>
        <source>Stop for now</source>
        <translation>Parar por enquanto</translation>
    </message>
    <message>
        <source>Your progress was not saved</source>
        <translation>Seu progresso não foi salvo</translation>
    </message>
    <message>
        <source>Stop for now?</source>
        <translation>Parar por enquanto?</translation>
    </message>
    <message>
        <source>Do you want to stop for now?</source>
        <translation>Você quer parar por enquanto?</translation>
    </message>
    <message>
        <source>The assistant remembers where you were. Start it again to go on.</source>
        <translation>O assistente lembra onde você parou. Abra-o de novo para continuar.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Not Mailgun: this assistant sends your API key and every request to %1. Close it unless you chose this address yourself.</source>
        <translation>Não é o Mailgun: este assistente envia sua chave de API e todas as solicitações para %1. Feche-o, a menos que você mesmo tenha escolhido este endereço.</translation>
    </message>
    <message>
        <source>Not Mailgun: this assistant sends your API key and every request to %1 (US) and %2 (EU). Close it unless you chose these addresses yourself.</source>
        <translation>Não é o Mailgun: este assistente envia sua chave de API e todas as solicitações para %1 (US) e %2 (EU). Feche-o, a menos que você mesmo tenha escolhido estes endereços.</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>European Union (EU)</source>
        <extracomment>One of Mailgun&apos;s two regions (data centres); keep the code EU in brackets, as in the Control Panel.</extracomment>
        <translation>União Europeia (EU)</translation>
    </message>
    <message>
        <source>United States (US)</source>
        <translation>Estados Unidos (US)</translation>
    </message>
</context>
<context>
    <name>ReportActionText</name>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Falhou (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 em %2 (%3)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Opened the password reset page for %1.</source>
        <translation>A página de redefinição de senha de %1 foi aberta.</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot;.</source>
        <translation>Registrado: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot;: %2.</source>
        <translation>Registrado: &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>No answer was recorded: the program may have been closed while it waited</source>
        <translation>Nenhuma resposta foi registrada: o programa pode ter sido fechado enquanto esperava</translation>
    </message>
    <message>
        <source>Asked Mailgun to create a new private API key (marked %1 in its description).</source>
        <translation>Foi pedido ao Mailgun que criasse uma nova chave de API privada (marcada com %1 na descrição).</translation>
    </message>
    <message>
        <source>Asked Mailgun to delete the old API key %1.</source>
        <translation>Foi pedido ao Mailgun que excluísse a chave de API antiga %1.</translation>
    </message>
    <message>
        <source>Asked Mailgun to set a new SMTP password for %1.</source>
        <translation>Foi pedido ao Mailgun que definisse uma nova senha SMTP para %1.</translation>
    </message>
    <message>
        <source>Asked Mailgun to remove %1.</source>
        <translation>Foi pedido ao Mailgun que removesse %1.</translation>
    </message>
    <message>
        <source>Asked Mailgun to delete the SMTP login %1.</source>
        <translation>Foi pedido ao Mailgun que excluísse o login SMTP %1.</translation>
    </message>
    <message>
        <source>Set the start of the incident to %1.</source>
        <translation>O início do incidente foi definido como %1.</translation>
    </message>
    <message>
        <source>The admin confirmed: &quot;%1&quot;.</source>
        <translation>O administrador confirmou: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Confirmed by the admin</source>
        <translation>Confirmado pelo administrador</translation>
    </message>
    <message>
        <source>The admin took back the confirmation: &quot;%1&quot;.</source>
        <translation>O administrador retirou a confirmação: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the route %1 of the %2 region, which matched %3 and did: %4</source>
        <translation>a rota %1 da região %2, que correspondia a %3 e fazia: %4</translation>
    </message>
    <message>
        <source>the account webhook of the %1 region that sent %2 to %3</source>
        <translation>o webhook da conta da região %1 que enviava %2 para %3</translation>
    </message>
    <message>
        <source>the copy of every message of %1 sent to %2</source>
        <translation>a cópia de cada mensagem de %1 enviada para %2</translation>
    </message>
    <message>
        <source>the %1 webhook of %2 that sent to %3</source>
        <translation>o webhook %1 de %2 que enviava para %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>the change did not take effect</source>
        <translation>a alteração não teve efeito</translation>
    </message>
    <message>
        <source>Tried to remove %1.</source>
        <translation>Tentativa de remover %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Removido: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Started replacing the private API key: a new key with the role &quot;%1&quot; is made first, then %n old key(s) are deleted.</source>
        <translation>
            <numerusform>Troca da chave de API privada iniciada: primeiro é criada uma nova chave com a função &quot;%1&quot;, depois %n chave antiga é excluída.</numerusform>
            <numerusform>Troca da chave de API privada iniciada: primeiro é criada uma nova chave com a função &quot;%1&quot;, depois %n chaves antigas são excluídas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys to delete: %1.</source>
        <translation>Chaves a excluir: %1.</translation>
    </message>
    <message>
        <source>Created a new private API key (id %1).</source>
        <translation>Nova chave de API privada criada (id %1).</translation>
    </message>
    <message>
        <source>Stored the new key (id %1) in this computer&apos;s keychain and read it back.</source>
        <translation>A nova chave (id %1) foi guardada no chaveiro deste computador e conferida em seguida.</translation>
    </message>
    <message>
        <source>Tried to store the new key (id %1) in this computer&apos;s keychain.</source>
        <translation>Tentativa de guardar a nova chave (id %1) no chaveiro deste computador.</translation>
    </message>
    <message>
        <source>The admin confirmed that they saved the new key (id %1) themselves.</source>
        <translation>O administrador confirmou que salvou a nova chave (id %1) por conta própria.</translation>
    </message>
    <message>
        <source>Checked with Mailgun that the new key (id %1) works.</source>
        <translation>Foi verificado com o Mailgun que a nova chave (id %1) funciona.</translation>
    </message>
    <message>
        <source>Deleted a half-made key (id %1) left over from an earlier try.</source>
        <translation>Foi excluída uma chave criada pela metade (id %1) que sobrou de uma tentativa anterior.</translation>
    </message>
    <message>
        <source>Deleted the old API key %1.</source>
        <translation>A chave de API antiga %1 foi excluída.</translation>
    </message>
    <message>
        <source>Tried to delete the old API key %1.</source>
        <translation>Tentativa de excluir a chave de API antiga %1.</translation>
    </message>
    <message>
        <source>Finished replacing the private API key. The new key is %1.</source>
        <translation>Troca da chave de API privada concluída. A nova chave é %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) deleted.</source>
        <translation>
            <numerusform>%n chave antiga excluída.</numerusform>
            <numerusform>%n chaves antigas excluídas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there: %1.</source>
        <translation>Ainda existe: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) could not be deleted</source>
        <translation>
            <numerusform>Não foi possível excluir %n chave antiga</numerusform>
            <numerusform>Não foi possível excluir %n chaves antigas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started resetting the SMTP passwords of %n login(s).</source>
        <translation>
            <numerusform>Redefinição da senha SMTP de %n login iniciada.</numerusform>
            <numerusform>Redefinição das senhas SMTP de %n logins iniciada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logins: %1.</source>
        <translation>Logins: %1.</translation>
    </message>
    <message>
        <source>Started resetting SMTP logins: %1 get a new password, %2 will be deleted.</source>
        <translation>Redefinição dos logins SMTP iniciada: recebem nova senha: %1; serão excluídos: %2.</translation>
    </message>
    <message>
        <source>Made a new SMTP password for %1. The keychain was not available, so it was shown to the admin once instead.</source>
        <translation>Nova senha SMTP criada para %1. O chaveiro não estava disponível, então a senha foi mostrada uma vez ao administrador.</translation>
    </message>
    <message>
        <source>Shown to the admin</source>
        <translation>Mostrada ao administrador</translation>
    </message>
    <message>
        <source>Stored a new SMTP password for %1 in this computer&apos;s keychain.</source>
        <translation>Nova senha SMTP de %1 guardada no chaveiro deste computador.</translation>
    </message>
    <message>
        <source>Set a new SMTP password for %1.</source>
        <translation>Nova senha SMTP definida para %1.</translation>
    </message>
    <message>
        <source>Tried to set a new SMTP password for %1.</source>
        <translation>Tentativa de definir uma nova senha SMTP para %1.</translation>
    </message>
    <message>
        <source>Mailgun did not answer clearly: the change may have been made.</source>
        <translation>O Mailgun não respondeu com clareza: a alteração pode ter sido feita.</translation>
    </message>
    <message>
        <source>Deleted the SMTP login %1.</source>
        <translation>O login SMTP %1 foi excluído.</translation>
    </message>
    <message>
        <source>Tried to delete the SMTP login %1.</source>
        <translation>Tentativa de excluir o login SMTP %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n login(s) failed</source>
        <translation>
            <numerusform>%n login falhou</numerusform>
            <numerusform>%n logins falharam</numerusform>
        </translation>
    </message>
    <message>
        <source>Tried the deleted key %1 once more with a harmless read, right after the new key passed the same read: Mailgun refused it (HTTP %2).</source>
        <translation>A chave excluída %1 foi testada mais uma vez com uma leitura inofensiva, logo depois de a nova chave passar na mesma leitura: o Mailgun a recusou (HTTP %2).</translation>
    </message>
    <message>
        <source>Tried the old key %1 once more with a harmless read: it STILL WORKS (HTTP %2).</source>
        <translation>A chave antiga %1 foi testada mais uma vez com uma leitura inofensiva: ela AINDA FUNCIONA (HTTP %2).</translation>
    </message>
    <message>
        <source>the key still works</source>
        <translation>a chave ainda funciona</translation>
    </message>
    <message>
        <source>The sending key %1 was deleted from the key list. A sending key cannot be tested without sending.</source>
        <translation>A chave de envio %1 foi excluída da lista de chaves. Não é possível testar uma chave de envio sem enviar algo.</translation>
    </message>
    <message>
        <source>Tried to test the old key %1 once more.</source>
        <translation>Tentativa de testar a chave antiga %1 mais uma vez.</translation>
    </message>
    <message>
        <source>could not be checked: the new key did not get through either</source>
        <translation>não foi possível verificar: a nova chave também não passou</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>não foi possível verificar</translation>
    </message>
    <message>
        <source>Finished resetting SMTP passwords: %1, %2, %3 failed.</source>
        <translation>Redefinição das senhas SMTP concluída: %1, %2, falhas: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n new password(s)</source>
        <translation>
            <numerusform>%n senha nova</numerusform>
            <numerusform>%n senhas novas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n login(s) deleted</source>
        <translation>
            <numerusform>%n login excluído</numerusform>
            <numerusform>%n logins excluídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked the %n user(s) of the account. New password since the incident began: %1. Two-factor sign-in (2FA) on: %2.</source>
        <translation>
            <numerusform>%n usuário da conta verificado. Senha nova desde o início do incidente: %1. Login em dois fatores (2FA) ativado: %2.</numerusform>
            <numerusform>%n usuários da conta verificados. Senha nova desde o início do incidente: %1. Login em dois fatores (2FA) ativado: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked %1 (%2) again: you asked for %3; Mailgun now has %4.</source>
        <extracomment>%1 is what was checked (e.g. a route&apos;s forwarding address), %2 the route or webhook, %3 what the admin asked for and %4 what Mailgun has now (&quot;nothing&quot; when empty).</extracomment>
        <translation>Nova verificação de %1 (%2): você pediu %3; o Mailgun agora tem %4.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The format &quot;%1&quot; is not known. Use md, html or pdf.</source>
        <translation>O formato &quot;%1&quot; não é conhecido. Use md, html ou pdf.</translation>
    </message>
    <message>
        <source>A PDF must go to a file: add -o FILE, for example -o report.pdf</source>
        <translation>Um PDF precisa ir para um arquivo: adicione -o ARQUIVO, por exemplo -o relatorio.pdf</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>O relatório foi salvo em %1.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Não foi possível salvar o relatório em %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>&lt;b&gt;Your report for Mailgun support&lt;/b&gt;</source>
        <translation>&lt;b&gt;Seu relatório para o suporte do Mailgun&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The program wrote this report from what it recorded on this computer. It holds no key and no password. Save it as a PDF or copy it, open Mailgun support, start a new ticket and attach or paste it.</source>
        <translation>O programa escreveu este relatório com base no que registrou neste computador. Ele não contém nenhuma chave nem senha. Salve-o como PDF ou copie-o, abra o suporte do Mailgun, abra um novo chamado e anexe ou cole o relatório.</translation>
    </message>
    <message>
        <source>Preview of the report for Mailgun support</source>
        <translation>Prévia do relatório para o suporte do Mailgun</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salvar como PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Salvar o relatório como arquivo PDF</translation>
    </message>
    <message>
        <source>Save as HTML…</source>
        <translation>Salvar como HTML…</translation>
    </message>
    <message>
        <source>Save the report as a web page file</source>
        <translation>Salvar o relatório como arquivo de página web</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Salvar como Markdown…</translation>
    </message>
    <message>
        <source>Save the report as a Markdown text file</source>
        <translation>Salvar o relatório como arquivo de texto Markdown</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar relatório</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>Copiar o relatório para a área de transferência</translation>
    </message>
    <message>
        <source>Open Mailgun support</source>
        <translation>Abrir o suporte do Mailgun</translation>
    </message>
    <message>
        <source>Open Mailgun&apos;s support page in the web browser</source>
        <translation>Abrir a página de suporte do Mailgun no navegador</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation>Texto Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save the report for Mailgun support</source>
        <translation>Salvar o relatório para o suporte do Mailgun</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>O relatório foi salvo em %1.</translation>
    </message>
    <message>
        <source>The report is copied. Paste it into the message of your support ticket.</source>
        <translation>O relatório foi copiado. Cole-o na mensagem do seu chamado de suporte.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s support page opened in your web browser. Sign in, start a new ticket, and attach or paste the report.</source>
        <translation>A página de suporte do Mailgun foi aberta no seu navegador. Entre, abra um novo chamado e anexe ou cole o relatório.</translation>
    </message>
    <message>
        <source>The web browser could not be opened. Go to %1 yourself.</source>
        <translation>Não foi possível abrir o navegador. Acesse %1 você mesmo.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
</context>
<context>
    <name>ReportSubaccounts</name>
    <message>
        <source>“%1” (id %2)</source>
        <translation>“%1” (id %2)</translation>
    </message>
    <message>
        <source>Disabled by the program on %1.</source>
        <translation>Desativada pelo programa em %1.</translation>
    </message>
    <message>
        <source>The program tried to disable it on %1; Mailgun did not confirm it (status: %2).</source>
        <translation>O programa tentou desativá-la em %1; o Mailgun não confirmou (status: %2).</translation>
    </message>
    <message>
        <source>The program asked Mailgun to disable it on %1; no answer was recorded.</source>
        <translation>O programa pediu ao Mailgun que a desativasse em %1; nenhuma resposta foi registrada.</translation>
    </message>
    <message>
        <source>Subaccounts</source>
        <translation>Subcontas</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>criada em %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>The program did not change it.</source>
        <translation>O programa não a alterou.</translation>
    </message>
    <message>
        <source>Reviewed what the subaccount %1 holds.</source>
        <translation>Foi revisado o que a subconta %1 contém.</translation>
    </message>
    <message>
        <source>Asked Mailgun to disable the subaccount %1.</source>
        <translation>Foi pedido ao Mailgun que desativasse a subconta %1.</translation>
    </message>
    <message>
        <source>Disabled the subaccount %1.</source>
        <translation>A subconta %1 foi desativada.</translation>
    </message>
    <message>
        <source>Tried to disable the subaccount %1.</source>
        <translation>Tentativa de desativar a subconta %1.</translation>
    </message>
    <message>
        <source>Mailgun no longer lists it</source>
        <translation>O Mailgun não a lista mais</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>Mailgun account recovery report</source>
        <translation>Relatório de recuperação da conta do Mailgun</translation>
    </message>
    <message>
        <source>PRACTICE: this report describes the practice account, a simulation on this computer. Do not send it to Mailgun.</source>
        <translation>TREINO: este relatório descreve a conta de treino, uma simulação neste computador. Não o envie ao Mailgun.</translation>
    </message>
    <message>
        <source>Not known to the program</source>
        <translation>Desconhecido para o programa</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>Proprietário: %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domínios</translation>
    </message>
    <message>
        <source>%1 in the US region, %2 in the EU region</source>
        <translation>%1 na região US, %2 na região EU</translation>
    </message>
    <message>
        <source>API key used for this work</source>
        <translation>Chave de API usada neste trabalho</translation>
    </message>
    <message>
        <source>id %1, role %2</source>
        <translation>id %1, função %2</translation>
    </message>
    <message>
        <source>Incident began</source>
        <translation>Início do incidente</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Relatório criado em</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Criado com</translation>
    </message>
    <message>
        <source>Nothing is still open.</source>
        <translation>Não há nada pendente.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Nothing is open: every step is done.</source>
        <translation>Não há nada pendente: todos os passos foram concluídos.</translation>
    </message>
    <message>
        <source>How the credentials may have leaked (step 1)</source>
        <translation>Como as credenciais podem ter vazado (passo 1)</translation>
    </message>
    <message>
        <source>The program recorded no findings. The admin may have investigated by hand.</source>
        <translation>O programa não registrou nenhuma descoberta. O administrador pode ter investigado manualmente.</translation>
    </message>
    <message>
        <source>Actions taken, in order</source>
        <translation>Ações realizadas, em ordem</translation>
    </message>
    <message>
        <source>No action has been recorded yet.</source>
        <translation>Nenhuma ação foi registrada ainda.</translation>
    </message>
    <message>
        <source>Users of the account</source>
        <translation>Usuários da conta</translation>
    </message>
    <message>
        <source>The program has not checked the users yet. Their passwords and two-factor sign-in must be checked in the Control Panel.</source>
        <translation>O programa ainda não verificou os usuários. As senhas e o login em dois fatores deles precisam ser verificados no Control Panel.</translation>
    </message>
    <message>
        <source>As Mailgun listed them on %1. &quot;Changed&quot; means after the incident began.</source>
        <translation>Conforme listados pelo Mailgun em %1. &quot;Trocada&quot; quer dizer depois do início do incidente.</translation>
    </message>
    <message>
        <source>Also asked by Mailgun&apos;s procedure</source>
        <translation>Também pedido pelo procedimento do Mailgun</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Sobre este relatório</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What the program saw</source>
        <translation>O que o programa viu</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Value (masked)</source>
        <translation>Valor (mascarado)</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Senha trocada</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Login em dois fatores</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>In progress (%1 of %2 confirmed)</source>
        <translation>Em andamento (%1 de %2 confirmados)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <source>On the admin&apos;s computer</source>
        <translation>No computador do administrador</translation>
    </message>
    <message>
        <source>On the website</source>
        <translation>No site</translation>
    </message>
    <message>
        <source>In the Mailgun account</source>
        <translation>Na conta do Mailgun</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, linha %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Médio</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixo</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>(account owner)</source>
        <translation>(proprietário da conta)</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>data desconhecida</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Sim (%1)</translation>
    </message>
    <message>
        <source>No (last change: %1)</source>
        <translation>Não (última troca: %1)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ativado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Contact the hosting provider (or the web developer) so they check the website and the server for the way in.</source>
        <translation>Entre em contato com o provedor de hospedagem (ou com o desenvolvedor do site) para que ele verifique no site e no servidor por onde os invasores entraram.</translation>
    </message>
    <message>
        <source>Check public code repositories (GitHub, GitLab, Bitbucket) for keys or passwords, and replace any that were there.</source>
        <translation>Procure chaves ou senhas em repositórios de código públicos (GitHub, GitLab, Bitbucket) e troque as que estiverem lá.</translation>
    </message>
    <message>
        <source>Done, confirmed by the admin</source>
        <translation>Concluído, confirmado pelo administrador</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Ainda não confirmado</translation>
    </message>
    <message>
        <source>This report holds no key and no password. Values found are shown masked: only their first 4 and last 4 characters.</source>
        <translation>Este relatório não contém nenhuma chave nem senha. Os valores encontrados aparecem mascarados: só os 4 primeiros e os 4 últimos caracteres.</translation>
    </message>
    <message>
        <source>Times are in UTC.</source>
        <translation>Os horários estão em UTC.</translation>
    </message>
    <message>
        <source>It was made by the Mailgun Recovery Assistant from the record it keeps on the admin&apos;s computer. Work done by hand in the Control Panel shows as the admin&apos;s confirmations.</source>
        <translation>Ele foi criado pelo Mailgun Recovery Assistant a partir do registro que o programa mantém no computador do administrador. O trabalho feito manualmente no Control Panel aparece como confirmações do administrador.</translation>
    </message>
</context>
<context>
    <name>ResetLinkCountdown</name>
    <message>
        <source>%1 left</source>
        <translation>Faltam %1</translation>
    </message>
    <message>
        <source>The reset link that Mailgun emails works for 20 minutes. This is about how long is left.</source>
        <translation>O link de redefinição que o Mailgun envia por e-mail funciona por 20 minutos. Este é o tempo que falta, aproximadamente.</translation>
    </message>
    <message>
        <source>Expired: ask again</source>
        <translation>Expirou: peça de novo</translation>
    </message>
    <message>
        <source>The reset link has expired. Click the reset button again to get a new email.</source>
        <translation>O link de redefinição expirou. Clique de novo no botão de redefinição para receber um novo e-mail.</translation>
    </message>
    <message>
        <source>Reset link expired. Ask for a new one.</source>
        <translation>O link de redefinição expirou. Peça um novo.</translation>
    </message>
    <message>
        <source>Reset link: %1 and %2 left</source>
        <translation>Link de redefinição: faltam %1 e %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetSmtpCommand</name>
    <message>
        <source>An SMTP password reset was interrupted; continuing it with its own list of logins.</source>
        <translation>Uma redefinição de senhas SMTP foi interrompida; ela vai continuar com a própria lista de logins.</translation>
    </message>
    <message>
        <source>Continue the interrupted reset?</source>
        <translation>Continuar a redefinição interrompida?</translation>
    </message>
    <message>
        <source>Reading your domains and their SMTP logins…</source>
        <translation>Lendo seus domínios e os logins SMTP deles…</translation>
    </message>
    <message>
        <source>%1 is the postmaster login, which Mailgun never deletes. It gets a new password instead; leave it out of --delete.</source>
        <translation>%1 é o login postmaster, que o Mailgun nunca exclui. Em vez disso, ele recebe uma nova senha; não o inclua em --delete.</translation>
    </message>
    <message>
        <source>There is no SMTP login %1 on the domains read.</source>
        <translation>Não existe o login SMTP %1 nos domínios lidos.</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Não lido: %1</translation>
    </message>
    <message>
        <source>There are no SMTP logins to reset.</source>
        <translation>Não há logins SMTP para redefinir.</translation>
    </message>
    <message>
        <source>new password</source>
        <extracomment>First column of the login table on the command line: this login gets a new password.</extracomment>
        <translation>nova senha</translation>
    </message>
    <message>
        <source>new since the incident</source>
        <translation>novo desde o incidente</translation>
    </message>
    <message>
        <source>SMTP logins:</source>
        <translation>Logins SMTP:</translation>
    </message>
    <message>
        <source>New passwords: %1. Deleted logins: %2. Apps using the old passwords stop sending until you give them the new ones.</source>
        <translation>Senhas novas: %1. Logins excluídos: %2. Aplicativos que usam as senhas antigas param de enviar até você dar a eles as novas.</translation>
    </message>
    <message>
        <source>There is no keychain to keep the new passwords in. Save each one now, for example in your password manager:</source>
        <translation>Não há chaveiro para guardar as novas senhas. Salve cada uma agora, por exemplo no seu gerenciador de senhas:</translation>
    </message>
    <message>
        <source>%1 (server %2, port 587): %3</source>
        <translation>%1 (servidor %2, porta 587): %3</translation>
    </message>
    <message>
        <source>new password; server %1, port 587</source>
        <translation>nova senha; servidor %1, porta 587</translation>
    </message>
    <message>
        <source>kept in the keychain, entry %1</source>
        <translation>guardada no chaveiro, item %1</translation>
    </message>
    <message>
        <source>not in the keychain</source>
        <translation>não está no chaveiro</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>senha: %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>excluído</translation>
    </message>
    <message>
        <source>not done: %1</source>
        <translation>não concluído: %1</translation>
    </message>
    <message>
        <source>not started; the old password still works</source>
        <translation>não iniciado; a senha antiga ainda funciona</translation>
    </message>
    <message>
        <source>Done. Put the new passwords into every website and app that sends email with them.</source>
        <translation>Pronto. Coloque as novas senhas em todos os sites e aplicativos que enviam e-mails com elas.</translation>
    </message>
    <message>
        <source>Not everything was done. Run the command again: it goes on where it stopped, with the same new passwords.</source>
        <translation>Nem tudo foi concluído. Execute o comando de novo: ele continua de onde parou, com as mesmas senhas novas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n login(s) done</source>
        <translation>
            <numerusform>%1 de %n login concluído</numerusform>
            <numerusform>%1 de %n logins concluídos</numerusform>
        </translation>
    </message>
    <message>
        <source>delete</source>
        <extracomment>First column of the login table on the command line: this login will be deleted.</extracomment>
        <translation>excluir</translation>
    </message>
    <message numerus="yes">
        <source>Have you saved the %n new password(s) shown above? Mailgun gets them only after you answer %1. Until then the old passwords keep working.</source>
        <extracomment>%1 is the word the user types to confirm (&quot;yes&quot; in English).</extracomment>
        <translation>
            <numerusform>Você salvou a nova senha mostrada acima (%n)? O Mailgun só a recebe depois que você responder %1. Até lá, a senha antiga continua funcionando.</numerusform>
            <numerusform>Você salvou as %n novas senhas mostradas acima? O Mailgun só as recebe depois que você responder %1. Até lá, as senhas antigas continuam funcionando.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message>
        <source>Started today.</source>
        <translation>Iniciada hoje.</translation>
    </message>
    <message>
        <source>Started yesterday.</source>
        <translation>Iniciada ontem.</translation>
    </message>
    <message numerus="yes">
        <source>Started %n days ago.</source>
        <translation>
            <numerusform>Iniciada há %n dia.</numerusform>
            <numerusform>Iniciada há %n dias.</numerusform>
        </translation>
    </message>
    <message>
        <source>You last worked on it today.</source>
        <translation>Você trabalhou nela pela última vez hoje.</translation>
    </message>
    <message>
        <source>You last worked on it yesterday.</source>
        <translation>Você trabalhou nela pela última vez ontem.</translation>
    </message>
    <message numerus="yes">
        <source>You last worked on it %n days ago.</source>
        <translation>
            <numerusform>Você trabalhou nela pela última vez há %n dia.</numerusform>
            <numerusform>Você trabalhou nela pela última vez há %n dias.</numerusform>
        </translation>
    </message>
    <message>
        <source>No step is finished yet.</source>
        <translation>Nenhum passo foi concluído ainda.</translation>
    </message>
    <message numerus="yes">
        <source>All %n steps are done.</source>
        <translation>
            <numerusform>Todos os passos foram concluídos (%n passo).</numerusform>
            <numerusform>Todos os %n passos foram concluídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: step %1.</source>
        <translation>Concluído: passo %1.</translation>
    </message>
    <message>
        <source>Done: steps %1.</source>
        <translation>Concluídos: passos %1.</translation>
    </message>
    <message>
        <source>Replacing the API key stopped half way. The assistant will help you finish it safely.</source>
        <translation>A troca da chave de API parou no meio do caminho. O assistente vai ajudar você a concluí-la com segurança.</translation>
    </message>
    <message>
        <source>Next: step %1 (%2).</source>
        <translation>Próximo: passo %1 (%2).</translation>
    </message>
    <message>
        <source>You can look at any step again, or make the report once more.</source>
        <translation>Você pode rever qualquer passo ou criar o relatório de novo.</translation>
    </message>
</context>
<context>
    <name>RotateKeyCommand</name>
    <message>
        <source>Creating the new key…</source>
        <translation>Criando a nova chave…</translation>
    </message>
    <message>
        <source>Saving it in the keychain…</source>
        <translation>Salvando a chave no chaveiro…</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Verificando a nova chave…</translation>
    </message>
    <message>
        <source>Deleting old keys…</source>
        <translation>Excluindo as chaves antigas…</translation>
    </message>
    <message>
        <source>A key replacement was interrupted; continuing it.</source>
        <translation>Uma troca de chave foi interrompida; continuando.</translation>
    </message>
    <message>
        <source>The key you use is key %1: its own ending says so. --in-use-key-id %2 does not match it, so nothing was changed.</source>
        <translation>A chave que você usa é a chave %1: o próprio final dela mostra isso. --in-use-key-id %2 não corresponde a ela, então nada foi alterado.</translation>
    </message>
    <message>
        <source>None of your listed keys has the id %1, so nothing was changed. Run the command without --in-use-key-id to see the list.</source>
        <translation>Nenhuma das chaves listadas tem o id %1, então nada foi alterado. Execute o comando sem --in-use-key-id para ver a lista.</translation>
    </message>
    <message>
        <source>delete</source>
        <extracomment>First column of the key table on the command line: this key will be deleted.</extracomment>
        <translation>excluir</translation>
    </message>
    <message>
        <source>in use, as you said</source>
        <translation>em uso, como você disse</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>em uso</translation>
    </message>
    <message>
        <source>new since the incident</source>
        <translation>nova desde o incidente</translation>
    </message>
    <message>
        <source>found exposed in step 1</source>
        <translation>encontrada exposta no passo 1</translation>
    </message>
    <message>
        <source>flagged in step 1</source>
        <translation>marcada no passo 1</translation>
    </message>
    <message>
        <source>Your API keys:</source>
        <translation>Suas chaves de API:</translation>
    </message>
    <message>
        <source>The program cannot tell which of these keys is the one you use: older keys (they start with &quot;key-&quot;) do not show which entry is theirs. No key is marked as in use. If you know which one it is, run the command again with --in-use-key-id ID.</source>
        <translation>O programa não consegue saber qual destas chaves é a que você usa: chaves antigas (que começam com &quot;key-&quot;) não mostram qual item da lista é delas. Nenhuma chave está marcada como em uso. Se você sabe qual é, execute o comando de novo com --in-use-key-id ID.</translation>
    </message>
    <message>
        <source>Have you saved the new key %1 somewhere safe? Only then are the old keys deleted.</source>
        <translation>Você salvou a nova chave %1 em um lugar seguro? Só então as chaves antigas serão excluídas.</translation>
    </message>
    <message>
        <source>No old key was deleted. Run the command again with --print-secrets to have the new key printed once, or make the keychain available; the key made now is replaced then.</source>
        <translation>Nenhuma chave antiga foi excluída. Execute o comando de novo com --print-secrets para a nova chave ser mostrada uma vez, ou deixe o chaveiro disponível; a chave criada agora será trocada nesse momento.</translation>
    </message>
    <message>
        <source>The new key is not in the keychain. Save the key printed here, then run the command again to delete the old keys.</source>
        <translation>A nova chave não está no chaveiro. Salve a chave mostrada aqui e execute o comando de novo para excluir as chaves antigas.</translation>
    </message>
    <message>
        <source>The new key (shown once): %1</source>
        <translation>A nova chave (mostrada uma única vez): %1</translation>
    </message>
    <message>
        <source>Save the new key printed above somewhere safe (a password manager). Have you saved it? Only then are the old keys deleted.</source>
        <translation>Salve a nova chave mostrada acima em um lugar seguro (um gerenciador de senhas). Você a salvou? Só então as chaves antigas serão excluídas.</translation>
    </message>
    <message>
        <source>No old key was deleted. Run the command again once the new key is saved, or with the new key itself (MAILGUN_API_KEY or --key-file).</source>
        <translation>Nenhuma chave antiga foi excluída. Execute o comando de novo depois de salvar a nova chave, ou com a própria chave nova (MAILGUN_API_KEY ou --key-file).</translation>
    </message>
    <message>
        <source>New key: %1</source>
        <translation>Nova chave: %1</translation>
    </message>
    <message>
        <source>Kept in the keychain &quot;%1&quot;, entry %2.</source>
        <translation>Guardada no chaveiro &quot;%1&quot;, item %2.</translation>
    </message>
    <message>
        <source>Not kept in the keychain: you saved it yourself.</source>
        <translation>Não guardada no chaveiro: você mesmo a salvou.</translation>
    </message>
    <message>
        <source>Not kept in the keychain.</source>
        <translation>Não guardada no chaveiro.</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Excluídas: %1</translation>
    </message>
    <message>
        <source>Still alive, delete by hand in the Control Panel: %1</source>
        <translation>Ainda ativas, exclua manualmente no Control Panel: %1</translation>
    </message>
    <message>
        <source>Now put the new key into every website and app that used the old one.</source>
        <translation>Agora coloque a nova chave em todos os sites e aplicativos que usavam a antiga.</translation>
    </message>
    <message>
        <source>keep</source>
        <extracomment>First column of the key table on the command line: this key stays.</extracomment>
        <translation>manter</translation>
    </message>
    <message numerus="yes">
        <source>The program makes a new %1 key and saves it in the keychain. Then it deletes the %n old key(s) marked &quot;%2&quot;.</source>
        <extracomment>%2 is the word that marks a key for deletion in the table above.</extracomment>
        <translation>
            <numerusform>O programa cria uma nova chave com a função &quot;%1&quot; e a salva no chaveiro. Depois, ele exclui %n chave antiga marcada com &quot;%2&quot;.</numerusform>
            <numerusform>O programa cria uma nova chave com a função &quot;%1&quot; e a salva no chaveiro. Depois, ele exclui as %n chaves antigas marcadas com &quot;%2&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>almost certain</source>
        <translation>quase certo</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>provável</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>possível</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRÍTICO</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>ALTO</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>MÉDIO</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>BAIXO</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, linha %2</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valor: %1</translation>
    </message>
    <message>
        <source>Give the folders to scan, for example: mailgun-recovery scan /var/www/mysite</source>
        <translation>Informe as pastas a verificar, por exemplo: mailgun-recovery scan /var/www/mysite</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Não encontrado: %1</translation>
    </message>
    <message>
        <source>No Mailgun keys, passwords or risky files were found.</source>
        <translation>Nenhuma chave do Mailgun, senha ou arquivo de risco foi encontrado.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n thing(s) to fix:</source>
        <translation>
            <numerusform>%n item encontrado para corrigir:</numerusform>
            <numerusform>%n itens encontrados para corrigir:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned %Ln file(s) (%1)…</source>
        <translation>
            <numerusform>%Ln arquivo verificado (%1)…</numerusform>
            <numerusform>%Ln arquivos verificados (%1)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned %Ln file(s) (%1).</source>
        <translation>
            <numerusform>%Ln arquivo verificado (%1).</numerusform>
            <numerusform>%Ln arquivos verificados (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretRevealField</name>
    <message>
        <source>New API key</source>
        <translation>Nova chave de API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the new key</source>
        <translation>Mostrar a nova chave</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the new key</source>
        <translation>Copiar a nova chave</translation>
    </message>
    <message numerus="yes">
        <source>Copy to the clipboard. The program empties the clipboard again after %n second(s).</source>
        <translation>
            <numerusform>Copiar para a área de transferência. O programa esvazia a área de transferência de novo depois de %n segundo.</numerusform>
            <numerusform>Copiar para a área de transferência. O programa esvazia a área de transferência de novo depois de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. Paste within %n second(s).</source>
        <translation>
            <numerusform>Copiada. Cole em até %n segundo.</numerusform>
            <numerusform>Copiada. Cole em até %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>New SMTP password</source>
        <translation>Nova senha SMTP</translation>
    </message>
    <message>
        <source>Show the new SMTP password</source>
        <translation>Mostrar a nova senha SMTP</translation>
    </message>
    <message>
        <source>Copy the new SMTP password</source>
        <translation>Copiar a nova senha SMTP</translation>
    </message>
    <message>
        <source>New webhook signing key</source>
        <translation>Nova chave de assinatura de webhooks</translation>
    </message>
    <message>
        <source>Show the new webhook signing key</source>
        <translation>Mostrar a nova chave de assinatura de webhooks</translation>
    </message>
    <message>
        <source>Copy the new webhook signing key</source>
        <translation>Copiar a nova chave de assinatura de webhooks</translation>
    </message>
    <message>
        <source>New public validation key</source>
        <translation>Nova chave pública de validação</translation>
    </message>
    <message>
        <source>Show the new public validation key</source>
        <translation>Mostrar a nova chave pública de validação</translation>
    </message>
    <message>
        <source>Copy the new public validation key</source>
        <translation>Copiar a nova chave pública de validação</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain on this computer did what was asked.</source>
        <translation>O chaveiro deste computador fez o que foi pedido.</translation>
    </message>
    <message>
        <source>The keychain on this computer has no saved entry under that name. If you saved the key or password somewhere else, use that copy.</source>
        <translation>O chaveiro deste computador não tem nenhum item salvo com esse nome. Se você salvou a chave ou a senha em outro lugar, use essa cópia.</translation>
    </message>
    <message>
        <source>No keychain (the password store of your computer) is running, so nothing can be saved in it. The new key or password will be shown to you once instead: copy it somewhere safe, such as your password manager, before you continue.</source>
        <translation>Nenhum chaveiro (o lugar onde seu computador guarda senhas) está em execução, então nada pode ser salvo nele. Em vez disso, a nova chave ou senha será mostrada para você uma vez: copie-a para um lugar seguro, como o seu gerenciador de senhas, antes de continuar.</translation>
    </message>
    <message>
        <source>The keychain is locked, or access to it was refused. Unlock it (usually with the password you use to log in to this computer) and try again.</source>
        <translation>O chaveiro está bloqueado, ou o acesso a ele foi recusado. Desbloqueie-o (normalmente com a senha que você usa para entrar neste computador) e tente de novo.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be waiting for you in another window, for example to be unlocked. Answer that window, then try again.</source>
        <translation>O chaveiro não respondeu a tempo. Ele pode estar esperando por você em outra janela, por exemplo para ser desbloqueado. Responda a essa janela e tente de novo.</translation>
    </message>
    <message>
        <source>The keychain could not do what was asked. Try again; if it happens again, tell your helpdesk.</source>
        <translation>O chaveiro não conseguiu fazer o que foi pedido. Tente de novo; se acontecer outra vez, avise o seu suporte técnico.</translation>
    </message>
    <message>
        <source>The keychain could not do what was asked (it said: &quot;%1&quot;). Try again; if it happens again, tell your helpdesk.</source>
        <translation>O chaveiro não conseguiu fazer o que foi pedido (ele disse: &quot;%1&quot;). Tente de novo; se acontecer outra vez, avise o seu suporte técnico.</translation>
    </message>
</context>
<context>
    <name>SendAttribution</name>
    <message>
        <source>the key you are using</source>
        <translation>a chave que você está usando</translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation>a chave %1</translation>
    </message>
    <message>
        <source>a key that no longer exists (%1)</source>
        <translation>uma chave que não existe mais (%1)</translation>
    </message>
    <message>
        <source>Only the newest messages were read: the window held more.</source>
        <translation>Só as mensagens mais recentes foram lidas: havia mais nesse período.</translation>
    </message>
    <message>
        <source>Most of the mail (%1 of %2) was sent with %3</source>
        <translation>A maior parte dos e-mails (%1 de %2) foi enviada com %3</translation>
    </message>
    <message>
        <source>Delete this key (step 2) unless you know the program that uses it.</source>
        <translation>Exclua esta chave (passo 2), a menos que você conheça o programa que a usa.</translation>
    </message>
    <message>
        <source>The key is already gone. Tell Mailgun support about these sends.</source>
        <translation>A chave já não existe. Conte ao suporte do Mailgun sobre esses envios.</translation>
    </message>
    <message>
        <source>Most of the mail (%1 of %2) was sent through SMTP as %3</source>
        <translation>A maior parte dos e-mails (%1 de %2) foi enviada por SMTP como %3</translation>
    </message>
    <message>
        <source>Give every SMTP login a new password and delete the ones nobody knows (step 3).</source>
        <translation>Dê uma nova senha a cada login SMTP e exclua os que ninguém conhece (passo 3).</translation>
    </message>
    <message>
        <source>Most of the mail (%1 of %2) came from the internet address %3</source>
        <translation>A maior parte dos e-mails (%1 de %2) veio do endereço de internet %3</translation>
    </message>
    <message>
        <source>If this address is not one of your servers, give it to Mailgun support and to your hosting provider.</source>
        <translation>Se este endereço não é de um dos seus servidores, informe-o ao suporte do Mailgun e ao seu provedor de hospedagem.</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln message(s) read from the logs (%1 to %2), %3 were sent through the API and %4 through SMTP.</source>
        <translation>
            <numerusform>%Ln mensagem lida dos registros (de %1 a %2). Enviadas pela API: %3. Por SMTP: %4.</numerusform>
            <numerusform>Das %Ln mensagens lidas dos registros (de %1 a %2), %3 foram enviadas pela API e %4 por SMTP.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingChart</name>
    <message>
        <source>Email sent each day in the last 30 days</source>
        <translation>E-mails enviados por dia nos últimos 30 dias</translation>
    </message>
    <message>
        <source>No sending figures were read.</source>
        <translation>Nenhum número de envios foi lido.</translation>
    </message>
    <message>
        <source>Sending jumped on %1, up to %2 in one day.</source>
        <translation>Os envios dispararam em %1, chegando a %2 em um dia.</translation>
    </message>
    <message>
        <source>No unusual jump.</source>
        <translation>Nenhum salto incomum.</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Ainda sem números</translation>
    </message>
    <message>
        <source>US region</source>
        <translation>Região US</translation>
    </message>
    <message>
        <source>EU region</source>
        <translation>Região EU</translation>
    </message>
    <message>
        <source>Unusual</source>
        <translation>Incomum</translation>
    </message>
    <message>
        <source>Usual level</source>
        <translation>Nível normal</translation>
    </message>
    <message numerus="yes">
        <source>Emails sent in the last %n day(s): %1, usually about %2 a day.</source>
        <translation>
            <numerusform>E-mails enviados no último %n dia: %1, normalmente cerca de %2 por dia.</numerusform>
            <numerusform>E-mails enviados nos últimos %n dias: %1, normalmente cerca de %2 por dia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteExposure</name>
    <message>
        <source>Settings file (.env) anyone can download</source>
        <translation>Arquivo de configuração (.env) que qualquer pessoa pode baixar</translation>
    </message>
    <message>
        <source>This file holds your website&apos;s passwords and keys, often including the Mailgun key or SMTP password. Anyone who knows the address can read it.</source>
        <translation>Este arquivo contém as senhas e chaves do seu site, muitas vezes incluindo a chave do Mailgun ou a senha SMTP. Qualquer pessoa que saiba o endereço pode lê-lo.</translation>
    </message>
    <message>
        <source>Delete this file from your web server, or move it out of the public website folder. Then change every password and key that was in it.</source>
        <translation>Exclua este arquivo do seu servidor web, ou tire-o da pasta pública do site. Depois, troque todas as senhas e chaves que estavam nele.</translation>
    </message>
    <message>
        <source>Page that shows the server settings (phpinfo)</source>
        <translation>Página que mostra as configurações do servidor (phpinfo)</translation>
    </message>
    <message>
        <source>This page lists your server&apos;s settings, and often the passwords and keys your website uses, to anyone who opens it.</source>
        <translation>Esta página mostra as configurações do seu servidor, e muitas vezes as senhas e chaves que seu site usa, para qualquer pessoa que a abrir.</translation>
    </message>
    <message>
        <source>Delete this file from your web server.</source>
        <translation>Exclua este arquivo do seu servidor web.</translation>
    </message>
    <message>
        <source>Laravel debug mode is on</source>
        <translation>O modo de depuração do Laravel está ativado</translation>
    </message>
    <message>
        <source>In debug mode, error pages show internal details of your website to visitors, and on older versions all its passwords and keys.</source>
        <translation>No modo de depuração, as páginas de erro mostram aos visitantes detalhes internos do seu site e, em versões antigas, todas as senhas e chaves dele.</translation>
    </message>
    <message>
        <source>Turn off debug mode: set APP_DEBUG=false in your website&apos;s .env file.</source>
        <translation>Desative o modo de depuração: defina APP_DEBUG=false no arquivo .env do seu site.</translation>
    </message>
    <message>
        <source>Laravel error log viewer anyone can open</source>
        <translation>Visualizador de log de erros do Laravel que qualquer pessoa pode abrir</translation>
    </message>
    <message>
        <source>This page shows your website&apos;s error messages, which can hold passwords and keys.</source>
        <translation>Esta página mostra as mensagens de erro do seu site, que podem conter senhas e chaves.</translation>
    </message>
    <message>
        <source>Laravel log file anyone can download</source>
        <translation>Arquivo de log do Laravel que qualquer pessoa pode baixar</translation>
    </message>
    <message>
        <source>This log file holds your website&apos;s error messages, which can hold passwords, keys and email addresses.</source>
        <translation>Este arquivo de log contém as mensagens de erro do seu site, que podem conter senhas, chaves e endereços de e-mail.</translation>
    </message>
    <message>
        <source>Delete this file from your web server, and make sure the storage folder is not inside the public website folder.</source>
        <translation>Exclua este arquivo do seu servidor web e garanta que a pasta storage não fique dentro da pasta pública do site.</translation>
    </message>
    <message>
        <source>Laravel Telescope is open to everyone</source>
        <translation>O Laravel Telescope está aberto para todos</translation>
    </message>
    <message>
        <source>Telescope shows every request, email and error of your website, with the data in them.</source>
        <translation>O Telescope mostra cada requisição, e-mail e erro do seu site, com os dados que eles contêm.</translation>
    </message>
    <message>
        <source>Turn off Telescope on your live website (TELESCOPE_ENABLED=false), or allow only your own login to open it.</source>
        <translation>Desative o Telescope no seu site no ar (TELESCOPE_ENABLED=false), ou permita que só o seu próprio login o abra.</translation>
    </message>
    <message>
        <source>PHP Debugbar is open to everyone</source>
        <translation>O PHP Debugbar está aberto para todos</translation>
    </message>
    <message>
        <source>The debug bar keeps a record of recent requests to your website, with the data in them.</source>
        <translation>A barra de depuração guarda um registro das requisições recentes ao seu site, com os dados que elas contêm.</translation>
    </message>
    <message>
        <source>Turn off debug mode: set APP_DEBUG=false (and DEBUGBAR_ENABLED=false) in your website&apos;s .env file.</source>
        <translation>Desative o modo de depuração: defina APP_DEBUG=false (e DEBUGBAR_ENABLED=false) no arquivo .env do seu site.</translation>
    </message>
    <message>
        <source>Symfony Profiler is open to everyone</source>
        <translation>O Symfony Profiler está aberto para todos</translation>
    </message>
    <message>
        <source>The profiler shows your website&apos;s settings, recent requests and the data sent in them, including passwords.</source>
        <translation>O profiler mostra as configurações do seu site, as requisições recentes e os dados enviados nelas, inclusive senhas.</translation>
    </message>
    <message>
        <source>Switch your live website to production mode: set APP_ENV=prod and APP_DEBUG=0 in its .env file.</source>
        <translation>Coloque seu site no ar em modo de produção: defina APP_ENV=prod e APP_DEBUG=0 no arquivo .env dele.</translation>
    </message>
    <message>
        <source>Copy of the WordPress settings file anyone can download</source>
        <translation>Cópia do arquivo de configuração do WordPress que qualquer pessoa pode baixar</translation>
    </message>
    <message>
        <source>This copy of wp-config.php holds your database password, and often Mailgun or SMTP settings. Unlike the real file, a copy is shown as text.</source>
        <translation>Esta cópia do wp-config.php contém a senha do seu banco de dados e, muitas vezes, configurações do Mailgun ou de SMTP. Ao contrário do arquivo verdadeiro, uma cópia aparece como texto.</translation>
    </message>
    <message>
        <source>Delete this file from your web server. Then change the database password and every key that was in it.</source>
        <translation>Exclua este arquivo do seu servidor web. Depois, troque a senha do banco de dados e todas as chaves que estavam nele.</translation>
    </message>
    <message>
        <source>The WordPress settings file is shown as text</source>
        <translation>O arquivo de configuração do WordPress aparece como texto</translation>
    </message>
    <message>
        <source>Your web server shows the program text of wp-config.php instead of running it, so anyone can read your database password and keys.</source>
        <translation>Seu servidor web mostra o código do wp-config.php em vez de executá-lo, então qualquer pessoa pode ler a senha do seu banco de dados e suas chaves.</translation>
    </message>
    <message>
        <source>Ask your hosting provider to fix PHP on your website right away. Then change the database password and every key in that file.</source>
        <translation>Peça ao seu provedor de hospedagem para corrigir o PHP no seu site imediatamente. Depois, troque a senha do banco de dados e todas as chaves desse arquivo.</translation>
    </message>
    <message>
        <source>WordPress debug log anyone can download</source>
        <translation>Log de depuração do WordPress que qualquer pessoa pode baixar</translation>
    </message>
    <message>
        <source>This log holds your website&apos;s error messages. Mail plugins in debug mode can write passwords into it.</source>
        <translation>Este log contém as mensagens de erro do seu site. Plugins de e-mail no modo de depuração podem gravar senhas nele.</translation>
    </message>
    <message>
        <source>Delete this file from your web server and turn off debug logging: set WP_DEBUG_LOG to false in wp-config.php.</source>
        <translation>Exclua este arquivo do seu servidor web e desative o log de depuração: defina WP_DEBUG_LOG como false no wp-config.php.</translation>
    </message>
    <message>
        <source>Code history folder (.git) anyone can download</source>
        <translation>Pasta do histórico do código (.git) que qualquer pessoa pode baixar</translation>
    </message>
    <message>
        <source>Anyone can download your website&apos;s whole code history from this folder, including passwords that were ever saved in it.</source>
        <translation>Qualquer pessoa pode baixar desta pasta todo o histórico do código do seu site, inclusive senhas que já foram salvas nele.</translation>
    </message>
    <message>
        <source>Block access to the .git folder on your web server, or delete the folder from the server.</source>
        <translation>Bloqueie o acesso à pasta .git no seu servidor web, ou exclua a pasta do servidor.</translation>
    </message>
    <message>
        <source>Website backup anyone can download</source>
        <translation>Backup do site que qualquer pessoa pode baixar</translation>
    </message>
    <message>
        <source>This archive likely holds your whole website, with its settings files and passwords.</source>
        <translation>Este arquivo compactado provavelmente contém o seu site inteiro, com os arquivos de configuração e as senhas.</translation>
    </message>
    <message>
        <source>Delete this file from your web server. Keep backups outside the public website folder.</source>
        <translation>Exclua este arquivo do seu servidor web. Guarde os backups fora da pasta pública do site.</translation>
    </message>
    <message>
        <source>Database copy anyone can download</source>
        <translation>Cópia do banco de dados que qualquer pessoa pode baixar</translation>
    </message>
    <message>
        <source>This file holds your website&apos;s database, including the settings of mail plugins, with their keys and passwords.</source>
        <translation>Este arquivo contém o banco de dados do seu site, inclusive as configurações dos plugins de e-mail, com as chaves e senhas deles.</translation>
    </message>
    <message>
        <source>Delete this file from your web server. Keep database copies outside the public website folder.</source>
        <translation>Exclua este arquivo do seu servidor web. Guarde as cópias do banco de dados fora da pasta pública do site.</translation>
    </message>
    <message>
        <source>Server setup file (docker-compose) anyone can download</source>
        <translation>Arquivo de configuração do servidor (docker-compose) que qualquer pessoa pode baixar</translation>
    </message>
    <message>
        <source>This file describes how your website runs and often holds its passwords and keys.</source>
        <translation>Este arquivo descreve como o seu site funciona e muitas vezes contém as senhas e chaves dele.</translation>
    </message>
    <message>
        <source>Script with your website&apos;s settings anyone can read</source>
        <translation>Script com as configurações do seu site que qualquer pessoa pode ler</translation>
    </message>
    <message>
        <source>Every visitor&apos;s browser downloads this script. Any key or password in it is public.</source>
        <translation>O navegador de cada visitante baixa este script. Qualquer chave ou senha que esteja nele é pública.</translation>
    </message>
    <message>
        <source>Remove keys and passwords from this file. Keys for Mailgun must only be used on the server, never in the browser.</source>
        <translation>Remova chaves e senhas deste arquivo. Chaves do Mailgun só devem ser usadas no servidor, nunca no navegador.</translation>
    </message>
    <message>
        <source>File upload settings anyone can download</source>
        <translation>Configurações de envio de arquivos que qualquer pessoa pode baixar</translation>
    </message>
    <message>
        <source>Your code editor saved the address and password it uses to upload your website into this file.</source>
        <translation>Seu editor de código salvou neste arquivo o endereço e a senha que ele usa para enviar o seu site para o servidor.</translation>
    </message>
    <message>
        <source>Delete this file from your web server and change the FTP or SSH password that was in it.</source>
        <translation>Exclua este arquivo do seu servidor web e troque a senha de FTP ou SSH que estava nele.</translation>
    </message>
    <message>
        <source>Folder contents are listed to everyone</source>
        <translation>O conteúdo das pastas aparece para todos</translation>
    </message>
    <message>
        <source>Anyone can see every file in this folder and download it, including backups and logs.</source>
        <translation>Qualquer pessoa pode ver todos os arquivos desta pasta e baixá-los, inclusive backups e logs.</translation>
    </message>
    <message>
        <source>Turn off folder listings on your web server (for Apache: &quot;Options -Indexes&quot;), or ask your hosting provider to.</source>
        <translation>Desative a listagem de pastas no seu servidor web (no Apache: &quot;Options -Indexes&quot;), ou peça isso ao seu provedor de hospedagem.</translation>
    </message>
    <message>
        <source>Mailgun key inside your website&apos;s page or script</source>
        <translation>Chave do Mailgun dentro de uma página ou script do seu site</translation>
    </message>
    <message>
        <source>Every visitor&apos;s web browser downloads this page or script, so anyone can read the key in it.</source>
        <translation>O navegador de cada visitante baixa esta página ou script, então qualquer pessoa pode ler a chave que está nele.</translation>
    </message>
    <message>
        <source>Remove the key from the page or script, then replace it (step 2). Only your server should talk to Mailgun: a key in code that runs in the browser is public.</source>
        <translation>Remova a chave da página ou do script e depois troque-a (passo 2). Só o seu servidor deve falar com o Mailgun: uma chave em código que roda no navegador é pública.</translation>
    </message>
    <message>
        <source>Mailgun key in a file anyone can download</source>
        <translation>Chave do Mailgun em um arquivo que qualquer pessoa pode baixar</translation>
    </message>
    <message>
        <source>Anyone who knows this address can download the file and read the key in it, whatever the file&apos;s name says.</source>
        <translation>Qualquer pessoa que saiba este endereço pode baixar o arquivo e ler a chave que está nele, seja qual for o nome do arquivo.</translation>
    </message>
    <message>
        <source>Delete this file from your web server, or move it out of the public website folder. Then replace every key and password that was in it (step 2).</source>
        <translation>Exclua este arquivo do seu servidor web, ou tire-o da pasta pública do site. Depois, troque todas as chaves e senhas que estavam nele (passo 2).</translation>
    </message>
</context>
<context>
    <name>SiteProbe</name>
    <message>
        <source>Type only the folder&apos;s name, for example shop, not a whole address.</source>
        <translation>Digite só o nome da pasta, por exemplo shop, e não um endereço inteiro.</translation>
    </message>
    <message>
        <source>The folder name is empty.</source>
        <translation>O nome da pasta está vazio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder inside your website. Give the folder&apos;s name as it appears in the address, such as shop.</source>
        <translation>&quot;%1&quot; não é uma pasta dentro do seu site. Informe o nome da pasta como ele aparece no endereço, por exemplo shop.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder name the check can use. Use letters, digits, dots, dashes and slashes only.</source>
        <translation>&quot;%1&quot; não é um nome de pasta que a verificação possa usar. Use apenas letras, números, pontos, hifens e barras.</translation>
    </message>
    <message>
        <source>The folder is too deep. Give at most four folder names, such as apps/shop.</source>
        <translation>A pasta está em um nível muito profundo. Informe no máximo quatro nomes de pasta, por exemplo apps/shop.</translation>
    </message>
    <message>
        <source>The site refused the connection. Is the web server running?</source>
        <translation>O site recusou a conexão. O servidor web está funcionando?</translation>
    </message>
    <message>
        <source>This address could not be found. Check that it is spelled correctly.</source>
        <translation>Não foi possível encontrar este endereço. Verifique se ele está escrito corretamente.</translation>
    </message>
    <message>
        <source>The site did not answer in time.</source>
        <translation>O site não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The site&apos;s security certificate is not valid, so the site was not checked.</source>
        <translation>O certificado de segurança do site não é válido, então o site não foi verificado.</translation>
    </message>
    <message>
        <source>The site sends visitors to another address (%1). Check that address instead, if it is also yours.</source>
        <translation>O site envia os visitantes para outro endereço (%1). Verifique esse endereço em vez deste, se ele também for seu.</translation>
    </message>
    <message>
        <source>The site sent the request around in circles.</source>
        <translation>O site ficou mandando a requisição em círculos.</translation>
    </message>
    <message>
        <source>The site could not be reached (%1).</source>
        <translation>Não foi possível acessar o site (%1).</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>A verificação foi interrompida.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>O endereço está vazio.</translation>
    </message>
    <message>
        <source>Only website addresses (starting with http:// or https://) can be checked.</source>
        <translation>Só é possível verificar endereços de sites (que começam com http:// ou https://).</translation>
    </message>
    <message>
        <source>This is not a website address.</source>
        <translation>Este não é um endereço de site.</translation>
    </message>
    <message>
        <source>The site stopped answering. %1</source>
        <translation>O site parou de responder. %1</translation>
    </message>
    <message>
        <source>Its content looks like %1.</source>
        <translation>O conteúdo parece ser %1.</translation>
    </message>
</context>
<context>
    <name>SmtpKeychain</name>
    <message>
        <source>it gave back another password than the one just saved</source>
        <translation>ele devolveu uma senha diferente da que acabou de ser salva</translation>
    </message>
</context>
<context>
    <name>SmtpLoginFindings</name>
    <message>
        <source>An SMTP login %1 was created %2, after the incident started</source>
        <translation>Um login SMTP %1 foi criado %2, depois do início do incidente</translation>
    </message>
    <message>
        <source>An SMTP login is a user name and password that programs use to send mail from %1 through Mailgun&apos;s mail servers (%2). One made after the incident started may belong to the intruder, and it keeps working after the API key is changed.</source>
        <translation>Um login SMTP é um nome de usuário e uma senha que os programas usam para enviar e-mails de %1 pelos servidores de e-mail do Mailgun (%2). Um login criado depois do início do incidente pode ser do invasor, e ele continua funcionando depois que a chave de API é trocada.</translation>
    </message>
    <message>
        <source>If nobody at your company made it, delete it in step 3.</source>
        <translation>Se ninguém da sua empresa o criou, exclua-o no passo 3.</translation>
    </message>
</context>
<context>
    <name>SmtpLoginModel</name>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>trabalhando…</translation>
    </message>
    <message>
        <source>✔ new password</source>
        <translation>✔ nova senha</translation>
    </message>
    <message>
        <source>✔ deleted</source>
        <translation>✔ excluído</translation>
    </message>
    <message>
        <source>? not sure, try again</source>
        <translation>? incerto, tente de novo</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ falhou</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>não iniciado</translation>
    </message>
    <message>
        <source>new, check it</source>
        <translation>novo, confira</translation>
    </message>
    <message>
        <source>Mailgun never deletes the postmaster login; it gets a new password.</source>
        <translation>O Mailgun nunca exclui o login postmaster; ele recebe uma nova senha.</translation>
    </message>
    <message>
        <source>Tick to delete this login instead of giving it a new password.</source>
        <translation>Marque para excluir este login em vez de dar uma nova senha a ele.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Made after the incident began. If nobody on your team made it, tick Delete.</source>
        <translation>Criado depois do início do incidente. Se ninguém da sua equipe o criou, marque Excluir.</translation>
    </message>
</context>
<context>
    <name>SmtpLoginRow</name>
    <message>
        <source>%1 (subaccount “%2”)</source>
        <translation>%1 (subconta “%2”)</translation>
    </message>
</context>
<context>
    <name>SmtpLoginTable</name>
    <message>
        <source>Your SMTP logins; ticked logins are deleted, the others get a new password</source>
        <translation>Seus logins SMTP; os logins marcados serão excluídos, os outros recebem uma nova senha</translation>
    </message>
</context>
<context>
    <name>SmtpResetController</name>
    <message>
        <source>The domains in the %1 region: %2</source>
        <translation>Os domínios na região %1: %2</translation>
    </message>
    <message>
        <source>The SMTP logins of %1: %2</source>
        <translation>Os logins SMTP de %1: %2</translation>
    </message>
    <message>
        <source>The subaccounts: %1</source>
        <translation>As subcontas: %1</translation>
    </message>
    <message>
        <source>The subaccount “%1” is disabled, so its SMTP logins were left as they are.</source>
        <translation>A subconta “%1” está desativada, então os logins SMTP dela ficaram como estavam.</translation>
    </message>
    <message>
        <source>The subaccounts&apos; domains in the %1 region: %2</source>
        <translation>Os domínios das subcontas na região %1: %2</translation>
    </message>
    <message>
        <source>The SMTP logins of %1 (subaccount “%2”)</source>
        <translation>Os logins SMTP de %1 (subconta “%2”)</translation>
    </message>
    <message>
        <source>The SMTP logins of %1 (subaccount “%2”): %3</source>
        <translation>Os logins SMTP de %1 (subconta “%2”): %3</translation>
    </message>
    <message>
        <source>The domains could not be read.</source>
        <translation>Não foi possível ler os domínios.</translation>
    </message>
    <message>
        <source>The record of your recovery could not be saved (%1). Check that the disk is not full and that the folder may be written to, then run the reset again.</source>
        <translation>Não foi possível salvar o registro da sua recuperação (%1). Verifique se o disco não está cheio e se é possível gravar na pasta, e depois faça a redefinição de novo.</translation>
    </message>
    <message>
        <source>There is no unfinished SMTP password reset to continue.</source>
        <translation>Não há nenhuma redefinição de senhas SMTP interrompida para continuar.</translation>
    </message>
    <message>
        <source>Not started: you stopped the reset.</source>
        <translation>Não iniciado: você interrompeu a redefinição.</translation>
    </message>
    <message>
        <source>The keychain stopped answering earlier. Close the assistant, unlock the keychain if it asks, and start again: the reset goes on where it stopped.</source>
        <translation>O chaveiro parou de responder há pouco. Feche o assistente, desbloqueie o chaveiro se ele pedir e comece de novo: a redefinição continua de onde parou.</translation>
    </message>
    <message>
        <source>No keychain (the password store of your computer) is running, so no password was changed. Start or unlock it and try again.</source>
        <translation>Nenhum chaveiro (o lugar onde seu computador guarda senhas) está em execução, então nenhuma senha foi trocada. Inicie ou desbloqueie o chaveiro e tente de novo.</translation>
    </message>
    <message>
        <source>You did not confirm that the new passwords are saved, so none was sent. The old passwords still work.</source>
        <translation>Você não confirmou que as novas senhas estão salvas, então nenhuma foi enviada. As senhas antigas ainda funcionam.</translation>
    </message>
    <message>
        <source>The reset stopped before changing anything more.</source>
        <translation>A redefinição parou antes de alterar mais alguma coisa.</translation>
    </message>
    <message>
        <source>The new password was not sent, because the record of your recovery could not be saved. The old password still works.</source>
        <translation>A nova senha não foi enviada, porque não foi possível salvar o registro da sua recuperação. A senha antiga ainda funciona.</translation>
    </message>
    <message>
        <source>The new password could not be saved in the keychain, so it was not sent. The old password still works.</source>
        <translation>Não foi possível salvar a nova senha no chaveiro, então ela não foi enviada. A senha antiga ainda funciona.</translation>
    </message>
    <message>
        <source>The new password was not sent; the old password still works.</source>
        <translation>A nova senha não foi enviada; a senha antiga ainda funciona.</translation>
    </message>
    <message>
        <source>Mailgun did not answer, so it is not known whether the new password is active. Try again: the same new password will be sent.</source>
        <translation>O Mailgun não respondeu, então não se sabe se a nova senha está ativa. Tente de novo: a mesma nova senha será enviada.</translation>
    </message>
    <message>
        <source>Mailgun did not accept the new password; the old one still works.</source>
        <translation>O Mailgun não aceitou a nova senha; a antiga ainda funciona.</translation>
    </message>
    <message>
        <source>Mailgun now uses the new password. It is in the keychain entry %1, but could not be moved to the entry %2. Run the reset again to finish this login.</source>
        <translation>O Mailgun já usa a nova senha. Ela está no item %1 do chaveiro, mas não foi possível movê-la para o item %2. Faça a redefinição de novo para concluir este login.</translation>
    </message>
    <message>
        <source>The login was not deleted, because the record of your recovery could not be saved. It still works.</source>
        <translation>O login não foi excluído, porque não foi possível salvar o registro da sua recuperação. Ele ainda funciona.</translation>
    </message>
    <message>
        <source>The login could not be deleted; it still works.</source>
        <translation>Não foi possível excluir o login; ele ainda funciona.</translation>
    </message>
</context>
<context>
    <name>SmtpResetPanel</name>
    <message>
        <source>&lt;b&gt;Reset the SMTP passwords for me&lt;/b&gt;</source>
        <translation>&lt;b&gt;Redefinir as senhas SMTP para mim&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A password reset was interrupted before it was finished.</source>
        <translation>Uma redefinição de senhas foi interrompida antes de terminar.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Continuar a redefinição</translation>
    </message>
    <message>
        <source>Continue the interrupted SMTP password reset</source>
        <translation>Continuar a redefinição de senhas SMTP interrompida</translation>
    </message>
    <message>
        <source>Show my SMTP logins</source>
        <translation>Mostrar meus logins SMTP</translation>
    </message>
    <message>
        <source>Reset the passwords</source>
        <translation>Redefinir as senhas</translation>
    </message>
    <message>
        <source>Give every login a new password and delete the ticked ones</source>
        <translation>Dar uma nova senha a cada login e excluir os marcados</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop after the logins being changed now</source>
        <translation>Parar depois dos logins que estão sendo alterados agora</translation>
    </message>
    <message>
        <source>Try the failed ones again</source>
        <translation>Tentar de novo os que falharam</translation>
    </message>
    <message>
        <source>Try the logins that failed again</source>
        <translation>Tentar de novo os logins que falharam</translation>
    </message>
    <message>
        <source>Logins done</source>
        <translation>Logins concluídos</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Where each new password is kept</source>
        <translation>Onde cada nova senha está guardada</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Copiar a lista</translation>
    </message>
    <message>
        <source>Copy the list of logins and where their passwords are kept</source>
        <translation>Copiar a lista de logins e onde as senhas deles estão guardadas</translation>
    </message>
    <message>
        <source>Some logins could not be read, so they are not in the list:
%1</source>
        <translation>Não foi possível ler alguns logins, então eles não estão na lista:
%1</translation>
    </message>
    <message>
        <source>Your account has no SMTP logins. There is nothing to reset.</source>
        <translation>Sua conta não tem logins SMTP. Não há nada para redefinir.</translation>
    </message>
    <message>
        <source>Reset the SMTP passwords</source>
        <translation>Redefinir as senhas SMTP</translation>
    </message>
    <message>
        <source>Reset the SMTP passwords now?</source>
        <translation>Redefinir as senhas SMTP agora?</translation>
    </message>
    <message>
        <source>Logins that get a new password, kept in this computer&apos;s keychain: %1.</source>
        <translation>Logins que recebem uma nova senha, guardada no chaveiro deste computador: %1.</translation>
    </message>
    <message>
        <source>Logins that will be deleted: %1.</source>
        <translation>Logins que serão excluídos: %1.</translation>
    </message>
    <message>
        <source>Websites and apps that send email with the old passwords stop sending until you give them the new ones.</source>
        <translation>Sites e aplicativos que enviam e-mails com as senhas antigas param de enviar até você dar a eles as novas.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Reading your domains and their SMTP logins…</source>
        <translation>Lendo seus domínios e os logins SMTP deles…</translation>
    </message>
    <message>
        <source>Giving each login its new password…</source>
        <translation>Dando a cada login a sua nova senha…</translation>
    </message>
    <message>
        <source>Done. Logins changed: %1. Each new password is in this computer&apos;s keychain. Click a login to see its password.</source>
        <translation>Pronto. Logins alterados: %1. Cada nova senha está no chaveiro deste computador. Clique em um login para ver a senha dele.</translation>
    </message>
    <message>
        <source>Click a login in the list to see its new password.</source>
        <translation>Clique em um login da lista para ver a nova senha dele.</translation>
    </message>
    <message>
        <source>New password for %1 (server %2):</source>
        <translation>Nova senha de %1 (servidor %2):</translation>
    </message>
    <message>
        <source>%1 | server %2, port 587 | new password in the keychain &quot;%3&quot;, entry %4</source>
        <translation>%1 | servidor %2, porta 587 | nova senha no chaveiro &quot;%3&quot;, item %4</translation>
    </message>
    <message>
        <source>%1 | deleted</source>
        <translation>%1 | excluído</translation>
    </message>
    <message>
        <source>%1 | not changed: the old password still works</source>
        <translation>%1 | não alterado: a senha antiga ainda funciona</translation>
    </message>
    <message>
        <source>The program can give every SMTP login of every domain a new password and keep each one in this computer&apos;s keychain. You can also delete logins nobody on your team knows. First look at the list: nothing changes until you agree.</source>
        <translation>O programa pode dar uma nova senha a cada login SMTP de cada domínio e guardar cada uma no chaveiro deste computador. Você também pode excluir os logins que ninguém da sua equipe conhece. Primeiro, veja a lista: nada muda até você concordar.</translation>
    </message>
    <message>
        <source>SMTP logins found: %1. Every login gets a new password. Tick Delete for logins nobody on your team knows.</source>
        <translation>Logins SMTP encontrados: %1. Cada login recebe uma nova senha. Marque Excluir nos logins que ninguém da sua equipe conhece.</translation>
    </message>
    <message>
        <source>Logins changed: %1. Not changed: %2. The logins marked ✘ still have their old password (point at a row to read why); those marked ? may have the new one. Try again: the same new passwords are sent, nothing is guessed.</source>
        <translation>Logins alterados: %1. Não alterados: %2. Os logins marcados com ✘ ainda têm a senha antiga (aponte para uma linha para ler o motivo); os marcados com ? podem já ter a nova. Tente de novo: as mesmas senhas novas são enviadas, nada é adivinhado.</translation>
    </message>
</context>
<context>
    <name>StepGuide</name>
    <message>
        <source>Open the Mailgun Control Panel (app.mailgun.com)</source>
        <translation>Abrir o Control Panel do Mailgun (app.mailgun.com)</translation>
    </message>
    <message>
        <source>Read Mailgun&apos;s advice for a misused account</source>
        <translation>Ler as orientações do Mailgun para uma conta usada indevidamente</translation>
    </message>
    <message>
        <source>Find out how the key leaked</source>
        <translation>Descobrir como a chave vazou</translation>
    </message>
    <message>
        <source>Someone used your Mailgun account without permission. Before you change anything, find out how they got in. If the hole stays open, your new keys and passwords will leak the same way. An API key is a long password that lets your website and apps use Mailgun.</source>
        <translation>Alguém usou sua conta do Mailgun sem permissão. Antes de alterar qualquer coisa, descubra como a pessoa entrou. Se a brecha continuar aberta, suas novas chaves e senhas vão vazar do mesmo jeito. Uma chave de API é uma senha longa que permite que seu site e seus aplicativos usem o Mailgun.</translation>
    </message>
    <message>
        <source>Sign in to the Mailgun Control Panel at app.mailgun.com.</source>
        <translation>Entre no Control Panel do Mailgun em app.mailgun.com.</translation>
    </message>
    <message>
        <source>Look at the routes and webhooks of each domain. A route or webhook you did not create can send copies of your mail to someone else: write it down and delete it.</source>
        <translation>Veja as rotas (Routes) e os webhooks de cada domínio. Uma rota ou um webhook que você não criou pode enviar cópias dos seus e-mails para outra pessoa: anote e exclua.</translation>
    </message>
    <message>
        <source>Ask the person who looks after your website to check it, using the list below.</source>
        <translation>Peça à pessoa que cuida do seu site que o verifique, usando a lista abaixo.</translation>
    </message>
    <message>
        <source>Open the list of API keys (API Security)</source>
        <translation>Abrir a lista de chaves de API (API Security)</translation>
    </message>
    <message>
        <source>My website does not show its private settings files</source>
        <translation>Meu site não mostra os arquivos de configuração privados dele</translation>
    </message>
    <message>
        <source>Files such as .env, phpinfo pages and backups must not open in a web browser, and &quot;debug mode&quot; must be off. Your web developer or hosting provider can check this.</source>
        <translation>Arquivos como .env, páginas phpinfo e backups não podem abrir no navegador, e o &quot;modo de depuração&quot; precisa estar desativado. Seu desenvolvedor web ou seu provedor de hospedagem pode verificar isso.</translation>
    </message>
    <message>
        <source>Search your projects on GitHub, GitLab or Bitbucket, public ones especially, for your Mailgun key or SMTP password.</source>
        <translation>Procure sua chave do Mailgun ou sua senha SMTP nos seus projetos no GitHub, GitLab ou Bitbucket, principalmente nos públicos.</translation>
    </message>
    <message>
        <source>I looked at the list of API keys</source>
        <translation>Verifiquei a lista de chaves de API</translation>
    </message>
    <message>
        <source>I looked at the SMTP logins of every domain</source>
        <translation>Verifiquei os logins SMTP de todos os domínios</translation>
    </message>
    <message>
        <source>SMTP logins are the user names and passwords that programs use to send email. You will reset them in step 3.</source>
        <translation>Logins SMTP são os nomes de usuário e as senhas que os programas usam para enviar e-mails. Você vai redefini-los no passo 3.</translation>
    </message>
    <message>
        <source>Replace the private API key</source>
        <translation>Trocar a chave de API privada</translation>
    </message>
    <message>
        <source>Open Account settings, then API Security (or use the link below).</source>
        <translation>Abra Account settings, depois API Security (ou use o link abaixo).</translation>
    </message>
    <message>
        <source>Copy the new key at once and keep it somewhere safe, such as a password manager. Mailgun shows it only once.</source>
        <translation>Copie a nova chave na hora e guarde-a em um lugar seguro, como um gerenciador de senhas. O Mailgun só a mostra uma vez.</translation>
    </message>
    <message>
        <source>Put the new key into every website and app that uses Mailgun. Check that each one can still send email.</source>
        <translation>Coloque a nova chave em todos os sites e aplicativos que usam o Mailgun. Confira se cada um ainda consegue enviar e-mails.</translation>
    </message>
    <message>
        <source>I created a new API key</source>
        <translation>Criei uma nova chave de API</translation>
    </message>
    <message>
        <source>I saved the new key in a safe place</source>
        <translation>Salvei a nova chave em um lugar seguro</translation>
    </message>
    <message>
        <source>My websites and apps use the new key</source>
        <translation>Meus sites e aplicativos usam a nova chave</translation>
    </message>
    <message>
        <source>I deleted every old API key</source>
        <translation>Excluí todas as chaves de API antigas</translation>
    </message>
    <message>
        <source>Reset the SMTP passwords</source>
        <translation>Redefinir as senhas SMTP</translation>
    </message>
    <message>
        <source>Open Sending, then Domain settings. Choose a domain at the top, then open SMTP credentials.</source>
        <translation>Abra Sending, depois Domain settings. Escolha um domínio no topo e abra SMTP credentials.</translation>
    </message>
    <message>
        <source>For each login, choose Reset password. Copy the new password and keep it somewhere safe: Mailgun shows it only once.</source>
        <translation>Em cada login, escolha Reset password. Copie a nova senha e guarde-a em um lugar seguro: o Mailgun só a mostra uma vez.</translation>
    </message>
    <message>
        <source>Do the same for every domain. If you have domains in both the US and the EU region, switch region and do those too.</source>
        <translation>Faça isso em todos os domínios. Se você tem domínios nas duas regiões, US e EU, mude de região e repita o processo lá.</translation>
    </message>
    <message>
        <source>Put the new passwords into the websites and apps that send email with them.</source>
        <translation>Coloque as novas senhas nos sites e aplicativos que enviam e-mails com elas.</translation>
    </message>
    <message>
        <source>Every SMTP login has a new password</source>
        <translation>Todos os logins SMTP têm uma nova senha</translation>
    </message>
    <message>
        <source>On every domain, in both regions (US and EU) if you use both.</source>
        <translation>Em todos os domínios, nas duas regiões (US e EU), se você usa as duas.</translation>
    </message>
    <message>
        <source>If every login is known, tick this.</source>
        <translation>Se todos os logins são conhecidos, marque este item.</translation>
    </message>
    <message>
        <source>My websites and apps use the new passwords</source>
        <translation>Meus sites e aplicativos usam as novas senhas</translation>
    </message>
    <message>
        <source>Reset every user&apos;s password</source>
        <translation>Redefinir a senha de cada usuário</translation>
    </message>
    <message>
        <source>Anyone who can sign in to your Mailgun account can create new keys. So every person with access must choose a new password, including you.</source>
        <translation>Qualquer pessoa que consiga entrar na sua conta do Mailgun pode criar novas chaves. Por isso, todas as pessoas com acesso precisam escolher uma nova senha, inclusive você.</translation>
    </message>
    <message>
        <source>In the Control Panel, open Account settings, then Users, to see who has access.</source>
        <translation>No Control Panel, abra Account settings, depois Users, para ver quem tem acesso.</translation>
    </message>
    <message>
        <source>Remove anyone who should no longer have access.</source>
        <translation>Remova quem não deve mais ter acesso.</translation>
    </message>
    <message>
        <source>Ask each person to go to app.mailgun.com, click &quot;Forgot password?&quot; and enter their email address.</source>
        <translation>Peça a cada pessoa que acesse app.mailgun.com, clique em &quot;Forgot password?&quot; e digite o próprio endereço de e-mail.</translation>
    </message>
    <message>
        <source>They receive an email with a link. The link works for 20 minutes only, so they should use it straight away. If it has expired, they can ask for a new one.</source>
        <translation>A pessoa recebe um e-mail com um link. O link só funciona por 20 minutos, então é melhor usá-lo na hora. Se ele expirar, dá para pedir um novo.</translation>
    </message>
    <message>
        <source>Each person chooses a new password that they have never used anywhere else.</source>
        <translation>Cada pessoa escolhe uma nova senha que nunca usou em nenhum outro lugar.</translation>
    </message>
    <message>
        <source>Open the Mailgun sign-in page (with &quot;Forgot password?&quot;)</source>
        <translation>Abrir a página de login do Mailgun (com &quot;Forgot password?&quot;)</translation>
    </message>
    <message>
        <source>I removed users who should no longer have access</source>
        <translation>Removi os usuários que não devem mais ter acesso</translation>
    </message>
    <message>
        <source>Account settings, then Users. If everyone should keep access, tick this.</source>
        <translation>Account settings, depois Users. Se todos devem continuar com acesso, marque este item.</translation>
    </message>
    <message>
        <source>I reset my own password</source>
        <translation>Redefini a minha própria senha</translation>
    </message>
    <message>
        <source>Every other user reset their password</source>
        <translation>Todos os outros usuários redefiniram a senha</translation>
    </message>
    <message>
        <source>Ask each of them. If you are the only user, tick this.</source>
        <translation>Pergunte a cada um deles. Se você é o único usuário, marque este item.</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Ativar o login em dois fatores</translation>
    </message>
    <message>
        <source>Install an authenticator app on your phone, for example Google Authenticator or Microsoft Authenticator.</source>
        <translation>Instale um aplicativo autenticador no seu celular, por exemplo o Google Authenticator ou o Microsoft Authenticator.</translation>
    </message>
    <message>
        <source>Sign in at app.mailgun.com. Open your profile (your name at the top), then Security.</source>
        <translation>Entre em app.mailgun.com. Abra seu perfil (seu nome no topo), depois Security.</translation>
    </message>
    <message>
        <source>Type the code the app shows to confirm. If Mailgun gives you recovery codes, keep them somewhere safe: you need them if you lose your phone.</source>
        <translation>Para confirmar, digite o código que o aplicativo mostra. Se o Mailgun der códigos de recuperação (recovery codes), guarde-os em um lugar seguro: você vai precisar deles se perder o celular.</translation>
    </message>
    <message>
        <source>Ask every other user to do the same.</source>
        <translation>Peça a todos os outros usuários que façam o mesmo.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on for my own user</source>
        <translation>O login em dois fatores está ativado no meu usuário</translation>
    </message>
    <message>
        <source>Every other user turned on two-factor sign-in</source>
        <translation>Todos os outros usuários ativaram o login em dois fatores</translation>
    </message>
    <message>
        <source>Tell Mailgun support</source>
        <translation>Avisar o suporte do Mailgun</translation>
    </message>
    <message>
        <source>Mailgun&apos;s support team can check your account, lift limits placed on it and watch for more misuse. Tell them what happened and what you have done. Your hosting provider can help find how the key was stolen.</source>
        <translation>A equipe de suporte do Mailgun pode verificar sua conta, retirar limites impostos a ela e ficar atenta a novos abusos. Conte o que aconteceu e o que você já fez. Seu provedor de hospedagem pode ajudar a descobrir como a chave foi roubada.</translation>
    </message>
    <message>
        <source>Open the Mailgun support page (link below), sign in and open a new ticket.</source>
        <translation>Abra a página de suporte do Mailgun (link abaixo), entre e abra um novo chamado.</translation>
    </message>
    <message>
        <source>Say that your account was misused, when you first noticed it, and what you found in step 1.</source>
        <translation>Diga que sua conta foi usada indevidamente, quando você percebeu isso pela primeira vez e o que encontrou no passo 1.</translation>
    </message>
    <message>
        <source>List what you have done: new API key, old keys deleted, SMTP passwords reset, user passwords reset, two-factor sign-in turned on.</source>
        <translation>Liste o que você fez: nova chave de API, chaves antigas excluídas, senhas SMTP redefinidas, senhas dos usuários redefinidas, login em dois fatores ativado.</translation>
    </message>
    <message>
        <source>Never paste a key or a password into the ticket.</source>
        <translation>Nunca cole uma chave ou uma senha no chamado.</translation>
    </message>
    <message>
        <source>Tell your hosting provider or web developer, so they can check your website and server.</source>
        <translation>Avise seu provedor de hospedagem ou seu desenvolvedor web, para que ele possa verificar o seu site e o seu servidor.</translation>
    </message>
    <message>
        <source>Open the Mailgun support page</source>
        <translation>Abrir a página de suporte do Mailgun</translation>
    </message>
    <message>
        <source>See whether Mailgun is working normally (status page)</source>
        <translation>Ver se o Mailgun está funcionando normalmente (página de status)</translation>
    </message>
    <message>
        <source>I told Mailgun support what I found and did</source>
        <translation>Contei ao suporte do Mailgun o que encontrei e o que fiz</translation>
    </message>
    <message>
        <source>I told my hosting provider or web developer</source>
        <translation>Avisei meu provedor de hospedagem ou meu desenvolvedor web</translation>
    </message>
    <message>
        <source>If nobody looks after your website for you, tick this.</source>
        <translation>Se ninguém cuida do seu site para você, marque este item.</translation>
    </message>
    <message>
        <source>If a key or password is there, remove it and replace that key or password again.</source>
        <translation>Se houver uma chave ou senha lá, remova-a e troque essa chave ou senha mais uma vez.</translation>
    </message>
    <message>
        <source>Open Account settings, then API Security. Note every API key that you do not recognize.</source>
        <translation>Abra Account settings, depois API Security. Anote todas as chaves de API que você não reconhece.</translation>
    </message>
    <message>
        <source>For each domain, open Sending, then Domain settings, then SMTP credentials. Note every login that nobody on your team recognizes.</source>
        <translation>Para cada domínio, abra Sending, depois Domain settings, depois SMTP credentials. Anote todos os logins que ninguém da sua equipe reconhece.</translation>
    </message>
    <message>
        <source>My code online does not contain the key</source>
        <translation>Meu código na internet não contém a chave</translation>
    </message>
    <message>
        <source>Note the keys you do not recognize. You will delete the old keys in step 2.</source>
        <translation>Anote as chaves que você não reconhece. Você vai excluir as chaves antigas no passo 2.</translation>
    </message>
    <message>
        <source>I removed routes and webhooks that nobody on my team created</source>
        <translation>Removi as rotas e os webhooks que ninguém da minha equipe criou</translation>
    </message>
    <message>
        <source>Delete every old key in the list, including keys you do not recognize. A deleted key stops working at once.</source>
        <translation>Exclua todas as chaves antigas da lista, inclusive as que você não reconhece. Uma chave excluída para de funcionar na hora.</translation>
    </message>
    <message>
        <source>SMTP credentials are the user names and passwords that programs use to send email through Mailgun, for example postmaster@mg.example.com. Each domain has its own. Attackers use them to send spam, so give every login a new password and delete the logins nobody recognizes.</source>
        <translation>As credenciais SMTP (SMTP credentials) são os nomes de usuário e as senhas que os programas usam para enviar e-mails pelo Mailgun, por exemplo postmaster@mg.example.com. Cada domínio tem as suas. Os invasores as usam para enviar spam, então dê uma nova senha a cada login e exclua os logins que ninguém reconhece.</translation>
    </message>
    <message>
        <source>Delete every login that nobody on your team recognizes.</source>
        <translation>Exclua todos os logins que ninguém da sua equipe reconhece.</translation>
    </message>
    <message>
        <source>I deleted the SMTP logins nobody recognizes</source>
        <translation>Excluí os logins SMTP que ninguém reconhece</translation>
    </message>
    <message>
        <source>Two-factor sign-in (2FA) means a password alone is not enough to sign in: Mailgun also asks for a code from an app on your phone. Even if a password leaks again, nobody can sign in without that phone.</source>
        <translation>O login em dois fatores (2FA) faz com que uma senha sozinha não baste para entrar: o Mailgun também pede um código de um aplicativo no seu celular. Mesmo que uma senha vaze de novo, ninguém consegue entrar sem esse celular.</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in and scan the square code on the screen with the app.</source>
        <translation>Ative o login em dois fatores e escaneie com o aplicativo o código quadrado que aparece na tela.</translation>
    </message>
    <message>
        <source>Read Mailgun&apos;s help page about two-factor sign-in (2FA)</source>
        <translation>Ler a página de ajuda do Mailgun sobre o login em dois fatores (2FA)</translation>
    </message>
    <message>
        <source>I checked again that my code online holds no key</source>
        <translation>Verifiquei de novo que meu código na internet não contém nenhuma chave</translation>
    </message>
    <message>
        <source>I updated WordPress and its plugins</source>
        <translation>Atualizei o WordPress e os plugins dele</translation>
    </message>
    <message>
        <source>Thieves often steal keys through old plugins, especially email plugins. If you do not use WordPress, tick this.</source>
        <translation>Ladrões costumam roubar chaves por meio de plugins desatualizados, principalmente os de e-mail. Se você não usa WordPress, marque este item.</translation>
    </message>
    <message>
        <source>If you have none, or all of them belong to you, tick this.</source>
        <translation>Se você não tem nenhum, ou se todos pertencem a você, marque este item.</translation>
    </message>
    <message>
        <source>The leaked API key keeps working until you delete it. A new key alone does not help. First create a new key and put it into your websites and apps, then delete every old key.</source>
        <translation>A chave de API que vazou continua funcionando até você excluí-la. Uma chave nova, sozinha, não resolve. Primeiro, crie uma nova chave e coloque-a nos seus sites e aplicativos; depois, exclua todas as chaves antigas.</translation>
    </message>
    <message>
        <source>Create a new key. Give it a name that says where you will use it, for example &quot;Website&quot;.</source>
        <translation>Crie uma nova chave. Dê a ela um nome que diga onde você vai usá-la, por exemplo &quot;Site&quot;.</translation>
    </message>
    <message>
        <source>A password manager works best. Never send a key by email or chat.</source>
        <translation>Um gerenciador de senhas funciona melhor. Nunca envie uma chave por e-mail ou chat.</translation>
    </message>
    <message>
        <source>Send a test email from each one to check.</source>
        <translation>Envie um e-mail de teste de cada um para conferir.</translation>
    </message>
    <message>
        <source>Only the new key stays in the list.</source>
        <translation>Só a nova chave fica na lista.</translation>
    </message>
</context>
<context>
    <name>StepListPanel</name>
    <message>
        <source>Your progress</source>
        <translation>Seu progresso</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Connect to Mailgun</source>
        <translation>Conectar ao Mailgun</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>ainda não concluído</translation>
    </message>
    <message>
        <source>%1, you are here</source>
        <translation>%1, você está aqui</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Você está aqui</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Ainda não concluído</translation>
    </message>
    <message>
        <source>You chose the practice account. Nothing real changes.</source>
        <translation>Você escolheu a conta de treino. Nada de verdade muda.</translation>
    </message>
</context>
<context>
    <name>SubaccountDisableController</name>
    <message>
        <source>Disabling stops the subaccount&apos;s API keys from working and makes its dashboard read-only. Its keys, domains and history stay as evidence. You can enable it again later in the Control Panel.</source>
        <translation>Desativar a subconta faz as chaves de API dela pararem de funcionar e deixa o painel dela só para leitura. As chaves, os domínios e o histórico dela continuam lá como provas. Você pode reativá-la depois no Control Panel.</translation>
    </message>
    <message>
        <source>Disable the subaccount “%1”?</source>
        <translation>Desativar a subconta “%1”?</translation>
    </message>
    <message>
        <source>The subaccount was not disabled, because the record of your recovery could not be saved.</source>
        <translation>A subconta não foi desativada, porque não foi possível salvar o registro da sua recuperação.</translation>
    </message>
    <message>
        <source>It is not known whether the subaccount “%1” is disabled: Mailgun&apos;s list of subaccounts could not be read. Check it in the Control Panel.</source>
        <translation>Não se sabe se a subconta “%1” está desativada: não foi possível ler a lista de subcontas do Mailgun. Confira no Control Panel.</translation>
    </message>
    <message>
        <source>The subaccount “%1” is disabled.</source>
        <translation>A subconta “%1” está desativada.</translation>
    </message>
    <message>
        <source>Mailgun did not disable the subaccount “%1”; it is still %2.</source>
        <translation>O Mailgun não desativou a subconta “%1”; o status dela ainda é %2.</translation>
    </message>
    <message>
        <source>Mailgun no longer lists the subaccount “%1”.</source>
        <translation>O Mailgun não lista mais a subconta “%1”.</translation>
    </message>
</context>
<context>
    <name>SubaccountDisablePanel</name>
    <message>
        <source>Disable this subaccount…</source>
        <translation>Desativar esta subconta…</translation>
    </message>
    <message>
        <source>This subaccount is disabled.</source>
        <translation>Esta subconta está desativada.</translation>
    </message>
    <message>
        <source>This subaccount is closed.</source>
        <translation>Esta subconta está encerrada.</translation>
    </message>
    <message>
        <source>Disable the subaccount?</source>
        <translation>Desativar a subconta?</translation>
    </message>
    <message>
        <source>Disable the subaccount “%1”?</source>
        <translation>Desativar a subconta “%1”?</translation>
    </message>
    <message>
        <source>Disable it</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Disabled by the program.</source>
        <translation>Desativada pelo programa.</translation>
    </message>
    <message>
        <source>Disabling it…</source>
        <translation>Desativando…</translation>
    </message>
    <message>
        <source>If nobody on your team made it, disable it. It can be enabled again later.</source>
        <translation>Se ninguém da sua equipe a criou, desative-a. Ela pode ser reativada depois.</translation>
    </message>
</context>
<context>
    <name>SubaccountHoldingsText</name>
    <message>
        <source>It has no API keys.</source>
        <translation>Ela não tem chaves de API.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n API key(s): %1.</source>
        <translation>
            <numerusform>Ela tem %n chave de API: %1.</numerusform>
            <numerusform>Ela tem %n chaves de API: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>its API keys</source>
        <translation>as chaves de API dela</translation>
    </message>
    <message>
        <source>its domains in the %1</source>
        <translation>os domínios dela na região %1</translation>
    </message>
    <message>
        <source>the SMTP logins of %1</source>
        <translation>os logins SMTP de %1</translation>
    </message>
    <message>
        <source>its routes in the %1</source>
        <translation>as rotas dela na região %1</translation>
    </message>
    <message>
        <source>the webhooks of %1</source>
        <translation>os webhooks de %1</translation>
    </message>
    <message>
        <source>its account webhooks in the %1</source>
        <translation>os webhooks de conta dela na região %1</translation>
    </message>
    <message>
        <source>Its domains: %1.</source>
        <translation>Os domínios dela: %1.</translation>
    </message>
    <message>
        <source>It has no domains.</source>
        <translation>Ela não tem domínios.</translation>
    </message>
    <message>
        <source>Its SMTP logins: %1.</source>
        <translation>Os logins SMTP dela: %1.</translation>
    </message>
    <message>
        <source>Its routes: %1.</source>
        <translation>As rotas dela: %1.</translation>
    </message>
    <message>
        <source>It has no routes.</source>
        <translation>Ela não tem rotas.</translation>
    </message>
    <message>
        <source>Its webhooks send events to: %1.</source>
        <translation>Os webhooks dela enviam eventos para: %1.</translation>
    </message>
    <message>
        <source>It has no webhooks.</source>
        <translation>Ela não tem webhooks.</translation>
    </message>
    <message>
        <source>The program could not list these for this subaccount, because Mailgun refused or did not answer: %1.</source>
        <extracomment>%1 lists what could not be read, e.g. &quot;its API keys, its routes in the US region&quot;.</extracomment>
        <translation>O programa não conseguiu listar isto para esta subconta, porque o Mailgun recusou ou não respondeu: %1.</translation>
    </message>
    <message>
        <source>The program could not list these for this subaccount, because Mailgun&apos;s answer was not the subaccount&apos;s own: %1.</source>
        <extracomment>%1 lists what could not be read, e.g. &quot;its API keys, its routes in the US region&quot;.</extracomment>
        <translation>O programa não conseguiu listar isto para esta subconta, porque a resposta do Mailgun não era da própria subconta: %1.</translation>
    </message>
    <message>
        <source>The program could not list these for this subaccount, because Mailgun&apos;s answer was empty, like your main account&apos;s, and proves nothing: %1.</source>
        <extracomment>%1 lists what could not be read, e.g. &quot;its API keys, its routes in the US region&quot;.</extracomment>
        <translation>O programa não conseguiu listar isto para esta subconta, porque a resposta do Mailgun veio vazia, igual à da sua conta principal, e não prova nada: %1.</translation>
    </message>
</context>
<context>
    <name>SubaccountStatus</name>
    <message>
        <source>open</source>
        <extracomment>A subaccount&apos;s status: it works and can send email. Used inside sentences such as &quot;It is open.&quot; or &quot;status: open&quot;.</extracomment>
        <translation>ativa</translation>
    </message>
    <message>
        <source>disabled</source>
        <extracomment>A subaccount&apos;s status: its API keys stop working and its dashboard is read-only.</extracomment>
        <translation>desativada</translation>
    </message>
    <message>
        <source>closed</source>
        <extracomment>A subaccount&apos;s status: Mailgun closed it for good.</extracomment>
        <translation>encerrada</translation>
    </message>
</context>
<context>
    <name>SummaryListText</name>
    <message>
        <source>- %1</source>
        <translation>- %1</translation>
    </message>
    <message numerus="yes">
        <source>- and %n more.</source>
        <translation>
            <numerusform>- e mais %n.</numerusform>
            <numerusform>- e mais %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <source>The old API key %1 STILL WORKS: Mailgun accepted it at %2. Delete it in the Control Panel now.</source>
        <translation>A chave de API antiga %1 AINDA FUNCIONA: o Mailgun a aceitou em %2. Exclua-a agora no Control Panel.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The SMTP password of %1 (%2) could not be changed (%3). Change it in the Control Panel.</source>
        <translation>Não foi possível trocar a senha SMTP de %1 (%2) (%3). Troque-a no Control Panel.</translation>
    </message>
    <message>
        <source>The SMTP login %1 (%2) could not be deleted (%3). Delete it in the Control Panel.</source>
        <translation>Não foi possível excluir o login SMTP %1 (%2) (%3). Exclua-o no Control Panel.</translation>
    </message>
    <message>
        <source>A replacement of the API key was started and is not finished.</source>
        <translation>Uma troca da chave de API foi iniciada e não foi concluída.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>New passwords set: %1. Logins deleted: %2. Failed: %3.</source>
        <translation>Senhas novas definidas: %1. Logins excluídos: %2. Falhas: %3.</translation>
    </message>
    <message>
        <source>The replacement of the API key is not finished. Open step 2 in the program to continue it.</source>
        <translation>A troca da chave de API não foi concluída. Abra o passo 2 no programa para continuá-la.</translation>
    </message>
    <message>
        <source>The reset of the SMTP passwords is not finished. Open step 3 in the program to go on.</source>
        <translation>A redefinição das senhas SMTP não foi concluída. Abra o passo 3 no programa para continuar.</translation>
    </message>
    <message>
        <source>The old API key %1 could not be deleted. Delete it in the Control Panel.</source>
        <translation>Não foi possível excluir a chave de API antiga %1. Exclua-a no Control Panel.</translation>
    </message>
    <message>
        <source>%1 has not changed their password since the incident began.</source>
        <translation>%1 não trocou a senha desde o início do incidente.</translation>
    </message>
    <message>
        <source>%1 does not use two-factor sign-in yet.</source>
        <translation>%1 ainda não usa o login em dois fatores.</translation>
    </message>
    <message>
        <source>The program has not checked the users&apos; passwords and two-factor sign-in.</source>
        <translation>O programa não verificou as senhas e o login em dois fatores dos usuários.</translation>
    </message>
    <message>
        <source>Step %1, &quot;%2&quot;: not yet confirmed: %3.</source>
        <translation>Passo %1, &quot;%2&quot;: ainda não confirmado: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) changed their password after the incident began.</source>
        <translation>
            <numerusform>%1 de %n usuário trocou a senha depois do início do incidente.</numerusform>
            <numerusform>%1 de %n usuários trocaram a senha depois do início do incidente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) use two-factor sign-in.</source>
        <translation>
            <numerusform>%1 de %n usuário usa o login em dois fatores.</numerusform>
            <numerusform>%1 de %n usuários usam o login em dois fatores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserStatusController</name>
    <message>
        <source>The connection to Mailgun is not set up. Go back to the Connect page.</source>
        <translation>A conexão com o Mailgun não está configurada. Volte para a página &quot;Conectar ao Mailgun&quot;.</translation>
    </message>
    <message>
        <source>%1 The report will not show this check of your users.</source>
        <translation>%1 O relatório não vai mostrar esta verificação dos seus usuários.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed. Make room on the disk (or make the folder writable), then try again.</source>
        <translation>%1 Nada foi alterado. Libere espaço no disco (ou permita gravar na pasta) e tente de novo.</translation>
    </message>
    <message>
        <source>Hello %1,

please turn on two-factor sign-in (2FA) for your Mailgun user (%2). It takes five minutes:

1. Install an authenticator app on your phone, for example Google Authenticator or Microsoft Authenticator.
2. Sign in at https://app.mailgun.com. Click your name at the top, then Security.
3. Turn on two-factor sign-in and scan the square code with the app.
4. Type the code the app shows to confirm. Keep any recovery codes somewhere safe.

Mailgun&apos;s help page: %3
</source>
        <translation>Olá, %1,

por favor, ative o login em dois fatores (2FA) no seu usuário do Mailgun (%2). Leva cinco minutos:

1. Instale um aplicativo autenticador no seu celular, por exemplo o Google Authenticator ou o Microsoft Authenticator.
2. Entre em https://app.mailgun.com. Clique no seu nome no topo, depois em Security.
3. Ative o login em dois fatores e escaneie o código quadrado com o aplicativo.
4. Para confirmar, digite o código que o aplicativo mostra. Se receber códigos de recuperação (recovery codes), guarde-os em um lugar seguro.

Página de ajuda do Mailgun: %3
</translation>
    </message>
    <message>
        <source>This API key is not allowed to read the list of users: only a key with the Admin role can. The step can still be done by hand: follow the instructions and confirm each item when it is done.</source>
        <translation>Esta chave de API não tem permissão para ler a lista de usuários: só uma chave com a função Admin pode fazer isso. Você ainda pode fazer este passo manualmente: siga as instruções e confirme cada item quando terminar.</translation>
    </message>
</context>
<context>
    <name>UserStatusModel</name>
    <message>
        <source>Admin</source>
        <extracomment>Mailgun&apos;s role name, as its Control Panel shows it in English: keep it in English.</extracomment>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Developer</source>
        <extracomment>Mailgun&apos;s role name, as its Control Panel shows it in English: keep it in English.</extracomment>
        <translation>Developer</translation>
    </message>
    <message>
        <source>Analyst</source>
        <extracomment>Mailgun&apos;s role name, as its Control Panel shows it in English: keep it in English.</extracomment>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>Mailgun&apos;s role name, as its Control Panel shows it in English: keep it in English.</extracomment>
        <translation>Support</translation>
    </message>
    <message>
        <source>Billing</source>
        <extracomment>Mailgun&apos;s role name, as its Control Panel shows it in English: keep it in English.</extracomment>
        <translation>Billing</translation>
    </message>
    <message>
        <source>%1, owner</source>
        <translation>%1, proprietário</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ativado</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Não concluído</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Turned on, but the code from the phone app was never confirmed.</source>
        <translation>Ativado, mas o código do aplicativo do celular nunca foi confirmado.</translation>
    </message>
    <message>
        <source>When the password was last changed</source>
        <translation>Quando a senha foi trocada pela última vez</translation>
    </message>
    <message>
        <source>Whether two-factor sign-in is on</source>
        <translation>Se o login em dois fatores está ativado</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última troca</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Dois fatores</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reset link</source>
        <translation>Link de redefinição</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
</context>
<context>
    <name>UserStatusPanel</name>
    <message>
        <source>&lt;b&gt;Check who has a new password&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verificar quem tem uma nova senha&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check who has two-factor sign-in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verificar quem usa o login em dois fatores&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Check the users&apos; passwords again</source>
        <translation>Verificar de novo as senhas dos usuários</translation>
    </message>
    <message>
        <source>Check the users&apos; two-factor sign-in again</source>
        <translation>Verificar de novo o login em dois fatores dos usuários</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>Lendo os usuários</translation>
    </message>
    <message>
        <source>Reading the account&apos;s users...</source>
        <translation>Lendo os usuários da conta...</translation>
    </message>
    <message>
        <source>The program cannot change anyone&apos;s password, but it can check who has. Each person asks Mailgun for a reset email and chooses a new password. Only a change after the incident started (%1) counts.</source>
        <translation>O programa não pode trocar a senha de ninguém, mas pode verificar quem já trocou. Cada pessoa pede ao Mailgun um e-mail de redefinição e escolhe uma nova senha. Só conta uma troca feita depois do início do incidente (%1).</translation>
    </message>
    <message>
        <source>Practice account: &quot;Practice reset&quot; pretends the person did it; then click Refresh.</source>
        <translation>Conta de treino: &quot;Treino: redefinir&quot; finge que a pessoa fez isso; depois, clique em Atualizar.</translation>
    </message>
    <message>
        <source>&quot;Reset...&quot; opens Mailgun&apos;s reset page and copies the person&apos;s email address, ready to paste there.</source>
        <translation>&quot;Redefinir...&quot; abre a página de redefinição do Mailgun e copia o endereço de e-mail da pessoa, pronto para colar lá.</translation>
    </message>
    <message>
        <source>The program cannot turn on two-factor sign-in for anyone, but it can check who has. Each person signs in at app.mailgun.com, clicks their name, then Security, and turns it on with a phone app. &lt;a href=&quot;%1&quot;&gt;Mailgun&apos;s help page&lt;/a&gt; explains each step.</source>
        <translation>O programa não pode ativar o login em dois fatores para ninguém, mas pode verificar quem já ativou. Cada pessoa entra em app.mailgun.com, clica no próprio nome, depois em Security, e ativa o recurso com um aplicativo no celular. A &lt;a href=&quot;%1&quot;&gt;página de ajuda do Mailgun&lt;/a&gt; explica cada passo.</translation>
    </message>
    <message>
        <source>Practice account: &quot;Practice: turn on&quot; pretends the person did it; then click Refresh.</source>
        <translation>Conta de treino: &quot;Treino: ativar&quot; finge que a pessoa fez isso; depois, clique em Atualizar.</translation>
    </message>
    <message>
        <source>&quot;Copy how-to&quot; copies these steps, ready to email to the person.</source>
        <translation>&quot;Copiar instruções&quot; copia estes passos, prontos para enviar à pessoa por e-mail.</translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <translation>Verificado em %1.</translation>
    </message>
    <message>
        <source>You can also tick the items below by hand when they are done.</source>
        <translation>Você também pode marcar manualmente os itens abaixo quando eles estiverem concluídos.</translation>
    </message>
    <message>
        <source>Mailgun listed no users for this account. Tick the items below by hand.</source>
        <translation>O Mailgun não listou nenhum usuário nesta conta. Marque os itens abaixo manualmente.</translation>
    </message>
    <message>
        <source>Everyone has chosen a new password since the incident started.</source>
        <translation>Todos escolheram uma nova senha depois do início do incidente.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 people still have to choose a new password.</source>
        <translation>
            <numerusform>%n de %1 pessoas ainda precisa escolher uma nova senha.</numerusform>
            <numerusform>%n de %1 pessoas ainda precisam escolher uma nova senha.</numerusform>
        </translation>
    </message>
    <message>
        <source>One thing only you can decide: is everyone in this list someone who should still have access? Remove anyone who should not in the Control Panel, then tick the first item below.</source>
        <translation>Uma coisa só você pode decidir: todas as pessoas desta lista ainda devem ter acesso? Remova no Control Panel quem não deve, e depois marque o primeiro item abaixo.</translation>
    </message>
    <message>
        <source>This step is done.</source>
        <translation>Este passo foi concluído.</translation>
    </message>
    <message>
        <source>Everyone has two-factor sign-in turned on. This step is done.</source>
        <translation>Todos ativaram o login em dois fatores. Este passo foi concluído.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 people still have to turn on two-factor sign-in.</source>
        <translation>
            <numerusform>%n de %1 pessoas ainda precisa ativar o login em dois fatores.</numerusform>
            <numerusform>%n de %1 pessoas ainda precisam ativar o login em dois fatores.</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice account could not be changed. Go back to the Connect page and choose the practice account again.</source>
        <translation>Não foi possível alterar a conta de treino. Volte para a página &quot;Conectar ao Mailgun&quot; e escolha a conta de treino de novo.</translation>
    </message>
    <message>
        <source>Practice: %1 has now chosen a new password in the practice account. With a real account, they would click the link in Mailgun&apos;s email within 20 minutes. Click Refresh to check.</source>
        <translation>Treino: %1 acabou de escolher uma nova senha na conta de treino. Com uma conta real, a pessoa clicaria no link do e-mail do Mailgun em até 20 minutos. Clique em Atualizar para verificar.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s sign-in page is open in your browser and %1 is copied. Click &quot;Forgot password?&quot;, paste the address and send the request. Mailgun emails %2 a link that works for 20 minutes, so ask them to use it straight away. When they are done, click Refresh.</source>
        <translation>A página de login do Mailgun está aberta no seu navegador e %1 foi copiado. Clique em &quot;Forgot password?&quot;, cole o endereço e envie o pedido. O Mailgun envia para %2 um e-mail com um link que funciona por 20 minutos, então peça à pessoa que o use na hora. Quando ela terminar, clique em Atualizar.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Go to %1 yourself and click &quot;Forgot password?&quot;; %2 is copied, ready to paste. Mailgun emails %3 a link that works for 20 minutes.</source>
        <translation>Não foi possível abrir o navegador. Acesse %1 você mesmo e clique em &quot;Forgot password?&quot;; %2 foi copiado, pronto para colar. O Mailgun envia para %3 um e-mail com um link que funciona por 20 minutos.</translation>
    </message>
    <message>
        <source>Practice: %1 has now turned on two-factor sign-in in the practice account. Click Refresh to check.</source>
        <translation>Treino: %1 acabou de ativar o login em dois fatores na conta de treino. Clique em Atualizar para verificar.</translation>
    </message>
    <message>
        <source>The instructions for %1 are copied. Paste them into an email to %2. When they are done, click Refresh.</source>
        <translation>As instruções para %1 foram copiadas. Cole-as em um e-mail para %2. Quando a pessoa terminar, clique em Atualizar.</translation>
    </message>
</context>
<context>
    <name>UserStatusTable</name>
    <message>
        <source>Users of the account and whether each has a new password</source>
        <translation>Usuários da conta e se cada um tem uma nova senha</translation>
    </message>
    <message>
        <source>Users of the account and whether each has two-factor sign-in</source>
        <translation>Usuários da conta e se cada um usa o login em dois fatores</translation>
    </message>
    <message>
        <source>Practice reset</source>
        <translation>Treino: redefinir</translation>
    </message>
    <message>
        <source>Practice: pretend %1 reset their password</source>
        <translation>Treino: fingir que %1 redefiniu a senha</translation>
    </message>
    <message>
        <source>Practice account only: pretends that %1 asked for a reset email and chose a new password. Click Refresh afterwards to check.</source>
        <translation>Só na conta de treino: finge que %1 pediu um e-mail de redefinição e escolheu uma nova senha. Depois, clique em Atualizar para verificar.</translation>
    </message>
    <message>
        <source>Reset...</source>
        <translation>Redefinir...</translation>
    </message>
    <message>
        <source>Open Mailgun&apos;s password reset page for %1</source>
        <translation>Abrir a página de redefinição de senha do Mailgun para %1</translation>
    </message>
    <message>
        <source>Opens Mailgun&apos;s password reset page in your browser and copies %1 so you can paste it there.</source>
        <translation>Abre a página de redefinição de senha do Mailgun no seu navegador e copia %1 para você colar lá.</translation>
    </message>
    <message>
        <source>Practice: turn on</source>
        <translation>Treino: ativar</translation>
    </message>
    <message>
        <source>Practice: pretend %1 turned on two-factor sign-in</source>
        <translation>Treino: fingir que %1 ativou o login em dois fatores</translation>
    </message>
    <message>
        <source>Practice account only: pretends that %1 turned on two-factor sign-in. Click Refresh afterwards to check.</source>
        <translation>Só na conta de treino: finge que %1 ativou o login em dois fatores. Depois, clique em Atualizar para verificar.</translation>
    </message>
    <message>
        <source>Copy how-to</source>
        <translation>Copiar instruções</translation>
    </message>
    <message>
        <source>Copy instructions for %1 to turn on two-factor sign-in</source>
        <translation>Copiar as instruções para %1 ativar o login em dois fatores</translation>
    </message>
    <message>
        <source>Copies a short message for %1 that explains how to turn on two-factor sign-in. Paste it into an email to them.</source>
        <translation>Copia uma mensagem curta para %1 que explica como ativar o login em dois fatores. Cole-a em um e-mail para a pessoa.</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>Reading the account&apos;s users...</source>
        <translation>Lendo os usuários da conta...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Senha nova</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1 (proprietário)</translation>
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
        <source>Users of the account. &quot;New password&quot; means changed after the incident start (%1).</source>
        <translation>Usuários da conta. &quot;Senha nova&quot; quer dizer trocada depois do início do incidente (%1).</translation>
    </message>
    <message>
        <source>Mailgun listed no users.</source>
        <translation>O Mailgun não listou nenhum usuário.</translation>
    </message>
    <message>
        <source>Every user has a new password and two-factor sign-in: steps 4 and 5 are done.</source>
        <translation>Todos os usuários têm uma nova senha e o login em dois fatores: os passos 4 e 5 foram concluídos.</translation>
    </message>
    <message numerus="yes">
        <source>Still to do: %n user(s) must change their password,</source>
        <translation>
            <numerusform>Pendente: %n usuário precisa trocar a senha,</numerusform>
            <numerusform>Pendente: %n usuários precisam trocar a senha,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) must turn on two-factor sign-in.</source>
        <translation>
            <numerusform>%n usuário precisa ativar o login em dois fatores.</numerusform>
            <numerusform>%n usuários precisam ativar o login em dois fatores.</numerusform>
        </translation>
    </message>
    <message>
        <source>2FA on</source>
        <translation>2FA ativo</translation>
    </message>
</context>
<context>
    <name>VolumeFindings</name>
    <message>
        <source>Sending jumped to %1 a day on %2 (normally about %3)</source>
        <translation>Os envios saltaram para %1 por dia em %2 (normalmente cerca de %3)</translation>
    </message>
    <message>
        <source>%1 of them through the US region and %2 through the EU region.</source>
        <translation>%1 delas pela região US e %2 pela região EU.</translation>
    </message>
    <message>
        <source>The rise began around %1.</source>
        <translation>O aumento começou por volta de %1.</translation>
    </message>
    <message>
        <source>A sudden rise like this usually means someone is sending spam with a leaked key or SMTP login. Replace the keys and SMTP passwords (steps 2 and 3), and give these dates to Mailgun support.</source>
        <translation>Um aumento repentino como este normalmente quer dizer que alguém está enviando spam com uma chave ou um login SMTP que vazou. Troque as chaves e as senhas SMTP (passos 2 e 3) e informe estas datas ao suporte do Mailgun.</translation>
    </message>
    <message numerus="yes">
        <source>On %1 your account sent %Ln message(s).</source>
        <translation>
            <numerusform>Em %1, sua conta enviou %Ln mensagem.</numerusform>
            <numerusform>Em %1, sua conta enviou %Ln mensagens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 your account sent %Ln message(s).</source>
        <translation>
            <numerusform>De %1 a %2, sua conta enviou %Ln mensagem.</numerusform>
            <numerusform>De %1 a %2, sua conta enviou %Ln mensagens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebsiteProbePanel</name>
    <message>
        <source>Website address:</source>
        <translation>Endereço do site:</translation>
    </message>
    <message>
        <source>for example www.example.com</source>
        <translation>por exemplo www.example.com</translation>
    </message>
    <message>
        <source>Folder of your website (if any):</source>
        <translation>Pasta do seu site (se houver):</translation>
    </message>
    <message>
        <source>for example shop</source>
        <translation>por exemplo shop</translation>
    </message>
    <message>
        <source>Check my website</source>
        <translation>Verificar meu site</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Reading the list of your API keys…</source>
        <translation>Lendo a lista das suas chaves de API…</translation>
    </message>
    <message>
        <source>That does not look like a website address. Type it as you would in a web browser, for example www.example.com.</source>
        <translation>Isso não parece um endereço de site. Digite-o como você faria em um navegador, por exemplo www.example.com.</translation>
    </message>
    <message>
        <source>Checking your website…</source>
        <translation>Verificando seu site…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>Stopped before anything was checked.</source>
        <translation>Parou antes de verificar qualquer coisa.</translation>
    </message>
    <message>
        <source>Stopped. Addresses checked before that: %1.</source>
        <translation>Parou. Endereços verificados até então: %1.</translation>
    </message>
    <message>
        <source>Addresses checked on your website: %1.</source>
        <translation>Endereços verificados no seu site: %1.</translation>
    </message>
    <message>
        <source>None of the usual files that give keys away could be opened. That is good.</source>
        <translation>Nenhum dos arquivos que costumam entregar chaves pôde ser aberto. Isso é bom.</translation>
    </message>
    <message>
        <source>Files anyone can open: %1. Close them before step 2, or the new key can leak the same way.</source>
        <translation>Arquivos que qualquer pessoa pode abrir: %1. Feche o acesso a eles antes do passo 2, senão a nova chave pode vazar do mesmo jeito.</translation>
    </message>
    <message>
        <source>The findings could not be saved for the report. Check that the disk is not full.</source>
        <translation>Não foi possível salvar o que foi encontrado para o relatório. Verifique se o disco não está cheio.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n address(es)…</source>
        <translation>
            <numerusform>%1 de %n endereço verificado…</numerusform>
            <numerusform>%1 de %n endereços verificados…</numerusform>
        </translation>
    </message>
    <message>
        <source>The program asks your website for the files that often give keys away, such as .env files, phpinfo pages and backups. It only reads, like a web browser, and asks slowly. Only check websites that belong to you.</source>
        <translation>O programa pede ao seu site os arquivos que muitas vezes entregam chaves, como arquivos .env, páginas phpinfo e backups. Ele só lê, como um navegador, e pede devagar. Verifique apenas sites que pertencem a você.</translation>
    </message>
    <message>
        <source>I own this website, and I may check it</source>
        <translation>Este site me pertence, e eu posso verificá-lo</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>You stay in control</source>
        <translation>Você continua no controle</translation>
    </message>
    <message>
        <source>Nothing in your account changes without asking you first.</source>
        <translation>Nada na sua conta muda sem que você seja consultado antes.</translation>
    </message>
    <message>
        <source>New keys and passwords are kept in this computer&apos;s secure password storage (the keychain), not in a file.</source>
        <translation>Novas chaves e senhas ficam guardadas no armazenamento seguro de senhas deste computador (o chaveiro), e não em um arquivo.</translation>
    </message>
    <message>
        <source>You can stop at any time and continue later. The assistant remembers where you were.</source>
        <translation>Você pode parar a qualquer momento e continuar depois. O assistente lembra onde você parou.</translation>
    </message>
    <message>
        <source>Want to try it first? On the next page, choose the practice account: nothing real changes there.</source>
        <translation>Quer testar primeiro? Na próxima página, escolha a conta de treino: nada de verdade é alterado lá.</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Onde você está</translation>
    </message>
    <message>
        <source>What you already did</source>
        <translation>O que você já fez</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>O que você quer fazer?</translation>
    </message>
    <message>
        <source>&amp;Continue where you left off</source>
        <translation>&amp;Continuar de onde você parou</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Continuar de onde você parou</translation>
    </message>
    <message>
        <source>You connect to your account again, then go straight to the step where you stopped.</source>
        <translation>Você se conecta à sua conta de novo e vai direto para o passo em que parou.</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>Começar de &amp;novo</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Começar de novo</translation>
    </message>
    <message>
        <source>The assistant forgets which steps you finished and begins at step 1. Nothing in your Mailgun account is undone.</source>
        <translation>O assistente esquece quais passos você concluiu e começa no passo 1. Nada na sua conta do Mailgun é desfeito.</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>O que vai acontecer</translation>
    </message>
    <message>
        <source>Find out how the key leaked, so it does not happen again.</source>
        <translation>Descobrir como a chave vazou, para que isso não aconteça de novo.</translation>
    </message>
    <message>
        <source>Replace the API key (the password your website uses for Mailgun) and delete the old ones.</source>
        <translation>Trocar a chave de API (a senha que seu site usa para o Mailgun) e excluir as antigas.</translation>
    </message>
    <message>
        <source>Give the SMTP logins (the passwords programs use to send email) new passwords.</source>
        <translation>Dar novas senhas aos logins SMTP (as senhas que os programas usam para enviar e-mails).</translation>
    </message>
    <message>
        <source>Make sure every person with access chooses a new password.</source>
        <translation>Garantir que todas as pessoas com acesso escolham uma nova senha.</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in: a code from a phone, on top of the password.</source>
        <translation>Ativar o login em dois fatores: um código do celular, além da senha.</translation>
    </message>
    <message>
        <source>Tell Mailgun support what happened and what you did.</source>
        <translation>Contar ao suporte do Mailgun o que aconteceu e o que você fez.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>How long it takes</source>
        <translation>Quanto tempo leva</translation>
    </message>
    <message>
        <source>About 30 to 60 minutes: a few minutes per step, longer if you have many domains or users.</source>
        <translation>De 30 a 60 minutos, mais ou menos: alguns minutos por passo, mais se você tiver muitos domínios ou usuários.</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Olá de novo</translation>
    </message>
    <message>
        <source>You already started to lock intruders out of your Mailgun account. The assistant remembers where you were.</source>
        <translation>Você já começou a bloquear os invasores da sua conta do Mailgun. O assistente lembra onde você parou.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>This assistant helps you lock intruders out of your Mailgun account, step by step, the way Mailgun recommends.</source>
        <translation>Este assistente ajuda você a bloquear os invasores da sua conta do Mailgun, passo a passo, do jeito que o Mailgun recomenda.</translation>
    </message>
    <message>
        <source>Could not start over</source>
        <translation>Não foi possível começar de novo</translation>
    </message>
    <message>
        <source>The assistant could not set aside its record of your progress, so it still remembers where you were. You can continue instead.

Details: %1</source>
        <translation>O assistente não conseguiu guardar à parte o registro do seu progresso, então ele ainda lembra onde você parou. Você pode continuar em vez de começar de novo.

Detalhes: %1</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Começar de novo?</translation>
    </message>
    <message>
        <source>Start over from step 1?</source>
        <translation>Começar de novo a partir do passo 1?</translation>
    </message>
    <message>
        <source>The assistant sets aside its record of what you did so far, and the list of steps starts empty again.

Nothing in your Mailgun account is undone: new keys and passwords stay as they are, and deleted keys stay deleted. Keys and passwords saved in this computer&apos;s keychain stay there too.</source>
        <translation>O assistente guarda à parte o registro do que você fez até agora, e a lista de passos volta a ficar vazia.

Nada na sua conta do Mailgun é desfeito: as novas chaves e senhas continuam como estão, e as chaves excluídas continuam excluídas. As chaves e senhas salvas no chaveiro deste computador também continuam lá.</translation>
    </message>
    <message>
        <source>Keep my progress</source>
        <translation>Manter meu progresso</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The assistant uses %1 the next time it starts.</source>
        <translation>O assistente vai usar %1 na próxima vez que for aberto.</translation>
    </message>
    <message>
        <source>You chose the practice account: nothing real changes there.</source>
        <translation>Você escolheu a conta de treino: nada de verdade muda lá.</translation>
    </message>
</context>
<context>
    <name>WizardApp</name>
    <message>
        <source>Mailgun Recovery Assistant</source>
        <translation>Mailgun Recovery Assistant</translation>
    </message>
    <message>
        <source>The assistant is already open</source>
        <translation>O assistente já está aberto</translation>
    </message>
    <message>
        <source>Earlier progress could not be read</source>
        <translation>Não foi possível ler o progresso anterior</translation>
    </message>
    <message>
        <source>The assistant could not read all of the record of what you did before. You can go on.

%1</source>
        <translation>O assistente não conseguiu ler todo o registro do que você fez antes. Você pode continuar.

%1</translation>
    </message>
    <message>
        <source>The practice account could not start</source>
        <translation>Não foi possível iniciar a conta de treino</translation>
    </message>
    <message>
        <source>The practice account could not start, so the assistant opens on your own account instead.

Details: %1</source>
        <translation>Não foi possível iniciar a conta de treino, então o assistente vai abrir na sua própria conta.

Detalhes: %1</translation>
    </message>
</context>
</TS>
