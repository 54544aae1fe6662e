<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AccountCleanup</name>
    <message>
        <source>This webhook also sends to another address of yours. Remove only the unknown address in the Control Panel (Sending, Webhooks).</source>
        <translation>Questo webhook invia anche a un altro tuo indirizzo. Nel Control Panel (Sending, Webhooks) rimuovi solo l&apos;indirizzo sconosciuto.</translation>
    </message>
    <message>
        <source>Delete this route in the %1?

It handles mail that matches %2 and does: %3.

Mail will no longer be forwarded this way. The program writes down what the route did, so you can set it up again if it was yours.</source>
        <translation>Eliminare questa route nella regione %1?

Gestisce la posta che corrisponde a %2 e fa questo: %3.

La posta non verrà più inoltrata in questo modo. Il programma prende nota di cosa faceva la route, così puoi ricrearla se era tua.</translation>
    </message>
    <message>
        <source>Delete this account webhook in the %1?

It sends %2 to %3.

The program writes down the address and the events, so you can set it up again if it was yours.</source>
        <translation>Eliminare questo webhook dell&apos;account nella regione %1?

Invia %2 a %3.

Il programma prende nota dell&apos;indirizzo e degli eventi, così puoi ricrearlo se era tuo.</translation>
    </message>
    <message>
        <source>Stop sending a copy of every message from %1 to %2?

The program writes down the address, so you can set it again if it was yours.</source>
        <translation>Smettere di inviare una copia di ogni messaggio da %1 a %2?

Il programma prende nota dell&apos;indirizzo, così puoi reimpostarlo se era tuo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delete the webhooks that send to %1?

%2

The program writes down the address and the events, so you can set them up again if they were yours.</source>
        <translation>Eliminare i webhook che inviano a %1?

%2

Il programma prende nota dell&apos;indirizzo e degli eventi, così puoi ricrearli se erano tuoi.</translation>
    </message>
    <message>
        <source>%1 Nothing more was removed, so that the record stays complete. Make room on the disk (or make the folder writable), then try again.</source>
        <translation>%1 Non è stato rimosso nient&apos;altro, così il registro resta completo. Libera spazio sul disco (o rendi la cartella scrivibile) e riprova.</translation>
    </message>
    <message>
        <source>It could not be removed: %1</source>
        <translation>Non è stato possibile rimuoverlo: %1</translation>
    </message>
    <message>
        <source>The route is deleted.</source>
        <translation>La route è stata eliminata.</translation>
    </message>
    <message>
        <source>The account webhook is deleted.</source>
        <translation>Il webhook dell&apos;account è stato eliminato.</translation>
    </message>
    <message>
        <source>Mailgun accepted the change.</source>
        <translation>Mailgun ha accettato la modifica.</translation>
    </message>
    <message>
        <source>The webhooks are deleted.</source>
        <translation>I webhook sono stati eliminati.</translation>
    </message>
    <message>
        <source>Some of it could not be removed: %1</source>
        <translation>Non è stato possibile rimuovere una parte: %1</translation>
    </message>
</context>
<context>
    <name>AccountReview</name>
    <message>
        <source>at an unknown time</source>
        <translation>in un momento sconosciuto</translation>
    </message>
    <message>
        <source>less than an hour ago</source>
        <translation>meno di un&apos;ora fa</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>il %1</translation>
    </message>
    <message>
        <source>the key “%1” created %2 (no creator recorded)</source>
        <translation>la chiave “%1” creata %2 (nessun autore registrato)</translation>
    </message>
    <message>
        <source>the key “%1” created %2 (creator recorded as %3)</source>
        <translation>la chiave “%1” creata %2 (autore registrato: %3)</translation>
    </message>
    <message>
        <source>No part of the account could be read. %1</source>
        <translation>Non è stato possibile leggere nessuna parte dell&apos;account. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n ora fa</numerusform>
            <numerusform>%n ore fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <source>the list of API keys</source>
        <translation>l&apos;elenco delle chiavi API</translation>
    </message>
    <message>
        <source>the list of the account&apos;s users</source>
        <translation>l&apos;elenco degli utenti dell&apos;account</translation>
    </message>
    <message>
        <source>the list of subaccounts</source>
        <translation>l&apos;elenco dei sottoaccount</translation>
    </message>
    <message>
        <source>the IP allowlist</source>
        <translation>la lista di IP consentiti (IP allowlist)</translation>
    </message>
    <message>
        <source>the list of domains in the %1</source>
        <translation>l&apos;elenco dei domini nella regione %1</translation>
    </message>
    <message>
        <source>the routes in the %1</source>
        <translation>le route nella regione %1</translation>
    </message>
    <message>
        <source>the account-wide webhooks in the %1</source>
        <translation>i webhook di tutto l&apos;account nella regione %1</translation>
    </message>
    <message>
        <source>the SMTP logins of %1 (%2)</source>
        <translation>i login SMTP di %1 (%2)</translation>
    </message>
    <message>
        <source>the webhooks of %1 (%2)</source>
        <translation>i webhook di %1 (%2)</translation>
    </message>
    <message>
        <source>Could not read %1. %2</source>
        <extracomment>%1 names what was read, starting in lower case (&quot;the list of API keys&quot;); %2 is Mailgun&apos;s error explained in a sentence or two.</extracomment>
        <translation>Non è stato possibile leggere %1. %2</translation>
    </message>
    <message>
        <source>the sending logs in the %1</source>
        <translation>i registri di invio nella regione %1</translation>
    </message>
    <message>
        <source>the sending volume in the %1</source>
        <translation>il volume di invio nella regione %1</translation>
    </message>
    <message>
        <source>the hour-by-hour sending volume in the %1</source>
        <translation>il volume di invio ora per ora nella regione %1</translation>
    </message>
</context>
<context>
    <name>AccountReviewPanel</name>
    <message>
        <source>Review my account</source>
        <translation>Controlla il mio account</translation>
    </message>
    <message>
        <source>Remove the selected item…</source>
        <translation>Rimuovi l&apos;elemento selezionato…</translation>
    </message>
    <message>
        <source>Deletes a route or webhook that sends your mail elsewhere, or stops an archive copy. The program asks first.</source>
        <translation>Elimina una route o un webhook che invia la tua posta altrove, oppure ferma una copia d&apos;archivio. Il programma prima ti chiede conferma.</translation>
    </message>
    <message>
        <source>To review the account, go back to Connect and check an API key. You can still look through your files and your website, and use the guide below.</source>
        <translation>Per controllare l&apos;account, torna a “Connettiti a Mailgun” e verifica una chiave API. Puoi comunque esaminare i tuoi file e il tuo sito web e usare la guida qui sotto.</translation>
    </message>
    <message>
        <source>Reading your account…</source>
        <translation>Lettura del tuo account…</translation>
    </message>
    <message>
        <source>Review again</source>
        <translation>Controlla di nuovo</translation>
    </message>
    <message>
        <source>Nothing in the account looks like someone else&apos;s work.</source>
        <translation>Nell&apos;account non c&apos;è nulla che sembri opera di qualcun altro.</translation>
    </message>
    <message>
        <source>Step 2 will propose deleting the keys flagged here.</source>
        <translation>Il passo 2 proporrà di eliminare le chiavi segnalate qui.</translation>
    </message>
    <message>
        <source>The findings could not be saved for the report. Check that the disk is not full.</source>
        <translation>Non è stato possibile salvare i risultati per il rapporto. Controlla che il disco non sia pieno.</translation>
    </message>
    <message>
        <source>Some parts could not be read:</source>
        <translation>Non è stato possibile leggere alcune parti:</translation>
    </message>
    <message>
        <source>Use %1, when the unusual sending began, as the start of the trouble</source>
        <translation>Usa %1, quando sono iniziati gli invii insoliti, come inizio del problema</translation>
    </message>
    <message>
        <source>Select a route, webhook or archive copy in the list to remove it here.</source>
        <translation>Seleziona nell&apos;elenco una route, un webhook o una copia d&apos;archivio per rimuoverli da qui.</translation>
    </message>
    <message>
        <source>This one is removed.</source>
        <translation>Questo elemento è stato rimosso.</translation>
    </message>
    <message>
        <source>The program cannot remove this one. Follow the advice in the list.</source>
        <translation>Il programma non può rimuovere questo elemento. Segui il consiglio nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Remove it?</source>
        <translation>Rimuoverlo?</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantieni</translation>
    </message>
    <message>
        <source>Removed by the program.</source>
        <translation>Rimosso dal programma.</translation>
    </message>
    <message>
        <source>Removing it…</source>
        <translation>Rimozione in corso…</translation>
    </message>
    <message>
        <source>The program reads your account in both regions, US and EU. It changes nothing. It reads:
- API keys and SMTP logins
- routes: rules that forward incoming mail
- webhooks: addresses that get a copy of events
- archive copies, subaccounts and the IP allowlist
- the last 30 days of sending</source>
        <translation>Il programma legge il tuo account in entrambe le regioni, US ed EU. Non modifica nulla. Legge:
- chiavi API e login SMTP
- route: regole che inoltrano la posta in arrivo
- webhook: indirizzi che ricevono una copia degli eventi
- copie d&apos;archivio, sottoaccount e la lista di IP consentiti
- gli invii degli ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Things to look at: %1. The most serious come first.</source>
        <translation>Cose da controllare: %1. Le più gravi vengono per prime.</translation>
    </message>
</context>
<context>
    <name>AccountSettingFindings</name>
    <message>
        <source>A subaccount “%1” was created %2, after the incident started</source>
        <translation>Un sottoaccount “%1” è stato creato %2, dopo l&apos;inizio dell&apos;incidente</translation>
    </message>
    <message>
        <source>Subaccount “%1”</source>
        <translation>Sottoaccount “%1”</translation>
    </message>
    <message>
        <source>A subaccount is a separate account under yours with its own domains and keys. It was created %1 and is %2. Its id is %3.</source>
        <translation>Un sottoaccount è un account separato sotto il tuo, con domini e chiavi propri. È stato creato %1 e il suo stato è %2. Il suo ID è %3.</translation>
    </message>
    <message>
        <source>Unless you made it, disable it (this program can do it for you) and tell Mailgun support. Do not close or delete it: that removes its keys, domains and history, which are the evidence.</source>
        <translation>Se non l&apos;hai creato tu, disattivalo (il programma può farlo per te) e avvisa l&apos;assistenza di Mailgun. Non chiuderlo e non eliminarlo: perderesti le sue chiavi, i domini e la cronologia, che sono le prove.</translation>
    </message>
    <message>
        <source>Check that you still use it.</source>
        <translation>Controlla di usarlo ancora.</translation>
    </message>
    <message>
        <source>Your account has no IP allowlist</source>
        <translation>Il tuo account non ha una lista di IP consentiti</translation>
    </message>
    <message>
        <source>An IP allowlist limits the computers that may use your API keys and SMTP logins to the internet addresses you list. Without one, a leaked key works from anywhere.</source>
        <translation>Una lista di IP consentiti (IP allowlist) permette di usare le tue chiavi API e i tuoi login SMTP solo dagli indirizzi Internet che indichi. Senza, una chiave trapelata funziona da qualsiasi posto.</translation>
    </message>
    <message>
        <source>Consider adding your servers&apos; addresses under Security in the Control Panel once the recovery is done. Include this computer&apos;s address, or the program is locked out.</source>
        <translation>Quando il ripristino è finito, valuta di aggiungere gli indirizzi dei tuoi server in Security nel Control Panel. Aggiungi anche l&apos;indirizzo di questo computer, altrimenti il programma resta bloccato fuori.</translation>
    </message>
    <message>
        <source>Only these addresses may use your API keys and SMTP logins: %1.</source>
        <translation>Solo questi indirizzi possono usare le tue chiavi API e i tuoi login SMTP: %1.</translation>
    </message>
    <message>
        <source>Check that every address is one of yours: an intruder could have added their own.</source>
        <translation>Controlla che ogni indirizzo sia tuo: un intruso potrebbe aver aggiunto il proprio.</translation>
    </message>
    <message numerus="yes">
        <source>Your IP allowlist has %n address(es)</source>
        <translation>
            <numerusform>La tua lista di IP consentiti contiene %n indirizzo</numerusform>
            <numerusform>La tua lista di IP consentiti contiene %n indirizzi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountSummary</name>
    <message>
        <source>This is an older key (it starts with &quot;key-&quot;). Mailgun lists such keys under an ID that has nothing to do with the key, so the program cannot tell which entry in the list it is.</source>
        <translation>Questa è una chiave vecchio tipo (inizia con “key-”). Mailgun elenca queste chiavi con un ID che non ha niente a che fare con la chiave, quindi il programma non può capire quale voce dell&apos;elenco sia.</translation>
    </message>
    <message>
        <source>This key is not in the list of keys that Mailgun sent.</source>
        <translation>Questa chiave non è nell&apos;elenco di chiavi inviato da Mailgun.</translation>
    </message>
</context>
<context>
    <name>AccountSummaryView</name>
    <message>
        <source>administrator: can do everything</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>administrator: può fare tutto</translation>
    </message>
    <message>
        <source>developer: cannot manage keys</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>developer: non può gestire le chiavi</translation>
    </message>
    <message>
        <source>analyst: can only read</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>analyst: può solo leggere</translation>
    </message>
    <message>
        <source>support: can only read most things</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>support: può solo leggere quasi tutto</translation>
    </message>
    <message>
        <source>sending: can only send email</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>sending: può solo inviare email</translation>
    </message>
    <message>
        <source>billing</source>
        <extracomment>Mailgun&apos;s role name &quot;billing&quot; (the role for invoices and payments). Keep it in English, as Mailgun&apos;s Control Panel shows it.</extracomment>
        <translation>billing</translation>
    </message>
    <message>
        <source>cannot be seen with this key</source>
        <translation>non visibile con questa chiave</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Il tuo account</translation>
    </message>
    <message>
        <source>Domains in the US region:</source>
        <translation>Domini nella regione US:</translation>
    </message>
    <message>
        <source>Domains in the EU region:</source>
        <translation>Domini nella regione EU:</translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation>Chiavi API:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Utenti:</translation>
    </message>
    <message>
        <source>The key you gave:</source>
        <translation>La chiave che hai inserito:</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>chiave %1</translation>
    </message>
    <message>
        <source>key %1 (%2)</source>
        <translation>chiave %1 (%2)</translation>
    </message>
    <message>
        <source>unknown: this key is not allowed to read the list of keys</source>
        <translation>sconosciuto: questa chiave non ha il permesso di leggere l&apos;elenco delle chiavi</translation>
    </message>
