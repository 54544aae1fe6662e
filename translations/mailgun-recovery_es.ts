<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountCleanup</name>
    <message>
        <source>This webhook also sends to another address of yours. Remove only the unknown address in the Control Panel (Sending, Webhooks).</source>
        <translation>Este webhook también envía a otra dirección suya. Quite solo la dirección desconocida en el Control Panel (Sending, Webhooks).</translation>
    </message>
    <message>
        <source>Delete this route in the %1?

It handles mail that matches %2 and does: %3.

Mail will no longer be forwarded this way. The program writes down what the route did, so you can set it up again if it was yours.</source>
        <translation>¿Eliminar esta ruta en la región %1?

Procesa el correo que coincide con %2 y hace lo siguiente: %3.

El correo dejará de reenviarse por esta vía. El programa anota lo que hacía la ruta, para que pueda volver a crearla si era suya.</translation>
    </message>
    <message>
        <source>Delete this account webhook in the %1?

It sends %2 to %3.

The program writes down the address and the events, so you can set it up again if it was yours.</source>
        <translation>¿Eliminar este webhook de cuenta en la región %1?

Envía %2 a %3.

El programa anota la dirección y los eventos, para que pueda volver a crearlo si era suyo.</translation>
    </message>
    <message>
        <source>Stop sending a copy of every message from %1 to %2?

The program writes down the address, so you can set it again if it was yours.</source>
        <translation>¿Dejar de enviar una copia de cada mensaje de %1 a %2?

El programa anota la dirección, para que pueda volver a ponerla si era suya.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delete the webhooks that send to %1?

%2

The program writes down the address and the events, so you can set them up again if they were yours.</source>
        <translation>¿Eliminar los webhooks que envían a %1?

%2

El programa anota la dirección y los eventos, para que pueda volver a crearlos si eran suyos.</translation>
    </message>
    <message>
        <source>%1 Nothing more was removed, so that the record stays complete. Make room on the disk (or make the folder writable), then try again.</source>
        <translation>%1 No se quitó nada más, para que el registro quede completo. Libere espacio en el disco (o permita escribir en la carpeta) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>It could not be removed: %1</source>
        <translation>No se pudo quitar: %1</translation>
    </message>
    <message>
        <source>The route is deleted.</source>
        <translation>Se eliminó la ruta.</translation>
    </message>
    <message>
        <source>The account webhook is deleted.</source>
        <translation>Se eliminó el webhook de cuenta.</translation>
    </message>
    <message>
        <source>Mailgun accepted the change.</source>
        <translation>Mailgun aceptó el cambio.</translation>
    </message>
    <message>
        <source>The webhooks are deleted.</source>
        <translation>Se eliminaron los webhooks.</translation>
    </message>
    <message>
        <source>Some of it could not be removed: %1</source>
        <translation>Una parte no se pudo quitar: %1</translation>
    </message>
</context>
<context>
    <name>AccountReview</name>
    <message>
        <source>at an unknown time</source>
        <translation>en un momento desconocido</translation>
    </message>
    <message>
        <source>less than an hour ago</source>
        <translation>hace menos de una hora</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>the key “%1” created %2 (no creator recorded)</source>
        <translation>la clave «%1», creada %2 (no consta quién la creó)</translation>
    </message>
    <message>
        <source>the key “%1” created %2 (creator recorded as %3)</source>
        <translation>la clave «%1», creada %2 (consta como creador: %3)</translation>
    </message>
    <message>
        <source>No part of the account could be read. %1</source>
        <translation>No se pudo leer ninguna parte de la cuenta. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>the list of API keys</source>
        <translation>la lista de claves de API</translation>
    </message>
    <message>
        <source>the list of the account&apos;s users</source>
        <translation>la lista de usuarios de la cuenta</translation>
    </message>
    <message>
        <source>the list of subaccounts</source>
        <translation>la lista de subcuentas</translation>
    </message>
    <message>
        <source>the IP allowlist</source>
        <translation>la lista de IP permitidas</translation>
    </message>
    <message>
        <source>the list of domains in the %1</source>
        <translation>la lista de dominios de la región %1</translation>
    </message>
    <message>
        <source>the routes in the %1</source>
        <translation>las rutas de la región %1</translation>
    </message>
    <message>
        <source>the account-wide webhooks in the %1</source>
        <translation>los webhooks de toda la cuenta en la región %1</translation>
    </message>
    <message>
        <source>the SMTP logins of %1 (%2)</source>
        <translation>los usuarios SMTP de %1 (%2)</translation>
    </message>
    <message>
        <source>the webhooks of %1 (%2)</source>
        <translation>los webhooks de %1 (%2)</translation>
    </message>
    <message>
        <source>Could not read %1. %2</source>
        <extracomment>%1 names what was read, starting in lower case (&quot;the list of API keys&quot;); %2 is Mailgun&apos;s error explained in a sentence or two.</extracomment>
        <translation>No se pudo leer %1. %2</translation>
    </message>
    <message>
        <source>the sending logs in the %1</source>
        <translation>el historial de envíos de la región %1</translation>
    </message>
    <message>
        <source>the sending volume in the %1</source>
        <translation>el volumen de envíos de la región %1</translation>
    </message>
    <message>
        <source>the hour-by-hour sending volume in the %1</source>
        <translation>el volumen de envíos, hora por hora, de la región %1</translation>
    </message>
</context>
<context>
    <name>AccountReviewPanel</name>
    <message>
        <source>Review my account</source>
        <translation>Revisar mi cuenta</translation>
    </message>
    <message>
        <source>Remove the selected item…</source>
        <translation>Quitar el elemento seleccionado…</translation>
    </message>
    <message>
        <source>Deletes a route or webhook that sends your mail elsewhere, or stops an archive copy. The program asks first.</source>
        <translation>Elimina una ruta o un webhook que envía su correo a otro sitio, o detiene una copia de archivado. El programa le pregunta antes.</translation>
    </message>
    <message>
        <source>To review the account, go back to Connect and check an API key. You can still look through your files and your website, and use the guide below.</source>
        <translation>Para revisar la cuenta, vuelva a «Conectarse a Mailgun» y compruebe una clave de API. Aun así, puede revisar sus archivos y su sitio web, y seguir la guía de abajo.</translation>
    </message>
    <message>
        <source>Reading your account…</source>
        <translation>Leyendo su cuenta…</translation>
    </message>
    <message>
        <source>Review again</source>
        <translation>Revisar de nuevo</translation>
    </message>
    <message>
        <source>Nothing in the account looks like someone else&apos;s work.</source>
        <translation>Nada en la cuenta parece obra de otra persona.</translation>
    </message>
    <message>
        <source>Step 2 will propose deleting the keys flagged here.</source>
        <translation>El paso 2 propondrá eliminar las claves marcadas aquí.</translation>
    </message>
    <message>
        <source>The findings could not be saved for the report. Check that the disk is not full.</source>
        <translation>No se pudieron guardar los hallazgos para el informe. Compruebe que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>Some parts could not be read:</source>
        <translation>No se pudieron leer algunas partes:</translation>
    </message>
    <message>
        <source>Use %1, when the unusual sending began, as the start of the trouble</source>
        <translation>Usar %1, cuando empezó el envío inusual, como inicio del problema</translation>
    </message>
    <message>
        <source>Select a route, webhook or archive copy in the list to remove it here.</source>
        <translation>Seleccione en la lista una ruta, un webhook o una copia de archivado para quitarlo aquí.</translation>
    </message>
    <message>
        <source>This one is removed.</source>
        <translation>Este elemento ya se quitó.</translation>
    </message>
    <message>
        <source>The program cannot remove this one. Follow the advice in the list.</source>
        <translation>El programa no puede quitar este elemento. Siga el consejo de la lista.</translation>
    </message>
    <message>
        <source>Remove it?</source>
        <translation>¿Quitarlo?</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Removed by the program.</source>
        <translation>Quitado por el programa.</translation>
    </message>
    <message>
        <source>Removing it…</source>
        <translation>Quitando…</translation>
    </message>
    <message>
        <source>The program reads your account in both regions, US and EU. It changes nothing. It reads:
- API keys and SMTP logins
- routes: rules that forward incoming mail
- webhooks: addresses that get a copy of events
- archive copies, subaccounts and the IP allowlist
- the last 30 days of sending</source>
        <translation>El programa lee su cuenta en las dos regiones, US y EU. No cambia nada. Lee:
- claves de API y usuarios SMTP
- rutas: reglas que reenvían el correo entrante
- webhooks: direcciones que reciben una copia de los eventos
- copias de archivado, subcuentas y la lista de IP permitidas
- los envíos de los últimos 30 días</translation>
    </message>
    <message>
        <source>Things to look at: %1. The most serious come first.</source>
        <translation>Cosas que revisar: %1. Las más graves van primero.</translation>
    </message>
</context>
<context>
    <name>AccountSettingFindings</name>
    <message>
        <source>A subaccount “%1” was created %2, after the incident started</source>
        <translation>Se creó una subcuenta «%1» %2, después de que empezara el incidente</translation>
    </message>
    <message>
        <source>Subaccount “%1”</source>
        <translation>Subcuenta «%1»</translation>
    </message>
    <message>
        <source>A subaccount is a separate account under yours with its own domains and keys. It was created %1 and is %2. Its id is %3.</source>
        <translation>Una subcuenta es una cuenta aparte, dentro de la suya, con sus propios dominios y claves. Se creó %1 y su estado es «%2». Su id es %3.</translation>
    </message>
    <message>
        <source>Unless you made it, disable it (this program can do it for you) and tell Mailgun support. Do not close or delete it: that removes its keys, domains and history, which are the evidence.</source>
        <translation>Si no la creó usted, desactívela (este programa puede hacerlo por usted) y avise al soporte de Mailgun. No la cierre ni la elimine: eso borra sus claves, sus dominios y su historial, que son las pruebas.</translation>
    </message>
    <message>
        <source>Check that you still use it.</source>
        <translation>Compruebe que todavía la usa.</translation>
    </message>
    <message>
        <source>Your account has no IP allowlist</source>
        <translation>Su cuenta no tiene lista de IP permitidas</translation>
    </message>
    <message>
        <source>An IP allowlist limits the computers that may use your API keys and SMTP logins to the internet addresses you list. Without one, a leaked key works from anywhere.</source>
        <translation>Una lista de IP permitidas hace que solo los equipos con las direcciones de internet que usted indique puedan usar sus claves de API y sus usuarios SMTP. Sin ella, una clave filtrada funciona desde cualquier lugar.</translation>
    </message>
    <message>
        <source>Consider adding your servers&apos; addresses under Security in the Control Panel once the recovery is done. Include this computer&apos;s address, or the program is locked out.</source>
        <translation>Cuando termine la recuperación, piense en añadir las direcciones de sus servidores en Security, en el Control Panel. Incluya la dirección de este equipo; si no, el programa se quedará sin acceso.</translation>
    </message>
    <message>
        <source>Only these addresses may use your API keys and SMTP logins: %1.</source>
        <translation>Solo estas direcciones pueden usar sus claves de API y sus usuarios SMTP: %1.</translation>
    </message>
    <message>
        <source>Check that every address is one of yours: an intruder could have added their own.</source>
        <translation>Compruebe que todas las direcciones son suyas: un intruso podría haber añadido la suya.</translation>
    </message>
    <message numerus="yes">
        <source>Your IP allowlist has %n address(es)</source>
        <translation>
            <numerusform>Su lista de IP permitidas tiene %n dirección</numerusform>
            <numerusform>Su lista de IP permitidas tiene %n direcciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountSummary</name>
    <message>
        <source>This is an older key (it starts with &quot;key-&quot;). Mailgun lists such keys under an ID that has nothing to do with the key, so the program cannot tell which entry in the list it is.</source>
        <translation>Es una clave antigua (empieza por «key-»). Mailgun muestra estas claves con un ID que no tiene nada que ver con la clave, así que el programa no puede saber qué entrada de la lista es.</translation>
    </message>
    <message>
        <source>This key is not in the list of keys that Mailgun sent.</source>
        <translation>Esta clave no está en la lista de claves que envió Mailgun.</translation>
    </message>
</context>
<context>
    <name>AccountSummaryView</name>
    <message>
        <source>administrator: can do everything</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>administrator: puede hacerlo todo</translation>
    </message>
    <message>
        <source>developer: cannot manage keys</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>developer: no puede gestionar claves</translation>
    </message>
    <message>
        <source>analyst: can only read</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>analyst: solo puede leer</translation>
    </message>
    <message>
        <source>support: can only read most things</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>support: solo puede leer casi todo</translation>
    </message>
    <message>
        <source>sending: can only send email</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>sending: solo puede enviar correo</translation>
    </message>
    <message>
        <source>billing</source>
        <extracomment>Mailgun&apos;s role name &quot;billing&quot; (the role for invoices and payments). Keep it in English, as Mailgun&apos;s Control Panel shows it.</extracomment>
        <translation>billing</translation>
    </message>
    <message>
        <source>cannot be seen with this key</source>
        <translation>no se puede ver con esta clave</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Su cuenta</translation>
    </message>
    <message>
        <source>Domains in the US region:</source>
        <translation>Dominios en la región US:</translation>
    </message>
    <message>
        <source>Domains in the EU region:</source>
        <translation>Dominios en la región EU:</translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation>Claves de API:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Usuarios:</translation>
    </message>
    <message>
        <source>The key you gave:</source>
        <translation>La clave que usted indicó:</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clave %1</translation>
    </message>
    <message>
        <source>key %1 (%2)</source>
        <translation>clave %1 (%2)</translation>
    </message>
    <message>
        <source>unknown: this key is not allowed to read the list of keys</source>
        <translation>desconocido: esta clave no tiene permiso para leer la lista de claves</translation>
    </message>