</context>
<context>
    <name>ApiEndpoints</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid web address.</source>
        <translation>L&apos;indirizzo del server “%1” non è un indirizzo web valido.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not secure. Use an address that starts with https://. Plain http:// is only allowed for a server on this computer.</source>
        <translation>L&apos;indirizzo del server “%1” non è sicuro. Usa un indirizzo che inizia con https://. Il semplice http:// è permesso solo per un server su questo computer.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; must start with https://.</source>
        <translation>L&apos;indirizzo del server “%1” deve iniziare con https://.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>This API key works, but it is not allowed to do this. Use a key with the Admin role. An account administrator can create one on the API Security page of the Mailgun Control Panel.</source>
        <translation>Questa chiave API funziona, ma non ha il permesso di fare questo. Usa una chiave con il ruolo Admin. Un amministratore dell&apos;account può crearne una nella pagina API Security del Mailgun Control Panel.</translation>
    </message>
    <message>
        <source>Mailgun has disabled this account, so the program cannot make changes for you. Follow the steps by hand in the Control Panel, and contact Mailgun support to restore the account.</source>
        <translation>Mailgun ha disattivato questo account, quindi il programma non può fare modifiche per te. Segui i passi a mano nel Control Panel e contatta l&apos;assistenza di Mailgun per riattivare l&apos;account.</translation>
    </message>
    <message>
        <source>Mailgun could not find this item. It may have been removed already. Refresh the list and try again.</source>
        <translation>Mailgun non ha trovato questo elemento. Forse è già stato rimosso. Aggiorna l&apos;elenco e riprova.</translation>
    </message>
    <message>
        <source>Mailgun has a temporary problem. Nothing was lost. Wait a few minutes, then try again. If it keeps happening, check status.mailgun.com.</source>
        <translation>Mailgun ha un problema temporaneo. Non è andato perso nulla. Aspetta qualche minuto e riprova. Se continua a succedere, controlla status.mailgun.com.</translation>
    </message>
    <message>
        <source>Mailgun did not answer in time. Check your internet connection, then try again.</source>
        <translation>Mailgun non ha risposto in tempo. Controlla la connessione a Internet e riprova.</translation>
    </message>
    <message>
        <source>The program could not reach Mailgun. Check that this computer is connected to the internet, then try again.</source>
        <translation>Il programma non è riuscito a raggiungere Mailgun. Controlla che questo computer sia connesso a Internet e riprova.</translation>
    </message>
    <message>
        <source>A secure connection to Mailgun could not be made. Something on your network may be intercepting the connection, or the computer&apos;s date and time are wrong. Try another network, or ask your IT contact.</source>
        <translation>Non è stato possibile creare una connessione sicura con Mailgun. Forse qualcosa nella tua rete intercetta la connessione, oppure la data e l&apos;ora del computer sono sbagliate. Prova un&apos;altra rete o chiedi al tuo referente informatico.</translation>
    </message>
    <message>
        <source>The program refused to send your key to a server that is not secure or not Mailgun&apos;s.</source>
        <translation>Il programma si è rifiutato di inviare la tua chiave a un server non sicuro o che non è di Mailgun.</translation>
    </message>
    <message>
        <source>Stopped before it finished.</source>
        <translation>Interrotto prima della fine.</translation>
    </message>
    <message>
        <source>Mailgun sent an answer the program did not expect. Please try again later.</source>
        <translation>Mailgun ha inviato una risposta che il programma non si aspettava. Riprova più tardi.</translation>
    </message>
    <message>
        <source>• The domain is not in this account, or it is in the other region (US or EU).</source>
        <translation>• Il dominio non è in questo account, oppure è nell&apos;altra regione (US o EU).</translation>
    </message>
    <message>
        <source>The likely causes:</source>
        <translation>Le cause probabili:</translation>
    </message>
    <message>
        <source>• The key was deleted or disabled since then.</source>
        <translation>• Nel frattempo la chiave è stata eliminata o disattivata.</translation>
    </message>
    <message>
        <source>• Someone changed the account&apos;s IP allowlist (the list of internet addresses that may use the account), and this computer is now outside it.</source>
        <translation>• Qualcuno ha cambiato la lista di IP consentiti dell&apos;account (l&apos;elenco degli indirizzi Internet che possono usare l&apos;account) e ora questo computer non è più nella lista.</translation>
    </message>
    <message>
        <source>Check the key on the API Security page of the Mailgun Control Panel (https://app.mailgun.com/settings/api_security).</source>
        <translation>Controlla la chiave nella pagina API Security del Mailgun Control Panel (https://app.mailgun.com/settings/api_security).</translation>
    </message>
    <message>
        <source>The answer does not say why. The likely causes, most likely first:</source>
        <translation>La risposta non dice il perché. Le cause probabili, dalla più probabile:</translation>
    </message>
    <message>
        <source>• The key is mistyped, or it was deleted, disabled or has expired.</source>
        <translation>• La chiave è scritta male, oppure è stata eliminata, disattivata o è scaduta.</translation>
    </message>
    <message>
        <source>• It is a sending key for one domain, not the account&apos;s private API key. You find the private API key in the Mailgun Control Panel under API Security (https://app.mailgun.com/settings/api_security).</source>
        <translation>• È una chiave di invio per un solo dominio, non la chiave API privata dell&apos;account. Trovi la chiave API privata nel Mailgun Control Panel in API Security (https://app.mailgun.com/settings/api_security).</translation>
    </message>
    <message>
        <source>• This computer is outside the account&apos;s IP allowlist (the list of internet addresses that may use the account).</source>
        <translation>• Questo computer non è nella lista di IP consentiti dell&apos;account (l&apos;elenco degli indirizzi Internet che possono usare l&apos;account).</translation>
    </message>
    <message>
        <source>Mailgun refused this key, but it worked a moment ago.</source>
        <translation>Mailgun ha rifiutato questa chiave, ma un attimo fa funzionava.</translation>
    </message>
    <message>
        <source>Mailgun refused this key.</source>
        <translation>Mailgun ha rifiutato questa chiave.</translation>
    </message>
    <message>
        <source>Mailgun rejected the field &quot;%1&quot; of the request. Please try again. If it happens again, contact Mailgun support.</source>
        <translation>Mailgun ha rifiutato il campo “%1” della richiesta. Riprova. Se succede ancora, contatta l&apos;assistenza di Mailgun.</translation>
    </message>
    <message>
        <source>Mailgun refused the request: &quot;%1&quot;.</source>
        <translation>Mailgun ha rifiutato la richiesta: “%1”.</translation>
    </message>
    <message>
        <source>Mailgun refused the request (error %1). Please try again.</source>
        <translation>Mailgun ha rifiutato la richiesta (errore %1). Riprova.</translation>
    </message>
    <message>
        <source>Mailgun is receiving too many requests from this account and asks you to wait more than two hours. Try again later today.</source>
        <translation>Mailgun sta ricevendo troppe richieste da questo account e ti chiede di aspettare più di due ore. Riprova più tardi oggi.</translation>
    </message>
    <message numerus="yes">
        <source>Mailgun is receiving too many requests from this account. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Mailgun sta ricevendo troppe richieste da questo account. Aspetta %n secondo e riprova.</numerusform>
            <numerusform>Mailgun sta ricevendo troppe richieste da questo account. Aspetta %n secondi e riprova.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailgun is receiving too many requests from this account. Wait a minute, then try again.</source>
        <translation>Mailgun sta ricevendo troppe richieste da questo account. Aspetta un minuto e riprova.</translation>
    </message>
    <message numerus="yes">
        <source>A list from Mailgun did not come to an end, so the program stopped reading it after %n page(s). The list may be incomplete, so the program did not act on it. Check the list in the Mailgun Control Panel, then try again later.</source>
        <translation>
            <numerusform>Un elenco di Mailgun non finiva mai, quindi il programma ha smesso di leggerlo dopo %n pagina. L&apos;elenco potrebbe essere incompleto, quindi il programma non l&apos;ha usato. Controlla l&apos;elenco nel Mailgun Control Panel e riprova più tardi.</numerusform>
            <numerusform>Un elenco di Mailgun non finiva mai, quindi il programma ha smesso di leggerlo dopo %n pagine. L&apos;elenco potrebbe essere incompleto, quindi il programma non l&apos;ha usato. Controlla l&apos;elenco nel Mailgun Control Panel e riprova più tardi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailgun rejected the field &quot;%1&quot;.</source>
        <translation>Mailgun ha rifiutato il campo “%1”.</translation>
    </message>
</context>
<context>
    <name>ArchiveSummaryText</name>
    <message>
        <source>it unpacks to more than %1.</source>
        <translation>una volta estratto occupa più di %1.</translation>
    </message>
    <message>
        <source>it unpacks to far more than its own size, like a trap made to fill the disk.</source>
        <translation>una volta estratto occupa molto più della sua dimensione, come una trappola fatta per riempire il disco.</translation>
    </message>
    <message>
        <source>it has a password.</source>
        <translation>è protetto da password.</translation>
    </message>
    <message>
        <source>it is damaged or cut short.</source>
        <translation>è danneggiato o incompleto.</translation>
    </message>
    <message>
        <source>it holds a 7z file, which can only be read on its own. Unpack the backup, then look through its folder.</source>
        <translation>contiene un file 7z, che si può leggere solo a parte. Estrai il backup, poi cerca nella sua cartella.</translation>
    </message>
    <message numerus="yes">
        <source>Looked inside %n backup or compressed file(s).</source>
        <translation>
            <numerusform>Esaminato il contenuto di %n file di backup o compresso.</numerusform>
            <numerusform>Esaminato il contenuto di %n file di backup o compressi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup file(s) could not be read to the end. Keys in the part not read were not looked for:</source>
        <translation>
            <numerusform>Non è stato possibile leggere fino in fondo %n file di backup. Nella parte non letta non sono state cercate chiavi:</numerusform>
            <numerusform>Non è stato possibile leggere fino in fondo %n file di backup. Nella parte non letta non sono state cercate chiavi:</numerusform>
        </translation>
    </message>
    <message>
        <source>- %1: %2</source>
        <translation>- %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>- and %n more.</source>
        <translation>
            <numerusform>- e %n altro.</numerusform>
            <numerusform>- e altri %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open them yourself to check them, or delete the ones you no longer need.</source>
        <translation>Aprili tu per controllarli, oppure elimina quelli che non ti servono più.</translation>
    </message>
    <message numerus="yes">
        <source>it holds backups inside backups more than %n level(s) deep. The innermost were not opened.</source>
        <translation>
            <numerusform>contiene backup dentro altri backup per più di %n livello. I più interni non sono stati aperti.</numerusform>
            <numerusform>contiene backup dentro altri backup per più di %n livelli. I più interni non sono stati aperti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Reviewing the account (read-only)...</source>
        <translation>Controllo dell&apos;account (sola lettura)...</translation>
    </message>
    <message>
        <source>Nothing of the account could be read, so the review proves nothing.</source>
        <translation>Non è stato possibile leggere nulla dell&apos;account, quindi il controllo non dimostra nulla.</translation>
    </message>
    <message>
        <source>spike</source>
        <extracomment>Marks, in the command line&apos;s chart of emails sent per day, the days of the spike: the sudden, unusual jump in sending. One short word or noun.</extracomment>
        <translation>picco</translation>
    </message>
    <message>
        <source>Account review. &quot;Recent&quot; means after the incident start (%1).</source>
        <translation>Controllo dell&apos;account. &quot;Recente&quot; significa dopo l&apos;inizio dell&apos;incidente (%1).</translation>
    </message>
    <message>
        <source>Nothing suspicious was found in the parts that could be read.</source>
        <translation>Nelle parti che è stato possibile leggere non è stato trovato nulla di sospetto.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Cosa fare: %1</translation>
    </message>
    <message>
        <source>Messages sent per day, both regions (normally about %1 a day):</source>
        <translation>Messaggi inviati al giorno, entrambe le regioni (di solito circa %1 al giorno):</translation>
    </message>
    <message>
        <source>Parts of the account that could not be read:</source>
        <translation>Parti dell&apos;account che non è stato possibile leggere:</translation>
    </message>
</context>
<context>
    <name>BackupFindingText</name>
    <message>
        <source>This key can send email for one domain. Replace it in the Mailgun Control Panel (API Security).</source>
        <translation>Questa chiave può inviare email per un solo dominio. Sostituiscila nel Mailgun Control Panel (API Security).</translation>
    </message>
    <message>
        <source>With this key, anyone can send fake Mailgun events to your website. Replace the webhook signing key in Mailgun.</source>
        <translation>Con questa chiave chiunque può inviare al tuo sito web falsi eventi Mailgun. Sostituisci la chiave di firma dei webhook in Mailgun.</translation>
    </message>
    <message>
        <source>This key can only check email addresses; it cannot send mail.</source>
        <translation>Questa chiave può solo controllare indirizzi email; non può inviare posta.</translation>
    </message>
    <message>
        <source>Anyone who copied the backup can send email with this password. Reset it in Mailgun (step 3).</source>
        <translation>Chiunque abbia copiato il backup può inviare email con questa password. Reimpostala in Mailgun (passo 3).</translation>
    </message>
    <message>
        <source>Anyone who copied the backup can use this password. Change it where the code is stored (GitHub, GitLab, ...).</source>
        <translation>Chiunque abbia copiato il backup può usare questa password. Cambiala dove è conservato il codice (GitHub, GitLab, ...).</translation>
    </message>
    <message>
        <source>Anyone who copied the backup can use this key. Delete it in Mailgun and make a new one (step 2). Deleting the backup is not enough.</source>
        <translation>Chiunque abbia copiato il backup può usare questa chiave. Eliminala in Mailgun e creane una nuova (passo 2). Eliminare il backup non basta.</translation>
    </message>
    <message>
        <source>Inside the compressed file %1</source>
        <translation>Nel file compresso %1</translation>
    </message>
    <message>
        <source>Inside the backup file %1: %2</source>
        <translation>Nel file di backup %1: %2</translation>
    </message>
    <message>
        <source>It is inside the backup file %1.</source>
        <translation>Si trova nel file di backup %1.</translation>
    </message>
    <message>
        <source>This backup is in the public website folder, so anyone may have downloaded it. Delete old backups, or move them out of the public website folder.</source>
        <translation>Questo backup è nella cartella pubblica del sito web, quindi chiunque potrebbe averlo scaricato. Elimina i vecchi backup, oppure spostali fuori dalla cartella pubblica del sito web.</translation>
    </message>
    <message>
        <source>Then delete old backups you no longer need, and keep the others out of the public website folder.</source>
        <translation>Poi elimina i vecchi backup che non ti servono più e tieni gli altri fuori dalla cartella pubblica del sito web.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Domains in the US: %1</source>
        <translation>Domini nella regione US: %1</translation>
    </message>
    <message>
        <source>Domains in the EU: %1</source>
        <translation>Domini nella regione EU: %1</translation>
    </message>
    <message>
        <source>API keys: %1</source>
        <translation>Chiavi API: %1</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Utenti: %1</translation>
    </message>
    <message>
        <source>This key: id %1, role %2</source>
        <translation>Questa chiave: ID %1, ruolo %2</translation>
    </message>
</context>
<context>
    <name>CleanupCommand</name>
    <message>
        <source>Reviewing the account...</source>
        <translation>Controllo dell&apos;account...</translation>
    </message>
    <message>
        <source>Nothing of the account could be read, so nothing was removed.</source>
        <translation>Non è stato possibile leggere nulla dell&apos;account, quindi non è stato rimosso nulla.</translation>
    </message>
    <message>
        <source>The program found nothing it can remove.</source>
        <translation>Il programma non ha trovato nulla da rimuovere.</translation>
    </message>
</context>
<context>
    <name>CleanupReadBack</name>
    <message>
        <source>The program could not read back what Mailgun now holds. Check it in the Control Panel.</source>
        <translation>Il programma non è riuscito a rileggere cosa contiene ora Mailgun. Controlla nel Control Panel.</translation>
    </message>
    <message>
        <source>Read back from Mailgun: %1 has no archive address now.</source>
        <translation>Riletto da Mailgun: ora %1 non ha più un indirizzo di archivio.</translation>
    </message>
    <message>
        <source>Asked for: no archive address for %1. Mailgun now holds: %2. Mailgun did not clear it. Clear it yourself in the Control Panel: open Sending, then Domain settings of %1, and empty &quot;Archive to&quot;.</source>
        <translation>Richiesto: nessun indirizzo di archivio per %1. Ora Mailgun contiene: %2. Mailgun non l&apos;ha cancellato. Cancellalo tu nel Control Panel: apri Sending, poi Domain settings di %1, e svuota “Archive to”.</translation>
    </message>
    <message>
        <source>Read back from Mailgun: the route is gone.</source>
        <translation>Riletto da Mailgun: la route non c&apos;è più.</translation>
    </message>
    <message>
        <source>Asked for: route %1 deleted. Mailgun still lists it. Delete it in the Control Panel (Receiving, Routes).</source>
        <translation>Richiesto: eliminare la route %1. Mailgun la elenca ancora. Eliminala nel Control Panel (Receiving, Routes).</translation>
    </message>
    <message>
        <source>Read back from Mailgun: the account webhook is gone.</source>
        <translation>Riletto da Mailgun: il webhook dell&apos;account non c&apos;è più.</translation>
    </message>
    <message>
        <source>Asked for: account webhook %1 deleted. Mailgun still lists it. Changes to account webhooks can take up to 10 minutes; check again later, or delete it in the Control Panel.</source>
        <translation>Richiesto: eliminare il webhook dell&apos;account %1. Mailgun lo elenca ancora. Le modifiche ai webhook dell&apos;account possono richiedere fino a 10 minuti: ricontrolla più tardi oppure eliminalo nel Control Panel.</translation>
    </message>
    <message>
        <source>Read back from Mailgun: no webhook sends to %1 any more.</source>
        <translation>Riletto da Mailgun: nessun webhook invia più a %1.</translation>
    </message>
    <message>
        <source>Asked for: no webhook sends to %1. Mailgun now holds: %2. Remove it in the Control Panel (Sending, Webhooks).</source>
        <translation>Richiesto: nessun webhook deve inviare a %1. Ora Mailgun contiene: %2. Rimuovilo nel Control Panel (Sending, Webhooks).</translation>
    </message>
    <message>
        <source>These webhooks stay: %1.</source>
        <translation>Questi webhook restano: %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run mailgun-recovery --help for help.</source>
        <translation>Esegui mailgun-recovery --help per avere aiuto.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L&apos;opzione %1 richiede un valore.</translation>
    </message>
    <message>
        <source>The format &quot;%1&quot; is not known. Use md, html or pdf.</source>
        <translation>Il formato &quot;%1&quot; non è noto. Usa md, html o pdf.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not valid. Use the form 2026-11-01.</source>
        <translation>La data &quot;%1&quot; non è valida. Usa la forma 2026-11-01.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 0 to 65535.</source>
        <translation>La porta &quot;%1&quot; non è un numero da 0 a 65535.</translation>
    </message>
    <message>
        <source>For your safety the key is never given on the command line, where other programs can see it. Set MAILGUN_API_KEY, use --key-file PATH, or type it when asked.</source>
        <translation>Per la tua sicurezza la chiave non viene mai data sulla riga di comando, dove altri programmi possono vederla. Imposta MAILGUN_API_KEY, usa --key-file PERCORSO oppure scrivila quando ti viene chiesta.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Opzione sconosciuta: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Comando sconosciuto: %1</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no terminal to ask for confirmation. Add --yes to go ahead without asking.</source>
        <translation>Non è stato modificato nulla: non c&apos;è un terminale per chiedere conferma. Aggiungi --yes per procedere senza chiedere.</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>The word the user types on the command line to confirm a change. Keep it one short word that is easy to type; the English &quot;yes&quot; is always accepted too.</extracomment>
        <translation>sì</translation>
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
        <translation>Uso: mailgun-recovery [comando] [opzioni]

Senza comando, apre la procedura guidata di ripristino.

Comandi:
  check                 Verifica la chiave API: se è valida, la regione, un riepilogo
                        dell&apos;account.
  scan PERCORSO...      Passo 1: cerca nelle cartelle chiavi e password Mailgun
                        trapelate e file rischiosi (pagine phpinfo, .env nella cartella
                        web, modalità debug). Non serve una chiave API. Codice di uscita
                        0 se la ricerca è stata eseguita, qualunque cosa abbia trovato.
    --deep              Legge anche node_modules e vendor.
  probe URL...          Passo 1: chiede al tuo sito web file e pagine che fanno
                        trapelare chiavi (.env, phpinfo, strumenti di debug, .git,
                        backup). Solo richieste GET, poche al secondo. Non serve una
                        chiave API. Codice di uscita 0 se ogni sito è stato
                        controllato, qualunque cosa abbia trovato.
    --i-own-this-site   Obbligatoria: conferma che i siti sono tuoi.
    --folder NOME       Guarda anche in questa cartella del sito, dove si trovano i
                        file del suo programma (per esempio shop). Ripetila per
                        altre cartelle.
  audit                 Passo 1: controllo in sola lettura dell&apos;account (chiavi, login
                        SMTP, route, webhook, archivio, sottoaccount, lista di IP
                        consentiti, volume di invio) in entrambe le regioni. Codice di
                        uscita 0 se il controllo è stato eseguito.
  cleanup               Passo 1: rimuove ciò che copia la posta all&apos;esterno (route di
                        inoltro, webhook sconosciuti, indirizzi di archivio), chiedendo
                        prima conferma, e poi rilegge cosa contiene Mailgun.
  disable-subaccount ID Passo 1: disattiva un sottoaccount che nessuno riconosce (il suo
                        accesso API si ferma, il suo pannello diventa di sola lettura;
                        si può riattivare).
  rotate-key            Passo 2: crea una nuova chiave API, la conserva nel
                        portachiavi, elimina le vecchie chiavi. Prima completa una
                        sostituzione interrotta.
    --in-use-key-id ID  Quale chiave dell&apos;elenco è quella che usi, quando il programma
                        non può capirlo (chiavi vecchio tipo che iniziano con &quot;key-&quot;).
  reset-smtp            Passo 3: una nuova password per ogni login SMTP di ogni
                        dominio, conservata nel portachiavi. Prima completa un
                        ripristino interrotto.
    --domain D          Solo i login del dominio D (ripetila per altri domini).
    --delete LOGIN      Elimina invece questo login (non postmaster; ripetibile).
  users                 Passi 4 e 5: per ogni utente, se la password è cambiata
                        dall&apos;inizio dell&apos;incidente e se l&apos;accesso a due fattori è
                        attivo.
  report                Il rapporto per l&apos;assistenza di Mailgun, dal registro di
                        questo computer.
    --format md|html|pdf  Il formato (predefinito md). Il PDF richiede -o.
    -o FILE             Scrive il rapporto in FILE invece che sullo schermo.
  practice-server       Avvia l&apos;account di prova (un Mailgun simulato) su questo
                        computer e ne stampa indirizzi e chiave in JSON.

Opzioni:
  --practice            Usa l&apos;account di prova invece del tuo account Mailgun.
  --json                Output leggibile da un programma su stdout.
  --yes                 Non chiede conferma prima di fare modifiche.
  --print-secrets       Stampa anche le nuove chiavi e password (rotate-key,
                        reset-smtp). Senza portachiavi è l&apos;unico modo per
                        conservarle.
  --key-file PERCORSO   Legge la chiave API da questo file.
  --api-base URL        Invia le richieste API a URL per entrambe le regioni.
  --api-base-us URL     Invia le richieste US a URL.
  --api-base-eu URL     Invia le richieste EU a URL.
  --incident-start DATA Quando è iniziata la compromissione (predefinito: 14 giorni fa).
  --us-port N, --eu-port N  Porte per practice-server (predefinito: una porta libera).
  -h, --help            Mostra questo aiuto.
  -v, --version         Mostra la versione.

La chiave viene letta dalla variabile d&apos;ambiente MAILGUN_API_KEY, da --key-file,
oppure viene chiesta senza mostrarla sullo schermo. Non viene mai accettata come
argomento.

Codici di uscita: 0 fatto, 1 non riuscito, 2 uso errato, 3 non è stato fatto nulla
perché hai rifiutato.
</translation>
    </message>
    <message>
        <source>Type %1 to go ahead, anything else to stop:</source>
        <extracomment>%1 is the word the user types to confirm (&quot;yes&quot; in English).</extracomment>
        <translation>Scrivi %1 per procedere, qualsiasi altra cosa per fermarti:</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <source>Checking the key with Mailgun in the US and the EU…</source>
        <translation>Verifica della chiave con Mailgun in US e in EU…</translation>
    </message>
    <message>
        <source>The key works. Reading a summary of your account…</source>
        <translation>La chiave funziona. Lettura di un riepilogo del tuo account…</translation>
    </message>
    <message>
        <source>Connected. This key works and has full (admin) rights.</source>
        <translation>Connesso. Questa chiave funziona e ha tutti i permessi (admin).</translation>
    </message>
    <message>
        <source>This key works, but it does not have admin rights.</source>
        <translation>Questa chiave funziona, ma non ha i permessi di amministratore (admin).</translation>
    </message>
    <message>
        <source>Mailgun refused this key, which worked a moment ago.</source>
        <translation>Mailgun ha rifiutato questa chiave, che un attimo fa funzionava.</translation>
    </message>
    <message>
        <source>Mailgun refused this key.</source>
        <translation>Mailgun ha rifiutato questa chiave.</translation>
    </message>
    <message>
        <source>Mailgun has disabled this account.</source>
        <translation>Mailgun ha disattivato questo account.</translation>
    </message>
    <message>
        <source>The program could not reach Mailgun.</source>
        <translation>Il programma non è riuscito a raggiungere Mailgun.</translation>
    </message>
    <message>
        <source>This is not a Mailgun API key.</source>
        <translation>Questa non è una chiave API di Mailgun.</translation>
    </message>
    <message>
        <source>The program can now use your account. It will always ask before it changes anything.</source>
        <translation>Ora il programma può usare il tuo account. Ti chiederà sempre conferma prima di modificare qualcosa.</translation>
    </message>
    <message>
        <source>The program can read your account, but it cannot replace keys or passwords for you. Use a key with the Admin role to let it do that, or go on and do those steps by hand.</source>
        <translation>Il programma può leggere il tuo account, ma non può sostituire chiavi o password per te. Per permetterglielo usa una chiave con il ruolo Admin, oppure vai avanti e fai quei passi a mano.</translation>
    </message>
    <message>
        <source>Mailgun accepted the key, but does not let it list your domains. Paste the account&apos;s private API key with the Admin role instead. You find it in the Mailgun Control Panel under API Security (https://app.mailgun.com/settings/api_security).</source>
        <translation>Mailgun ha accettato la chiave, ma non le permette di elencare i tuoi domini. Incolla invece la chiave API privata dell&apos;account con il ruolo Admin. La trovi nel Mailgun Control Panel in API Security (https://app.mailgun.com/settings/api_security).</translation>
    </message>
    <message>
        <source>This key works, but it is not allowed to read your account.</source>
        <translation>Questa chiave funziona, ma non ha il permesso di leggere il tuo account.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to your Mailgun account</source>
        <translation>Connettiti al tuo account Mailgun</translation>
    </message>
    <message>
        <source>The assistant checks your key and shows what it finds. Checking changes nothing.</source>
        <translation>L&apos;assistente verifica la tua chiave e mostra cosa trova. La verifica non modifica nulla.</translation>
    </message>
    <message>
        <source>Which account do you want to work on?</source>
        <translation>Su quale account vuoi lavorare?</translation>
    </message>
    <message>
        <source>&amp;My Mailgun account</source>
        <translation>Il &amp;mio account Mailgun</translation>
    </message>
    <message>
        <source>My Mailgun account</source>
        <translation>Il mio account Mailgun</translation>
    </message>
    <message>
        <source>The &amp;practice account (safe to try; nothing real changes)</source>
        <translation>L&apos;account di &amp;prova (puoi provare senza rischi: non cambia nulla di reale)</translation>
    </message>
    <message>
        <source>The practice account (safe to try; nothing real changes)</source>
        <translation>L&apos;account di prova (puoi provare senza rischi: non cambia nulla di reale)</translation>
    </message>
    <message>
        <source>Your private &amp;API key (the long password your website uses for Mailgun):</source>
        <translation>La tua chiave &amp;API privata (la lunga password che il tuo sito web usa per Mailgun):</translation>
    </message>
    <message>
        <source>Private API key</source>
        <translation>Chiave API privata</translation>
    </message>
    <message>
        <source>Paste your key here</source>
        <translation>Incolla qui la tua chiave</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Mostra la chiave</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Nascondi la chiave</translation>
    </message>
    <message>
        <source>&amp;Check key</source>
        <translation>&amp;Verifica chiave</translation>
    </message>
    <message>
        <source>Check key</source>
        <translation>Verifica chiave</translation>
    </message>
    <message>
        <source>Key format</source>
        <translation>Formato della chiave</translation>
    </message>
    <message>
        <source>Where do I find my key?</source>
        <translation>Dove trovo la mia chiave?</translation>
    </message>
    <message>
        <source>Open API Security</source>
        <translation>Apri API Security</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Verifica in corso</translation>
    </message>
    <message>
        <source>Continue without connecting: I will do the steps by hand in the Mailgun Control Panel</source>
        <translation>Continua senza connetterti: farò i passi a mano nel Mailgun Control Panel</translation>
    </message>
    <message>
        <source>Continue without connecting</source>
        <translation>Continua senza connetterti</translation>
    </message>
    <message>
        <source>You will do every step by hand in the Mailgun Control Panel, with instructions from the assistant.</source>
        <translation>Farai ogni passo a mano nel Mailgun Control Panel, con le istruzioni dell&apos;assistente.</translation>
    </message>
    <message>
        <source>The practice account could not start.</source>
        <translation>Non è stato possibile avviare l&apos;account di prova.</translation>
    </message>
    <message>
        <source>Checking your key with Mailgun…</source>
        <translation>Verifica della tua chiave con Mailgun…</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Risultato della verifica</translation>
    </message>
    <message>
        <source>What the result means</source>
        <translation>Cosa significa il risultato</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Riuscito</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>When you replaced the API key in step 2, the assistant saved the new key in this computer&apos;s keychain. You do not need to type it.</source>
        <translation>Quando hai sostituito la chiave API al passo 2, l&apos;assistente ha salvato la nuova chiave nel portachiavi di questo computer. Non devi scriverla.</translation>
    </message>
    <message>
        <source>&amp;Use the new key saved by this program</source>
        <translation>&amp;Usa la nuova chiave salvata da questo programma</translation>
    </message>
    <message>
        <source>Use the new key saved by this program</source>
        <translation>Usa la nuova chiave salvata da questo programma</translation>
    </message>
    <message>
        <source>Saved key</source>
        <translation>Chiave salvata</translation>
    </message>
    <message>
        <source>Reading the saved key from the keychain…</source>
        <translation>Lettura della chiave salvata dal portachiavi…</translation>
    </message>
    <message>
        <source>The saved key (%1) is filled in. The assistant checks it now.</source>
        <translation>La chiave salvata (%1) è stata inserita. Ora l&apos;assistente la verifica.</translation>
    </message>
    <message>
        <source>The saved key could not be read: the keychain gave back something that is not an API key.</source>
        <translation>Non è stato possibile leggere la chiave salvata: il portachiavi ha restituito qualcosa che non è una chiave API.</translation>
    </message>
    <message>
        <source>The saved key could not be read: the keychain has no entry &quot;%1&quot; any more. It may have been removed.</source>
        <translation>Non è stato possibile leggere la chiave salvata: nel portachiavi non c&apos;è più la voce “%1”. Forse è stata rimossa.</translation>
    </message>
    <message>
        <source>The saved key could not be read: no keychain (the password store of your computer) is running.</source>
        <translation>Non è stato possibile leggere la chiave salvata: non è attivo nessun portachiavi (l&apos;archivio delle password del computer).</translation>
    </message>
    <message>
        <source>The saved key could not be read. %1</source>
        <translation>Non è stato possibile leggere la chiave salvata. %1</translation>
    </message>
    <message>
        <source>%1
Paste the new key below instead: use the copy you kept in step 2, or create another key in the Mailgun Control Panel.</source>
        <translation>%1
Incolla invece qui sotto la nuova chiave: usa la copia che hai conservato al passo 2, oppure crea un&apos;altra chiave nel Mailgun Control Panel.</translation>
    </message>
    <message>
        <source>Sign in at app.mailgun.com and open Account settings, then API Security. Mailgun shows a key in full only once, when you make it. So you may need to make a new one there.</source>
        <translation>Accedi a app.mailgun.com e apri Account settings, poi API Security. Mailgun mostra una chiave per intero solo una volta, quando la crei. Quindi forse devi crearne una nuova lì.</translation>
    </message>
    <message>
        <source>Your key stays in this computer&apos;s memory. The program sends it only to Mailgun.</source>
        <translation>La tua chiave resta nella memoria di questo computer. Il programma la invia solo a Mailgun.</translation>
    </message>
    <message>
        <source>The practice account acts like Mailgun but runs on this computer. The program fills in its key for you. Click &quot;Check key&quot; to see what the assistant finds.</source>
        <translation>L&apos;account di prova si comporta come Mailgun, ma funziona su questo computer. Il programma inserisce la sua chiave per te. Fai clic su “Verifica chiave” per vedere cosa trova l&apos;assistente.</translation>
    </message>
</context>
<context>
    <name>ConsoleOutput</name>
    <message>
        <source>The findings could not be saved in the record of your recovery, so step 2 and the report will not show them. Check that the disk is not full, then run the command again.</source>
        <translation>Non è stato possibile salvare i risultati nel registro del tuo ripristino, quindi il passo 2 e il rapporto non li mostreranno. Controlla che il disco non sia pieno, poi esegui di nuovo il comando.</translation>
    </message>
</context>
<context>
    <name>DisableSubaccountCommand</name>
    <message>
        <source>Name one subaccount by its id: mailgun-recovery disable-subaccount ID. Run mailgun-recovery audit to see the ids.</source>
        <translation>Indica un sottoaccount con il suo ID: mailgun-recovery disable-subaccount ID. Esegui mailgun-recovery audit per vedere gli ID.</translation>
    </message>
    <message>
        <source>Reading the subaccounts…</source>
        <translation>Lettura dei sottoaccount…</translation>
    </message>
    <message>
        <source>Mailgun lists no subaccount with the id %1. Nothing was changed.</source>
        <translation>Mailgun non ha nessun sottoaccount con l&apos;ID %1. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The subaccount “%1” is already disabled.</source>
        <translation>Il sottoaccount “%1” è già disattivato.</translation>
    </message>
    <message>
        <source>The subaccount “%1” is %2, so it cannot be disabled.</source>
        <translation>Il sottoaccount “%1” è nello stato %2, quindi non si può disattivare.</translation>
    </message>
    <message>
        <source>Disable the subaccount “%1”?</source>
        <translation>Disattivare il sottoaccount “%1”?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>ExtraKeyRegeneration</name>
    <message>
        <source>Nothing was replaced, because the record of your recovery cannot be saved: %1 Make room on the disk (or make the folder writable), then try again.</source>
        <translation>Non è stato sostituito nulla, perché non è possibile salvare il registro del tuo ripristino: %1 Libera spazio sul disco (o rendi la cartella scrivibile) e riprova.</translation>
    </message>
    <message>
        <source>The public validation key was not replaced.</source>
        <translation>La chiave pubblica di convalida non è stata sostituita.</translation>
    </message>
    <message>
        <source>The webhook signing key was not replaced.</source>
        <translation>La chiave di firma dei webhook non è stata sostituita.</translation>
    </message>
    <message>
        <source>The record of your recovery could not be saved, so the report will not list this change yet: %1</source>
        <translation>Non è stato possibile salvare il registro del tuo ripristino, quindi il rapporto per ora non elencherà questa modifica: %1</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Non è disponibile nessun portachiavi.</translation>
    </message>
</context>
<context>
    <name>ExtraKeysPanel</name>
    <message>
        <source>Two more keys you may want to replace (optional)</source>
        <translation>Altre due chiavi che potresti voler sostituire (facoltativo)</translation>
    </message>
    <message>
        <source>Webhook signing key</source>
        <translation>Chiave di firma dei webhook</translation>
    </message>
    <message>
        <source>Mailgun signs the messages it sends to your website about your emails (webhooks) with this key. Whoever got into your account may know it and could send your website fake messages. After you replace it, your website refuses Mailgun&apos;s messages until you put the new key into its settings.</source>
        <translation>Mailgun firma con questa chiave i messaggi che manda al tuo sito web sulle tue email (webhook). Chi è entrato nel tuo account potrebbe conoscerla e mandare al tuo sito messaggi falsi. Dopo che l&apos;hai sostituita, il tuo sito rifiuta i messaggi di Mailgun finché non inserisci la nuova chiave nelle sue impostazioni.</translation>
    </message>
    <message>
        <source>Replace the webhook signing key</source>
        <translation>Sostituisci la chiave di firma dei webhook</translation>
    </message>
    <message>
        <source>Public validation key</source>
        <translation>Chiave pubblica di convalida</translation>
    </message>
    <message>
        <source>Older web forms use this key to check email addresses as people type them. If your forms use it, they stop checking addresses until you give them the new key. If you do not know it, you most likely do not use it.</source>
        <translation>I moduli web più vecchi usano questa chiave per controllare gli indirizzi email mentre le persone li scrivono. Se i tuoi moduli la usano, smettono di controllare gli indirizzi finché non dai loro la nuova chiave. Se non la conosci, molto probabilmente non la usi.</translation>
    </message>
    <message>
        <source>Replace the public validation key</source>
        <translation>Sostituisci la chiave pubblica di convalida</translation>
    </message>
    <message>
        <source>Replace this key now?</source>
        <translation>Sostituire questa chiave adesso?</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Sostituisci la chiave</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>Replacing…</source>
        <translation>Sostituzione in corso…</translation>
    </message>
    <message>
        <source>Replaced. The new key is below and in this computer&apos;s keychain under &quot;%1&quot;, entry %2.</source>
        <translation>Sostituita. La nuova chiave è qui sotto e nel portachiavi di questo computer in “%1”, voce %2.</translation>
    </message>
    <message>
        <source>Replaced, but the keychain could not keep it: %1 Copy the new key below now; it is not shown again.</source>
        <translation>Sostituita, ma il portachiavi non è riuscito a conservarla: %1 Copia subito la nuova chiave qui sotto: non verrà più mostrata.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Critical</source>
        <translation>Critico</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basso</translation>
    </message>
    <message>
        <source>For your information</source>
        <translation>Per tua informazione</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, riga %2</translation>
    </message>
    <message>
        <source>How serious</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Dove: %1</translation>
    </message>
    <message>
        <source>Value (hidden in part): %1</source>
        <translation>Valore (in parte nascosto): %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Cosa fare: %1</translation>
    </message>
</context>
<context>
    <name>FindingsTable</name>
    <message>
        <source>What was found, most serious first</source>
        <translation>Cosa è stato trovato, dal più grave</translation>
    </message>
</context>
<context>
    <name>FolderScanPanel</name>
    <message>
        <source>Pick the folders to look through: your website&apos;s files, a backup you downloaded from your hosting, or a project on this computer. Nothing leaves this computer.</source>
        <translation>Scegli le cartelle in cui cercare: i file del tuo sito web, un backup scaricato dal tuo hosting o un progetto su questo computer. Nulla esce da questo computer.</translation>
    </message>
    <message>
        <source>Folders to look through</source>
        <translation>Cartelle in cui cercare</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Aggiungi una cartella…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Also look inside downloaded libraries (node_modules, vendor). Slower.</source>
        <translation>Cerca anche nelle librerie scaricate (node_modules, vendor). Più lento.</translation>
    </message>
    <message>
        <source>Look through these folders</source>
        <translation>Cerca in queste cartelle</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Pick a folder to look through</source>
        <translation>Scegli una cartella in cui cercare</translation>
    </message>
    <message>
        <source>Files looked at so far: %1 (%2)…</source>
        <translation>File esaminati finora: %1 (%2)…</translation>
    </message>
    <message>
        <source>Reading the list of your API keys…</source>
        <translation>Lettura dell&apos;elenco delle tue chiavi API…</translation>
    </message>
    <message>
        <source>Looking through the folders…</source>
        <translation>Ricerca nelle cartelle…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione in corso…</translation>
    </message>
    <message>
        <source>Stopped before anything was looked at.</source>
        <translation>Interrotto prima di esaminare qualcosa.</translation>
    </message>
    <message>
        <source>Stopped. Files looked at before that: %1 (%2).</source>
        <translation>Interrotto. File esaminati fino a quel momento: %1 (%2).</translation>
    </message>
    <message>
        <source>Files looked at: %1 (%2).</source>
        <translation>File esaminati: %1 (%2).</translation>
    </message>
    <message>
        <source>No Mailgun keys, passwords or risky files were found here.</source>
        <translation>Qui non sono state trovate chiavi Mailgun, password o file rischiosi.</translation>
    </message>
    <message>
        <source>This folder could not be found: %1</source>
        <translation>Questa cartella non è stata trovata: %1</translation>
    </message>
    <message>
        <source>Files that could not be opened: %1. They may belong to another user.</source>
        <translation>File che non è stato possibile aprire: %1. Potrebbero appartenere a un altro utente.</translation>
    </message>
    <message>
        <source>The findings could not be saved for the report. Check that the disk is not full.</source>
        <translation>Non è stato possibile salvare i risultati per il rapporto. Controlla che il disco non sia pieno.</translation>
    </message>
    <message>
        <source>Things to fix: %1. The most serious come first. Fix them before step 2, or the new key can leak the same way.</source>
        <translation>Cose da sistemare: %1. Le più gravi vengono per prime. Sistemale prima del passo 2, altrimenti anche la nuova chiave può trapelare allo stesso modo.</translation>
    </message>
</context>
<context>
    <name>ForwardingFindings</name>
    <message>
        <source>A route is a rule that handles mail sent to your domains.</source>
        <translation>Una route è una regola che gestisce la posta inviata ai tuoi domini.</translation>
    </message>
    <message>
        <source>A route copies all incoming mail to %1</source>
        <translation>Una route copia tutta la posta in arrivo a %1</translation>
    </message>
    <message>
        <source>A route catches all mail sent to your domains</source>
        <translation>Una route intercetta tutta la posta inviata ai tuoi domini</translation>
    </message>
    <message>
        <source>The route %1 (%2) matches every address, created %3. Its actions: %4.</source>
        <translation>La route %1 (%2) corrisponde a ogni indirizzo ed è stata creata %3. Le sue azioni: %4.</translation>
    </message>
    <message>
        <source>A route forwards mail to %1, outside your domains</source>
        <translation>Una route inoltra la posta a %1, fuori dai tuoi domini</translation>
    </message>
    <message>
        <source>The route %1 matches %2 and was created %3. Its actions: %4.</source>
        <translation>La route %1 corrisponde a %2 ed è stata creata %3. Le sue azioni: %4.</translation>
    </message>
    <message>
        <source>It was created after the incident started.</source>
        <translation>È stata creata dopo l&apos;inizio dell&apos;incidente.</translation>
    </message>
    <message>
        <source>Unless you set it up, delete this route in the Control Panel (Receiving, Routes), and tell Mailgun support that mail may have been copied.</source>
        <translation>Se non l&apos;hai creata tu, elimina questa route nel Control Panel (Receiving, Routes) e avvisa l&apos;assistenza di Mailgun che la posta potrebbe essere stata copiata.</translation>
    </message>
    <message>
        <source>A webhook makes Mailgun send details of your mail (who it went to, opens, bounces) to a web address.</source>
        <translation>Un webhook fa sì che Mailgun invii i dettagli della tua posta (a chi è andata, aperture, messaggi respinti) a un indirizzo web.</translation>
    </message>
    <message>
        <source>A webhook of %1 sends mail events to an unknown web address, %2</source>
        <translation>Un webhook di %1 invia gli eventi della posta a un indirizzo web sconosciuto, %2</translation>
    </message>
    <message>
        <source>This one sends the events %1 to %2, which is not under any of your domains.</source>
        <translation>Questo invia gli eventi %1 a %2, che non appartiene a nessuno dei tuoi domini.</translation>
    </message>
    <message>
        <source>Unless you know this address, delete the webhook in the Control Panel (Sending, Webhooks, domain %1).</source>
        <translation>Se non conosci questo indirizzo, elimina il webhook nel Control Panel (Sending, Webhooks, dominio %1).</translation>
    </message>
    <message>
        <source>An account-wide webhook sends the events of all your domains to an unknown web address, %1</source>
        <translation>Un webhook di tutto l&apos;account invia gli eventi di tutti i tuoi domini a un indirizzo web sconosciuto, %1</translation>
    </message>
    <message>
        <source>This one covers every domain in the %1 and sends %2 to %3. It was created %4.</source>
        <translation>Questo vale per ogni dominio nella regione %1 e invia %2 a %3. È stato creato %4.</translation>
    </message>
    <message>
        <source>That is after the incident started.</source>
        <translation>Cioè dopo l&apos;inizio dell&apos;incidente.</translation>
    </message>
    <message>
        <source>It also receives the events of your subaccounts&apos; domains.</source>
        <translation>Riceve anche gli eventi dei domini dei tuoi sottoaccount.</translation>
    </message>
    <message>
        <source>Unless you know this address, delete the webhook in the Control Panel (Sending, Webhooks, account webhooks).</source>
        <translation>Se non conosci questo indirizzo, elimina il webhook nel Control Panel (Sending, Webhooks, account webhooks).</translation>
    </message>
    <message>
        <source>A copy of every message sent from %1 goes to %2, outside your domains</source>
        <translation>Una copia di ogni messaggio inviato da %1 va a %2, fuori dai tuoi domini</translation>
    </message>
    <message>
        <source>A copy of every message sent from %1 goes to %2</source>
        <translation>Una copia di ogni messaggio inviato da %1 va a %2</translation>
    </message>
    <message>
        <source>The domain&apos;s “archive to” setting makes Mailgun post a full copy of each delivered message to %1.</source>
        <translation>L&apos;impostazione “archive to” del dominio fa inviare a Mailgun una copia completa di ogni messaggio consegnato a %1.</translation>
    </message>
    <message>
        <source>Unless you set this up, clear the setting for %1 at once and tell Mailgun support that your mail was copied.</source>
        <translation>Se non l&apos;hai impostata tu, cancella subito l&apos;impostazione per %1 e avvisa l&apos;assistenza di Mailgun che la tua posta è stata copiata.</translation>
    </message>
    <message>
        <source>Check that this address is yours and still needed.</source>
        <translation>Controlla che questo indirizzo sia tuo e serva ancora.</translation>
    </message>
</context>
<context>
    <name>GitHistorySummaryText</name>
    <message numerus="yes">
        <source>%n commit(s)</source>
        <translation>
            <numerusform>%n commit</numerusform>
            <numerusform>%n commit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file version(s)</source>
        <translation>
            <numerusform>%n versione di file</numerusform>
            <numerusform>%n versioni di file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the code history (git) of %n folder(s): %1 and %2.</source>
        <translation>
            <numerusform>Letta la cronologia del codice (git) di %n cartella: %1 e %2.</numerusform>
            <numerusform>Letta la cronologia del codice (git) di %n cartelle: %1 e %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file version(s) in the code history were larger than %1 and were not read.</source>
        <translation>
            <numerusform>%n versione di file nella cronologia del codice superava %1 e non è stata letta.</numerusform>
            <numerusform>%n versioni di file nella cronologia del codice superavano %1 e non sono state lette.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code history folder(s) could not be read to the end. Keys in the part not read were not looked for:</source>
        <translation>
            <numerusform>Non è stato possibile leggere fino in fondo %n cartella della cronologia del codice. Nella parte non letta non sono state cercate chiavi:</numerusform>
            <numerusform>Non è stato possibile leggere fino in fondo %n cartelle della cronologia del codice. Nella parte non letta non sono state cercate chiavi:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code history link(s) lead outside the folders you picked and were not followed. Add those folders to read them:</source>
        <translation>
            <numerusform>%n collegamento della cronologia del codice porta fuori dalle cartelle che hai scelto e non è stato seguito. Aggiungi quelle cartelle per leggerle:</numerusform>
            <numerusform>%n collegamenti della cronologia del codice portano fuori dalle cartelle che hai scelto e non sono stati seguiti. Aggiungi quelle cartelle per leggerle:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitHistoryText</name>
    <message>
        <source>In the history of %1: %2, commit %3 of %4 (deleted since)</source>
        <translation>Nella cronologia di %1: %2, commit %3 del %4 (eliminato in seguito)</translation>
    </message>
    <message>
        <source>In the history of %1: %2, commit %3 of %4 (changed since)</source>
        <translation>Nella cronologia di %1: %2, commit %3 del %4 (modificato in seguito)</translation>
    </message>
    <message>
        <source>In the history of %1: %2, commit %3 of %4</source>
        <translation>Nella cronologia di %1: %2, commit %3 del %4</translation>
    </message>
    <message>
        <source>This key can send email for one domain. Replace it in the Mailgun Control Panel (API Security).</source>
        <translation>Questa chiave può inviare email per un solo dominio. Sostituiscila nel Mailgun Control Panel (API Security).</translation>
    </message>
    <message>
        <source>With this key, anyone can send fake Mailgun events to your website. Replace the webhook signing key in Mailgun.</source>
        <translation>Con questa chiave chiunque può inviare al tuo sito web falsi eventi Mailgun. Sostituisci la chiave di firma dei webhook in Mailgun.</translation>
    </message>
    <message>
        <source>This key can only check email addresses; it cannot send mail.</source>
        <translation>Questa chiave può solo controllare indirizzi email; non può inviare posta.</translation>
    </message>
    <message>
        <source>Anyone can send email with this password. Reset it in Mailgun (step 3).</source>
        <translation>Chiunque può inviare email con questa password. Reimpostala in Mailgun (passo 3).</translation>
    </message>
    <message>
        <source>Anyone can use this key. Delete it in Mailgun and make a new one (step 2).</source>
        <translation>Chiunque può usare questa chiave. Eliminala in Mailgun e creane una nuova (passo 2).</translation>
    </message>
    <message>
        <source>It is in the code history: commit %1 of %2 added it.</source>
        <translation>Si trova nella cronologia del codice: l&apos;ha aggiunta il commit %1 del %2.</translation>
    </message>
    <message>
        <source>It is in the code history: commit %1 of %2 by %3 added it.</source>
        <translation>Si trova nella cronologia del codice: l&apos;ha aggiunta %3 con il commit %1 del %2.</translation>
    </message>
    <message>
        <source>Deleting the file or the line does not remove it. Anyone with a copy of this code history, or of the .git folder on your website, can still read it.</source>
        <translation>Eliminare il file o la riga non la rimuove. Chiunque abbia una copia di questa cronologia del codice, o della cartella .git sul tuo sito web, può ancora leggerla.</translation>
    </message>
    <message>
        <source>Rewriting the history is not enough, because copies of it already exist.</source>
        <translation>Riscrivere la cronologia non basta, perché ne esistono già delle copie.</translation>
    </message>
    <message>
        <source>This code history is in the public website folder, so anyone may have downloaded it.</source>
        <translation>Questa cronologia del codice è nella cartella pubblica del sito web, quindi chiunque potrebbe averla scaricata.</translation>
    </message>
</context>
<context>
    <name>GuidedChecklistWidget</name>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser</source>
        <translation>Apre %1 nel browser web</translation>
    </message>
    <message>
        <source>Tick each item when you have done it</source>
        <translation>Spunta ogni voce quando l&apos;hai fatta</translation>
    </message>
</context>
<context>
    <name>GuidedStepPage</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 di %2</translation>
    </message>
    <message>
        <source>Every item is ticked: this step is done.</source>
        <translation>Tutte le voci sono spuntate: questo passo è completato.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) ticked. You can come back to this step at any time.</source>
        <translation>
            <numerusform>Voci spuntate: %1 su %n. Puoi tornare a questo passo in qualsiasi momento.</numerusform>
            <numerusform>Voci spuntate: %1 su %n. Puoi tornare a questo passo in qualsiasi momento.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InUseKeyPicker</name>
    <message>
        <source>The key you gave this program</source>
        <translation>La chiave che hai dato a questo programma</translation>
    </message>
    <message>
        <source>This is the key I gave</source>
        <translation>È la chiave che ho dato</translation>
    </message>
    <message>
        <source>Mark the chosen key as the one you gave this program</source>
        <translation>Segna la chiave scelta come quella che hai dato a questo programma</translation>
    </message>
    <message>
        <source>You said the key you gave this program is &quot;%1&quot;. It is deleted last, after the new key works.</source>
        <translation>Hai indicato che la chiave data a questo programma è “%1”. Verrà eliminata per ultima, quando la nuova chiave funziona.</translation>
    </message>
    <message>
        <source>The program cannot tell which of these keys is the one you gave it. Older keys (they start with &quot;key-&quot;) do not show which entry is theirs. If you know which one it is, pick it here. If you do not, no key is marked as in use.</source>
        <translation>Il programma non riesce a capire quale di queste chiavi è quella che gli hai dato. Le chiavi vecchio tipo (iniziano con “key-”) non mostrano quale voce è la loro. Se sai qual è, sceglila qui. Se non lo sai, nessuna chiave viene segnata come in uso.</translation>
    </message>
    <message>
        <source>Choose the key you gave…</source>
        <translation>Scegli la chiave che hai dato…</translation>
    </message>
    <message>
        <source>%1 (%2, created %3)</source>
        <translation>%1 (%2, creata il %3)</translation>
    </message>
</context>
<context>
    <name>IncidentStartEdit</name>
    <message>
        <source>When did the trouble start?</source>
        <translation>Quando è iniziato il problema?</translation>
    </message>
    <message>
        <source>The program marks keys, logins and rules made after this moment as new. Not sure? Pick a day a little earlier.</source>
        <translation>Il programma segna come nuovi le chiavi, i login e le regole creati dopo questo momento. Non sei sicuro? Scegli un giorno un po&apos; prima.</translation>
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
        <translation>I tuoi file</translation>
    </message>
    <message>
        <source>Your website</source>
        <translation>Il tuo sito web</translation>
    </message>
    <message>
        <source>Your Mailgun account</source>
        <translation>Il tuo account Mailgun</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Another window of the assistant (or a command in a terminal) is working on your recovery right now. Finish or close it first, then try again. Nothing was changed.</source>
        <translation>Un&apos;altra finestra dell&apos;assistente (o un comando in un terminale) sta lavorando al tuo ripristino in questo momento. Prima completala o chiudila, poi riprova. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The record of your progress could not be opened for writing in %1. Nothing was changed.</source>
        <translation>Non è stato possibile aprire in scrittura il registro dei tuoi progressi in %1. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The record of your progress could not be opened: %1</source>
        <translation>Non è stato possibile aprire il registro dei tuoi progressi: %1</translation>
    </message>
    <message>
        <source>Part of the record of your progress was damaged. The assistant kept everything it could read, and a copy of the damaged file as %1.</source>
        <translation>Una parte del registro dei tuoi progressi era danneggiata. L&apos;assistente ha tenuto tutto ciò che è riuscito a leggere e una copia del file danneggiato in %1.</translation>
    </message>
    <message>
        <source>Part of the record of your progress was damaged. The assistant kept everything it could read and left the file as it was.</source>
        <translation>Una parte del registro dei tuoi progressi era danneggiata. L&apos;assistente ha tenuto tutto ciò che è riuscito a leggere e ha lasciato il file com&apos;era.</translation>
    </message>
    <message>
        <source>The old record of your progress could not be put aside.</source>
        <translation>Non è stato possibile mettere da parte il vecchio registro dei tuoi progressi.</translation>
    </message>
    <message>
        <source>Your progress could not be saved to %1: %2</source>
        <translation>Non è stato possibile salvare i tuoi progressi in %1: %2</translation>
    </message>
</context>
<context>
    <name>KeyFindings</name>
    <message>
        <source>This is the key this program is using right now.</source>
        <translation>Questa è la chiave che il programma sta usando ora.</translation>
    </message>
    <message>
        <source>Someone signed in to the Mailgun Control Panel %1 (%2)</source>
        <translation>Qualcuno ha effettuato l&apos;accesso al Mailgun Control Panel %1 (%2)</translation>
    </message>
    <message>
        <source>Each sign-in to the Control Panel creates a short-lived “web” key. This one was created after the incident started.</source>
        <translation>Ogni accesso al Control Panel crea una chiave “web” di breve durata. Questa è stata creata dopo l&apos;inizio dell&apos;incidente.</translation>
    </message>
    <message>
        <source>If this was not you or a colleague, the password of that user is known to someone else: change it and turn on two-factor sign-in (steps 4 and 5).</source>
        <translation>Se non sei stato tu o un collega, qualcun altro conosce la password di quell&apos;utente: cambiala e attiva l&apos;accesso a due fattori (passi 4 e 5).</translation>
    </message>
    <message>
        <source>Whoever makes a key can write any name as its creator, so the recorded name does not prove who made it.</source>
        <translation>Chi crea una chiave può scrivere qualsiasi nome come autore, quindi il nome registrato non prova chi l&apos;ha creata.</translation>
    </message>
    <message>
        <source>This is %1 (role: %2). An API key lets whoever holds it send mail and change settings through Mailgun&apos;s programming interface.</source>
        <translation>Questa è %1 (ruolo: %2). Una chiave API permette a chi la possiede di inviare posta e cambiare le impostazioni tramite l&apos;interfaccia di programmazione di Mailgun.</translation>
    </message>
    <message>
        <source>Step 2 replaces the key you are using with a new one and then deletes this one.</source>
        <translation>Il passo 2 sostituisce la chiave che usi con una nuova e poi elimina questa.</translation>
    </message>
    <message>
        <source>Unless you made it yourself after the incident started, delete it in step 2.</source>
        <translation>Se non l&apos;hai creata tu dopo l&apos;inizio dell&apos;incidente, eliminala al passo 2.</translation>
    </message>
    <message>
        <source>no creator recorded</source>
        <translation>nessun autore registrato</translation>
    </message>
    <message>
        <source>recorded as %1</source>
        <translation>registrato come %1</translation>
    </message>
    <message>
        <source>recorded as %1 &lt;%2&gt;</source>
        <translation>registrato come %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>You are using %1</source>
        <translation>Stai usando %1</translation>
    </message>
    <message>
        <source>If this key leaked, whoever has it can use it until it is deleted.</source>
        <translation>Se questa chiave è trapelata, chi ce l&apos;ha può usarla finché non viene eliminata.</translation>
    </message>
    <message>
        <source>Step 2 replaces it with a new key and deletes the old keys.</source>
        <translation>Il passo 2 la sostituisce con una nuova chiave ed elimina le vecchie chiavi.</translation>
    </message>
    <message>
        <source>The program cannot tell which of your listed keys is the one you gave it</source>
        <translation>Il programma non riesce a capire quale delle chiavi elencate è quella che gli hai dato</translation>
    </message>
    <message>
        <source>Older keys (they start with “key-”) do not show which entry of the key list is theirs, and neither does a key from another account.</source>
        <translation>Le chiavi vecchio tipo (iniziano con “key-”) non mostrano quale voce dell&apos;elenco delle chiavi è la loro, e lo stesso vale per una chiave di un altro account.</translation>
    </message>
    <message>
        <source>In step 2 you can pick it from the list (by its name, kind, role and creation date). Step 2 replaces it with a new key either way.</source>
        <translation>Al passo 2 puoi sceglierla dall&apos;elenco (in base a nome, tipo, ruolo e data di creazione). In ogni caso il passo 2 la sostituisce con una nuova chiave.</translation>
    </message>
    <message>
        <source>Someone made an API key %1, after the incident started</source>
        <translation>Qualcuno ha creato una chiave API %1, dopo l&apos;inizio dell&apos;incidente</translation>
    </message>
</context>
<context>
    <name>KeyFormat</name>
    <message>
        <source>This looks like a Mailgun API key.</source>
        <translation>Sembra una chiave API di Mailgun.</translation>
    </message>
    <message>
        <source>This looks like an older Mailgun API key (it starts with &quot;key-&quot;).</source>
        <translation>Sembra una chiave API di Mailgun vecchio tipo (inizia con “key-”).</translation>
    </message>
    <message>
        <source>This is the public key. It cannot manage your account. Paste your private API key instead.</source>
        <translation>Questa è la chiave pubblica. Non può gestire il tuo account. Incolla invece la tua chiave API privata.</translation>
    </message>
    <message>
        <source>The key has spaces or line breaks in it. Copy it again without them.</source>
        <translation>La chiave contiene spazi o a capo. Copiala di nuovo senza.</translation>
    </message>
    <message>
        <source>The key looks incomplete. Paste the whole key.</source>
        <translation>La chiave sembra incompleta. Incolla la chiave intera.</translation>
    </message>
    <message>
        <source>This does not look like a Mailgun API key. A key is a long mix of numbers and the letters a to f, with two dashes near the end.</source>
        <translation>Non sembra una chiave API di Mailgun. Una chiave è una lunga serie di numeri e di lettere dalla a alla f, con due trattini verso la fine.</translation>
    </message>
</context>
<context>
    <name>KeyInput</name>
    <message>
        <source>Mailgun API key (not shown as you type): </source>
        <translation>Chiave API di Mailgun (non viene mostrata mentre scrivi): </translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2</source>
        <translation>Non è stato possibile leggere il file della chiave %1: %2</translation>
    </message>
    <message>
        <source>The key file %1 is empty.</source>
        <translation>Il file della chiave %1 è vuoto.</translation>
    </message>
    <message>
        <source>No key was typed.</source>
        <translation>Non è stata scritta nessuna chiave.</translation>
    </message>
    <message>
        <source>No API key given. Set MAILGUN_API_KEY, use --key-file PATH, or run this in a terminal to type it.</source>
        <translation>Nessuna chiave API fornita. Imposta MAILGUN_API_KEY, usa --key-file PERCORSO oppure esegui il programma in un terminale per scriverla.</translation>
    </message>
</context>
<context>
    <name>KeyPlanTable</name>
    <message>
        <source>Your API keys; ticked keys are deleted</source>
        <translation>Le tue chiavi API; le chiavi spuntate vengono eliminate</translation>
    </message>
</context>
<context>
    <name>KeyRetest</name>
    <message>
        <source>WARNING: the old key %1 STILL WORKS (Mailgun accepted it at %2). Delete it now in the Control Panel (API Security), then check again.</source>
        <translation>ATTENZIONE: la vecchia chiave %1 FUNZIONA ANCORA (Mailgun l&apos;ha accettata il %2). Eliminala subito nel Control Panel (API Security), poi ricontrolla.</translation>
    </message>
    <message>
        <source>The old key %1 is dead: Mailgun refused it at %2.</source>
        <translation>La vecchia chiave %1 non funziona più: Mailgun l&apos;ha rifiutata il %2.</translation>
    </message>
    <message>
        <source>The sending key %1 was deleted from the key list. A sending key cannot be tested without sending mail.</source>
        <translation>La chiave di invio %1 è stata eliminata dall&apos;elenco delle chiavi. Una chiave di invio non si può provare senza inviare posta.</translation>
    </message>
    <message>
        <source>The old key %1 could not be checked: the new key did not get through from this computer either, so a refusal would prove nothing.</source>
        <translation>Non è stato possibile controllare la vecchia chiave %1: anche la nuova chiave non è passata da questo computer, quindi un rifiuto non proverebbe nulla.</translation>
    </message>
    <message>
        <source>The old key %1 could not be checked: Mailgun gave no clear answer.</source>
        <translation>Non è stato possibile controllare la vecchia chiave %1: Mailgun non ha dato una risposta chiara.</translation>
    </message>
</context>
<context>
    <name>KeyRotationController</name>
    <message>
        <source>%1 The key replacement stopped before its next change, because a restart could not continue it safely without that record. Make room on the disk (or make the folder writable), then continue the replacement.</source>
        <translation>%1 La sostituzione della chiave si è fermata prima della modifica successiva, perché senza quel registro non si potrebbe riprenderla in modo sicuro dopo un riavvio. Libera spazio sul disco (o rendi la cartella scrivibile), poi continua la sostituzione.</translation>
    </message>
    <message>
        <source>The list of API keys could not be read.</source>
        <translation>Non è stato possibile leggere l&apos;elenco delle chiavi API.</translation>
    </message>
    <message>
        <source>The list of API keys could not be read to check for a half-made key.</source>
        <translation>Non è stato possibile leggere l&apos;elenco delle chiavi API per cercare una chiave creata a metà.</translation>
    </message>
    <message>
        <source>A half-made key from an earlier try could not be deleted.</source>
        <translation>Non è stato possibile eliminare una chiave creata a metà in un tentativo precedente.</translation>
    </message>
    <message>
        <source>Mailgun did not confirm the new key after several tries. No old key was deleted. Check your connection and try again later.</source>
        <translation>Mailgun non ha confermato la nuova chiave dopo vari tentativi. Nessuna vecchia chiave è stata eliminata. Controlla la connessione e riprova più tardi.</translation>
    </message>
    <message>
        <source>The new API key could not be created. No old key was deleted.</source>
        <translation>Non è stato possibile creare la nuova chiave API. Nessuna vecchia chiave è stata eliminata.</translation>
    </message>
    <message>
        <source>The keychain gave back a different key.</source>
        <translation>Il portachiavi ha restituito una chiave diversa.</translation>
    </message>
    <message numerus="yes">
        <source>Mailgun has not accepted the new key yet, trying again in %n seconds (attempt %1 of %2).</source>
        <translation>
            <numerusform>Mailgun non ha ancora accettato la nuova chiave, nuovo tentativo tra %n secondo (tentativo %1 di %2).</numerusform>
            <numerusform>Mailgun non ha ancora accettato la nuova chiave, nuovo tentativo tra %n secondi (tentativo %1 di %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailgun did not accept the new key %1 after %n attempts. No old key was deleted: your old key still works. Try again in a few minutes.</source>
        <translation>
            <numerusform>Mailgun non ha accettato la nuova chiave %1 dopo %n tentativo. Nessuna vecchia chiave è stata eliminata: la tua vecchia chiave funziona ancora. Riprova tra qualche minuto.</numerusform>
            <numerusform>Mailgun non ha accettato la nuova chiave %1 dopo %n tentativi. Nessuna vecchia chiave è stata eliminata: la tua vecchia chiave funziona ancora. Riprova tra qualche minuto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new key did not work when it was checked. No old key was deleted.</source>
        <translation>La nuova chiave non ha funzionato alla verifica. Nessuna vecchia chiave è stata eliminata.</translation>
    </message>
    <message>
        <source>There is no unfinished key replacement to continue.</source>
        <translation>Non c&apos;è nessuna sostituzione della chiave interrotta da continuare.</translation>
    </message>
    <message>
        <source>The key you gave belongs to another Mailgun account than the key replacement that was interrupted (or every key of that replacement has been deleted since). Nothing was changed. To finish it, run it again with a key of the account it was for: the key you used when it started, or the new key %1.</source>
        <translation>La chiave che hai dato appartiene a un account Mailgun diverso da quello della sostituzione interrotta (oppure nel frattempo sono state eliminate tutte le chiavi di quella sostituzione). Non è stato modificato nulla. Per completarla, eseguila di nuovo con una chiave dell&apos;account giusto: la chiave che usavi quando è iniziata, oppure la nuova chiave %1.</translation>
    </message>
    <message>
        <source>(not made yet)</source>
        <translation>(non ancora creata)</translation>
    </message>
    <message>
        <source>The program could not check that the key you gave belongs to the account of the interrupted key replacement, so it changed nothing.</source>
        <translation>Il programma non è riuscito a controllare che la chiave che hai dato appartenga all&apos;account della sostituzione interrotta, quindi non ha modificato nulla.</translation>
    </message>
    <message>
        <source>The new key %1 was shown before the program stopped. It is not in the keychain, so it cannot be shown again.</source>
        <translation>La nuova chiave %1 è stata mostrata prima che il programma si fermasse. Non è nel portachiavi, quindi non può essere mostrata di nuovo.</translation>
    </message>
    <message>
        <source>The new key %1 is no longer in the keychain. A new key is made to replace it; no old key is deleted before that one is saved and checked.</source>
        <translation>La nuova chiave %1 non è più nel portachiavi. Viene creata una nuova chiave al suo posto; nessuna vecchia chiave viene eliminata prima che questa sia salvata e verificata.</translation>
    </message>
    <message>
        <source>The new key %1 could not be read back from the keychain &quot;%2&quot;, so no old key was deleted. Unlock the keychain (or sign in to your desktop again), then continue the replacement. You can also continue it with the new key itself if you saved it elsewhere.</source>
        <translation>Non è stato possibile rileggere la nuova chiave %1 dal portachiavi “%2”, quindi nessuna vecchia chiave è stata eliminata. Sblocca il portachiavi (o accedi di nuovo al tuo desktop), poi continua la sostituzione. Puoi anche continuarla con la nuova chiave stessa, se l&apos;hai salvata altrove.</translation>
    </message>
    <message>
        <source>Trying the old keys once more, to prove Mailgun refuses them.</source>
        <translation>Nuova prova delle vecchie chiavi, per dimostrare che Mailgun le rifiuta.</translation>
    </message>
</context>
<context>
    <name>KeyRotationPanel</name>
    <message>
        <source>&lt;b&gt;Replace the API key for me&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sostituisci la chiave API per me&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The program can make a new key, keep it safe in this computer&apos;s keychain, and then delete the old keys. First look at your keys: nothing changes until you agree.</source>
        <translation>Il programma può creare una nuova chiave, conservarla al sicuro nel portachiavi di questo computer e poi eliminare le vecchie chiavi. Prima guarda le tue chiavi: non cambia nulla finché non sei d&apos;accordo.</translation>
    </message>
    <message>
        <source>A key replacement was interrupted before it was finished.</source>
        <translation>Una sostituzione della chiave è stata interrotta prima della fine.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Continue the interrupted key replacement</source>
        <translation>Continua la sostituzione della chiave interrotta</translation>
    </message>
    <message>
        <source>Show my keys</source>
        <translation>Mostra le mie chiavi</translation>
    </message>
    <message>
        <source>Show my API keys</source>
        <translation>Mostra le mie chiavi API</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Sostituisci la chiave</translation>
    </message>
    <message>
        <source>Replace the API key and delete the ticked old keys</source>
        <translation>Sostituisci la chiave API ed elimina le vecchie chiavi spuntate</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Try the key replacement again</source>
        <translation>Riprova la sostituzione della chiave</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Operazione in corso</translation>
    </message>
    <message>
        <source>I have saved the new key somewhere safe</source>
        <translation>Ho salvato la nuova chiave in un posto sicuro</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Continue and delete the old keys</source>
        <translation>Continua ed elimina le vecchie chiavi</translation>
    </message>
    <message>
        <source>Replace the API key</source>
        <translation>Sostituisci la chiave API</translation>
    </message>
    <message>
        <source>Replace the API key now?</source>
        <translation>Sostituire la chiave API adesso?</translation>
    </message>
    <message>
        <source>The program makes a new API key and saves it in this computer&apos;s keychain. Then it deletes the old keys you ticked. Old keys it deletes: %1.

Websites and apps that use an old key stop sending email until you give them the new key.</source>
        <translation>Il programma crea una nuova chiave API e la salva nel portachiavi di questo computer. Poi elimina le vecchie chiavi che hai spuntato. Vecchie chiavi che elimina: %1.

I siti web e le app che usano una vecchia chiave smettono di inviare email finché non dai loro la nuova chiave.</translation>
    </message>
    <message>
        <source>The old keys it deletes, by ID:</source>
        <translation>Le vecchie chiavi che elimina, per ID:</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>Reading the list of keys…</source>
        <translation>Lettura dell&apos;elenco delle chiavi…</translation>
    </message>
    <message>
        <source>Creating the new key…</source>
        <translation>Creazione della nuova chiave…</translation>
    </message>
    <message>
        <source>Saving it in the keychain…</source>
        <translation>Salvataggio nel portachiavi…</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Verifica della nuova chiave…</translation>
    </message>
    <message>
        <source>Deleting old keys…</source>
        <translation>Eliminazione delle vecchie chiavi…</translation>
    </message>
    <message>
        <source>%1
No old key is deleted until you confirm below that you saved the new key.</source>
        <translation>%1
Nessuna vecchia chiave viene eliminata finché non confermi qui sotto di aver salvato la nuova chiave.</translation>
    </message>
    <message>
        <source>✔ deleted</source>
        <translation>✔ eliminata</translation>
    </message>
    <message>
        <source>Done: the new API key is made and working.</source>
        <translation>Fatto: la nuova chiave API è stata creata e funziona.</translation>
    </message>
    <message>
        <source>Where it is kept: in this computer&apos;s keychain under &quot;%1&quot;, entry %2.</source>
        <translation>Dove è conservata: nel portachiavi di questo computer in “%1”, voce %2.</translation>
    </message>
    <message>
        <source>Where it is kept: not stored by this program; you saved it yourself.</source>
        <translation>Dove è conservata: non salvata da questo programma; l&apos;hai salvata tu.</translation>
    </message>
    <message>
        <source>What to do now: put the new key into every website and app that used the old key, and send a test email from each one.</source>
        <translation>Cosa fare adesso: inserisci la nuova chiave in ogni sito web e app che usava la vecchia chiave, e invia un&apos;email di prova da ciascuno.</translation>
    </message>
    <message>
        <source>The new API key is made and working, but an old key still works too. Read the warning below.</source>
        <translation>La nuova chiave API è stata creata e funziona, ma funziona ancora anche una vecchia chiave. Leggi l&apos;avviso qui sotto.</translation>
    </message>
    <message>
        <source>✘ still there</source>
        <translation>✘ ancora presente</translation>
    </message>
    <message>
        <source>✘ still works</source>
        <translation>✘ funziona ancora</translation>
    </message>
    <message>
        <source>Every old key you ticked is deleted.</source>
        <translation>Tutte le vecchie chiavi che hai spuntato sono state eliminate.</translation>
    </message>
    <message>
        <source>These old keys could not be deleted and still work: %1. Delete them by hand in the Control Panel (API Security).</source>
        <translation>Non è stato possibile eliminare queste vecchie chiavi, che funzionano ancora: %1. Eliminale a mano nel Control Panel (API Security).</translation>
    </message>
    <message>
        <source>Click a key to read about it and what to do with it.</source>
        <translation>Fai clic su una chiave per leggere i dettagli e cosa farne.</translation>
    </message>
    <message>
        <source>The program deletes the ticked keys after it has made and saved the new key. Untick a key to keep it.</source>
        <translation>Il programma elimina le chiavi spuntate dopo aver creato e salvato la nuova chiave. Togli la spunta a una chiave per tenerla.</translation>
    </message>
</context>
<context>
    <name>KeyRotationPlan</name>
    <message>
        <source>Step 1 found this key in %1. Anyone who saw it can use it: delete it.</source>
        <translation>Il passo 1 ha trovato questa chiave in %1. Chiunque l&apos;abbia vista può usarla: eliminala.</translation>
    </message>
    <message>
        <source>The key you gave this program. It may be the leaked one: delete it.</source>
        <translation>La chiave che hai dato a questo programma. Potrebbe essere quella trapelata: eliminala.</translation>
    </message>
    <message>
        <source>The account review in step 1 flagged this key: it is new or was made by someone who is not a user of the account. Delete it unless you know who made it.</source>
        <translation>Il controllo dell&apos;account al passo 1 ha segnalato questa chiave: è nuova oppure l&apos;ha creata qualcuno che non è un utente dell&apos;account. Eliminala, a meno che tu non sappia chi l&apos;ha creata.</translation>
    </message>
    <message>
        <source>A sign-in session of the Control Panel. It ends by itself within a day; signing out everywhere ends it now.</source>
        <translation>Una sessione di accesso al Control Panel. Finisce da sola entro un giorno; se esci dall&apos;account ovunque, finisce subito.</translation>
    </message>
    <message>
        <source>A sending key for %1. It can only send email for that domain. Replace it in the Control Panel if it may have leaked too.</source>
        <translation>Una chiave di invio per %1. Può inviare email solo per quel dominio. Sostituiscila nel Control Panel se potrebbe essere trapelata anche lei.</translation>
    </message>
    <message>
        <source>A key that can change your account. Delete it unless you are sure it did not leak; you can make a new one later.</source>
        <translation>Una chiave che può modificare il tuo account. Eliminala, a meno che tu non sia sicuro che non sia trapelata; potrai crearne una nuova in seguito.</translation>
    </message>
    <message>
        <source>A key that can read your account. Delete it if you do not know who uses it.</source>
        <translation>Una chiave che può leggere il tuo account. Eliminala se non sai chi la usa.</translation>
    </message>
    <message>
        <source>You said this is the key you gave this program. It may be the leaked one: delete it.</source>
        <translation>Hai indicato che questa è la chiave che hai dato a questo programma. Potrebbe essere quella trapelata: eliminala.</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <source>full access</source>
        <translation>accesso completo</translation>
    </message>
    <message>
        <source>developer access</source>
        <translation>accesso da sviluppatore</translation>
    </message>
    <message>
        <source>sending only</source>
        <translation>solo invio</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>solo lettura</translation>
    </message>
    <message>
        <source>Domain, %1</source>
        <translation>Dominio, %1</translation>
    </message>
    <message>
        <source>Control Panel, %1</source>
        <translation>Control Panel, %1</translation>
    </message>
    <message>
        <source>Account, %1</source>
        <translation>Account, %1</translation>
    </message>
    <message>
        <source>(no name) %1</source>
        <translation>(senza nome) %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>in use (your choice)</source>
        <translation>in uso (tua scelta)</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in uso</translation>
    </message>
    <message>
        <source>new since the incident</source>
        <translation>nuova dopo l&apos;incidente</translation>
    </message>
    <message>
        <source>found exposed in step 1</source>
        <translation>trovata esposta al passo 1</translation>
    </message>
    <message>
        <source>flagged in step 1</source>
        <translation>segnalata al passo 1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disattivata</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Creator on record</source>
        <translation>Creata da</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>About &quot;%1&quot;: %2</source>
        <translation>Su “%1”: %2</translation>
    </message>
</context>
<context>
    <name>LeakFinding</name>
    <message>
        <source>Mailgun sending key for %1</source>
        <translation>Chiave di invio Mailgun per %1</translation>
    </message>
    <message>
        <source>Mailgun webhook signing key</source>
        <translation>Chiave di firma dei webhook di Mailgun</translation>
    </message>
    <message>
        <source>Mailgun API key</source>
        <translation>Chiave API di Mailgun</translation>
    </message>
    <message>
        <source>Older Mailgun API key</source>
        <translation>Chiave API di Mailgun vecchio tipo</translation>
    </message>
    <message>
        <source>Mailgun public key</source>
        <translation>Chiave pubblica di Mailgun</translation>
    </message>
    <message>
        <source>Mailgun SMTP password</source>
        <translation>Password SMTP di Mailgun</translation>
    </message>
    <message>
        <source>Page that shows the server settings (phpinfo)</source>
        <translation>Pagina che mostra le impostazioni del server (phpinfo)</translation>
    </message>
    <message>
        <source>Settings file (.env) in the public website folder</source>
        <translation>File di impostazioni (.env) nella cartella pubblica del sito web</translation>
    </message>
    <message>
        <source>Debug mode is on</source>
        <translation>La modalità debug è attiva</translation>
    </message>
    <message>
        <source>Development mode is on</source>
        <translation>La modalità sviluppo è attiva</translation>
    </message>
    <message>
        <source>Copy of the WordPress settings file (wp-config.php)</source>
        <translation>Copia del file di impostazioni di WordPress (wp-config.php)</translation>
    </message>
    <message>
        <source>Code history folder (.git) in the public website folder</source>
        <translation>Cartella della cronologia del codice (.git) nella cartella pubblica del sito web</translation>
    </message>
    <message>
        <source>Debug log file</source>
        <translation>File di log di debug</translation>
    </message>
    <message>
        <source>Database copy in the public website folder</source>
        <translation>Copia del database nella cartella pubblica del sito web</translation>
    </message>
    <message>
        <source>Website backup in the public website folder</source>
        <translation>Backup del sito web nella cartella pubblica del sito web</translation>
    </message>
    <message>
        <source>Password in the code history settings (.git/config)</source>
        <translation>Password nelle impostazioni della cronologia del codice (.git/config)</translation>
    </message>
    <message>
        <source>This key can send email for that domain only. Replace it in the Control Panel (API Security), then put the new key in this file.</source>
        <translation>Questa chiave può inviare email solo per quel dominio. Sostituiscila nel Control Panel (API Security), poi inserisci la nuova chiave in questo file.</translation>
    </message>
    <message>
        <source>This is your account&apos;s webhook signing key. With it, anyone can send fake Mailgun events to your website. Replace it: in step 2 of the wizard (&quot;Two more keys you may want to replace&quot;) or in the Mailgun Control Panel. Then put the new one in this file.</source>
        <translation>Questa è la chiave di firma dei webhook del tuo account. Con questa chiave chiunque può inviare al tuo sito web falsi eventi Mailgun. Sostituiscila: al passo 2 della procedura guidata (“Altre due chiavi che potresti voler sostituire”) oppure nel Mailgun Control Panel. Poi inserisci quella nuova in questo file.</translation>
    </message>
    <message>
        <source>This file is in the public website folder, so anyone may have downloaded it.</source>
        <translation>Questo file è nella cartella pubblica del sito web, quindi chiunque potrebbe averlo scaricato.</translation>
    </message>
    <message>
        <source>Delete this key in Mailgun and make a new one (step 2). Then remove the old key from this file.</source>
        <translation>Elimina questa chiave in Mailgun e creane una nuova (passo 2). Poi togli la vecchia chiave da questo file.</translation>
    </message>
    <message>
        <source>This key can only check email addresses; it cannot send mail. Remove it from this file if the file is public.</source>
        <translation>Questa chiave può solo controllare indirizzi email; non può inviare posta. Toglila da questo file se il file è pubblico.</translation>
    </message>
    <message>
        <source>With this key, anyone can send fake Mailgun events to your website. Reset the webhook signing key in Mailgun and put the new one in this file.</source>
        <translation>Con questa chiave chiunque può inviare al tuo sito web falsi eventi Mailgun. Reimposta la chiave di firma dei webhook in Mailgun e inserisci quella nuova in questo file.</translation>
    </message>
    <message>
        <source>Reset this SMTP password in Mailgun (step 3). Then put the new password in this file.</source>
        <translation>Reimposta questa password SMTP in Mailgun (passo 3). Poi inserisci la nuova password in questo file.</translation>
    </message>
    <message>
        <source>Remove this file from your web server. This page shows your server&apos;s settings, including passwords, to anyone who opens it.</source>
        <translation>Togli questo file dal tuo server web. Questa pagina mostra le impostazioni del server, password comprese, a chiunque la apra.</translation>
    </message>
    <message>
        <source>Move this file out of the public website folder. Anyone can download it and read the passwords in it.</source>
        <translation>Sposta questo file fuori dalla cartella pubblica del sito web. Chiunque può scaricarlo e leggere le password che contiene.</translation>
    </message>
    <message>
        <source>Turn off debug mode on your live website: set WP_DEBUG to false in this file. Debug messages can show your passwords to visitors.</source>
        <translation>Disattiva la modalità debug sul sito web pubblico: in questo file imposta WP_DEBUG a false. I messaggi di debug possono mostrare le tue password ai visitatori.</translation>
    </message>
    <message>
        <source>Turn off debug mode on your live website: set DEBUG = False in this file. Error pages in debug mode can show your settings to visitors.</source>
        <translation>Disattiva la modalità debug sul sito web pubblico: in questo file imposta DEBUG = False. Le pagine di errore in modalità debug possono mostrare le tue impostazioni ai visitatori.</translation>
    </message>
    <message>
        <source>Turn off debug mode on your live website: set APP_DEBUG=false in this file. Error pages in debug mode can show your passwords to visitors.</source>
        <translation>Disattiva la modalità debug sul sito web pubblico: in questo file imposta APP_DEBUG=false. Le pagine di errore in modalità debug possono mostrare le tue password ai visitatori.</translation>
    </message>
    <message>
        <source>Switch your live website to production mode (APP_ENV=prod). Development mode shows internal details, including passwords, to visitors.</source>
        <translation>Passa il sito web pubblico alla modalità produzione (APP_ENV=prod). La modalità sviluppo mostra ai visitatori dettagli interni, password comprese.</translation>
    </message>
    <message>
        <source>Remove this file from your web server. Unlike the real wp-config.php, a copy can be downloaded and read, with all its passwords.</source>
        <translation>Togli questo file dal tuo server web. A differenza del vero wp-config.php, una copia si può scaricare e leggere, con tutte le sue password.</translation>
    </message>
    <message>
        <source>Remove this folder from your web server. Anyone can download your whole code history from it, including old passwords.</source>
        <translation>Togli questa cartella dal tuo server web. Da lì chiunque può scaricare tutta la cronologia del tuo codice, vecchie password comprese.</translation>
    </message>
    <message>
        <source>Delete this log file and turn off debug logging. Logs can hold passwords and keys.</source>
        <translation>Elimina questo file di log e disattiva il log di debug. I log possono contenere password e chiavi.</translation>
    </message>
    <message>
        <source>Move this file out of the public website folder. Anyone can download it. A database copy holds your site&apos;s settings, often with passwords and keys.</source>
        <translation>Sposta questo file fuori dalla cartella pubblica del sito web. Chiunque può scaricarlo. Una copia del database contiene le impostazioni del sito, spesso con password e chiavi.</translation>
    </message>
    <message>
        <source>Move this file out of the public website folder. Anyone can download it. A backup holds all your site&apos;s files, with their passwords and keys.</source>
        <translation>Sposta questo file fuori dalla cartella pubblica del sito web. Chiunque può scaricarlo. Un backup contiene tutti i file del sito, con le loro password e chiavi.</translation>
    </message>
    <message>
        <source>Change this password where the code is stored (GitHub, GitLab, ...). Then remove it from the address in this file.</source>
        <translation>Cambia questa password dove è conservato il codice (GitHub, GitLab, ...). Poi toglila dall&apos;indirizzo in questo file.</translation>
    </message>
    <message>
        <source>This is the key you are using now.</source>
        <translation>Questa è la chiave che stai usando ora.</translation>
    </message>
    <message>
        <source>This is key %1 of your account.</source>
        <translation>Questa è la chiave %1 del tuo account.</translation>
    </message>
    <message>
        <source>an earlier webhook signing key of this account (it is not the current one)</source>
        <translation>una precedente chiave di firma dei webhook di questo account (non quella attuale)</translation>
    </message>
    <message>
        <source>the webhook signing key of this account</source>
        <translation>la chiave di firma dei webhook di questo account</translation>
    </message>
    <message>
        <source>This is none of the keys your account lists now. It may be: a deleted or expired key of this account; %1; a key of a subaccount; a key of another Mailgun account; a sending key for one domain that was deleted. Treat it as a working key until you know which.</source>
        <translation>Non è nessuna delle chiavi che il tuo account elenca ora. Potrebbe essere: una chiave eliminata o scaduta di questo account; %1; una chiave di un sottoaccount; una chiave di un altro account Mailgun; una chiave di invio per un solo dominio che è stata eliminata. Trattala come una chiave funzionante finché non sai quale sia.</translation>
    </message>
    <message>
        <source>This is an older kind of key (it starts with &quot;key-&quot;). Mailgun&apos;s key list does not show which entry belongs to such a key, so the program cannot tell which of your keys it is. Treat it as a working key of your account.</source>
        <translation>Questa è una chiave di tipo vecchio (inizia con “key-”). L&apos;elenco delle chiavi di Mailgun non mostra quale voce appartiene a una chiave di questo tipo, quindi il programma non può capire quale delle tue chiavi sia. Trattala come una chiave funzionante del tuo account.</translation>
    </message>
    <message>
        <source>Your account lists this key as a sending key for %1 (key %2).</source>
        <translation>Il tuo account elenca questa chiave come chiave di invio per %1 (chiave %2).</translation>
    </message>
    <message>
        <source>It is exactly your account&apos;s current webhook signing key.</source>
        <translation>È proprio l&apos;attuale chiave di firma dei webhook del tuo account.</translation>
    </message>
    <message>
        <source>A word such as &quot;example&quot; stands before it, but the value looks like a real key. Check it.</source>
        <translation>Prima c&apos;è una parola come “example”, ma il valore sembra una chiave vera. Controllala.</translation>
    </message>
    <message>
        <source>Nothing in this file mentions Mailgun, so it may be a key of another service.</source>
        <translation>In questo file non si parla mai di Mailgun, quindi potrebbe essere una chiave di un altro servizio.</translation>
    </message>
    <message>
        <source>It is in a script, and nothing near it mentions Mailgun. It may be another kind of code. Check it.</source>
        <translation>Si trova in uno script e vicino non si parla di Mailgun. Potrebbe essere un altro tipo di codice. Controllala.</translation>
    </message>
</context>
<context>
    <name>LookAlikeSummaryText</name>
    <message numerus="yes">
        <source>%n value(s) that look like a Mailgun key are not listed as findings: each is in a script that never mentions Mailgun, where such values are almost always part of the script. If you ever put a key in a script, look here:</source>
        <translation>
            <numerusform>%n valore che sembra una chiave Mailgun non è elencato tra i risultati: si trova in uno script che non menziona mai Mailgun, dove valori simili fanno quasi sempre parte dello script. Se hai mai messo una chiave in uno script, guarda qui:</numerusform>
            <numerusform>%n valori che sembrano una chiave Mailgun non sono elencati tra i risultati: ognuno si trova in uno script che non menziona mai Mailgun, dove valori simili fanno quasi sempre parte dello script. Se hai mai messo una chiave in uno script, guarda qui:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>The PDF could not be made here. Save the report as HTML or Markdown.</source>
        <translation>Qui non è stato possibile creare il PDF. Salva il rapporto in HTML o Markdown.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Non è stato possibile scrivere il PDF.</translation>
    </message>
</context>
<context>
    <name>PracticeServer</name>
    <message>
        <source>The practice account could not listen on 127.0.0.1 port %1. Another program may be using it; choose another port.</source>
        <translation>L&apos;account di prova non è riuscito ad aprire la porta %1 su 127.0.0.1. Forse la sta usando un altro programma; scegli un&apos;altra porta.</translation>
    </message>
</context>
<context>
    <name>PracticeServerCommand</name>
    <message>
        <source>The practice account is running. Press Ctrl+C to stop it.</source>
        <translation>L&apos;account di prova è in funzione. Premi Ctrl+C per fermarlo.</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>CRITICAL</source>
        <translation>CRITICO</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>ALTO</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>MEDIO</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>BASSO</translation>
    </message>
    <message>
        <source>The content looks like %1.</source>
        <translation>Il contenuto sembra %1.</translation>
    </message>
    <message>
        <source>Found in it: %1 %2</source>
        <translation>Trovato al suo interno: %1 %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Cosa fare: %1</translation>
    </message>
    <message>
        <source>Only check websites that are yours. If these sites are yours, run the command again with --i-own-this-site. Nothing was sent.</source>
        <translation>Controlla solo siti web che sono tuoi. Se questi siti sono tuoi, esegui di nuovo il comando con --i-own-this-site. Non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>Give the address of your website, for example: mailgun-recovery probe https://www.example.com --i-own-this-site</source>
        <translation>Indica l&apos;indirizzo del tuo sito web, per esempio: mailgun-recovery probe https://www.example.com --i-own-this-site</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Non controllato: %1</translation>
    </message>
    <message>
        <source>None of these is a website address. Nothing was sent.</source>
        <translation>Nessuno di questi è un indirizzo di sito web. Non è stato inviato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n site(s)</source>
        <translation>
            <numerusform>Controllato %n sito</numerusform>
            <numerusform>Controllati %n siti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n request(s).</source>
        <translation>
            <numerusform>con %n richiesta.</numerusform>
            <numerusform>con %n richieste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Impossibile controllare: %1</translation>
    </message>
    <message>
        <source>No files or pages that leak passwords or keys were found.</source>
        <translation>Non sono stati trovati file o pagine che fanno trapelare password o chiavi.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n thing(s) anyone can open:</source>
        <translation>
            <numerusform>Trovato %n elemento che chiunque può aprire:</numerusform>
            <numerusform>Trovati %n elementi che chiunque può aprire:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n address(es)…</source>
        <translation>
            <numerusform>Indirizzi controllati: %1 su %n…</numerusform>
            <numerusform>Indirizzi controllati: %1 su %n…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeContent</name>
    <message>
        <source>a settings file (.env)</source>
        <translation>un file di impostazioni (.env)</translation>
    </message>
    <message>
        <source>PHP program code</source>
        <translation>codice di programma PHP</translation>
    </message>
    <message>
        <source>a data file (JSON)</source>
        <translation>un file di dati (JSON)</translation>
    </message>
    <message>
        <source>a settings file (YAML)</source>
        <translation>un file di impostazioni (YAML)</translation>
    </message>
    <message>
        <source>a copy of a database (SQL)</source>
        <translation>una copia di un database (SQL)</translation>
    </message>
    <message>
        <source>a settings file (INI)</source>
        <translation>un file di impostazioni (INI)</translation>
    </message>
    <message>
        <source>a data file (XML)</source>
        <translation>un file di dati (XML)</translation>
    </message>
    <message>
        <source>a web page (HTML)</source>
        <translation>una pagina web (HTML)</translation>
    </message>
    <message>
        <source>a script (JavaScript)</source>
        <translation>uno script (JavaScript)</translation>
    </message>
    <message>
        <source>a temporary file of the Vim text editor</source>
        <translation>un file temporaneo dell&apos;editor di testo Vim</translation>
    </message>
    <message>
        <source>an archive or another file that is not text</source>
        <translation>un archivio o un altro file che non è testo</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>testo semplice</translation>
    </message>
</context>
<context>
    <name>RecoverySession</name>
    <message>
        <source>This copy of the program has no practice account.</source>
        <translation>Questa copia del programma non ha un account di prova.</translation>
    </message>
    <message>
        <source>%1 The program remembers it until you close it, but a restart and the report will not know it. Make room on the disk (or make the folder writable).</source>
        <translation>%1 Il programma se ne ricorda finché non lo chiudi, ma dopo un riavvio non lo saprà più e il rapporto non lo conterrà. Libera spazio sul disco (o rendi la cartella scrivibile).</translation>
    </message>
</context>
<context>
    <name>RecoveryStep</name>
    <message>
        <source>Find the leak</source>
        <translation>Trova la falla</translation>
    </message>
    <message>
        <source>Replace the API key</source>
        <translation>Sostituisci la chiave API</translation>
    </message>
    <message>
        <source>Reset SMTP passwords</source>
        <translation>Reimposta le password SMTP</translation>
    </message>
    <message>
        <source>Reset user passwords</source>
        <translation>Reimposta le password degli utenti</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Attiva l&apos;accesso a due fattori</translation>
    </message>
    <message>
        <source>Report to Mailgun</source>
        <translation>Segnala a Mailgun</translation>
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
        <translation>Interrompi per ora</translation>
    </message>
    <message>
        <source>Your progress was not saved</source>
        <translation>I tuoi progressi non sono stati salvati</translation>
    </message>
    <message>
        <source>Stop for now?</source>
        <translation>Interrompere per ora?</translation>
    </message>
    <message>
        <source>Do you want to stop for now?</source>
        <translation>Vuoi interrompere per ora?</translation>
    </message>
    <message>
        <source>The assistant remembers where you were. Start it again to go on.</source>
        <translation>L&apos;assistente ricorda dove eri arrivato. Avvialo di nuovo per continuare.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Vai avanti</translation>
    </message>
    <message>
        <source>Not Mailgun: this assistant sends your API key and every request to %1. Close it unless you chose this address yourself.</source>
        <translation>Non è Mailgun: questo assistente invia la tua chiave API e ogni richiesta a %1. Chiudilo, a meno che tu non abbia scelto questo indirizzo.</translation>
    </message>
    <message>
        <source>Not Mailgun: this assistant sends your API key and every request to %1 (US) and %2 (EU). Close it unless you chose these addresses yourself.</source>
        <translation>Non è Mailgun: questo assistente invia la tua chiave API e ogni richiesta a %1 (US) e %2 (EU). Chiudilo, a meno che tu non abbia scelto questi indirizzi.</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>European Union (EU)</source>
        <extracomment>One of Mailgun&apos;s two regions (data centres); keep the code EU in brackets, as in the Control Panel.</extracomment>
        <translation>Unione Europea (EU)</translation>
    </message>
    <message>
        <source>United States (US)</source>
        <translation>Stati Uniti (US)</translation>
    </message>
</context>
<context>
    <name>ReportActionText</name>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Non riuscito (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 su %2 (%3)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniziato</translation>
    </message>
    <message>
        <source>Opened the password reset page for %1.</source>
        <translation>Aperta la pagina per reimpostare la password di %1.</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(nascosto)</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot;.</source>
        <translation>Registrato “%1”.</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot;: %2.</source>
        <translation>Registrato “%1”: %2.</translation>
    </message>
    <message>
        <source>No answer was recorded: the program may have been closed while it waited</source>
        <translation>Non è stata registrata nessuna risposta: forse il programma è stato chiuso mentre aspettava</translation>
    </message>
    <message>
        <source>Asked Mailgun to create a new private API key (marked %1 in its description).</source>
        <translation>Chiesto a Mailgun di creare una nuova chiave API privata (contrassegnata con %1 nella descrizione).</translation>
    </message>
    <message>
        <source>Asked Mailgun to delete the old API key %1.</source>
        <translation>Chiesto a Mailgun di eliminare la vecchia chiave API %1.</translation>
    </message>
    <message>
        <source>Asked Mailgun to set a new SMTP password for %1.</source>
        <translation>Chiesto a Mailgun di impostare una nuova password SMTP per %1.</translation>
    </message>
    <message>
        <source>Asked Mailgun to remove %1.</source>
        <translation>Chiesto a Mailgun di rimuovere %1.</translation>
    </message>
    <message>
        <source>Asked Mailgun to delete the SMTP login %1.</source>
        <translation>Chiesto a Mailgun di eliminare il login SMTP %1.</translation>
    </message>
    <message>
        <source>Set the start of the incident to %1.</source>
        <translation>Inizio dell&apos;incidente impostato a %1.</translation>
    </message>
    <message>
        <source>The admin confirmed: &quot;%1&quot;.</source>
        <translation>L&apos;amministratore ha confermato: “%1”.</translation>
    </message>
    <message>
        <source>Confirmed by the admin</source>
        <translation>Confermato dall&apos;amministratore</translation>
    </message>
    <message>
        <source>The admin took back the confirmation: &quot;%1&quot;.</source>
        <translation>L&apos;amministratore ha ritirato la conferma: “%1”.</translation>
    </message>
    <message>
        <source>the route %1 of the %2 region, which matched %3 and did: %4</source>
        <translation>la route %1 della regione %2, che corrispondeva a %3 e faceva questo: %4</translation>
    </message>
    <message>
        <source>the account webhook of the %1 region that sent %2 to %3</source>
        <translation>il webhook dell&apos;account della regione %1 che inviava %2 a %3</translation>
    </message>
    <message>
        <source>the copy of every message of %1 sent to %2</source>
        <translation>la copia di ogni messaggio di %1 inviata a %2</translation>
    </message>
    <message>
        <source>the %1 webhook of %2 that sent to %3</source>
        <translation>il webhook %1 di %2 che inviava a %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <source>the change did not take effect</source>
        <translation>la modifica non ha avuto effetto</translation>
    </message>
    <message>
        <source>Tried to remove %1.</source>
        <translation>Tentata la rimozione di %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Rimosso %1.</translation>
    </message>
    <message numerus="yes">
        <source>Started replacing the private API key: a new key with the role &quot;%1&quot; is made first, then %n old key(s) are deleted.</source>
        <translation>
            <numerusform>Iniziata la sostituzione della chiave API privata: prima viene creata una nuova chiave con il ruolo “%1”, poi viene eliminata %n vecchia chiave.</numerusform>
            <numerusform>Iniziata la sostituzione della chiave API privata: prima viene creata una nuova chiave con il ruolo “%1”, poi vengono eliminate %n vecchie chiavi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys to delete: %1.</source>
        <translation>Chiavi da eliminare: %1.</translation>
    </message>
    <message>
        <source>Created a new private API key (id %1).</source>
        <translation>Creata una nuova chiave API privata (ID %1).</translation>
    </message>
    <message>
        <source>Stored the new key (id %1) in this computer&apos;s keychain and read it back.</source>
        <translation>Salvata la nuova chiave (ID %1) nel portachiavi di questo computer e riletta per controllo.</translation>
    </message>
    <message>
        <source>Tried to store the new key (id %1) in this computer&apos;s keychain.</source>
        <translation>Tentato il salvataggio della nuova chiave (ID %1) nel portachiavi di questo computer.</translation>
    </message>
    <message>
        <source>The admin confirmed that they saved the new key (id %1) themselves.</source>
        <translation>L&apos;amministratore ha confermato di aver salvato personalmente la nuova chiave (ID %1).</translation>
    </message>
    <message>
        <source>Checked with Mailgun that the new key (id %1) works.</source>
        <translation>Verificato con Mailgun che la nuova chiave (ID %1) funziona.</translation>
    </message>
    <message>
        <source>Deleted a half-made key (id %1) left over from an earlier try.</source>
        <translation>Eliminata una chiave creata a metà (ID %1) rimasta da un tentativo precedente.</translation>
    </message>
    <message>
        <source>Deleted the old API key %1.</source>
        <translation>Eliminata la vecchia chiave API %1.</translation>
    </message>
    <message>
        <source>Tried to delete the old API key %1.</source>
        <translation>Tentata l&apos;eliminazione della vecchia chiave API %1.</translation>
    </message>
    <message>
        <source>Finished replacing the private API key. The new key is %1.</source>
        <translation>Completata la sostituzione della chiave API privata. La nuova chiave è %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) deleted.</source>
        <translation>
            <numerusform>%n vecchia chiave eliminata.</numerusform>
            <numerusform>%n vecchie chiavi eliminate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there: %1.</source>
        <translation>Ancora presenti: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) could not be deleted</source>
        <translation>
            <numerusform>non è stato possibile eliminare %n vecchia chiave</numerusform>
            <numerusform>non è stato possibile eliminare %n vecchie chiavi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started resetting the SMTP passwords of %n login(s).</source>
        <translation>
            <numerusform>Iniziata la reimpostazione della password SMTP di %n login.</numerusform>
            <numerusform>Iniziata la reimpostazione delle password SMTP di %n login.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logins: %1.</source>
        <translation>Login: %1.</translation>
    </message>
    <message>
        <source>Started resetting SMTP logins: %1 get a new password, %2 will be deleted.</source>
        <translation>Iniziata la reimpostazione dei login SMTP. Nuova password: %1; da eliminare: %2.</translation>
    </message>
    <message>
        <source>Made a new SMTP password for %1. The keychain was not available, so it was shown to the admin once instead.</source>
        <translation>Creata una nuova password SMTP per %1. Il portachiavi non era disponibile, quindi è stata mostrata una volta all&apos;amministratore.</translation>
    </message>
    <message>
        <source>Shown to the admin</source>
        <translation>Mostrata all&apos;amministratore</translation>
    </message>
    <message>
        <source>Stored a new SMTP password for %1 in this computer&apos;s keychain.</source>
        <translation>Salvata una nuova password SMTP per %1 nel portachiavi di questo computer.</translation>
    </message>
    <message>
        <source>Set a new SMTP password for %1.</source>
        <translation>Impostata una nuova password SMTP per %1.</translation>
    </message>
    <message>
        <source>Tried to set a new SMTP password for %1.</source>
        <translation>Tentata l&apos;impostazione di una nuova password SMTP per %1.</translation>
    </message>
    <message>
        <source>Mailgun did not answer clearly: the change may have been made.</source>
        <translation>Mailgun non ha risposto in modo chiaro: la modifica potrebbe essere stata fatta.</translation>
    </message>
    <message>
        <source>Deleted the SMTP login %1.</source>
        <translation>Eliminato il login SMTP %1.</translation>
    </message>
    <message>
        <source>Tried to delete the SMTP login %1.</source>
        <translation>Tentata l&apos;eliminazione del login SMTP %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n login(s) failed</source>
        <translation>
            <numerusform>%n login non riuscito</numerusform>
            <numerusform>%n login non riusciti</numerusform>
        </translation>
    </message>
    <message>
        <source>Tried the deleted key %1 once more with a harmless read, right after the new key passed the same read: Mailgun refused it (HTTP %2).</source>
        <translation>Riprovata la chiave eliminata %1 con una lettura innocua, subito dopo che la nuova chiave aveva superato la stessa lettura: Mailgun l&apos;ha rifiutata (HTTP %2).</translation>
    </message>
    <message>
        <source>Tried the old key %1 once more with a harmless read: it STILL WORKS (HTTP %2).</source>
        <translation>Riprovata la vecchia chiave %1 con una lettura innocua: FUNZIONA ANCORA (HTTP %2).</translation>
    </message>
    <message>
        <source>the key still works</source>
        <translation>la chiave funziona ancora</translation>
    </message>
    <message>
        <source>The sending key %1 was deleted from the key list. A sending key cannot be tested without sending.</source>
        <translation>La chiave di invio %1 è stata eliminata dall&apos;elenco delle chiavi. Una chiave di invio non si può provare senza inviare.</translation>
    </message>
    <message>
        <source>Tried to test the old key %1 once more.</source>
        <translation>Tentata una nuova prova della vecchia chiave %1.</translation>
    </message>
    <message>
        <source>could not be checked: the new key did not get through either</source>
        <translation>non è stato possibile controllarla: anche la nuova chiave non è passata</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>non è stato possibile controllarla</translation>
    </message>
    <message>
        <source>Finished resetting SMTP passwords: %1, %2, %3 failed.</source>
        <translation>Completata la reimpostazione delle password SMTP: %1, %2, non riusciti: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n new password(s)</source>
        <translation>
            <numerusform>%n nuova password</numerusform>
            <numerusform>%n nuove password</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n login(s) deleted</source>
        <translation>
            <numerusform>%n login eliminato</numerusform>
            <numerusform>%n login eliminati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked the %n user(s) of the account. New password since the incident began: %1. Two-factor sign-in (2FA) on: %2.</source>
        <translation>
            <numerusform>Controllato %n utente dell&apos;account. Nuova password dall&apos;inizio dell&apos;incidente: %1. Accesso a due fattori (2FA) attivo: %2.</numerusform>
            <numerusform>Controllati gli %n utenti dell&apos;account. Nuova password dall&apos;inizio dell&apos;incidente: %1. Accesso a due fattori (2FA) attivo: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked %1 (%2) again: you asked for %3; Mailgun now has %4.</source>
        <extracomment>%1 is what was checked (e.g. a route&apos;s forwarding address), %2 the route or webhook, %3 what the admin asked for and %4 what Mailgun has now (&quot;nothing&quot; when empty).</extracomment>
        <translation>Ricontrollato %1 (%2): hai chiesto %3; ora Mailgun ha %4.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The format &quot;%1&quot; is not known. Use md, html or pdf.</source>
        <translation>Il formato &quot;%1&quot; non è noto. Usa md, html o pdf.</translation>
    </message>
    <message>
        <source>A PDF must go to a file: add -o FILE, for example -o report.pdf</source>
        <translation>Un PDF deve andare in un file: aggiungi -o FILE, per esempio -o report.pdf</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Il rapporto è stato salvato in %1.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Non è stato possibile salvare il rapporto in %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>&lt;b&gt;Your report for Mailgun support&lt;/b&gt;</source>
        <translation>&lt;b&gt;Il tuo rapporto per l&apos;assistenza di Mailgun&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The program wrote this report from what it recorded on this computer. It holds no key and no password. Save it as a PDF or copy it, open Mailgun support, start a new ticket and attach or paste it.</source>
        <translation>Il programma ha scritto questo rapporto in base a ciò che ha registrato su questo computer. Non contiene chiavi né password. Salvalo come PDF o copialo, apri l&apos;assistenza di Mailgun, apri una nuova richiesta (ticket) e allegalo o incollalo.</translation>
    </message>
    <message>
        <source>Preview of the report for Mailgun support</source>
        <translation>Anteprima del rapporto per l&apos;assistenza di Mailgun</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Salva il rapporto come file PDF</translation>
    </message>
    <message>
        <source>Save as HTML…</source>
        <translation>Salva come HTML…</translation>
    </message>
    <message>
        <source>Save the report as a web page file</source>
        <translation>Salva il rapporto come file di pagina web</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Salva come Markdown…</translation>
    </message>
    <message>
        <source>Save the report as a Markdown text file</source>
        <translation>Salva il rapporto come file di testo Markdown</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copia il rapporto</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>Copia il rapporto negli appunti</translation>
    </message>
    <message>
        <source>Open Mailgun support</source>
        <translation>Apri l&apos;assistenza di Mailgun</translation>
    </message>
    <message>
        <source>Open Mailgun&apos;s support page in the web browser</source>
        <translation>Apri la pagina di assistenza di Mailgun nel browser web</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Pagina web (*.html)</translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation>Testo Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save the report for Mailgun support</source>
        <translation>Salva il rapporto per l&apos;assistenza di Mailgun</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Il rapporto è stato salvato in %1.</translation>
    </message>
    <message>
        <source>The report is copied. Paste it into the message of your support ticket.</source>
        <translation>Il rapporto è stato copiato. Incollalo nel messaggio della tua richiesta di assistenza.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s support page opened in your web browser. Sign in, start a new ticket, and attach or paste the report.</source>
        <translation>La pagina di assistenza di Mailgun si è aperta nel browser web. Accedi, apri una nuova richiesta (ticket) e allega o incolla il rapporto.</translation>
    </message>
    <message>
        <source>The web browser could not be opened. Go to %1 yourself.</source>
        <translation>Non è stato possibile aprire il browser web. Vai tu su %1.</translation>
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
        <translation>“%1” (ID %2)</translation>
    </message>
    <message>
        <source>Disabled by the program on %1.</source>
        <translation>Disattivato dal programma il %1.</translation>
    </message>
    <message>
        <source>The program tried to disable it on %1; Mailgun did not confirm it (status: %2).</source>
        <translation>Il programma ha provato a disattivarlo il %1; Mailgun non l&apos;ha confermato (stato: %2).</translation>
    </message>
    <message>
        <source>The program asked Mailgun to disable it on %1; no answer was recorded.</source>
        <translation>Il programma ha chiesto a Mailgun di disattivarlo il %1; non è stata registrata nessuna risposta.</translation>
    </message>
    <message>
        <source>Subaccounts</source>
        <translation>Sottoaccount</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>creato il %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>stato %1</translation>
    </message>
    <message>
        <source>The program did not change it.</source>
        <translation>Il programma non l&apos;ha modificato.</translation>
    </message>
    <message>
        <source>Reviewed what the subaccount %1 holds.</source>
        <translation>Controllato cosa contiene il sottoaccount %1.</translation>
    </message>
    <message>
        <source>Asked Mailgun to disable the subaccount %1.</source>
        <translation>Chiesto a Mailgun di disattivare il sottoaccount %1.</translation>
    </message>
    <message>
        <source>Disabled the subaccount %1.</source>
        <translation>Disattivato il sottoaccount %1.</translation>
    </message>
    <message>
        <source>Tried to disable the subaccount %1.</source>
        <translation>Tentata la disattivazione del sottoaccount %1.</translation>
    </message>
    <message>
        <source>Mailgun no longer lists it</source>
        <translation>Mailgun non lo elenca più</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>Mailgun account recovery report</source>
        <translation>Rapporto sul ripristino dell&apos;account Mailgun</translation>
    </message>
    <message>
        <source>PRACTICE: this report describes the practice account, a simulation on this computer. Do not send it to Mailgun.</source>
        <translation>PROVA: questo rapporto descrive l&apos;account di prova, una simulazione su questo computer. Non inviarlo a Mailgun.</translation>
    </message>
    <message>
        <source>Not known to the program</source>
        <translation>Non noto al programma</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>Proprietario: %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domini</translation>
    </message>
    <message>
        <source>%1 in the US region, %2 in the EU region</source>
        <translation>%1 nella regione US, %2 nella regione EU</translation>
    </message>
    <message>
        <source>API key used for this work</source>
        <translation>Chiave API usata per questo lavoro</translation>
    </message>
    <message>
        <source>id %1, role %2</source>
        <translation>ID %1, ruolo %2</translation>
    </message>
    <message>
        <source>Incident began</source>
        <translation>Inizio dell&apos;incidente</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Rapporto creato</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Creato con</translation>
    </message>
    <message>
        <source>Nothing is still open.</source>
        <translation>Non resta nulla in sospeso.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Ancora in sospeso</translation>
    </message>
    <message>
        <source>Nothing is open: every step is done.</source>
        <translation>Non c&apos;è nulla in sospeso: tutti i passi sono completati.</translation>
    </message>
    <message>
        <source>How the credentials may have leaked (step 1)</source>
        <translation>Come potrebbero essere trapelate le credenziali (passo 1)</translation>
    </message>
    <message>
        <source>The program recorded no findings. The admin may have investigated by hand.</source>
        <translation>Il programma non ha registrato nessun risultato. Forse l&apos;amministratore ha indagato a mano.</translation>
    </message>
    <message>
        <source>Actions taken, in order</source>
        <translation>Azioni svolte, in ordine</translation>
    </message>
    <message>
        <source>No action has been recorded yet.</source>
        <translation>Non è stata ancora registrata nessuna azione.</translation>
    </message>
    <message>
        <source>Users of the account</source>
        <translation>Utenti dell&apos;account</translation>
    </message>
    <message>
        <source>The program has not checked the users yet. Their passwords and two-factor sign-in must be checked in the Control Panel.</source>
        <translation>Il programma non ha ancora controllato gli utenti. Le loro password e l&apos;accesso a due fattori vanno controllati nel Control Panel.</translation>
    </message>
    <message>
        <source>As Mailgun listed them on %1. &quot;Changed&quot; means after the incident began.</source>
        <translation>Come li elencava Mailgun il %1. “Cambiata” significa dopo l&apos;inizio dell&apos;incidente.</translation>
    </message>
    <message>
        <source>Also asked by Mailgun&apos;s procedure</source>
        <translation>Richiesto anche dalla procedura di Mailgun</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Informazioni su questo rapporto</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>What the program saw</source>
        <translation>Cosa ha visto il programma</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Value (masked)</source>
        <translation>Valore (mascherato)</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Ora (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password cambiata</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Accesso a due fattori</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>In progress (%1 of %2 confirmed)</source>
        <translation>In corso (%1 di %2 confermati)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non iniziato</translation>
    </message>
    <message>
        <source>On the admin&apos;s computer</source>
        <translation>Sul computer dell&apos;amministratore</translation>
    </message>
    <message>
        <source>On the website</source>
        <translation>Sul sito web</translation>
    </message>
    <message>
        <source>In the Mailgun account</source>
        <translation>Nell&apos;account Mailgun</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, riga %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critico</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basso</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informazione</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>(account owner)</source>
        <translation>(proprietario dell&apos;account)</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>data sconosciuta</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Sì (%1)</translation>
    </message>
    <message>
        <source>No (last change: %1)</source>
        <translation>No (ultima modifica: %1)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Non attivo</translation>
    </message>
    <message>
        <source>Contact the hosting provider (or the web developer) so they check the website and the server for the way in.</source>
        <translation>Contatta il fornitore dell&apos;hosting (o lo sviluppatore del sito) perché controlli il sito web e il server e trovi da dove sono entrati.</translation>
    </message>
    <message>
        <source>Check public code repositories (GitHub, GitLab, Bitbucket) for keys or passwords, and replace any that were there.</source>
        <translation>Cerca chiavi o password nei repository di codice pubblici (GitHub, GitLab, Bitbucket) e sostituisci quelle che c&apos;erano.</translation>
    </message>
    <message>
        <source>Done, confirmed by the admin</source>
        <translation>Fatto, confermato dall&apos;amministratore</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Non ancora confermato</translation>
    </message>
    <message>
        <source>This report holds no key and no password. Values found are shown masked: only their first 4 and last 4 characters.</source>
        <translation>Questo rapporto non contiene chiavi né password. I valori trovati sono mostrati mascherati: solo i primi 4 e gli ultimi 4 caratteri.</translation>
    </message>
    <message>
        <source>Times are in UTC.</source>
        <translation>Gli orari sono in UTC.</translation>
    </message>
    <message>
        <source>It was made by the Mailgun Recovery Assistant from the record it keeps on the admin&apos;s computer. Work done by hand in the Control Panel shows as the admin&apos;s confirmations.</source>
        <translation>È stato creato dal Mailgun Recovery Assistant in base al registro che tiene sul computer dell&apos;amministratore. Il lavoro fatto a mano nel Control Panel compare come conferme dell&apos;amministratore.</translation>
    </message>
</context>
<context>
    <name>ResetLinkCountdown</name>
    <message>
        <source>%1 left</source>
        <translation>Mancano %1</translation>
    </message>
    <message>
        <source>The reset link that Mailgun emails works for 20 minutes. This is about how long is left.</source>
        <translation>Il link di reimpostazione che Mailgun invia per email vale 20 minuti. Questo è all&apos;incirca il tempo che resta.</translation>
    </message>
    <message>
        <source>Expired: ask again</source>
        <translation>Scaduto: richiedilo di nuovo</translation>
    </message>
    <message>
        <source>The reset link has expired. Click the reset button again to get a new email.</source>
        <translation>Il link di reimpostazione è scaduto. Fai di nuovo clic sul pulsante di reimpostazione per ricevere una nuova email.</translation>
    </message>
    <message>
        <source>Reset link expired. Ask for a new one.</source>
        <translation>Link di reimpostazione scaduto. Chiedine uno nuovo.</translation>
    </message>
    <message>
        <source>Reset link: %1 and %2 left</source>
        <translation>Link di reimpostazione: mancano %1 e %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetSmtpCommand</name>
    <message>
        <source>An SMTP password reset was interrupted; continuing it with its own list of logins.</source>
        <translation>Una reimpostazione delle password SMTP era stata interrotta; la riprendo con il suo elenco di login.</translation>
    </message>
    <message>
        <source>Continue the interrupted reset?</source>
        <translation>Continuare la reimpostazione interrotta?</translation>
    </message>
    <message>
        <source>Reading your domains and their SMTP logins…</source>
        <translation>Lettura dei tuoi domini e dei loro login SMTP…</translation>
    </message>
    <message>
        <source>%1 is the postmaster login, which Mailgun never deletes. It gets a new password instead; leave it out of --delete.</source>
        <translation>%1 è il login postmaster, che Mailgun non elimina mai. Riceve invece una nuova password; non metterlo in --delete.</translation>
    </message>
    <message>
        <source>There is no SMTP login %1 on the domains read.</source>
        <translation>Nei domini letti non c&apos;è nessun login SMTP %1.</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Non letto: %1</translation>
    </message>
    <message>
        <source>There are no SMTP logins to reset.</source>
        <translation>Non ci sono login SMTP da reimpostare.</translation>
    </message>
    <message>
        <source>new password</source>
        <extracomment>First column of the login table on the command line: this login gets a new password.</extracomment>
        <translation>nuova password</translation>
    </message>
    <message>
        <source>new since the incident</source>
        <translation>nuovo dopo l&apos;incidente</translation>
    </message>
    <message>
        <source>SMTP logins:</source>
        <translation>Login SMTP:</translation>
    </message>
    <message>
        <source>New passwords: %1. Deleted logins: %2. Apps using the old passwords stop sending until you give them the new ones.</source>
        <translation>Nuove password: %1. Login eliminati: %2. Le app che usano le vecchie password smettono di inviare finché non dai loro quelle nuove.</translation>
    </message>
    <message>
        <source>There is no keychain to keep the new passwords in. Save each one now, for example in your password manager:</source>
        <translation>Non c&apos;è un portachiavi in cui conservare le nuove password. Salvale subito una per una, per esempio nel tuo gestore di password:</translation>
    </message>
    <message>
        <source>%1 (server %2, port 587): %3</source>
        <translation>%1 (server %2, porta 587): %3</translation>
    </message>
    <message>
        <source>new password; server %1, port 587</source>
        <translation>nuova password; server %1, porta 587</translation>
    </message>
    <message>
        <source>kept in the keychain, entry %1</source>
        <translation>conservata nel portachiavi, voce %1</translation>
    </message>
    <message>
        <source>not in the keychain</source>
        <translation>non nel portachiavi</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>password: %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminato</translation>
    </message>
    <message>
        <source>not done: %1</source>
        <translation>non fatto: %1</translation>
    </message>
    <message>
        <source>not started; the old password still works</source>
        <translation>non iniziato; la vecchia password funziona ancora</translation>
    </message>
    <message>
        <source>Done. Put the new passwords into every website and app that sends email with them.</source>
        <translation>Fatto. Inserisci le nuove password in ogni sito web e app che le usa per inviare email.</translation>
    </message>
    <message>
        <source>Not everything was done. Run the command again: it goes on where it stopped, with the same new passwords.</source>
        <translation>Non è stato fatto tutto. Esegui di nuovo il comando: riprende da dove si è fermato, con le stesse nuove password.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n login(s) done</source>
        <translation>
            <numerusform>Login completati: %1 su %n</numerusform>
            <numerusform>Login completati: %1 su %n</numerusform>
        </translation>
    </message>
    <message>
        <source>delete</source>
        <extracomment>First column of the login table on the command line: this login will be deleted.</extracomment>
        <translation>elimina</translation>
    </message>
    <message numerus="yes">
        <source>Have you saved the %n new password(s) shown above? Mailgun gets them only after you answer %1. Until then the old passwords keep working.</source>
        <extracomment>%1 is the word the user types to confirm (&quot;yes&quot; in English).</extracomment>
        <translation>
            <numerusform>Nuova password mostrata sopra: %n. L&apos;hai salvata? Mailgun la riceve solo dopo che rispondi %1. Fino ad allora la vecchia password continua a funzionare.</numerusform>
            <numerusform>Nuove password mostrate sopra: %n. Le hai salvate? Mailgun le riceve solo dopo che rispondi %1. Fino ad allora le vecchie password continuano a funzionare.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message>
        <source>Started today.</source>
        <translation>Iniziato oggi.</translation>
    </message>
    <message>
        <source>Started yesterday.</source>
        <translation>Iniziato ieri.</translation>
    </message>
    <message numerus="yes">
        <source>Started %n days ago.</source>
        <translation>
            <numerusform>Iniziato %n giorno fa.</numerusform>
            <numerusform>Iniziato %n giorni fa.</numerusform>
        </translation>
    </message>
    <message>
        <source>You last worked on it today.</source>
        <translation>Ci hai lavorato l&apos;ultima volta oggi.</translation>
    </message>
    <message>
        <source>You last worked on it yesterday.</source>
        <translation>Ci hai lavorato l&apos;ultima volta ieri.</translation>
    </message>
    <message numerus="yes">
        <source>You last worked on it %n days ago.</source>
        <translation>
            <numerusform>Ci hai lavorato l&apos;ultima volta %n giorno fa.</numerusform>
            <numerusform>Ci hai lavorato l&apos;ultima volta %n giorni fa.</numerusform>
        </translation>
    </message>
    <message>
        <source>No step is finished yet.</source>
        <translation>Nessun passo è ancora completato.</translation>
    </message>
    <message numerus="yes">
        <source>All %n steps are done.</source>
        <translation>
            <numerusform>Tutti i passi sono completati (%n passo).</numerusform>
            <numerusform>Tutti i %n passi sono completati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: step %1.</source>
        <translation>Completato: passo %1.</translation>
    </message>
    <message>
        <source>Done: steps %1.</source>
        <translation>Completati: passi %1.</translation>
    </message>
    <message>
        <source>Replacing the API key stopped half way. The assistant will help you finish it safely.</source>
        <translation>La sostituzione della chiave API si è fermata a metà. L&apos;assistente ti aiuta a completarla in modo sicuro.</translation>
    </message>
    <message>
        <source>Next: step %1 (%2).</source>
        <translation>Prossimo: passo %1 (%2).</translation>
    </message>
    <message>
        <source>You can look at any step again, or make the report once more.</source>
        <translation>Puoi rivedere qualsiasi passo o creare di nuovo il rapporto.</translation>
    </message>
</context>
<context>
    <name>RotateKeyCommand</name>
    <message>
        <source>Creating the new key…</source>
        <translation>Creazione della nuova chiave…</translation>
    </message>
    <message>
        <source>Saving it in the keychain…</source>
        <translation>Salvataggio nel portachiavi…</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Verifica della nuova chiave…</translation>
    </message>
    <message>
        <source>Deleting old keys…</source>
        <translation>Eliminazione delle vecchie chiavi…</translation>
    </message>
    <message>
        <source>A key replacement was interrupted; continuing it.</source>
        <translation>Una sostituzione della chiave era stata interrotta; la riprendo.</translation>
    </message>
    <message>
        <source>The key you use is key %1: its own ending says so. --in-use-key-id %2 does not match it, so nothing was changed.</source>
        <translation>La chiave che usi è la chiave %1: lo dice la sua parte finale. --in-use-key-id %2 non corrisponde, quindi non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>None of your listed keys has the id %1, so nothing was changed. Run the command without --in-use-key-id to see the list.</source>
        <translation>Nessuna delle chiavi elencate ha l&apos;ID %1, quindi non è stato modificato nulla. Esegui il comando senza --in-use-key-id per vedere l&apos;elenco.</translation>
    </message>
    <message>
        <source>delete</source>
        <extracomment>First column of the key table on the command line: this key will be deleted.</extracomment>
        <translation>elimina</translation>
    </message>
    <message>
        <source>in use, as you said</source>
        <translation>in uso, come hai indicato</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in uso</translation>
    </message>
    <message>
        <source>new since the incident</source>
        <translation>nuova dopo l&apos;incidente</translation>
    </message>
    <message>
        <source>found exposed in step 1</source>
        <translation>trovata esposta al passo 1</translation>
    </message>
    <message>
        <source>flagged in step 1</source>
        <translation>segnalata al passo 1</translation>
    </message>
    <message>
        <source>Your API keys:</source>
        <translation>Le tue chiavi API:</translation>
    </message>
    <message>
        <source>The program cannot tell which of these keys is the one you use: older keys (they start with &quot;key-&quot;) do not show which entry is theirs. No key is marked as in use. If you know which one it is, run the command again with --in-use-key-id ID.</source>
        <translation>Il programma non riesce a capire quale di queste chiavi è quella che usi: le chiavi vecchio tipo (iniziano con &quot;key-&quot;) non mostrano quale voce è la loro. Nessuna chiave è segnata come in uso. Se sai qual è, esegui di nuovo il comando con --in-use-key-id ID.</translation>
    </message>
    <message>
        <source>Have you saved the new key %1 somewhere safe? Only then are the old keys deleted.</source>
        <translation>Hai salvato la nuova chiave %1 in un posto sicuro? Solo allora le vecchie chiavi vengono eliminate.</translation>
    </message>
    <message>
        <source>No old key was deleted. Run the command again with --print-secrets to have the new key printed once, or make the keychain available; the key made now is replaced then.</source>
        <translation>Nessuna vecchia chiave è stata eliminata. Esegui di nuovo il comando con --print-secrets per far stampare una volta la nuova chiave, oppure rendi disponibile il portachiavi; la chiave creata ora verrà allora sostituita.</translation>
    </message>
    <message>
        <source>The new key is not in the keychain. Save the key printed here, then run the command again to delete the old keys.</source>
        <translation>La nuova chiave non è nel portachiavi. Salva la chiave stampata qui, poi esegui di nuovo il comando per eliminare le vecchie chiavi.</translation>
    </message>
    <message>
        <source>The new key (shown once): %1</source>
        <translation>La nuova chiave (mostrata una sola volta): %1</translation>
    </message>
    <message>
        <source>Save the new key printed above somewhere safe (a password manager). Have you saved it? Only then are the old keys deleted.</source>
        <translation>Salva in un posto sicuro (un gestore di password) la nuova chiave stampata sopra. L&apos;hai salvata? Solo allora le vecchie chiavi vengono eliminate.</translation>
    </message>
    <message>
        <source>No old key was deleted. Run the command again once the new key is saved, or with the new key itself (MAILGUN_API_KEY or --key-file).</source>
        <translation>Nessuna vecchia chiave è stata eliminata. Esegui di nuovo il comando quando la nuova chiave è salvata, oppure con la nuova chiave stessa (MAILGUN_API_KEY o --key-file).</translation>
    </message>
    <message>
        <source>New key: %1</source>
        <translation>Nuova chiave: %1</translation>
    </message>
    <message>
        <source>Kept in the keychain &quot;%1&quot;, entry %2.</source>
        <translation>Conservata nel portachiavi &quot;%1&quot;, voce %2.</translation>
    </message>
    <message>
        <source>Not kept in the keychain: you saved it yourself.</source>
        <translation>Non conservata nel portachiavi: l&apos;hai salvata tu.</translation>
    </message>
    <message>
        <source>Not kept in the keychain.</source>
        <translation>Non conservata nel portachiavi.</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Eliminate: %1</translation>
    </message>
    <message>
        <source>Still alive, delete by hand in the Control Panel: %1</source>
        <translation>Ancora attive, eliminale a mano nel Control Panel: %1</translation>
    </message>
    <message>
        <source>Now put the new key into every website and app that used the old one.</source>
        <translation>Ora inserisci la nuova chiave in ogni sito web e app che usava quella vecchia.</translation>
    </message>
    <message>
        <source>keep</source>
        <extracomment>First column of the key table on the command line: this key stays.</extracomment>
        <translation>tieni</translation>
    </message>
    <message numerus="yes">
        <source>The program makes a new %1 key and saves it in the keychain. Then it deletes the %n old key(s) marked &quot;%2&quot;.</source>
        <extracomment>%2 is the word that marks a key for deletion in the table above.</extracomment>
        <translation>
            <numerusform>Il programma crea una nuova chiave con il ruolo %1 e la salva nel portachiavi. Poi elimina la %n vecchia chiave segnata &quot;%2&quot;.</numerusform>
            <numerusform>Il programma crea una nuova chiave con il ruolo %1 e la salva nel portachiavi. Poi elimina le %n vecchie chiavi segnate &quot;%2&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>almost certain</source>
        <translation>quasi certo</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probabile</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>possibile</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRITICO</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>ALTO</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>MEDIO</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>BASSO</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, riga %2</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valore: %1</translation>
    </message>
    <message>
        <source>Give the folders to scan, for example: mailgun-recovery scan /var/www/mysite</source>
        <translation>Indica le cartelle in cui cercare, per esempio: mailgun-recovery scan /var/www/mysite</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Non trovato: %1</translation>
    </message>
    <message>
        <source>No Mailgun keys, passwords or risky files were found.</source>
        <translation>Non sono state trovate chiavi Mailgun, password o file rischiosi.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n thing(s) to fix:</source>
        <translation>
            <numerusform>Trovato %n problema da sistemare:</numerusform>
            <numerusform>Trovati %n problemi da sistemare:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned %Ln file(s) (%1)…</source>
        <translation>
            <numerusform>File esaminati: %Ln (%1)…</numerusform>
            <numerusform>File esaminati: %Ln (%1)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned %Ln file(s) (%1).</source>
        <translation>
            <numerusform>File esaminati: %Ln (%1).</numerusform>
            <numerusform>File esaminati: %Ln (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretRevealField</name>
    <message>
        <source>New API key</source>
        <translation>Nuova chiave API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Show the new key</source>
        <translation>Mostra la nuova chiave</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the new key</source>
        <translation>Copia la nuova chiave</translation>
    </message>
    <message numerus="yes">
        <source>Copy to the clipboard. The program empties the clipboard again after %n second(s).</source>
        <translation>
            <numerusform>Copia negli appunti. Il programma svuota di nuovo gli appunti dopo %n secondo.</numerusform>
            <numerusform>Copia negli appunti. Il programma svuota di nuovo gli appunti dopo %n secondi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. Paste within %n second(s).</source>
        <translation>
            <numerusform>Copiata. Incollala entro %n secondo.</numerusform>
            <numerusform>Copiata. Incollala entro %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>New SMTP password</source>
        <translation>Nuova password SMTP</translation>
    </message>
    <message>
        <source>Show the new SMTP password</source>
        <translation>Mostra la nuova password SMTP</translation>
    </message>
    <message>
        <source>Copy the new SMTP password</source>
        <translation>Copia la nuova password SMTP</translation>
    </message>
    <message>
        <source>New webhook signing key</source>
        <translation>Nuova chiave di firma dei webhook</translation>
    </message>
    <message>
        <source>Show the new webhook signing key</source>
        <translation>Mostra la nuova chiave di firma dei webhook</translation>
    </message>
    <message>
        <source>Copy the new webhook signing key</source>
        <translation>Copia la nuova chiave di firma dei webhook</translation>
    </message>
    <message>
        <source>New public validation key</source>
        <translation>Nuova chiave pubblica di convalida</translation>
    </message>
    <message>
        <source>Show the new public validation key</source>
        <translation>Mostra la nuova chiave pubblica di convalida</translation>
    </message>
    <message>
        <source>Copy the new public validation key</source>
        <translation>Copia la nuova chiave pubblica di convalida</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain on this computer did what was asked.</source>
        <translation>Il portachiavi di questo computer ha eseguito l&apos;operazione richiesta.</translation>
    </message>
    <message>
        <source>The keychain on this computer has no saved entry under that name. If you saved the key or password somewhere else, use that copy.</source>
        <translation>Nel portachiavi di questo computer non c&apos;è nessuna voce salvata con quel nome. Se hai salvato la chiave o la password altrove, usa quella copia.</translation>
    </message>
    <message>
        <source>No keychain (the password store of your computer) is running, so nothing can be saved in it. The new key or password will be shown to you once instead: copy it somewhere safe, such as your password manager, before you continue.</source>
        <translation>Non è attivo nessun portachiavi (l&apos;archivio delle password del computer), quindi non si può salvare nulla al suo interno. La nuova chiave o password ti verrà invece mostrata una volta: copiala in un posto sicuro, per esempio nel tuo gestore di password, prima di continuare.</translation>
    </message>
    <message>
        <source>The keychain is locked, or access to it was refused. Unlock it (usually with the password you use to log in to this computer) and try again.</source>
        <translation>Il portachiavi è bloccato oppure l&apos;accesso è stato negato. Sbloccalo (di solito con la password che usi per accedere a questo computer) e riprova.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be waiting for you in another window, for example to be unlocked. Answer that window, then try again.</source>
        <translation>Il portachiavi non ha risposto in tempo. Forse ti sta aspettando in un&apos;altra finestra, per esempio per essere sbloccato. Rispondi in quella finestra, poi riprova.</translation>
    </message>
    <message>
        <source>The keychain could not do what was asked. Try again; if it happens again, tell your helpdesk.</source>
        <translation>Il portachiavi non è riuscito a eseguire l&apos;operazione richiesta. Riprova; se succede ancora, avvisa il tuo supporto tecnico.</translation>
    </message>
    <message>
        <source>The keychain could not do what was asked (it said: &quot;%1&quot;). Try again; if it happens again, tell your helpdesk.</source>
        <translation>Il portachiavi non è riuscito a eseguire l&apos;operazione richiesta (ha risposto: “%1”). Riprova; se succede ancora, avvisa il tuo supporto tecnico.</translation>
    </message>
</context>
<context>
    <name>SendAttribution</name>
    <message>
        <source>the key you are using</source>
        <translation>la chiave che stai usando</translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation>la chiave %1</translation>
    </message>
    <message>
        <source>a key that no longer exists (%1)</source>
        <translation>una chiave che non esiste più (%1)</translation>
    </message>
    <message>
        <source>Only the newest messages were read: the window held more.</source>
        <translation>Sono stati letti solo i messaggi più recenti: nel periodo ce n&apos;erano di più.</translation>
    </message>
    <message>
        <source>Most of the mail (%1 of %2) was sent with %3</source>
        <translation>La maggior parte della posta (%1 su %2) è stata inviata con %3</translation>
    </message>
    <message>
        <source>Delete this key (step 2) unless you know the program that uses it.</source>
        <translation>Elimina questa chiave (passo 2), a meno che tu non conosca il programma che la usa.</translation>
    </message>
    <message>
        <source>The key is already gone. Tell Mailgun support about these sends.</source>
        <translation>La chiave non c&apos;è già più. Informa l&apos;assistenza di Mailgun di questi invii.</translation>
    </message>
    <message>
        <source>Most of the mail (%1 of %2) was sent through SMTP as %3</source>
        <translation>La maggior parte della posta (%1 su %2) è stata inviata tramite SMTP come %3</translation>
    </message>
    <message>
        <source>Give every SMTP login a new password and delete the ones nobody knows (step 3).</source>
        <translation>Dai una nuova password a ogni login SMTP ed elimina quelli che nessuno conosce (passo 3).</translation>
    </message>
    <message>
        <source>Most of the mail (%1 of %2) came from the internet address %3</source>
        <translation>La maggior parte della posta (%1 su %2) è arrivata dall&apos;indirizzo Internet %3</translation>
    </message>
    <message>
        <source>If this address is not one of your servers, give it to Mailgun support and to your hosting provider.</source>
        <translation>Se questo indirizzo non è di uno dei tuoi server, comunicalo all&apos;assistenza di Mailgun e al tuo fornitore di hosting.</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln message(s) read from the logs (%1 to %2), %3 were sent through the API and %4 through SMTP.</source>
        <translation>
            <numerusform>Messaggi letti dai registri (da %1 a %2): %Ln. Inviati tramite l&apos;API: %3. Inviati tramite SMTP: %4.</numerusform>
            <numerusform>Dei %Ln messaggi letti dai registri (da %1 a %2), %3 sono stati inviati tramite l&apos;API e %4 tramite SMTP.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingChart</name>
    <message>
        <source>Email sent each day in the last 30 days</source>
        <translation>Email inviate ogni giorno negli ultimi 30 giorni</translation>
    </message>
    <message>
        <source>No sending figures were read.</source>
        <translation>Non è stato letto nessun dato sugli invii.</translation>
    </message>
    <message>
        <source>Sending jumped on %1, up to %2 in one day.</source>
        <translation>Il %1 gli invii sono saliti di colpo, fino a %2 in un giorno.</translation>
    </message>
    <message>
        <source>No unusual jump.</source>
        <translation>Nessun aumento insolito.</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Ancora nessun dato</translation>
    </message>
    <message>
        <source>US region</source>
        <translation>Regione US</translation>
    </message>
    <message>
        <source>EU region</source>
        <translation>Regione EU</translation>
    </message>
    <message>
        <source>Unusual</source>
        <translation>Insolito</translation>
    </message>
    <message>
        <source>Usual level</source>
        <translation>Livello normale</translation>
    </message>
    <message numerus="yes">
        <source>Emails sent in the last %n day(s): %1, usually about %2 a day.</source>
        <translation>
            <numerusform>Email inviate in %n giorno: %1, di solito circa %2 al giorno.</numerusform>
            <numerusform>Email inviate negli ultimi %n giorni: %1, di solito circa %2 al giorno.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteExposure</name>
    <message>
        <source>Settings file (.env) anyone can download</source>
        <translation>File di impostazioni (.env) che chiunque può scaricare</translation>
    </message>
    <message>
        <source>This file holds your website&apos;s passwords and keys, often including the Mailgun key or SMTP password. Anyone who knows the address can read it.</source>
        <translation>Questo file contiene le password e le chiavi del tuo sito web, spesso anche la chiave Mailgun o la password SMTP. Chiunque conosca l&apos;indirizzo può leggerlo.</translation>
    </message>
    <message>
        <source>Delete this file from your web server, or move it out of the public website folder. Then change every password and key that was in it.</source>
        <translation>Elimina questo file dal tuo server web, oppure spostalo fuori dalla cartella pubblica del sito web. Poi cambia ogni password e chiave che conteneva.</translation>
    </message>
    <message>
        <source>Page that shows the server settings (phpinfo)</source>
        <translation>Pagina che mostra le impostazioni del server (phpinfo)</translation>
    </message>
    <message>
        <source>This page lists your server&apos;s settings, and often the passwords and keys your website uses, to anyone who opens it.</source>
        <translation>Questa pagina mostra a chiunque la apra le impostazioni del tuo server e spesso le password e le chiavi usate dal tuo sito web.</translation>
    </message>
    <message>
        <source>Delete this file from your web server.</source>
        <translation>Elimina questo file dal tuo server web.</translation>
    </message>
    <message>
        <source>Laravel debug mode is on</source>
        <translation>La modalità debug di Laravel è attiva</translation>
    </message>
    <message>
        <source>In debug mode, error pages show internal details of your website to visitors, and on older versions all its passwords and keys.</source>
        <translation>In modalità debug le pagine di errore mostrano ai visitatori dettagli interni del tuo sito web e, nelle versioni più vecchie, tutte le sue password e chiavi.</translation>
    </message>
    <message>
        <source>Turn off debug mode: set APP_DEBUG=false in your website&apos;s .env file.</source>
        <translation>Disattiva la modalità debug: imposta APP_DEBUG=false nel file .env del tuo sito web.</translation>
    </message>
    <message>
        <source>Laravel error log viewer anyone can open</source>
        <translation>Visualizzatore del log degli errori di Laravel che chiunque può aprire</translation>
    </message>
    <message>
        <source>This page shows your website&apos;s error messages, which can hold passwords and keys.</source>
        <translation>Questa pagina mostra i messaggi di errore del tuo sito web, che possono contenere password e chiavi.</translation>
    </message>
    <message>
        <source>Laravel log file anyone can download</source>
        <translation>File di log di Laravel che chiunque può scaricare</translation>
    </message>
    <message>
        <source>This log file holds your website&apos;s error messages, which can hold passwords, keys and email addresses.</source>
        <translation>Questo file di log contiene i messaggi di errore del tuo sito web, che possono contenere password, chiavi e indirizzi email.</translation>
    </message>
    <message>
        <source>Delete this file from your web server, and make sure the storage folder is not inside the public website folder.</source>
        <translation>Elimina questo file dal tuo server web e assicurati che la cartella storage non sia dentro la cartella pubblica del sito web.</translation>
    </message>
    <message>
        <source>Laravel Telescope is open to everyone</source>
        <translation>Laravel Telescope è aperto a tutti</translation>
    </message>
    <message>
        <source>Telescope shows every request, email and error of your website, with the data in them.</source>
        <translation>Telescope mostra ogni richiesta, email ed errore del tuo sito web, con i dati che contengono.</translation>
    </message>
    <message>
        <source>Turn off Telescope on your live website (TELESCOPE_ENABLED=false), or allow only your own login to open it.</source>
        <translation>Disattiva Telescope sul sito web pubblico (TELESCOPE_ENABLED=false), oppure permetti di aprirlo solo con il tuo accesso.</translation>
    </message>
    <message>
        <source>PHP Debugbar is open to everyone</source>
        <translation>PHP Debugbar è aperto a tutti</translation>
    </message>
    <message>
        <source>The debug bar keeps a record of recent requests to your website, with the data in them.</source>
        <translation>La barra di debug conserva le ultime richieste al tuo sito web, con i dati che contengono.</translation>
    </message>
    <message>
        <source>Turn off debug mode: set APP_DEBUG=false (and DEBUGBAR_ENABLED=false) in your website&apos;s .env file.</source>
        <translation>Disattiva la modalità debug: imposta APP_DEBUG=false (e DEBUGBAR_ENABLED=false) nel file .env del tuo sito web.</translation>
    </message>
    <message>
        <source>Symfony Profiler is open to everyone</source>
        <translation>Symfony Profiler è aperto a tutti</translation>
    </message>
    <message>
        <source>The profiler shows your website&apos;s settings, recent requests and the data sent in them, including passwords.</source>
        <translation>Il profiler mostra le impostazioni del tuo sito web, le ultime richieste e i dati inviati con esse, password comprese.</translation>
    </message>
    <message>
        <source>Switch your live website to production mode: set APP_ENV=prod and APP_DEBUG=0 in its .env file.</source>
        <translation>Passa il sito web pubblico alla modalità produzione: imposta APP_ENV=prod e APP_DEBUG=0 nel suo file .env.</translation>
    </message>
    <message>
        <source>Copy of the WordPress settings file anyone can download</source>
        <translation>Copia del file di impostazioni di WordPress che chiunque può scaricare</translation>
    </message>
    <message>
        <source>This copy of wp-config.php holds your database password, and often Mailgun or SMTP settings. Unlike the real file, a copy is shown as text.</source>
        <translation>Questa copia di wp-config.php contiene la password del tuo database e spesso le impostazioni di Mailgun o SMTP. A differenza del file vero, una copia viene mostrata come testo.</translation>
    </message>
    <message>
        <source>Delete this file from your web server. Then change the database password and every key that was in it.</source>
        <translation>Elimina questo file dal tuo server web. Poi cambia la password del database e ogni chiave che conteneva.</translation>
    </message>
    <message>
        <source>The WordPress settings file is shown as text</source>
        <translation>Il file di impostazioni di WordPress viene mostrato come testo</translation>
    </message>
    <message>
        <source>Your web server shows the program text of wp-config.php instead of running it, so anyone can read your database password and keys.</source>
        <translation>Il tuo server web mostra il testo del programma wp-config.php invece di eseguirlo, quindi chiunque può leggere la password del tuo database e le tue chiavi.</translation>
    </message>
    <message>
        <source>Ask your hosting provider to fix PHP on your website right away. Then change the database password and every key in that file.</source>
        <translation>Chiedi subito al tuo fornitore di hosting di sistemare PHP sul tuo sito web. Poi cambia la password del database e ogni chiave contenuta in quel file.</translation>
    </message>
    <message>
        <source>WordPress debug log anyone can download</source>
        <translation>Log di debug di WordPress che chiunque può scaricare</translation>
    </message>
    <message>
        <source>This log holds your website&apos;s error messages. Mail plugins in debug mode can write passwords into it.</source>
        <translation>Questo log contiene i messaggi di errore del tuo sito web. I plugin di posta in modalità debug possono scriverci dentro delle password.</translation>
    </message>
    <message>
        <source>Delete this file from your web server and turn off debug logging: set WP_DEBUG_LOG to false in wp-config.php.</source>
        <translation>Elimina questo file dal tuo server web e disattiva il log di debug: in wp-config.php imposta WP_DEBUG_LOG a false.</translation>
    </message>
    <message>
        <source>Code history folder (.git) anyone can download</source>
        <translation>Cartella della cronologia del codice (.git) che chiunque può scaricare</translation>
    </message>
    <message>
        <source>Anyone can download your website&apos;s whole code history from this folder, including passwords that were ever saved in it.</source>
        <translation>Da questa cartella chiunque può scaricare tutta la cronologia del codice del tuo sito web, comprese le password che ci sono state salvate in passato.</translation>
    </message>
    <message>
        <source>Block access to the .git folder on your web server, or delete the folder from the server.</source>
        <translation>Blocca l&apos;accesso alla cartella .git sul tuo server web, oppure elimina la cartella dal server.</translation>
    </message>
    <message>
        <source>Website backup anyone can download</source>
        <translation>Backup del sito web che chiunque può scaricare</translation>
    </message>
    <message>
        <source>This archive likely holds your whole website, with its settings files and passwords.</source>
        <translation>Questo archivio contiene probabilmente tutto il tuo sito web, con i file di impostazioni e le password.</translation>
    </message>
    <message>
        <source>Delete this file from your web server. Keep backups outside the public website folder.</source>
        <translation>Elimina questo file dal tuo server web. Tieni i backup fuori dalla cartella pubblica del sito web.</translation>
    </message>
    <message>
        <source>Database copy anyone can download</source>
        <translation>Copia del database che chiunque può scaricare</translation>
    </message>
    <message>
        <source>This file holds your website&apos;s database, including the settings of mail plugins, with their keys and passwords.</source>
        <translation>Questo file contiene il database del tuo sito web, comprese le impostazioni dei plugin di posta, con le loro chiavi e password.</translation>
    </message>
    <message>
        <source>Delete this file from your web server. Keep database copies outside the public website folder.</source>
        <translation>Elimina questo file dal tuo server web. Tieni le copie del database fuori dalla cartella pubblica del sito web.</translation>
    </message>
    <message>
        <source>Server setup file (docker-compose) anyone can download</source>
        <translation>File di configurazione del server (docker-compose) che chiunque può scaricare</translation>
    </message>
    <message>
        <source>This file describes how your website runs and often holds its passwords and keys.</source>
        <translation>Questo file descrive come funziona il tuo sito web e spesso contiene le sue password e chiavi.</translation>
    </message>
    <message>
        <source>Script with your website&apos;s settings anyone can read</source>
        <translation>Script con le impostazioni del tuo sito web che chiunque può leggere</translation>
    </message>
    <message>
        <source>Every visitor&apos;s browser downloads this script. Any key or password in it is public.</source>
        <translation>Il browser di ogni visitatore scarica questo script. Ogni chiave o password al suo interno è pubblica.</translation>
    </message>
    <message>
        <source>Remove keys and passwords from this file. Keys for Mailgun must only be used on the server, never in the browser.</source>
        <translation>Togli chiavi e password da questo file. Le chiavi per Mailgun vanno usate solo sul server, mai nel browser.</translation>
    </message>
    <message>
        <source>File upload settings anyone can download</source>
        <translation>Impostazioni di caricamento file che chiunque può scaricare</translation>
    </message>
    <message>
        <source>Your code editor saved the address and password it uses to upload your website into this file.</source>
        <translation>Il tuo editor di codice ha salvato in questo file l&apos;indirizzo e la password che usa per caricare il tuo sito web.</translation>
    </message>
    <message>
        <source>Delete this file from your web server and change the FTP or SSH password that was in it.</source>
        <translation>Elimina questo file dal tuo server web e cambia la password FTP o SSH che conteneva.</translation>
    </message>
    <message>
        <source>Folder contents are listed to everyone</source>
        <translation>Il contenuto delle cartelle è visibile a tutti</translation>
    </message>
    <message>
        <source>Anyone can see every file in this folder and download it, including backups and logs.</source>
        <translation>Chiunque può vedere ogni file di questa cartella e scaricarlo, compresi backup e log.</translation>
    </message>
    <message>
        <source>Turn off folder listings on your web server (for Apache: &quot;Options -Indexes&quot;), or ask your hosting provider to.</source>
        <translation>Disattiva l&apos;elenco del contenuto delle cartelle sul tuo server web (per Apache: “Options -Indexes”), oppure chiedilo al tuo fornitore di hosting.</translation>
    </message>
    <message>
        <source>Mailgun key inside your website&apos;s page or script</source>
        <translation>Chiave Mailgun dentro una pagina o uno script del tuo sito web</translation>
    </message>
    <message>
        <source>Every visitor&apos;s web browser downloads this page or script, so anyone can read the key in it.</source>
        <translation>Il browser di ogni visitatore scarica questa pagina o questo script, quindi chiunque può leggere la chiave che contiene.</translation>
    </message>
    <message>
        <source>Remove the key from the page or script, then replace it (step 2). Only your server should talk to Mailgun: a key in code that runs in the browser is public.</source>
        <translation>Togli la chiave dalla pagina o dallo script, poi sostituiscila (passo 2). Solo il tuo server dovrebbe comunicare con Mailgun: una chiave nel codice che gira nel browser è pubblica.</translation>
    </message>
    <message>
        <source>Mailgun key in a file anyone can download</source>
        <translation>Chiave Mailgun in un file che chiunque può scaricare</translation>
    </message>
    <message>
        <source>Anyone who knows this address can download the file and read the key in it, whatever the file&apos;s name says.</source>
        <translation>Chiunque conosca questo indirizzo può scaricare il file e leggere la chiave che contiene, qualunque sia il nome del file.</translation>
    </message>
    <message>
        <source>Delete this file from your web server, or move it out of the public website folder. Then replace every key and password that was in it (step 2).</source>
        <translation>Elimina questo file dal tuo server web, oppure spostalo fuori dalla cartella pubblica del sito web. Poi sostituisci ogni chiave e password che conteneva (passo 2).</translation>
    </message>
</context>
<context>
    <name>SiteProbe</name>
    <message>
        <source>Type only the folder&apos;s name, for example shop, not a whole address.</source>
        <translation>Scrivi solo il nome della cartella, per esempio shop, non un indirizzo intero.</translation>
    </message>
    <message>
        <source>The folder name is empty.</source>
        <translation>Il nome della cartella è vuoto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder inside your website. Give the folder&apos;s name as it appears in the address, such as shop.</source>
        <translation>“%1” non è una cartella del tuo sito web. Scrivi il nome della cartella come appare nell&apos;indirizzo, per esempio shop.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder name the check can use. Use letters, digits, dots, dashes and slashes only.</source>
        <translation>“%1” non è un nome di cartella che il controllo può usare. Usa solo lettere, cifre, punti, trattini e barre.</translation>
    </message>
    <message>
        <source>The folder is too deep. Give at most four folder names, such as apps/shop.</source>
        <translation>La cartella è troppo in profondità. Indica al massimo quattro nomi di cartella, per esempio apps/shop.</translation>
    </message>
    <message>
        <source>The site refused the connection. Is the web server running?</source>
        <translation>Il sito ha rifiutato la connessione. Il server web è in funzione?</translation>
    </message>
    <message>
        <source>This address could not be found. Check that it is spelled correctly.</source>
        <translation>Questo indirizzo non è stato trovato. Controlla che sia scritto correttamente.</translation>
    </message>
    <message>
        <source>The site did not answer in time.</source>
        <translation>Il sito non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>The site&apos;s security certificate is not valid, so the site was not checked.</source>
        <translation>Il certificato di sicurezza del sito non è valido, quindi il sito non è stato controllato.</translation>
    </message>
    <message>
        <source>The site sends visitors to another address (%1). Check that address instead, if it is also yours.</source>
        <translation>Il sito manda i visitatori a un altro indirizzo (%1). Controlla invece quell&apos;indirizzo, se è anche tuo.</translation>
    </message>
    <message>
        <source>The site sent the request around in circles.</source>
        <translation>Il sito ha fatto girare la richiesta in tondo.</translation>
    </message>
    <message>
        <source>The site could not be reached (%1).</source>
        <translation>Non è stato possibile raggiungere il sito (%1).</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Il controllo è stato interrotto.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>L&apos;indirizzo è vuoto.</translation>
    </message>
    <message>
        <source>Only website addresses (starting with http:// or https://) can be checked.</source>
        <translation>Si possono controllare solo indirizzi di siti web (che iniziano con http:// o https://).</translation>
    </message>
    <message>
        <source>This is not a website address.</source>
        <translation>Questo non è un indirizzo di sito web.</translation>
    </message>
    <message>
        <source>The site stopped answering. %1</source>
        <translation>Il sito ha smesso di rispondere. %1</translation>
    </message>
    <message>
        <source>Its content looks like %1.</source>
        <translation>Il suo contenuto sembra %1.</translation>
    </message>
</context>
<context>
    <name>SmtpKeychain</name>
    <message>
        <source>it gave back another password than the one just saved</source>
        <translation>ha restituito una password diversa da quella appena salvata</translation>
    </message>
</context>
<context>
    <name>SmtpLoginFindings</name>
    <message>
        <source>An SMTP login %1 was created %2, after the incident started</source>
        <translation>Un login SMTP %1 è stato creato %2, dopo l&apos;inizio dell&apos;incidente</translation>
    </message>
    <message>
        <source>An SMTP login is a user name and password that programs use to send mail from %1 through Mailgun&apos;s mail servers (%2). One made after the incident started may belong to the intruder, and it keeps working after the API key is changed.</source>
        <translation>Un login SMTP è un nome utente con una password che i programmi usano per inviare posta da %1 attraverso i server di posta di Mailgun (%2). Uno creato dopo l&apos;inizio dell&apos;incidente potrebbe appartenere all&apos;intruso, e continua a funzionare anche dopo il cambio della chiave API.</translation>
    </message>
    <message>
        <source>If nobody at your company made it, delete it in step 3.</source>
        <translation>Se nessuno nella tua azienda l&apos;ha creato, eliminalo al passo 3.</translation>
    </message>
</context>
<context>
    <name>SmtpLoginModel</name>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>in corso…</translation>
    </message>
    <message>
        <source>✔ new password</source>
        <translation>✔ nuova password</translation>
    </message>
    <message>
        <source>✔ deleted</source>
        <translation>✔ eliminato</translation>
    </message>
    <message>
        <source>? not sure, try again</source>
        <translation>? incerto, riprova</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ non riuscito</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non iniziato</translation>
    </message>
    <message>
        <source>new, check it</source>
        <translation>nuovo, controllalo</translation>
    </message>
    <message>
        <source>Mailgun never deletes the postmaster login; it gets a new password.</source>
        <translation>Mailgun non elimina mai il login postmaster; riceve una nuova password.</translation>
    </message>
    <message>
        <source>Tick to delete this login instead of giving it a new password.</source>
        <translation>Spunta per eliminare questo login invece di dargli una nuova password.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Made after the incident began. If nobody on your team made it, tick Delete.</source>
        <translation>Creato dopo l&apos;inizio dell&apos;incidente. Se nessuno del tuo gruppo l&apos;ha creato, spunta Elimina.</translation>
    </message>
</context>
<context>
    <name>SmtpLoginRow</name>
    <message>
        <source>%1 (subaccount “%2”)</source>
        <translation>%1 (sottoaccount “%2”)</translation>
    </message>
</context>
<context>
    <name>SmtpLoginTable</name>
    <message>
        <source>Your SMTP logins; ticked logins are deleted, the others get a new password</source>
        <translation>I tuoi login SMTP; i login spuntati vengono eliminati, gli altri ricevono una nuova password</translation>
    </message>
</context>
<context>
    <name>SmtpResetController</name>
    <message>
        <source>The domains in the %1 region: %2</source>
        <translation>I domini nella regione %1: %2</translation>
    </message>
    <message>
        <source>The SMTP logins of %1: %2</source>
        <translation>I login SMTP di %1: %2</translation>
    </message>
    <message>
        <source>The subaccounts: %1</source>
        <translation>I sottoaccount: %1</translation>
    </message>
    <message>
        <source>The subaccount “%1” is disabled, so its SMTP logins were left as they are.</source>
        <translation>Il sottoaccount “%1” è disattivato, quindi i suoi login SMTP sono stati lasciati come sono.</translation>
    </message>
    <message>
        <source>The subaccounts&apos; domains in the %1 region: %2</source>
        <translation>I domini dei sottoaccount nella regione %1: %2</translation>
    </message>
    <message>
        <source>The SMTP logins of %1 (subaccount “%2”)</source>
        <translation>I login SMTP di %1 (sottoaccount “%2”)</translation>
    </message>
    <message>
        <source>The SMTP logins of %1 (subaccount “%2”): %3</source>
        <translation>I login SMTP di %1 (sottoaccount “%2”): %3</translation>
    </message>
    <message>
        <source>The domains could not be read.</source>
        <translation>Non è stato possibile leggere i domini.</translation>
    </message>
    <message>
        <source>The record of your recovery could not be saved (%1). Check that the disk is not full and that the folder may be written to, then run the reset again.</source>
        <translation>Non è stato possibile salvare il registro del tuo ripristino (%1). Controlla che il disco non sia pieno e che nella cartella si possa scrivere, poi esegui di nuovo la reimpostazione.</translation>
    </message>
    <message>
        <source>There is no unfinished SMTP password reset to continue.</source>
        <translation>Non c&apos;è nessuna reimpostazione delle password SMTP interrotta da continuare.</translation>
    </message>
    <message>
        <source>Not started: you stopped the reset.</source>
        <translation>Non iniziato: hai fermato la reimpostazione.</translation>
    </message>
    <message>
        <source>The keychain stopped answering earlier. Close the assistant, unlock the keychain if it asks, and start again: the reset goes on where it stopped.</source>
        <translation>Prima il portachiavi ha smesso di rispondere. Chiudi l&apos;assistente, sblocca il portachiavi se te lo chiede e ricomincia: la reimpostazione riprende da dove si era fermata.</translation>
    </message>
    <message>
        <source>No keychain (the password store of your computer) is running, so no password was changed. Start or unlock it and try again.</source>
        <translation>Non è attivo nessun portachiavi (l&apos;archivio delle password del computer), quindi non è stata cambiata nessuna password. Avvialo o sbloccalo e riprova.</translation>
    </message>
    <message>
        <source>You did not confirm that the new passwords are saved, so none was sent. The old passwords still work.</source>
        <translation>Non hai confermato di aver salvato le nuove password, quindi non ne è stata inviata nessuna. Le vecchie password funzionano ancora.</translation>
    </message>
    <message>
        <source>The reset stopped before changing anything more.</source>
        <translation>La reimpostazione si è fermata prima di cambiare altro.</translation>
    </message>
    <message>
        <source>The new password was not sent, because the record of your recovery could not be saved. The old password still works.</source>
        <translation>La nuova password non è stata inviata, perché non è stato possibile salvare il registro del tuo ripristino. La vecchia password funziona ancora.</translation>
    </message>
    <message>
        <source>The new password could not be saved in the keychain, so it was not sent. The old password still works.</source>
        <translation>Non è stato possibile salvare la nuova password nel portachiavi, quindi non è stata inviata. La vecchia password funziona ancora.</translation>
    </message>
    <message>
        <source>The new password was not sent; the old password still works.</source>
        <translation>La nuova password non è stata inviata; la vecchia password funziona ancora.</translation>
    </message>
    <message>
        <source>Mailgun did not answer, so it is not known whether the new password is active. Try again: the same new password will be sent.</source>
        <translation>Mailgun non ha risposto, quindi non si sa se la nuova password è attiva. Riprova: verrà inviata la stessa nuova password.</translation>
    </message>
    <message>
        <source>Mailgun did not accept the new password; the old one still works.</source>
        <translation>Mailgun non ha accettato la nuova password; quella vecchia funziona ancora.</translation>
    </message>
    <message>
        <source>Mailgun now uses the new password. It is in the keychain entry %1, but could not be moved to the entry %2. Run the reset again to finish this login.</source>
        <translation>Ora Mailgun usa la nuova password. È nella voce %1 del portachiavi, ma non è stato possibile spostarla nella voce %2. Esegui di nuovo la reimpostazione per completare questo login.</translation>
    </message>
    <message>
        <source>The login was not deleted, because the record of your recovery could not be saved. It still works.</source>
        <translation>Il login non è stato eliminato, perché non è stato possibile salvare il registro del tuo ripristino. Funziona ancora.</translation>
    </message>
    <message>
        <source>The login could not be deleted; it still works.</source>
        <translation>Non è stato possibile eliminare il login; funziona ancora.</translation>
    </message>
</context>
<context>
    <name>SmtpResetPanel</name>
    <message>
        <source>&lt;b&gt;Reset the SMTP passwords for me&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reimposta le password SMTP per me&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A password reset was interrupted before it was finished.</source>
        <translation>Una reimpostazione delle password è stata interrotta prima della fine.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Continue the interrupted SMTP password reset</source>
        <translation>Continua la reimpostazione delle password SMTP interrotta</translation>
    </message>
    <message>
        <source>Show my SMTP logins</source>
        <translation>Mostra i miei login SMTP</translation>
    </message>
    <message>
        <source>Reset the passwords</source>
        <translation>Reimposta le password</translation>
    </message>
    <message>
        <source>Give every login a new password and delete the ticked ones</source>
        <translation>Dai una nuova password a ogni login ed elimina quelli spuntati</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Stop after the logins being changed now</source>
        <translation>Fermati dopo i login che stai modificando ora</translation>
    </message>
    <message>
        <source>Try the failed ones again</source>
        <translation>Riprova quelli non riusciti</translation>
    </message>
    <message>
        <source>Try the logins that failed again</source>
        <translation>Riprova i login non riusciti</translation>
    </message>
    <message>
        <source>Logins done</source>
        <translation>Login completati</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v di %m</translation>
    </message>
    <message>
        <source>Where each new password is kept</source>
        <translation>Dove è conservata ogni nuova password</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Copia l&apos;elenco</translation>
    </message>
    <message>
        <source>Copy the list of logins and where their passwords are kept</source>
        <translation>Copia l&apos;elenco dei login e dove sono conservate le loro password</translation>
    </message>
    <message>
        <source>Some logins could not be read, so they are not in the list:
%1</source>
        <translation>Non è stato possibile leggere alcuni login, quindi non sono nell&apos;elenco:
%1</translation>
    </message>
    <message>
        <source>Your account has no SMTP logins. There is nothing to reset.</source>
        <translation>Il tuo account non ha login SMTP. Non c&apos;è nulla da reimpostare.</translation>
    </message>
    <message>
        <source>Reset the SMTP passwords</source>
        <translation>Reimposta le password SMTP</translation>
    </message>
    <message>
        <source>Reset the SMTP passwords now?</source>
        <translation>Reimpostare adesso le password SMTP?</translation>
    </message>
    <message>
        <source>Logins that get a new password, kept in this computer&apos;s keychain: %1.</source>
        <translation>Login che ricevono una nuova password, conservata nel portachiavi di questo computer: %1.</translation>
    </message>
    <message>
        <source>Logins that will be deleted: %1.</source>
        <translation>Login che verranno eliminati: %1.</translation>
    </message>
    <message>
        <source>Websites and apps that send email with the old passwords stop sending until you give them the new ones.</source>
        <translation>I siti web e le app che inviano email con le vecchie password smettono di inviare finché non dai loro quelle nuove.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>Reading your domains and their SMTP logins…</source>
        <translation>Lettura dei tuoi domini e dei loro login SMTP…</translation>
    </message>
    <message>
        <source>Giving each login its new password…</source>
        <translation>Assegnazione della nuova password a ogni login…</translation>
    </message>
    <message>
        <source>Done. Logins changed: %1. Each new password is in this computer&apos;s keychain. Click a login to see its password.</source>
        <translation>Fatto. Login modificati: %1. Ogni nuova password è nel portachiavi di questo computer. Fai clic su un login per vederne la password.</translation>
    </message>
    <message>
        <source>Click a login in the list to see its new password.</source>
        <translation>Fai clic su un login nell&apos;elenco per vederne la nuova password.</translation>
    </message>
    <message>
        <source>New password for %1 (server %2):</source>
        <translation>Nuova password per %1 (server %2):</translation>
    </message>
    <message>
        <source>%1 | server %2, port 587 | new password in the keychain &quot;%3&quot;, entry %4</source>
        <translation>%1 | server %2, porta 587 | nuova password nel portachiavi “%3”, voce %4</translation>
    </message>
    <message>
        <source>%1 | deleted</source>
        <translation>%1 | eliminato</translation>
    </message>
    <message>
        <source>%1 | not changed: the old password still works</source>
        <translation>%1 | non modificato: la vecchia password funziona ancora</translation>
    </message>
    <message>
        <source>The program can give every SMTP login of every domain a new password and keep each one in this computer&apos;s keychain. You can also delete logins nobody on your team knows. First look at the list: nothing changes until you agree.</source>
        <translation>Il programma può dare una nuova password a ogni login SMTP di ogni dominio e conservarle nel portachiavi di questo computer. Puoi anche eliminare i login che nessuno del tuo gruppo conosce. Prima guarda l&apos;elenco: non cambia nulla finché non sei d&apos;accordo.</translation>
    </message>
    <message>
        <source>SMTP logins found: %1. Every login gets a new password. Tick Delete for logins nobody on your team knows.</source>
        <translation>Login SMTP trovati: %1. Ogni login riceve una nuova password. Spunta Elimina per i login che nessuno del tuo gruppo conosce.</translation>
    </message>
    <message>
        <source>Logins changed: %1. Not changed: %2. The logins marked ✘ still have their old password (point at a row to read why); those marked ? may have the new one. Try again: the same new passwords are sent, nothing is guessed.</source>
        <translation>Login modificati: %1. Non modificati: %2. I login segnati con ✘ hanno ancora la vecchia password (passa il puntatore su una riga per leggere il motivo); quelli segnati con ? potrebbero avere quella nuova. Riprova: vengono inviate le stesse nuove password, senza tirare a indovinare.</translation>
    </message>
</context>
<context>
    <name>StepGuide</name>
    <message>
        <source>Open the Mailgun Control Panel (app.mailgun.com)</source>
        <translation>Apri il Mailgun Control Panel (app.mailgun.com)</translation>
    </message>
    <message>
        <source>Read Mailgun&apos;s advice for a misused account</source>
        <translation>Leggi i consigli di Mailgun per un account usato in modo illecito</translation>
    </message>
    <message>
        <source>Find out how the key leaked</source>
        <translation>Scopri come è trapelata la chiave</translation>
    </message>
    <message>
        <source>Someone used your Mailgun account without permission. Before you change anything, find out how they got in. If the hole stays open, your new keys and passwords will leak the same way. An API key is a long password that lets your website and apps use Mailgun.</source>
        <translation>Qualcuno ha usato il tuo account Mailgun senza permesso. Prima di cambiare qualcosa, scopri come è entrato. Se la falla resta aperta, anche le tue nuove chiavi e password trapeleranno allo stesso modo. Una chiave API è una lunga password che permette al tuo sito web e alle tue app di usare Mailgun.</translation>
    </message>
    <message>
        <source>Sign in to the Mailgun Control Panel at app.mailgun.com.</source>
        <translation>Accedi al Mailgun Control Panel su app.mailgun.com.</translation>
    </message>
    <message>
        <source>Look at the routes and webhooks of each domain. A route or webhook you did not create can send copies of your mail to someone else: write it down and delete it.</source>
        <translation>Guarda le route e i webhook di ogni dominio. Una route o un webhook che non hai creato tu può mandare copie della tua posta a qualcun altro: prendine nota ed eliminalo.</translation>
    </message>
    <message>
        <source>Ask the person who looks after your website to check it, using the list below.</source>
        <translation>Chiedi alla persona che si occupa del tuo sito web di controllarlo, usando l&apos;elenco qui sotto.</translation>
    </message>
    <message>
        <source>Open the list of API keys (API Security)</source>
        <translation>Apri l&apos;elenco delle chiavi API (API Security)</translation>
    </message>
    <message>
        <source>My website does not show its private settings files</source>
        <translation>Il mio sito web non mostra i suoi file di impostazioni privati</translation>
    </message>
    <message>
        <source>Files such as .env, phpinfo pages and backups must not open in a web browser, and &quot;debug mode&quot; must be off. Your web developer or hosting provider can check this.</source>
        <translation>File come .env, pagine phpinfo e backup non devono aprirsi in un browser web, e la “modalità debug” deve essere disattivata. Il tuo sviluppatore web o il tuo fornitore di hosting possono controllarlo.</translation>
    </message>
    <message>
        <source>Search your projects on GitHub, GitLab or Bitbucket, public ones especially, for your Mailgun key or SMTP password.</source>
        <translation>Cerca la tua chiave Mailgun o la password SMTP nei tuoi progetti su GitHub, GitLab o Bitbucket, soprattutto in quelli pubblici.</translation>
    </message>
    <message>
        <source>I looked at the list of API keys</source>
        <translation>Ho guardato l&apos;elenco delle chiavi API</translation>
    </message>
    <message>
        <source>I looked at the SMTP logins of every domain</source>
        <translation>Ho guardato i login SMTP di ogni dominio</translation>
    </message>
    <message>
        <source>SMTP logins are the user names and passwords that programs use to send email. You will reset them in step 3.</source>
        <translation>I login SMTP sono i nomi utente e le password che i programmi usano per inviare email. Li reimposterai al passo 3.</translation>
    </message>
    <message>
        <source>Replace the private API key</source>
        <translation>Sostituisci la chiave API privata</translation>
    </message>
    <message>
        <source>Open Account settings, then API Security (or use the link below).</source>
        <translation>Apri Account settings, poi API Security (o usa il link qui sotto).</translation>
    </message>
    <message>
        <source>Copy the new key at once and keep it somewhere safe, such as a password manager. Mailgun shows it only once.</source>
        <translation>Copia subito la nuova chiave e conservala in un posto sicuro, per esempio un gestore di password. Mailgun la mostra una sola volta.</translation>
    </message>
    <message>
        <source>Put the new key into every website and app that uses Mailgun. Check that each one can still send email.</source>
        <translation>Inserisci la nuova chiave in ogni sito web e app che usa Mailgun. Controlla che ognuno possa ancora inviare email.</translation>
    </message>
    <message>
        <source>I created a new API key</source>
        <translation>Ho creato una nuova chiave API</translation>
    </message>
    <message>
        <source>I saved the new key in a safe place</source>
        <translation>Ho salvato la nuova chiave in un posto sicuro</translation>
    </message>
    <message>
        <source>My websites and apps use the new key</source>
        <translation>I miei siti web e le mie app usano la nuova chiave</translation>
    </message>
    <message>
        <source>I deleted every old API key</source>
        <translation>Ho eliminato tutte le vecchie chiavi API</translation>
    </message>
    <message>
        <source>Reset the SMTP passwords</source>
        <translation>Reimposta le password SMTP</translation>
    </message>
    <message>
        <source>Open Sending, then Domain settings. Choose a domain at the top, then open SMTP credentials.</source>
        <translation>Apri Sending, poi Domain settings. Scegli un dominio in alto, poi apri SMTP credentials.</translation>
    </message>
    <message>
        <source>For each login, choose Reset password. Copy the new password and keep it somewhere safe: Mailgun shows it only once.</source>
        <translation>Per ogni login scegli Reset password. Copia la nuova password e conservala in un posto sicuro: Mailgun la mostra una sola volta.</translation>
    </message>
    <message>
        <source>Do the same for every domain. If you have domains in both the US and the EU region, switch region and do those too.</source>
        <translation>Fai lo stesso per ogni dominio. Se hai domini sia nella regione US sia nella regione EU, cambia regione e fai anche quelli.</translation>
    </message>
    <message>
        <source>Put the new passwords into the websites and apps that send email with them.</source>
        <translation>Inserisci le nuove password nei siti web e nelle app che le usano per inviare email.</translation>
    </message>
    <message>
        <source>Every SMTP login has a new password</source>
        <translation>Ogni login SMTP ha una nuova password</translation>
    </message>
    <message>
        <source>On every domain, in both regions (US and EU) if you use both.</source>
        <translation>Su ogni dominio, in entrambe le regioni (US ed EU) se le usi tutte e due.</translation>
    </message>
    <message>
        <source>If every login is known, tick this.</source>
        <translation>Se tutti i login sono conosciuti, spunta questa voce.</translation>
    </message>
    <message>
        <source>My websites and apps use the new passwords</source>
        <translation>I miei siti web e le mie app usano le nuove password</translation>
    </message>
    <message>
        <source>Reset every user&apos;s password</source>
        <translation>Reimposta la password di ogni utente</translation>
    </message>
    <message>
        <source>Anyone who can sign in to your Mailgun account can create new keys. So every person with access must choose a new password, including you.</source>
        <translation>Chiunque possa accedere al tuo account Mailgun può creare nuove chiavi. Quindi ogni persona con accesso deve scegliere una nuova password, tu compreso.</translation>
    </message>
    <message>
        <source>In the Control Panel, open Account settings, then Users, to see who has access.</source>
        <translation>Nel Control Panel apri Account settings, poi Users, per vedere chi ha accesso.</translation>
    </message>
    <message>
        <source>Remove anyone who should no longer have access.</source>
        <translation>Rimuovi chi non deve più avere accesso.</translation>
    </message>
    <message>
        <source>Ask each person to go to app.mailgun.com, click &quot;Forgot password?&quot; and enter their email address.</source>
        <translation>Chiedi a ogni persona di andare su app.mailgun.com, fare clic su “Forgot password?” e inserire il proprio indirizzo email.</translation>
    </message>
    <message>
        <source>They receive an email with a link. The link works for 20 minutes only, so they should use it straight away. If it has expired, they can ask for a new one.</source>
        <translation>Riceveranno un&apos;email con un link. Il link vale solo 20 minuti, quindi va usato subito. Se è scaduto, se ne può chiedere uno nuovo.</translation>
    </message>
    <message>
        <source>Each person chooses a new password that they have never used anywhere else.</source>
        <translation>Ogni persona sceglie una nuova password che non ha mai usato altrove.</translation>
    </message>
    <message>
        <source>Open the Mailgun sign-in page (with &quot;Forgot password?&quot;)</source>
        <translation>Apri la pagina di accesso di Mailgun (con “Forgot password?”)</translation>
    </message>
    <message>
        <source>I removed users who should no longer have access</source>
        <translation>Ho rimosso gli utenti che non devono più avere accesso</translation>
    </message>
    <message>
        <source>Account settings, then Users. If everyone should keep access, tick this.</source>
        <translation>Account settings, poi Users. Se tutti devono mantenere l&apos;accesso, spunta questa voce.</translation>
    </message>
    <message>
        <source>I reset my own password</source>
        <translation>Ho reimpostato la mia password</translation>
    </message>
    <message>
        <source>Every other user reset their password</source>
        <translation>Tutti gli altri utenti hanno reimpostato la loro password</translation>
    </message>
    <message>
        <source>Ask each of them. If you are the only user, tick this.</source>
        <translation>Chiedilo a ognuno di loro. Se sei l&apos;unico utente, spunta questa voce.</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Attiva l&apos;accesso a due fattori</translation>
    </message>
    <message>
        <source>Install an authenticator app on your phone, for example Google Authenticator or Microsoft Authenticator.</source>
        <translation>Installa sul telefono un&apos;app di autenticazione, per esempio Google Authenticator o Microsoft Authenticator.</translation>
    </message>
    <message>
        <source>Sign in at app.mailgun.com. Open your profile (your name at the top), then Security.</source>
        <translation>Accedi su app.mailgun.com. Apri il tuo profilo (il tuo nome in alto), poi Security.</translation>
    </message>
    <message>
        <source>Type the code the app shows to confirm. If Mailgun gives you recovery codes, keep them somewhere safe: you need them if you lose your phone.</source>
        <translation>Per confermare, scrivi il codice che mostra l&apos;app. Se Mailgun ti dà dei codici di recupero (recovery codes), conservali in un posto sicuro: ti servono se perdi il telefono.</translation>
    </message>
    <message>
        <source>Ask every other user to do the same.</source>
        <translation>Chiedi a tutti gli altri utenti di fare lo stesso.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on for my own user</source>
        <translation>L&apos;accesso a due fattori è attivo per il mio utente</translation>
    </message>
    <message>
        <source>Every other user turned on two-factor sign-in</source>
        <translation>Tutti gli altri utenti hanno attivato l&apos;accesso a due fattori</translation>
    </message>
    <message>
        <source>Tell Mailgun support</source>
        <translation>Avvisa l&apos;assistenza di Mailgun</translation>
    </message>
    <message>
        <source>Mailgun&apos;s support team can check your account, lift limits placed on it and watch for more misuse. Tell them what happened and what you have done. Your hosting provider can help find how the key was stolen.</source>
        <translation>Il team di assistenza di Mailgun può controllare il tuo account, togliere i limiti che gli sono stati imposti e sorvegliare altri abusi. Racconta cosa è successo e cosa hai fatto. Il tuo fornitore di hosting può aiutarti a scoprire come è stata rubata la chiave.</translation>
    </message>
    <message>
        <source>Open the Mailgun support page (link below), sign in and open a new ticket.</source>
        <translation>Apri la pagina di assistenza di Mailgun (link qui sotto), accedi e apri una nuova richiesta (ticket).</translation>
    </message>
    <message>
        <source>Say that your account was misused, when you first noticed it, and what you found in step 1.</source>
        <translation>Scrivi che il tuo account è stato usato in modo illecito, quando te ne sei accorto la prima volta e cosa hai trovato al passo 1.</translation>
    </message>
    <message>
        <source>List what you have done: new API key, old keys deleted, SMTP passwords reset, user passwords reset, two-factor sign-in turned on.</source>
        <translation>Elenca cosa hai fatto: nuova chiave API, vecchie chiavi eliminate, password SMTP reimpostate, password degli utenti reimpostate, accesso a due fattori attivato.</translation>
    </message>
    <message>
        <source>Never paste a key or a password into the ticket.</source>
        <translation>Non incollare mai una chiave o una password nella richiesta.</translation>
    </message>
    <message>
        <source>Tell your hosting provider or web developer, so they can check your website and server.</source>
        <translation>Avvisa il tuo fornitore di hosting o il tuo sviluppatore web, perché possano controllare il tuo sito web e il server.</translation>
    </message>
    <message>
        <source>Open the Mailgun support page</source>
        <translation>Apri la pagina di assistenza di Mailgun</translation>
    </message>
    <message>
        <source>See whether Mailgun is working normally (status page)</source>
        <translation>Controlla se Mailgun funziona normalmente (pagina di stato)</translation>
    </message>
    <message>
        <source>I told Mailgun support what I found and did</source>
        <translation>Ho detto all&apos;assistenza di Mailgun cosa ho trovato e cosa ho fatto</translation>
    </message>
    <message>
        <source>I told my hosting provider or web developer</source>
        <translation>Ho avvisato il mio fornitore di hosting o il mio sviluppatore web</translation>
    </message>
    <message>
        <source>If nobody looks after your website for you, tick this.</source>
        <translation>Se nessuno si occupa del tuo sito web per te, spunta questa voce.</translation>
    </message>
    <message>
        <source>If a key or password is there, remove it and replace that key or password again.</source>
        <translation>Se c&apos;è una chiave o una password, toglila e sostituisci di nuovo quella chiave o password.</translation>
    </message>
    <message>
        <source>Open Account settings, then API Security. Note every API key that you do not recognize.</source>
        <translation>Apri Account settings, poi API Security. Prendi nota di ogni chiave API che non riconosci.</translation>
    </message>
    <message>
        <source>For each domain, open Sending, then Domain settings, then SMTP credentials. Note every login that nobody on your team recognizes.</source>
        <translation>Per ogni dominio apri Sending, poi Domain settings, poi SMTP credentials. Prendi nota di ogni login che nessuno del tuo gruppo riconosce.</translation>
    </message>
    <message>
        <source>My code online does not contain the key</source>
        <translation>Il mio codice online non contiene la chiave</translation>
    </message>
    <message>
        <source>Note the keys you do not recognize. You will delete the old keys in step 2.</source>
        <translation>Prendi nota delle chiavi che non riconosci. Eliminerai le vecchie chiavi al passo 2.</translation>
    </message>
    <message>
        <source>I removed routes and webhooks that nobody on my team created</source>
        <translation>Ho rimosso le route e i webhook che nessuno del mio gruppo ha creato</translation>
    </message>
    <message>
        <source>Delete every old key in the list, including keys you do not recognize. A deleted key stops working at once.</source>
        <translation>Elimina tutte le vecchie chiavi dell&apos;elenco, comprese quelle che non riconosci. Una chiave eliminata smette subito di funzionare.</translation>
    </message>
    <message>
        <source>SMTP credentials are the user names and passwords that programs use to send email through Mailgun, for example postmaster@mg.example.com. Each domain has its own. Attackers use them to send spam, so give every login a new password and delete the logins nobody recognizes.</source>
        <translation>Le credenziali SMTP (SMTP credentials) sono i nomi utente e le password che i programmi usano per inviare email tramite Mailgun, per esempio postmaster@mg.example.com. Ogni dominio ha le sue. Gli aggressori le usano per inviare spam, quindi dai una nuova password a ogni login ed elimina i login che nessuno riconosce.</translation>
    </message>
    <message>
        <source>Delete every login that nobody on your team recognizes.</source>
        <translation>Elimina ogni login che nessuno del tuo gruppo riconosce.</translation>
    </message>
    <message>
        <source>I deleted the SMTP logins nobody recognizes</source>
        <translation>Ho eliminato i login SMTP che nessuno riconosce</translation>
    </message>
    <message>
        <source>Two-factor sign-in (2FA) means a password alone is not enough to sign in: Mailgun also asks for a code from an app on your phone. Even if a password leaks again, nobody can sign in without that phone.</source>
        <translation>L&apos;accesso a due fattori (2FA) significa che per accedere non basta una password: Mailgun chiede anche un codice da un&apos;app sul tuo telefono. Anche se una password trapela di nuovo, nessuno può accedere senza quel telefono.</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in and scan the square code on the screen with the app.</source>
        <translation>Attiva l&apos;accesso a due fattori e inquadra con l&apos;app il codice quadrato sullo schermo.</translation>
    </message>
    <message>
        <source>Read Mailgun&apos;s help page about two-factor sign-in (2FA)</source>
        <translation>Leggi la pagina di aiuto di Mailgun sull&apos;accesso a due fattori (2FA)</translation>
    </message>
    <message>
        <source>I checked again that my code online holds no key</source>
        <translation>Ho ricontrollato che il mio codice online non contenga chiavi</translation>
    </message>
    <message>
        <source>I updated WordPress and its plugins</source>
        <translation>Ho aggiornato WordPress e i suoi plugin</translation>
    </message>
    <message>
        <source>Thieves often steal keys through old plugins, especially email plugins. If you do not use WordPress, tick this.</source>
        <translation>I ladri rubano spesso le chiavi attraverso plugin vecchi, soprattutto quelli per la posta. Se non usi WordPress, spunta questa voce.</translation>
    </message>
    <message>
        <source>If you have none, or all of them belong to you, tick this.</source>
        <translation>Se non ne hai, o se sono tutti tuoi, spunta questa voce.</translation>
    </message>
    <message>
        <source>The leaked API key keeps working until you delete it. A new key alone does not help. First create a new key and put it into your websites and apps, then delete every old key.</source>
        <translation>La chiave API trapelata continua a funzionare finché non la elimini. Una nuova chiave da sola non basta. Prima crea una nuova chiave e inseriscila nei tuoi siti web e nelle tue app, poi elimina tutte le vecchie chiavi.</translation>
    </message>
    <message>
        <source>Create a new key. Give it a name that says where you will use it, for example &quot;Website&quot;.</source>
        <translation>Crea una nuova chiave. Dalle un nome che dica dove la userai, per esempio “Sito web”.</translation>
    </message>
    <message>
        <source>A password manager works best. Never send a key by email or chat.</source>
        <translation>Usa preferibilmente un gestore di password. Non mandare mai una chiave per email o in chat.</translation>
    </message>
    <message>
        <source>Send a test email from each one to check.</source>
        <translation>Invia un&apos;email di prova da ognuno per controllare.</translation>
    </message>
    <message>
        <source>Only the new key stays in the list.</source>
        <translation>Nell&apos;elenco resta solo la nuova chiave.</translation>
    </message>
</context>
<context>
    <name>StepListPanel</name>
    <message>
        <source>Your progress</source>
        <translation>I tuoi progressi</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <source>Connect to Mailgun</source>
        <translation>Connettiti a Mailgun</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completato</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>non ancora completato</translation>
    </message>
    <message>
        <source>%1, you are here</source>
        <translation>%1, sei qui</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Sei qui</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Non ancora completato</translation>
    </message>
    <message>
        <source>You chose the practice account. Nothing real changes.</source>
        <translation>Hai scelto l&apos;account di prova. Non cambia nulla di reale.</translation>
    </message>
</context>
<context>
    <name>SubaccountDisableController</name>
    <message>
        <source>Disabling stops the subaccount&apos;s API keys from working and makes its dashboard read-only. Its keys, domains and history stay as evidence. You can enable it again later in the Control Panel.</source>
        <translation>Disattivandolo, le chiavi API del sottoaccount smettono di funzionare e il suo pannello diventa di sola lettura. Le sue chiavi, i domini e la cronologia restano come prove. Potrai riattivarlo in seguito nel Control Panel.</translation>
    </message>
    <message>
        <source>Disable the subaccount “%1”?</source>
        <translation>Disattivare il sottoaccount “%1”?</translation>
    </message>
    <message>
        <source>The subaccount was not disabled, because the record of your recovery could not be saved.</source>
        <translation>Il sottoaccount non è stato disattivato, perché non è stato possibile salvare il registro del tuo ripristino.</translation>
    </message>
    <message>
        <source>It is not known whether the subaccount “%1” is disabled: Mailgun&apos;s list of subaccounts could not be read. Check it in the Control Panel.</source>
        <translation>Non si sa se il sottoaccount “%1” è disattivato: non è stato possibile leggere l&apos;elenco dei sottoaccount di Mailgun. Controlla nel Control Panel.</translation>
    </message>
    <message>
        <source>The subaccount “%1” is disabled.</source>
        <translation>Il sottoaccount “%1” è disattivato.</translation>
    </message>
    <message>
        <source>Mailgun did not disable the subaccount “%1”; it is still %2.</source>
        <translation>Mailgun non ha disattivato il sottoaccount “%1”; il suo stato è ancora %2.</translation>
    </message>
    <message>
        <source>Mailgun no longer lists the subaccount “%1”.</source>
        <translation>Mailgun non elenca più il sottoaccount “%1”.</translation>
    </message>
</context>
<context>
    <name>SubaccountDisablePanel</name>
    <message>
        <source>Disable this subaccount…</source>
        <translation>Disattiva questo sottoaccount…</translation>
    </message>
    <message>
        <source>This subaccount is disabled.</source>
        <translation>Questo sottoaccount è disattivato.</translation>
    </message>
    <message>
        <source>This subaccount is closed.</source>
        <translation>Questo sottoaccount è chiuso.</translation>
    </message>
    <message>
        <source>Disable the subaccount?</source>
        <translation>Disattivare il sottoaccount?</translation>
    </message>
    <message>
        <source>Disable the subaccount “%1”?</source>
        <translation>Disattivare il sottoaccount “%1”?</translation>
    </message>
    <message>
        <source>Disable it</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantieni</translation>
    </message>
    <message>
        <source>Disabled by the program.</source>
        <translation>Disattivato dal programma.</translation>
    </message>
    <message>
        <source>Disabling it…</source>
        <translation>Disattivazione in corso…</translation>
    </message>
    <message>
        <source>If nobody on your team made it, disable it. It can be enabled again later.</source>
        <translation>Se nessuno del tuo gruppo l&apos;ha creato, disattivalo. Potrai riattivarlo in seguito.</translation>
    </message>
</context>
<context>
    <name>SubaccountHoldingsText</name>
    <message>
        <source>It has no API keys.</source>
        <translation>Non ha chiavi API.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n API key(s): %1.</source>
        <translation>
            <numerusform>Ha %n chiave API: %1.</numerusform>
            <numerusform>Ha %n chiavi API: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>its API keys</source>
        <translation>le sue chiavi API</translation>
    </message>
    <message>
        <source>its domains in the %1</source>
        <translation>i suoi domini nella regione %1</translation>
    </message>
    <message>
        <source>the SMTP logins of %1</source>
        <translation>i login SMTP di %1</translation>
    </message>
    <message>
        <source>its routes in the %1</source>
        <translation>le sue route nella regione %1</translation>
    </message>
    <message>
        <source>the webhooks of %1</source>
        <translation>i webhook di %1</translation>
    </message>
    <message>
        <source>its account webhooks in the %1</source>
        <translation>i suoi webhook dell&apos;account nella regione %1</translation>
    </message>
    <message>
        <source>Its domains: %1.</source>
        <translation>I suoi domini: %1.</translation>
    </message>
    <message>
        <source>It has no domains.</source>
        <translation>Non ha domini.</translation>
    </message>
    <message>
        <source>Its SMTP logins: %1.</source>
        <translation>I suoi login SMTP: %1.</translation>
    </message>
    <message>
        <source>Its routes: %1.</source>
        <translation>Le sue route: %1.</translation>
    </message>
    <message>
        <source>It has no routes.</source>
        <translation>Non ha route.</translation>
    </message>
    <message>
        <source>Its webhooks send events to: %1.</source>
        <translation>I suoi webhook inviano eventi a: %1.</translation>
    </message>
    <message>
        <source>It has no webhooks.</source>
        <translation>Non ha webhook.</translation>
    </message>
    <message>
        <source>The program could not list these for this subaccount, because Mailgun refused or did not answer: %1.</source>
        <extracomment>%1 lists what could not be read, e.g. &quot;its API keys, its routes in the US region&quot;.</extracomment>
        <translation>Il programma non è riuscito a elencare quanto segue per questo sottoaccount, perché Mailgun ha rifiutato o non ha risposto: %1.</translation>
    </message>
    <message>
        <source>The program could not list these for this subaccount, because Mailgun&apos;s answer was not the subaccount&apos;s own: %1.</source>
        <extracomment>%1 lists what could not be read, e.g. &quot;its API keys, its routes in the US region&quot;.</extracomment>
        <translation>Il programma non è riuscito a elencare quanto segue per questo sottoaccount, perché la risposta di Mailgun non era quella del sottoaccount: %1.</translation>
    </message>
    <message>
        <source>The program could not list these for this subaccount, because Mailgun&apos;s answer was empty, like your main account&apos;s, and proves nothing: %1.</source>
        <extracomment>%1 lists what could not be read, e.g. &quot;its API keys, its routes in the US region&quot;.</extracomment>
        <translation>Il programma non è riuscito a elencare quanto segue per questo sottoaccount, perché la risposta di Mailgun era vuota, come quella del tuo account principale, e quindi non prova nulla: %1.</translation>
    </message>
</context>
<context>
    <name>SubaccountStatus</name>
    <message>
        <source>open</source>
        <extracomment>A subaccount&apos;s status: it works and can send email. Used inside sentences such as &quot;It is open.&quot; or &quot;status: open&quot;.</extracomment>
        <translation>attivo</translation>
    </message>
    <message>
        <source>disabled</source>
        <extracomment>A subaccount&apos;s status: its API keys stop working and its dashboard is read-only.</extracomment>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>closed</source>
        <extracomment>A subaccount&apos;s status: Mailgun closed it for good.</extracomment>
        <translation>chiuso</translation>
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
            <numerusform>- e %n altro.</numerusform>
            <numerusform>- e altri %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <source>The old API key %1 STILL WORKS: Mailgun accepted it at %2. Delete it in the Control Panel now.</source>
        <translation>La vecchia chiave API %1 FUNZIONA ANCORA: Mailgun l&apos;ha accettata il %2. Eliminala subito nel Control Panel.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The SMTP password of %1 (%2) could not be changed (%3). Change it in the Control Panel.</source>
        <translation>Non è stato possibile cambiare la password SMTP di %1 (%2) (%3). Cambiala nel Control Panel.</translation>
    </message>
    <message>
        <source>The SMTP login %1 (%2) could not be deleted (%3). Delete it in the Control Panel.</source>
        <translation>Non è stato possibile eliminare il login SMTP %1 (%2) (%3). Eliminalo nel Control Panel.</translation>
    </message>
    <message>
        <source>A replacement of the API key was started and is not finished.</source>
        <translation>È stata iniziata una sostituzione della chiave API che non è finita.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>New passwords set: %1. Logins deleted: %2. Failed: %3.</source>
        <translation>Nuove password impostate: %1. Login eliminati: %2. Non riusciti: %3.</translation>
    </message>
    <message>
        <source>The replacement of the API key is not finished. Open step 2 in the program to continue it.</source>
        <translation>La sostituzione della chiave API non è finita. Apri il passo 2 nel programma per continuarla.</translation>
    </message>
    <message>
        <source>The reset of the SMTP passwords is not finished. Open step 3 in the program to go on.</source>
        <translation>La reimpostazione delle password SMTP non è finita. Apri il passo 3 nel programma per andare avanti.</translation>
    </message>
    <message>
        <source>The old API key %1 could not be deleted. Delete it in the Control Panel.</source>
        <translation>Non è stato possibile eliminare la vecchia chiave API %1. Eliminala nel Control Panel.</translation>
    </message>
    <message>
        <source>%1 has not changed their password since the incident began.</source>
        <translation>%1 non ha cambiato la password dopo l&apos;inizio dell&apos;incidente.</translation>
    </message>
    <message>
        <source>%1 does not use two-factor sign-in yet.</source>
        <translation>%1 non usa ancora l&apos;accesso a due fattori.</translation>
    </message>
    <message>
        <source>The program has not checked the users&apos; passwords and two-factor sign-in.</source>
        <translation>Il programma non ha controllato le password degli utenti e l&apos;accesso a due fattori.</translation>
    </message>
    <message>
        <source>Step %1, &quot;%2&quot;: not yet confirmed: %3.</source>
        <translation>Passo %1, “%2”: non ancora confermato: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) changed their password after the incident began.</source>
        <translation>
            <numerusform>Utenti che hanno cambiato la password dopo l&apos;inizio dell&apos;incidente: %1 su %n.</numerusform>
            <numerusform>Utenti che hanno cambiato la password dopo l&apos;inizio dell&apos;incidente: %1 su %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) use two-factor sign-in.</source>
        <translation>
            <numerusform>Utenti che usano l&apos;accesso a due fattori: %1 su %n.</numerusform>
            <numerusform>Utenti che usano l&apos;accesso a due fattori: %1 su %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserStatusController</name>
    <message>
        <source>The connection to Mailgun is not set up. Go back to the Connect page.</source>
        <translation>La connessione a Mailgun non è configurata. Torna alla pagina “Connettiti a Mailgun”.</translation>
    </message>
    <message>
        <source>%1 The report will not show this check of your users.</source>
        <translation>%1 Il rapporto non mostrerà questo controllo dei tuoi utenti.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed. Make room on the disk (or make the folder writable), then try again.</source>
        <translation>%1 Non è stato modificato nulla. Libera spazio sul disco (o rendi la cartella scrivibile) e riprova.</translation>
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
        <translation>Ciao %1,

attiva l&apos;accesso a due fattori (2FA) per il tuo utente Mailgun (%2). Ci vogliono cinque minuti:

1. Installa sul telefono un&apos;app di autenticazione, per esempio Google Authenticator o Microsoft Authenticator.
2. Accedi su https://app.mailgun.com. Fai clic sul tuo nome in alto, poi su Security.
3. Attiva l&apos;accesso a due fattori e inquadra con l&apos;app il codice quadrato.
4. Per confermare, scrivi il codice che mostra l&apos;app. Se ricevi dei codici di recupero (recovery codes), conservali in un posto sicuro.

Pagina di aiuto di Mailgun: %3
</translation>
    </message>
    <message>
        <source>This API key is not allowed to read the list of users: only a key with the Admin role can. The step can still be done by hand: follow the instructions and confirm each item when it is done.</source>
        <translation>Questa chiave API non ha il permesso di leggere l&apos;elenco degli utenti: può farlo solo una chiave con il ruolo Admin. Puoi comunque fare il passo a mano: segui le istruzioni e conferma ogni voce quando l&apos;hai completata.</translation>
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
        <translation>%1, proprietario</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Non completato</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Non attivo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>Turned on, but the code from the phone app was never confirmed.</source>
        <translation>Attivato, ma il codice dell&apos;app sul telefono non è mai stato confermato.</translation>
    </message>
    <message>
        <source>When the password was last changed</source>
        <translation>Quando è stata cambiata la password l&apos;ultima volta</translation>
    </message>
    <message>
        <source>Whether two-factor sign-in is on</source>
        <translation>Se l&apos;accesso a due fattori è attivo</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Due fattori</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Reset link</source>
        <translation>Link di reimpostazione</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
</context>
<context>
    <name>UserStatusPanel</name>
    <message>
        <source>&lt;b&gt;Check who has a new password&lt;/b&gt;</source>
        <translation>&lt;b&gt;Controlla chi ha una nuova password&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check who has two-factor sign-in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Controlla chi ha l&apos;accesso a due fattori&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Check the users&apos; passwords again</source>
        <translation>Controlla di nuovo le password degli utenti</translation>
    </message>
    <message>
        <source>Check the users&apos; two-factor sign-in again</source>
        <translation>Controlla di nuovo l&apos;accesso a due fattori degli utenti</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>Lettura degli utenti</translation>
    </message>
    <message>
        <source>Reading the account&apos;s users...</source>
        <translation>Lettura degli utenti dell&apos;account...</translation>
    </message>
    <message>
        <source>The program cannot change anyone&apos;s password, but it can check who has. Each person asks Mailgun for a reset email and chooses a new password. Only a change after the incident started (%1) counts.</source>
        <translation>Il programma non può cambiare la password di nessuno, ma può controllare chi l&apos;ha cambiata. Ogni persona chiede a Mailgun un&apos;email di reimpostazione e sceglie una nuova password. Conta solo una modifica fatta dopo l&apos;inizio dell&apos;incidente (%1).</translation>
    </message>
    <message>
        <source>Practice account: &quot;Practice reset&quot; pretends the person did it; then click Refresh.</source>
        <translation>Account di prova: “Prova: reimposta” finge che la persona l&apos;abbia fatto; poi fai clic su Aggiorna.</translation>
    </message>
    <message>
        <source>&quot;Reset...&quot; opens Mailgun&apos;s reset page and copies the person&apos;s email address, ready to paste there.</source>
        <translation>“Reimposta...” apre la pagina di reimpostazione di Mailgun e copia l&apos;indirizzo email della persona, pronto da incollare lì.</translation>
    </message>
    <message>
        <source>The program cannot turn on two-factor sign-in for anyone, but it can check who has. Each person signs in at app.mailgun.com, clicks their name, then Security, and turns it on with a phone app. &lt;a href=&quot;%1&quot;&gt;Mailgun&apos;s help page&lt;/a&gt; explains each step.</source>
        <translation>Il programma non può attivare l&apos;accesso a due fattori per nessuno, ma può controllare chi l&apos;ha attivato. Ogni persona accede su app.mailgun.com, fa clic sul suo nome, poi su Security, e lo attiva con un&apos;app sul telefono. La &lt;a href=&quot;%1&quot;&gt;pagina di aiuto di Mailgun&lt;/a&gt; spiega ogni passaggio.</translation>
    </message>
    <message>
        <source>Practice account: &quot;Practice: turn on&quot; pretends the person did it; then click Refresh.</source>
        <translation>Account di prova: “Prova: attiva” finge che la persona l&apos;abbia fatto; poi fai clic su Aggiorna.</translation>
    </message>
    <message>
        <source>&quot;Copy how-to&quot; copies these steps, ready to email to the person.</source>
        <translation>“Copia istruzioni” copia questi passaggi, pronti da mandare per email alla persona.</translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <translation>Controllato alle %1.</translation>
    </message>
    <message>
        <source>You can also tick the items below by hand when they are done.</source>
        <translation>Puoi anche spuntare a mano le voci qui sotto quando sono completate.</translation>
    </message>
    <message>
        <source>Mailgun listed no users for this account. Tick the items below by hand.</source>
        <translation>Mailgun non ha elencato nessun utente per questo account. Spunta a mano le voci qui sotto.</translation>
    </message>
    <message>
        <source>Everyone has chosen a new password since the incident started.</source>
        <translation>Tutti hanno scelto una nuova password dopo l&apos;inizio dell&apos;incidente.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 people still have to choose a new password.</source>
        <translation>
            <numerusform>%n persona su %1 deve ancora scegliere una nuova password.</numerusform>
            <numerusform>%n persone su %1 devono ancora scegliere una nuova password.</numerusform>
        </translation>
    </message>
    <message>
        <source>One thing only you can decide: is everyone in this list someone who should still have access? Remove anyone who should not in the Control Panel, then tick the first item below.</source>
        <translation>Una cosa puoi deciderla solo tu: tutte le persone in questo elenco devono ancora avere accesso? Nel Control Panel rimuovi chi non deve, poi spunta la prima voce qui sotto.</translation>
    </message>
    <message>
        <source>This step is done.</source>
        <translation>Questo passo è completato.</translation>
    </message>
    <message>
        <source>Everyone has two-factor sign-in turned on. This step is done.</source>
        <translation>Tutti hanno attivato l&apos;accesso a due fattori. Questo passo è completato.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 people still have to turn on two-factor sign-in.</source>
        <translation>
            <numerusform>%n persona su %1 deve ancora attivare l&apos;accesso a due fattori.</numerusform>
            <numerusform>%n persone su %1 devono ancora attivare l&apos;accesso a due fattori.</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice account could not be changed. Go back to the Connect page and choose the practice account again.</source>
        <translation>Non è stato possibile modificare l&apos;account di prova. Torna alla pagina “Connettiti a Mailgun” e scegli di nuovo l&apos;account di prova.</translation>
    </message>
    <message>
        <source>Practice: %1 has now chosen a new password in the practice account. With a real account, they would click the link in Mailgun&apos;s email within 20 minutes. Click Refresh to check.</source>
        <translation>Prova: ora %1 ha scelto una nuova password nell&apos;account di prova. Con un account reale, la persona farebbe clic sul link nell&apos;email di Mailgun entro 20 minuti. Fai clic su Aggiorna per controllare.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s sign-in page is open in your browser and %1 is copied. Click &quot;Forgot password?&quot;, paste the address and send the request. Mailgun emails %2 a link that works for 20 minutes, so ask them to use it straight away. When they are done, click Refresh.</source>
        <translation>La pagina di accesso di Mailgun è aperta nel browser e %1 è stato copiato. Fai clic su “Forgot password?”, incolla l&apos;indirizzo e invia la richiesta. Mailgun manda a %2 un&apos;email con un link che vale 20 minuti, quindi chiedile di usarlo subito. Quando ha finito, fai clic su Aggiorna.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Go to %1 yourself and click &quot;Forgot password?&quot;; %2 is copied, ready to paste. Mailgun emails %3 a link that works for 20 minutes.</source>
        <translation>Non è stato possibile aprire il browser. Vai tu su %1 e fai clic su “Forgot password?”; %2 è stato copiato, pronto da incollare. Mailgun manda a %3 un&apos;email con un link che vale 20 minuti.</translation>
    </message>
    <message>
        <source>Practice: %1 has now turned on two-factor sign-in in the practice account. Click Refresh to check.</source>
        <translation>Prova: ora %1 ha attivato l&apos;accesso a due fattori nell&apos;account di prova. Fai clic su Aggiorna per controllare.</translation>
    </message>
    <message>
        <source>The instructions for %1 are copied. Paste them into an email to %2. When they are done, click Refresh.</source>
        <translation>Le istruzioni per %1 sono state copiate. Incollale in un&apos;email a %2. Quando ha finito, fai clic su Aggiorna.</translation>
    </message>
</context>
<context>
    <name>UserStatusTable</name>
    <message>
        <source>Users of the account and whether each has a new password</source>
        <translation>Utenti dell&apos;account e se ognuno ha una nuova password</translation>
    </message>
    <message>
        <source>Users of the account and whether each has two-factor sign-in</source>
        <translation>Utenti dell&apos;account e se ognuno ha l&apos;accesso a due fattori</translation>
    </message>
    <message>
        <source>Practice reset</source>
        <translation>Prova: reimposta</translation>
    </message>
    <message>
        <source>Practice: pretend %1 reset their password</source>
        <translation>Prova: fingi che %1 abbia reimpostato la password</translation>
    </message>
    <message>
        <source>Practice account only: pretends that %1 asked for a reset email and chose a new password. Click Refresh afterwards to check.</source>
        <translation>Solo account di prova: finge che %1 abbia chiesto un&apos;email di reimpostazione e scelto una nuova password. Poi fai clic su Aggiorna per controllare.</translation>
    </message>
    <message>
        <source>Reset...</source>
        <translation>Reimposta...</translation>
    </message>
    <message>
        <source>Open Mailgun&apos;s password reset page for %1</source>
        <translation>Apri la pagina di reimpostazione della password di Mailgun per %1</translation>
    </message>
    <message>
        <source>Opens Mailgun&apos;s password reset page in your browser and copies %1 so you can paste it there.</source>
        <translation>Apre nel browser la pagina di reimpostazione della password di Mailgun e copia %1, così puoi incollarlo lì.</translation>
    </message>
    <message>
        <source>Practice: turn on</source>
        <translation>Prova: attiva</translation>
    </message>
    <message>
        <source>Practice: pretend %1 turned on two-factor sign-in</source>
        <translation>Prova: fingi che %1 abbia attivato l&apos;accesso a due fattori</translation>
    </message>
    <message>
        <source>Practice account only: pretends that %1 turned on two-factor sign-in. Click Refresh afterwards to check.</source>
        <translation>Solo account di prova: finge che %1 abbia attivato l&apos;accesso a due fattori. Poi fai clic su Aggiorna per controllare.</translation>
    </message>
    <message>
        <source>Copy how-to</source>
        <translation>Copia istruzioni</translation>
    </message>
    <message>
        <source>Copy instructions for %1 to turn on two-factor sign-in</source>
        <translation>Copia le istruzioni per %1 su come attivare l&apos;accesso a due fattori</translation>
    </message>
    <message>
        <source>Copies a short message for %1 that explains how to turn on two-factor sign-in. Paste it into an email to them.</source>
        <translation>Copia un breve messaggio per %1 che spiega come attivare l&apos;accesso a due fattori. Incollalo in un&apos;email a questa persona.</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>Reading the account&apos;s users...</source>
        <translation>Lettura degli utenti dell&apos;account...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1 (proprietario)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Users of the account. &quot;New password&quot; means changed after the incident start (%1).</source>
        <translation>Utenti dell&apos;account. &quot;Nuova password&quot; significa cambiata dopo l&apos;inizio dell&apos;incidente (%1).</translation>
    </message>
    <message>
        <source>Mailgun listed no users.</source>
        <translation>Mailgun non ha elencato nessun utente.</translation>
    </message>
    <message>
        <source>Every user has a new password and two-factor sign-in: steps 4 and 5 are done.</source>
        <translation>Ogni utente ha una nuova password e l&apos;accesso a due fattori: i passi 4 e 5 sono completati.</translation>
    </message>
    <message numerus="yes">
        <source>Still to do: %n user(s) must change their password,</source>
        <translation>
            <numerusform>Ancora da fare: %n utente deve cambiare la password,</numerusform>
            <numerusform>Ancora da fare: %n utenti devono cambiare la password,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) must turn on two-factor sign-in.</source>
        <translation>
            <numerusform>%n utente deve attivare l&apos;accesso a due fattori.</numerusform>
            <numerusform>%n utenti devono attivare l&apos;accesso a due fattori.</numerusform>
        </translation>
    </message>
    <message>
        <source>2FA on</source>
        <translation>2FA attiva</translation>
    </message>
</context>
<context>
    <name>VolumeFindings</name>
    <message>
        <source>Sending jumped to %1 a day on %2 (normally about %3)</source>
        <translation>Il %2 gli invii sono saliti a %1 al giorno (di solito circa %3)</translation>
    </message>
    <message>
        <source>%1 of them through the US region and %2 through the EU region.</source>
        <translation>Di questi, %1 tramite la regione US e %2 tramite la regione EU.</translation>
    </message>
    <message>
        <source>The rise began around %1.</source>
        <translation>L&apos;aumento è iniziato intorno al %1.</translation>
    </message>
    <message>
        <source>A sudden rise like this usually means someone is sending spam with a leaked key or SMTP login. Replace the keys and SMTP passwords (steps 2 and 3), and give these dates to Mailgun support.</source>
        <translation>Un aumento improvviso come questo di solito significa che qualcuno sta inviando spam con una chiave o un login SMTP trapelati. Sostituisci le chiavi e le password SMTP (passi 2 e 3) e comunica queste date all&apos;assistenza di Mailgun.</translation>
    </message>
    <message numerus="yes">
        <source>On %1 your account sent %Ln message(s).</source>
        <translation>
            <numerusform>Il %1 il tuo account ha inviato %Ln messaggio.</numerusform>
            <numerusform>Il %1 il tuo account ha inviato %Ln messaggi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 your account sent %Ln message(s).</source>
        <translation>
            <numerusform>Dal %1 al %2 il tuo account ha inviato %Ln messaggio.</numerusform>
            <numerusform>Dal %1 al %2 il tuo account ha inviato %Ln messaggi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebsiteProbePanel</name>
    <message>
        <source>Website address:</source>
        <translation>Indirizzo del sito web:</translation>
    </message>
    <message>
        <source>for example www.example.com</source>
        <translation>per esempio www.example.com</translation>
    </message>
    <message>
        <source>Folder of your website (if any):</source>
        <translation>Cartella del tuo sito web (se c&apos;è):</translation>
    </message>
    <message>
        <source>for example shop</source>
        <translation>per esempio shop</translation>
    </message>
    <message>
        <source>Check my website</source>
        <translation>Controlla il mio sito web</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Reading the list of your API keys…</source>
        <translation>Lettura dell&apos;elenco delle tue chiavi API…</translation>
    </message>
    <message>
        <source>That does not look like a website address. Type it as you would in a web browser, for example www.example.com.</source>
        <translation>Non sembra un indirizzo di sito web. Scrivilo come faresti in un browser web, per esempio www.example.com.</translation>
    </message>
    <message>
        <source>Checking your website…</source>
        <translation>Controllo del tuo sito web…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione in corso…</translation>
    </message>
    <message>
        <source>Stopped before anything was checked.</source>
        <translation>Interrotto prima di controllare qualcosa.</translation>
    </message>
    <message>
        <source>Stopped. Addresses checked before that: %1.</source>
        <translation>Interrotto. Indirizzi controllati fino a quel momento: %1.</translation>
    </message>
    <message>
        <source>Addresses checked on your website: %1.</source>
        <translation>Indirizzi controllati sul tuo sito web: %1.</translation>
    </message>
    <message>
        <source>None of the usual files that give keys away could be opened. That is good.</source>
        <translation>Non è stato possibile aprire nessuno dei soliti file che rivelano le chiavi. Questo è un bene.</translation>
    </message>
    <message>
        <source>Files anyone can open: %1. Close them before step 2, or the new key can leak the same way.</source>
        <translation>File che chiunque può aprire: %1. Chiudili prima del passo 2, altrimenti anche la nuova chiave può trapelare allo stesso modo.</translation>
    </message>
    <message>
        <source>The findings could not be saved for the report. Check that the disk is not full.</source>
        <translation>Non è stato possibile salvare i risultati per il rapporto. Controlla che il disco non sia pieno.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n address(es)…</source>
        <translation>
            <numerusform>Indirizzi controllati: %1 su %n…</numerusform>
            <numerusform>Indirizzi controllati: %1 su %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>The program asks your website for the files that often give keys away, such as .env files, phpinfo pages and backups. It only reads, like a web browser, and asks slowly. Only check websites that belong to you.</source>
        <translation>Il programma chiede al tuo sito web i file che spesso rivelano le chiavi, come file .env, pagine phpinfo e backup. Legge soltanto, come un browser web, e fa le richieste lentamente. Controlla solo siti web che ti appartengono.</translation>
    </message>
    <message>
        <source>I own this website, and I may check it</source>
        <translation>Possiedo questo sito web e posso controllarlo</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>You stay in control</source>
        <translation>Decidi tu</translation>
    </message>
    <message>
        <source>Nothing in your account changes without asking you first.</source>
        <translation>Nel tuo account non cambia nulla senza prima chiedertelo.</translation>
    </message>
    <message>
        <source>New keys and passwords are kept in this computer&apos;s secure password storage (the keychain), not in a file.</source>
        <translation>Le nuove chiavi e password vengono conservate nell&apos;archivio sicuro delle password di questo computer (il portachiavi), non in un file.</translation>
    </message>
    <message>
        <source>You can stop at any time and continue later. The assistant remembers where you were.</source>
        <translation>Puoi fermarti in qualsiasi momento e continuare più tardi. L&apos;assistente ricorda dove eri arrivato.</translation>
    </message>
    <message>
        <source>Want to try it first? On the next page, choose the practice account: nothing real changes there.</source>
        <translation>Vuoi provare prima? Nella pagina successiva scegli l&apos;account di prova: lì non cambia nulla di reale.</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>A che punto sei</translation>
    </message>
    <message>
        <source>What you already did</source>
        <translation>Cosa hai già fatto</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Cosa vuoi fare?</translation>
    </message>
    <message>
        <source>&amp;Continue where you left off</source>
        <translation>&amp;Continua da dove avevi interrotto</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Continua da dove avevi interrotto</translation>
    </message>
    <message>
        <source>You connect to your account again, then go straight to the step where you stopped.</source>
        <translation>Ti connetti di nuovo al tuo account e poi vai direttamente al passo in cui ti eri fermato.</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Ricomincia da capo</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Ricomincia da capo</translation>
    </message>
    <message>
        <source>The assistant forgets which steps you finished and begins at step 1. Nothing in your Mailgun account is undone.</source>
        <translation>L&apos;assistente dimentica quali passi hai completato e riparte dal passo 1. Nel tuo account Mailgun non viene annullato nulla.</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Cosa succederà</translation>
    </message>
    <message>
        <source>Find out how the key leaked, so it does not happen again.</source>
        <translation>Scoprire come è trapelata la chiave, perché non succeda di nuovo.</translation>
    </message>
    <message>
        <source>Replace the API key (the password your website uses for Mailgun) and delete the old ones.</source>
        <translation>Sostituire la chiave API (la password che il tuo sito web usa per Mailgun) ed eliminare quelle vecchie.</translation>
    </message>
    <message>
        <source>Give the SMTP logins (the passwords programs use to send email) new passwords.</source>
        <translation>Dare nuove password ai login SMTP (le password che i programmi usano per inviare email).</translation>
    </message>
    <message>
        <source>Make sure every person with access chooses a new password.</source>
        <translation>Assicurarsi che ogni persona con accesso scelga una nuova password.</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in: a code from a phone, on top of the password.</source>
        <translation>Attivare l&apos;accesso a due fattori: un codice dal telefono, oltre alla password.</translation>
    </message>
    <message>
        <source>Tell Mailgun support what happened and what you did.</source>
        <translation>Raccontare all&apos;assistenza di Mailgun cosa è successo e cosa hai fatto.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>How long it takes</source>
        <translation>Quanto tempo ci vuole</translation>
    </message>
    <message>
        <source>About 30 to 60 minutes: a few minutes per step, longer if you have many domains or users.</source>
        <translation>Circa 30-60 minuti: qualche minuto per passo, di più se hai molti domini o utenti.</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Bentornato</translation>
    </message>
    <message>
        <source>You already started to lock intruders out of your Mailgun account. The assistant remembers where you were.</source>
        <translation>Hai già iniziato a chiudere fuori gli intrusi dal tuo account Mailgun. L&apos;assistente ricorda dove eri arrivato.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <source>This assistant helps you lock intruders out of your Mailgun account, step by step, the way Mailgun recommends.</source>
        <translation>Questo assistente ti aiuta a chiudere fuori gli intrusi dal tuo account Mailgun, passo dopo passo, come consiglia Mailgun.</translation>
    </message>
    <message>
        <source>Could not start over</source>
        <translation>Impossibile ricominciare da capo</translation>
    </message>
    <message>
        <source>The assistant could not set aside its record of your progress, so it still remembers where you were. You can continue instead.

Details: %1</source>
        <translation>L&apos;assistente non è riuscito a mettere da parte il registro dei tuoi progressi, quindi ricorda ancora dove eri arrivato. Puoi invece continuare.

Dettagli: %1</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Ricominciare da capo?</translation>
    </message>
    <message>
        <source>Start over from step 1?</source>
        <translation>Ricominciare dal passo 1?</translation>
    </message>
    <message>
        <source>The assistant sets aside its record of what you did so far, and the list of steps starts empty again.

Nothing in your Mailgun account is undone: new keys and passwords stay as they are, and deleted keys stay deleted. Keys and passwords saved in this computer&apos;s keychain stay there too.</source>
        <translation>L&apos;assistente mette da parte il registro di ciò che hai fatto finora e l&apos;elenco dei passi riparte da zero.

Nel tuo account Mailgun non viene annullato nulla: le nuove chiavi e password restano come sono e le chiavi eliminate restano eliminate. Anche le chiavi e le password salvate nel portachiavi di questo computer restano lì.</translation>
    </message>
    <message>
        <source>Keep my progress</source>
        <translation>Mantieni i miei progressi</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The assistant uses %1 the next time it starts.</source>
        <translation>L&apos;assistente userà %1 al prossimo avvio.</translation>
    </message>
    <message>
        <source>You chose the practice account: nothing real changes there.</source>
        <translation>Hai scelto l&apos;account di prova: lì non cambia nulla di reale.</translation>
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
        <translation>L&apos;assistente è già aperto</translation>
    </message>
    <message>
        <source>Earlier progress could not be read</source>
        <translation>Non è stato possibile leggere i progressi precedenti</translation>
    </message>
    <message>
        <source>The assistant could not read all of the record of what you did before. You can go on.

%1</source>
        <translation>L&apos;assistente non è riuscito a leggere tutto il registro di ciò che hai fatto prima. Puoi andare avanti.

%1</translation>
    </message>
    <message>
        <source>The practice account could not start</source>
        <translation>Non è stato possibile avviare l&apos;account di prova</translation>
    </message>
    <message>
        <source>The practice account could not start, so the assistant opens on your own account instead.

Details: %1</source>
        <translation>Non è stato possibile avviare l&apos;account di prova, quindi l&apos;assistente si apre invece sul tuo account.

Dettagli: %1</translation>
    </message>
</context>
</TS>