</context>
<context>
    <name>ApiEndpoints</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid web address.</source>
        <translation>La dirección del servidor «%1» no es una dirección web válida.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not secure. Use an address that starts with https://. Plain http:// is only allowed for a server on this computer.</source>
        <translation>La dirección del servidor «%1» no es segura. Use una dirección que empiece por https://. Una dirección http:// sin cifrar solo se permite para un servidor de este equipo.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; must start with https://.</source>
        <translation>La dirección del servidor «%1» debe empezar por https://.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>This API key works, but it is not allowed to do this. Use a key with the Admin role. An account administrator can create one on the API Security page of the Mailgun Control Panel.</source>
        <translation>Esta clave de API funciona, pero no tiene permiso para hacer esto. Use una clave con el rol Admin. Un administrador de la cuenta puede crearla en la página API Security del Control Panel de Mailgun.</translation>
    </message>
    <message>
        <source>Mailgun has disabled this account, so the program cannot make changes for you. Follow the steps by hand in the Control Panel, and contact Mailgun support to restore the account.</source>
        <translation>Mailgun ha desactivado esta cuenta, así que el programa no puede hacer cambios por usted. Siga los pasos a mano en el Control Panel y contacte con el soporte de Mailgun para recuperar la cuenta.</translation>
    </message>
    <message>
        <source>Mailgun could not find this item. It may have been removed already. Refresh the list and try again.</source>
        <translation>Mailgun no encontró este elemento. Puede que ya se haya quitado. Actualice la lista y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Mailgun has a temporary problem. Nothing was lost. Wait a few minutes, then try again. If it keeps happening, check status.mailgun.com.</source>
        <translation>Mailgun tiene un problema temporal. No se ha perdido nada. Espere unos minutos y vuelva a intentarlo. Si sigue pasando, consulte status.mailgun.com.</translation>
    </message>
    <message>
        <source>Mailgun did not answer in time. Check your internet connection, then try again.</source>
        <translation>Mailgun no respondió a tiempo. Compruebe su conexión a internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The program could not reach Mailgun. Check that this computer is connected to the internet, then try again.</source>
        <translation>El programa no pudo comunicarse con Mailgun. Compruebe que este equipo está conectado a internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>A secure connection to Mailgun could not be made. Something on your network may be intercepting the connection, or the computer&apos;s date and time are wrong. Try another network, or ask your IT contact.</source>
        <translation>No se pudo establecer una conexión segura con Mailgun. Puede que algo en su red esté interceptando la conexión, o que la fecha y la hora del equipo estén mal. Pruebe con otra red o consulte a su contacto de informática.</translation>
    </message>
    <message>
        <source>The program refused to send your key to a server that is not secure or not Mailgun&apos;s.</source>
        <translation>El programa se negó a enviar su clave a un servidor que no es seguro o que no es de Mailgun.</translation>
    </message>
    <message>
        <source>Stopped before it finished.</source>
        <translation>Se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>Mailgun sent an answer the program did not expect. Please try again later.</source>
        <translation>Mailgun envió una respuesta que el programa no esperaba. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>• The domain is not in this account, or it is in the other region (US or EU).</source>
        <translation>• El dominio no está en esta cuenta, o está en la otra región (US o EU).</translation>
    </message>
    <message>
        <source>The likely causes:</source>
        <translation>Las causas probables:</translation>
    </message>
    <message>
        <source>• The key was deleted or disabled since then.</source>
        <translation>• La clave se eliminó o se desactivó después.</translation>
    </message>
    <message>
        <source>• Someone changed the account&apos;s IP allowlist (the list of internet addresses that may use the account), and this computer is now outside it.</source>
        <translation>• Alguien cambió la lista de IP permitidas de la cuenta (la lista de direcciones de internet que pueden usar la cuenta) y este equipo ya no está en ella.</translation>
    </message>
    <message>
        <source>Check the key on the API Security page of the Mailgun Control Panel (https://app.mailgun.com/settings/api_security).</source>
        <translation>Compruebe la clave en la página API Security del Control Panel de Mailgun (https://app.mailgun.com/settings/api_security).</translation>
    </message>
    <message>
        <source>The answer does not say why. The likely causes, most likely first:</source>
        <translation>La respuesta no dice por qué. Las causas probables, de más a menos probable:</translation>
    </message>
    <message>
        <source>• The key is mistyped, or it was deleted, disabled or has expired.</source>
        <translation>• La clave está mal escrita, o se eliminó, se desactivó o ha caducado.</translation>
    </message>
    <message>
        <source>• It is a sending key for one domain, not the account&apos;s private API key. You find the private API key in the Mailgun Control Panel under API Security (https://app.mailgun.com/settings/api_security).</source>
        <translation>• Es una clave de envío de un solo dominio, no la clave de API privada de la cuenta. La clave de API privada está en el Control Panel de Mailgun, en API Security (https://app.mailgun.com/settings/api_security).</translation>
    </message>
    <message>
        <source>• This computer is outside the account&apos;s IP allowlist (the list of internet addresses that may use the account).</source>
        <translation>• Este equipo no está en la lista de IP permitidas de la cuenta (la lista de direcciones de internet que pueden usar la cuenta).</translation>
    </message>
    <message>
        <source>Mailgun refused this key, but it worked a moment ago.</source>
        <translation>Mailgun rechazó esta clave, pero hace un momento funcionaba.</translation>
    </message>
    <message>
        <source>Mailgun refused this key.</source>
        <translation>Mailgun rechazó esta clave.</translation>
    </message>
    <message>
        <source>Mailgun rejected the field &quot;%1&quot; of the request. Please try again. If it happens again, contact Mailgun support.</source>
        <translation>Mailgun rechazó el campo «%1» de la petición. Vuelva a intentarlo. Si vuelve a pasar, contacte con el soporte de Mailgun.</translation>
    </message>
    <message>
        <source>Mailgun refused the request: &quot;%1&quot;.</source>
        <translation>Mailgun rechazó la petición: «%1».</translation>
    </message>
    <message>
        <source>Mailgun refused the request (error %1). Please try again.</source>
        <translation>Mailgun rechazó la petición (error %1). Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Mailgun is receiving too many requests from this account and asks you to wait more than two hours. Try again later today.</source>
        <translation>Mailgun está recibiendo demasiadas peticiones de esta cuenta y le pide que espere más de dos horas. Vuelva a intentarlo hoy más tarde.</translation>
    </message>
    <message numerus="yes">
        <source>Mailgun is receiving too many requests from this account. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Mailgun está recibiendo demasiadas peticiones de esta cuenta. Espere %n segundo y vuelva a intentarlo.</numerusform>
            <numerusform>Mailgun está recibiendo demasiadas peticiones de esta cuenta. Espere %n segundos y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailgun is receiving too many requests from this account. Wait a minute, then try again.</source>
        <translation>Mailgun está recibiendo demasiadas peticiones de esta cuenta. Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>A list from Mailgun did not come to an end, so the program stopped reading it after %n page(s). The list may be incomplete, so the program did not act on it. Check the list in the Mailgun Control Panel, then try again later.</source>
        <translation>
            <numerusform>Una lista de Mailgun no terminaba nunca, así que el programa dejó de leerla después de %n página. Puede que la lista esté incompleta, así que el programa no actuó según ella. Compruebe la lista en el Control Panel de Mailgun y vuelva a intentarlo más tarde.</numerusform>
            <numerusform>Una lista de Mailgun no terminaba nunca, así que el programa dejó de leerla después de %n páginas. Puede que la lista esté incompleta, así que el programa no actuó según ella. Compruebe la lista en el Control Panel de Mailgun y vuelva a intentarlo más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailgun rejected the field &quot;%1&quot;.</source>
        <translation>Mailgun rechazó el campo «%1».</translation>
    </message>
</context>
<context>
    <name>ArchiveSummaryText</name>
    <message>
        <source>it unpacks to more than %1.</source>
        <translation>al descomprimirlo ocupa más de %1.</translation>
    </message>
    <message>
        <source>it unpacks to far more than its own size, like a trap made to fill the disk.</source>
        <translation>al descomprimirlo ocupa muchísimo más que su propio tamaño, como una trampa hecha para llenar el disco.</translation>
    </message>
    <message>
        <source>it has a password.</source>
        <translation>tiene contraseña.</translation>
    </message>
    <message>
        <source>it is damaged or cut short.</source>
        <translation>está dañado o incompleto.</translation>
    </message>
    <message>
        <source>it holds a 7z file, which can only be read on its own. Unpack the backup, then look through its folder.</source>
        <translation>contiene un archivo 7z, que solo se puede leer por separado. Descomprima la copia de seguridad y después busque en su carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>Looked inside %n backup or compressed file(s).</source>
        <translation>
            <numerusform>Se miró dentro de %n copia de seguridad o archivo comprimido.</numerusform>
            <numerusform>Se miró dentro de %n copias de seguridad o archivos comprimidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup file(s) could not be read to the end. Keys in the part not read were not looked for:</source>
        <translation>
            <numerusform>No se pudo leer hasta el final %n copia de seguridad. No se buscaron claves en la parte sin leer:</numerusform>
            <numerusform>No se pudieron leer hasta el final %n copias de seguridad. No se buscaron claves en la parte sin leer:</numerusform>
        </translation>
    </message>
    <message>
        <source>- %1: %2</source>
        <translation>- %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>- and %n more.</source>
        <translation>
            <numerusform>- y %n más.</numerusform>
            <numerusform>- y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open them yourself to check them, or delete the ones you no longer need.</source>
        <translation>Ábralas usted para revisarlas o elimine las que ya no necesite.</translation>
    </message>
    <message numerus="yes">
        <source>it holds backups inside backups more than %n level(s) deep. The innermost were not opened.</source>
        <translation>
            <numerusform>contiene copias de seguridad dentro de copias de seguridad a más de %n nivel de profundidad. Las más internas no se abrieron.</numerusform>
            <numerusform>contiene copias de seguridad dentro de copias de seguridad a más de %n niveles de profundidad. Las más internas no se abrieron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Reviewing the account (read-only)...</source>
        <translation>Revisando la cuenta (solo lectura)...</translation>
    </message>
    <message>
        <source>Nothing of the account could be read, so the review proves nothing.</source>
        <translation>No se pudo leer nada de la cuenta, así que la revisión no demuestra nada.</translation>
    </message>
    <message>
        <source>spike</source>
        <extracomment>Marks, in the command line&apos;s chart of emails sent per day, the days of the spike: the sudden, unusual jump in sending. One short word or noun.</extracomment>
        <translation>pico</translation>
    </message>
    <message>
        <source>Account review. &quot;Recent&quot; means after the incident start (%1).</source>
        <translation>Revisión de la cuenta. «Reciente» significa posterior al inicio del incidente (%1).</translation>
    </message>
    <message>
        <source>Nothing suspicious was found in the parts that could be read.</source>
        <translation>No se encontró nada sospechoso en las partes que se pudieron leer.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>Messages sent per day, both regions (normally about %1 a day):</source>
        <translation>Mensajes enviados por día, en las dos regiones (normalmente, unos %1 al día):</translation>
    </message>
    <message>
        <source>Parts of the account that could not be read:</source>
        <translation>Partes de la cuenta que no se pudieron leer:</translation>
    </message>
</context>
<context>
    <name>BackupFindingText</name>
    <message>
        <source>This key can send email for one domain. Replace it in the Mailgun Control Panel (API Security).</source>
        <translation>Esta clave puede enviar correo de un dominio. Sustitúyala en el Control Panel de Mailgun (API Security).</translation>
    </message>
    <message>
        <source>With this key, anyone can send fake Mailgun events to your website. Replace the webhook signing key in Mailgun.</source>
        <translation>Con esta clave, cualquiera puede enviar eventos falsos de Mailgun a su sitio web. Sustituya la clave de firma de webhooks en Mailgun.</translation>
    </message>
    <message>
        <source>This key can only check email addresses; it cannot send mail.</source>
        <translation>Esta clave solo puede comprobar direcciones de correo; no puede enviar correo.</translation>
    </message>
    <message>
        <source>Anyone who copied the backup can send email with this password. Reset it in Mailgun (step 3).</source>
        <translation>Cualquiera que se haya hecho con la copia de seguridad puede enviar correo con esta contraseña. Restablézcala en Mailgun (paso 3).</translation>
    </message>
    <message>
        <source>Anyone who copied the backup can use this password. Change it where the code is stored (GitHub, GitLab, ...).</source>
        <translation>Cualquiera que se haya hecho con la copia de seguridad puede usar esta contraseña. Cámbiela en el sitio donde se guarda el código (GitHub, GitLab...).</translation>
    </message>
    <message>
        <source>Anyone who copied the backup can use this key. Delete it in Mailgun and make a new one (step 2). Deleting the backup is not enough.</source>
        <translation>Cualquiera que se haya hecho con la copia de seguridad puede usar esta clave. Elimínela en Mailgun y cree una nueva (paso 2). No basta con eliminar la copia de seguridad.</translation>
    </message>
    <message>
        <source>Inside the compressed file %1</source>
        <translation>Dentro del archivo comprimido %1</translation>
    </message>
    <message>
        <source>Inside the backup file %1: %2</source>
        <translation>Dentro de la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>It is inside the backup file %1.</source>
        <translation>Está dentro de la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>This backup is in the public website folder, so anyone may have downloaded it. Delete old backups, or move them out of the public website folder.</source>
        <translation>Esta copia de seguridad está en la carpeta pública del sitio web, así que cualquiera puede haberla descargado. Elimine las copias de seguridad antiguas o sáquelas de la carpeta pública del sitio web.</translation>
    </message>
    <message>
        <source>Then delete old backups you no longer need, and keep the others out of the public website folder.</source>
        <translation>Después elimine las copias de seguridad antiguas que ya no necesite y guarde las demás fuera de la carpeta pública del sitio web.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Domains in the US: %1</source>
        <translation>Dominios en US: %1</translation>
    </message>
    <message>
        <source>Domains in the EU: %1</source>
        <translation>Dominios en EU: %1</translation>
    </message>
    <message>
        <source>API keys: %1</source>
        <translation>Claves de API: %1</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Usuarios: %1</translation>
    </message>
    <message>
        <source>This key: id %1, role %2</source>
        <translation>Esta clave: id %1, rol %2</translation>
    </message>
</context>
<context>
    <name>CleanupCommand</name>
    <message>
        <source>Reviewing the account...</source>
        <translation>Revisando la cuenta...</translation>
    </message>
    <message>
        <source>Nothing of the account could be read, so nothing was removed.</source>
        <translation>No se pudo leer nada de la cuenta, así que no se quitó nada.</translation>
    </message>
    <message>
        <source>The program found nothing it can remove.</source>
        <translation>El programa no encontró nada que pueda quitar.</translation>
    </message>
</context>
<context>
    <name>CleanupReadBack</name>
    <message>
        <source>The program could not read back what Mailgun now holds. Check it in the Control Panel.</source>
        <translation>El programa no pudo volver a leer lo que tiene ahora Mailgun. Compruébelo en el Control Panel.</translation>
    </message>
    <message>
        <source>Read back from Mailgun: %1 has no archive address now.</source>
        <translation>Comprobado en Mailgun: %1 ya no tiene dirección de archivado.</translation>
    </message>
    <message>
        <source>Asked for: no archive address for %1. Mailgun now holds: %2. Mailgun did not clear it. Clear it yourself in the Control Panel: open Sending, then Domain settings of %1, and empty &quot;Archive to&quot;.</source>
        <translation>Se pidió: ninguna dirección de archivado para %1. Lo que tiene ahora Mailgun: %2. Mailgun no la borró. Bórrela usted en el Control Panel: abra Sending, luego Domain settings de %1, y vacíe «Archive to».</translation>
    </message>
    <message>
        <source>Read back from Mailgun: the route is gone.</source>
        <translation>Comprobado en Mailgun: la ruta ya no existe.</translation>
    </message>
    <message>
        <source>Asked for: route %1 deleted. Mailgun still lists it. Delete it in the Control Panel (Receiving, Routes).</source>
        <translation>Se pidió: eliminar la ruta %1. Mailgun todavía la muestra. Elimínela en el Control Panel (Receiving, Routes).</translation>
    </message>
    <message>
        <source>Read back from Mailgun: the account webhook is gone.</source>
        <translation>Comprobado en Mailgun: el webhook de cuenta ya no existe.</translation>
    </message>
    <message>
        <source>Asked for: account webhook %1 deleted. Mailgun still lists it. Changes to account webhooks can take up to 10 minutes; check again later, or delete it in the Control Panel.</source>
        <translation>Se pidió: eliminar el webhook de cuenta %1. Mailgun todavía lo muestra. Los cambios en los webhooks de cuenta pueden tardar hasta 10 minutos; vuelva a comprobarlo más tarde o elimínelo en el Control Panel.</translation>
    </message>
    <message>
        <source>Read back from Mailgun: no webhook sends to %1 any more.</source>
        <translation>Comprobado en Mailgun: ya no hay ningún webhook que envíe a %1.</translation>
    </message>
    <message>
        <source>Asked for: no webhook sends to %1. Mailgun now holds: %2. Remove it in the Control Panel (Sending, Webhooks).</source>
        <translation>Se pidió: que ningún webhook envíe a %1. Lo que tiene ahora Mailgun: %2. Quítelo en el Control Panel (Sending, Webhooks).</translation>
    </message>
    <message>
        <source>These webhooks stay: %1.</source>
        <translation>Estos webhooks se quedan: %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run mailgun-recovery --help for help.</source>
        <translation>Ejecute mailgun-recovery --help para ver la ayuda.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>La opción %1 necesita un valor.</translation>
    </message>
    <message>
        <source>The format &quot;%1&quot; is not known. Use md, html or pdf.</source>
        <translation>No se conoce el formato «%1». Use md, html o pdf.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not valid. Use the form 2026-11-01.</source>
        <translation>La fecha «%1» no es válida. Escríbala así: 2026-11-01.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 0 to 65535.</source>
        <translation>El puerto «%1» no es un número del 0 al 65535.</translation>
    </message>
    <message>
        <source>For your safety the key is never given on the command line, where other programs can see it. Set MAILGUN_API_KEY, use --key-file PATH, or type it when asked.</source>
        <translation>Por su seguridad, la clave nunca se da en la línea de comandos, donde otros programas pueden verla. Defina MAILGUN_API_KEY, use --key-file ARCHIVO o escríbala cuando se le pida.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Opción desconocida: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Comando desconocido: %1</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no terminal to ask for confirmation. Add --yes to go ahead without asking.</source>
        <translation>No se cambió nada: no hay ningún terminal para pedir confirmación. Añada --yes para continuar sin preguntar.</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>The word the user types on the command line to confirm a change. Keep it one short word that is easy to type; the English &quot;yes&quot; is always accepted too.</extracomment>
        <translation>sí</translation>
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
        <translation>Uso: mailgun-recovery [comando] [opciones]

Sin comando, abre el asistente de recuperación.

Comandos:
  check                 Comprueba la clave de API: si es válida, de qué región es y un
                        resumen de la cuenta.
  scan CARPETA...       Paso 1: busca en carpetas claves y contraseñas de Mailgun
                        filtradas, y archivos peligrosos (páginas phpinfo, .env en la
                        carpeta web, modo de depuración). No necesita clave de API.
                        Código de salida 0 si la búsqueda se hizo, encuentre lo que
                        encuentre.
    --deep              Lee también node_modules y vendor.
  probe URL...          Paso 1: pide a su propio sitio web archivos y páginas que
                        dejan ver claves (.env, phpinfo, herramientas de depuración,
                        .git, copias de seguridad). Solo peticiones GET, unas pocas
                        por segundo. No necesita clave de API. Código de salida 0 si
                        se comprobaron todos los sitios, encuentre lo que encuentre.
    --i-own-this-site   Obligatoria: confirma que los sitios son suyos.
    --folder NOMBRE     Busca también dentro de esta carpeta del sitio, donde están
                        los archivos de su programa (por ejemplo, shop). Repítala
                        para más carpetas.
  audit                 Paso 1: revisión de la cuenta, sin cambiar nada (claves,
                        usuarios SMTP, rutas, webhooks, archivado, subcuentas, lista
                        de IP permitidas, volumen de envíos), en las dos regiones.
                        Código de salida 0 si la revisión se hizo.
  cleanup               Paso 1: quita lo que saca copias de su correo (rutas de
                        reenvío, webhooks desconocidos, direcciones de archivado),
                        preguntando antes, y después vuelve a leer lo que tiene Mailgun.
  disable-subaccount ID Paso 1: desactiva una subcuenta que nadie reconoce (pierde el
                        acceso a la API y su panel queda en solo lectura; se puede
                        volver a activar).
  rotate-key            Paso 2: crea una clave de API nueva, la guarda en el anillo de
                        claves y elimina las claves antiguas. Si una sustitución
                        quedó a medias, primero la termina.
    --in-use-key-id ID  Cuál de las claves de la lista es la que usted usa, cuando el
                        programa no puede saberlo (claves antiguas que empiezan por
                        &quot;key-&quot;).
  reset-smtp            Paso 3: una contraseña nueva para cada usuario SMTP de cada
                        dominio, guardada en el anillo de claves. Si un cambio de
                        contraseñas quedó a medias, primero lo termina.
    --domain D          Solo los usuarios del dominio D (repítala para más dominios).
    --delete USUARIO    Elimina este usuario en lugar de cambiar su contraseña (no
                        postmaster; se puede repetir).
  users                 Pasos 4 y 5: para cada usuario, si cambió la contraseña
                        después del inicio del incidente y si tiene activada la
                        verificación en dos pasos.
  report                El informe para el soporte de Mailgun, a partir del registro
                        de este equipo.
    --format md|html|pdf  El formato (predeterminado: md). PDF necesita -o.
    -o ARCHIVO          Escribe el informe en ARCHIVO en lugar de en la pantalla.
  practice-server       Pone en marcha la cuenta de práctica (un Mailgun simulado) en
                        este equipo y muestra sus direcciones y su clave en JSON.

Opciones:
  --practice            Usa la cuenta de práctica en lugar de su cuenta de Mailgun.
  --json                Salida en stdout para que la lean otros programas.
  --yes                 No pregunta antes de hacer cambios.
  --print-secrets       Muestra también las claves y contraseñas nuevas (rotate-key,
                        reset-smtp). Sin anillo de claves, es la única forma de
                        conservarlas.
  --key-file ARCHIVO    Lee la clave de API de este archivo.
  --api-base URL        Envía las peticiones a la API a URL, en las dos regiones.
  --api-base-us URL     Envía las peticiones de US a URL.
  --api-base-eu URL     Envía las peticiones de EU a URL.
  --incident-start FECHA  Cuándo empezó el ataque (predeterminado: hace 14 días).
  --us-port N, --eu-port N  Puertos para practice-server (predeterminado: cualquier
                        puerto libre).
  -h, --help            Muestra esta ayuda.
  -v, --version         Muestra la versión.

La clave se lee de la variable de entorno MAILGUN_API_KEY o de --key-file, o se
pide sin mostrarla en pantalla. Nunca se acepta como argumento.

Códigos de salida: 0 hecho, 1 error, 2 uso incorrecto, 3 no se hizo nada porque
usted dijo que no.
</translation>
    </message>
    <message>
        <source>Type %1 to go ahead, anything else to stop:</source>
        <extracomment>%1 is the word the user types to confirm (&quot;yes&quot; in English).</extracomment>
        <translation>Escriba %1 para continuar, o cualquier otra cosa para parar:</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <source>Checking the key with Mailgun in the US and the EU…</source>
        <translation>Comprobando la clave con Mailgun en US y en EU…</translation>
    </message>
    <message>
        <source>The key works. Reading a summary of your account…</source>
        <translation>La clave funciona. Leyendo un resumen de su cuenta…</translation>
    </message>
    <message>
        <source>Connected. This key works and has full (admin) rights.</source>
        <translation>Conectado. Esta clave funciona y tiene todos los permisos (admin).</translation>
    </message>
    <message>
        <source>This key works, but it does not have admin rights.</source>
        <translation>Esta clave funciona, pero no tiene permisos de administrador.</translation>
    </message>
    <message>
        <source>Mailgun refused this key, which worked a moment ago.</source>
        <translation>Mailgun rechazó esta clave, que hace un momento funcionaba.</translation>
    </message>
    <message>
        <source>Mailgun refused this key.</source>
        <translation>Mailgun rechazó esta clave.</translation>
    </message>
    <message>
        <source>Mailgun has disabled this account.</source>
        <translation>Mailgun ha desactivado esta cuenta.</translation>
    </message>
    <message>
        <source>The program could not reach Mailgun.</source>
        <translation>El programa no pudo comunicarse con Mailgun.</translation>
    </message>
    <message>
        <source>This is not a Mailgun API key.</source>
        <translation>Esto no es una clave de API de Mailgun.</translation>
    </message>
    <message>
        <source>The program can now use your account. It will always ask before it changes anything.</source>
        <translation>El programa ya puede usar su cuenta. Siempre le preguntará antes de cambiar algo.</translation>
    </message>
    <message>
        <source>The program can read your account, but it cannot replace keys or passwords for you. Use a key with the Admin role to let it do that, or go on and do those steps by hand.</source>
        <translation>El programa puede leer su cuenta, pero no puede sustituir claves ni contraseñas por usted. Para que pueda hacerlo, use una clave con el rol Admin, o continúe y haga esos pasos a mano.</translation>
    </message>
    <message>
        <source>Mailgun accepted the key, but does not let it list your domains. Paste the account&apos;s private API key with the Admin role instead. You find it in the Mailgun Control Panel under API Security (https://app.mailgun.com/settings/api_security).</source>
        <translation>Mailgun aceptó la clave, pero no le deja ver la lista de sus dominios. Pegue en su lugar la clave de API privada de la cuenta, con el rol Admin. La encontrará en el Control Panel de Mailgun, en API Security (https://app.mailgun.com/settings/api_security).</translation>
    </message>
    <message>
        <source>This key works, but it is not allowed to read your account.</source>
        <translation>Esta clave funciona, pero no tiene permiso para leer su cuenta.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to your Mailgun account</source>
        <translation>Conectarse a su cuenta de Mailgun</translation>
    </message>
    <message>
        <source>The assistant checks your key and shows what it finds. Checking changes nothing.</source>
        <translation>El asistente comprueba su clave y le muestra lo que encuentra. Comprobarla no cambia nada.</translation>
    </message>
    <message>
        <source>Which account do you want to work on?</source>
        <translation>¿Con qué cuenta quiere trabajar?</translation>
    </message>
    <message>
        <source>&amp;My Mailgun account</source>
        <translation>&amp;Mi cuenta de Mailgun</translation>
    </message>
    <message>
        <source>My Mailgun account</source>
        <translation>Mi cuenta de Mailgun</translation>
    </message>
    <message>
        <source>The &amp;practice account (safe to try; nothing real changes)</source>
        <translation>La cuenta de &amp;práctica (para probar sin riesgo; no se cambia nada real)</translation>
    </message>
    <message>
        <source>The practice account (safe to try; nothing real changes)</source>
        <translation>La cuenta de práctica (para probar sin riesgo; no se cambia nada real)</translation>
    </message>
    <message>
        <source>Your private &amp;API key (the long password your website uses for Mailgun):</source>
        <translation>Su clave de &amp;API privada (la contraseña larga que usa su sitio web para Mailgun):</translation>
    </message>
    <message>
        <source>Private API key</source>
        <translation>Clave de API privada</translation>
    </message>
    <message>
        <source>Paste your key here</source>
        <translation>Pegue aquí su clave</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Ocultar la clave</translation>
    </message>
    <message>
        <source>&amp;Check key</source>
        <translation>&amp;Comprobar la clave</translation>
    </message>
    <message>
        <source>Check key</source>
        <translation>Comprobar la clave</translation>
    </message>
    <message>
        <source>Key format</source>
        <translation>Formato de la clave</translation>
    </message>
    <message>
        <source>Where do I find my key?</source>
        <translation>¿Dónde encuentro mi clave?</translation>
    </message>
    <message>
        <source>Open API Security</source>
        <translation>Abrir API Security</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Continue without connecting: I will do the steps by hand in the Mailgun Control Panel</source>
        <translation>Continuar sin conectarse: haré los pasos a mano en el Control Panel de Mailgun</translation>
    </message>
    <message>
        <source>Continue without connecting</source>
        <translation>Continuar sin conectarse</translation>
    </message>
    <message>
        <source>You will do every step by hand in the Mailgun Control Panel, with instructions from the assistant.</source>
        <translation>Hará cada paso a mano en el Control Panel de Mailgun, con las instrucciones del asistente.</translation>
    </message>
    <message>
        <source>The practice account could not start.</source>
        <translation>No se pudo poner en marcha la cuenta de práctica.</translation>
    </message>
    <message>
        <source>Checking your key with Mailgun…</source>
        <translation>Comprobando su clave con Mailgun…</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Resultado de la comprobación</translation>
    </message>
    <message>
        <source>What the result means</source>
        <translation>Qué significa el resultado</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>When you replaced the API key in step 2, the assistant saved the new key in this computer&apos;s keychain. You do not need to type it.</source>
        <translation>Cuando sustituyó la clave de API en el paso 2, el asistente guardó la clave nueva en el anillo de claves de este equipo. No hace falta que la escriba.</translation>
    </message>
    <message>
        <source>&amp;Use the new key saved by this program</source>
        <translation>&amp;Usar la clave nueva que guardó este programa</translation>
    </message>
    <message>
        <source>Use the new key saved by this program</source>
        <translation>Usar la clave nueva que guardó este programa</translation>
    </message>
    <message>
        <source>Saved key</source>
        <translation>Clave guardada</translation>
    </message>
    <message>
        <source>Reading the saved key from the keychain…</source>
        <translation>Leyendo la clave guardada del anillo de claves…</translation>
    </message>
    <message>
        <source>The saved key (%1) is filled in. The assistant checks it now.</source>
        <translation>La clave guardada (%1) ya está puesta. El asistente la está comprobando.</translation>
    </message>
    <message>
        <source>The saved key could not be read: the keychain gave back something that is not an API key.</source>
        <translation>No se pudo leer la clave guardada: el anillo de claves devolvió algo que no es una clave de API.</translation>
    </message>
    <message>
        <source>The saved key could not be read: the keychain has no entry &quot;%1&quot; any more. It may have been removed.</source>
        <translation>No se pudo leer la clave guardada: el anillo de claves ya no tiene la entrada «%1». Puede que se haya quitado.</translation>
    </message>
    <message>
        <source>The saved key could not be read: no keychain (the password store of your computer) is running.</source>
        <translation>No se pudo leer la clave guardada: no hay ningún anillo de claves (el almacén de contraseñas de su equipo) en funcionamiento.</translation>
    </message>
    <message>
        <source>The saved key could not be read. %1</source>
        <translation>No se pudo leer la clave guardada. %1</translation>
    </message>
    <message>
        <source>%1
Paste the new key below instead: use the copy you kept in step 2, or create another key in the Mailgun Control Panel.</source>
        <translation>%1
Pegue abajo la clave nueva: use la copia que guardó en el paso 2 o cree otra clave en el Control Panel de Mailgun.</translation>
    </message>
    <message>
        <source>Sign in at app.mailgun.com and open Account settings, then API Security. Mailgun shows a key in full only once, when you make it. So you may need to make a new one there.</source>
        <translation>Inicie sesión en app.mailgun.com y abra Account settings y después API Security. Mailgun solo muestra una clave completa una vez, cuando usted la crea. Por eso puede que tenga que crear una nueva allí.</translation>
    </message>
    <message>
        <source>Your key stays in this computer&apos;s memory. The program sends it only to Mailgun.</source>
        <translation>Su clave se queda en la memoria de este equipo. El programa solo la envía a Mailgun.</translation>
    </message>
    <message>
        <source>The practice account acts like Mailgun but runs on this computer. The program fills in its key for you. Click &quot;Check key&quot; to see what the assistant finds.</source>
        <translation>La cuenta de práctica funciona como Mailgun, pero se ejecuta en este equipo. El programa pone su clave por usted. Pulse «Comprobar la clave» para ver lo que encuentra el asistente.</translation>
    </message>
</context>
<context>
    <name>ConsoleOutput</name>
    <message>
        <source>The findings could not be saved in the record of your recovery, so step 2 and the report will not show them. Check that the disk is not full, then run the command again.</source>
        <translation>No se pudieron guardar los hallazgos en el registro de su recuperación, así que el paso 2 y el informe no los mostrarán. Compruebe que el disco no esté lleno y vuelva a ejecutar el comando.</translation>
    </message>
</context>
<context>
    <name>DisableSubaccountCommand</name>
    <message>
        <source>Name one subaccount by its id: mailgun-recovery disable-subaccount ID. Run mailgun-recovery audit to see the ids.</source>
        <translation>Indique una subcuenta por su id: mailgun-recovery disable-subaccount ID. Ejecute mailgun-recovery audit para ver los ids.</translation>
    </message>
    <message>
        <source>Reading the subaccounts…</source>
        <translation>Leyendo las subcuentas…</translation>
    </message>
    <message>
        <source>Mailgun lists no subaccount with the id %1. Nothing was changed.</source>
        <translation>Mailgun no tiene ninguna subcuenta con el id %1. No se cambió nada.</translation>
    </message>
    <message>
        <source>The subaccount “%1” is already disabled.</source>
        <translation>La subcuenta «%1» ya está desactivada.</translation>
    </message>
    <message>
        <source>The subaccount “%1” is %2, so it cannot be disabled.</source>
        <translation>La subcuenta «%1» tiene el estado «%2», así que no se puede desactivar.</translation>
    </message>
    <message>
        <source>Disable the subaccount “%1”?</source>
        <translation>¿Desactivar la subcuenta «%1»?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ExtraKeyRegeneration</name>
    <message>
        <source>Nothing was replaced, because the record of your recovery cannot be saved: %1 Make room on the disk (or make the folder writable), then try again.</source>
        <translation>No se sustituyó nada, porque no se puede guardar el registro de su recuperación: %1 Libere espacio en el disco (o permita escribir en la carpeta) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The public validation key was not replaced.</source>
        <translation>No se sustituyó la clave pública de validación.</translation>
    </message>
    <message>
        <source>The webhook signing key was not replaced.</source>
        <translation>No se sustituyó la clave de firma de webhooks.</translation>
    </message>
    <message>
        <source>The record of your recovery could not be saved, so the report will not list this change yet: %1</source>
        <translation>No se pudo guardar el registro de su recuperación, así que el informe todavía no incluirá este cambio: %1</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>No hay ningún anillo de claves disponible.</translation>
    </message>
</context>
<context>
    <name>ExtraKeysPanel</name>
    <message>
        <source>Two more keys you may want to replace (optional)</source>
        <translation>Otras dos claves que quizá quiera sustituir (opcional)</translation>
    </message>
    <message>
        <source>Webhook signing key</source>
        <translation>Clave de firma de webhooks</translation>
    </message>
    <message>
        <source>Mailgun signs the messages it sends to your website about your emails (webhooks) with this key. Whoever got into your account may know it and could send your website fake messages. After you replace it, your website refuses Mailgun&apos;s messages until you put the new key into its settings.</source>
        <translation>Mailgun firma con esta clave los mensajes que envía a su sitio web sobre sus correos (webhooks). Quien entró en su cuenta puede conocerla y podría enviar mensajes falsos a su sitio web. Después de sustituirla, su sitio web rechazará los mensajes de Mailgun hasta que ponga la clave nueva en su configuración.</translation>
    </message>
    <message>
        <source>Replace the webhook signing key</source>
        <translation>Sustituir la clave de firma de webhooks</translation>
    </message>
    <message>
        <source>Public validation key</source>
        <translation>Clave pública de validación</translation>
    </message>
    <message>
        <source>Older web forms use this key to check email addresses as people type them. If your forms use it, they stop checking addresses until you give them the new key. If you do not know it, you most likely do not use it.</source>
        <translation>Algunos formularios web antiguos usan esta clave para comprobar las direcciones de correo mientras la gente las escribe. Si sus formularios la usan, dejarán de comprobar direcciones hasta que les dé la clave nueva. Si no la conoce, lo más probable es que no la use.</translation>
    </message>
    <message>
        <source>Replace the public validation key</source>
        <translation>Sustituir la clave pública de validación</translation>
    </message>
    <message>
        <source>Replace this key now?</source>
        <translation>¿Sustituir esta clave ahora?</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Sustituir la clave</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Replacing…</source>
        <translation>Sustituyendo…</translation>
    </message>
    <message>
        <source>Replaced. The new key is below and in this computer&apos;s keychain under &quot;%1&quot;, entry %2.</source>
        <translation>Sustituida. La clave nueva está abajo y en el anillo de claves de este equipo, en «%1», entrada %2.</translation>
    </message>
    <message>
        <source>Replaced, but the keychain could not keep it: %1 Copy the new key below now; it is not shown again.</source>
        <translation>Sustituida, pero el anillo de claves no pudo guardarla: %1 Copie ahora la clave nueva de abajo; no se volverá a mostrar.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>For your information</source>
        <translation>Para su información</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>How serious</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Dónde: %1</translation>
    </message>
    <message>
        <source>Value (hidden in part): %1</source>
        <translation>Valor (oculto en parte): %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
</context>
<context>
    <name>FindingsTable</name>
    <message>
        <source>What was found, most serious first</source>
        <translation>Lo que se encontró, lo más grave primero</translation>
    </message>
</context>
<context>
    <name>FolderScanPanel</name>
    <message>
        <source>Pick the folders to look through: your website&apos;s files, a backup you downloaded from your hosting, or a project on this computer. Nothing leaves this computer.</source>
        <translation>Elija las carpetas en las que buscar: los archivos de su sitio web, una copia de seguridad que descargó de su alojamiento web o un proyecto de este equipo. Nada sale de este equipo.</translation>
    </message>
    <message>
        <source>Folders to look through</source>
        <translation>Carpetas en las que buscar</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Añadir una carpeta…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Also look inside downloaded libraries (node_modules, vendor). Slower.</source>
        <translation>Buscar también dentro de las bibliotecas descargadas (node_modules, vendor). Es más lento.</translation>
    </message>
    <message>
        <source>Look through these folders</source>
        <translation>Buscar en estas carpetas</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Pick a folder to look through</source>
        <translation>Elija una carpeta en la que buscar</translation>
    </message>
    <message>
        <source>Files looked at so far: %1 (%2)…</source>
        <translation>Archivos revisados hasta ahora: %1 (%2)…</translation>
    </message>
    <message>
        <source>Reading the list of your API keys…</source>
        <translation>Leyendo la lista de sus claves de API…</translation>
    </message>
    <message>
        <source>Looking through the folders…</source>
        <translation>Buscando en las carpetas…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Stopped before anything was looked at.</source>
        <translation>Se detuvo antes de revisar nada.</translation>
    </message>
    <message>
        <source>Stopped. Files looked at before that: %1 (%2).</source>
        <translation>Detenido. Archivos revisados hasta entonces: %1 (%2).</translation>
    </message>
    <message>
        <source>Files looked at: %1 (%2).</source>
        <translation>Archivos revisados: %1 (%2).</translation>
    </message>
    <message>
        <source>No Mailgun keys, passwords or risky files were found here.</source>
        <translation>Aquí no se encontraron claves ni contraseñas de Mailgun, ni archivos peligrosos.</translation>
    </message>
    <message>
        <source>This folder could not be found: %1</source>
        <translation>No se encontró esta carpeta: %1</translation>
    </message>
    <message>
        <source>Files that could not be opened: %1. They may belong to another user.</source>
        <translation>Archivos que no se pudieron abrir: %1. Puede que sean de otro usuario.</translation>
    </message>
    <message>
        <source>The findings could not be saved for the report. Check that the disk is not full.</source>
        <translation>No se pudieron guardar los hallazgos para el informe. Compruebe que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>Things to fix: %1. The most serious come first. Fix them before step 2, or the new key can leak the same way.</source>
        <translation>Cosas que arreglar: %1. Las más graves van primero. Arréglelas antes del paso 2; si no, la clave nueva puede filtrarse de la misma manera.</translation>
    </message>
</context>
<context>
    <name>ForwardingFindings</name>
    <message>
        <source>A route is a rule that handles mail sent to your domains.</source>
        <translation>Una ruta es una regla que procesa el correo enviado a sus dominios.</translation>
    </message>
    <message>
        <source>A route copies all incoming mail to %1</source>
        <translation>Una ruta copia todo el correo entrante a %1</translation>
    </message>
    <message>
        <source>A route catches all mail sent to your domains</source>
        <translation>Una ruta captura todo el correo enviado a sus dominios</translation>
    </message>
    <message>
        <source>The route %1 (%2) matches every address, created %3. Its actions: %4.</source>
        <translation>La ruta %1 (%2) coincide con todas las direcciones; se creó %3. Sus acciones: %4.</translation>
    </message>
    <message>
        <source>A route forwards mail to %1, outside your domains</source>
        <translation>Una ruta reenvía correo a %1, fuera de sus dominios</translation>
    </message>
    <message>
        <source>The route %1 matches %2 and was created %3. Its actions: %4.</source>
        <translation>La ruta %1 coincide con %2 y se creó %3. Sus acciones: %4.</translation>
    </message>
    <message>
        <source>It was created after the incident started.</source>
        <translation>Se creó después de que empezara el incidente.</translation>
    </message>
    <message>
        <source>Unless you set it up, delete this route in the Control Panel (Receiving, Routes), and tell Mailgun support that mail may have been copied.</source>
        <translation>Si no la creó usted, elimine esta ruta en el Control Panel (Receiving, Routes) y avise al soporte de Mailgun de que puede que se haya copiado correo.</translation>
    </message>
    <message>
        <source>A webhook makes Mailgun send details of your mail (who it went to, opens, bounces) to a web address.</source>
        <translation>Un webhook hace que Mailgun envíe datos de su correo (a quién se envió, aperturas, rebotes) a una dirección web.</translation>
    </message>
    <message>
        <source>A webhook of %1 sends mail events to an unknown web address, %2</source>
        <translation>Un webhook de %1 envía eventos del correo a una dirección web desconocida, %2</translation>
    </message>
    <message>
        <source>This one sends the events %1 to %2, which is not under any of your domains.</source>
        <translation>Este envía los eventos %1 a %2, que no pertenece a ninguno de sus dominios.</translation>
    </message>
    <message>
        <source>Unless you know this address, delete the webhook in the Control Panel (Sending, Webhooks, domain %1).</source>
        <translation>Si no conoce esta dirección, elimine el webhook en el Control Panel (Sending, Webhooks, dominio %1).</translation>
    </message>
    <message>
        <source>An account-wide webhook sends the events of all your domains to an unknown web address, %1</source>
        <translation>Un webhook de toda la cuenta envía los eventos de todos sus dominios a una dirección web desconocida, %1</translation>
    </message>
    <message>
        <source>This one covers every domain in the %1 and sends %2 to %3. It was created %4.</source>
        <translation>Este abarca todos los dominios de la región %1 y envía %2 a %3. Se creó %4.</translation>
    </message>
    <message>
        <source>That is after the incident started.</source>
        <translation>Eso es posterior al inicio del incidente.</translation>
    </message>
    <message>
        <source>It also receives the events of your subaccounts&apos; domains.</source>
        <translation>También recibe los eventos de los dominios de sus subcuentas.</translation>
    </message>
    <message>
        <source>Unless you know this address, delete the webhook in the Control Panel (Sending, Webhooks, account webhooks).</source>
        <translation>Si no conoce esta dirección, elimine el webhook en el Control Panel (Sending, Webhooks, account webhooks).</translation>
    </message>
    <message>
        <source>A copy of every message sent from %1 goes to %2, outside your domains</source>
        <translation>Una copia de cada mensaje enviado desde %1 va a %2, fuera de sus dominios</translation>
    </message>
    <message>
        <source>A copy of every message sent from %1 goes to %2</source>
        <translation>Una copia de cada mensaje enviado desde %1 va a %2</translation>
    </message>
    <message>
        <source>The domain&apos;s “archive to” setting makes Mailgun post a full copy of each delivered message to %1.</source>
        <translation>El ajuste «Archive to» del dominio hace que Mailgun envíe una copia completa de cada mensaje entregado a %1.</translation>
    </message>
    <message>
        <source>Unless you set this up, clear the setting for %1 at once and tell Mailgun support that your mail was copied.</source>
        <translation>Si no lo configuró usted, borre enseguida el ajuste de %1 y avise al soporte de Mailgun de que se copió su correo.</translation>
    </message>
    <message>
        <source>Check that this address is yours and still needed.</source>
        <translation>Compruebe que esta dirección es suya y que todavía la necesita.</translation>
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
            <numerusform>%n versión de archivo</numerusform>
            <numerusform>%n versiones de archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the code history (git) of %n folder(s): %1 and %2.</source>
        <translation>
            <numerusform>Se leyó el historial del código (git) de %n carpeta: %1 y %2.</numerusform>
            <numerusform>Se leyó el historial del código (git) de %n carpetas: %1 y %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file version(s) in the code history were larger than %1 and were not read.</source>
        <translation>
            <numerusform>No se leyó %n versión de archivo del historial del código porque ocupaba más de %1.</numerusform>
            <numerusform>No se leyeron %n versiones de archivos del historial del código porque ocupaban más de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code history folder(s) could not be read to the end. Keys in the part not read were not looked for:</source>
        <translation>
            <numerusform>No se pudo leer hasta el final %n carpeta del historial del código. No se buscaron claves en la parte sin leer:</numerusform>
            <numerusform>No se pudieron leer hasta el final %n carpetas del historial del código. No se buscaron claves en la parte sin leer:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code history link(s) lead outside the folders you picked and were not followed. Add those folders to read them:</source>
        <translation>
            <numerusform>%n enlace del historial del código apunta fuera de las carpetas que eligió y no se siguió. Añada esa carpeta para leerla:</numerusform>
            <numerusform>%n enlaces del historial del código apuntan fuera de las carpetas que eligió y no se siguieron. Añada esas carpetas para leerlas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitHistoryText</name>
    <message>
        <source>In the history of %1: %2, commit %3 of %4 (deleted since)</source>
        <translation>En el historial de %1: %2, commit %3 del %4 (eliminado desde entonces)</translation>
    </message>
    <message>
        <source>In the history of %1: %2, commit %3 of %4 (changed since)</source>
        <translation>En el historial de %1: %2, commit %3 del %4 (modificado desde entonces)</translation>
    </message>
    <message>
        <source>In the history of %1: %2, commit %3 of %4</source>
        <translation>En el historial de %1: %2, commit %3 del %4</translation>
    </message>
    <message>
        <source>This key can send email for one domain. Replace it in the Mailgun Control Panel (API Security).</source>
        <translation>Esta clave puede enviar correo de un dominio. Sustitúyala en el Control Panel de Mailgun (API Security).</translation>
    </message>
    <message>
        <source>With this key, anyone can send fake Mailgun events to your website. Replace the webhook signing key in Mailgun.</source>
        <translation>Con esta clave, cualquiera puede enviar eventos falsos de Mailgun a su sitio web. Sustituya la clave de firma de webhooks en Mailgun.</translation>
    </message>
    <message>
        <source>This key can only check email addresses; it cannot send mail.</source>
        <translation>Esta clave solo puede comprobar direcciones de correo; no puede enviar correo.</translation>
    </message>
    <message>
        <source>Anyone can send email with this password. Reset it in Mailgun (step 3).</source>
        <translation>Cualquiera puede enviar correo con esta contraseña. Restablézcala en Mailgun (paso 3).</translation>
    </message>
    <message>
        <source>Anyone can use this key. Delete it in Mailgun and make a new one (step 2).</source>
        <translation>Cualquiera puede usar esta clave. Elimínela en Mailgun y cree una nueva (paso 2).</translation>
    </message>
    <message>
        <source>It is in the code history: commit %1 of %2 added it.</source>
        <translation>Está en el historial del código: se añadió en el commit %1 del %2.</translation>
    </message>
    <message>
        <source>It is in the code history: commit %1 of %2 by %3 added it.</source>
        <translation>Está en el historial del código: se añadió en el commit %1, que hizo %3 el %2.</translation>
    </message>
    <message>
        <source>Deleting the file or the line does not remove it. Anyone with a copy of this code history, or of the .git folder on your website, can still read it.</source>
        <translation>Aunque elimine el archivo o la línea, sigue en el historial. Cualquiera que tenga una copia de este historial del código, o de la carpeta .git de su sitio web, todavía puede leerlo.</translation>
    </message>
    <message>
        <source>Rewriting the history is not enough, because copies of it already exist.</source>
        <translation>No basta con reescribir el historial, porque ya existen copias de él.</translation>
    </message>
    <message>
        <source>This code history is in the public website folder, so anyone may have downloaded it.</source>
        <translation>Este historial del código está en la carpeta pública del sitio web, así que cualquiera puede haberlo descargado.</translation>
    </message>
</context>
<context>
    <name>GuidedChecklistWidget</name>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser</source>
        <translation>Abre %1 en su navegador web</translation>
    </message>
    <message>
        <source>Tick each item when you have done it</source>
        <translation>Marque cada elemento cuando lo haya hecho</translation>
    </message>
</context>
<context>
    <name>GuidedStepPage</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Every item is ticked: this step is done.</source>
        <translation>Todos los elementos están marcados: este paso está hecho.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) ticked. You can come back to this step at any time.</source>
        <translation>
            <numerusform>%1 de %n elemento marcado. Puede volver a este paso cuando quiera.</numerusform>
            <numerusform>%1 de %n elementos marcados. Puede volver a este paso cuando quiera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InUseKeyPicker</name>
    <message>
        <source>The key you gave this program</source>
        <translation>La clave que usted dio a este programa</translation>
    </message>
    <message>
        <source>This is the key I gave</source>
        <translation>Esta es la clave que di</translation>
    </message>
    <message>
        <source>Mark the chosen key as the one you gave this program</source>
        <translation>Marcar la clave elegida como la que usted dio a este programa</translation>
    </message>
    <message>
        <source>You said the key you gave this program is &quot;%1&quot;. It is deleted last, after the new key works.</source>
        <translation>Usted indicó que la clave que dio a este programa es «%1». Se eliminará la última, cuando la clave nueva ya funcione.</translation>
    </message>
    <message>
        <source>The program cannot tell which of these keys is the one you gave it. Older keys (they start with &quot;key-&quot;) do not show which entry is theirs. If you know which one it is, pick it here. If you do not, no key is marked as in use.</source>
        <translation>El programa no puede saber cuál de estas claves es la que usted le dio. Las claves antiguas (empiezan por «key-») no muestran cuál es su entrada. Si sabe cuál es, elíjala aquí. Si no lo sabe, no se marcará ninguna clave como en uso.</translation>
    </message>
    <message>
        <source>Choose the key you gave…</source>
        <translation>Elegir la clave que dio…</translation>
    </message>
    <message>
        <source>%1 (%2, created %3)</source>
        <translation>%1 (%2, creada el %3)</translation>
    </message>
</context>
<context>
    <name>IncidentStartEdit</name>
    <message>
        <source>When did the trouble start?</source>
        <translation>¿Cuándo empezó el problema?</translation>
    </message>
    <message>
        <source>The program marks keys, logins and rules made after this moment as new. Not sure? Pick a day a little earlier.</source>
        <translation>El programa marca como nuevos las claves, los usuarios SMTP y las reglas creados después de este momento. ¿Tiene dudas? Elija un día un poco anterior.</translation>
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
        <translation>Sus archivos</translation>
    </message>
    <message>
        <source>Your website</source>
        <translation>Su sitio web</translation>
    </message>
    <message>
        <source>Your Mailgun account</source>
        <translation>Su cuenta de Mailgun</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Another window of the assistant (or a command in a terminal) is working on your recovery right now. Finish or close it first, then try again. Nothing was changed.</source>
        <translation>Otra ventana del asistente (o un comando en un terminal) está trabajando ahora mismo en su recuperación. Termínela o ciérrela primero y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The record of your progress could not be opened for writing in %1. Nothing was changed.</source>
        <translation>No se pudo abrir para escritura el registro de su progreso en %1. No se cambió nada.</translation>
    </message>
    <message>
        <source>The record of your progress could not be opened: %1</source>
        <translation>No se pudo abrir el registro de su progreso: %1</translation>
    </message>
    <message>
        <source>Part of the record of your progress was damaged. The assistant kept everything it could read, and a copy of the damaged file as %1.</source>
        <translation>Una parte del registro de su progreso estaba dañada. El asistente conservó todo lo que pudo leer y guardó una copia del archivo dañado como %1.</translation>
    </message>
    <message>
        <source>Part of the record of your progress was damaged. The assistant kept everything it could read and left the file as it was.</source>
        <translation>Una parte del registro de su progreso estaba dañada. El asistente conservó todo lo que pudo leer y dejó el archivo como estaba.</translation>
    </message>
    <message>
        <source>The old record of your progress could not be put aside.</source>
        <translation>No se pudo apartar el registro antiguo de su progreso.</translation>
    </message>
    <message>
        <source>Your progress could not be saved to %1: %2</source>
        <translation>No se pudo guardar su progreso en %1: %2</translation>
    </message>
</context>
<context>
    <name>KeyFindings</name>
    <message>
        <source>This is the key this program is using right now.</source>
        <translation>Esta es la clave que está usando ahora este programa.</translation>
    </message>
    <message>
        <source>Someone signed in to the Mailgun Control Panel %1 (%2)</source>
        <translation>Alguien inició sesión en el Control Panel de Mailgun %1 (%2)</translation>
    </message>
    <message>
        <source>Each sign-in to the Control Panel creates a short-lived “web” key. This one was created after the incident started.</source>
        <translation>Cada inicio de sesión en el Control Panel crea una clave «web» de corta duración. Esta se creó después de que empezara el incidente.</translation>
    </message>
    <message>
        <source>If this was not you or a colleague, the password of that user is known to someone else: change it and turn on two-factor sign-in (steps 4 and 5).</source>
        <translation>Si no fue usted ni un compañero, otra persona conoce la contraseña de ese usuario: cámbiela y active la verificación en dos pasos (pasos 4 y 5).</translation>
    </message>
    <message>
        <source>Whoever makes a key can write any name as its creator, so the recorded name does not prove who made it.</source>
        <translation>Quien crea una clave puede poner cualquier nombre como creador, así que el nombre que consta no demuestra quién la creó.</translation>
    </message>
    <message>
        <source>This is %1 (role: %2). An API key lets whoever holds it send mail and change settings through Mailgun&apos;s programming interface.</source>
        <translation>Es %1 (rol: %2). Una clave de API permite a quien la tenga enviar correo y cambiar ajustes a través de la interfaz de programación de Mailgun.</translation>
    </message>
    <message>
        <source>Step 2 replaces the key you are using with a new one and then deletes this one.</source>
        <translation>El paso 2 sustituye la clave que usted usa por una nueva y después elimina esta.</translation>
    </message>
    <message>
        <source>Unless you made it yourself after the incident started, delete it in step 2.</source>
        <translation>Si no la creó usted después de que empezara el incidente, elimínela en el paso 2.</translation>
    </message>
    <message>
        <source>no creator recorded</source>
        <translation>no consta el creador</translation>
    </message>
    <message>
        <source>recorded as %1</source>
        <translation>creador registrado: %1</translation>
    </message>
    <message>
        <source>recorded as %1 &lt;%2&gt;</source>
        <translation>creador registrado: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>You are using %1</source>
        <translation>Usted usa %1</translation>
    </message>
    <message>
        <source>If this key leaked, whoever has it can use it until it is deleted.</source>
        <translation>Si esta clave se filtró, quien la tenga puede usarla hasta que se elimine.</translation>
    </message>
    <message>
        <source>Step 2 replaces it with a new key and deletes the old keys.</source>
        <translation>El paso 2 la sustituye por una clave nueva y elimina las claves antiguas.</translation>
    </message>
    <message>
        <source>The program cannot tell which of your listed keys is the one you gave it</source>
        <translation>El programa no puede saber cuál de las claves de la lista es la que usted le dio</translation>
    </message>
    <message>
        <source>Older keys (they start with “key-”) do not show which entry of the key list is theirs, and neither does a key from another account.</source>
        <translation>Las claves antiguas (empiezan por «key-») no muestran cuál es su entrada en la lista de claves, y tampoco lo hace una clave de otra cuenta.</translation>
    </message>
    <message>
        <source>In step 2 you can pick it from the list (by its name, kind, role and creation date). Step 2 replaces it with a new key either way.</source>
        <translation>En el paso 2 puede elegirla de la lista (por su nombre, tipo, rol y fecha de creación). En cualquier caso, el paso 2 la sustituye por una clave nueva.</translation>
    </message>
    <message>
        <source>Someone made an API key %1, after the incident started</source>
        <translation>Alguien creó una clave de API %1, después de que empezara el incidente</translation>
    </message>
</context>
<context>
    <name>KeyFormat</name>
    <message>
        <source>This looks like a Mailgun API key.</source>
        <translation>Parece una clave de API de Mailgun.</translation>
    </message>
    <message>
        <source>This looks like an older Mailgun API key (it starts with &quot;key-&quot;).</source>
        <translation>Parece una clave de API de Mailgun antigua (empieza por «key-»).</translation>
    </message>
    <message>
        <source>This is the public key. It cannot manage your account. Paste your private API key instead.</source>
        <translation>Esta es la clave pública. No sirve para gestionar su cuenta. Pegue en su lugar su clave de API privada.</translation>
    </message>
    <message>
        <source>The key has spaces or line breaks in it. Copy it again without them.</source>
        <translation>La clave tiene espacios o saltos de línea. Vuelva a copiarla sin ellos.</translation>
    </message>
    <message>
        <source>The key looks incomplete. Paste the whole key.</source>
        <translation>Parece que la clave está incompleta. Pegue la clave entera.</translation>
    </message>
    <message>
        <source>This does not look like a Mailgun API key. A key is a long mix of numbers and the letters a to f, with two dashes near the end.</source>
        <translation>No parece una clave de API de Mailgun. Una clave es una serie larga de números y letras de la a a la f, con dos guiones cerca del final.</translation>
    </message>
</context>
<context>
    <name>KeyInput</name>
    <message>
        <source>Mailgun API key (not shown as you type): </source>
        <translation>Clave de API de Mailgun (no se ve mientras escribe): </translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2</source>
        <translation>No se pudo leer el archivo de clave %1: %2</translation>
    </message>
    <message>
        <source>The key file %1 is empty.</source>
        <translation>El archivo de clave %1 está vacío.</translation>
    </message>
    <message>
        <source>No key was typed.</source>
        <translation>No se escribió ninguna clave.</translation>
    </message>
    <message>
        <source>No API key given. Set MAILGUN_API_KEY, use --key-file PATH, or run this in a terminal to type it.</source>
        <translation>No se indicó ninguna clave de API. Defina MAILGUN_API_KEY, use --key-file ARCHIVO o ejecute esto en un terminal para escribirla.</translation>
    </message>
</context>
<context>
    <name>KeyPlanTable</name>
    <message>
        <source>Your API keys; ticked keys are deleted</source>
        <translation>Sus claves de API; las claves marcadas se eliminarán</translation>
    </message>
</context>
<context>
    <name>KeyRetest</name>
    <message>
        <source>WARNING: the old key %1 STILL WORKS (Mailgun accepted it at %2). Delete it now in the Control Panel (API Security), then check again.</source>
        <translation>AVISO: la clave antigua %1 TODAVÍA FUNCIONA (Mailgun la aceptó el %2). Elimínela ahora en el Control Panel (API Security) y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>The old key %1 is dead: Mailgun refused it at %2.</source>
        <translation>La clave antigua %1 ya no sirve: Mailgun la rechazó el %2.</translation>
    </message>
    <message>
        <source>The sending key %1 was deleted from the key list. A sending key cannot be tested without sending mail.</source>
        <translation>La clave de envío %1 se eliminó de la lista de claves. Una clave de envío no se puede probar sin enviar correo.</translation>
    </message>
    <message>
        <source>The old key %1 could not be checked: the new key did not get through from this computer either, so a refusal would prove nothing.</source>
        <translation>No se pudo comprobar la clave antigua %1: la clave nueva tampoco funcionó desde este equipo, así que un rechazo no demostraría nada.</translation>
    </message>
    <message>
        <source>The old key %1 could not be checked: Mailgun gave no clear answer.</source>
        <translation>No se pudo comprobar la clave antigua %1: Mailgun no dio una respuesta clara.</translation>
    </message>
</context>
<context>
    <name>KeyRotationController</name>
    <message>
        <source>%1 The key replacement stopped before its next change, because a restart could not continue it safely without that record. Make room on the disk (or make the folder writable), then continue the replacement.</source>
        <translation>%1 La sustitución de la clave se detuvo antes de su siguiente cambio, porque sin ese registro no se podría continuar con seguridad tras un reinicio. Libere espacio en el disco (o permita escribir en la carpeta) y después continúe la sustitución.</translation>
    </message>
    <message>
        <source>The list of API keys could not be read.</source>
        <translation>No se pudo leer la lista de claves de API.</translation>
    </message>
    <message>
        <source>The list of API keys could not be read to check for a half-made key.</source>
        <translation>No se pudo leer la lista de claves de API para buscar una clave a medio crear.</translation>
    </message>
    <message>
        <source>A half-made key from an earlier try could not be deleted.</source>
        <translation>No se pudo eliminar una clave a medio crear de un intento anterior.</translation>
    </message>
    <message>
        <source>Mailgun did not confirm the new key after several tries. No old key was deleted. Check your connection and try again later.</source>
        <translation>Mailgun no confirmó la clave nueva después de varios intentos. No se eliminó ninguna clave antigua. Compruebe su conexión y vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The new API key could not be created. No old key was deleted.</source>
        <translation>No se pudo crear la clave de API nueva. No se eliminó ninguna clave antigua.</translation>
    </message>
    <message>
        <source>The keychain gave back a different key.</source>
        <translation>El anillo de claves devolvió una clave distinta.</translation>
    </message>
    <message numerus="yes">
        <source>Mailgun has not accepted the new key yet, trying again in %n seconds (attempt %1 of %2).</source>
        <translation>
            <numerusform>Mailgun todavía no ha aceptado la clave nueva; se volverá a intentar dentro de %n segundo (intento %1 de %2).</numerusform>
            <numerusform>Mailgun todavía no ha aceptado la clave nueva; se volverá a intentar dentro de %n segundos (intento %1 de %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailgun did not accept the new key %1 after %n attempts. No old key was deleted: your old key still works. Try again in a few minutes.</source>
        <translation>
            <numerusform>Mailgun no aceptó la clave nueva %1 después de %n intento. No se eliminó ninguna clave antigua: su clave antigua sigue funcionando. Vuelva a intentarlo dentro de unos minutos.</numerusform>
            <numerusform>Mailgun no aceptó la clave nueva %1 después de %n intentos. No se eliminó ninguna clave antigua: su clave antigua sigue funcionando. Vuelva a intentarlo dentro de unos minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new key did not work when it was checked. No old key was deleted.</source>
        <translation>La clave nueva no funcionó al comprobarla. No se eliminó ninguna clave antigua.</translation>
    </message>
    <message>
        <source>There is no unfinished key replacement to continue.</source>
        <translation>No hay ninguna sustitución de clave sin terminar que continuar.</translation>
    </message>
    <message>
        <source>The key you gave belongs to another Mailgun account than the key replacement that was interrupted (or every key of that replacement has been deleted since). Nothing was changed. To finish it, run it again with a key of the account it was for: the key you used when it started, or the new key %1.</source>
        <translation>La clave que indicó es de una cuenta de Mailgun distinta de la de la sustitución de clave interrumpida (o desde entonces se han eliminado todas las claves de esa sustitución). No se cambió nada. Para terminarla, vuelva a ejecutarla con una clave de la cuenta a la que correspondía: la clave que usó al empezar o la clave nueva %1.</translation>
    </message>
    <message>
        <source>(not made yet)</source>
        <translation>(todavía no creada)</translation>
    </message>
    <message>
        <source>The program could not check that the key you gave belongs to the account of the interrupted key replacement, so it changed nothing.</source>
        <translation>El programa no pudo comprobar que la clave que indicó sea de la cuenta de la sustitución de clave interrumpida, así que no cambió nada.</translation>
    </message>
    <message>
        <source>The new key %1 was shown before the program stopped. It is not in the keychain, so it cannot be shown again.</source>
        <translation>La clave nueva %1 se mostró antes de que el programa se detuviera. No está en el anillo de claves, así que no se puede volver a mostrar.</translation>
    </message>
    <message>
        <source>The new key %1 is no longer in the keychain. A new key is made to replace it; no old key is deleted before that one is saved and checked.</source>
        <translation>La clave nueva %1 ya no está en el anillo de claves. Se creará otra clave nueva para sustituirla; no se eliminará ninguna clave antigua antes de guardar y comprobar esa.</translation>
    </message>
    <message>
        <source>The new key %1 could not be read back from the keychain &quot;%2&quot;, so no old key was deleted. Unlock the keychain (or sign in to your desktop again), then continue the replacement. You can also continue it with the new key itself if you saved it elsewhere.</source>
        <translation>No se pudo volver a leer la clave nueva %1 del anillo de claves «%2», así que no se eliminó ninguna clave antigua. Desbloquee el anillo de claves (o vuelva a iniciar sesión en su escritorio) y después continúe la sustitución. Si guardó la clave nueva en otro sitio, también puede continuar con ella.</translation>
    </message>
    <message>
        <source>Trying the old keys once more, to prove Mailgun refuses them.</source>
        <translation>Probando una vez más las claves antiguas, para demostrar que Mailgun las rechaza.</translation>
    </message>
</context>
<context>
    <name>KeyRotationPanel</name>
    <message>
        <source>&lt;b&gt;Replace the API key for me&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sustituir la clave de API por mí&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The program can make a new key, keep it safe in this computer&apos;s keychain, and then delete the old keys. First look at your keys: nothing changes until you agree.</source>
        <translation>El programa puede crear una clave nueva, guardarla de forma segura en el anillo de claves de este equipo y después eliminar las claves antiguas. Primero revise sus claves: no cambia nada hasta que usted esté de acuerdo.</translation>
    </message>
    <message>
        <source>A key replacement was interrupted before it was finished.</source>
        <translation>Una sustitución de clave se interrumpió antes de terminar.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue the interrupted key replacement</source>
        <translation>Continuar la sustitución de clave interrumpida</translation>
    </message>
    <message>
        <source>Show my keys</source>
        <translation>Mostrar mis claves</translation>
    </message>
    <message>
        <source>Show my API keys</source>
        <translation>Mostrar mis claves de API</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Sustituir la clave</translation>
    </message>
    <message>
        <source>Replace the API key and delete the ticked old keys</source>
        <translation>Sustituir la clave de API y eliminar las claves antiguas marcadas</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentarlo</translation>
    </message>
    <message>
        <source>Try the key replacement again</source>
        <translation>Volver a intentar la sustitución de clave</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>I have saved the new key somewhere safe</source>
        <translation>He guardado la clave nueva en un lugar seguro</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue and delete the old keys</source>
        <translation>Continuar y eliminar las claves antiguas</translation>
    </message>
    <message>
        <source>Replace the API key</source>
        <translation>Sustituir la clave de API</translation>
    </message>
    <message>
        <source>Replace the API key now?</source>
        <translation>¿Sustituir ahora la clave de API?</translation>
    </message>
    <message>
        <source>The program makes a new API key and saves it in this computer&apos;s keychain. Then it deletes the old keys you ticked. Old keys it deletes: %1.

Websites and apps that use an old key stop sending email until you give them the new key.</source>
        <translation>El programa crea una clave de API nueva y la guarda en el anillo de claves de este equipo. Después elimina las claves antiguas que usted marcó. Claves antiguas que elimina: %1.

Los sitios web y las aplicaciones que usan una clave antigua dejarán de enviar correo hasta que les dé la clave nueva.</translation>
    </message>
    <message>
        <source>The old keys it deletes, by ID:</source>
        <translation>Las claves antiguas que elimina, por ID:</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Reading the list of keys…</source>
        <translation>Leyendo la lista de claves…</translation>
    </message>
    <message>
        <source>Creating the new key…</source>
        <translation>Creando la clave nueva…</translation>
    </message>
    <message>
        <source>Saving it in the keychain…</source>
        <translation>Guardándola en el anillo de claves…</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Comprobando la clave nueva…</translation>
    </message>
    <message>
        <source>Deleting old keys…</source>
        <translation>Eliminando las claves antiguas…</translation>
    </message>
    <message>
        <source>%1
No old key is deleted until you confirm below that you saved the new key.</source>
        <translation>%1
No se eliminará ninguna clave antigua hasta que confirme abajo que guardó la clave nueva.</translation>
    </message>
    <message>
        <source>✔ deleted</source>
        <translation>✔ eliminada</translation>
    </message>
    <message>
        <source>Done: the new API key is made and working.</source>
        <translation>Hecho: la clave de API nueva está creada y funciona.</translation>
    </message>
    <message>
        <source>Where it is kept: in this computer&apos;s keychain under &quot;%1&quot;, entry %2.</source>
        <translation>Dónde se guarda: en el anillo de claves de este equipo, en «%1», entrada %2.</translation>
    </message>
    <message>
        <source>Where it is kept: not stored by this program; you saved it yourself.</source>
        <translation>Dónde se guarda: este programa no la guardó; la guardó usted.</translation>
    </message>
    <message>
        <source>What to do now: put the new key into every website and app that used the old key, and send a test email from each one.</source>
        <translation>Qué hacer ahora: ponga la clave nueva en todos los sitios web y aplicaciones que usaban la clave antigua, y envíe un correo de prueba desde cada uno.</translation>
    </message>
    <message>
        <source>The new API key is made and working, but an old key still works too. Read the warning below.</source>
        <translation>La clave de API nueva está creada y funciona, pero una clave antigua también sigue funcionando. Lea el aviso de abajo.</translation>
    </message>
    <message>
        <source>✘ still there</source>
        <translation>✘ sigue ahí</translation>
    </message>
    <message>
        <source>✘ still works</source>
        <translation>✘ sigue funcionando</translation>
    </message>
    <message>
        <source>Every old key you ticked is deleted.</source>
        <translation>Se eliminaron todas las claves antiguas que marcó.</translation>
    </message>
    <message>
        <source>These old keys could not be deleted and still work: %1. Delete them by hand in the Control Panel (API Security).</source>
        <translation>Estas claves antiguas no se pudieron eliminar y siguen funcionando: %1. Elimínelas a mano en el Control Panel (API Security).</translation>
    </message>
    <message>
        <source>Click a key to read about it and what to do with it.</source>
        <translation>Pulse en una clave para leer sobre ella y saber qué hacer con ella.</translation>
    </message>
    <message>
        <source>The program deletes the ticked keys after it has made and saved the new key. Untick a key to keep it.</source>
        <translation>El programa elimina las claves marcadas después de crear y guardar la clave nueva. Desmarque una clave para conservarla.</translation>
    </message>
</context>
<context>
    <name>KeyRotationPlan</name>
    <message>
        <source>Step 1 found this key in %1. Anyone who saw it can use it: delete it.</source>
        <translation>El paso 1 encontró esta clave en %1. Cualquiera que la haya visto puede usarla: elimínela.</translation>
    </message>
    <message>
        <source>The key you gave this program. It may be the leaked one: delete it.</source>
        <translation>La clave que usted dio a este programa. Puede ser la que se filtró: elimínela.</translation>
    </message>
    <message>
        <source>The account review in step 1 flagged this key: it is new or was made by someone who is not a user of the account. Delete it unless you know who made it.</source>
        <translation>La revisión de la cuenta del paso 1 marcó esta clave: es nueva o la creó alguien que no es usuario de la cuenta. Elimínela, salvo que sepa quién la creó.</translation>
    </message>
    <message>
        <source>A sign-in session of the Control Panel. It ends by itself within a day; signing out everywhere ends it now.</source>
        <translation>Una sesión iniciada en el Control Panel. Termina sola en menos de un día; si cierra la sesión en todos los dispositivos, termina ahora.</translation>
    </message>
    <message>
        <source>A sending key for %1. It can only send email for that domain. Replace it in the Control Panel if it may have leaked too.</source>
        <translation>Una clave de envío para %1. Solo puede enviar correo de ese dominio. Sustitúyala en el Control Panel si también puede haberse filtrado.</translation>
    </message>
    <message>
        <source>A key that can change your account. Delete it unless you are sure it did not leak; you can make a new one later.</source>
        <translation>Una clave que puede cambiar su cuenta. Elimínela, salvo que tenga la certeza de que no se filtró; puede crear otra más adelante.</translation>
    </message>
    <message>
        <source>A key that can read your account. Delete it if you do not know who uses it.</source>
        <translation>Una clave que puede leer su cuenta. Elimínela si no sabe quién la usa.</translation>
    </message>
    <message>
        <source>You said this is the key you gave this program. It may be the leaked one: delete it.</source>
        <translation>Usted indicó que esta es la clave que dio a este programa. Puede ser la que se filtró: elimínela.</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <source>full access</source>
        <translation>acceso total</translation>
    </message>
    <message>
        <source>developer access</source>
        <translation>acceso de desarrollador</translation>
    </message>
    <message>
        <source>sending only</source>
        <translation>solo envío</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>solo lectura</translation>
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
        <translation>Cuenta, %1</translation>
    </message>
    <message>
        <source>(no name) %1</source>
        <translation>(sin nombre) %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>in use (your choice)</source>
        <translation>en uso (según usted)</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>new since the incident</source>
        <translation>nueva desde el incidente</translation>
    </message>
    <message>
        <source>found exposed in step 1</source>
        <translation>encontrada al descubierto en el paso 1</translation>
    </message>
    <message>
        <source>flagged in step 1</source>
        <translation>marcada en el paso 1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Creator on record</source>
        <translation>Creada por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>About &quot;%1&quot;: %2</source>
        <translation>Sobre «%1»: %2</translation>
    </message>
</context>
<context>
    <name>LeakFinding</name>
    <message>
        <source>Mailgun sending key for %1</source>
        <translation>Clave de envío de Mailgun para %1</translation>
    </message>
    <message>
        <source>Mailgun webhook signing key</source>
        <translation>Clave de firma de webhooks de Mailgun</translation>
    </message>
    <message>
        <source>Mailgun API key</source>
        <translation>Clave de API de Mailgun</translation>
    </message>
    <message>
        <source>Older Mailgun API key</source>
        <translation>Clave de API de Mailgun antigua</translation>
    </message>
    <message>
        <source>Mailgun public key</source>
        <translation>Clave pública de Mailgun</translation>
    </message>
    <message>
        <source>Mailgun SMTP password</source>
        <translation>Contraseña SMTP de Mailgun</translation>
    </message>
    <message>
        <source>Page that shows the server settings (phpinfo)</source>
        <translation>Página que muestra la configuración del servidor (phpinfo)</translation>
    </message>
    <message>
        <source>Settings file (.env) in the public website folder</source>
        <translation>Archivo de configuración (.env) en la carpeta pública del sitio web</translation>
    </message>
    <message>
        <source>Debug mode is on</source>
        <translation>El modo de depuración está activado</translation>
    </message>
    <message>
        <source>Development mode is on</source>
        <translation>El modo de desarrollo está activado</translation>
    </message>
    <message>
        <source>Copy of the WordPress settings file (wp-config.php)</source>
        <translation>Copia del archivo de configuración de WordPress (wp-config.php)</translation>
    </message>
    <message>
        <source>Code history folder (.git) in the public website folder</source>
        <translation>Carpeta del historial del código (.git) en la carpeta pública del sitio web</translation>
    </message>
    <message>
        <source>Debug log file</source>
        <translation>Archivo de registro de depuración</translation>
    </message>
    <message>
        <source>Database copy in the public website folder</source>
        <translation>Copia de la base de datos en la carpeta pública del sitio web</translation>
    </message>
    <message>
        <source>Website backup in the public website folder</source>
        <translation>Copia de seguridad del sitio web en la carpeta pública del sitio web</translation>
    </message>
    <message>
        <source>Password in the code history settings (.git/config)</source>
        <translation>Contraseña en la configuración del historial del código (.git/config)</translation>
    </message>
    <message>
        <source>This key can send email for that domain only. Replace it in the Control Panel (API Security), then put the new key in this file.</source>
        <translation>Esta clave solo puede enviar correo de ese dominio. Sustitúyala en el Control Panel (API Security) y después ponga la clave nueva en este archivo.</translation>
    </message>
    <message>
        <source>This is your account&apos;s webhook signing key. With it, anyone can send fake Mailgun events to your website. Replace it: in step 2 of the wizard (&quot;Two more keys you may want to replace&quot;) or in the Mailgun Control Panel. Then put the new one in this file.</source>
        <translation>Es la clave de firma de webhooks de su cuenta. Con ella, cualquiera puede enviar eventos falsos de Mailgun a su sitio web. Sustitúyala en el paso 2 del asistente («Otras dos claves que quizá quiera sustituir») o en el Control Panel de Mailgun. Después ponga la nueva en este archivo.</translation>
    </message>
    <message>
        <source>This file is in the public website folder, so anyone may have downloaded it.</source>
        <translation>Este archivo está en la carpeta pública del sitio web, así que cualquiera puede haberlo descargado.</translation>
    </message>
    <message>
        <source>Delete this key in Mailgun and make a new one (step 2). Then remove the old key from this file.</source>
        <translation>Elimine esta clave en Mailgun y cree una nueva (paso 2). Después quite la clave antigua de este archivo.</translation>
    </message>
    <message>
        <source>This key can only check email addresses; it cannot send mail. Remove it from this file if the file is public.</source>
        <translation>Esta clave solo puede comprobar direcciones de correo; no puede enviar correo. Quítela de este archivo si el archivo es público.</translation>
    </message>
    <message>
        <source>With this key, anyone can send fake Mailgun events to your website. Reset the webhook signing key in Mailgun and put the new one in this file.</source>
        <translation>Con esta clave, cualquiera puede enviar eventos falsos de Mailgun a su sitio web. Restablezca la clave de firma de webhooks en Mailgun y ponga la nueva en este archivo.</translation>
    </message>
    <message>
        <source>Reset this SMTP password in Mailgun (step 3). Then put the new password in this file.</source>
        <translation>Restablezca esta contraseña SMTP en Mailgun (paso 3). Después ponga la contraseña nueva en este archivo.</translation>
    </message>
    <message>
        <source>Remove this file from your web server. This page shows your server&apos;s settings, including passwords, to anyone who opens it.</source>
        <translation>Quite este archivo de su servidor web. Esta página muestra la configuración de su servidor, contraseñas incluidas, a cualquiera que la abra.</translation>
    </message>
    <message>
        <source>Move this file out of the public website folder. Anyone can download it and read the passwords in it.</source>
        <translation>Saque este archivo de la carpeta pública del sitio web. Cualquiera puede descargarlo y leer las contraseñas que contiene.</translation>
    </message>
    <message>
        <source>Turn off debug mode on your live website: set WP_DEBUG to false in this file. Debug messages can show your passwords to visitors.</source>
        <translation>Desactive el modo de depuración en su sitio web publicado: ponga WP_DEBUG a false en este archivo. Los mensajes de depuración pueden mostrar sus contraseñas a los visitantes.</translation>
    </message>
    <message>
        <source>Turn off debug mode on your live website: set DEBUG = False in this file. Error pages in debug mode can show your settings to visitors.</source>
        <translation>Desactive el modo de depuración en su sitio web publicado: ponga DEBUG = False en este archivo. Las páginas de error en modo de depuración pueden mostrar su configuración a los visitantes.</translation>
    </message>
    <message>
        <source>Turn off debug mode on your live website: set APP_DEBUG=false in this file. Error pages in debug mode can show your passwords to visitors.</source>
        <translation>Desactive el modo de depuración en su sitio web publicado: ponga APP_DEBUG=false en este archivo. Las páginas de error en modo de depuración pueden mostrar sus contraseñas a los visitantes.</translation>
    </message>
    <message>
        <source>Switch your live website to production mode (APP_ENV=prod). Development mode shows internal details, including passwords, to visitors.</source>
        <translation>Pase su sitio web publicado al modo de producción (APP_ENV=prod). El modo de desarrollo muestra detalles internos a los visitantes, contraseñas incluidas.</translation>
    </message>
    <message>
        <source>Remove this file from your web server. Unlike the real wp-config.php, a copy can be downloaded and read, with all its passwords.</source>
        <translation>Quite este archivo de su servidor web. A diferencia del wp-config.php real, una copia se puede descargar y leer, con todas sus contraseñas.</translation>
    </message>
    <message>
        <source>Remove this folder from your web server. Anyone can download your whole code history from it, including old passwords.</source>
        <translation>Quite esta carpeta de su servidor web. Desde ella, cualquiera puede descargar todo el historial de su código, contraseñas antiguas incluidas.</translation>
    </message>
    <message>
        <source>Delete this log file and turn off debug logging. Logs can hold passwords and keys.</source>
        <translation>Elimine este archivo de registro y desactive el registro de depuración. Los registros pueden contener contraseñas y claves.</translation>
    </message>
    <message>
        <source>Move this file out of the public website folder. Anyone can download it. A database copy holds your site&apos;s settings, often with passwords and keys.</source>
        <translation>Saque este archivo de la carpeta pública del sitio web. Cualquiera puede descargarlo. Una copia de la base de datos contiene la configuración de su sitio, a menudo con contraseñas y claves.</translation>
    </message>
    <message>
        <source>Move this file out of the public website folder. Anyone can download it. A backup holds all your site&apos;s files, with their passwords and keys.</source>
        <translation>Saque este archivo de la carpeta pública del sitio web. Cualquiera puede descargarlo. Una copia de seguridad contiene todos los archivos de su sitio, con sus contraseñas y claves.</translation>
    </message>
    <message>
        <source>Change this password where the code is stored (GitHub, GitLab, ...). Then remove it from the address in this file.</source>
        <translation>Cambie esta contraseña en el sitio donde se guarda el código (GitHub, GitLab...). Después quítela de la dirección que aparece en este archivo.</translation>
    </message>
    <message>
        <source>This is the key you are using now.</source>
        <translation>Esta es la clave que usa ahora.</translation>
    </message>
    <message>
        <source>This is key %1 of your account.</source>
        <translation>Es la clave %1 de su cuenta.</translation>
    </message>
    <message>
        <source>an earlier webhook signing key of this account (it is not the current one)</source>
        <translation>una clave de firma de webhooks anterior de esta cuenta (no es la actual)</translation>
    </message>
    <message>
        <source>the webhook signing key of this account</source>
        <translation>la clave de firma de webhooks de esta cuenta</translation>
    </message>
    <message>
        <source>This is none of the keys your account lists now. It may be: a deleted or expired key of this account; %1; a key of a subaccount; a key of another Mailgun account; a sending key for one domain that was deleted. Treat it as a working key until you know which.</source>
        <translation>No es ninguna de las claves que su cuenta muestra ahora. Puede ser: una clave eliminada o caducada de esta cuenta; %1; una clave de una subcuenta; una clave de otra cuenta de Mailgun; una clave de envío de un dominio que se eliminó. Trátela como una clave que funciona hasta que sepa cuál es.</translation>
    </message>
    <message>
        <source>This is an older kind of key (it starts with &quot;key-&quot;). Mailgun&apos;s key list does not show which entry belongs to such a key, so the program cannot tell which of your keys it is. Treat it as a working key of your account.</source>
        <translation>Es un tipo de clave antiguo (empieza por «key-»). La lista de claves de Mailgun no muestra qué entrada corresponde a una clave así, de modo que el programa no puede saber cuál de sus claves es. Trátela como una clave de su cuenta que funciona.</translation>
    </message>
    <message>
        <source>Your account lists this key as a sending key for %1 (key %2).</source>
        <translation>Su cuenta muestra esta clave como clave de envío para %1 (clave %2).</translation>
    </message>
    <message>
        <source>It is exactly your account&apos;s current webhook signing key.</source>
        <translation>Es exactamente la clave de firma de webhooks actual de su cuenta.</translation>
    </message>
    <message>
        <source>A word such as &quot;example&quot; stands before it, but the value looks like a real key. Check it.</source>
        <translation>Delante tiene una palabra como «example», pero el valor parece una clave real. Compruébelo.</translation>
    </message>
    <message>
        <source>Nothing in this file mentions Mailgun, so it may be a key of another service.</source>
        <translation>Nada en este archivo menciona Mailgun, así que puede ser una clave de otro servicio.</translation>
    </message>
    <message>
        <source>It is in a script, and nothing near it mentions Mailgun. It may be another kind of code. Check it.</source>
        <translation>Está en un script y nada cerca de ella menciona Mailgun. Puede ser otro tipo de código. Compruébelo.</translation>
    </message>
</context>
<context>
    <name>LookAlikeSummaryText</name>
    <message numerus="yes">
        <source>%n value(s) that look like a Mailgun key are not listed as findings: each is in a script that never mentions Mailgun, where such values are almost always part of the script. If you ever put a key in a script, look here:</source>
        <translation>
            <numerusform>%n valor que parece una clave de Mailgun no aparece entre los hallazgos: está en un script que nunca menciona Mailgun, y en esos scripts estos valores casi siempre son parte del propio script. Si alguna vez puso una clave en un script, mire aquí:</numerusform>
            <numerusform>%n valores que parecen una clave de Mailgun no aparecen entre los hallazgos: cada uno está en un script que nunca menciona Mailgun, y en esos scripts estos valores casi siempre son parte del propio script. Si alguna vez puso una clave en un script, mire aquí:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>The PDF could not be made here. Save the report as HTML or Markdown.</source>
        <translation>Aquí no se pudo crear el PDF. Guarde el informe como HTML o Markdown.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>No se pudo escribir el PDF.</translation>
    </message>
</context>
<context>
    <name>PracticeServer</name>
    <message>
        <source>The practice account could not listen on 127.0.0.1 port %1. Another program may be using it; choose another port.</source>
        <translation>La cuenta de práctica no pudo usar el puerto %1 de 127.0.0.1. Puede que otro programa lo esté usando; elija otro puerto.</translation>
    </message>
</context>
<context>
    <name>PracticeServerCommand</name>
    <message>
        <source>The practice account is running. Press Ctrl+C to stop it.</source>
        <translation>La cuenta de práctica está en marcha. Pulse Ctrl+C para detenerla.</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>CRITICAL</source>
        <translation>CRÍTICA</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>ALTA</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>MEDIA</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>BAJA</translation>
    </message>
    <message>
        <source>The content looks like %1.</source>
        <translation>El contenido parece ser %1.</translation>
    </message>
    <message>
        <source>Found in it: %1 %2</source>
        <translation>Se encontró dentro: %1 %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>Only check websites that are yours. If these sites are yours, run the command again with --i-own-this-site. Nothing was sent.</source>
        <translation>Compruebe solo sitios web que sean suyos. Si estos sitios son suyos, vuelva a ejecutar el comando con --i-own-this-site. No se envió nada.</translation>
    </message>
    <message>
        <source>Give the address of your website, for example: mailgun-recovery probe https://www.example.com --i-own-this-site</source>
        <translation>Indique la dirección de su sitio web, por ejemplo: mailgun-recovery probe https://www.example.com --i-own-this-site</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Sin comprobar: %1</translation>
    </message>
    <message>
        <source>None of these is a website address. Nothing was sent.</source>
        <translation>Ninguna de estas es la dirección de un sitio web. No se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n site(s)</source>
        <translation>
            <numerusform>Se comprobó %n sitio</numerusform>
            <numerusform>Se comprobaron %n sitios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n request(s).</source>
        <translation>
            <numerusform>con %n petición.</numerusform>
            <numerusform>con %n peticiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>No se pudo comprobar: %1</translation>
    </message>
    <message>
        <source>No files or pages that leak passwords or keys were found.</source>
        <translation>No se encontraron archivos ni páginas que dejen ver contraseñas o claves.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n thing(s) anyone can open:</source>
        <translation>
            <numerusform>Se encontró %n cosa que cualquiera puede abrir:</numerusform>
            <numerusform>Se encontraron %n cosas que cualquiera puede abrir:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n address(es)…</source>
        <translation>
            <numerusform>Dirección comprobada: %1 de %n…</numerusform>
            <numerusform>Direcciones comprobadas: %1 de %n…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeContent</name>
    <message>
        <source>a settings file (.env)</source>
        <translation>un archivo de configuración (.env)</translation>
    </message>
    <message>
        <source>PHP program code</source>
        <translation>código de un programa PHP</translation>
    </message>
    <message>
        <source>a data file (JSON)</source>
        <translation>un archivo de datos (JSON)</translation>
    </message>
    <message>
        <source>a settings file (YAML)</source>
        <translation>un archivo de configuración (YAML)</translation>
    </message>
    <message>
        <source>a copy of a database (SQL)</source>
        <translation>una copia de una base de datos (SQL)</translation>
    </message>
    <message>
        <source>a settings file (INI)</source>
        <translation>un archivo de configuración (INI)</translation>
    </message>
    <message>
        <source>a data file (XML)</source>
        <translation>un archivo de datos (XML)</translation>
    </message>
    <message>
        <source>a web page (HTML)</source>
        <translation>una página web (HTML)</translation>
    </message>
    <message>
        <source>a script (JavaScript)</source>
        <translation>un script (JavaScript)</translation>
    </message>
    <message>
        <source>a temporary file of the Vim text editor</source>
        <translation>un archivo temporal del editor de texto Vim</translation>
    </message>
    <message>
        <source>an archive or another file that is not text</source>
        <translation>un archivo comprimido u otro archivo que no es texto</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texto sin formato</translation>
    </message>
</context>
<context>
    <name>RecoverySession</name>
    <message>
        <source>This copy of the program has no practice account.</source>
        <translation>Esta copia del programa no tiene cuenta de práctica.</translation>
    </message>
    <message>
        <source>%1 The program remembers it until you close it, but a restart and the report will not know it. Make room on the disk (or make the folder writable).</source>
        <translation>%1 El programa lo recordará hasta que lo cierre, pero después de reiniciarlo no lo sabrá, y el informe tampoco. Libere espacio en el disco (o permita escribir en la carpeta).</translation>
    </message>
</context>
<context>
    <name>RecoveryStep</name>
    <message>
        <source>Find the leak</source>
        <translation>Encontrar la filtración</translation>
    </message>
    <message>
        <source>Replace the API key</source>
        <translation>Sustituir la clave de API</translation>
    </message>
    <message>
        <source>Reset SMTP passwords</source>
        <translation>Restablecer las contraseñas SMTP</translation>
    </message>
    <message>
        <source>Reset user passwords</source>
        <translation>Restablecer las contraseñas de los usuarios</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Activar la verificación en dos pasos</translation>
    </message>
    <message>
        <source>Report to Mailgun</source>
        <translation>Informar a Mailgun</translation>
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
        <translation>Dejarlo por ahora</translation>
    </message>
    <message>
        <source>Your progress was not saved</source>
        <translation>No se guardó su progreso</translation>
    </message>
    <message>
        <source>Stop for now?</source>
        <translation>¿Dejarlo por ahora?</translation>
    </message>
    <message>
        <source>Do you want to stop for now?</source>
        <translation>¿Quiere dejarlo por ahora?</translation>
    </message>
    <message>
        <source>The assistant remembers where you were. Start it again to go on.</source>
        <translation>El asistente recuerda dónde se quedó. Vuelva a abrirlo para seguir.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Not Mailgun: this assistant sends your API key and every request to %1. Close it unless you chose this address yourself.</source>
        <translation>No es Mailgun: este asistente envía su clave de API y todas las peticiones a %1. Ciérrelo, salvo que haya elegido usted esta dirección.</translation>
    </message>
    <message>
        <source>Not Mailgun: this assistant sends your API key and every request to %1 (US) and %2 (EU). Close it unless you chose these addresses yourself.</source>
        <translation>No es Mailgun: este asistente envía su clave de API y todas las peticiones a %1 (US) y %2 (EU). Ciérrelo, salvo que haya elegido usted estas direcciones.</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>European Union (EU)</source>
        <extracomment>One of Mailgun&apos;s two regions (data centres); keep the code EU in brackets, as in the Control Panel.</extracomment>
        <translation>Unión Europea (EU)</translation>
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
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Falló (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Opened the password reset page for %1.</source>
        <translation>Se abrió la página para restablecer la contraseña de %1.</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot;.</source>
        <translation>Se anotó «%1».</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot;: %2.</source>
        <translation>Se anotó «%1»: %2.</translation>
    </message>
    <message>
        <source>No answer was recorded: the program may have been closed while it waited</source>
        <translation>No se anotó ninguna respuesta: puede que el programa se cerrara mientras esperaba</translation>
    </message>
    <message>
        <source>Asked Mailgun to create a new private API key (marked %1 in its description).</source>
        <translation>Se pidió a Mailgun que creara una clave de API privada nueva (marcada con %1 en su descripción).</translation>
    </message>
    <message>
        <source>Asked Mailgun to delete the old API key %1.</source>
        <translation>Se pidió a Mailgun que eliminara la clave de API antigua %1.</translation>
    </message>
    <message>
        <source>Asked Mailgun to set a new SMTP password for %1.</source>
        <translation>Se pidió a Mailgun que pusiera una contraseña SMTP nueva para %1.</translation>
    </message>
    <message>
        <source>Asked Mailgun to remove %1.</source>
        <translation>Se pidió a Mailgun que quitara %1.</translation>
    </message>
    <message>
        <source>Asked Mailgun to delete the SMTP login %1.</source>
        <translation>Se pidió a Mailgun que eliminara el usuario SMTP %1.</translation>
    </message>
    <message>
        <source>Set the start of the incident to %1.</source>
        <translation>Se fijó el inicio del incidente en %1.</translation>
    </message>
    <message>
        <source>The admin confirmed: &quot;%1&quot;.</source>
        <translation>El administrador confirmó: «%1».</translation>
    </message>
    <message>
        <source>Confirmed by the admin</source>
        <translation>Confirmado por el administrador</translation>
    </message>
    <message>
        <source>The admin took back the confirmation: &quot;%1&quot;.</source>
        <translation>El administrador retiró la confirmación: «%1».</translation>
    </message>
    <message>
        <source>the route %1 of the %2 region, which matched %3 and did: %4</source>
        <translation>la ruta %1 de la región %2, que coincidía con %3 y hacía lo siguiente: %4</translation>
    </message>
    <message>
        <source>the account webhook of the %1 region that sent %2 to %3</source>
        <translation>el webhook de cuenta de la región %1 que enviaba %2 a %3</translation>
    </message>
    <message>
        <source>the copy of every message of %1 sent to %2</source>
        <translation>la copia de cada mensaje de %1 que se enviaba a %2</translation>
    </message>
    <message>
        <source>the %1 webhook of %2 that sent to %3</source>
        <translation>el webhook %1 de %2 que enviaba a %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>the change did not take effect</source>
        <translation>el cambio no se aplicó</translation>
    </message>
    <message>
        <source>Tried to remove %1.</source>
        <translation>Se intentó quitar %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se quitó %1.</translation>
    </message>
    <message numerus="yes">
        <source>Started replacing the private API key: a new key with the role &quot;%1&quot; is made first, then %n old key(s) are deleted.</source>
        <translation>
            <numerusform>Se empezó a sustituir la clave de API privada: primero se crea una clave nueva con el rol «%1» y después se elimina %n clave antigua.</numerusform>
            <numerusform>Se empezó a sustituir la clave de API privada: primero se crea una clave nueva con el rol «%1» y después se eliminan %n claves antiguas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys to delete: %1.</source>
        <translation>Claves que eliminar: %1.</translation>
    </message>
    <message>
        <source>Created a new private API key (id %1).</source>
        <translation>Se creó una clave de API privada nueva (id %1).</translation>
    </message>
    <message>
        <source>Stored the new key (id %1) in this computer&apos;s keychain and read it back.</source>
        <translation>Se guardó la clave nueva (id %1) en el anillo de claves de este equipo y se volvió a leer para comprobarla.</translation>
    </message>
    <message>
        <source>Tried to store the new key (id %1) in this computer&apos;s keychain.</source>
        <translation>Se intentó guardar la clave nueva (id %1) en el anillo de claves de este equipo.</translation>
    </message>
    <message>
        <source>The admin confirmed that they saved the new key (id %1) themselves.</source>
        <translation>El administrador confirmó que guardó por su cuenta la clave nueva (id %1).</translation>
    </message>
    <message>
        <source>Checked with Mailgun that the new key (id %1) works.</source>
        <translation>Se comprobó con Mailgun que la clave nueva (id %1) funciona.</translation>
    </message>
    <message>
        <source>Deleted a half-made key (id %1) left over from an earlier try.</source>
        <translation>Se eliminó una clave a medio crear (id %1) que quedaba de un intento anterior.</translation>
    </message>
    <message>
        <source>Deleted the old API key %1.</source>
        <translation>Se eliminó la clave de API antigua %1.</translation>
    </message>
    <message>
        <source>Tried to delete the old API key %1.</source>
        <translation>Se intentó eliminar la clave de API antigua %1.</translation>
    </message>
    <message>
        <source>Finished replacing the private API key. The new key is %1.</source>
        <translation>Terminó la sustitución de la clave de API privada. La clave nueva es %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) deleted.</source>
        <translation>
            <numerusform>Se eliminó %n clave antigua.</numerusform>
            <numerusform>Se eliminaron %n claves antiguas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there: %1.</source>
        <translation>Sigue ahí: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) could not be deleted</source>
        <translation>
            <numerusform>No se pudo eliminar %n clave antigua</numerusform>
            <numerusform>No se pudieron eliminar %n claves antiguas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started resetting the SMTP passwords of %n login(s).</source>
        <translation>
            <numerusform>Se empezó a restablecer la contraseña SMTP de %n usuario.</numerusform>
            <numerusform>Se empezó a restablecer las contraseñas SMTP de %n usuarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logins: %1.</source>
        <translation>Usuarios: %1.</translation>
    </message>
    <message>
        <source>Started resetting SMTP logins: %1 get a new password, %2 will be deleted.</source>
        <translation>Se empezó a restablecer los usuarios SMTP: %1 recibirán una contraseña nueva y %2 se eliminarán.</translation>
    </message>
    <message>
        <source>Made a new SMTP password for %1. The keychain was not available, so it was shown to the admin once instead.</source>
        <translation>Se creó una contraseña SMTP nueva para %1. El anillo de claves no estaba disponible, así que en su lugar se mostró una vez al administrador.</translation>
    </message>
    <message>
        <source>Shown to the admin</source>
        <translation>Mostrada al administrador</translation>
    </message>
    <message>
        <source>Stored a new SMTP password for %1 in this computer&apos;s keychain.</source>
        <translation>Se guardó una contraseña SMTP nueva para %1 en el anillo de claves de este equipo.</translation>
    </message>
    <message>
        <source>Set a new SMTP password for %1.</source>
        <translation>Se puso una contraseña SMTP nueva para %1.</translation>
    </message>
    <message>
        <source>Tried to set a new SMTP password for %1.</source>
        <translation>Se intentó poner una contraseña SMTP nueva para %1.</translation>
    </message>
    <message>
        <source>Mailgun did not answer clearly: the change may have been made.</source>
        <translation>Mailgun no respondió con claridad: puede que el cambio se haya hecho.</translation>
    </message>
    <message>
        <source>Deleted the SMTP login %1.</source>
        <translation>Se eliminó el usuario SMTP %1.</translation>
    </message>
    <message>
        <source>Tried to delete the SMTP login %1.</source>
        <translation>Se intentó eliminar el usuario SMTP %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n login(s) failed</source>
        <translation>
            <numerusform>Falló %n usuario</numerusform>
            <numerusform>Fallaron %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Tried the deleted key %1 once more with a harmless read, right after the new key passed the same read: Mailgun refused it (HTTP %2).</source>
        <translation>Se probó una vez más la clave eliminada %1 con una lectura inofensiva, justo después de que la clave nueva superara la misma lectura: Mailgun la rechazó (HTTP %2).</translation>
    </message>
    <message>
        <source>Tried the old key %1 once more with a harmless read: it STILL WORKS (HTTP %2).</source>
        <translation>Se probó una vez más la clave antigua %1 con una lectura inofensiva: TODAVÍA FUNCIONA (HTTP %2).</translation>
    </message>
    <message>
        <source>the key still works</source>
        <translation>la clave todavía funciona</translation>
    </message>
    <message>
        <source>The sending key %1 was deleted from the key list. A sending key cannot be tested without sending.</source>
        <translation>La clave de envío %1 se eliminó de la lista de claves. Una clave de envío no se puede probar sin enviar algo.</translation>
    </message>
    <message>
        <source>Tried to test the old key %1 once more.</source>
        <translation>Se intentó probar una vez más la clave antigua %1.</translation>
    </message>
    <message>
        <source>could not be checked: the new key did not get through either</source>
        <translation>no se pudo comprobar: la clave nueva tampoco funcionó</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>no se pudo comprobar</translation>
    </message>
    <message>
        <source>Finished resetting SMTP passwords: %1, %2, %3 failed.</source>
        <translation>Se terminó de restablecer las contraseñas SMTP: %1, %2, %3 fallidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n new password(s)</source>
        <translation>
            <numerusform>%n contraseña nueva</numerusform>
            <numerusform>%n contraseñas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n login(s) deleted</source>
        <translation>
            <numerusform>%n usuario eliminado</numerusform>
            <numerusform>%n usuarios eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked the %n user(s) of the account. New password since the incident began: %1. Two-factor sign-in (2FA) on: %2.</source>
        <translation>
            <numerusform>Se revisó %n usuario de la cuenta. Contraseña nueva desde el inicio del incidente: %1. Verificación en dos pasos (2FA) activada: %2.</numerusform>
            <numerusform>Se revisaron los %n usuarios de la cuenta. Contraseña nueva desde el inicio del incidente: %1. Verificación en dos pasos (2FA) activada: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked %1 (%2) again: you asked for %3; Mailgun now has %4.</source>
        <extracomment>%1 is what was checked (e.g. a route&apos;s forwarding address), %2 the route or webhook, %3 what the admin asked for and %4 what Mailgun has now (&quot;nothing&quot; when empty).</extracomment>
        <translation>Se volvió a comprobar %1 (%2): usted pidió %3; Mailgun tiene ahora %4.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The format &quot;%1&quot; is not known. Use md, html or pdf.</source>
        <translation>No se conoce el formato «%1». Use md, html o pdf.</translation>
    </message>
    <message>
        <source>A PDF must go to a file: add -o FILE, for example -o report.pdf</source>
        <translation>Un PDF tiene que ir a un archivo: añada -o ARCHIVO, por ejemplo -o informe.pdf</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>El informe se guardó en %1.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>No se pudo guardar el informe en %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>&lt;b&gt;Your report for Mailgun support&lt;/b&gt;</source>
        <translation>&lt;b&gt;Su informe para el soporte de Mailgun&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The program wrote this report from what it recorded on this computer. It holds no key and no password. Save it as a PDF or copy it, open Mailgun support, start a new ticket and attach or paste it.</source>
        <translation>El programa escribió este informe a partir de lo que anotó en este equipo. No contiene ninguna clave ni ninguna contraseña. Guárdelo como PDF o cópielo, abra el soporte de Mailgun, cree una incidencia nueva y adjunte o pegue el informe.</translation>
    </message>
    <message>
        <source>Preview of the report for Mailgun support</source>
        <translation>Vista previa del informe para el soporte de Mailgun</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Guardar el informe como archivo PDF</translation>
    </message>
    <message>
        <source>Save as HTML…</source>
        <translation>Guardar como HTML…</translation>
    </message>
    <message>
        <source>Save the report as a web page file</source>
        <translation>Guardar el informe como página web</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Guardar como Markdown…</translation>
    </message>
    <message>
        <source>Save the report as a Markdown text file</source>
        <translation>Guardar el informe como archivo de texto Markdown</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar el informe</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>Copiar el informe al portapapeles</translation>
    </message>
    <message>
        <source>Open Mailgun support</source>
        <translation>Abrir el soporte de Mailgun</translation>
    </message>
    <message>
        <source>Open Mailgun&apos;s support page in the web browser</source>
        <translation>Abrir la página de soporte de Mailgun en el navegador web</translation>
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
        <translation>Guardar el informe para el soporte de Mailgun</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>El informe se guardó en %1.</translation>
    </message>
    <message>
        <source>The report is copied. Paste it into the message of your support ticket.</source>
        <translation>El informe está copiado. Péguelo en el mensaje de su incidencia de soporte.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s support page opened in your web browser. Sign in, start a new ticket, and attach or paste the report.</source>
        <translation>La página de soporte de Mailgun se abrió en su navegador web. Inicie sesión, cree una incidencia nueva y adjunte o pegue el informe.</translation>
    </message>
    <message>
        <source>The web browser could not be opened. Go to %1 yourself.</source>
        <translation>No se pudo abrir el navegador web. Vaya usted a %1.</translation>
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
        <translation>«%1» (id %2)</translation>
    </message>
    <message>
        <source>Disabled by the program on %1.</source>
        <translation>El programa la desactivó el %1.</translation>
    </message>
    <message>
        <source>The program tried to disable it on %1; Mailgun did not confirm it (status: %2).</source>
        <translation>El programa intentó desactivarla el %1; Mailgun no lo confirmó (estado: %2).</translation>
    </message>
    <message>
        <source>The program asked Mailgun to disable it on %1; no answer was recorded.</source>
        <translation>El programa pidió a Mailgun que la desactivara el %1; no se anotó ninguna respuesta.</translation>
    </message>
    <message>
        <source>Subaccounts</source>
        <translation>Subcuentas</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>creada el %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>estado: %1</translation>
    </message>
    <message>
        <source>The program did not change it.</source>
        <translation>El programa no la cambió.</translation>
    </message>
    <message>
        <source>Reviewed what the subaccount %1 holds.</source>
        <translation>Se revisó lo que contiene la subcuenta %1.</translation>
    </message>
    <message>
        <source>Asked Mailgun to disable the subaccount %1.</source>
        <translation>Se pidió a Mailgun que desactivara la subcuenta %1.</translation>
    </message>
    <message>
        <source>Disabled the subaccount %1.</source>
        <translation>Se desactivó la subcuenta %1.</translation>
    </message>
    <message>
        <source>Tried to disable the subaccount %1.</source>
        <translation>Se intentó desactivar la subcuenta %1.</translation>
    </message>
    <message>
        <source>Mailgun no longer lists it</source>
        <translation>Mailgun ya no la muestra</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>Mailgun account recovery report</source>
        <translation>Informe de recuperación de la cuenta de Mailgun</translation>
    </message>
    <message>
        <source>PRACTICE: this report describes the practice account, a simulation on this computer. Do not send it to Mailgun.</source>
        <translation>PRÁCTICA: este informe describe la cuenta de práctica, una simulación en este equipo. No lo envíe a Mailgun.</translation>
    </message>
    <message>
        <source>Not known to the program</source>
        <translation>El programa no lo sabe</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>Propietario: %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <source>%1 in the US region, %2 in the EU region</source>
        <translation>%1 en la región US, %2 en la región EU</translation>
    </message>
    <message>
        <source>API key used for this work</source>
        <translation>Clave de API usada para este trabajo</translation>
    </message>
    <message>
        <source>id %1, role %2</source>
        <translation>id %1, rol %2</translation>
    </message>
    <message>
        <source>Incident began</source>
        <translation>Inicio del incidente</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Informe creado</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Creado con</translation>
    </message>
    <message>
        <source>Nothing is still open.</source>
        <translation>No queda nada pendiente.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Nothing is open: every step is done.</source>
        <translation>No queda nada pendiente: todos los pasos están hechos.</translation>
    </message>
    <message>
        <source>How the credentials may have leaked (step 1)</source>
        <translation>Cómo pueden haberse filtrado las credenciales (paso 1)</translation>
    </message>
    <message>
        <source>The program recorded no findings. The admin may have investigated by hand.</source>
        <translation>El programa no anotó ningún hallazgo. Puede que el administrador investigara a mano.</translation>
    </message>
    <message>
        <source>Actions taken, in order</source>
        <translation>Acciones realizadas, por orden</translation>
    </message>
    <message>
        <source>No action has been recorded yet.</source>
        <translation>Todavía no se ha anotado ninguna acción.</translation>
    </message>
    <message>
        <source>Users of the account</source>
        <translation>Usuarios de la cuenta</translation>
    </message>
    <message>
        <source>The program has not checked the users yet. Their passwords and two-factor sign-in must be checked in the Control Panel.</source>
        <translation>El programa todavía no ha revisado los usuarios. Hay que comprobar sus contraseñas y su verificación en dos pasos en el Control Panel.</translation>
    </message>
    <message>
        <source>As Mailgun listed them on %1. &quot;Changed&quot; means after the incident began.</source>
        <translation>Tal como los mostraba Mailgun el %1. «Contraseña cambiada» significa cambiada después del inicio del incidente.</translation>
    </message>
    <message>
        <source>Also asked by Mailgun&apos;s procedure</source>
        <translation>Lo que además pide el procedimiento de Mailgun</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Sobre este informe</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What the program saw</source>
        <translation>Lo que vio el programa</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Value (masked)</source>
        <translation>Valor (oculto en parte)</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>In progress (%1 of %2 confirmed)</source>
        <translation>En curso (%1 de %2 confirmados)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>On the admin&apos;s computer</source>
        <translation>En el equipo del administrador</translation>
    </message>
    <message>
        <source>On the website</source>
        <translation>En el sitio web</translation>
    </message>
    <message>
        <source>In the Mailgun account</source>
        <translation>En la cuenta de Mailgun</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>(account owner)</source>
        <translation>(propietario de la cuenta)</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Sí (%1)</translation>
    </message>
    <message>
        <source>No (last change: %1)</source>
        <translation>No (último cambio: %1)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Contact the hosting provider (or the web developer) so they check the website and the server for the way in.</source>
        <translation>Contacte con el proveedor de alojamiento (o con quien desarrolló el sitio web) para que revise el sitio web y el servidor y encuentre por dónde entraron.</translation>
    </message>
    <message>
        <source>Check public code repositories (GitHub, GitLab, Bitbucket) for keys or passwords, and replace any that were there.</source>
        <translation>Busque claves o contraseñas en los repositorios de código públicos (GitHub, GitLab, Bitbucket) y sustituya las que encuentre allí.</translation>
    </message>
    <message>
        <source>Done, confirmed by the admin</source>
        <translation>Hecho, confirmado por el administrador</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Todavía sin confirmar</translation>
    </message>
    <message>
        <source>This report holds no key and no password. Values found are shown masked: only their first 4 and last 4 characters.</source>
        <translation>Este informe no contiene ninguna clave ni ninguna contraseña. Los valores encontrados se muestran ocultos en parte: solo se ven sus 4 primeros y sus 4 últimos caracteres.</translation>
    </message>
    <message>
        <source>Times are in UTC.</source>
        <translation>Las horas están en UTC.</translation>
    </message>
    <message>
        <source>It was made by the Mailgun Recovery Assistant from the record it keeps on the admin&apos;s computer. Work done by hand in the Control Panel shows as the admin&apos;s confirmations.</source>
        <translation>Lo creó el Mailgun Recovery Assistant a partir del registro que guarda en el equipo del administrador. El trabajo hecho a mano en el Control Panel aparece como confirmaciones del administrador.</translation>
    </message>
</context>
<context>
    <name>ResetLinkCountdown</name>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>The reset link that Mailgun emails works for 20 minutes. This is about how long is left.</source>
        <translation>El enlace para restablecer que Mailgun envía por correo sirve durante 20 minutos. Este es, más o menos, el tiempo que queda.</translation>
    </message>
    <message>
        <source>Expired: ask again</source>
        <translation>Caducado: vuelva a pedirlo</translation>
    </message>
    <message>
        <source>The reset link has expired. Click the reset button again to get a new email.</source>
        <translation>El enlace para restablecer ha caducado. Vuelva a pulsar el botón para restablecer y recibirá un correo nuevo.</translation>
    </message>
    <message>
        <source>Reset link expired. Ask for a new one.</source>
        <translation>El enlace para restablecer ha caducado. Pida uno nuevo.</translation>
    </message>
    <message>
        <source>Reset link: %1 and %2 left</source>
        <translation>Enlace para restablecer: quedan %1 y %2</translation>
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
        <translation>Se interrumpió un restablecimiento de contraseñas SMTP; se continúa con su propia lista de usuarios.</translation>
    </message>
    <message>
        <source>Continue the interrupted reset?</source>
        <translation>¿Continuar el restablecimiento interrumpido?</translation>
    </message>
    <message>
        <source>Reading your domains and their SMTP logins…</source>
        <translation>Leyendo sus dominios y sus usuarios SMTP…</translation>
    </message>
    <message>
        <source>%1 is the postmaster login, which Mailgun never deletes. It gets a new password instead; leave it out of --delete.</source>
        <translation>%1 es el usuario postmaster, que Mailgun nunca elimina. En su lugar recibe una contraseña nueva; no lo ponga en --delete.</translation>
    </message>
    <message>
        <source>There is no SMTP login %1 on the domains read.</source>
        <translation>No hay ningún usuario SMTP %1 en los dominios leídos.</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Sin leer: %1</translation>
    </message>
    <message>
        <source>There are no SMTP logins to reset.</source>
        <translation>No hay usuarios SMTP que restablecer.</translation>
    </message>
    <message>
        <source>new password</source>
        <extracomment>First column of the login table on the command line: this login gets a new password.</extracomment>
        <translation>contraseña nueva</translation>
    </message>
    <message>
        <source>new since the incident</source>
        <translation>nuevo desde el incidente</translation>
    </message>
    <message>
        <source>SMTP logins:</source>
        <translation>Usuarios SMTP:</translation>
    </message>
    <message>
        <source>New passwords: %1. Deleted logins: %2. Apps using the old passwords stop sending until you give them the new ones.</source>
        <translation>Contraseñas nuevas: %1. Usuarios eliminados: %2. Las aplicaciones que usan las contraseñas antiguas dejarán de enviar hasta que les dé las nuevas.</translation>
    </message>
    <message>
        <source>There is no keychain to keep the new passwords in. Save each one now, for example in your password manager:</source>
        <translation>No hay ningún anillo de claves donde guardar las contraseñas nuevas. Guarde ahora cada una, por ejemplo en su gestor de contraseñas:</translation>
    </message>
    <message>
        <source>%1 (server %2, port 587): %3</source>
        <translation>%1 (servidor %2, puerto 587): %3</translation>
    </message>
    <message>
        <source>new password; server %1, port 587</source>
        <translation>contraseña nueva; servidor %1, puerto 587</translation>
    </message>
    <message>
        <source>kept in the keychain, entry %1</source>
        <translation>guardada en el anillo de claves, entrada %1</translation>
    </message>
    <message>
        <source>not in the keychain</source>
        <translation>no está en el anillo de claves</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>contraseña: %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>not done: %1</source>
        <translation>sin hacer: %1</translation>
    </message>
    <message>
        <source>not started; the old password still works</source>
        <translation>sin empezar; la contraseña antigua sigue funcionando</translation>
    </message>
    <message>
        <source>Done. Put the new passwords into every website and app that sends email with them.</source>
        <translation>Hecho. Ponga las contraseñas nuevas en todos los sitios web y aplicaciones que envían correo con ellas.</translation>
    </message>
    <message>
        <source>Not everything was done. Run the command again: it goes on where it stopped, with the same new passwords.</source>
        <translation>No se hizo todo. Vuelva a ejecutar el comando: seguirá donde se detuvo, con las mismas contraseñas nuevas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n login(s) done</source>
        <translation>
            <numerusform>%1 de %n usuario listo</numerusform>
            <numerusform>%1 de %n usuarios listos</numerusform>
        </translation>
    </message>
    <message>
        <source>delete</source>
        <extracomment>First column of the login table on the command line: this login will be deleted.</extracomment>
        <translation>eliminar</translation>
    </message>
    <message numerus="yes">
        <source>Have you saved the %n new password(s) shown above? Mailgun gets them only after you answer %1. Until then the old passwords keep working.</source>
        <extracomment>%1 is the word the user types to confirm (&quot;yes&quot; in English).</extracomment>
        <translation>
            <numerusform>¿Ha guardado %n contraseña nueva, la que aparece arriba? Mailgun solo la recibirá cuando responda %1. Hasta entonces, la contraseña antigua sigue funcionando.</numerusform>
            <numerusform>¿Ha guardado las %n contraseñas nuevas que aparecen arriba? Mailgun solo las recibirá cuando responda %1. Hasta entonces, las contraseñas antiguas siguen funcionando.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message>
        <source>Started today.</source>
        <translation>Empezó hoy.</translation>
    </message>
    <message>
        <source>Started yesterday.</source>
        <translation>Empezó ayer.</translation>
    </message>
    <message numerus="yes">
        <source>Started %n days ago.</source>
        <translation>
            <numerusform>Empezó hace %n día.</numerusform>
            <numerusform>Empezó hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>You last worked on it today.</source>
        <translation>Trabajó en ella por última vez hoy.</translation>
    </message>
    <message>
        <source>You last worked on it yesterday.</source>
        <translation>Trabajó en ella por última vez ayer.</translation>
    </message>
    <message numerus="yes">
        <source>You last worked on it %n days ago.</source>
        <translation>
            <numerusform>Trabajó en ella por última vez hace %n día.</numerusform>
            <numerusform>Trabajó en ella por última vez hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>No step is finished yet.</source>
        <translation>Todavía no ha terminado ningún paso.</translation>
    </message>
    <message numerus="yes">
        <source>All %n steps are done.</source>
        <translation>
            <numerusform>Todos los pasos están hechos (%n paso).</numerusform>
            <numerusform>Los %n pasos están hechos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: step %1.</source>
        <translation>Hecho: paso %1.</translation>
    </message>
    <message>
        <source>Done: steps %1.</source>
        <translation>Hechos: pasos %1.</translation>
    </message>
    <message>
        <source>Replacing the API key stopped half way. The assistant will help you finish it safely.</source>
        <translation>La sustitución de la clave de API se quedó a medias. El asistente le ayudará a terminarla de forma segura.</translation>
    </message>
    <message>
        <source>Next: step %1 (%2).</source>
        <translation>Siguiente: paso %1 (%2).</translation>
    </message>
    <message>
        <source>You can look at any step again, or make the report once more.</source>
        <translation>Puede volver a ver cualquier paso o crear el informe otra vez.</translation>
    </message>
</context>
<context>
    <name>RotateKeyCommand</name>
    <message>
        <source>Creating the new key…</source>
        <translation>Creando la clave nueva…</translation>
    </message>
    <message>
        <source>Saving it in the keychain…</source>
        <translation>Guardándola en el anillo de claves…</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Comprobando la clave nueva…</translation>
    </message>
    <message>
        <source>Deleting old keys…</source>
        <translation>Eliminando las claves antiguas…</translation>
    </message>
    <message>
        <source>A key replacement was interrupted; continuing it.</source>
        <translation>Se interrumpió una sustitución de clave; se va a continuar.</translation>
    </message>
    <message>
        <source>The key you use is key %1: its own ending says so. --in-use-key-id %2 does not match it, so nothing was changed.</source>
        <translation>La clave que usa es la clave %1: lo indica su propia terminación. --in-use-key-id %2 no coincide con ella, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>None of your listed keys has the id %1, so nothing was changed. Run the command without --in-use-key-id to see the list.</source>
        <translation>Ninguna de las claves de la lista tiene el id %1, así que no se cambió nada. Ejecute el comando sin --in-use-key-id para ver la lista.</translation>
    </message>
    <message>
        <source>delete</source>
        <extracomment>First column of the key table on the command line: this key will be deleted.</extracomment>
        <translation>eliminar</translation>
    </message>
    <message>
        <source>in use, as you said</source>
        <translation>en uso, según usted</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>new since the incident</source>
        <translation>nueva desde el incidente</translation>
    </message>
    <message>
        <source>found exposed in step 1</source>
        <translation>encontrada al descubierto en el paso 1</translation>
    </message>
    <message>
        <source>flagged in step 1</source>
        <translation>marcada en el paso 1</translation>
    </message>
    <message>
        <source>Your API keys:</source>
        <translation>Sus claves de API:</translation>
    </message>
    <message>
        <source>The program cannot tell which of these keys is the one you use: older keys (they start with &quot;key-&quot;) do not show which entry is theirs. No key is marked as in use. If you know which one it is, run the command again with --in-use-key-id ID.</source>
        <translation>El programa no puede saber cuál de estas claves es la que usted usa: las claves antiguas (empiezan por «key-») no muestran cuál es su entrada. No se ha marcado ninguna clave como en uso. Si sabe cuál es, vuelva a ejecutar el comando con --in-use-key-id ID.</translation>
    </message>
    <message>
        <source>Have you saved the new key %1 somewhere safe? Only then are the old keys deleted.</source>
        <translation>¿Ha guardado la clave nueva %1 en un lugar seguro? Solo entonces se eliminarán las claves antiguas.</translation>
    </message>
    <message>
        <source>No old key was deleted. Run the command again with --print-secrets to have the new key printed once, or make the keychain available; the key made now is replaced then.</source>
        <translation>No se eliminó ninguna clave antigua. Vuelva a ejecutar el comando con --print-secrets para que la clave nueva se muestre una vez, o haga que el anillo de claves esté disponible; entonces se sustituirá la clave creada ahora.</translation>
    </message>
    <message>
        <source>The new key is not in the keychain. Save the key printed here, then run the command again to delete the old keys.</source>
        <translation>La clave nueva no está en el anillo de claves. Guarde la clave que se muestra aquí y después vuelva a ejecutar el comando para eliminar las claves antiguas.</translation>
    </message>
    <message>
        <source>The new key (shown once): %1</source>
        <translation>La clave nueva (se muestra una sola vez): %1</translation>
    </message>
    <message>
        <source>Save the new key printed above somewhere safe (a password manager). Have you saved it? Only then are the old keys deleted.</source>
        <translation>Guarde la clave nueva que se muestra arriba en un lugar seguro (un gestor de contraseñas). ¿La ha guardado? Solo entonces se eliminarán las claves antiguas.</translation>
    </message>
    <message>
        <source>No old key was deleted. Run the command again once the new key is saved, or with the new key itself (MAILGUN_API_KEY or --key-file).</source>
        <translation>No se eliminó ninguna clave antigua. Vuelva a ejecutar el comando cuando haya guardado la clave nueva, o con la propia clave nueva (MAILGUN_API_KEY o --key-file).</translation>
    </message>
    <message>
        <source>New key: %1</source>
        <translation>Clave nueva: %1</translation>
    </message>
    <message>
        <source>Kept in the keychain &quot;%1&quot;, entry %2.</source>
        <translation>Guardada en el anillo de claves «%1», entrada %2.</translation>
    </message>
    <message>
        <source>Not kept in the keychain: you saved it yourself.</source>
        <translation>No está en el anillo de claves: la guardó usted.</translation>
    </message>
    <message>
        <source>Not kept in the keychain.</source>
        <translation>No está en el anillo de claves.</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Eliminadas: %1</translation>
    </message>
    <message>
        <source>Still alive, delete by hand in the Control Panel: %1</source>
        <translation>Siguen activas; elimínelas a mano en el Control Panel: %1</translation>
    </message>
    <message>
        <source>Now put the new key into every website and app that used the old one.</source>
        <translation>Ahora ponga la clave nueva en todos los sitios web y aplicaciones que usaban la antigua.</translation>
    </message>
    <message>
        <source>keep</source>
        <extracomment>First column of the key table on the command line: this key stays.</extracomment>
        <translation>mantener</translation>
    </message>
    <message numerus="yes">
        <source>The program makes a new %1 key and saves it in the keychain. Then it deletes the %n old key(s) marked &quot;%2&quot;.</source>
        <extracomment>%2 is the word that marks a key for deletion in the table above.</extracomment>
        <translation>
            <numerusform>El programa crea una clave nueva con el rol %1 y la guarda en el anillo de claves. Después elimina %n clave antigua, la marcada con «%2».</numerusform>
            <numerusform>El programa crea una clave nueva con el rol %1 y la guarda en el anillo de claves. Después elimina las %n claves antiguas marcadas con «%2».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>almost certain</source>
        <translation>casi seguro</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>posible</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRÍTICA</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>ALTA</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>MEDIA</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>BAJA</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valor: %1</translation>
    </message>
    <message>
        <source>Give the folders to scan, for example: mailgun-recovery scan /var/www/mysite</source>
        <translation>Indique las carpetas en las que buscar, por ejemplo: mailgun-recovery scan /var/www/misitio</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>No se encontró: %1</translation>
    </message>
    <message>
        <source>No Mailgun keys, passwords or risky files were found.</source>
        <translation>No se encontraron claves ni contraseñas de Mailgun, ni archivos peligrosos.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n thing(s) to fix:</source>
        <translation>
            <numerusform>Se encontró %n cosa que arreglar:</numerusform>
            <numerusform>Se encontraron %n cosas que arreglar:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned %Ln file(s) (%1)…</source>
        <translation>
            <numerusform>Revisado %Ln archivo (%1)…</numerusform>
            <numerusform>Revisados %Ln archivos (%1)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned %Ln file(s) (%1).</source>
        <translation>
            <numerusform>Revisado %Ln archivo (%1).</numerusform>
            <numerusform>Revisados %Ln archivos (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretRevealField</name>
    <message>
        <source>New API key</source>
        <translation>Clave de API nueva</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the new key</source>
        <translation>Mostrar la clave nueva</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the new key</source>
        <translation>Copiar la clave nueva</translation>
    </message>
    <message numerus="yes">
        <source>Copy to the clipboard. The program empties the clipboard again after %n second(s).</source>
        <translation>
            <numerusform>Copiar al portapapeles. El programa vaciará el portapapeles al cabo de %n segundo.</numerusform>
            <numerusform>Copiar al portapapeles. El programa vaciará el portapapeles al cabo de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. Paste within %n second(s).</source>
        <translation>
            <numerusform>Copiada. Péguela antes de que pase %n segundo.</numerusform>
            <numerusform>Copiada. Péguela antes de que pasen %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>New SMTP password</source>
        <translation>Contraseña SMTP nueva</translation>
    </message>
    <message>
        <source>Show the new SMTP password</source>
        <translation>Mostrar la contraseña SMTP nueva</translation>
    </message>
    <message>
        <source>Copy the new SMTP password</source>
        <translation>Copiar la contraseña SMTP nueva</translation>
    </message>
    <message>
        <source>New webhook signing key</source>
        <translation>Clave de firma de webhooks nueva</translation>
    </message>
    <message>
        <source>Show the new webhook signing key</source>
        <translation>Mostrar la clave de firma de webhooks nueva</translation>
    </message>
    <message>
        <source>Copy the new webhook signing key</source>
        <translation>Copiar la clave de firma de webhooks nueva</translation>
    </message>
    <message>
        <source>New public validation key</source>
        <translation>Clave pública de validación nueva</translation>
    </message>
    <message>
        <source>Show the new public validation key</source>
        <translation>Mostrar la clave pública de validación nueva</translation>
    </message>
    <message>
        <source>Copy the new public validation key</source>
        <translation>Copiar la clave pública de validación nueva</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain on this computer did what was asked.</source>
        <translation>El anillo de claves de este equipo hizo lo que se le pidió.</translation>
    </message>
    <message>
        <source>The keychain on this computer has no saved entry under that name. If you saved the key or password somewhere else, use that copy.</source>
        <translation>El anillo de claves de este equipo no tiene ninguna entrada guardada con ese nombre. Si guardó la clave o la contraseña en otro sitio, use esa copia.</translation>
    </message>
    <message>
        <source>No keychain (the password store of your computer) is running, so nothing can be saved in it. The new key or password will be shown to you once instead: copy it somewhere safe, such as your password manager, before you continue.</source>
        <translation>No hay ningún anillo de claves (el almacén de contraseñas de su equipo) en funcionamiento, así que no se puede guardar nada en él. En su lugar, la clave o la contraseña nueva se le mostrará una vez: cópiela en un lugar seguro, como su gestor de contraseñas, antes de continuar.</translation>
    </message>
    <message>
        <source>The keychain is locked, or access to it was refused. Unlock it (usually with the password you use to log in to this computer) and try again.</source>
        <translation>El anillo de claves está bloqueado o se denegó el acceso a él. Desbloquéelo (normalmente con la contraseña con la que inicia sesión en este equipo) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be waiting for you in another window, for example to be unlocked. Answer that window, then try again.</source>
        <translation>El anillo de claves no respondió a tiempo. Puede que le esté esperando en otra ventana, por ejemplo para que lo desbloquee. Responda en esa ventana y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain could not do what was asked. Try again; if it happens again, tell your helpdesk.</source>
        <translation>El anillo de claves no pudo hacer lo que se le pidió. Vuelva a intentarlo; si vuelve a pasar, avise a su servicio de soporte técnico.</translation>
    </message>
    <message>
        <source>The keychain could not do what was asked (it said: &quot;%1&quot;). Try again; if it happens again, tell your helpdesk.</source>
        <translation>El anillo de claves no pudo hacer lo que se le pidió (dijo: «%1»). Vuelva a intentarlo; si vuelve a pasar, avise a su servicio de soporte técnico.</translation>
    </message>
</context>
<context>
    <name>SendAttribution</name>
    <message>
        <source>the key you are using</source>
        <translation>la clave que usted usa</translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation>la clave %1</translation>
    </message>
    <message>
        <source>a key that no longer exists (%1)</source>
        <translation>una clave que ya no existe (%1)</translation>
    </message>
    <message>
        <source>Only the newest messages were read: the window held more.</source>
        <translation>Solo se leyeron los mensajes más recientes: en ese periodo había más.</translation>
    </message>
    <message>
        <source>Most of the mail (%1 of %2) was sent with %3</source>
        <translation>La mayor parte del correo (%1 de %2) se envió con %3</translation>
    </message>
    <message>
        <source>Delete this key (step 2) unless you know the program that uses it.</source>
        <translation>Elimine esta clave (paso 2), salvo que conozca el programa que la usa.</translation>
    </message>
    <message>
        <source>The key is already gone. Tell Mailgun support about these sends.</source>
        <translation>La clave ya no existe. Informe al soporte de Mailgun de estos envíos.</translation>
    </message>
    <message>
        <source>Most of the mail (%1 of %2) was sent through SMTP as %3</source>
        <translation>La mayor parte del correo (%1 de %2) se envió por SMTP como %3</translation>
    </message>
    <message>
        <source>Give every SMTP login a new password and delete the ones nobody knows (step 3).</source>
        <translation>Ponga una contraseña nueva a cada usuario SMTP y elimine los que nadie conozca (paso 3).</translation>
    </message>
    <message>
        <source>Most of the mail (%1 of %2) came from the internet address %3</source>
        <translation>La mayor parte del correo (%1 de %2) vino de la dirección de internet %3</translation>
    </message>
    <message>
        <source>If this address is not one of your servers, give it to Mailgun support and to your hosting provider.</source>
        <translation>Si esta dirección no es de uno de sus servidores, désela al soporte de Mailgun y a su proveedor de alojamiento.</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln message(s) read from the logs (%1 to %2), %3 were sent through the API and %4 through SMTP.</source>
        <translation>
            <numerusform>De %Ln mensaje leído del historial de envíos (del %1 al %2), enviados por la API: %3; por SMTP: %4.</numerusform>
            <numerusform>De %Ln mensajes leídos del historial de envíos (del %1 al %2), enviados por la API: %3; por SMTP: %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingChart</name>
    <message>
        <source>Email sent each day in the last 30 days</source>
        <translation>Correos enviados cada día en los últimos 30 días</translation>
    </message>
    <message>
        <source>No sending figures were read.</source>
        <translation>No se leyó ninguna cifra de envíos.</translation>
    </message>
    <message>
        <source>Sending jumped on %1, up to %2 in one day.</source>
        <translation>Los envíos se dispararon el %1, hasta %2 en un día.</translation>
    </message>
    <message>
        <source>No unusual jump.</source>
        <translation>Ningún aumento inusual.</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Todavía no hay cifras</translation>
    </message>
    <message>
        <source>US region</source>
        <translation>Región US</translation>
    </message>
    <message>
        <source>EU region</source>
        <translation>Región EU</translation>
    </message>
    <message>
        <source>Unusual</source>
        <translation>Inusual</translation>
    </message>
    <message>
        <source>Usual level</source>
        <translation>Nivel normal</translation>
    </message>
    <message numerus="yes">
        <source>Emails sent in the last %n day(s): %1, usually about %2 a day.</source>
        <translation>
            <numerusform>Correos enviados en el último %n día: %1; normalmente, unos %2 al día.</numerusform>
            <numerusform>Correos enviados en los últimos %n días: %1; normalmente, unos %2 al día.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteExposure</name>
    <message>
        <source>Settings file (.env) anyone can download</source>
        <translation>Archivo de configuración (.env) que cualquiera puede descargar</translation>
    </message>
    <message>
        <source>This file holds your website&apos;s passwords and keys, often including the Mailgun key or SMTP password. Anyone who knows the address can read it.</source>
        <translation>Este archivo contiene las contraseñas y claves de su sitio web, a menudo también la clave de Mailgun o la contraseña SMTP. Cualquiera que conozca la dirección puede leerlo.</translation>
    </message>
    <message>
        <source>Delete this file from your web server, or move it out of the public website folder. Then change every password and key that was in it.</source>
        <translation>Elimine este archivo de su servidor web o sáquelo de la carpeta pública del sitio web. Después cambie todas las contraseñas y claves que contenía.</translation>
    </message>
    <message>
        <source>Page that shows the server settings (phpinfo)</source>
        <translation>Página que muestra la configuración del servidor (phpinfo)</translation>
    </message>
    <message>
        <source>This page lists your server&apos;s settings, and often the passwords and keys your website uses, to anyone who opens it.</source>
        <translation>Esta página muestra la configuración de su servidor, y a menudo las contraseñas y claves que usa su sitio web, a cualquiera que la abra.</translation>
    </message>
    <message>
        <source>Delete this file from your web server.</source>
        <translation>Elimine este archivo de su servidor web.</translation>
    </message>
    <message>
        <source>Laravel debug mode is on</source>
        <translation>El modo de depuración de Laravel está activado</translation>
    </message>
    <message>
        <source>In debug mode, error pages show internal details of your website to visitors, and on older versions all its passwords and keys.</source>
        <translation>En modo de depuración, las páginas de error muestran a los visitantes detalles internos de su sitio web y, en versiones antiguas, todas sus contraseñas y claves.</translation>
    </message>
    <message>
        <source>Turn off debug mode: set APP_DEBUG=false in your website&apos;s .env file.</source>
        <translation>Desactive el modo de depuración: ponga APP_DEBUG=false en el archivo .env de su sitio web.</translation>
    </message>
    <message>
        <source>Laravel error log viewer anyone can open</source>
        <translation>Visor de registros de errores de Laravel que cualquiera puede abrir</translation>
    </message>
    <message>
        <source>This page shows your website&apos;s error messages, which can hold passwords and keys.</source>
        <translation>Esta página muestra los mensajes de error de su sitio web, que pueden contener contraseñas y claves.</translation>
    </message>
    <message>
        <source>Laravel log file anyone can download</source>
        <translation>Archivo de registro de Laravel que cualquiera puede descargar</translation>
    </message>
    <message>
        <source>This log file holds your website&apos;s error messages, which can hold passwords, keys and email addresses.</source>
        <translation>Este archivo de registro contiene los mensajes de error de su sitio web, que pueden incluir contraseñas, claves y direcciones de correo.</translation>
    </message>
    <message>
        <source>Delete this file from your web server, and make sure the storage folder is not inside the public website folder.</source>
        <translation>Elimine este archivo de su servidor web y asegúrese de que la carpeta storage no esté dentro de la carpeta pública del sitio web.</translation>
    </message>
    <message>
        <source>Laravel Telescope is open to everyone</source>
        <translation>Laravel Telescope está abierto a todo el mundo</translation>
    </message>
    <message>
        <source>Telescope shows every request, email and error of your website, with the data in them.</source>
        <translation>Telescope muestra todas las peticiones, correos y errores de su sitio web, con los datos que contienen.</translation>
    </message>
    <message>
        <source>Turn off Telescope on your live website (TELESCOPE_ENABLED=false), or allow only your own login to open it.</source>
        <translation>Desactive Telescope en su sitio web publicado (TELESCOPE_ENABLED=false) o permita que solo lo abra su propio usuario.</translation>
    </message>
    <message>
        <source>PHP Debugbar is open to everyone</source>
        <translation>PHP Debugbar está abierta a todo el mundo</translation>
    </message>
    <message>
        <source>The debug bar keeps a record of recent requests to your website, with the data in them.</source>
        <translation>La barra de depuración guarda las peticiones recientes a su sitio web, con los datos que contienen.</translation>
    </message>
    <message>
        <source>Turn off debug mode: set APP_DEBUG=false (and DEBUGBAR_ENABLED=false) in your website&apos;s .env file.</source>
        <translation>Desactive el modo de depuración: ponga APP_DEBUG=false (y DEBUGBAR_ENABLED=false) en el archivo .env de su sitio web.</translation>
    </message>
    <message>
        <source>Symfony Profiler is open to everyone</source>
        <translation>Symfony Profiler está abierto a todo el mundo</translation>
    </message>
    <message>
        <source>The profiler shows your website&apos;s settings, recent requests and the data sent in them, including passwords.</source>
        <translation>El profiler muestra la configuración de su sitio web, las peticiones recientes y los datos enviados en ellas, contraseñas incluidas.</translation>
    </message>
    <message>
        <source>Switch your live website to production mode: set APP_ENV=prod and APP_DEBUG=0 in its .env file.</source>
        <translation>Pase su sitio web publicado al modo de producción: ponga APP_ENV=prod y APP_DEBUG=0 en su archivo .env.</translation>
    </message>
    <message>
        <source>Copy of the WordPress settings file anyone can download</source>
        <translation>Copia del archivo de configuración de WordPress que cualquiera puede descargar</translation>
    </message>
    <message>
        <source>This copy of wp-config.php holds your database password, and often Mailgun or SMTP settings. Unlike the real file, a copy is shown as text.</source>
        <translation>Esta copia de wp-config.php contiene la contraseña de su base de datos y, a menudo, la configuración de Mailgun o de SMTP. A diferencia del archivo real, una copia se muestra como texto.</translation>
    </message>
    <message>
        <source>Delete this file from your web server. Then change the database password and every key that was in it.</source>
        <translation>Elimine este archivo de su servidor web. Después cambie la contraseña de la base de datos y todas las claves que contenía.</translation>
    </message>
    <message>
        <source>The WordPress settings file is shown as text</source>
        <translation>El archivo de configuración de WordPress se muestra como texto</translation>
    </message>
    <message>
        <source>Your web server shows the program text of wp-config.php instead of running it, so anyone can read your database password and keys.</source>
        <translation>Su servidor web muestra el texto del programa wp-config.php en lugar de ejecutarlo, así que cualquiera puede leer la contraseña de su base de datos y sus claves.</translation>
    </message>
    <message>
        <source>Ask your hosting provider to fix PHP on your website right away. Then change the database password and every key in that file.</source>
        <translation>Pida a su proveedor de alojamiento que arregle PHP en su sitio web cuanto antes. Después cambie la contraseña de la base de datos y todas las claves de ese archivo.</translation>
    </message>
    <message>
        <source>WordPress debug log anyone can download</source>
        <translation>Registro de depuración de WordPress que cualquiera puede descargar</translation>
    </message>
    <message>
        <source>This log holds your website&apos;s error messages. Mail plugins in debug mode can write passwords into it.</source>
        <translation>Este registro contiene los mensajes de error de su sitio web. Los plugins de correo en modo de depuración pueden escribir contraseñas en él.</translation>
    </message>
    <message>
        <source>Delete this file from your web server and turn off debug logging: set WP_DEBUG_LOG to false in wp-config.php.</source>
        <translation>Elimine este archivo de su servidor web y desactive el registro de depuración: ponga WP_DEBUG_LOG a false en wp-config.php.</translation>
    </message>
    <message>
        <source>Code history folder (.git) anyone can download</source>
        <translation>Carpeta del historial del código (.git) que cualquiera puede descargar</translation>
    </message>
    <message>
        <source>Anyone can download your website&apos;s whole code history from this folder, including passwords that were ever saved in it.</source>
        <translation>Desde esta carpeta, cualquiera puede descargar todo el historial del código de su sitio web, incluidas las contraseñas que se guardaron en él alguna vez.</translation>
    </message>
    <message>
        <source>Block access to the .git folder on your web server, or delete the folder from the server.</source>
        <translation>Bloquee el acceso a la carpeta .git en su servidor web o elimine la carpeta del servidor.</translation>
    </message>
    <message>
        <source>Website backup anyone can download</source>
        <translation>Copia de seguridad del sitio web que cualquiera puede descargar</translation>
    </message>
    <message>
        <source>This archive likely holds your whole website, with its settings files and passwords.</source>
        <translation>Este archivo comprimido probablemente contiene todo su sitio web, con sus archivos de configuración y contraseñas.</translation>
    </message>
    <message>
        <source>Delete this file from your web server. Keep backups outside the public website folder.</source>
        <translation>Elimine este archivo de su servidor web. Guarde las copias de seguridad fuera de la carpeta pública del sitio web.</translation>
    </message>
    <message>
        <source>Database copy anyone can download</source>
        <translation>Copia de la base de datos que cualquiera puede descargar</translation>
    </message>
    <message>
        <source>This file holds your website&apos;s database, including the settings of mail plugins, with their keys and passwords.</source>
        <translation>Este archivo contiene la base de datos de su sitio web, incluida la configuración de los plugins de correo, con sus claves y contraseñas.</translation>
    </message>
    <message>
        <source>Delete this file from your web server. Keep database copies outside the public website folder.</source>
        <translation>Elimine este archivo de su servidor web. Guarde las copias de la base de datos fuera de la carpeta pública del sitio web.</translation>
    </message>
    <message>
        <source>Server setup file (docker-compose) anyone can download</source>
        <translation>Archivo de configuración del servidor (docker-compose) que cualquiera puede descargar</translation>
    </message>
    <message>
        <source>This file describes how your website runs and often holds its passwords and keys.</source>
        <translation>Este archivo describe cómo funciona su sitio web y a menudo contiene sus contraseñas y claves.</translation>
    </message>
    <message>
        <source>Script with your website&apos;s settings anyone can read</source>
        <translation>Script con la configuración de su sitio web que cualquiera puede leer</translation>
    </message>
    <message>
        <source>Every visitor&apos;s browser downloads this script. Any key or password in it is public.</source>
        <translation>El navegador de cada visitante descarga este script. Cualquier clave o contraseña que contenga es pública.</translation>
    </message>
    <message>
        <source>Remove keys and passwords from this file. Keys for Mailgun must only be used on the server, never in the browser.</source>
        <translation>Quite las claves y contraseñas de este archivo. Las claves de Mailgun solo deben usarse en el servidor, nunca en el navegador.</translation>
    </message>
    <message>
        <source>File upload settings anyone can download</source>
        <translation>Configuración de subida de archivos que cualquiera puede descargar</translation>
    </message>
    <message>
        <source>Your code editor saved the address and password it uses to upload your website into this file.</source>
        <translation>Su editor de código guardó en este archivo la dirección y la contraseña que usa para subir su sitio web.</translation>
    </message>
    <message>
        <source>Delete this file from your web server and change the FTP or SSH password that was in it.</source>
        <translation>Elimine este archivo de su servidor web y cambie la contraseña de FTP o SSH que contenía.</translation>
    </message>
    <message>
        <source>Folder contents are listed to everyone</source>
        <translation>El contenido de las carpetas está a la vista de todo el mundo</translation>
    </message>
    <message>
        <source>Anyone can see every file in this folder and download it, including backups and logs.</source>
        <translation>Cualquiera puede ver todos los archivos de esta carpeta y descargarlos, incluidas las copias de seguridad y los registros.</translation>
    </message>
    <message>
        <source>Turn off folder listings on your web server (for Apache: &quot;Options -Indexes&quot;), or ask your hosting provider to.</source>
        <translation>Desactive el listado de carpetas en su servidor web (en Apache: «Options -Indexes») o pídaselo a su proveedor de alojamiento.</translation>
    </message>
    <message>
        <source>Mailgun key inside your website&apos;s page or script</source>
        <translation>Clave de Mailgun dentro de una página o un script de su sitio web</translation>
    </message>
    <message>
        <source>Every visitor&apos;s web browser downloads this page or script, so anyone can read the key in it.</source>
        <translation>El navegador web de cada visitante descarga esta página o este script, así que cualquiera puede leer la clave que contiene.</translation>
    </message>
    <message>
        <source>Remove the key from the page or script, then replace it (step 2). Only your server should talk to Mailgun: a key in code that runs in the browser is public.</source>
        <translation>Quite la clave de la página o del script y después sustitúyala (paso 2). Solo su servidor debería comunicarse con Mailgun: una clave en código que se ejecuta en el navegador es pública.</translation>
    </message>
    <message>
        <source>Mailgun key in a file anyone can download</source>
        <translation>Clave de Mailgun en un archivo que cualquiera puede descargar</translation>
    </message>
    <message>
        <source>Anyone who knows this address can download the file and read the key in it, whatever the file&apos;s name says.</source>
        <translation>Cualquiera que conozca esta dirección puede descargar el archivo y leer la clave que contiene, diga lo que diga el nombre del archivo.</translation>
    </message>
    <message>
        <source>Delete this file from your web server, or move it out of the public website folder. Then replace every key and password that was in it (step 2).</source>
        <translation>Elimine este archivo de su servidor web o sáquelo de la carpeta pública del sitio web. Después sustituya todas las claves y contraseñas que contenía (paso 2).</translation>
    </message>
</context>
<context>
    <name>SiteProbe</name>
    <message>
        <source>Type only the folder&apos;s name, for example shop, not a whole address.</source>
        <translation>Escriba solo el nombre de la carpeta, por ejemplo shop, no una dirección completa.</translation>
    </message>
    <message>
        <source>The folder name is empty.</source>
        <translation>El nombre de la carpeta está vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder inside your website. Give the folder&apos;s name as it appears in the address, such as shop.</source>
        <translation>«%1» no es una carpeta de su sitio web. Indique el nombre de la carpeta tal como aparece en la dirección, por ejemplo shop.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder name the check can use. Use letters, digits, dots, dashes and slashes only.</source>
        <translation>«%1» no es un nombre de carpeta que la comprobación pueda usar. Use solo letras, números, puntos, guiones y barras.</translation>
    </message>
    <message>
        <source>The folder is too deep. Give at most four folder names, such as apps/shop.</source>
        <translation>La carpeta está demasiado honda. Indique como mucho cuatro nombres de carpeta, por ejemplo apps/shop.</translation>
    </message>
    <message>
        <source>The site refused the connection. Is the web server running?</source>
        <translation>El sitio rechazó la conexión. ¿Está en marcha el servidor web?</translation>
    </message>
    <message>
        <source>This address could not be found. Check that it is spelled correctly.</source>
        <translation>No se encontró esta dirección. Compruebe que está bien escrita.</translation>
    </message>
    <message>
        <source>The site did not answer in time.</source>
        <translation>El sitio no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The site&apos;s security certificate is not valid, so the site was not checked.</source>
        <translation>El certificado de seguridad del sitio no es válido, así que el sitio no se comprobó.</translation>
    </message>
    <message>
        <source>The site sends visitors to another address (%1). Check that address instead, if it is also yours.</source>
        <translation>El sitio envía a los visitantes a otra dirección (%1). Compruebe esa dirección en su lugar, si también es suya.</translation>
    </message>
    <message>
        <source>The site sent the request around in circles.</source>
        <translation>El sitio hizo que la petición diera vueltas en círculo.</translation>
    </message>
    <message>
        <source>The site could not be reached (%1).</source>
        <translation>No se pudo acceder al sitio (%1).</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Se detuvo la comprobación.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>La dirección está vacía.</translation>
    </message>
    <message>
        <source>Only website addresses (starting with http:// or https://) can be checked.</source>
        <translation>Solo se pueden comprobar direcciones de sitios web (que empiecen por http:// o https://).</translation>
    </message>
    <message>
        <source>This is not a website address.</source>
        <translation>Esto no es la dirección de un sitio web.</translation>
    </message>
    <message>
        <source>The site stopped answering. %1</source>
        <translation>El sitio dejó de responder. %1</translation>
    </message>
    <message>
        <source>Its content looks like %1.</source>
        <translation>Su contenido parece ser %1.</translation>
    </message>
</context>
<context>
    <name>SmtpKeychain</name>
    <message>
        <source>it gave back another password than the one just saved</source>
        <translation>devolvió una contraseña distinta de la que se acababa de guardar</translation>
    </message>
</context>
<context>
    <name>SmtpLoginFindings</name>
    <message>
        <source>An SMTP login %1 was created %2, after the incident started</source>
        <translation>Se creó un usuario SMTP %1 %2, después de que empezara el incidente</translation>
    </message>
    <message>
        <source>An SMTP login is a user name and password that programs use to send mail from %1 through Mailgun&apos;s mail servers (%2). One made after the incident started may belong to the intruder, and it keeps working after the API key is changed.</source>
        <translation>Un usuario SMTP es un nombre de usuario con su contraseña, que los programas usan para enviar correo desde %1 a través de los servidores de correo de Mailgun (%2). Uno creado después de que empezara el incidente puede ser del intruso, y sigue funcionando aunque se cambie la clave de API.</translation>
    </message>
    <message>
        <source>If nobody at your company made it, delete it in step 3.</source>
        <translation>Si nadie de su empresa lo creó, elimínelo en el paso 3.</translation>
    </message>
</context>
<context>
    <name>SmtpLoginModel</name>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>trabajando…</translation>
    </message>
    <message>
        <source>✔ new password</source>
        <translation>✔ contraseña nueva</translation>
    </message>
    <message>
        <source>✔ deleted</source>
        <translation>✔ eliminado</translation>
    </message>
    <message>
        <source>? not sure, try again</source>
        <translation>? no se sabe, vuelva a intentarlo</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ falló</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>new, check it</source>
        <translation>nuevo, compruébelo</translation>
    </message>
    <message>
        <source>Mailgun never deletes the postmaster login; it gets a new password.</source>
        <translation>Mailgun nunca elimina el usuario postmaster; recibe una contraseña nueva.</translation>
    </message>
    <message>
        <source>Tick to delete this login instead of giving it a new password.</source>
        <translation>Márquelo para eliminar este usuario en lugar de darle una contraseña nueva.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Made after the incident began. If nobody on your team made it, tick Delete.</source>
        <translation>Creado después de que empezara el incidente. Si nadie de su equipo lo creó, marque Eliminar.</translation>
    </message>
</context>
<context>
    <name>SmtpLoginRow</name>
    <message>
        <source>%1 (subaccount “%2”)</source>
        <translation>%1 (subcuenta «%2»)</translation>
    </message>
</context>
<context>
    <name>SmtpLoginTable</name>
    <message>
        <source>Your SMTP logins; ticked logins are deleted, the others get a new password</source>
        <translation>Sus usuarios SMTP; los marcados se eliminarán y los demás recibirán una contraseña nueva</translation>
    </message>
</context>
<context>
    <name>SmtpResetController</name>
    <message>
        <source>The domains in the %1 region: %2</source>
        <translation>Los dominios de la región %1: %2</translation>
    </message>
    <message>
        <source>The SMTP logins of %1: %2</source>
        <translation>Los usuarios SMTP de %1: %2</translation>
    </message>
    <message>
        <source>The subaccounts: %1</source>
        <translation>Las subcuentas: %1</translation>
    </message>
    <message>
        <source>The subaccount “%1” is disabled, so its SMTP logins were left as they are.</source>
        <translation>La subcuenta «%1» está desactivada, así que sus usuarios SMTP se dejaron como estaban.</translation>
    </message>
    <message>
        <source>The subaccounts&apos; domains in the %1 region: %2</source>
        <translation>Los dominios de las subcuentas en la región %1: %2</translation>
    </message>
    <message>
        <source>The SMTP logins of %1 (subaccount “%2”)</source>
        <translation>Los usuarios SMTP de %1 (subcuenta «%2»)</translation>
    </message>
    <message>
        <source>The SMTP logins of %1 (subaccount “%2”): %3</source>
        <translation>Los usuarios SMTP de %1 (subcuenta «%2»): %3</translation>
    </message>
    <message>
        <source>The domains could not be read.</source>
        <translation>No se pudieron leer los dominios.</translation>
    </message>
    <message>
        <source>The record of your recovery could not be saved (%1). Check that the disk is not full and that the folder may be written to, then run the reset again.</source>
        <translation>No se pudo guardar el registro de su recuperación (%1). Compruebe que el disco no esté lleno y que se pueda escribir en la carpeta, y vuelva a ejecutar el restablecimiento.</translation>
    </message>
    <message>
        <source>There is no unfinished SMTP password reset to continue.</source>
        <translation>No hay ningún restablecimiento de contraseñas SMTP sin terminar que continuar.</translation>
    </message>
    <message>
        <source>Not started: you stopped the reset.</source>
        <translation>Sin empezar: usted detuvo el restablecimiento.</translation>
    </message>
    <message>
        <source>The keychain stopped answering earlier. Close the assistant, unlock the keychain if it asks, and start again: the reset goes on where it stopped.</source>
        <translation>El anillo de claves dejó de responder hace un rato. Cierre el asistente, desbloquee el anillo de claves si se lo pide y vuelva a empezar: el restablecimiento seguirá donde se detuvo.</translation>
    </message>
    <message>
        <source>No keychain (the password store of your computer) is running, so no password was changed. Start or unlock it and try again.</source>
        <translation>No hay ningún anillo de claves (el almacén de contraseñas de su equipo) en funcionamiento, así que no se cambió ninguna contraseña. Póngalo en marcha o desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>You did not confirm that the new passwords are saved, so none was sent. The old passwords still work.</source>
        <translation>No confirmó que las contraseñas nuevas estén guardadas, así que no se envió ninguna. Las contraseñas antiguas siguen funcionando.</translation>
    </message>
    <message>
        <source>The reset stopped before changing anything more.</source>
        <translation>El restablecimiento se detuvo antes de cambiar nada más.</translation>
    </message>
    <message>
        <source>The new password was not sent, because the record of your recovery could not be saved. The old password still works.</source>
        <translation>La contraseña nueva no se envió, porque no se pudo guardar el registro de su recuperación. La contraseña antigua sigue funcionando.</translation>
    </message>
    <message>
        <source>The new password could not be saved in the keychain, so it was not sent. The old password still works.</source>
        <translation>La contraseña nueva no se pudo guardar en el anillo de claves, así que no se envió. La contraseña antigua sigue funcionando.</translation>
    </message>
    <message>
        <source>The new password was not sent; the old password still works.</source>
        <translation>La contraseña nueva no se envió; la contraseña antigua sigue funcionando.</translation>
    </message>
    <message>
        <source>Mailgun did not answer, so it is not known whether the new password is active. Try again: the same new password will be sent.</source>
        <translation>Mailgun no respondió, así que no se sabe si la contraseña nueva está activa. Vuelva a intentarlo: se enviará la misma contraseña nueva.</translation>
    </message>
    <message>
        <source>Mailgun did not accept the new password; the old one still works.</source>
        <translation>Mailgun no aceptó la contraseña nueva; la antigua sigue funcionando.</translation>
    </message>
    <message>
        <source>Mailgun now uses the new password. It is in the keychain entry %1, but could not be moved to the entry %2. Run the reset again to finish this login.</source>
        <translation>Mailgun ya usa la contraseña nueva. Está en la entrada %1 del anillo de claves, pero no se pudo pasar a la entrada %2. Vuelva a ejecutar el restablecimiento para terminar con este usuario.</translation>
    </message>
    <message>
        <source>The login was not deleted, because the record of your recovery could not be saved. It still works.</source>
        <translation>El usuario no se eliminó, porque no se pudo guardar el registro de su recuperación. Sigue funcionando.</translation>
    </message>
    <message>
        <source>The login could not be deleted; it still works.</source>
        <translation>No se pudo eliminar el usuario; sigue funcionando.</translation>
    </message>
</context>
<context>
    <name>SmtpResetPanel</name>
    <message>
        <source>&lt;b&gt;Reset the SMTP passwords for me&lt;/b&gt;</source>
        <translation>&lt;b&gt;Restablecer las contraseñas SMTP por mí&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A password reset was interrupted before it was finished.</source>
        <translation>Un restablecimiento de contraseñas se interrumpió antes de terminar.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue the interrupted SMTP password reset</source>
        <translation>Continuar el restablecimiento de contraseñas SMTP interrumpido</translation>
    </message>
    <message>
        <source>Show my SMTP logins</source>
        <translation>Mostrar mis usuarios SMTP</translation>
    </message>
    <message>
        <source>Reset the passwords</source>
        <translation>Restablecer las contraseñas</translation>
    </message>
    <message>
        <source>Give every login a new password and delete the ticked ones</source>
        <translation>Dar una contraseña nueva a cada usuario y eliminar los marcados</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop after the logins being changed now</source>
        <translation>Detener después de los usuarios que se están cambiando ahora</translation>
    </message>
    <message>
        <source>Try the failed ones again</source>
        <translation>Reintentar los que fallaron</translation>
    </message>
    <message>
        <source>Try the logins that failed again</source>
        <translation>Volver a intentarlo con los usuarios que fallaron</translation>
    </message>
    <message>
        <source>Logins done</source>
        <translation>Usuarios hechos</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Where each new password is kept</source>
        <translation>Dónde se guarda cada contraseña nueva</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Copiar la lista</translation>
    </message>
    <message>
        <source>Copy the list of logins and where their passwords are kept</source>
        <translation>Copiar la lista de usuarios y dónde se guardan sus contraseñas</translation>
    </message>
    <message>
        <source>Some logins could not be read, so they are not in the list:
%1</source>
        <translation>Algunos usuarios no se pudieron leer, así que no están en la lista:
%1</translation>
    </message>
    <message>
        <source>Your account has no SMTP logins. There is nothing to reset.</source>
        <translation>Su cuenta no tiene usuarios SMTP. No hay nada que restablecer.</translation>
    </message>
    <message>
        <source>Reset the SMTP passwords</source>
        <translation>Restablecer las contraseñas SMTP</translation>
    </message>
    <message>
        <source>Reset the SMTP passwords now?</source>
        <translation>¿Restablecer ahora las contraseñas SMTP?</translation>
    </message>
    <message>
        <source>Logins that get a new password, kept in this computer&apos;s keychain: %1.</source>
        <translation>Usuarios que recibirán una contraseña nueva, guardada en el anillo de claves de este equipo: %1.</translation>
    </message>
    <message>
        <source>Logins that will be deleted: %1.</source>
        <translation>Usuarios que se eliminarán: %1.</translation>
    </message>
    <message>
        <source>Websites and apps that send email with the old passwords stop sending until you give them the new ones.</source>
        <translation>Los sitios web y las aplicaciones que envían correo con las contraseñas antiguas dejarán de enviar hasta que les dé las nuevas.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Reading your domains and their SMTP logins…</source>
        <translation>Leyendo sus dominios y sus usuarios SMTP…</translation>
    </message>
    <message>
        <source>Giving each login its new password…</source>
        <translation>Dando a cada usuario su contraseña nueva…</translation>
    </message>
    <message>
        <source>Done. Logins changed: %1. Each new password is in this computer&apos;s keychain. Click a login to see its password.</source>
        <translation>Hecho. Usuarios cambiados: %1. Cada contraseña nueva está en el anillo de claves de este equipo. Pulse en un usuario para ver su contraseña.</translation>
    </message>
    <message>
        <source>Click a login in the list to see its new password.</source>
        <translation>Pulse en un usuario de la lista para ver su contraseña nueva.</translation>
    </message>
    <message>
        <source>New password for %1 (server %2):</source>
        <translation>Contraseña nueva para %1 (servidor %2):</translation>
    </message>
    <message>
        <source>%1 | server %2, port 587 | new password in the keychain &quot;%3&quot;, entry %4</source>
        <translation>%1 | servidor %2, puerto 587 | contraseña nueva en el anillo de claves «%3», entrada %4</translation>
    </message>
    <message>
        <source>%1 | deleted</source>
        <translation>%1 | eliminado</translation>
    </message>
    <message>
        <source>%1 | not changed: the old password still works</source>
        <translation>%1 | sin cambiar: la contraseña antigua sigue funcionando</translation>
    </message>
    <message>
        <source>The program can give every SMTP login of every domain a new password and keep each one in this computer&apos;s keychain. You can also delete logins nobody on your team knows. First look at the list: nothing changes until you agree.</source>
        <translation>El programa puede dar una contraseña nueva a cada usuario SMTP de cada dominio y guardar cada una en el anillo de claves de este equipo. También puede eliminar los usuarios que nadie de su equipo conozca. Primero revise la lista: no cambia nada hasta que usted esté de acuerdo.</translation>
    </message>
    <message>
        <source>SMTP logins found: %1. Every login gets a new password. Tick Delete for logins nobody on your team knows.</source>
        <translation>Usuarios SMTP encontrados: %1. Cada usuario recibirá una contraseña nueva. Marque Eliminar en los usuarios que nadie de su equipo conozca.</translation>
    </message>
    <message>
        <source>Logins changed: %1. Not changed: %2. The logins marked ✘ still have their old password (point at a row to read why); those marked ? may have the new one. Try again: the same new passwords are sent, nothing is guessed.</source>
        <translation>Usuarios cambiados: %1. Sin cambiar: %2. Los usuarios marcados con ✘ todavía tienen su contraseña antigua (ponga el puntero sobre una fila para ver por qué); los marcados con ? puede que ya tengan la nueva. Vuelva a intentarlo: se envían las mismas contraseñas nuevas, no se adivina nada.</translation>
    </message>
</context>
<context>
    <name>StepGuide</name>
    <message>
        <source>Open the Mailgun Control Panel (app.mailgun.com)</source>
        <translation>Abrir el Control Panel de Mailgun (app.mailgun.com)</translation>
    </message>
    <message>
        <source>Read Mailgun&apos;s advice for a misused account</source>
        <translation>Leer los consejos de Mailgun para una cuenta usada de forma indebida</translation>
    </message>
    <message>
        <source>Find out how the key leaked</source>
        <translation>Averiguar cómo se filtró la clave</translation>
    </message>
    <message>
        <source>Someone used your Mailgun account without permission. Before you change anything, find out how they got in. If the hole stays open, your new keys and passwords will leak the same way. An API key is a long password that lets your website and apps use Mailgun.</source>
        <translation>Alguien usó su cuenta de Mailgun sin permiso. Antes de cambiar nada, averigüe cómo entró. Si el agujero sigue abierto, sus claves y contraseñas nuevas se filtrarán de la misma manera. Una clave de API es una contraseña larga que permite a su sitio web y a sus aplicaciones usar Mailgun.</translation>
    </message>
    <message>
        <source>Sign in to the Mailgun Control Panel at app.mailgun.com.</source>
        <translation>Inicie sesión en el Control Panel de Mailgun, en app.mailgun.com.</translation>
    </message>
    <message>
        <source>Look at the routes and webhooks of each domain. A route or webhook you did not create can send copies of your mail to someone else: write it down and delete it.</source>
        <translation>Revise las rutas (Routes) y los webhooks de cada dominio. Una ruta o un webhook que usted no creó puede enviar copias de su correo a otra persona: anótelo y elimínelo.</translation>
    </message>
    <message>
        <source>Ask the person who looks after your website to check it, using the list below.</source>
        <translation>Pida a la persona que se ocupa de su sitio web que lo revise, con la lista de abajo.</translation>
    </message>
    <message>
        <source>Open the list of API keys (API Security)</source>
        <translation>Abrir la lista de claves de API (API Security)</translation>
    </message>
    <message>
        <source>My website does not show its private settings files</source>
        <translation>Mi sitio web no deja ver sus archivos de configuración privados</translation>
    </message>
    <message>
        <source>Files such as .env, phpinfo pages and backups must not open in a web browser, and &quot;debug mode&quot; must be off. Your web developer or hosting provider can check this.</source>
        <translation>Archivos como .env, las páginas phpinfo y las copias de seguridad no deben abrirse en un navegador web, y el «modo de depuración» debe estar desactivado. Quien desarrolló su sitio web o su proveedor de alojamiento pueden comprobarlo.</translation>
    </message>
    <message>
        <source>Search your projects on GitHub, GitLab or Bitbucket, public ones especially, for your Mailgun key or SMTP password.</source>
        <translation>Busque su clave de Mailgun o su contraseña SMTP en sus proyectos de GitHub, GitLab o Bitbucket, sobre todo en los públicos.</translation>
    </message>
    <message>
        <source>I looked at the list of API keys</source>
        <translation>He revisado la lista de claves de API</translation>
    </message>
    <message>
        <source>I looked at the SMTP logins of every domain</source>
        <translation>He revisado los usuarios SMTP de todos los dominios</translation>
    </message>
    <message>
        <source>SMTP logins are the user names and passwords that programs use to send email. You will reset them in step 3.</source>
        <translation>Los usuarios SMTP son los nombres de usuario y contraseñas que usan los programas para enviar correo. Los restablecerá en el paso 3.</translation>
    </message>
    <message>
        <source>Replace the private API key</source>
        <translation>Sustituir la clave de API privada</translation>
    </message>
    <message>
        <source>Open Account settings, then API Security (or use the link below).</source>
        <translation>Abra Account settings y después API Security (o use el enlace de abajo).</translation>
    </message>
    <message>
        <source>Copy the new key at once and keep it somewhere safe, such as a password manager. Mailgun shows it only once.</source>
        <translation>Copie enseguida la clave nueva y guárdela en un lugar seguro, como un gestor de contraseñas. Mailgun solo la muestra una vez.</translation>
    </message>
    <message>
        <source>Put the new key into every website and app that uses Mailgun. Check that each one can still send email.</source>
        <translation>Ponga la clave nueva en todos los sitios web y aplicaciones que usan Mailgun. Compruebe que todos pueden seguir enviando correo.</translation>
    </message>
    <message>
        <source>I created a new API key</source>
        <translation>He creado una clave de API nueva</translation>
    </message>
    <message>
        <source>I saved the new key in a safe place</source>
        <translation>He guardado la clave nueva en un lugar seguro</translation>
    </message>
    <message>
        <source>My websites and apps use the new key</source>
        <translation>Mis sitios web y aplicaciones usan la clave nueva</translation>
    </message>
    <message>
        <source>I deleted every old API key</source>
        <translation>He eliminado todas las claves de API antiguas</translation>
    </message>
    <message>
        <source>Reset the SMTP passwords</source>
        <translation>Restablecer las contraseñas SMTP</translation>
    </message>
    <message>
        <source>Open Sending, then Domain settings. Choose a domain at the top, then open SMTP credentials.</source>
        <translation>Abra Sending y después Domain settings. Elija un dominio arriba y después abra SMTP credentials.</translation>
    </message>
    <message>
        <source>For each login, choose Reset password. Copy the new password and keep it somewhere safe: Mailgun shows it only once.</source>
        <translation>En cada usuario, elija Reset password. Copie la contraseña nueva y guárdela en un lugar seguro: Mailgun solo la muestra una vez.</translation>
    </message>
    <message>
        <source>Do the same for every domain. If you have domains in both the US and the EU region, switch region and do those too.</source>
        <translation>Haga lo mismo con todos los dominios. Si tiene dominios en las dos regiones, US y EU, cambie de región y haga lo mismo allí.</translation>
    </message>
    <message>
        <source>Put the new passwords into the websites and apps that send email with them.</source>
        <translation>Ponga las contraseñas nuevas en los sitios web y aplicaciones que envían correo con ellas.</translation>
    </message>
    <message>
        <source>Every SMTP login has a new password</source>
        <translation>Todos los usuarios SMTP tienen una contraseña nueva</translation>
    </message>
    <message>
        <source>On every domain, in both regions (US and EU) if you use both.</source>
        <translation>En todos los dominios, y en las dos regiones (US y EU) si usa ambas.</translation>
    </message>
    <message>
        <source>If every login is known, tick this.</source>
        <translation>Si se conocen todos los usuarios, marque esto.</translation>
    </message>
    <message>
        <source>My websites and apps use the new passwords</source>
        <translation>Mis sitios web y aplicaciones usan las contraseñas nuevas</translation>
    </message>
    <message>
        <source>Reset every user&apos;s password</source>
        <translation>Restablecer la contraseña de cada usuario</translation>
    </message>
    <message>
        <source>Anyone who can sign in to your Mailgun account can create new keys. So every person with access must choose a new password, including you.</source>
        <translation>Cualquiera que pueda iniciar sesión en su cuenta de Mailgun puede crear claves nuevas. Por eso todas las personas con acceso deben elegir una contraseña nueva, usted también.</translation>
    </message>
    <message>
        <source>In the Control Panel, open Account settings, then Users, to see who has access.</source>
        <translation>En el Control Panel, abra Account settings y después Users para ver quién tiene acceso.</translation>
    </message>
    <message>
        <source>Remove anyone who should no longer have access.</source>
        <translation>Quite a quien ya no deba tener acceso.</translation>
    </message>
    <message>
        <source>Ask each person to go to app.mailgun.com, click &quot;Forgot password?&quot; and enter their email address.</source>
        <translation>Pida a cada persona que vaya a app.mailgun.com, pulse «Forgot password?» y escriba su dirección de correo.</translation>
    </message>
    <message>
        <source>They receive an email with a link. The link works for 20 minutes only, so they should use it straight away. If it has expired, they can ask for a new one.</source>
        <translation>Recibirán un correo con un enlace. El enlace solo sirve durante 20 minutos, así que deben usarlo enseguida. Si ha caducado, pueden pedir otro.</translation>
    </message>
    <message>
        <source>Each person chooses a new password that they have never used anywhere else.</source>
        <translation>Cada persona elige una contraseña nueva que no haya usado nunca en ningún otro sitio.</translation>
    </message>
    <message>
        <source>Open the Mailgun sign-in page (with &quot;Forgot password?&quot;)</source>
        <translation>Abrir la página de inicio de sesión de Mailgun (con «Forgot password?»)</translation>
    </message>
    <message>
        <source>I removed users who should no longer have access</source>
        <translation>He quitado a los usuarios que ya no deben tener acceso</translation>
    </message>
    <message>
        <source>Account settings, then Users. If everyone should keep access, tick this.</source>
        <translation>Account settings y después Users. Si todos deben conservar el acceso, marque esto.</translation>
    </message>
    <message>
        <source>I reset my own password</source>
        <translation>He restablecido mi propia contraseña</translation>
    </message>
    <message>
        <source>Every other user reset their password</source>
        <translation>Todos los demás usuarios han restablecido su contraseña</translation>
    </message>
    <message>
        <source>Ask each of them. If you are the only user, tick this.</source>
        <translation>Pregunte a cada uno. Si es el único usuario, marque esto.</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Activar la verificación en dos pasos</translation>
    </message>
    <message>
        <source>Install an authenticator app on your phone, for example Google Authenticator or Microsoft Authenticator.</source>
        <translation>Instale una aplicación de autenticación en su teléfono, por ejemplo Google Authenticator o Microsoft Authenticator.</translation>
    </message>
    <message>
        <source>Sign in at app.mailgun.com. Open your profile (your name at the top), then Security.</source>
        <translation>Inicie sesión en app.mailgun.com. Abra su perfil (su nombre, arriba) y después Security.</translation>
    </message>
    <message>
        <source>Type the code the app shows to confirm. If Mailgun gives you recovery codes, keep them somewhere safe: you need them if you lose your phone.</source>
        <translation>Escriba el código que muestra la aplicación para confirmar. Si Mailgun le da códigos de recuperación («recovery codes»), guárdelos en un lugar seguro: los necesitará si pierde el teléfono.</translation>
    </message>
    <message>
        <source>Ask every other user to do the same.</source>
        <translation>Pida a todos los demás usuarios que hagan lo mismo.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on for my own user</source>
        <translation>La verificación en dos pasos está activada para mi usuario</translation>
    </message>
    <message>
        <source>Every other user turned on two-factor sign-in</source>
        <translation>Todos los demás usuarios han activado la verificación en dos pasos</translation>
    </message>
    <message>
        <source>Tell Mailgun support</source>
        <translation>Avisar al soporte de Mailgun</translation>
    </message>
    <message>
        <source>Mailgun&apos;s support team can check your account, lift limits placed on it and watch for more misuse. Tell them what happened and what you have done. Your hosting provider can help find how the key was stolen.</source>
        <translation>El equipo de soporte de Mailgun puede revisar su cuenta, quitar los límites que le hayan puesto y vigilar si hay más usos indebidos. Cuénteles qué pasó y qué ha hecho. Su proveedor de alojamiento puede ayudarle a descubrir cómo se robó la clave.</translation>
    </message>
    <message>
        <source>Open the Mailgun support page (link below), sign in and open a new ticket.</source>
        <translation>Abra la página de soporte de Mailgun (enlace de abajo), inicie sesión y cree una incidencia nueva.</translation>
    </message>
    <message>
        <source>Say that your account was misused, when you first noticed it, and what you found in step 1.</source>
        <translation>Diga que se usó su cuenta de forma indebida, cuándo lo notó por primera vez y qué encontró en el paso 1.</translation>
    </message>
    <message>
        <source>List what you have done: new API key, old keys deleted, SMTP passwords reset, user passwords reset, two-factor sign-in turned on.</source>
        <translation>Enumere lo que ha hecho: clave de API nueva, claves antiguas eliminadas, contraseñas SMTP restablecidas, contraseñas de los usuarios restablecidas, verificación en dos pasos activada.</translation>
    </message>
    <message>
        <source>Never paste a key or a password into the ticket.</source>
        <translation>No pegue nunca una clave ni una contraseña en la incidencia.</translation>
    </message>
    <message>
        <source>Tell your hosting provider or web developer, so they can check your website and server.</source>
        <translation>Avise a su proveedor de alojamiento o a quien desarrolló su sitio web, para que revisen su sitio web y su servidor.</translation>
    </message>
    <message>
        <source>Open the Mailgun support page</source>
        <translation>Abrir la página de soporte de Mailgun</translation>
    </message>
    <message>
        <source>See whether Mailgun is working normally (status page)</source>
        <translation>Ver si Mailgun funciona con normalidad (página de estado)</translation>
    </message>
    <message>
        <source>I told Mailgun support what I found and did</source>
        <translation>He contado al soporte de Mailgun lo que encontré y lo que hice</translation>
    </message>
    <message>
        <source>I told my hosting provider or web developer</source>
        <translation>He avisado a mi proveedor de alojamiento o a quien desarrolló mi sitio web</translation>
    </message>
    <message>
        <source>If nobody looks after your website for you, tick this.</source>
        <translation>Si nadie se ocupa de su sitio web por usted, marque esto.</translation>
    </message>
    <message>
        <source>If a key or password is there, remove it and replace that key or password again.</source>
        <translation>Si hay alguna clave o contraseña, quítela y vuelva a sustituir esa clave o contraseña.</translation>
    </message>
    <message>
        <source>Open Account settings, then API Security. Note every API key that you do not recognize.</source>
        <translation>Abra Account settings y después API Security. Anote todas las claves de API que no reconozca.</translation>
    </message>
    <message>
        <source>For each domain, open Sending, then Domain settings, then SMTP credentials. Note every login that nobody on your team recognizes.</source>
        <translation>En cada dominio, abra Sending, después Domain settings y después SMTP credentials. Anote todos los usuarios que nadie de su equipo reconozca.</translation>
    </message>
    <message>
        <source>My code online does not contain the key</source>
        <translation>Mi código publicado en internet no contiene la clave</translation>
    </message>
    <message>
        <source>Note the keys you do not recognize. You will delete the old keys in step 2.</source>
        <translation>Anote las claves que no reconozca. Eliminará las claves antiguas en el paso 2.</translation>
    </message>
    <message>
        <source>I removed routes and webhooks that nobody on my team created</source>
        <translation>He quitado las rutas y los webhooks que no creó nadie de mi equipo</translation>
    </message>
    <message>
        <source>Delete every old key in the list, including keys you do not recognize. A deleted key stops working at once.</source>
        <translation>Elimine todas las claves antiguas de la lista, incluidas las que no reconozca. Una clave eliminada deja de funcionar al instante.</translation>
    </message>
    <message>
        <source>SMTP credentials are the user names and passwords that programs use to send email through Mailgun, for example postmaster@mg.example.com. Each domain has its own. Attackers use them to send spam, so give every login a new password and delete the logins nobody recognizes.</source>
        <translation>Las credenciales SMTP (en Mailgun, «SMTP credentials») son los nombres de usuario y contraseñas que usan los programas para enviar correo a través de Mailgun, por ejemplo postmaster@mg.example.com. Cada dominio tiene las suyas. Los atacantes las usan para enviar spam, así que dé una contraseña nueva a cada usuario y elimine los usuarios que nadie reconozca.</translation>
    </message>
    <message>
        <source>Delete every login that nobody on your team recognizes.</source>
        <translation>Elimine todos los usuarios que nadie de su equipo reconozca.</translation>
    </message>
    <message>
        <source>I deleted the SMTP logins nobody recognizes</source>
        <translation>He eliminado los usuarios SMTP que nadie reconoce</translation>
    </message>
    <message>
        <source>Two-factor sign-in (2FA) means a password alone is not enough to sign in: Mailgun also asks for a code from an app on your phone. Even if a password leaks again, nobody can sign in without that phone.</source>
        <translation>La verificación en dos pasos (2FA) significa que la contraseña sola no basta para iniciar sesión: Mailgun también pide un código de una aplicación de su teléfono. Aunque una contraseña vuelva a filtrarse, nadie podrá iniciar sesión sin ese teléfono.</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in and scan the square code on the screen with the app.</source>
        <translation>Active la verificación en dos pasos («Two-factor authentication») y escanee con la aplicación el código cuadrado que aparece en la pantalla.</translation>
    </message>
    <message>
        <source>Read Mailgun&apos;s help page about two-factor sign-in (2FA)</source>
        <translation>Leer la página de ayuda de Mailgun sobre la verificación en dos pasos (2FA)</translation>
    </message>
    <message>
        <source>I checked again that my code online holds no key</source>
        <translation>He vuelto a comprobar que mi código publicado en internet no contiene ninguna clave</translation>
    </message>
    <message>
        <source>I updated WordPress and its plugins</source>
        <translation>He actualizado WordPress y sus plugins</translation>
    </message>
    <message>
        <source>Thieves often steal keys through old plugins, especially email plugins. If you do not use WordPress, tick this.</source>
        <translation>Los ladrones suelen robar claves a través de plugins antiguos, sobre todo los de correo. Si no usa WordPress, marque esto.</translation>
    </message>
    <message>
        <source>If you have none, or all of them belong to you, tick this.</source>
        <translation>Si no tiene ninguno, o todos le pertenecen, marque esto.</translation>
    </message>
    <message>
        <source>The leaked API key keeps working until you delete it. A new key alone does not help. First create a new key and put it into your websites and apps, then delete every old key.</source>
        <translation>La clave de API filtrada sigue funcionando hasta que usted la elimine. Una clave nueva por sí sola no basta. Primero cree una clave nueva y póngala en sus sitios web y aplicaciones; después elimine todas las claves antiguas.</translation>
    </message>
    <message>
        <source>Create a new key. Give it a name that says where you will use it, for example &quot;Website&quot;.</source>
        <translation>Cree una clave nueva. Póngale un nombre que diga dónde la va a usar, por ejemplo «Sitio web».</translation>
    </message>
    <message>
        <source>A password manager works best. Never send a key by email or chat.</source>
        <translation>Lo que mejor funciona es un gestor de contraseñas. No envíe nunca una clave por correo ni por chat.</translation>
    </message>
    <message>
        <source>Send a test email from each one to check.</source>
        <translation>Envíe un correo de prueba desde cada uno para comprobarlo.</translation>
    </message>
    <message>
        <source>Only the new key stays in the list.</source>
        <translation>En la lista solo queda la clave nueva.</translation>
    </message>
</context>
<context>
    <name>StepListPanel</name>
    <message>
        <source>Your progress</source>
        <translation>Su progreso</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Connect to Mailgun</source>
        <translation>Conectarse a Mailgun</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>sin hacer todavía</translation>
    </message>
    <message>
        <source>%1, you are here</source>
        <translation>%1, usted está aquí</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Usted está aquí</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Sin hacer todavía</translation>
    </message>
    <message>
        <source>You chose the practice account. Nothing real changes.</source>
        <translation>Ha elegido la cuenta de práctica. No cambia nada real.</translation>
    </message>
</context>
<context>
    <name>SubaccountDisableController</name>
    <message>
        <source>Disabling stops the subaccount&apos;s API keys from working and makes its dashboard read-only. Its keys, domains and history stay as evidence. You can enable it again later in the Control Panel.</source>
        <translation>Al desactivarla, las claves de API de la subcuenta dejan de funcionar y su panel pasa a ser de solo lectura. Sus claves, dominios e historial se conservan como pruebas. Puede volver a activarla más adelante en el Control Panel.</translation>
    </message>
    <message>
        <source>Disable the subaccount “%1”?</source>
        <translation>¿Desactivar la subcuenta «%1»?</translation>
    </message>
    <message>
        <source>The subaccount was not disabled, because the record of your recovery could not be saved.</source>
        <translation>La subcuenta no se desactivó, porque no se pudo guardar el registro de su recuperación.</translation>
    </message>
    <message>
        <source>It is not known whether the subaccount “%1” is disabled: Mailgun&apos;s list of subaccounts could not be read. Check it in the Control Panel.</source>
        <translation>No se sabe si la subcuenta «%1» está desactivada: no se pudo leer la lista de subcuentas de Mailgun. Compruébelo en el Control Panel.</translation>
    </message>
    <message>
        <source>The subaccount “%1” is disabled.</source>
        <translation>La subcuenta «%1» está desactivada.</translation>
    </message>
    <message>
        <source>Mailgun did not disable the subaccount “%1”; it is still %2.</source>
        <translation>Mailgun no desactivó la subcuenta «%1»; su estado sigue siendo «%2».</translation>
    </message>
    <message>
        <source>Mailgun no longer lists the subaccount “%1”.</source>
        <translation>Mailgun ya no muestra la subcuenta «%1».</translation>
    </message>
</context>
<context>
    <name>SubaccountDisablePanel</name>
    <message>
        <source>Disable this subaccount…</source>
        <translation>Desactivar esta subcuenta…</translation>
    </message>
    <message>
        <source>This subaccount is disabled.</source>
        <translation>Esta subcuenta está desactivada.</translation>
    </message>
    <message>
        <source>This subaccount is closed.</source>
        <translation>Esta subcuenta está cerrada.</translation>
    </message>
    <message>
        <source>Disable the subaccount?</source>
        <translation>¿Desactivar la subcuenta?</translation>
    </message>
    <message>
        <source>Disable the subaccount “%1”?</source>
        <translation>¿Desactivar la subcuenta «%1»?</translation>
    </message>
    <message>
        <source>Disable it</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Disabled by the program.</source>
        <translation>Desactivada por el programa.</translation>
    </message>
    <message>
        <source>Disabling it…</source>
        <translation>Desactivando…</translation>
    </message>
    <message>
        <source>If nobody on your team made it, disable it. It can be enabled again later.</source>
        <translation>Si nadie de su equipo la creó, desactívela. Se puede volver a activar más adelante.</translation>
    </message>
</context>
<context>
    <name>SubaccountHoldingsText</name>
    <message>
        <source>It has no API keys.</source>
        <translation>No tiene claves de API.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n API key(s): %1.</source>
        <translation>
            <numerusform>Tiene %n clave de API: %1.</numerusform>
            <numerusform>Tiene %n claves de API: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>its API keys</source>
        <translation>sus claves de API</translation>
    </message>
    <message>
        <source>its domains in the %1</source>
        <translation>sus dominios de la región %1</translation>
    </message>
    <message>
        <source>the SMTP logins of %1</source>
        <translation>los usuarios SMTP de %1</translation>
    </message>
    <message>
        <source>its routes in the %1</source>
        <translation>sus rutas de la región %1</translation>
    </message>
    <message>
        <source>the webhooks of %1</source>
        <translation>los webhooks de %1</translation>
    </message>
    <message>
        <source>its account webhooks in the %1</source>
        <translation>sus webhooks de cuenta de la región %1</translation>
    </message>
    <message>
        <source>Its domains: %1.</source>
        <translation>Sus dominios: %1.</translation>
    </message>
    <message>
        <source>It has no domains.</source>
        <translation>No tiene dominios.</translation>
    </message>
    <message>
        <source>Its SMTP logins: %1.</source>
        <translation>Sus usuarios SMTP: %1.</translation>
    </message>
    <message>
        <source>Its routes: %1.</source>
        <translation>Sus rutas: %1.</translation>
    </message>
    <message>
        <source>It has no routes.</source>
        <translation>No tiene rutas.</translation>
    </message>
    <message>
        <source>Its webhooks send events to: %1.</source>
        <translation>Sus webhooks envían eventos a: %1.</translation>
    </message>
    <message>
        <source>It has no webhooks.</source>
        <translation>No tiene webhooks.</translation>
    </message>
    <message>
        <source>The program could not list these for this subaccount, because Mailgun refused or did not answer: %1.</source>
        <extracomment>%1 lists what could not be read, e.g. &quot;its API keys, its routes in the US region&quot;.</extracomment>
        <translation>El programa no pudo obtener estas listas de esta subcuenta, porque Mailgun se negó o no respondió: %1.</translation>
    </message>
    <message>
        <source>The program could not list these for this subaccount, because Mailgun&apos;s answer was not the subaccount&apos;s own: %1.</source>
        <extracomment>%1 lists what could not be read, e.g. &quot;its API keys, its routes in the US region&quot;.</extracomment>
        <translation>El programa no pudo obtener estas listas de esta subcuenta, porque la respuesta de Mailgun no era la de la propia subcuenta: %1.</translation>
    </message>
    <message>
        <source>The program could not list these for this subaccount, because Mailgun&apos;s answer was empty, like your main account&apos;s, and proves nothing: %1.</source>
        <extracomment>%1 lists what could not be read, e.g. &quot;its API keys, its routes in the US region&quot;.</extracomment>
        <translation>El programa no pudo obtener estas listas de esta subcuenta, porque la respuesta de Mailgun estaba vacía, igual que la de su cuenta principal, y no demuestra nada: %1.</translation>
    </message>
</context>
<context>
    <name>SubaccountStatus</name>
    <message>
        <source>open</source>
        <extracomment>A subaccount&apos;s status: it works and can send email. Used inside sentences such as &quot;It is open.&quot; or &quot;status: open&quot;.</extracomment>
        <translation>abierta</translation>
    </message>
    <message>
        <source>disabled</source>
        <extracomment>A subaccount&apos;s status: its API keys stop working and its dashboard is read-only.</extracomment>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>closed</source>
        <extracomment>A subaccount&apos;s status: Mailgun closed it for good.</extracomment>
        <translation>cerrada</translation>
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
            <numerusform>- y %n más.</numerusform>
            <numerusform>- y %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <source>The old API key %1 STILL WORKS: Mailgun accepted it at %2. Delete it in the Control Panel now.</source>
        <translation>La clave de API antigua %1 TODAVÍA FUNCIONA: Mailgun la aceptó el %2. Elimínela ahora en el Control Panel.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The SMTP password of %1 (%2) could not be changed (%3). Change it in the Control Panel.</source>
        <translation>No se pudo cambiar la contraseña SMTP de %1 (%2) (%3). Cámbiela en el Control Panel.</translation>
    </message>
    <message>
        <source>The SMTP login %1 (%2) could not be deleted (%3). Delete it in the Control Panel.</source>
        <translation>No se pudo eliminar el usuario SMTP %1 (%2) (%3). Elimínelo en el Control Panel.</translation>
    </message>
    <message>
        <source>A replacement of the API key was started and is not finished.</source>
        <translation>Se empezó a sustituir la clave de API y no se ha terminado.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>New passwords set: %1. Logins deleted: %2. Failed: %3.</source>
        <translation>Contraseñas nuevas puestas: %1. Usuarios eliminados: %2. Fallos: %3.</translation>
    </message>
    <message>
        <source>The replacement of the API key is not finished. Open step 2 in the program to continue it.</source>
        <translation>La sustitución de la clave de API no está terminada. Abra el paso 2 en el programa para continuarla.</translation>
    </message>
    <message>
        <source>The reset of the SMTP passwords is not finished. Open step 3 in the program to go on.</source>
        <translation>El restablecimiento de las contraseñas SMTP no está terminado. Abra el paso 3 en el programa para continuar.</translation>
    </message>
    <message>
        <source>The old API key %1 could not be deleted. Delete it in the Control Panel.</source>
        <translation>No se pudo eliminar la clave de API antigua %1. Elimínela en el Control Panel.</translation>
    </message>
    <message>
        <source>%1 has not changed their password since the incident began.</source>
        <translation>%1 no ha cambiado su contraseña desde que empezó el incidente.</translation>
    </message>
    <message>
        <source>%1 does not use two-factor sign-in yet.</source>
        <translation>%1 todavía no usa la verificación en dos pasos.</translation>
    </message>
    <message>
        <source>The program has not checked the users&apos; passwords and two-factor sign-in.</source>
        <translation>El programa no ha comprobado las contraseñas ni la verificación en dos pasos de los usuarios.</translation>
    </message>
    <message>
        <source>Step %1, &quot;%2&quot;: not yet confirmed: %3.</source>
        <translation>Paso %1, «%2»: todavía sin confirmar: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) changed their password after the incident began.</source>
        <translation>
            <numerusform>%1 de %n usuario cambió su contraseña después de que empezara el incidente.</numerusform>
            <numerusform>%1 de %n usuarios cambiaron su contraseña después de que empezara el incidente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) use two-factor sign-in.</source>
        <translation>
            <numerusform>%1 de %n usuario usa la verificación en dos pasos.</numerusform>
            <numerusform>%1 de %n usuarios usan la verificación en dos pasos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserStatusController</name>
    <message>
        <source>The connection to Mailgun is not set up. Go back to the Connect page.</source>
        <translation>La conexión con Mailgun no está configurada. Vuelva a la página «Conectarse a Mailgun».</translation>
    </message>
    <message>
        <source>%1 The report will not show this check of your users.</source>
        <translation>%1 El informe no mostrará esta comprobación de sus usuarios.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed. Make room on the disk (or make the folder writable), then try again.</source>
        <translation>%1 No se cambió nada. Libere espacio en el disco (o permita escribir en la carpeta) y vuelva a intentarlo.</translation>
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
        <translation>Hola, %1:

Por favor, active la verificación en dos pasos (2FA) en su usuario de Mailgun (%2). Solo se tarda cinco minutos:

1. Instale una aplicación de autenticación en su teléfono, por ejemplo Google Authenticator o Microsoft Authenticator.
2. Inicie sesión en https://app.mailgun.com. Pulse en su nombre, arriba, y después en Security.
3. Active la verificación en dos pasos («Two-factor authentication») y escanee el código cuadrado con la aplicación.
4. Escriba el código que muestra la aplicación para confirmar. Guarde en un lugar seguro los códigos de recuperación que reciba.

Página de ayuda de Mailgun: %3
</translation>
    </message>
    <message>
        <source>This API key is not allowed to read the list of users: only a key with the Admin role can. The step can still be done by hand: follow the instructions and confirm each item when it is done.</source>
        <translation>Esta clave de API no tiene permiso para leer la lista de usuarios: solo puede hacerlo una clave con el rol Admin. Aun así, puede hacer este paso a mano: siga las instrucciones y confirme cada elemento cuando lo termine.</translation>
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
        <translation>%1, propietario</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Turned on, but the code from the phone app was never confirmed.</source>
        <translation>Activada, pero nunca se confirmó el código de la aplicación del teléfono.</translation>
    </message>
    <message>
        <source>When the password was last changed</source>
        <translation>Cuándo se cambió la contraseña por última vez</translation>
    </message>
    <message>
        <source>Whether two-factor sign-in is on</source>
        <translation>Si la verificación en dos pasos está activada</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reset link</source>
        <translation>Enlace para restablecer</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
</context>
<context>
    <name>UserStatusPanel</name>
    <message>
        <source>&lt;b&gt;Check who has a new password&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comprobar quién tiene una contraseña nueva&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check who has two-factor sign-in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comprobar quién tiene la verificación en dos pasos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Check the users&apos; passwords again</source>
        <translation>Volver a comprobar las contraseñas de los usuarios</translation>
    </message>
    <message>
        <source>Check the users&apos; two-factor sign-in again</source>
        <translation>Volver a comprobar la verificación en dos pasos de los usuarios</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>Leyendo los usuarios</translation>
    </message>
    <message>
        <source>Reading the account&apos;s users...</source>
        <translation>Leyendo los usuarios de la cuenta...</translation>
    </message>
    <message>
        <source>The program cannot change anyone&apos;s password, but it can check who has. Each person asks Mailgun for a reset email and chooses a new password. Only a change after the incident started (%1) counts.</source>
        <translation>El programa no puede cambiar la contraseña de nadie, pero puede comprobar quién la ha cambiado. Cada persona pide a Mailgun un correo para restablecerla y elige una contraseña nueva. Solo cuenta un cambio posterior al inicio del incidente (%1).</translation>
    </message>
    <message>
        <source>Practice account: &quot;Practice reset&quot; pretends the person did it; then click Refresh.</source>
        <translation>Cuenta de práctica: «Práctica: restablecer» hace como si la persona lo hubiera hecho; después pulse Actualizar.</translation>
    </message>
    <message>
        <source>&quot;Reset...&quot; opens Mailgun&apos;s reset page and copies the person&apos;s email address, ready to paste there.</source>
        <translation>«Restablecer...» abre la página de Mailgun para restablecer la contraseña y copia la dirección de correo de la persona, lista para pegarla allí.</translation>
    </message>
    <message>
        <source>The program cannot turn on two-factor sign-in for anyone, but it can check who has. Each person signs in at app.mailgun.com, clicks their name, then Security, and turns it on with a phone app. &lt;a href=&quot;%1&quot;&gt;Mailgun&apos;s help page&lt;/a&gt; explains each step.</source>
        <translation>El programa no puede activar la verificación en dos pasos a nadie, pero puede comprobar quién la tiene. Cada persona inicia sesión en app.mailgun.com, pulsa en su nombre y después en Security, y la activa con una aplicación del teléfono. &lt;a href=&quot;%1&quot;&gt;La página de ayuda de Mailgun&lt;/a&gt; explica cada paso.</translation>
    </message>
    <message>
        <source>Practice account: &quot;Practice: turn on&quot; pretends the person did it; then click Refresh.</source>
        <translation>Cuenta de práctica: «Práctica: activar» hace como si la persona lo hubiera hecho; después pulse Actualizar.</translation>
    </message>
    <message>
        <source>&quot;Copy how-to&quot; copies these steps, ready to email to the person.</source>
        <translation>«Copiar instrucciones» copia estos pasos, listos para enviarlos por correo a la persona.</translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <translation>Comprobado el %1.</translation>
    </message>
    <message>
        <source>You can also tick the items below by hand when they are done.</source>
        <translation>También puede marcar a mano los elementos de abajo cuando estén hechos.</translation>
    </message>
    <message>
        <source>Mailgun listed no users for this account. Tick the items below by hand.</source>
        <translation>Mailgun no mostró ningún usuario en esta cuenta. Marque a mano los elementos de abajo.</translation>
    </message>
    <message>
        <source>Everyone has chosen a new password since the incident started.</source>
        <translation>Todos han elegido una contraseña nueva desde que empezó el incidente.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 people still have to choose a new password.</source>
        <translation>
            <numerusform>%n de %1 personas todavía tiene que elegir una contraseña nueva.</numerusform>
            <numerusform>%n de %1 personas todavía tienen que elegir una contraseña nueva.</numerusform>
        </translation>
    </message>
    <message>
        <source>One thing only you can decide: is everyone in this list someone who should still have access? Remove anyone who should not in the Control Panel, then tick the first item below.</source>
        <translation>Hay algo que solo usted puede decidir: ¿todas las personas de esta lista deben seguir teniendo acceso? Quite en el Control Panel a quien no deba tenerlo y después marque el primer elemento de abajo.</translation>
    </message>
    <message>
        <source>This step is done.</source>
        <translation>Este paso está hecho.</translation>
    </message>
    <message>
        <source>Everyone has two-factor sign-in turned on. This step is done.</source>
        <translation>Todos tienen activada la verificación en dos pasos. Este paso está hecho.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 people still have to turn on two-factor sign-in.</source>
        <translation>
            <numerusform>%n de %1 personas todavía tiene que activar la verificación en dos pasos.</numerusform>
            <numerusform>%n de %1 personas todavía tienen que activar la verificación en dos pasos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice account could not be changed. Go back to the Connect page and choose the practice account again.</source>
        <translation>No se pudo cambiar la cuenta de práctica. Vuelva a la página «Conectarse a Mailgun» y elija otra vez la cuenta de práctica.</translation>
    </message>
    <message>
        <source>Practice: %1 has now chosen a new password in the practice account. With a real account, they would click the link in Mailgun&apos;s email within 20 minutes. Click Refresh to check.</source>
        <translation>Práctica: %1 ya ha elegido una contraseña nueva en la cuenta de práctica. Con una cuenta real, esa persona pulsaría el enlace del correo de Mailgun antes de 20 minutos. Pulse Actualizar para comprobarlo.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s sign-in page is open in your browser and %1 is copied. Click &quot;Forgot password?&quot;, paste the address and send the request. Mailgun emails %2 a link that works for 20 minutes, so ask them to use it straight away. When they are done, click Refresh.</source>
        <translation>La página de inicio de sesión de Mailgun está abierta en su navegador y %1 está copiado. Pulse «Forgot password?», pegue la dirección y envíe la solicitud. Mailgun enviará a %2 un correo con un enlace que sirve durante 20 minutos, así que pídale que lo use enseguida. Cuando termine, pulse Actualizar.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Go to %1 yourself and click &quot;Forgot password?&quot;; %2 is copied, ready to paste. Mailgun emails %3 a link that works for 20 minutes.</source>
        <translation>No se pudo abrir el navegador. Vaya usted a %1 y pulse «Forgot password?»; %2 está copiado, listo para pegarlo. Mailgun enviará a %3 un correo con un enlace que sirve durante 20 minutos.</translation>
    </message>
    <message>
        <source>Practice: %1 has now turned on two-factor sign-in in the practice account. Click Refresh to check.</source>
        <translation>Práctica: %1 ya ha activado la verificación en dos pasos en la cuenta de práctica. Pulse Actualizar para comprobarlo.</translation>
    </message>
    <message>
        <source>The instructions for %1 are copied. Paste them into an email to %2. When they are done, click Refresh.</source>
        <translation>Las instrucciones para %1 están copiadas. Péguelas en un correo para %2. Cuando termine, pulse Actualizar.</translation>
    </message>
</context>
<context>
    <name>UserStatusTable</name>
    <message>
        <source>Users of the account and whether each has a new password</source>
        <translation>Usuarios de la cuenta y si cada uno tiene una contraseña nueva</translation>
    </message>
    <message>
        <source>Users of the account and whether each has two-factor sign-in</source>
        <translation>Usuarios de la cuenta y si cada uno tiene activada la verificación en dos pasos</translation>
    </message>
    <message>
        <source>Practice reset</source>
        <translation>Práctica: restablecer</translation>
    </message>
    <message>
        <source>Practice: pretend %1 reset their password</source>
        <translation>Práctica: hacer como si %1 hubiera restablecido su contraseña</translation>
    </message>
    <message>
        <source>Practice account only: pretends that %1 asked for a reset email and chose a new password. Click Refresh afterwards to check.</source>
        <translation>Solo en la cuenta de práctica: hace como si %1 hubiera pedido un correo para restablecer la contraseña y hubiera elegido una nueva. Después pulse Actualizar para comprobarlo.</translation>
    </message>
    <message>
        <source>Reset...</source>
        <translation>Restablecer...</translation>
    </message>
    <message>
        <source>Open Mailgun&apos;s password reset page for %1</source>
        <translation>Abrir la página de Mailgun para restablecer la contraseña de %1</translation>
    </message>
    <message>
        <source>Opens Mailgun&apos;s password reset page in your browser and copies %1 so you can paste it there.</source>
        <translation>Abre en su navegador la página de Mailgun para restablecer la contraseña y copia %1 para que pueda pegarlo allí.</translation>
    </message>
    <message>
        <source>Practice: turn on</source>
        <translation>Práctica: activar</translation>
    </message>
    <message>
        <source>Practice: pretend %1 turned on two-factor sign-in</source>
        <translation>Práctica: hacer como si %1 hubiera activado la verificación en dos pasos</translation>
    </message>
    <message>
        <source>Practice account only: pretends that %1 turned on two-factor sign-in. Click Refresh afterwards to check.</source>
        <translation>Solo en la cuenta de práctica: hace como si %1 hubiera activado la verificación en dos pasos. Después pulse Actualizar para comprobarlo.</translation>
    </message>
    <message>
        <source>Copy how-to</source>
        <translation>Copiar instrucciones</translation>
    </message>
    <message>
        <source>Copy instructions for %1 to turn on two-factor sign-in</source>
        <translation>Copiar las instrucciones para que %1 active la verificación en dos pasos</translation>
    </message>
    <message>
        <source>Copies a short message for %1 that explains how to turn on two-factor sign-in. Paste it into an email to them.</source>
        <translation>Copia un mensaje breve para %1 que explica cómo activar la verificación en dos pasos. Péguelo en un correo para esa persona.</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>Reading the account&apos;s users...</source>
        <translation>Leyendo los usuarios de la cuenta...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1 (propietario)</translation>
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
        <source>Users of the account. &quot;New password&quot; means changed after the incident start (%1).</source>
        <translation>Usuarios de la cuenta. «Contraseña nueva» significa cambiada después del inicio del incidente (%1).</translation>
    </message>
    <message>
        <source>Mailgun listed no users.</source>
        <translation>Mailgun no mostró ningún usuario.</translation>
    </message>
    <message>
        <source>Every user has a new password and two-factor sign-in: steps 4 and 5 are done.</source>
        <translation>Todos los usuarios tienen una contraseña nueva y la verificación en dos pasos: los pasos 4 y 5 están hechos.</translation>
    </message>
    <message numerus="yes">
        <source>Still to do: %n user(s) must change their password,</source>
        <translation>
            <numerusform>Pendiente: %n usuario debe cambiar su contraseña,</numerusform>
            <numerusform>Pendiente: %n usuarios deben cambiar su contraseña,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) must turn on two-factor sign-in.</source>
        <translation>
            <numerusform>%n usuario debe activar la verificación en dos pasos.</numerusform>
            <numerusform>%n usuarios deben activar la verificación en dos pasos.</numerusform>
        </translation>
    </message>
    <message>
        <source>2FA on</source>
        <translation>2FA activa</translation>
    </message>
</context>
<context>
    <name>VolumeFindings</name>
    <message>
        <source>Sending jumped to %1 a day on %2 (normally about %3)</source>
        <translation>Los envíos se dispararon hasta %1 al día el %2 (lo normal son unos %3)</translation>
    </message>
    <message>
        <source>%1 of them through the US region and %2 through the EU region.</source>
        <translation>De ellos, %1 por la región US y %2 por la región EU.</translation>
    </message>
    <message>
        <source>The rise began around %1.</source>
        <translation>El aumento empezó hacia el %1.</translation>
    </message>
    <message>
        <source>A sudden rise like this usually means someone is sending spam with a leaked key or SMTP login. Replace the keys and SMTP passwords (steps 2 and 3), and give these dates to Mailgun support.</source>
        <translation>Un aumento repentino como este suele significar que alguien está enviando spam con una clave o un usuario SMTP filtrados. Sustituya las claves y las contraseñas SMTP (pasos 2 y 3) y dé estas fechas al soporte de Mailgun.</translation>
    </message>
    <message numerus="yes">
        <source>On %1 your account sent %Ln message(s).</source>
        <translation>
            <numerusform>El %1, su cuenta envió %Ln mensaje.</numerusform>
            <numerusform>El %1, su cuenta envió %Ln mensajes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 your account sent %Ln message(s).</source>
        <translation>
            <numerusform>Del %1 al %2, su cuenta envió %Ln mensaje.</numerusform>
            <numerusform>Del %1 al %2, su cuenta envió %Ln mensajes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebsiteProbePanel</name>
    <message>
        <source>Website address:</source>
        <translation>Dirección del sitio web:</translation>
    </message>
    <message>
        <source>for example www.example.com</source>
        <translation>por ejemplo, www.example.com</translation>
    </message>
    <message>
        <source>Folder of your website (if any):</source>
        <translation>Carpeta de su sitio web (si la hay):</translation>
    </message>
    <message>
        <source>for example shop</source>
        <translation>por ejemplo, shop</translation>
    </message>
    <message>
        <source>Check my website</source>
        <translation>Comprobar mi sitio web</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Reading the list of your API keys…</source>
        <translation>Leyendo la lista de sus claves de API…</translation>
    </message>
    <message>
        <source>That does not look like a website address. Type it as you would in a web browser, for example www.example.com.</source>
        <translation>Eso no parece la dirección de un sitio web. Escríbala como en un navegador web, por ejemplo www.example.com.</translation>
    </message>
    <message>
        <source>Checking your website…</source>
        <translation>Comprobando su sitio web…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Stopped before anything was checked.</source>
        <translation>Se detuvo antes de comprobar nada.</translation>
    </message>
    <message>
        <source>Stopped. Addresses checked before that: %1.</source>
        <translation>Detenido. Direcciones comprobadas hasta entonces: %1.</translation>
    </message>
    <message>
        <source>Addresses checked on your website: %1.</source>
        <translation>Direcciones comprobadas en su sitio web: %1.</translation>
    </message>
    <message>
        <source>None of the usual files that give keys away could be opened. That is good.</source>
        <translation>No se pudo abrir ninguno de los archivos habituales que dejan ver claves. Eso es bueno.</translation>
    </message>
    <message>
        <source>Files anyone can open: %1. Close them before step 2, or the new key can leak the same way.</source>
        <translation>Archivos que cualquiera puede abrir: %1. Ciérrelos antes del paso 2; si no, la clave nueva puede filtrarse de la misma manera.</translation>
    </message>
    <message>
        <source>The findings could not be saved for the report. Check that the disk is not full.</source>
        <translation>No se pudieron guardar los hallazgos para el informe. Compruebe que el disco no esté lleno.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n address(es)…</source>
        <translation>
            <numerusform>Dirección comprobada: %1 de %n…</numerusform>
            <numerusform>Direcciones comprobadas: %1 de %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>The program asks your website for the files that often give keys away, such as .env files, phpinfo pages and backups. It only reads, like a web browser, and asks slowly. Only check websites that belong to you.</source>
        <translation>El programa pide a su sitio web los archivos que suelen dejar ver claves, como archivos .env, páginas phpinfo y copias de seguridad. Solo lee, como un navegador web, y pregunta despacio. Compruebe solo sitios web que le pertenezcan.</translation>
    </message>
    <message>
        <source>I own this website, and I may check it</source>
        <translation>Este sitio web me pertenece y tengo permiso para comprobarlo</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>You stay in control</source>
        <translation>Usted tiene el control</translation>
    </message>
    <message>
        <source>Nothing in your account changes without asking you first.</source>
        <translation>No se cambia nada en su cuenta sin preguntarle antes.</translation>
    </message>
    <message>
        <source>New keys and passwords are kept in this computer&apos;s secure password storage (the keychain), not in a file.</source>
        <translation>Las claves y contraseñas nuevas se guardan en el almacén seguro de contraseñas de este equipo (el anillo de claves), no en un archivo.</translation>
    </message>
    <message>
        <source>You can stop at any time and continue later. The assistant remembers where you were.</source>
        <translation>Puede parar cuando quiera y seguir más tarde. El asistente recuerda dónde se quedó.</translation>
    </message>
    <message>
        <source>Want to try it first? On the next page, choose the practice account: nothing real changes there.</source>
        <translation>¿Quiere probarlo antes? En la página siguiente, elija la cuenta de práctica: allí no cambia nada real.</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Dónde está</translation>
    </message>
    <message>
        <source>What you already did</source>
        <translation>Lo que ya ha hecho</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>¿Qué quiere hacer?</translation>
    </message>
    <message>
        <source>&amp;Continue where you left off</source>
        <translation>&amp;Continuar donde lo dejó</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Continuar donde lo dejó</translation>
    </message>
    <message>
        <source>You connect to your account again, then go straight to the step where you stopped.</source>
        <translation>Vuelve a conectarse a su cuenta y después va directamente al paso en el que se quedó.</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>The assistant forgets which steps you finished and begins at step 1. Nothing in your Mailgun account is undone.</source>
        <translation>El asistente olvida qué pasos terminó y empieza en el paso 1. No se deshace nada en su cuenta de Mailgun.</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Qué va a pasar</translation>
    </message>
    <message>
        <source>Find out how the key leaked, so it does not happen again.</source>
        <translation>Averiguar cómo se filtró la clave, para que no vuelva a pasar.</translation>
    </message>
    <message>
        <source>Replace the API key (the password your website uses for Mailgun) and delete the old ones.</source>
        <translation>Sustituir la clave de API (la contraseña que usa su sitio web para Mailgun) y eliminar las antiguas.</translation>
    </message>
    <message>
        <source>Give the SMTP logins (the passwords programs use to send email) new passwords.</source>
        <translation>Dar contraseñas nuevas a los usuarios SMTP (las contraseñas que usan los programas para enviar correo).</translation>
    </message>
    <message>
        <source>Make sure every person with access chooses a new password.</source>
        <translation>Asegurarse de que todas las personas con acceso eligen una contraseña nueva.</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in: a code from a phone, on top of the password.</source>
        <translation>Activar la verificación en dos pasos: un código del teléfono, además de la contraseña.</translation>
    </message>
    <message>
        <source>Tell Mailgun support what happened and what you did.</source>
        <translation>Contar al soporte de Mailgun qué pasó y qué hizo usted.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>How long it takes</source>
        <translation>Cuánto se tarda</translation>
    </message>
    <message>
        <source>About 30 to 60 minutes: a few minutes per step, longer if you have many domains or users.</source>
        <translation>Entre 30 y 60 minutos, más o menos: unos minutos por paso, más si tiene muchos dominios o usuarios.</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <source>You already started to lock intruders out of your Mailgun account. The assistant remembers where you were.</source>
        <translation>Ya empezó a echar a los intrusos de su cuenta de Mailgun. El asistente recuerda dónde se quedó.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <source>This assistant helps you lock intruders out of your Mailgun account, step by step, the way Mailgun recommends.</source>
        <translation>Este asistente le ayuda a echar a los intrusos de su cuenta de Mailgun, paso a paso, como recomienda Mailgun.</translation>
    </message>
    <message>
        <source>Could not start over</source>
        <translation>No se pudo empezar de nuevo</translation>
    </message>
    <message>
        <source>The assistant could not set aside its record of your progress, so it still remembers where you were. You can continue instead.

Details: %1</source>
        <translation>El asistente no pudo apartar el registro de su progreso, así que todavía recuerda dónde se quedó. Puede continuar donde lo dejó.

Detalles: %1</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>¿Empezar de nuevo?</translation>
    </message>
    <message>
        <source>Start over from step 1?</source>
        <translation>¿Empezar de nuevo desde el paso 1?</translation>
    </message>
    <message>
        <source>The assistant sets aside its record of what you did so far, and the list of steps starts empty again.

Nothing in your Mailgun account is undone: new keys and passwords stay as they are, and deleted keys stay deleted. Keys and passwords saved in this computer&apos;s keychain stay there too.</source>
        <translation>El asistente aparta el registro de lo que ha hecho hasta ahora, y la lista de pasos vuelve a empezar vacía.

No se deshace nada en su cuenta de Mailgun: las claves y contraseñas nuevas se quedan como están, y las claves eliminadas siguen eliminadas. Las claves y contraseñas guardadas en el anillo de claves de este equipo también se quedan allí.</translation>
    </message>
    <message>
        <source>Keep my progress</source>
        <translation>Conservar mi progreso</translation>
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
        <translation>El asistente se mostrará en %1 la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>You chose the practice account: nothing real changes there.</source>
        <translation>Ha elegido la cuenta de práctica: allí no cambia nada real.</translation>
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
        <translation>El asistente ya está abierto</translation>
    </message>
    <message>
        <source>Earlier progress could not be read</source>
        <translation>No se pudo leer el progreso anterior</translation>
    </message>
    <message>
        <source>The assistant could not read all of the record of what you did before. You can go on.

%1</source>
        <translation>El asistente no pudo leer todo el registro de lo que hizo antes. Puede seguir.

%1</translation>
    </message>
    <message>
        <source>The practice account could not start</source>
        <translation>No se pudo poner en marcha la cuenta de práctica</translation>
    </message>
    <message>
        <source>The practice account could not start, so the assistant opens on your own account instead.

Details: %1</source>
        <translation>No se pudo poner en marcha la cuenta de práctica, así que el asistente se abre con su propia cuenta.

Detalles: %1</translation>
    </message>
</context>
</TS>
