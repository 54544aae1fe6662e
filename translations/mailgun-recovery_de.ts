<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AccountCleanup</name>
    <message>
        <source>This webhook also sends to another address of yours. Remove only the unknown address in the Control Panel (Sending, Webhooks).</source>
        <translation>Dieser Webhook sendet auch an eine andere Adresse von Ihnen. Entfernen Sie im Control Panel (Sending, Webhooks) nur die unbekannte Adresse.</translation>
    </message>
    <message>
        <source>Delete this route in the %1?

It handles mail that matches %2 and does: %3.

Mail will no longer be forwarded this way. The program writes down what the route did, so you can set it up again if it was yours.</source>
        <translation>Diese Route in der Region %1 löschen?

Sie verarbeitet Mails, die auf %2 passen, und tut Folgendes: %3.

Mails werden dann nicht mehr auf diesem Weg weitergeleitet. Das Programm notiert, was die Route getan hat. So können Sie sie wieder einrichten, falls sie von Ihnen war.</translation>
    </message>
    <message>
        <source>Delete this account webhook in the %1?

It sends %2 to %3.

The program writes down the address and the events, so you can set it up again if it was yours.</source>
        <translation>Diesen Konto-Webhook in der Region %1 löschen?

Er sendet %2 an %3.

Das Programm notiert die Adresse und die Ereignisse. So können Sie ihn wieder einrichten, falls er von Ihnen war.</translation>
    </message>
    <message>
        <source>Stop sending a copy of every message from %1 to %2?

The program writes down the address, so you can set it again if it was yours.</source>
        <translation>Keine Kopie jeder Nachricht von %1 mehr an %2 senden?

Das Programm notiert die Adresse. So können Sie sie wieder eintragen, falls sie von Ihnen war.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delete the webhooks that send to %1?

%2

The program writes down the address and the events, so you can set them up again if they were yours.</source>
        <translation>Die Webhooks löschen, die an %1 senden?

%2

Das Programm notiert die Adresse und die Ereignisse. So können Sie sie wieder einrichten, falls sie von Ihnen waren.</translation>
    </message>
    <message>
        <source>It could not be removed: %1</source>
        <translation>Der Eintrag konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The route is deleted.</source>
        <translation>Die Route ist gelöscht.</translation>
    </message>
    <message>
        <source>The account webhook is deleted.</source>
        <translation>Der Konto-Webhook ist gelöscht.</translation>
    </message>
    <message>
        <source>Some of it could not be removed: %1</source>
        <translation>Einiges davon konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The webhooks are deleted.</source>
        <translation>Die Webhooks sind gelöscht.</translation>
    </message>
    <message>
        <source>%1 Nothing more was removed, so that the record stays complete. Make room on the disk (or make the folder writable), then try again.</source>
        <translation>%1 Es wurde nichts weiter entfernt, damit die Aufzeichnung vollständig bleibt. Schaffen Sie Platz auf der Festplatte (oder machen Sie den Ordner beschreibbar) und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Mailgun accepted the change.</source>
        <translation>Mailgun hat die Änderung angenommen.</translation>
    </message>
</context>
<context>
    <name>AccountReview</name>
    <message>
        <source>at an unknown time</source>
        <translation>zu einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>less than an hour ago</source>
        <translation>vor weniger als einer Stunde</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>No part of the account could be read. %1</source>
        <translation>Kein Teil des Kontos konnte gelesen werden. %1</translation>
    </message>
    <message>
        <source>the key “%1” created %2 (no creator recorded)</source>
        <translation>der Schlüssel „%1“, erstellt %2 (kein Ersteller eingetragen)</translation>
    </message>
    <message>
        <source>the key “%1” created %2 (creator recorded as %3)</source>
        <translation>der Schlüssel „%1“, erstellt %2 (als Ersteller eingetragen: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>the list of API keys</source>
        <translation>die Liste der API-Schlüssel</translation>
    </message>
    <message>
        <source>the list of the account&apos;s users</source>
        <translation>die Liste der Benutzer des Kontos</translation>
    </message>
    <message>
        <source>the list of subaccounts</source>
        <translation>die Liste der Unterkonten</translation>
    </message>
    <message>
        <source>the IP allowlist</source>
        <translation>die IP-Zulassungsliste</translation>
    </message>
    <message>
        <source>the list of domains in the %1</source>
        <translation>die Liste der Domains in der Region %1</translation>
    </message>
    <message>
        <source>the routes in the %1</source>
        <translation>die Routen in der Region %1</translation>
    </message>
    <message>
        <source>the account-wide webhooks in the %1</source>
        <translation>die kontoweiten Webhooks in der Region %1</translation>
    </message>
    <message>
        <source>the SMTP logins of %1 (%2)</source>
        <translation>die SMTP-Logins von %1 (%2)</translation>
    </message>
    <message>
        <source>the webhooks of %1 (%2)</source>
        <translation>die Webhooks von %1 (%2)</translation>
    </message>
    <message>
        <source>Could not read %1. %2</source>
        <extracomment>%1 names what was read, starting in lower case (&quot;the list of API keys&quot;); %2 is Mailgun&apos;s error explained in a sentence or two.</extracomment>
        <translation>Das Programm konnte %1 nicht lesen. %2</translation>
    </message>
    <message>
        <source>the sending logs in the %1</source>
        <translation>die Versandprotokolle in der Region %1</translation>
    </message>
    <message>
        <source>the sending volume in the %1</source>
        <translation>das Versandvolumen in der Region %1</translation>
    </message>
    <message>
        <source>the hour-by-hour sending volume in the %1</source>
        <translation>das stündliche Versandvolumen in der Region %1</translation>
    </message>
</context>
<context>
    <name>AccountReviewPanel</name>
    <message>
        <source>Review my account</source>
        <translation>Mein Konto prüfen</translation>
    </message>
    <message>
        <source>Remove the selected item…</source>
        <translation>Ausgewählten Eintrag entfernen…</translation>
    </message>
    <message>
        <source>Deletes a route or webhook that sends your mail elsewhere, or stops an archive copy. The program asks first.</source>
        <translation>Löscht eine Route oder einen Webhook, der Ihre Mails anderswohin sendet, oder beendet eine Archivkopie. Das Programm fragt vorher.</translation>
    </message>
    <message>
        <source>To review the account, go back to Connect and check an API key. You can still look through your files and your website, and use the guide below.</source>
        <translation>Um das Konto zu prüfen, gehen Sie zurück zu „Verbinden“ und prüfen Sie einen API-Schlüssel. Sie können trotzdem Ihre Dateien und Ihre Website durchsuchen und die Anleitung unten nutzen.</translation>
    </message>
    <message>
        <source>Reading your account…</source>
        <translation>Ihr Konto wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing in the account looks like someone else&apos;s work.</source>
        <translation>Nichts im Konto sieht nach der Arbeit einer fremden Person aus.</translation>
    </message>
    <message>
        <source>Step 2 will propose deleting the keys flagged here.</source>
        <translation>Schritt 2 schlägt vor, die hier markierten Schlüssel zu löschen.</translation>
    </message>
    <message>
        <source>The findings could not be saved for the report. Check that the disk is not full.</source>
        <translation>Die Funde konnten nicht für den Bericht gespeichert werden. Prüfen Sie, ob die Festplatte voll ist.</translation>
    </message>
    <message>
        <source>Some parts could not be read:</source>
        <translation>Einige Teile konnten nicht gelesen werden:</translation>
    </message>
    <message>
        <source>Use %1, when the unusual sending began, as the start of the trouble</source>
        <translation>%1, als der ungewöhnliche Versand begann, als Beginn der Probleme verwenden</translation>
    </message>
    <message>
        <source>Select a route, webhook or archive copy in the list to remove it here.</source>
        <translation>Wählen Sie in der Liste eine Route, einen Webhook oder eine Archivkopie aus, um sie hier zu entfernen.</translation>
    </message>
    <message>
        <source>This one is removed.</source>
        <translation>Dies ist entfernt.</translation>
    </message>
    <message>
        <source>The program cannot remove this one. Follow the advice in the list.</source>
        <translation>Das Programm kann diesen Eintrag nicht entfernen. Folgen Sie dem Rat in der Liste.</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed by the program.</source>
        <translation>Vom Programm entfernt.</translation>
    </message>
    <message>
        <source>Removing it…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Review again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Remove it?</source>
        <translation>Entfernen?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The program reads your account in both regions, US and EU. It changes nothing. It reads:
- API keys and SMTP logins
- routes: rules that forward incoming mail
- webhooks: addresses that get a copy of events
- archive copies, subaccounts and the IP allowlist
- the last 30 days of sending</source>
        <translation>Das Programm liest Ihr Konto in beiden Regionen, US und EU. Es ändert nichts. Es liest:
- API-Schlüssel und SMTP-Logins
- Routen: Regeln, die eingehende Mails weiterleiten
- Webhooks: Adressen, die eine Kopie von Ereignissen erhalten
- Archivkopien, Unterkonten und die IP-Zulassungsliste
- den Versand der letzten 30 Tage</translation>
    </message>
    <message>
        <source>Things to look at: %1. The most serious come first.</source>
        <translation>Zu prüfen: %1. Die schwersten kommen zuerst.</translation>
    </message>
</context>
<context>
    <name>AccountSettingFindings</name>
    <message>
        <source>A subaccount “%1” was created %2, after the incident started</source>
        <translation>Ein Unterkonto „%1“ wurde %2 erstellt, nach Beginn des Vorfalls</translation>
    </message>
    <message>
        <source>Subaccount “%1”</source>
        <translation>Unterkonto „%1“</translation>
    </message>
    <message>
        <source>Check that you still use it.</source>
        <translation>Prüfen Sie, ob Sie es noch verwenden.</translation>
    </message>
    <message>
        <source>Your account has no IP allowlist</source>
        <translation>Ihr Konto hat keine IP-Zulassungsliste</translation>
    </message>
    <message>
        <source>An IP allowlist limits the computers that may use your API keys and SMTP logins to the internet addresses you list. Without one, a leaked key works from anywhere.</source>
        <translation>Eine IP-Zulassungsliste erlaubt die Nutzung Ihrer API-Schlüssel und SMTP-Logins nur von den Internetadressen, die Sie eintragen. Ohne sie funktioniert ein durchgesickerter Schlüssel von überall.</translation>
    </message>
    <message>
        <source>Consider adding your servers&apos; addresses under Security in the Control Panel once the recovery is done. Include this computer&apos;s address, or the program is locked out.</source>
        <translation>Wenn die Wiederherstellung abgeschlossen ist, sollten Sie die Adressen Ihrer Server im Control Panel unter „Security“ eintragen. Tragen Sie auch die Adresse dieses Computers ein, sonst wird das Programm ausgesperrt.</translation>
    </message>
    <message>
        <source>Only these addresses may use your API keys and SMTP logins: %1.</source>
        <translation>Nur diese Adressen dürfen Ihre API-Schlüssel und SMTP-Logins verwenden: %1.</translation>
    </message>
    <message>
        <source>Check that every address is one of yours: an intruder could have added their own.</source>
        <translation>Prüfen Sie, ob jede Adresse Ihnen gehört: Ein Eindringling könnte seine eigene hinzugefügt haben.</translation>
    </message>
    <message>
        <source>A subaccount is a separate account under yours with its own domains and keys. It was created %1 and is %2. Its id is %3.</source>
        <translation>Ein Unterkonto ist ein eigenes Konto unter Ihrem, mit eigenen Domains und Schlüsseln. Es wurde %1 erstellt und hat den Status %2. Seine ID ist %3.</translation>
    </message>
    <message>
        <source>Unless you made it, disable it (this program can do it for you) and tell Mailgun support. Do not close or delete it: that removes its keys, domains and history, which are the evidence.</source>
        <translation>Wenn Sie es nicht selbst erstellt haben, deaktivieren Sie es (das Programm kann das für Sie tun) und informieren Sie den Mailgun-Support. Schließen oder löschen Sie es nicht: Sonst gehen seine Schlüssel, Domains und sein Verlauf verloren, und genau das sind die Beweise.</translation>
    </message>
    <message numerus="yes">
        <source>Your IP allowlist has %n address(es)</source>
        <translation>
            <numerusform>Ihre IP-Zulassungsliste enthält %n Adresse</numerusform>
            <numerusform>Ihre IP-Zulassungsliste enthält %n Adressen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountSummary</name>
    <message>
        <source>This is an older key (it starts with &quot;key-&quot;). Mailgun lists such keys under an ID that has nothing to do with the key, so the program cannot tell which entry in the list it is.</source>
        <translation>Das ist ein älterer Schlüssel (er beginnt mit „key-“). Mailgun führt solche Schlüssel unter einer ID auf, die nichts mit dem Schlüssel zu tun hat. Daher kann das Programm nicht erkennen, welcher Eintrag in der Liste es ist.</translation>
    </message>
    <message>
        <source>This key is not in the list of keys that Mailgun sent.</source>
        <translation>Dieser Schlüssel steht nicht in der Liste der Schlüssel, die Mailgun geschickt hat.</translation>
    </message>
</context>
<context>
    <name>AccountSummaryView</name>
    <message>
        <source>administrator: can do everything</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>administrator: darf alles</translation>
    </message>
    <message>
        <source>developer: cannot manage keys</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>developer: darf keine Schlüssel verwalten</translation>
    </message>
    <message>
        <source>analyst: can only read</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>analyst: darf nur lesen</translation>
    </message>
    <message>
        <source>support: can only read most things</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>support: darf das meiste nur lesen</translation>
    </message>
    <message>
        <source>sending: can only send email</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>sending: darf nur E-Mails senden</translation>
    </message>
    <message>
        <source>billing</source>
        <extracomment>Mailgun&apos;s role name &quot;billing&quot; (the role for invoices and payments). Keep it in English, as Mailgun&apos;s Control Panel shows it.</extracomment>
        <translation>billing</translation>
    </message>
    <message>
        <source>cannot be seen with this key</source>
        <translation>mit diesem Schlüssel nicht sichtbar</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>Domains in the US region:</source>
        <translation>Domains in der Region US:</translation>
    </message>
    <message>
        <source>Domains in the EU region:</source>
        <translation>Domains in der Region EU:</translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>The key you gave:</source>
        <translation>Ihr angegebener Schlüssel:</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>key %1 (%2)</source>
        <translation>Schlüssel %1 (%2)</translation>
    </message>
    <message>
        <source>unknown: this key is not allowed to read the list of keys</source>
        <translation>unbekannt: Dieser Schlüssel darf die Liste der Schlüssel nicht lesen</translation>
    </message>
</context>
<context>
    <name>ApiEndpoints</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid web address.</source>
        <translation>Die Serveradresse „%1“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not secure. Use an address that starts with https://. Plain http:// is only allowed for a server on this computer.</source>
        <translation>Die Serveradresse „%1“ ist nicht sicher. Verwenden Sie eine Adresse, die mit https:// beginnt. Einfaches http:// ist nur für einen Server auf diesem Computer erlaubt.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; must start with https://.</source>
        <translation>Die Serveradresse „%1“ muss mit https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>This API key works, but it is not allowed to do this. Use a key with the Admin role. An account administrator can create one on the API Security page of the Mailgun Control Panel.</source>
        <translation>Dieser API-Schlüssel funktioniert, darf das aber nicht. Verwenden Sie einen Schlüssel mit der Rolle „Admin“. Ein Administrator des Kontos kann ihn im Mailgun Control Panel auf der Seite „API Security“ erstellen.</translation>
    </message>
    <message>
        <source>Mailgun has disabled this account, so the program cannot make changes for you. Follow the steps by hand in the Control Panel, and contact Mailgun support to restore the account.</source>
        <translation>Mailgun hat dieses Konto gesperrt, daher kann das Programm keine Änderungen für Sie vornehmen. Erledigen Sie die Schritte von Hand im Control Panel, und wenden Sie sich an den Mailgun-Support, damit das Konto wieder freigegeben wird.</translation>
    </message>
    <message>
        <source>Mailgun could not find this item. It may have been removed already. Refresh the list and try again.</source>
        <translation>Mailgun konnte diesen Eintrag nicht finden. Vielleicht wurde er schon entfernt. Laden Sie die Liste neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Mailgun refused the request: &quot;%1&quot;.</source>
        <translation>Mailgun hat die Anfrage abgelehnt: „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Mailgun is receiving too many requests from this account. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Mailgun erhält zu viele Anfragen von diesem Konto. Warten Sie %n Sekunde, dann versuchen Sie es noch einmal.</numerusform>
            <numerusform>Mailgun erhält zu viele Anfragen von diesem Konto. Warten Sie %n Sekunden, dann versuchen Sie es noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailgun is receiving too many requests from this account. Wait a minute, then try again.</source>
        <translation>Mailgun erhält zu viele Anfragen von diesem Konto. Warten Sie eine Minute, dann versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Mailgun has a temporary problem. Nothing was lost. Wait a few minutes, then try again. If it keeps happening, check status.mailgun.com.</source>
        <translation>Mailgun hat ein vorübergehendes Problem. Es ist nichts verloren gegangen. Warten Sie ein paar Minuten, dann versuchen Sie es noch einmal. Wenn das immer wieder passiert, sehen Sie auf status.mailgun.com nach.</translation>
    </message>
    <message>
        <source>Mailgun did not answer in time. Check your internet connection, then try again.</source>
        <translation>Mailgun hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Internetverbindung, dann versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The program could not reach Mailgun. Check that this computer is connected to the internet, then try again.</source>
        <translation>Das Programm konnte Mailgun nicht erreichen. Prüfen Sie, ob dieser Computer mit dem Internet verbunden ist, dann versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>A secure connection to Mailgun could not be made. Something on your network may be intercepting the connection, or the computer&apos;s date and time are wrong. Try another network, or ask your IT contact.</source>
        <translation>Es konnte keine sichere Verbindung zu Mailgun hergestellt werden. Vielleicht fängt etwas in Ihrem Netzwerk die Verbindung ab, oder Datum und Uhrzeit dieses Computers stimmen nicht. Versuchen Sie es in einem anderen Netzwerk, oder fragen Sie Ihre IT-Ansprechperson.</translation>
    </message>
    <message>
        <source>The program refused to send your key to a server that is not secure or not Mailgun&apos;s.</source>
        <translation>Das Programm hat sich geweigert, Ihren Schlüssel an einen Server zu senden, der nicht sicher ist oder nicht zu Mailgun gehört.</translation>
    </message>
    <message>
        <source>Stopped before it finished.</source>
        <translation>Angehalten, bevor der Vorgang fertig war.</translation>
    </message>
    <message>
        <source>Mailgun sent an answer the program did not expect. Please try again later.</source>
        <translation>Mailgun hat eine Antwort geschickt, die das Programm nicht erwartet hat. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>Mailgun is receiving too many requests from this account and asks you to wait more than two hours. Try again later today.</source>
        <translation>Mailgun erhält zu viele Anfragen von diesem Konto und bittet Sie, mehr als zwei Stunden zu warten. Versuchen Sie es heute später noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>A list from Mailgun did not come to an end, so the program stopped reading it after %n page(s). The list may be incomplete, so the program did not act on it. Check the list in the Mailgun Control Panel, then try again later.</source>
        <translation>
            <numerusform>Eine Liste von Mailgun nahm kein Ende, daher hat das Programm nach %n Seite aufgehört, sie zu lesen. Die Liste ist vielleicht unvollständig, deshalb hat das Programm nicht danach gehandelt. Prüfen Sie die Liste im Mailgun Control Panel und versuchen Sie es später noch einmal.</numerusform>
            <numerusform>Eine Liste von Mailgun nahm kein Ende, daher hat das Programm nach %n Seiten aufgehört, sie zu lesen. Die Liste ist vielleicht unvollständig, deshalb hat das Programm nicht danach gehandelt. Prüfen Sie die Liste im Mailgun Control Panel und versuchen Sie es später noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>• The domain is not in this account, or it is in the other region (US or EU).</source>
        <translation>• Die Domain gehört nicht zu diesem Konto, oder sie liegt in der anderen Region (US oder EU).</translation>
    </message>
    <message>
        <source>The likely causes:</source>
        <translation>Die wahrscheinlichen Ursachen:</translation>
    </message>
    <message>
        <source>• The key was deleted or disabled since then.</source>
        <translation>• Der Schlüssel wurde inzwischen gelöscht oder deaktiviert.</translation>
    </message>
    <message>
        <source>• Someone changed the account&apos;s IP allowlist (the list of internet addresses that may use the account), and this computer is now outside it.</source>
        <translation>• Jemand hat die IP-Zulassungsliste des Kontos geändert (die Liste der Internetadressen, die das Konto nutzen dürfen), und dieser Computer steht jetzt nicht mehr darauf.</translation>
    </message>
    <message>
        <source>Check the key on the API Security page of the Mailgun Control Panel (https://app.mailgun.com/settings/api_security).</source>
        <translation>Prüfen Sie den Schlüssel im Mailgun Control Panel auf der Seite „API Security“ (https://app.mailgun.com/settings/api_security).</translation>
    </message>
    <message>
        <source>The answer does not say why. The likely causes, most likely first:</source>
        <translation>Die Antwort nennt keinen Grund. Die wahrscheinlichen Ursachen, die wahrscheinlichste zuerst:</translation>
    </message>
    <message>
        <source>• The key is mistyped, or it was deleted, disabled or has expired.</source>
        <translation>• Der Schlüssel ist falsch abgetippt, oder er wurde gelöscht, deaktiviert oder ist abgelaufen.</translation>
    </message>
    <message>
        <source>• It is a sending key for one domain, not the account&apos;s private API key. You find the private API key in the Mailgun Control Panel under API Security (https://app.mailgun.com/settings/api_security).</source>
        <translation>• Es ist ein Sende-Schlüssel für eine einzelne Domain, nicht der private API-Schlüssel des Kontos. Den privaten API-Schlüssel finden Sie im Mailgun Control Panel unter „API Security“ (https://app.mailgun.com/settings/api_security).</translation>
    </message>
    <message>
        <source>• This computer is outside the account&apos;s IP allowlist (the list of internet addresses that may use the account).</source>
        <translation>• Dieser Computer steht nicht auf der IP-Zulassungsliste des Kontos (der Liste der Internetadressen, die das Konto nutzen dürfen).</translation>
    </message>
    <message>
        <source>Mailgun refused this key, but it worked a moment ago.</source>
        <translation>Mailgun hat diesen Schlüssel abgelehnt, obwohl er eben noch funktioniert hat.</translation>
    </message>
    <message>
        <source>Mailgun refused this key.</source>
        <translation>Mailgun hat diesen Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>Mailgun rejected the field &quot;%1&quot; of the request. Please try again. If it happens again, contact Mailgun support.</source>
        <translation>Mailgun hat das Feld „%1“ der Anfrage abgelehnt. Bitte versuchen Sie es noch einmal. Wenn es wieder passiert, wenden Sie sich an den Mailgun-Support.</translation>
    </message>
    <message>
        <source>Mailgun refused the request (error %1). Please try again.</source>
        <translation>Mailgun hat die Anfrage abgelehnt (Fehler %1). Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Mailgun rejected the field &quot;%1&quot;.</source>
        <translation>Mailgun hat das Feld „%1“ abgelehnt.</translation>
    </message>
</context>
<context>
    <name>ArchiveSummaryText</name>
    <message>
        <source>it unpacks to more than %1.</source>
        <translation>Entpackt ist die Datei größer als %1.</translation>
    </message>
    <message>
        <source>it unpacks to far more than its own size, like a trap made to fill the disk.</source>
        <translation>Entpackt wird die Datei um ein Vielfaches größer, wie eine Falle, die die Festplatte füllen soll.</translation>
    </message>
    <message>
        <source>it has a password.</source>
        <translation>Die Datei ist mit einem Passwort geschützt.</translation>
    </message>
    <message>
        <source>it is damaged or cut short.</source>
        <translation>Die Datei ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>it holds a 7z file, which can only be read on its own. Unpack the backup, then look through its folder.</source>
        <translation>Darin liegt eine 7z-Datei, die nur für sich allein gelesen werden kann. Entpacken Sie die Sicherung und durchsuchen Sie dann den entpackten Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>Looked inside %n backup or compressed file(s).</source>
        <translation>
            <numerusform>%n Sicherung oder komprimierte Datei durchsucht.</numerusform>
            <numerusform>%n Sicherungen oder komprimierte Dateien durchsucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup file(s) could not be read to the end. Keys in the part not read were not looked for:</source>
        <translation>
            <numerusform>%n Sicherungsdatei konnte nicht bis zum Ende gelesen werden. Im ungelesenen Teil wurde nicht nach Schlüsseln gesucht:</numerusform>
            <numerusform>%n Sicherungsdateien konnten nicht bis zum Ende gelesen werden. Im ungelesenen Teil wurde nicht nach Schlüsseln gesucht:</numerusform>
        </translation>
    </message>
    <message>
        <source>- %1: %2</source>
        <translation>- %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>- and %n more.</source>
        <translation>
            <numerusform>- und %n weitere.</numerusform>
            <numerusform>- und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open them yourself to check them, or delete the ones you no longer need.</source>
        <translation>Öffnen Sie sie selbst, um sie zu prüfen, oder löschen Sie die, die Sie nicht mehr brauchen.</translation>
    </message>
    <message numerus="yes">
        <source>it holds backups inside backups more than %n level(s) deep. The innermost were not opened.</source>
        <translation>
            <numerusform>Darin liegen Sicherungen in Sicherungen, mehr als %n Ebene tief. Die innersten wurden nicht geöffnet.</numerusform>
            <numerusform>Darin liegen Sicherungen in Sicherungen, mehr als %n Ebenen tief. Die innersten wurden nicht geöffnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Reviewing the account (read-only)...</source>
        <translation>Das Konto wird geprüft (nur lesend)...</translation>
    </message>
    <message>
        <source>Nothing of the account could be read, so the review proves nothing.</source>
        <translation>Vom Konto konnte nichts gelesen werden. Die Prüfung beweist also nichts.</translation>
    </message>
    <message>
        <source>spike</source>
        <extracomment>Marks, in the command line&apos;s chart of emails sent per day, the days of the spike: the sudden, unusual jump in sending. One short word or noun.</extracomment>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>Account review. &quot;Recent&quot; means after the incident start (%1).</source>
        <translation>Kontoprüfung. „Neu“ bedeutet: nach Beginn des Vorfalls (%1).</translation>
    </message>
    <message>
        <source>Nothing suspicious was found in the parts that could be read.</source>
        <translation>In den lesbaren Teilen wurde nichts Verdächtiges gefunden.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Messages sent per day, both regions (normally about %1 a day):</source>
        <translation>Pro Tag gesendete Nachrichten, beide Regionen (normalerweise etwa %1 pro Tag):</translation>
    </message>
    <message>
        <source>Parts of the account that could not be read:</source>
        <translation>Teile des Kontos, die nicht gelesen werden konnten:</translation>
    </message>
</context>
<context>
    <name>BackupFindingText</name>
    <message>
        <source>This key can send email for one domain. Replace it in the Mailgun Control Panel (API Security).</source>
        <translation>Dieser Schlüssel kann E-Mails für eine Domain senden. Ersetzen Sie ihn im Mailgun Control Panel (Seite „API Security“).</translation>
    </message>
    <message>
        <source>With this key, anyone can send fake Mailgun events to your website. Replace the webhook signing key in Mailgun.</source>
        <translation>Mit diesem Schlüssel kann jeder gefälschte Mailgun-Ereignisse an Ihre Website senden. Ersetzen Sie den Webhook-Signaturschlüssel in Mailgun.</translation>
    </message>
    <message>
        <source>This key can only check email addresses; it cannot send mail.</source>
        <translation>Dieser Schlüssel kann nur E-Mail-Adressen prüfen; er kann keine E-Mails senden.</translation>
    </message>
    <message>
        <source>Anyone who copied the backup can send email with this password. Reset it in Mailgun (step 3).</source>
        <translation>Wer die Sicherung kopiert hat, kann mit diesem Passwort E-Mails senden. Setzen Sie es in Mailgun zurück (Schritt 3).</translation>
    </message>
    <message>
        <source>Anyone who copied the backup can use this password. Change it where the code is stored (GitHub, GitLab, ...).</source>
        <translation>Wer die Sicherung kopiert hat, kann dieses Passwort verwenden. Ändern Sie es dort, wo der Code liegt (GitHub, GitLab, ...).</translation>
    </message>
    <message>
        <source>Anyone who copied the backup can use this key. Delete it in Mailgun and make a new one (step 2). Deleting the backup is not enough.</source>
        <translation>Wer die Sicherung kopiert hat, kann diesen Schlüssel verwenden. Löschen Sie ihn in Mailgun und legen Sie einen neuen an (Schritt 2). Es reicht nicht, die Sicherung zu löschen.</translation>
    </message>
    <message>
        <source>Inside the compressed file %1</source>
        <translation>In der komprimierten Datei %1</translation>
    </message>
    <message>
        <source>Inside the backup file %1: %2</source>
        <translation>In der Sicherungsdatei %1: %2</translation>
    </message>
    <message>
        <source>It is inside the backup file %1.</source>
        <translation>Gefunden in der Sicherungsdatei %1.</translation>
    </message>
    <message>
        <source>This backup is in the public website folder, so anyone may have downloaded it. Delete old backups, or move them out of the public website folder.</source>
        <translation>Diese Sicherung liegt im öffentlichen Website-Ordner. Jeder könnte sie also heruntergeladen haben. Löschen Sie alte Sicherungen, oder verschieben Sie sie aus dem öffentlichen Website-Ordner.</translation>
    </message>
    <message>
        <source>Then delete old backups you no longer need, and keep the others out of the public website folder.</source>
        <translation>Löschen Sie dann alte Sicherungen, die Sie nicht mehr brauchen, und bewahren Sie die übrigen außerhalb des öffentlichen Website-Ordners auf.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Domains in the US: %1</source>
        <translation>Domains in der Region US: %1</translation>
    </message>
    <message>
        <source>Domains in the EU: %1</source>
        <translation>Domains in der Region EU: %1</translation>
    </message>
    <message>
        <source>API keys: %1</source>
        <translation>API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>This key: id %1, role %2</source>
        <translation>Dieser Schlüssel: ID %1, Rolle %2</translation>
    </message>
</context>
<context>
    <name>CleanupCommand</name>
    <message>
        <source>Reviewing the account...</source>
        <translation>Das Konto wird geprüft...</translation>
    </message>
    <message>
        <source>Nothing of the account could be read, so nothing was removed.</source>
        <translation>Vom Konto konnte nichts gelesen werden. Deshalb wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>The program found nothing it can remove.</source>
        <translation>Das Programm hat nichts gefunden, das es entfernen kann.</translation>
    </message>
</context>
<context>
    <name>CleanupReadBack</name>
    <message>
        <source>The program could not read back what Mailgun now holds. Check it in the Control Panel.</source>
        <translation>Das Programm konnte nicht nachlesen, was jetzt bei Mailgun eingetragen ist. Prüfen Sie es im Control Panel.</translation>
    </message>
    <message>
        <source>Read back from Mailgun: %1 has no archive address now.</source>
        <translation>Bei Mailgun nachgelesen: %1 hat jetzt keine Archivadresse mehr.</translation>
    </message>
    <message>
        <source>Asked for: no archive address for %1. Mailgun now holds: %2. Mailgun did not clear it. Clear it yourself in the Control Panel: open Sending, then Domain settings of %1, and empty &quot;Archive to&quot;.</source>
        <translation>Verlangt: keine Archivadresse für %1. Bei Mailgun steht jetzt: %2. Mailgun hat sie nicht gelöscht. Löschen Sie sie selbst im Control Panel: Öffnen Sie „Sending“, dann „Domain settings“ von %1, und leeren Sie „Archive to“.</translation>
    </message>
    <message>
        <source>Read back from Mailgun: the route is gone.</source>
        <translation>Bei Mailgun nachgelesen: Die Route ist entfernt.</translation>
    </message>
    <message>
        <source>Asked for: route %1 deleted. Mailgun still lists it. Delete it in the Control Panel (Receiving, Routes).</source>
        <translation>Verlangt: Route %1 löschen. Mailgun führt sie noch auf. Löschen Sie sie im Control Panel (Receiving, Routes).</translation>
    </message>
    <message>
        <source>Read back from Mailgun: the account webhook is gone.</source>
        <translation>Bei Mailgun nachgelesen: Der Konto-Webhook ist entfernt.</translation>
    </message>
    <message>
        <source>Asked for: account webhook %1 deleted. Mailgun still lists it. Changes to account webhooks can take up to 10 minutes; check again later, or delete it in the Control Panel.</source>
        <translation>Verlangt: Konto-Webhook %1 löschen. Mailgun führt ihn noch auf. Änderungen an Konto-Webhooks können bis zu 10 Minuten dauern. Prüfen Sie es später noch einmal, oder löschen Sie ihn im Control Panel.</translation>
    </message>
    <message>
        <source>Read back from Mailgun: no webhook sends to %1 any more.</source>
        <translation>Bei Mailgun nachgelesen: Kein Webhook sendet mehr an %1.</translation>
    </message>
    <message>
        <source>Asked for: no webhook sends to %1. Mailgun now holds: %2. Remove it in the Control Panel (Sending, Webhooks).</source>
        <translation>Verlangt: Kein Webhook sendet an %1. Bei Mailgun steht jetzt: %2. Entfernen Sie die Adresse im Control Panel (Sending, Webhooks).</translation>
    </message>
    <message>
        <source>These webhooks stay: %1.</source>
        <translation>Diese Webhooks bleiben: %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run mailgun-recovery --help for help.</source>
        <translation>Rufen Sie mailgun-recovery --help auf, um Hilfe zu erhalten.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Die Option %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not valid. Use the form 2026-11-01.</source>
        <translation>Das Datum „%1“ ist ungültig. Verwenden Sie die Form 2026-11-01.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 0 to 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>For your safety the key is never given on the command line, where other programs can see it. Set MAILGUN_API_KEY, use --key-file PATH, or type it when asked.</source>
        <translation>Zu Ihrer Sicherheit wird der Schlüssel nie auf der Befehlszeile angegeben, denn dort können andere Programme ihn sehen. Setzen Sie MAILGUN_API_KEY, verwenden Sie --key-file PFAD, oder geben Sie ihn ein, wenn Sie danach gefragt werden.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unbekannte Option: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>The format &quot;%1&quot; is not known. Use md, html or pdf.</source>
        <translation>Das Format „%1“ ist nicht bekannt. Verwenden Sie md, html oder pdf.</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no terminal to ask for confirmation. Add --yes to go ahead without asking.</source>
        <translation>Es wurde nichts geändert: Es gibt kein Terminal, um nach einer Bestätigung zu fragen. Fügen Sie --yes hinzu, um ohne Nachfrage fortzufahren.</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>The word the user types on the command line to confirm a change. Keep it one short word that is easy to type; the English &quot;yes&quot; is always accepted too.</extracomment>
        <translation>ja</translation>
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
        <translation>Aufruf: mailgun-recovery [Befehl] [Optionen]

Ohne Befehl öffnet sich der Wiederherstellungs-Assistent.

Befehle:
  check                 Den API-Schlüssel prüfen: Ist er gültig, welche Region,
                        Übersicht über das Konto.
  scan PFAD...          Schritt 1: Ordner nach Mailgun-Schlüsseln und -Passwörtern
                        durchsuchen, die dort nicht hingehören, und nach riskanten
                        Dateien (phpinfo-Seiten, .env im Web-Ordner, Debug-Modus).
                        Braucht keinen API-Schlüssel. Exit-Code 0, wenn die
                        Durchsuchung gelaufen ist, was immer sie gefunden hat.
    --deep              Auch node_modules und vendor lesen.
  probe URL...          Schritt 1: Ihre eigene Website nach Dateien und Seiten fragen,
                        die Schlüssel verraten (.env, phpinfo, Debug-Werkzeuge, .git,
                        Sicherungen). Nur GET-Anfragen, wenige pro Sekunde. Braucht
                        keinen API-Schlüssel. Exit-Code 0, wenn jede Website geprüft
                        wurde, was immer die Prüfung gefunden hat.
    --i-own-this-site   Pflicht: bestätigt, dass die Websites Ihnen gehören.
    --folder NAME       Auch in diesem Ordner der Website nachsehen, in dem ihre
                        Programmdateien liegen (zum Beispiel shop). Für weitere
                        Ordner wiederholen.
  audit                 Schritt 1: das Konto in beiden Regionen nur lesend prüfen
                        (Schlüssel, SMTP-Logins, Routen, Webhooks, Archiv,
                        Unterkonten, Zulassungsliste, Versandmenge). Exit-Code 0,
                        wenn die Prüfung gelaufen ist.
  cleanup               Schritt 1: entfernen, was E-Mails nach außen kopiert
                        (Weiterleitungs-Routen, unbekannte Webhooks,
                        Archivadressen), nach vorheriger Nachfrage, und danach
                        nachlesen, was bei Mailgun eingetragen ist.
  disable-subaccount ID Schritt 1: ein Unterkonto deaktivieren, das niemand kennt
                        (sein API-Zugriff endet, sein Dashboard ist nur noch
                        lesbar; es lässt sich wieder aktivieren).
  rotate-key            Schritt 2: einen neuen API-Schlüssel anlegen, ihn im
                        Schlüsselbund aufbewahren, die alten Schlüssel löschen.
                        Setzt zuerst einen unterbrochenen Schlüsseltausch fort.
    --in-use-key-id ID  Gibt an, welcher aufgeführte Schlüssel der von Ihnen
                        verwendete ist, wenn das Programm das nicht erkennen
                        kann (ältere Schlüssel, die mit „key-“ beginnen).
  reset-smtp            Schritt 3: ein neues Passwort für jeden SMTP-Login jeder
                        Domain, aufbewahrt im Schlüsselbund. Setzt zuerst ein
                        unterbrochenes Zurücksetzen fort.
    --domain D          Nur die Logins der Domain D (für mehrere Domains
                        wiederholen).
    --delete LOGIN      Diesen Login stattdessen löschen (nicht postmaster;
                        wiederholbar).
  users                 Schritte 4 und 5: pro Benutzer, ob das Passwort seit dem
                        Beginn des Vorfalls geändert wurde und ob die
                        Zwei-Faktor-Anmeldung eingeschaltet ist.
  report                Der Bericht für den Mailgun-Support, aus dem Protokoll
                        dieses Computers.
    --format md|html|pdf  Das Format (Standard: md). PDF braucht -o.
    -o DATEI            Den Bericht in DATEI schreiben statt auf den Bildschirm.
  practice-server       Das Übungskonto (ein nachgebildetes Mailgun) auf diesem
                        Computer starten und seine Adressen und seinen Schlüssel
                        als JSON ausgeben.

Optionen:
  --practice            Das Übungskonto statt Ihres Mailgun-Kontos verwenden.
  --json                Maschinenlesbare Ausgabe auf stdout.
  --yes                 Vor Änderungen nicht nachfragen.
  --print-secrets       Neue Schlüssel und Passwörter auch ausgeben (rotate-key,
                        reset-smtp). Ohne Schlüsselbund ist das der einzige Weg,
                        sie aufzubewahren.
  --key-file PFAD       Den API-Schlüssel aus dieser Datei lesen.
  --api-base URL        API-Anfragen für beide Regionen an URL senden.
  --api-base-us URL     Anfragen für die Region US an URL senden.
  --api-base-eu URL     Anfragen für die Region EU an URL senden.
  --incident-start DATUM
                        Beginn des Vorfalls (Standard: vor 14 Tagen).
  --us-port N, --eu-port N  Ports für practice-server (Standard: ein freier Port).
  -h, --help            Diese Hilfe anzeigen.
  -v, --version         Die Version anzeigen.

Der Schlüssel wird aus der Umgebungsvariablen MAILGUN_API_KEY oder aus
--key-file gelesen, oder er wird abgefragt, ohne dass er auf dem Bildschirm
erscheint. Als Argument wird er nie angenommen.

Exit-Codes: 0 erledigt, 1 fehlgeschlagen, 2 falscher Aufruf, 3 nichts getan,
weil Sie abgelehnt haben.
</translation>
    </message>
    <message>
        <source>Type %1 to go ahead, anything else to stop:</source>
        <extracomment>%1 is the word the user types to confirm (&quot;yes&quot; in English).</extracomment>
        <translation>Geben Sie %1 ein, um fortzufahren, oder etwas anderes, um abzubrechen:</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <source>Checking the key with Mailgun in the US and the EU…</source>
        <translation>Der Schlüssel wird bei Mailgun in den Regionen US und EU geprüft…</translation>
    </message>
    <message>
        <source>The key works. Reading a summary of your account…</source>
        <translation>Der Schlüssel funktioniert. Eine Übersicht Ihres Kontos wird gelesen…</translation>
    </message>
    <message>
        <source>Connected. This key works and has full (admin) rights.</source>
        <translation>Verbunden. Dieser Schlüssel funktioniert und hat volle Rechte (Admin).</translation>
    </message>
    <message>
        <source>This key works, but it does not have admin rights.</source>
        <translation>Dieser Schlüssel funktioniert, hat aber keine Admin-Rechte.</translation>
    </message>
    <message>
        <source>Mailgun has disabled this account.</source>
        <translation>Mailgun hat dieses Konto gesperrt.</translation>
    </message>
    <message>
        <source>The program could not reach Mailgun.</source>
        <translation>Das Programm konnte Mailgun nicht erreichen.</translation>
    </message>
    <message>
        <source>This is not a Mailgun API key.</source>
        <translation>Das ist kein Mailgun-API-Schlüssel.</translation>
    </message>
    <message>
        <source>The program can read your account, but it cannot replace keys or passwords for you. Use a key with the Admin role to let it do that, or go on and do those steps by hand.</source>
        <translation>Das Programm kann Ihr Konto lesen, aber keine Schlüssel oder Passwörter für Sie ersetzen. Verwenden Sie dafür einen Schlüssel mit der Rolle „Admin“, oder machen Sie weiter und erledigen Sie diese Schritte von Hand.</translation>
    </message>
    <message>
        <source>The program can now use your account. It will always ask before it changes anything.</source>
        <translation>Das Programm kann Ihr Konto jetzt verwenden. Es fragt immer nach, bevor es etwas ändert.</translation>
    </message>
    <message>
        <source>Mailgun refused this key, which worked a moment ago.</source>
        <translation>Mailgun hat diesen Schlüssel abgelehnt, obwohl er eben noch funktioniert hat.</translation>
    </message>
    <message>
        <source>Mailgun refused this key.</source>
        <translation>Mailgun hat diesen Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>Mailgun accepted the key, but does not let it list your domains. Paste the account&apos;s private API key with the Admin role instead. You find it in the Mailgun Control Panel under API Security (https://app.mailgun.com/settings/api_security).</source>
        <translation>Mailgun hat den Schlüssel angenommen, lässt ihn aber Ihre Domains nicht auflisten. Fügen Sie stattdessen den privaten API-Schlüssel des Kontos mit der Rolle „Admin“ ein. Sie finden ihn im Mailgun Control Panel unter „API Security“ (https://app.mailgun.com/settings/api_security).</translation>
    </message>
    <message>
        <source>This key works, but it is not allowed to read your account.</source>
        <translation>Dieser Schlüssel funktioniert, darf Ihr Konto aber nicht lesen.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to your Mailgun account</source>
        <translation>Mit Ihrem Mailgun-Konto verbinden</translation>
    </message>
    <message>
        <source>The assistant checks your key and shows what it finds. Checking changes nothing.</source>
        <translation>Der Assistent prüft Ihren Schlüssel und zeigt, was er findet. Die Prüfung ändert nichts.</translation>
    </message>
    <message>
        <source>Which account do you want to work on?</source>
        <translation>Mit welchem Konto möchten Sie arbeiten?</translation>
    </message>
    <message>
        <source>&amp;My Mailgun account</source>
        <translation>&amp;Mein Mailgun-Konto</translation>
    </message>
    <message>
        <source>My Mailgun account</source>
        <translation>Mein Mailgun-Konto</translation>
    </message>
    <message>
        <source>The &amp;practice account (safe to try; nothing real changes)</source>
        <translation>Das Ü&amp;bungskonto (gefahrlos zum Ausprobieren; nichts Echtes wird geändert)</translation>
    </message>
    <message>
        <source>The practice account (safe to try; nothing real changes)</source>
        <translation>Das Übungskonto (gefahrlos zum Ausprobieren; nichts Echtes wird geändert)</translation>
    </message>
    <message>
        <source>Your private &amp;API key (the long password your website uses for Mailgun):</source>
        <translation>Ihr privater &amp;API-Schlüssel (das lange Passwort, mit dem Ihre Website Mailgun nutzt):</translation>
    </message>
    <message>
        <source>Private API key</source>
        <translation>Privater API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste your key here</source>
        <translation>Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <source>&amp;Check key</source>
        <translation>Schlüssel &amp;prüfen</translation>
    </message>
    <message>
        <source>Check key</source>
        <translation>Schlüssel prüfen</translation>
    </message>
    <message>
        <source>Key format</source>
        <translation>Schlüsselformat</translation>
    </message>
    <message>
        <source>Where do I find my key?</source>
        <translation>Wo finde ich meinen Schlüssel?</translation>
    </message>
    <message>
        <source>Open API Security</source>
        <translation>„API Security“ öffnen</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>What the result means</source>
        <translation>Was das Ergebnis bedeutet</translation>
    </message>
    <message>
        <source>Continue without connecting: I will do the steps by hand in the Mailgun Control Panel</source>
        <translation>Ohne Verbindung weitermachen: Ich erledige die Schritte von Hand im Mailgun Control Panel</translation>
    </message>
    <message>
        <source>Continue without connecting</source>
        <translation>Ohne Verbindung weitermachen</translation>
    </message>
    <message>
        <source>You will do every step by hand in the Mailgun Control Panel, with instructions from the assistant.</source>
        <translation>Sie erledigen jeden Schritt von Hand im Mailgun Control Panel. Der Assistent zeigt Ihnen, wie.</translation>
    </message>
    <message>
        <source>The practice account could not start.</source>
        <translation>Das Übungskonto konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Checking your key with Mailgun…</source>
        <translation>Ihr Schlüssel wird bei Mailgun geprüft…</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>When you replaced the API key in step 2, the assistant saved the new key in this computer&apos;s keychain. You do not need to type it.</source>
        <translation>Als Sie in Schritt 2 den API-Schlüssel ersetzt haben, hat der Assistent den neuen Schlüssel im Schlüsselbund dieses Computers gespeichert. Sie müssen ihn nicht eintippen.</translation>
    </message>
    <message>
        <source>&amp;Use the new key saved by this program</source>
        <translation>Den von diesem Programm gespeicherten neuen Schlüssel &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the new key saved by this program</source>
        <translation>Den von diesem Programm gespeicherten neuen Schlüssel verwenden</translation>
    </message>
    <message>
        <source>Saved key</source>
        <translation>Gespeicherter Schlüssel</translation>
    </message>
    <message>
        <source>Reading the saved key from the keychain…</source>
        <translation>Der gespeicherte Schlüssel wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The saved key (%1) is filled in. The assistant checks it now.</source>
        <translation>Der gespeicherte Schlüssel (%1) ist eingetragen. Der Assistent prüft ihn jetzt.</translation>
    </message>
    <message>
        <source>The saved key could not be read: the keychain gave back something that is not an API key.</source>
        <translation>Der gespeicherte Schlüssel konnte nicht gelesen werden: Der Schlüsselbund hat etwas zurückgegeben, das kein API-Schlüssel ist.</translation>
    </message>
    <message>
        <source>The saved key could not be read: the keychain has no entry &quot;%1&quot; any more. It may have been removed.</source>
        <translation>Der gespeicherte Schlüssel konnte nicht gelesen werden: Im Schlüsselbund gibt es keinen Eintrag „%1“ mehr. Vielleicht wurde er entfernt.</translation>
    </message>
    <message>
        <source>The saved key could not be read: no keychain (the password store of your computer) is running.</source>
        <translation>Der gespeicherte Schlüssel konnte nicht gelesen werden: Es läuft kein Schlüsselbund (der Passwortspeicher Ihres Computers).</translation>
    </message>
    <message>
        <source>The saved key could not be read. %1</source>
        <translation>Der gespeicherte Schlüssel konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>%1
Paste the new key below instead: use the copy you kept in step 2, or create another key in the Mailgun Control Panel.</source>
        <translation>%1
Fügen Sie stattdessen unten den neuen Schlüssel ein: Verwenden Sie die Kopie, die Sie in Schritt 2 aufbewahrt haben, oder legen Sie im Mailgun Control Panel einen weiteren Schlüssel an.</translation>
    </message>
    <message>
        <source>Sign in at app.mailgun.com and open Account settings, then API Security. Mailgun shows a key in full only once, when you make it. So you may need to make a new one there.</source>
        <translation>Melden Sie sich auf app.mailgun.com an und öffnen Sie „Account settings“, dann „API Security“. Mailgun zeigt einen Schlüssel nur einmal vollständig an: wenn Sie ihn erstellen. Eventuell müssen Sie dort also einen neuen erstellen.</translation>
    </message>
    <message>
        <source>Your key stays in this computer&apos;s memory. The program sends it only to Mailgun.</source>
        <translation>Ihr Schlüssel bleibt im Arbeitsspeicher dieses Computers. Das Programm sendet ihn nur an Mailgun.</translation>
    </message>
    <message>
        <source>The practice account acts like Mailgun but runs on this computer. The program fills in its key for you. Click &quot;Check key&quot; to see what the assistant finds.</source>
        <translation>Das Übungskonto verhält sich wie Mailgun, läuft aber auf diesem Computer. Das Programm trägt seinen Schlüssel für Sie ein. Klicken Sie auf „Schlüssel prüfen“, um zu sehen, was der Assistent findet.</translation>
    </message>
</context>
<context>
    <name>ConsoleOutput</name>
    <message>
        <source>The findings could not be saved in the record of your recovery, so step 2 and the report will not show them. Check that the disk is not full, then run the command again.</source>
        <translation>Die Funde konnten nicht in der Aufzeichnung Ihrer Wiederherstellung gespeichert werden. Deshalb zeigen Schritt 2 und der Bericht sie nicht. Prüfen Sie, ob die Festplatte voll ist, und führen Sie den Befehl dann noch einmal aus.</translation>
    </message>
</context>
<context>
    <name>DisableSubaccountCommand</name>
    <message>
        <source>Name one subaccount by its id: mailgun-recovery disable-subaccount ID. Run mailgun-recovery audit to see the ids.</source>
        <translation>Geben Sie ein Unterkonto mit seiner ID an: mailgun-recovery disable-subaccount ID. Mit mailgun-recovery audit sehen Sie die IDs.</translation>
    </message>
    <message>
        <source>Reading the subaccounts…</source>
        <translation>Die Unterkonten werden gelesen…</translation>
    </message>
    <message>
        <source>Mailgun lists no subaccount with the id %1. Nothing was changed.</source>
        <translation>Mailgun führt kein Unterkonto mit der ID %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The subaccount “%1” is already disabled.</source>
        <translation>Das Unterkonto „%1“ ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>The subaccount “%1” is %2, so it cannot be disabled.</source>
        <translation>Das Unterkonto „%1“ hat den Status %2 und kann deshalb nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>Disable the subaccount “%1”?</source>
        <translation>Das Unterkonto „%1“ deaktivieren?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ExtraKeyRegeneration</name>
    <message>
        <source>The public validation key was not replaced.</source>
        <translation>Der öffentliche Validierungsschlüssel wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>The webhook signing key was not replaced.</source>
        <translation>Der Webhook-Signaturschlüssel wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Nothing was replaced, because the record of your recovery cannot be saved: %1 Make room on the disk (or make the folder writable), then try again.</source>
        <translation>Es wurde nichts ersetzt, weil die Aufzeichnung Ihrer Wiederherstellung nicht gespeichert werden kann: %1 Schaffen Sie Platz auf der Festplatte (oder machen Sie den Ordner beschreibbar) und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The record of your recovery could not be saved, so the report will not list this change yet: %1</source>
        <translation>Die Aufzeichnung Ihrer Wiederherstellung konnte nicht gespeichert werden. Deshalb führt der Bericht diese Änderung noch nicht auf: %1</translation>
    </message>
</context>
<context>
    <name>ExtraKeysPanel</name>
    <message>
        <source>Two more keys you may want to replace (optional)</source>
        <translation>Zwei weitere Schlüssel, die Sie vielleicht ersetzen möchten (freiwillig)</translation>
    </message>
    <message>
        <source>Webhook signing key</source>
        <translation>Webhook-Signaturschlüssel</translation>
    </message>
    <message>
        <source>Mailgun signs the messages it sends to your website about your emails (webhooks) with this key. Whoever got into your account may know it and could send your website fake messages. After you replace it, your website refuses Mailgun&apos;s messages until you put the new key into its settings.</source>
        <translation>Mailgun unterschreibt mit diesem Schlüssel die Nachrichten, die es Ihrer Website über Ihre E-Mails schickt (Webhooks). Wer in Ihr Konto eingedrungen ist, kennt ihn vielleicht und könnte Ihrer Website gefälschte Nachrichten schicken. Nachdem Sie ihn ersetzt haben, lehnt Ihre Website die Nachrichten von Mailgun ab, bis Sie den neuen Schlüssel in ihre Einstellungen eintragen.</translation>
    </message>
    <message>
        <source>Replace the webhook signing key</source>
        <translation>Den Webhook-Signaturschlüssel ersetzen</translation>
    </message>
    <message>
        <source>Public validation key</source>
        <translation>Öffentlicher Validierungsschlüssel</translation>
    </message>
    <message>
        <source>Older web forms use this key to check email addresses as people type them. If your forms use it, they stop checking addresses until you give them the new key. If you do not know it, you most likely do not use it.</source>
        <translation>Ältere Webformulare verwenden diesen Schlüssel, um E-Mail-Adressen schon während der Eingabe zu prüfen. Wenn Ihre Formulare ihn verwenden, prüfen sie keine Adressen mehr, bis Sie ihnen den neuen Schlüssel geben. Wenn Sie ihn nicht kennen, verwenden Sie ihn sehr wahrscheinlich nicht.</translation>
    </message>
    <message>
        <source>Replace the public validation key</source>
        <translation>Den öffentlichen Validierungsschlüssel ersetzen</translation>
    </message>
    <message>
        <source>Replacing…</source>
        <translation>Wird ersetzt…</translation>
    </message>
    <message>
        <source>Replaced. The new key is below and in this computer&apos;s keychain under &quot;%1&quot;, entry %2.</source>
        <translation>Ersetzt. Der neue Schlüssel steht unten und im Schlüsselbund dieses Computers unter „%1“, Eintrag %2.</translation>
    </message>
    <message>
        <source>Replaced, but the keychain could not keep it: %1 Copy the new key below now; it is not shown again.</source>
        <translation>Ersetzt, aber der Schlüsselbund konnte ihn nicht aufbewahren: %1 Kopieren Sie den neuen Schlüssel jetzt unten; er wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>Replace this key now?</source>
        <translation>Diesen Schlüssel jetzt ersetzen?</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>For your information</source>
        <translation>Zu Ihrer Information</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>How serious</source>
        <translation>Wie ernst</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Wo: %1</translation>
    </message>
    <message>
        <source>Value (hidden in part): %1</source>
        <translation>Wert (teilweise verborgen): %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
</context>
<context>
    <name>FindingsTable</name>
    <message>
        <source>What was found, most serious first</source>
        <translation>Was gefunden wurde, das Wichtigste zuerst</translation>
    </message>
</context>
<context>
    <name>FolderScanPanel</name>
    <message>
        <source>Pick the folders to look through: your website&apos;s files, a backup you downloaded from your hosting, or a project on this computer. Nothing leaves this computer.</source>
        <translation>Wählen Sie die Ordner, die durchsucht werden sollen: die Dateien Ihrer Website, eine Sicherung, die Sie von Ihrem Hosting heruntergeladen haben, oder ein Projekt auf diesem Computer. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Folders to look through</source>
        <translation>Zu durchsuchende Ordner</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Also look inside downloaded libraries (node_modules, vendor). Slower.</source>
        <translation>Auch in heruntergeladenen Bibliotheken suchen (node_modules, vendor). Langsamer.</translation>
    </message>
    <message>
        <source>Look through these folders</source>
        <translation>Diese Ordner durchsuchen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Pick a folder to look through</source>
        <translation>Ordner zum Durchsuchen auswählen</translation>
    </message>
    <message>
        <source>Reading the list of your API keys…</source>
        <translation>Liste Ihrer API-Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <source>Looking through the folders…</source>
        <translation>Die Ordner werden durchsucht…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Stopped before anything was looked at.</source>
        <translation>Angehalten, bevor etwas durchgesehen wurde.</translation>
    </message>
    <message>
        <source>No Mailgun keys, passwords or risky files were found here.</source>
        <translation>Hier wurden keine Mailgun-Schlüssel, Passwörter oder riskanten Dateien gefunden.</translation>
    </message>
    <message>
        <source>This folder could not be found: %1</source>
        <translation>Dieser Ordner wurde nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Files that could not be opened: %1. They may belong to another user.</source>
        <translation>Dateien, die nicht geöffnet werden konnten: %1. Sie gehören vielleicht einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>The findings could not be saved for the report. Check that the disk is not full.</source>
        <translation>Die Funde konnten nicht für den Bericht gespeichert werden. Prüfen Sie, ob die Festplatte voll ist.</translation>
    </message>
    <message>
        <source>Files looked at so far: %1 (%2)…</source>
        <translation>Bisher durchgesehene Dateien: %1 (%2)…</translation>
    </message>
    <message>
        <source>Stopped. Files looked at before that: %1 (%2).</source>
        <translation>Angehalten. Bis dahin durchgesehene Dateien: %1 (%2).</translation>
    </message>
    <message>
        <source>Files looked at: %1 (%2).</source>
        <translation>Durchgesehene Dateien: %1 (%2).</translation>
    </message>
    <message>
        <source>Things to fix: %1. The most serious come first. Fix them before step 2, or the new key can leak the same way.</source>
        <translation>Zu beheben: %1. Die schwersten kommen zuerst. Beheben Sie sie vor Schritt 2, sonst kann der neue Schlüssel auf dieselbe Weise nach außen gelangen.</translation>
    </message>
</context>
<context>
    <name>ForwardingFindings</name>
    <message>
        <source>A route is a rule that handles mail sent to your domains.</source>
        <translation>Eine Route ist eine Regel, die E-Mails an Ihre Domains verarbeitet.</translation>
    </message>
    <message>
        <source>A route copies all incoming mail to %1</source>
        <translation>Eine Route kopiert alle eingehenden E-Mails an %1</translation>
    </message>
    <message>
        <source>A route catches all mail sent to your domains</source>
        <translation>Eine Route fängt alle E-Mails an Ihre Domains ab</translation>
    </message>
    <message>
        <source>The route %1 (%2) matches every address, created %3. Its actions: %4.</source>
        <translation>Die Route %1 (%2) passt auf jede Adresse, erstellt %3. Ihre Aktionen: %4.</translation>
    </message>
    <message>
        <source>A route forwards mail to %1, outside your domains</source>
        <translation>Eine Route leitet E-Mails an %1 weiter, außerhalb Ihrer Domains</translation>
    </message>
    <message>
        <source>The route %1 matches %2 and was created %3. Its actions: %4.</source>
        <translation>Die Route %1 passt auf %2 und wurde %3 erstellt. Ihre Aktionen: %4.</translation>
    </message>
    <message>
        <source>It was created after the incident started.</source>
        <translation>Der Eintrag wurde nach Beginn des Vorfalls erstellt.</translation>
    </message>
    <message>
        <source>Unless you set it up, delete this route in the Control Panel (Receiving, Routes), and tell Mailgun support that mail may have been copied.</source>
        <translation>Wenn Sie diese Route nicht selbst eingerichtet haben, löschen Sie sie im Control Panel (Receiving, Routes). Teilen Sie dem Mailgun-Support mit, dass Mails kopiert worden sein könnten.</translation>
    </message>
    <message>
        <source>A webhook makes Mailgun send details of your mail (who it went to, opens, bounces) to a web address.</source>
        <translation>Ein Webhook lässt Mailgun Details zu Ihren Mails (an wen sie gingen, Öffnungen, Rückläufer) an eine Webadresse senden.</translation>
    </message>
    <message>
        <source>A webhook of %1 sends mail events to an unknown web address, %2</source>
        <translation>Ein Webhook von %1 sendet Mail-Ereignisse an eine unbekannte Webadresse, %2</translation>
    </message>
    <message>
        <source>This one sends the events %1 to %2, which is not under any of your domains.</source>
        <translation>Dieser sendet die Ereignisse %1 an %2. Diese Adresse gehört zu keiner Ihrer Domains.</translation>
    </message>
    <message>
        <source>Unless you know this address, delete the webhook in the Control Panel (Sending, Webhooks, domain %1).</source>
        <translation>Wenn Sie diese Adresse nicht kennen, löschen Sie den Webhook im Control Panel (Sending, Webhooks, Domain %1).</translation>
    </message>
    <message>
        <source>An account-wide webhook sends the events of all your domains to an unknown web address, %1</source>
        <translation>Ein kontoweiter Webhook sendet die Ereignisse aller Ihrer Domains an eine unbekannte Webadresse, %1</translation>
    </message>
    <message>
        <source>This one covers every domain in the %1 and sends %2 to %3. It was created %4.</source>
        <translation>Dieser gilt für jede Domain in der Region %1 und sendet %2 an %3. Er wurde %4 erstellt.</translation>
    </message>
    <message>
        <source>That is after the incident started.</source>
        <translation>Das war nach Beginn des Vorfalls.</translation>
    </message>
    <message>
        <source>Unless you know this address, delete the webhook in the Control Panel (Sending, Webhooks, account webhooks).</source>
        <translation>Wenn Sie diese Adresse nicht kennen, löschen Sie den Webhook im Control Panel (Sending, Webhooks, Konto-Webhooks).</translation>
    </message>
    <message>
        <source>A copy of every message sent from %1 goes to %2, outside your domains</source>
        <translation>Eine Kopie jeder Nachricht, die von %1 gesendet wird, geht an %2, außerhalb Ihrer Domains</translation>
    </message>
    <message>
        <source>A copy of every message sent from %1 goes to %2</source>
        <translation>Eine Kopie jeder Nachricht, die von %1 gesendet wird, geht an %2</translation>
    </message>
    <message>
        <source>Unless you set this up, clear the setting for %1 at once and tell Mailgun support that your mail was copied.</source>
        <translation>Wenn Sie das nicht eingerichtet haben, löschen Sie die Einstellung für %1 sofort und teilen Sie dem Mailgun-Support mit, dass Ihre E-Mails kopiert wurden.</translation>
    </message>
    <message>
        <source>Check that this address is yours and still needed.</source>
        <translation>Prüfen Sie, ob diese Adresse Ihnen gehört und noch gebraucht wird.</translation>
    </message>
    <message>
        <source>The domain&apos;s “archive to” setting makes Mailgun post a full copy of each delivered message to %1.</source>
        <translation>Die Einstellung „Archive to“ der Domain bewirkt, dass Mailgun eine vollständige Kopie jeder zugestellten Nachricht an %1 sendet.</translation>
    </message>
    <message>
        <source>It also receives the events of your subaccounts&apos; domains.</source>
        <translation>Er erhält auch die Ereignisse der Domains Ihrer Unterkonten.</translation>
    </message>
</context>
<context>
    <name>GitHistorySummaryText</name>
    <message numerus="yes">
        <source>%n commit(s)</source>
        <translation>
            <numerusform>%n Commit</numerusform>
            <numerusform>%n Commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file version(s)</source>
        <translation>
            <numerusform>%n Dateiversion</numerusform>
            <numerusform>%n Dateiversionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the code history (git) of %n folder(s): %1 and %2.</source>
        <translation>
            <numerusform>Code-Historie (git) von %n Ordner gelesen: %1 und %2.</numerusform>
            <numerusform>Code-Historie (git) von %n Ordnern gelesen: %1 und %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file version(s) in the code history were larger than %1 and were not read.</source>
        <translation>
            <numerusform>%n Dateiversion in der Code-Historie war größer als %1 und wurde nicht gelesen.</numerusform>
            <numerusform>%n Dateiversionen in der Code-Historie waren größer als %1 und wurden nicht gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code history folder(s) could not be read to the end. Keys in the part not read were not looked for:</source>
        <translation>
            <numerusform>%n Ordner mit Code-Historie konnte nicht bis zum Ende gelesen werden. Im ungelesenen Teil wurde nicht nach Schlüsseln gesucht:</numerusform>
            <numerusform>%n Ordner mit Code-Historie konnten nicht bis zum Ende gelesen werden. Im ungelesenen Teil wurde nicht nach Schlüsseln gesucht:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code history link(s) lead outside the folders you picked and were not followed. Add those folders to read them:</source>
        <translation>
            <numerusform>%n Verweis auf eine Code-Historie führt aus den Ordnern hinaus, die Sie gewählt haben, und wurde nicht verfolgt. Fügen Sie diese Ordner hinzu, um sie zu lesen:</numerusform>
            <numerusform>%n Verweise auf eine Code-Historie führen aus den Ordnern hinaus, die Sie gewählt haben, und wurden nicht verfolgt. Fügen Sie diese Ordner hinzu, um sie zu lesen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitHistoryText</name>
    <message>
        <source>In the history of %1: %2, commit %3 of %4 (deleted since)</source>
        <translation>In der Historie von %1: %2, Commit %3 vom %4 (inzwischen gelöscht)</translation>
    </message>
    <message>
        <source>In the history of %1: %2, commit %3 of %4 (changed since)</source>
        <translation>In der Historie von %1: %2, Commit %3 vom %4 (inzwischen geändert)</translation>
    </message>
    <message>
        <source>In the history of %1: %2, commit %3 of %4</source>
        <translation>In der Historie von %1: %2, Commit %3 vom %4</translation>
    </message>
    <message>
        <source>This key can send email for one domain. Replace it in the Mailgun Control Panel (API Security).</source>
        <translation>Dieser Schlüssel kann E-Mails für eine Domain senden. Ersetzen Sie ihn im Mailgun Control Panel (Seite „API Security“).</translation>
    </message>
    <message>
        <source>With this key, anyone can send fake Mailgun events to your website. Replace the webhook signing key in Mailgun.</source>
        <translation>Mit diesem Schlüssel kann jeder gefälschte Mailgun-Ereignisse an Ihre Website senden. Ersetzen Sie den Webhook-Signaturschlüssel in Mailgun.</translation>
    </message>
    <message>
        <source>This key can only check email addresses; it cannot send mail.</source>
        <translation>Dieser Schlüssel kann nur E-Mail-Adressen prüfen; er kann keine E-Mails senden.</translation>
    </message>
    <message>
        <source>Anyone can send email with this password. Reset it in Mailgun (step 3).</source>
        <translation>Jeder kann mit diesem Passwort E-Mails senden. Setzen Sie es in Mailgun zurück (Schritt 3).</translation>
    </message>
    <message>
        <source>Anyone can use this key. Delete it in Mailgun and make a new one (step 2).</source>
        <translation>Jeder kann diesen Schlüssel verwenden. Löschen Sie ihn in Mailgun und legen Sie einen neuen an (Schritt 2).</translation>
    </message>
    <message>
        <source>It is in the code history: commit %1 of %2 added it.</source>
        <translation>Gefunden in der Code-Historie: hinzugefügt mit Commit %1 vom %2.</translation>
    </message>
    <message>
        <source>It is in the code history: commit %1 of %2 by %3 added it.</source>
        <translation>Gefunden in der Code-Historie: hinzugefügt von %3 mit Commit %1 vom %2.</translation>
    </message>
    <message>
        <source>Deleting the file or the line does not remove it. Anyone with a copy of this code history, or of the .git folder on your website, can still read it.</source>
        <translation>Es hilft nicht, die Datei oder die Zeile zu löschen. Wer eine Kopie dieser Code-Historie oder des .git-Ordners auf Ihrer Website hat, kann den Schlüssel oder das Passwort weiterhin lesen.</translation>
    </message>
    <message>
        <source>Rewriting the history is not enough, because copies of it already exist.</source>
        <translation>Es reicht nicht, die Historie umzuschreiben, denn es gibt bereits Kopien davon.</translation>
    </message>
    <message>
        <source>This code history is in the public website folder, so anyone may have downloaded it.</source>
        <translation>Diese Code-Historie liegt im öffentlichen Website-Ordner. Jeder könnte sie also heruntergeladen haben.</translation>
    </message>
</context>
<context>
    <name>GuidedChecklistWidget</name>
    <message>
        <source>What to do</source>
        <translation>So gehen Sie vor</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser</source>
        <translation>Öffnet %1 in Ihrem Webbrowser</translation>
    </message>
    <message>
        <source>Tick each item when you have done it</source>
        <translation>Haken Sie jeden Punkt ab, sobald Sie ihn erledigt haben</translation>
    </message>
</context>
<context>
    <name>GuidedStepPage</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Every item is ticked: this step is done.</source>
        <translation>Alle Punkte sind abgehakt: Dieser Schritt ist erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) ticked. You can come back to this step at any time.</source>
        <translation>
            <numerusform>%1 von %n Punkt abgehakt. Sie können jederzeit zu diesem Schritt zurückkehren.</numerusform>
            <numerusform>%1 von %n Punkten abgehakt. Sie können jederzeit zu diesem Schritt zurückkehren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InUseKeyPicker</name>
    <message>
        <source>The key you gave this program</source>
        <translation>Der Schlüssel, den Sie diesem Programm gegeben haben</translation>
    </message>
    <message>
        <source>This is the key I gave</source>
        <translation>Diesen Schlüssel habe ich angegeben</translation>
    </message>
    <message>
        <source>Mark the chosen key as the one you gave this program</source>
        <translation>Den gewählten Schlüssel als den markieren, den Sie diesem Programm gegeben haben</translation>
    </message>
    <message>
        <source>You said the key you gave this program is &quot;%1&quot;. It is deleted last, after the new key works.</source>
        <translation>Laut Ihrer Angabe ist „%1“ der Schlüssel, den Sie diesem Programm gegeben haben. Er wird als letzter gelöscht, wenn der neue Schlüssel funktioniert.</translation>
    </message>
    <message>
        <source>The program cannot tell which of these keys is the one you gave it. Older keys (they start with &quot;key-&quot;) do not show which entry is theirs. If you know which one it is, pick it here. If you do not, no key is marked as in use.</source>
        <translation>Das Programm kann nicht erkennen, welcher dieser Schlüssel der ist, den Sie ihm gegeben haben. Bei älteren Schlüsseln (sie beginnen mit „key-“) ist nicht zu sehen, welcher Eintrag zu ihnen gehört. Wenn Sie wissen, welcher es ist, wählen Sie ihn hier aus. Wenn nicht, wird kein Schlüssel als verwendet markiert.</translation>
    </message>
    <message>
        <source>Choose the key you gave…</source>
        <translation>Angegebenen Schlüssel auswählen…</translation>
    </message>
    <message>
        <source>%1 (%2, created %3)</source>
        <translation>%1 (%2, angelegt am %3)</translation>
    </message>
</context>
<context>
    <name>IncidentStartEdit</name>
    <message>
        <source>When did the trouble start?</source>
        <translation>Wann haben die Probleme begonnen?</translation>
    </message>
    <message>
        <source>The program marks keys, logins and rules made after this moment as new. Not sure? Pick a day a little earlier.</source>
        <translation>Das Programm markiert Schlüssel, Logins und Regeln als neu, wenn jemand sie nach diesem Zeitpunkt erstellt hat. Unsicher? Wählen Sie einen etwas früheren Tag.</translation>
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
        <translation>Ihre Dateien</translation>
    </message>
    <message>
        <source>Your website</source>
        <translation>Ihre Website</translation>
    </message>
    <message>
        <source>Your Mailgun account</source>
        <translation>Ihr Mailgun-Konto</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The record of your progress could not be opened: %1</source>
        <translation>Die Aufzeichnung Ihres Fortschritts konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The old record of your progress could not be put aside.</source>
        <translation>Die alte Aufzeichnung Ihres Fortschritts konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>Your progress could not be saved to %1: %2</source>
        <translation>Ihr Fortschritt konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Another window of the assistant (or a command in a terminal) is working on your recovery right now. Finish or close it first, then try again. Nothing was changed.</source>
        <translation>Ein anderes Fenster des Assistenten (oder ein Befehl in einem Terminal) arbeitet gerade an Ihrer Wiederherstellung. Beenden oder schließen Sie es zuerst und versuchen Sie es dann noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The record of your progress could not be opened for writing in %1. Nothing was changed.</source>
        <translation>Die Aufzeichnung Ihres Fortschritts in %1 konnte nicht zum Schreiben geöffnet werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Part of the record of your progress was damaged. The assistant kept everything it could read, and a copy of the damaged file as %1.</source>
        <translation>Ein Teil der Aufzeichnung Ihres Fortschritts war beschädigt. Der Assistent hat alles behalten, was er lesen konnte, und eine Kopie der beschädigten Datei unter %1 abgelegt.</translation>
    </message>
    <message>
        <source>Part of the record of your progress was damaged. The assistant kept everything it could read and left the file as it was.</source>
        <translation>Ein Teil der Aufzeichnung Ihres Fortschritts war beschädigt. Der Assistent hat alles behalten, was er lesen konnte, und die Datei so gelassen, wie sie war.</translation>
    </message>
</context>
<context>
    <name>KeyFindings</name>
    <message>
        <source>This is the key this program is using right now.</source>
        <translation>Das ist der Schlüssel, den dieses Programm gerade verwendet.</translation>
    </message>
    <message>
        <source>Each sign-in to the Control Panel creates a short-lived “web” key. This one was created after the incident started.</source>
        <translation>Jede Anmeldung im Control Panel erzeugt einen kurzlebigen „web“-Schlüssel. Dieser wurde nach Beginn des Vorfalls erstellt.</translation>
    </message>
    <message>
        <source>If this was not you or a colleague, the password of that user is known to someone else: change it and turn on two-factor sign-in (steps 4 and 5).</source>
        <translation>Wenn das nicht Sie oder ein Kollege waren, kennt jemand anderes das Passwort dieses Benutzers: Ändern Sie es und schalten Sie die Zwei-Faktor-Anmeldung ein (Schritte 4 und 5).</translation>
    </message>
    <message>
        <source>This is %1 (role: %2). An API key lets whoever holds it send mail and change settings through Mailgun&apos;s programming interface.</source>
        <translation>Das ist %1 (Rolle: %2). Mit einem API-Schlüssel kann jeder, der ihn besitzt, über die Programmierschnittstelle von Mailgun E-Mails senden und Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Step 2 replaces the key you are using with a new one and then deletes this one.</source>
        <translation>Schritt 2 ersetzt den Schlüssel, den Sie verwenden, durch einen neuen und löscht dann diesen hier.</translation>
    </message>
    <message>
        <source>You are using %1</source>
        <translation>Sie verwenden %1</translation>
    </message>
    <message>
        <source>If this key leaked, whoever has it can use it until it is deleted.</source>
        <translation>Falls dieser Schlüssel nach außen gelangt ist, kann ihn jeder nutzen, der ihn hat – bis er gelöscht wird.</translation>
    </message>
    <message>
        <source>Step 2 replaces it with a new key and deletes the old keys.</source>
        <translation>Schritt 2 ersetzt ihn durch einen neuen Schlüssel und löscht die alten Schlüssel.</translation>
    </message>
    <message>
        <source>Someone signed in to the Mailgun Control Panel %1 (%2)</source>
        <translation>Jemand hat sich %1 im Mailgun Control Panel angemeldet (%2)</translation>
    </message>
    <message>
        <source>Whoever makes a key can write any name as its creator, so the recorded name does not prove who made it.</source>
        <translation>Wer einen Schlüssel erstellt, kann einen beliebigen Namen als Ersteller eintragen. Der eingetragene Name beweist also nicht, wer ihn erstellt hat.</translation>
    </message>
    <message>
        <source>Unless you made it yourself after the incident started, delete it in step 2.</source>
        <translation>Wenn Sie ihn nicht selbst nach Beginn des Vorfalls erstellt haben, löschen Sie ihn in Schritt 2.</translation>
    </message>
    <message>
        <source>no creator recorded</source>
        <translation>kein Ersteller eingetragen</translation>
    </message>
    <message>
        <source>recorded as %1</source>
        <translation>eingetragen als %1</translation>
    </message>
    <message>
        <source>recorded as %1 &lt;%2&gt;</source>
        <translation>eingetragen als %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>The program cannot tell which of your listed keys is the one you gave it</source>
        <translation>Das Programm kann nicht erkennen, welcher Ihrer aufgeführten Schlüssel der ist, den Sie ihm gegeben haben</translation>
    </message>
    <message>
        <source>Older keys (they start with “key-”) do not show which entry of the key list is theirs, and neither does a key from another account.</source>
        <translation>Bei älteren Schlüsseln (sie beginnen mit „key-“) ist nicht zu sehen, welcher Eintrag der Schlüsselliste zu ihnen gehört. Dasselbe gilt für einen Schlüssel aus einem anderen Konto.</translation>
    </message>
    <message>
        <source>In step 2 you can pick it from the list (by its name, kind, role and creation date). Step 2 replaces it with a new key either way.</source>
        <translation>In Schritt 2 können Sie ihn aus der Liste auswählen (nach Name, Art, Rolle und Erstellungsdatum). Schritt 2 ersetzt ihn in jedem Fall durch einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Someone made an API key %1, after the incident started</source>
        <translation>Jemand hat %1 einen API-Schlüssel erstellt, nach Beginn des Vorfalls</translation>
    </message>
</context>
<context>
    <name>KeyFormat</name>
    <message>
        <source>This looks like a Mailgun API key.</source>
        <translation>Das sieht nach einem Mailgun-API-Schlüssel aus.</translation>
    </message>
    <message>
        <source>This looks like an older Mailgun API key (it starts with &quot;key-&quot;).</source>
        <translation>Das sieht nach einem älteren Mailgun-API-Schlüssel aus (er beginnt mit „key-“).</translation>
    </message>
    <message>
        <source>This is the public key. It cannot manage your account. Paste your private API key instead.</source>
        <translation>Das ist der öffentliche Schlüssel. Mit ihm lässt sich Ihr Konto nicht verwalten. Fügen Sie stattdessen Ihren privaten API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>The key has spaces or line breaks in it. Copy it again without them.</source>
        <translation>Der Schlüssel enthält Leerzeichen oder Zeilenumbrüche. Kopieren Sie ihn noch einmal ohne diese.</translation>
    </message>
    <message>
        <source>The key looks incomplete. Paste the whole key.</source>
        <translation>Der Schlüssel scheint unvollständig zu sein. Fügen Sie den ganzen Schlüssel ein.</translation>
    </message>
    <message>
        <source>This does not look like a Mailgun API key. A key is a long mix of numbers and the letters a to f, with two dashes near the end.</source>
        <translation>Das sieht nicht nach einem Mailgun-API-Schlüssel aus. Ein Schlüssel ist eine lange Folge aus Ziffern und den Buchstaben a bis f, mit zwei Bindestrichen kurz vor dem Ende.</translation>
    </message>
</context>
<context>
    <name>KeyInput</name>
    <message>
        <source>Mailgun API key (not shown as you type): </source>
        <translation>Mailgun-API-Schlüssel (wird bei der Eingabe nicht angezeigt): </translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2</source>
        <translation>Die Schlüsseldatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The key file %1 is empty.</source>
        <translation>Die Schlüsseldatei %1 ist leer.</translation>
    </message>
    <message>
        <source>No key was typed.</source>
        <translation>Es wurde kein Schlüssel eingegeben.</translation>
    </message>
    <message>
        <source>No API key given. Set MAILGUN_API_KEY, use --key-file PATH, or run this in a terminal to type it.</source>
        <translation>Kein API-Schlüssel angegeben. Setzen Sie MAILGUN_API_KEY, verwenden Sie --key-file PFAD, oder starten Sie das Programm in einem Terminal, um den Schlüssel einzugeben.</translation>
    </message>
</context>
<context>
    <name>KeyPlanTable</name>
    <message>
        <source>Your API keys; ticked keys are deleted</source>
        <translation>Ihre API-Schlüssel; angekreuzte Schlüssel werden gelöscht</translation>
    </message>
</context>
<context>
    <name>KeyRetest</name>
    <message>
        <source>WARNING: the old key %1 STILL WORKS (Mailgun accepted it at %2). Delete it now in the Control Panel (API Security), then check again.</source>
        <translation>WARNUNG: Der alte Schlüssel %1 FUNKTIONIERT NOCH (Mailgun hat ihn am %2 angenommen). Löschen Sie ihn jetzt im Control Panel (Seite „API Security“) und prüfen Sie dann noch einmal.</translation>
    </message>
    <message>
        <source>The old key %1 is dead: Mailgun refused it at %2.</source>
        <translation>Der alte Schlüssel %1 ist unwirksam: Mailgun hat ihn am %2 abgelehnt.</translation>
    </message>
    <message>
        <source>The sending key %1 was deleted from the key list. A sending key cannot be tested without sending mail.</source>
        <translation>Der Sende-Schlüssel %1 wurde aus der Schlüsselliste gelöscht. Ein Sende-Schlüssel lässt sich nicht testen, ohne eine E-Mail zu senden.</translation>
    </message>
    <message>
        <source>The old key %1 could not be checked: the new key did not get through from this computer either, so a refusal would prove nothing.</source>
        <translation>Der alte Schlüssel %1 konnte nicht geprüft werden: Auch der neue Schlüssel kam von diesem Computer aus nicht durch. Eine Ablehnung würde also nichts beweisen.</translation>
    </message>
    <message>
        <source>The old key %1 could not be checked: Mailgun gave no clear answer.</source>
        <translation>Der alte Schlüssel %1 konnte nicht geprüft werden: Mailgun hat nicht eindeutig geantwortet.</translation>
    </message>
</context>
<context>
    <name>KeyRotationController</name>
    <message>
        <source>The list of API keys could not be read.</source>
        <translation>Die Liste der API-Schlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>There is no unfinished key replacement to continue.</source>
        <translation>Es gibt keinen unterbrochenen Schlüsseltausch, der fortgesetzt werden kann.</translation>
    </message>
    <message>
        <source>The list of API keys could not be read to check for a half-made key.</source>
        <translation>Die Liste der API-Schlüssel konnte nicht gelesen werden, um nach einem halb angelegten Schlüssel zu suchen.</translation>
    </message>
    <message>
        <source>A half-made key from an earlier try could not be deleted.</source>
        <translation>Ein halb angelegter Schlüssel aus einem früheren Versuch konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Mailgun did not confirm the new key after several tries. No old key was deleted. Check your connection and try again later.</source>
        <translation>Mailgun hat den neuen Schlüssel auch nach mehreren Versuchen nicht bestätigt. Kein alter Schlüssel wurde gelöscht. Prüfen Sie Ihre Internetverbindung und versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The new API key could not be created. No old key was deleted.</source>
        <translation>Der neue API-Schlüssel konnte nicht angelegt werden. Kein alter Schlüssel wurde gelöscht.</translation>
    </message>
    <message>
        <source>The keychain gave back a different key.</source>
        <translation>Der Schlüsselbund hat einen anderen Schlüssel zurückgegeben.</translation>
    </message>
    <message>
        <source>The new key did not work when it was checked. No old key was deleted.</source>
        <translation>Der neue Schlüssel hat bei der Prüfung nicht funktioniert. Kein alter Schlüssel wurde gelöscht.</translation>
    </message>
    <message>
        <source>%1 The key replacement stopped before its next change, because a restart could not continue it safely without that record. Make room on the disk (or make the folder writable), then continue the replacement.</source>
        <translation>%1 Der Schlüsseltausch wurde vor seiner nächsten Änderung angehalten, weil ein Neustart ihn ohne diese Aufzeichnung nicht sicher fortsetzen könnte. Schaffen Sie Platz auf der Festplatte (oder machen Sie den Ordner beschreibbar) und setzen Sie den Schlüsseltausch dann fort.</translation>
    </message>
    <message>
        <source>The key you gave belongs to another Mailgun account than the key replacement that was interrupted (or every key of that replacement has been deleted since). Nothing was changed. To finish it, run it again with a key of the account it was for: the key you used when it started, or the new key %1.</source>
        <translation>Der Schlüssel, den Sie angegeben haben, gehört zu einem anderen Mailgun-Konto als der unterbrochene Schlüsseltausch (oder alle Schlüssel dieses Schlüsseltauschs wurden inzwischen gelöscht). Es wurde nichts geändert. Um den Schlüsseltausch abzuschließen, starten Sie ihn noch einmal mit einem Schlüssel des Kontos, für das er gedacht war: mit dem Schlüssel, den Sie zu Beginn verwendet haben, oder mit dem neuen Schlüssel %1.</translation>
    </message>
    <message>
        <source>(not made yet)</source>
        <translation>(noch nicht angelegt)</translation>
    </message>
    <message>
        <source>The program could not check that the key you gave belongs to the account of the interrupted key replacement, so it changed nothing.</source>
        <translation>Das Programm konnte nicht prüfen, ob der Schlüssel, den Sie angegeben haben, zum Konto des unterbrochenen Schlüsseltauschs gehört. Deshalb hat es nichts geändert.</translation>
    </message>
    <message>
        <source>The new key %1 was shown before the program stopped. It is not in the keychain, so it cannot be shown again.</source>
        <translation>Der neue Schlüssel %1 wurde angezeigt, bevor das Programm unterbrochen wurde. Er ist nicht im Schlüsselbund und kann daher nicht noch einmal angezeigt werden.</translation>
    </message>
    <message>
        <source>The new key %1 is no longer in the keychain. A new key is made to replace it; no old key is deleted before that one is saved and checked.</source>
        <translation>Der neue Schlüssel %1 ist nicht mehr im Schlüsselbund. Es wird ein neuer Schlüssel angelegt, der ihn ersetzt. Kein alter Schlüssel wird gelöscht, bevor dieser gespeichert und geprüft ist.</translation>
    </message>
    <message>
        <source>The new key %1 could not be read back from the keychain &quot;%2&quot;, so no old key was deleted. Unlock the keychain (or sign in to your desktop again), then continue the replacement. You can also continue it with the new key itself if you saved it elsewhere.</source>
        <translation>Der neue Schlüssel %1 konnte nicht aus dem Schlüsselbund „%2“ zurückgelesen werden. Daher wurde kein alter Schlüssel gelöscht. Entsperren Sie den Schlüsselbund (oder melden Sie sich erneut an Ihrem Computer an) und setzen Sie den Schlüsseltausch dann fort. Sie können ihn auch mit dem neuen Schlüssel selbst fortsetzen, falls Sie diesen woanders gespeichert haben.</translation>
    </message>
    <message numerus="yes">
        <source>Mailgun has not accepted the new key yet, trying again in %n seconds (attempt %1 of %2).</source>
        <translation>
            <numerusform>Mailgun hat den neuen Schlüssel noch nicht angenommen. Neuer Versuch in %n Sekunde (Versuch %1 von %2).</numerusform>
            <numerusform>Mailgun hat den neuen Schlüssel noch nicht angenommen. Neuer Versuch in %n Sekunden (Versuch %1 von %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailgun did not accept the new key %1 after %n attempts. No old key was deleted: your old key still works. Try again in a few minutes.</source>
        <translation>
            <numerusform>Mailgun hat den neuen Schlüssel %1 nach %n Versuch nicht angenommen. Kein alter Schlüssel wurde gelöscht: Ihr alter Schlüssel funktioniert noch. Versuchen Sie es in ein paar Minuten noch einmal.</numerusform>
            <numerusform>Mailgun hat den neuen Schlüssel %1 nach %n Versuchen nicht angenommen. Kein alter Schlüssel wurde gelöscht: Ihr alter Schlüssel funktioniert noch. Versuchen Sie es in ein paar Minuten noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying the old keys once more, to prove Mailgun refuses them.</source>
        <translation>Die alten Schlüssel werden noch einmal ausprobiert, um nachzuweisen, dass Mailgun sie ablehnt.</translation>
    </message>
</context>
<context>
    <name>KeyRotationPanel</name>
    <message>
        <source>&lt;b&gt;Replace the API key for me&lt;/b&gt;</source>
        <translation>&lt;b&gt;API-Schlüssel für mich ersetzen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The program can make a new key, keep it safe in this computer&apos;s keychain, and then delete the old keys. First look at your keys: nothing changes until you agree.</source>
        <translation>Das Programm kann einen neuen Schlüssel anlegen, ihn sicher im Schlüsselbund dieses Computers aufbewahren und dann die alten Schlüssel löschen. Sehen Sie sich zuerst Ihre Schlüssel an: Nichts wird geändert, bevor Sie zustimmen.</translation>
    </message>
    <message>
        <source>A key replacement was interrupted before it was finished.</source>
        <translation>Ein Schlüsseltausch wurde unterbrochen, bevor er fertig war.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the interrupted key replacement</source>
        <translation>Den unterbrochenen Schlüsseltausch fortsetzen</translation>
    </message>
    <message>
        <source>Show my keys</source>
        <translation>Meine Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show my API keys</source>
        <translation>Meine API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>Replace the API key and delete the ticked old keys</source>
        <translation>API-Schlüssel ersetzen und die angekreuzten alten Schlüssel löschen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <source>Try the key replacement again</source>
        <translation>Den Schlüsseltausch noch einmal versuchen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>I have saved the new key somewhere safe</source>
        <translation>Ich habe den neuen Schlüssel an einem sicheren Ort gespeichert</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Continue and delete the old keys</source>
        <translation>Weiter und die alten Schlüssel löschen</translation>
    </message>
    <message>
        <source>Replace the API key</source>
        <translation>API-Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>Reading the list of keys…</source>
        <translation>Liste der Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <source>Creating the new key…</source>
        <translation>Neuer Schlüssel wird angelegt…</translation>
    </message>
    <message>
        <source>Saving it in the keychain…</source>
        <translation>Er wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Neuer Schlüssel wird geprüft…</translation>
    </message>
    <message>
        <source>Deleting old keys…</source>
        <translation>Alte Schlüssel werden gelöscht…</translation>
    </message>
    <message>
        <source>%1
No old key is deleted until you confirm below that you saved the new key.</source>
        <translation>%1
Kein alter Schlüssel wird gelöscht, bevor Sie unten bestätigen, dass Sie den neuen Schlüssel gespeichert haben.</translation>
    </message>
    <message>
        <source>✔ deleted</source>
        <translation>✔ gelöscht</translation>
    </message>
    <message>
        <source>Done: the new API key is made and working.</source>
        <translation>Fertig: Der neue API-Schlüssel ist angelegt und funktioniert.</translation>
    </message>
    <message>
        <source>Where it is kept: in this computer&apos;s keychain under &quot;%1&quot;, entry %2.</source>
        <translation>Wo er aufbewahrt wird: im Schlüsselbund dieses Computers unter „%1“, Eintrag %2.</translation>
    </message>
    <message>
        <source>Where it is kept: not stored by this program; you saved it yourself.</source>
        <translation>Wo er aufbewahrt wird: nicht von diesem Programm gespeichert; Sie haben ihn selbst gespeichert.</translation>
    </message>
    <message>
        <source>What to do now: put the new key into every website and app that used the old key, and send a test email from each one.</source>
        <translation>Was Sie jetzt tun: Tragen Sie den neuen Schlüssel in jede Website und jede App ein, die den alten Schlüssel verwendet hat, und senden Sie von jeder eine Test-E-Mail.</translation>
    </message>
    <message>
        <source>✘ still there</source>
        <translation>✘ noch vorhanden</translation>
    </message>
    <message>
        <source>Every old key you ticked is deleted.</source>
        <translation>Alle alten Schlüssel, die Sie angekreuzt haben, sind gelöscht.</translation>
    </message>
    <message>
        <source>These old keys could not be deleted and still work: %1. Delete them by hand in the Control Panel (API Security).</source>
        <translation>Diese alten Schlüssel konnten nicht gelöscht werden und funktionieren noch: %1. Löschen Sie sie von Hand im Control Panel (Seite „API Security“).</translation>
    </message>
    <message>
        <source>Replace the API key now?</source>
        <translation>Den API-Schlüssel jetzt ersetzen?</translation>
    </message>
    <message>
        <source>The program makes a new API key and saves it in this computer&apos;s keychain. Then it deletes the old keys you ticked. Old keys it deletes: %1.

Websites and apps that use an old key stop sending email until you give them the new key.</source>
        <translation>Das Programm legt einen neuen API-Schlüssel an und speichert ihn im Schlüsselbund dieses Computers. Dann löscht es die alten Schlüssel, die Sie angekreuzt haben. Alte Schlüssel, die es löscht: %1.

Websites und Apps, die einen alten Schlüssel verwenden, senden keine E-Mails mehr, bis Sie ihnen den neuen Schlüssel geben.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>The old keys it deletes, by ID:</source>
        <translation>Die alten Schlüssel, die es löscht, nach ID:</translation>
    </message>
    <message>
        <source>The new API key is made and working, but an old key still works too. Read the warning below.</source>
        <translation>Der neue API-Schlüssel ist angelegt und funktioniert, aber auch ein alter Schlüssel funktioniert noch. Lesen Sie die Warnung unten.</translation>
    </message>
    <message>
        <source>✘ still works</source>
        <translation>✘ funktioniert noch</translation>
    </message>
    <message>
        <source>Click a key to read about it and what to do with it.</source>
        <translation>Klicken Sie auf einen Schlüssel. Dann lesen Sie, was er ist und was Sie damit tun sollten.</translation>
    </message>
    <message>
        <source>The program deletes the ticked keys after it has made and saved the new key. Untick a key to keep it.</source>
        <translation>Das Programm löscht die angekreuzten Schlüssel, nachdem es den neuen Schlüssel angelegt und gespeichert hat. Entfernen Sie das Häkchen bei einem Schlüssel, um ihn zu behalten.</translation>
    </message>
</context>
<context>
    <name>KeyRotationPlan</name>
    <message>
        <source>The key you gave this program. It may be the leaked one: delete it.</source>
        <translation>Der Schlüssel, den Sie diesem Programm gegeben haben. Vielleicht ist es der gestohlene: Löschen Sie ihn.</translation>
    </message>
    <message>
        <source>A sign-in session of the Control Panel. It ends by itself within a day; signing out everywhere ends it now.</source>
        <translation>Eine Anmeldung im Control Panel. Sie endet von selbst innerhalb eines Tages; wenn Sie sich überall abmelden, endet sie sofort.</translation>
    </message>
    <message>
        <source>A sending key for %1. It can only send email for that domain. Replace it in the Control Panel if it may have leaked too.</source>
        <translation>Ein Sende-Schlüssel für %1. Er kann nur E-Mails für diese Domain senden. Ersetzen Sie ihn im Control Panel, falls auch er gestohlen sein könnte.</translation>
    </message>
    <message>
        <source>A key that can change your account. Delete it unless you are sure it did not leak; you can make a new one later.</source>
        <translation>Ein Schlüssel, der Ihr Konto ändern kann. Löschen Sie ihn, wenn Sie nicht sicher sind, dass er nicht gestohlen wurde; Sie können später einen neuen anlegen.</translation>
    </message>
    <message>
        <source>A key that can read your account. Delete it if you do not know who uses it.</source>
        <translation>Ein Schlüssel, der Ihr Konto lesen kann. Löschen Sie ihn, wenn Sie nicht wissen, wer ihn benutzt.</translation>
    </message>
    <message>
        <source>Step 1 found this key in %1. Anyone who saw it can use it: delete it.</source>
        <translation>Schritt 1 hat diesen Schlüssel in %1 gefunden. Jeder, der ihn gesehen hat, kann ihn nutzen: Löschen Sie ihn.</translation>
    </message>
    <message>
        <source>The account review in step 1 flagged this key: it is new or was made by someone who is not a user of the account. Delete it unless you know who made it.</source>
        <translation>Die Kontoprüfung in Schritt 1 hat diesen Schlüssel markiert: Er ist neu oder wurde von jemandem erstellt, der kein Benutzer des Kontos ist. Löschen Sie ihn, außer Sie wissen, wer ihn erstellt hat.</translation>
    </message>
    <message>
        <source>You said this is the key you gave this program. It may be the leaked one: delete it.</source>
        <translation>Laut Ihrer Angabe ist das der Schlüssel, den Sie diesem Programm gegeben haben. Vielleicht ist es der gestohlene: Löschen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <source>full access</source>
        <translation>voller Zugriff</translation>
    </message>
    <message>
        <source>developer access</source>
        <translation>Entwickler-Zugriff</translation>
    </message>
    <message>
        <source>sending only</source>
        <translation>nur Senden</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>nur Lesen</translation>
    </message>
    <message>
        <source>Domain, %1</source>
        <translation>Domain, %1</translation>
    </message>
    <message>
        <source>Control Panel, %1</source>
        <translation>Control Panel, %1</translation>
    </message>
    <message>
        <source>Account, %1</source>
        <translation>Konto, %1</translation>
    </message>
    <message>
        <source>(no name) %1</source>
        <translation>(ohne Namen) %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>wird verwendet</translation>
    </message>
    <message>
        <source>new since the incident</source>
        <translation>neu seit dem Vorfall</translation>
    </message>
    <message>
        <source>found exposed in step 1</source>
        <translation>in Schritt 1 ungeschützt gefunden</translation>
    </message>
    <message>
        <source>flagged in step 1</source>
        <translation>in Schritt 1 markiert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <source>About &quot;%1&quot;: %2</source>
        <translation>Zu „%1“: %2</translation>
    </message>
    <message>
        <source>in use (your choice)</source>
        <translation>wird verwendet (Ihre Angabe)</translation>
    </message>
    <message>
        <source>Creator on record</source>
        <translation>Angelegt von</translation>
    </message>
</context>
<context>
    <name>LeakFinding</name>
    <message>
        <source>Mailgun API key</source>
        <translation>Mailgun-API-Schlüssel</translation>
    </message>
    <message>
        <source>Older Mailgun API key</source>
        <translation>Älterer Mailgun-API-Schlüssel</translation>
    </message>
    <message>
        <source>Mailgun public key</source>
        <translation>Öffentlicher Mailgun-Schlüssel</translation>
    </message>
    <message>
        <source>Mailgun webhook signing key</source>
        <translation>Mailgun-Webhook-Signaturschlüssel</translation>
    </message>
    <message>
        <source>Mailgun SMTP password</source>
        <translation>Mailgun-SMTP-Passwort</translation>
    </message>
    <message>
        <source>Page that shows the server settings (phpinfo)</source>
        <translation>Seite, die die Servereinstellungen zeigt (phpinfo)</translation>
    </message>
    <message>
        <source>Settings file (.env) in the public website folder</source>
        <translation>Einstellungsdatei (.env) im öffentlichen Website-Ordner</translation>
    </message>
    <message>
        <source>Debug mode is on</source>
        <translation>Der Debug-Modus ist eingeschaltet</translation>
    </message>
    <message>
        <source>Development mode is on</source>
        <translation>Der Entwicklungsmodus ist eingeschaltet</translation>
    </message>
    <message>
        <source>Copy of the WordPress settings file (wp-config.php)</source>
        <translation>Kopie der WordPress-Einstellungsdatei (wp-config.php)</translation>
    </message>
    <message>
        <source>Code history folder (.git) in the public website folder</source>
        <translation>Ordner mit der Code-Historie (.git) im öffentlichen Website-Ordner</translation>
    </message>
    <message>
        <source>Debug log file</source>
        <translation>Debug-Protokolldatei</translation>
    </message>
    <message>
        <source>Delete this key in Mailgun and make a new one (step 2). Then remove the old key from this file.</source>
        <translation>Löschen Sie diesen Schlüssel in Mailgun und legen Sie einen neuen an (Schritt 2). Entfernen Sie dann den alten Schlüssel aus dieser Datei.</translation>
    </message>
    <message>
        <source>This key can only check email addresses; it cannot send mail. Remove it from this file if the file is public.</source>
        <translation>Dieser Schlüssel kann nur E-Mail-Adressen prüfen; er kann keine E-Mails senden. Entfernen Sie ihn aus dieser Datei, wenn die Datei öffentlich ist.</translation>
    </message>
    <message>
        <source>With this key, anyone can send fake Mailgun events to your website. Reset the webhook signing key in Mailgun and put the new one in this file.</source>
        <translation>Mit diesem Schlüssel kann jeder gefälschte Mailgun-Ereignisse an Ihre Website senden. Setzen Sie den Webhook-Signaturschlüssel in Mailgun zurück und tragen Sie den neuen in diese Datei ein.</translation>
    </message>
    <message>
        <source>Reset this SMTP password in Mailgun (step 3). Then put the new password in this file.</source>
        <translation>Setzen Sie dieses SMTP-Passwort in Mailgun zurück (Schritt 3). Tragen Sie dann das neue Passwort in diese Datei ein.</translation>
    </message>
    <message>
        <source>Remove this file from your web server. This page shows your server&apos;s settings, including passwords, to anyone who opens it.</source>
        <translation>Entfernen Sie diese Datei von Ihrem Webserver. Diese Seite zeigt jedem, der sie öffnet, die Einstellungen Ihres Servers, auch Passwörter.</translation>
    </message>
    <message>
        <source>Move this file out of the public website folder. Anyone can download it and read the passwords in it.</source>
        <translation>Verschieben Sie diese Datei aus dem öffentlichen Website-Ordner. Jeder kann sie herunterladen und die Passwörter darin lesen.</translation>
    </message>
    <message>
        <source>Turn off debug mode on your live website: set WP_DEBUG to false in this file. Debug messages can show your passwords to visitors.</source>
        <translation>Schalten Sie den Debug-Modus auf Ihrer Live-Website aus: Setzen Sie in dieser Datei WP_DEBUG auf false. Debug-Meldungen können Besuchern Ihre Passwörter zeigen.</translation>
    </message>
    <message>
        <source>Turn off debug mode on your live website: set DEBUG = False in this file. Error pages in debug mode can show your settings to visitors.</source>
        <translation>Schalten Sie den Debug-Modus auf Ihrer Live-Website aus: Setzen Sie in dieser Datei DEBUG = False. Fehlerseiten im Debug-Modus können Besuchern Ihre Einstellungen zeigen.</translation>
    </message>
    <message>
        <source>Turn off debug mode on your live website: set APP_DEBUG=false in this file. Error pages in debug mode can show your passwords to visitors.</source>
        <translation>Schalten Sie den Debug-Modus auf Ihrer Live-Website aus: Setzen Sie in dieser Datei APP_DEBUG=false. Fehlerseiten im Debug-Modus können Besuchern Ihre Passwörter zeigen.</translation>
    </message>
    <message>
        <source>Switch your live website to production mode (APP_ENV=prod). Development mode shows internal details, including passwords, to visitors.</source>
        <translation>Stellen Sie Ihre Live-Website auf den Produktionsmodus um (APP_ENV=prod). Der Entwicklungsmodus zeigt Besuchern interne Details, auch Passwörter.</translation>
    </message>
    <message>
        <source>Remove this file from your web server. Unlike the real wp-config.php, a copy can be downloaded and read, with all its passwords.</source>
        <translation>Entfernen Sie diese Datei von Ihrem Webserver. Anders als die echte wp-config.php kann eine Kopie heruntergeladen und gelesen werden, mit allen Passwörtern darin.</translation>
    </message>
    <message>
        <source>Remove this folder from your web server. Anyone can download your whole code history from it, including old passwords.</source>
        <translation>Entfernen Sie diesen Ordner von Ihrem Webserver. Darüber kann jeder Ihre ganze Code-Historie herunterladen, auch alte Passwörter.</translation>
    </message>
    <message>
        <source>Delete this log file and turn off debug logging. Logs can hold passwords and keys.</source>
        <translation>Löschen Sie diese Protokolldatei und schalten Sie die Debug-Protokollierung aus. Protokolle können Passwörter und Schlüssel enthalten.</translation>
    </message>
    <message>
        <source>This file is in the public website folder, so anyone may have downloaded it.</source>
        <translation>Diese Datei liegt im öffentlichen Website-Ordner. Jeder könnte sie also heruntergeladen haben.</translation>
    </message>
    <message>
        <source>This is the key you are using now.</source>
        <translation>Das ist der Schlüssel, den Sie gerade verwenden.</translation>
    </message>
    <message>
        <source>This is key %1 of your account.</source>
        <translation>Das ist Schlüssel %1 Ihres Kontos.</translation>
    </message>
    <message>
        <source>Mailgun sending key for %1</source>
        <translation>Mailgun-Sende-Schlüssel für %1</translation>
    </message>
    <message>
        <source>This key can send email for that domain only. Replace it in the Control Panel (API Security), then put the new key in this file.</source>
        <translation>Dieser Schlüssel kann nur für diese Domain E-Mails senden. Ersetzen Sie ihn im Control Panel (Seite „API Security“) und tragen Sie dann den neuen Schlüssel in diese Datei ein.</translation>
    </message>
    <message>
        <source>This is your account&apos;s webhook signing key. With it, anyone can send fake Mailgun events to your website. Replace it: in step 2 of the wizard (&quot;Two more keys you may want to replace&quot;) or in the Mailgun Control Panel. Then put the new one in this file.</source>
        <translation>Das ist der Webhook-Signaturschlüssel Ihres Kontos. Damit kann jeder gefälschte Mailgun-Ereignisse an Ihre Website senden. Ersetzen Sie ihn: in Schritt 2 des Assistenten („Zwei weitere Schlüssel, die Sie vielleicht ersetzen möchten“) oder im Mailgun Control Panel. Tragen Sie dann den neuen in diese Datei ein.</translation>
    </message>
    <message>
        <source>an earlier webhook signing key of this account (it is not the current one)</source>
        <translation>ein früherer Webhook-Signaturschlüssel dieses Kontos (nicht der aktuelle)</translation>
    </message>
    <message>
        <source>the webhook signing key of this account</source>
        <translation>der Webhook-Signaturschlüssel dieses Kontos</translation>
    </message>
    <message>
        <source>This is none of the keys your account lists now. It may be: a deleted or expired key of this account; %1; a key of a subaccount; a key of another Mailgun account; a sending key for one domain that was deleted. Treat it as a working key until you know which.</source>
        <translation>Das ist keiner der Schlüssel, die Ihr Konto jetzt aufführt. Es könnte sein: ein gelöschter oder abgelaufener Schlüssel dieses Kontos; %1; ein Schlüssel eines Unterkontos; ein Schlüssel eines anderen Mailgun-Kontos; ein gelöschter Sende-Schlüssel für eine einzelne Domain. Behandeln Sie ihn als funktionierenden Schlüssel, bis Sie wissen, welcher es ist.</translation>
    </message>
    <message>
        <source>This is an older kind of key (it starts with &quot;key-&quot;). Mailgun&apos;s key list does not show which entry belongs to such a key, so the program cannot tell which of your keys it is. Treat it as a working key of your account.</source>
        <translation>Das ist eine ältere Art von Schlüssel (er beginnt mit „key-“). Die Schlüsselliste von Mailgun zeigt nicht, welcher Eintrag zu einem solchen Schlüssel gehört. Daher kann das Programm nicht erkennen, welcher Ihrer Schlüssel es ist. Behandeln Sie ihn als funktionierenden Schlüssel Ihres Kontos.</translation>
    </message>
    <message>
        <source>Your account lists this key as a sending key for %1 (key %2).</source>
        <translation>Ihr Konto führt diesen Schlüssel als Sende-Schlüssel für %1 (Schlüssel %2).</translation>
    </message>
    <message>
        <source>It is exactly your account&apos;s current webhook signing key.</source>
        <translation>Es ist genau der aktuelle Webhook-Signaturschlüssel Ihres Kontos.</translation>
    </message>
    <message>
        <source>Database copy in the public website folder</source>
        <translation>Datenbankkopie im öffentlichen Website-Ordner</translation>
    </message>
    <message>
        <source>Website backup in the public website folder</source>
        <translation>Website-Sicherung im öffentlichen Website-Ordner</translation>
    </message>
    <message>
        <source>Password in the code history settings (.git/config)</source>
        <translation>Passwort in den Einstellungen des Code-Verlaufs (.git/config)</translation>
    </message>
    <message>
        <source>Move this file out of the public website folder. Anyone can download it. A database copy holds your site&apos;s settings, often with passwords and keys.</source>
        <translation>Verschieben Sie diese Datei aus dem öffentlichen Website-Ordner. Jeder kann sie herunterladen. Eine Datenbankkopie enthält die Einstellungen Ihrer Website, oft mit Passwörtern und Schlüsseln.</translation>
    </message>
    <message>
        <source>Move this file out of the public website folder. Anyone can download it. A backup holds all your site&apos;s files, with their passwords and keys.</source>
        <translation>Verschieben Sie diese Datei aus dem öffentlichen Website-Ordner. Jeder kann sie herunterladen. Eine Sicherung enthält alle Dateien Ihrer Website, mit ihren Passwörtern und Schlüsseln.</translation>
    </message>
    <message>
        <source>Change this password where the code is stored (GitHub, GitLab, ...). Then remove it from the address in this file.</source>
        <translation>Ändern Sie dieses Passwort dort, wo der Code liegt (GitHub, GitLab, ...). Entfernen Sie es dann aus der Adresse in dieser Datei.</translation>
    </message>
    <message>
        <source>A word such as &quot;example&quot; stands before it, but the value looks like a real key. Check it.</source>
        <translation>Davor steht ein Wort wie „example“, aber der Wert sieht aus wie ein echter Schlüssel. Prüfen Sie ihn.</translation>
    </message>
    <message>
        <source>Nothing in this file mentions Mailgun, so it may be a key of another service.</source>
        <translation>Nichts in dieser Datei erwähnt Mailgun. Es kann also ein Schlüssel eines anderen Dienstes sein.</translation>
    </message>
    <message>
        <source>It is in a script, and nothing near it mentions Mailgun. It may be another kind of code. Check it.</source>
        <translation>Er steht in einem Skript, und nichts in seiner Nähe erwähnt Mailgun. Es kann auch anderer Code sein. Prüfen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>LookAlikeSummaryText</name>
    <message numerus="yes">
        <source>%n value(s) that look like a Mailgun key are not listed as findings: each is in a script that never mentions Mailgun, where such values are almost always part of the script. If you ever put a key in a script, look here:</source>
        <translation>
            <numerusform>%n Wert, der wie ein Mailgun-Schlüssel aussieht, ist nicht als Fund aufgeführt: Er steht in einem Skript, das Mailgun nie erwähnt. Dort gehören solche Werte fast immer zum Skript. Wenn Sie jemals einen Schlüssel in ein Skript geschrieben haben, sehen Sie hier nach:</numerusform>
            <numerusform>%n Werte, die wie ein Mailgun-Schlüssel aussehen, sind nicht als Funde aufgeführt: Jeder steht in einem Skript, das Mailgun nie erwähnt. Dort gehören solche Werte fast immer zum Skript. Wenn Sie jemals einen Schlüssel in ein Skript geschrieben haben, sehen Sie hier nach:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>The PDF could not be made here. Save the report as HTML or Markdown.</source>
        <translation>Das PDF konnte hier nicht erstellt werden. Speichern Sie den Bericht als HTML oder Markdown.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Das PDF konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>PracticeServer</name>
    <message>
        <source>The practice account could not listen on 127.0.0.1 port %1. Another program may be using it; choose another port.</source>
        <translation>Das Übungskonto konnte Port %1 auf 127.0.0.1 nicht öffnen. Vielleicht verwendet ein anderes Programm diesen Port; wählen Sie einen anderen.</translation>
    </message>
</context>
<context>
    <name>PracticeServerCommand</name>
    <message>
        <source>The practice account is running. Press Ctrl+C to stop it.</source>
        <translation>Das Übungskonto läuft. Drücken Sie Strg+C, um es zu beenden.</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>HOCH</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>MITTEL</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>NIEDRIG</translation>
    </message>
    <message>
        <source>Found in it: %1 %2</source>
        <translation>Darin gefunden: %1 %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Only check websites that are yours. If these sites are yours, run the command again with --i-own-this-site. Nothing was sent.</source>
        <translation>Prüfen Sie nur Websites, die Ihnen gehören. Wenn diese Websites Ihnen gehören, führen Sie den Befehl erneut mit --i-own-this-site aus. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Give the address of your website, for example: mailgun-recovery probe https://www.example.com --i-own-this-site</source>
        <translation>Geben Sie die Adresse Ihrer Website an, zum Beispiel: mailgun-recovery probe https://www.example.com --i-own-this-site</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>None of these is a website address. Nothing was sent.</source>
        <translation>Keine davon ist eine Website-Adresse. Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n site(s)</source>
        <translation>
            <numerusform>%n Website geprüft</numerusform>
            <numerusform>%n Websites geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n request(s).</source>
        <translation>
            <numerusform>mit %n Anfrage.</numerusform>
            <numerusform>mit %n Anfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>No files or pages that leak passwords or keys were found.</source>
        <translation>Es wurden keine Dateien oder Seiten gefunden, die Passwörter oder Schlüssel preisgeben.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n thing(s) anyone can open:</source>
        <translation>
            <numerusform>%n Element gefunden, das jeder öffnen kann:</numerusform>
            <numerusform>%n Elemente gefunden, die jeder öffnen kann:</numerusform>
        </translation>
    </message>
    <message>
        <source>The content looks like %1.</source>
        <translation>Der Inhalt sieht aus wie %1.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n address(es)…</source>
        <translation>
            <numerusform>%1 von %n Adresse geprüft…</numerusform>
            <numerusform>%1 von %n Adressen geprüft…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeContent</name>
    <message>
        <source>a settings file (.env)</source>
        <translation>eine Einstellungsdatei (.env)</translation>
    </message>
    <message>
        <source>PHP program code</source>
        <translation>PHP-Programmcode</translation>
    </message>
    <message>
        <source>a data file (JSON)</source>
        <translation>eine Datendatei (JSON)</translation>
    </message>
    <message>
        <source>a settings file (YAML)</source>
        <translation>eine Einstellungsdatei (YAML)</translation>
    </message>
    <message>
        <source>a copy of a database (SQL)</source>
        <translation>eine Kopie einer Datenbank (SQL)</translation>
    </message>
    <message>
        <source>a settings file (INI)</source>
        <translation>eine Einstellungsdatei (INI)</translation>
    </message>
    <message>
        <source>a data file (XML)</source>
        <translation>eine Datendatei (XML)</translation>
    </message>
    <message>
        <source>a web page (HTML)</source>
        <translation>eine Webseite (HTML)</translation>
    </message>
    <message>
        <source>a script (JavaScript)</source>
        <translation>ein Skript (JavaScript)</translation>
    </message>
    <message>
        <source>a temporary file of the Vim text editor</source>
        <translation>eine temporäre Datei des Texteditors Vim</translation>
    </message>
    <message>
        <source>an archive or another file that is not text</source>
        <translation>ein Archiv oder eine andere Datei, die kein Text ist</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>einfacher Text</translation>
    </message>
</context>
<context>
    <name>RecoverySession</name>
    <message>
        <source>This copy of the program has no practice account.</source>
        <translation>Diese Ausgabe des Programms hat kein Übungskonto.</translation>
    </message>
    <message>
        <source>%1 The program remembers it until you close it, but a restart and the report will not know it. Make room on the disk (or make the folder writable).</source>
        <translation>%1 Das Programm merkt es sich, bis Sie es schließen. Nach einem Neustart weiß es davon aber nichts mehr, und der Bericht enthält es nicht. Schaffen Sie Platz auf der Festplatte (oder machen Sie den Ordner beschreibbar).</translation>
    </message>
</context>
<context>
    <name>RecoveryStep</name>
    <message>
        <source>Find the leak</source>
        <translation>Das Leck finden</translation>
    </message>
    <message>
        <source>Replace the API key</source>
        <translation>API-Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>Reset SMTP passwords</source>
        <translation>SMTP-Passwörter erneuern</translation>
    </message>
    <message>
        <source>Reset user passwords</source>
        <translation>Benutzerpasswörter erneuern</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung einschalten</translation>
    </message>
    <message>
        <source>Report to Mailgun</source>
        <translation>Mailgun informieren</translation>
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
        <translation>Unterbrechen</translation>
    </message>
    <message>
        <source>Your progress was not saved</source>
        <translation>Ihr Fortschritt wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Not Mailgun: this assistant sends your API key and every request to %1. Close it unless you chose this address yourself.</source>
        <translation>Nicht Mailgun: Dieser Assistent sendet Ihren API-Schlüssel und jede Anfrage an %1. Schließen Sie ihn, außer Sie haben diese Adresse selbst gewählt.</translation>
    </message>
    <message>
        <source>Stop for now?</source>
        <translation>Für jetzt aufhören?</translation>
    </message>
    <message>
        <source>Do you want to stop for now?</source>
        <translation>Möchten Sie für jetzt aufhören?</translation>
    </message>
    <message>
        <source>The assistant remembers where you were. Start it again to go on.</source>
        <translation>Der Assistent merkt sich, wo Sie waren. Starten Sie ihn wieder, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Not Mailgun: this assistant sends your API key and every request to %1 (US) and %2 (EU). Close it unless you chose these addresses yourself.</source>
        <translation>Nicht Mailgun: Dieser Assistent sendet Ihren API-Schlüssel und jede Anfrage an %1 (US) und %2 (EU). Schließen Sie ihn, außer Sie haben diese Adressen selbst gewählt.</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>European Union (EU)</source>
        <extracomment>One of Mailgun&apos;s two regions (data centres); keep the code EU in brackets, as in the Control Panel.</extracomment>
        <translation>Europäische Union (EU)</translation>
    </message>
    <message>
        <source>United States (US)</source>
        <translation>Vereinigte Staaten (US)</translation>
    </message>
</context>
<context>
    <name>ReportActionText</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 auf %2 (%3)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Festgehalten</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message numerus="yes">
        <source>Started replacing the private API key: a new key with the role &quot;%1&quot; is made first, then %n old key(s) are deleted.</source>
        <translation>
            <numerusform>Schlüsseltausch für den privaten API-Schlüssel begonnen: Zuerst wird ein neuer Schlüssel mit der Rolle „%1“ angelegt, dann wird %n alter Schlüssel gelöscht.</numerusform>
            <numerusform>Schlüsseltausch für den privaten API-Schlüssel begonnen: Zuerst wird ein neuer Schlüssel mit der Rolle „%1“ angelegt, dann werden %n alte Schlüssel gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys to delete: %1.</source>
        <translation>Zu löschende Schlüssel: %1.</translation>
    </message>
    <message>
        <source>Created a new private API key (id %1).</source>
        <translation>Neuen privaten API-Schlüssel angelegt (ID %1).</translation>
    </message>
    <message>
        <source>Stored the new key (id %1) in this computer&apos;s keychain and read it back.</source>
        <translation>Den neuen Schlüssel (ID %1) im Schlüsselbund dieses Computers gespeichert und zur Kontrolle wieder ausgelesen.</translation>
    </message>
    <message>
        <source>Tried to store the new key (id %1) in this computer&apos;s keychain.</source>
        <translation>Versucht, den neuen Schlüssel (ID %1) im Schlüsselbund dieses Computers zu speichern.</translation>
    </message>
    <message>
        <source>The admin confirmed that they saved the new key (id %1) themselves.</source>
        <translation>Der Administrator hat bestätigt, dass er den neuen Schlüssel (ID %1) selbst gespeichert hat.</translation>
    </message>
    <message>
        <source>Checked with Mailgun that the new key (id %1) works.</source>
        <translation>Bei Mailgun geprüft, dass der neue Schlüssel (ID %1) funktioniert.</translation>
    </message>
    <message>
        <source>Deleted a half-made key (id %1) left over from an earlier try.</source>
        <translation>Einen halb angelegten Schlüssel (ID %1) aus einem früheren Versuch gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the old API key %1.</source>
        <translation>Den alten API-Schlüssel %1 gelöscht.</translation>
    </message>
    <message>
        <source>Tried to delete the old API key %1.</source>
        <translation>Versucht, den alten API-Schlüssel %1 zu löschen.</translation>
    </message>
    <message>
        <source>Finished replacing the private API key. The new key is %1.</source>
        <translation>Schlüsseltausch für den privaten API-Schlüssel abgeschlossen. Der neue Schlüssel ist %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) deleted.</source>
        <translation>
            <numerusform>%n alter Schlüssel gelöscht.</numerusform>
            <numerusform>%n alte Schlüssel gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there: %1.</source>
        <translation>Noch vorhanden: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) could not be deleted</source>
        <translation>
            <numerusform>%n alter Schlüssel konnte nicht gelöscht werden</numerusform>
            <numerusform>%n alte Schlüssel konnten nicht gelöscht werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started resetting the SMTP passwords of %n login(s).</source>
        <translation>
            <numerusform>Zurücksetzen der SMTP-Passwörter für %n Login begonnen.</numerusform>
            <numerusform>Zurücksetzen der SMTP-Passwörter für %n Logins begonnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logins: %1.</source>
        <translation>Logins: %1.</translation>
    </message>
    <message>
        <source>Started resetting SMTP logins: %1 get a new password, %2 will be deleted.</source>
        <translation>Zurücksetzen der SMTP-Logins begonnen: %1 erhalten ein neues Passwort, %2 werden gelöscht.</translation>
    </message>
    <message>
        <source>Made a new SMTP password for %1. The keychain was not available, so it was shown to the admin once instead.</source>
        <translation>Neues SMTP-Passwort für %1 erstellt. Der Schlüsselbund war nicht verfügbar, daher wurde es stattdessen dem Administrator einmal angezeigt.</translation>
    </message>
    <message>
        <source>Shown to the admin</source>
        <translation>Dem Administrator angezeigt</translation>
    </message>
    <message>
        <source>Stored a new SMTP password for %1 in this computer&apos;s keychain.</source>
        <translation>Neues SMTP-Passwort für %1 im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
    <message>
        <source>Set a new SMTP password for %1.</source>
        <translation>Neues SMTP-Passwort für %1 gesetzt.</translation>
    </message>
    <message>
        <source>Tried to set a new SMTP password for %1.</source>
        <translation>Versucht, ein neues SMTP-Passwort für %1 zu setzen.</translation>
    </message>
    <message>
        <source>Mailgun did not answer clearly: the change may have been made.</source>
        <translation>Mailgun hat nicht eindeutig geantwortet: Die Änderung wurde vielleicht durchgeführt.</translation>
    </message>
    <message>
        <source>Deleted the SMTP login %1.</source>
        <translation>Den SMTP-Login %1 gelöscht.</translation>
    </message>
    <message>
        <source>Tried to delete the SMTP login %1.</source>
        <translation>Versucht, den SMTP-Login %1 zu löschen.</translation>
    </message>
    <message numerus="yes">
        <source>%n login(s) failed</source>
        <translation>
            <numerusform>%n Login fehlgeschlagen</numerusform>
            <numerusform>%n Logins fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened the password reset page for %1.</source>
        <translation>Die Seite zum Zurücksetzen des Passworts für %1 geöffnet.</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot;.</source>
        <translation>„%1“ festgehalten.</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot;: %2.</source>
        <translation>„%1“ festgehalten: %2.</translation>
    </message>
    <message>
        <source>No answer was recorded: the program may have been closed while it waited</source>
        <translation>Es wurde keine Antwort festgehalten: Vielleicht wurde das Programm geschlossen, während es wartete</translation>
    </message>
    <message>
        <source>Asked Mailgun to create a new private API key (marked %1 in its description).</source>
        <translation>Mailgun gebeten, einen neuen privaten API-Schlüssel anzulegen (in seiner Beschreibung mit %1 gekennzeichnet).</translation>
    </message>
    <message>
        <source>Asked Mailgun to delete the old API key %1.</source>
        <translation>Mailgun gebeten, den alten API-Schlüssel %1 zu löschen.</translation>
    </message>
    <message>
        <source>Asked Mailgun to set a new SMTP password for %1.</source>
        <translation>Mailgun gebeten, ein neues SMTP-Passwort für %1 zu setzen.</translation>
    </message>
    <message>
        <source>Asked Mailgun to delete the SMTP login %1.</source>
        <translation>Mailgun gebeten, den SMTP-Login %1 zu löschen.</translation>
    </message>
    <message>
        <source>Set the start of the incident to %1.</source>
        <translation>Beginn des Vorfalls auf %1 gesetzt.</translation>
    </message>
    <message>
        <source>The admin confirmed: &quot;%1&quot;.</source>
        <translation>Der Administrator hat bestätigt: „%1“.</translation>
    </message>
    <message>
        <source>Confirmed by the admin</source>
        <translation>Vom Administrator bestätigt</translation>
    </message>
    <message>
        <source>The admin took back the confirmation: &quot;%1&quot;.</source>
        <translation>Der Administrator hat die Bestätigung zurückgenommen: „%1“.</translation>
    </message>
    <message>
        <source>the route %1 of the %2 region, which matched %3 and did: %4</source>
        <translation>die Route %1 der Region %2, die auf %3 passte und Folgendes tat: %4</translation>
    </message>
    <message>
        <source>the account webhook of the %1 region that sent %2 to %3</source>
        <translation>den Konto-Webhook der Region %1, der %2 an %3 gesendet hat</translation>
    </message>
    <message>
        <source>the copy of every message of %1 sent to %2</source>
        <translation>die Kopie jeder Nachricht von %1, die an %2 gesendet wird</translation>
    </message>
    <message>
        <source>the %1 webhook of %2 that sent to %3</source>
        <translation>den %1-Webhook von %2, der an %3 gesendet hat</translation>
    </message>
    <message>
        <source>Tried to remove %1.</source>
        <translation>Versucht, %1 zu entfernen.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Asked Mailgun to remove %1.</source>
        <translation>Mailgun gebeten, %1 zu entfernen.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the change did not take effect</source>
        <translation>die Änderung wurde nicht wirksam</translation>
    </message>
    <message>
        <source>Tried the deleted key %1 once more with a harmless read, right after the new key passed the same read: Mailgun refused it (HTTP %2).</source>
        <translation>Den gelöschten Schlüssel %1 noch einmal mit einem harmlosen Lesezugriff ausprobiert, direkt nachdem der neue Schlüssel denselben Lesezugriff bestanden hatte: Mailgun hat ihn abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>Tried the old key %1 once more with a harmless read: it STILL WORKS (HTTP %2).</source>
        <translation>Den alten Schlüssel %1 noch einmal mit einem harmlosen Lesezugriff ausprobiert: Er FUNKTIONIERT NOCH (HTTP %2).</translation>
    </message>
    <message>
        <source>the key still works</source>
        <translation>der Schlüssel funktioniert noch</translation>
    </message>
    <message>
        <source>The sending key %1 was deleted from the key list. A sending key cannot be tested without sending.</source>
        <translation>Der Sende-Schlüssel %1 wurde aus der Schlüsselliste gelöscht. Ein Sende-Schlüssel lässt sich nicht testen, ohne etwas zu senden.</translation>
    </message>
    <message>
        <source>Tried to test the old key %1 once more.</source>
        <translation>Versucht, den alten Schlüssel %1 noch einmal zu testen.</translation>
    </message>
    <message>
        <source>could not be checked: the new key did not get through either</source>
        <translation>konnte nicht geprüft werden: Auch der neue Schlüssel kam nicht durch</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Finished resetting SMTP passwords: %1, %2, %3 failed.</source>
        <translation>Zurücksetzen der SMTP-Passwörter abgeschlossen: %1, %2, %3 fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n new password(s)</source>
        <translation>
            <numerusform>%n neues Passwort</numerusform>
            <numerusform>%n neue Passwörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n login(s) deleted</source>
        <translation>
            <numerusform>%n Login gelöscht</numerusform>
            <numerusform>%n Logins gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked the %n user(s) of the account. New password since the incident began: %1. Two-factor sign-in (2FA) on: %2.</source>
        <translation>
            <numerusform>%n Benutzer des Kontos geprüft. Neues Passwort seit Beginn des Vorfalls: %1. Zwei-Faktor-Anmeldung (2FA) eingeschaltet: %2.</numerusform>
            <numerusform>Die %n Benutzer des Kontos geprüft. Neues Passwort seit Beginn des Vorfalls: %1. Zwei-Faktor-Anmeldung (2FA) eingeschaltet: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked %1 (%2) again: you asked for %3; Mailgun now has %4.</source>
        <extracomment>%1 is what was checked (e.g. a route&apos;s forwarding address), %2 the route or webhook, %3 what the admin asked for and %4 what Mailgun has now (&quot;nothing&quot; when empty).</extracomment>
        <translation>%1 (%2) noch einmal geprüft. Von Ihnen gewünscht: %3; bei Mailgun steht jetzt: %4.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The format &quot;%1&quot; is not known. Use md, html or pdf.</source>
        <translation>Das Format „%1“ ist nicht bekannt. Verwenden Sie md, html oder pdf.</translation>
    </message>
    <message>
        <source>A PDF must go to a file: add -o FILE, for example -o report.pdf</source>
        <translation>Ein PDF muss in eine Datei geschrieben werden: Fügen Sie -o DATEI hinzu, zum Beispiel -o report.pdf</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Der Bericht wurde in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Der Bericht konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>&lt;b&gt;Your report for Mailgun support&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihr Bericht für den Mailgun-Support&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The program wrote this report from what it recorded on this computer. It holds no key and no password. Save it as a PDF or copy it, open Mailgun support, start a new ticket and attach or paste it.</source>
        <translation>Das Programm hat diesen Bericht aus dem erstellt, was es auf diesem Computer festgehalten hat. Er enthält keinen Schlüssel und kein Passwort. Speichern Sie ihn als PDF oder kopieren Sie ihn, öffnen Sie den Mailgun-Support, eröffnen Sie ein neues Ticket und hängen Sie den Bericht an oder fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>Preview of the report for Mailgun support</source>
        <translation>Vorschau des Berichts für den Mailgun-Support</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Den Bericht als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Save as HTML…</source>
        <translation>Als HTML speichern…</translation>
    </message>
    <message>
        <source>Save the report as a web page file</source>
        <translation>Den Bericht als Webseiten-Datei speichern</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Als Markdown speichern…</translation>
    </message>
    <message>
        <source>Save the report as a Markdown text file</source>
        <translation>Den Bericht als Markdown-Textdatei speichern</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>Den Bericht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open Mailgun support</source>
        <translation>Mailgun-Support öffnen</translation>
    </message>
    <message>
        <source>Open Mailgun&apos;s support page in the web browser</source>
        <translation>Die Support-Seite von Mailgun im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation>Markdown-Text (*.md)</translation>
    </message>
    <message>
        <source>Save the report for Mailgun support</source>
        <translation>Den Bericht für den Mailgun-Support speichern</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Der Bericht wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The report is copied. Paste it into the message of your support ticket.</source>
        <translation>Der Bericht ist kopiert. Fügen Sie ihn in die Nachricht Ihres Support-Tickets ein.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s support page opened in your web browser. Sign in, start a new ticket, and attach or paste the report.</source>
        <translation>Die Support-Seite von Mailgun wurde in Ihrem Webbrowser geöffnet. Melden Sie sich an, eröffnen Sie ein neues Ticket und hängen Sie den Bericht an oder fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>The web browser could not be opened. Go to %1 yourself.</source>
        <translation>Der Webbrowser konnte nicht geöffnet werden. Rufen Sie %1 selbst auf.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
</context>
<context>
    <name>ReportSubaccounts</name>
    <message>
        <source>“%1” (id %2)</source>
        <translation>„%1“ (ID %2)</translation>
    </message>
    <message>
        <source>Disabled by the program on %1.</source>
        <translation>Am %1 vom Programm deaktiviert.</translation>
    </message>
    <message>
        <source>The program tried to disable it on %1; Mailgun did not confirm it (status: %2).</source>
        <translation>Das Programm hat am %1 versucht, es zu deaktivieren; Mailgun hat das nicht bestätigt (Status: %2).</translation>
    </message>
    <message>
        <source>The program asked Mailgun to disable it on %1; no answer was recorded.</source>
        <translation>Das Programm hat Mailgun am %1 gebeten, es zu deaktivieren; es wurde keine Antwort festgehalten.</translation>
    </message>
    <message>
        <source>Subaccounts</source>
        <translation>Unterkonten</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt am %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>The program did not change it.</source>
        <translation>Das Programm hat es nicht verändert.</translation>
    </message>
    <message>
        <source>Reviewed what the subaccount %1 holds.</source>
        <translation>Geprüft, was das Unterkonto %1 enthält.</translation>
    </message>
    <message>
        <source>Asked Mailgun to disable the subaccount %1.</source>
        <translation>Mailgun gebeten, das Unterkonto %1 zu deaktivieren.</translation>
    </message>
    <message>
        <source>Disabled the subaccount %1.</source>
        <translation>Das Unterkonto %1 deaktiviert.</translation>
    </message>
    <message>
        <source>Tried to disable the subaccount %1.</source>
        <translation>Versucht, das Unterkonto %1 zu deaktivieren.</translation>
    </message>
    <message>
        <source>Mailgun no longer lists it</source>
        <translation>Mailgun führt es nicht mehr auf</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>Mailgun account recovery report</source>
        <translation>Bericht zur Wiederherstellung des Mailgun-Kontos</translation>
    </message>
    <message>
        <source>PRACTICE: this report describes the practice account, a simulation on this computer. Do not send it to Mailgun.</source>
        <translation>ÜBUNG: Dieser Bericht beschreibt das Übungskonto, eine Simulation auf diesem Computer. Senden Sie ihn nicht an Mailgun.</translation>
    </message>
    <message>
        <source>Not known to the program</source>
        <translation>Dem Programm nicht bekannt</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>%1 in the US region, %2 in the EU region</source>
        <translation>%1 in der Region US, %2 in der Region EU</translation>
    </message>
    <message>
        <source>API key used for this work</source>
        <translation>Für diese Arbeit verwendeter API-Schlüssel</translation>
    </message>
    <message>
        <source>id %1, role %2</source>
        <translation>ID %1, Rolle %2</translation>
    </message>
    <message>
        <source>Incident began</source>
        <translation>Beginn des Vorfalls</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Nothing is still open.</source>
        <translation>Nichts ist mehr offen.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Nothing is open: every step is done.</source>
        <translation>Nichts ist mehr offen: Alle Schritte sind erledigt.</translation>
    </message>
    <message>
        <source>How the credentials may have leaked (step 1)</source>
        <translation>Wie die Zugangsdaten an Dritte gelangt sein könnten (Schritt 1)</translation>
    </message>
    <message>
        <source>The program recorded no findings. The admin may have investigated by hand.</source>
        <translation>Das Programm hat keine Funde aufgezeichnet. Vielleicht hat der Administrator von Hand nachgesehen.</translation>
    </message>
    <message>
        <source>Actions taken, in order</source>
        <translation>Durchgeführte Maßnahmen, der Reihe nach</translation>
    </message>
    <message>
        <source>No action has been recorded yet.</source>
        <translation>Es wurde noch keine Maßnahme aufgezeichnet.</translation>
    </message>
    <message>
        <source>Users of the account</source>
        <translation>Benutzer des Kontos</translation>
    </message>
    <message>
        <source>The program has not checked the users yet. Their passwords and two-factor sign-in must be checked in the Control Panel.</source>
        <translation>Das Programm hat die Benutzer noch nicht geprüft. Ihre Passwörter und ihre Zwei-Faktor-Anmeldung müssen im Control Panel geprüft werden.</translation>
    </message>
    <message>
        <source>As Mailgun listed them on %1. &quot;Changed&quot; means after the incident began.</source>
        <translation>So, wie Mailgun sie am %1 aufgeführt hat. „Geändert“ bedeutet: nach dem Beginn des Vorfalls.</translation>
    </message>
    <message>
        <source>Also asked by Mailgun&apos;s procedure</source>
        <translation>Was Mailguns Anleitung außerdem verlangt</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Über diesen Bericht</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What the program saw</source>
        <translation>Was das Programm festgestellt hat</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Value (masked)</source>
        <translation>Wert (teilweise verdeckt)</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>In progress (%1 of %2 confirmed)</source>
        <translation>In Arbeit (%1 von %2 bestätigt)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>On the admin&apos;s computer</source>
        <translation>Auf dem Computer des Administrators</translation>
    </message>
    <message>
        <source>On the website</source>
        <translation>Auf der Website</translation>
    </message>
    <message>
        <source>In the Mailgun account</source>
        <translation>Im Mailgun-Konto</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>(account owner)</source>
        <translation>(Inhaber des Kontos)</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Ja (%1)</translation>
    </message>
    <message>
        <source>No (last change: %1)</source>
        <translation>Nein (letzte Änderung: %1)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Eingeschaltet</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Contact the hosting provider (or the web developer) so they check the website and the server for the way in.</source>
        <translation>Wenden Sie sich an den Hosting-Anbieter (oder den Webentwickler), damit er die Website und den Server prüft und herausfindet, wie die Angreifer hineingekommen sind.</translation>
    </message>
    <message>
        <source>Check public code repositories (GitHub, GitLab, Bitbucket) for keys or passwords, and replace any that were there.</source>
        <translation>Durchsuchen Sie öffentliche Code-Repositorys (GitHub, GitLab, Bitbucket) nach Schlüsseln oder Passwörtern, und ersetzen Sie alle, die dort zu finden waren.</translation>
    </message>
    <message>
        <source>Done, confirmed by the admin</source>
        <translation>Erledigt, vom Administrator bestätigt</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Noch nicht bestätigt</translation>
    </message>
    <message>
        <source>This report holds no key and no password. Values found are shown masked: only their first 4 and last 4 characters.</source>
        <translation>Dieser Bericht enthält keinen Schlüssel und kein Passwort. Gefundene Werte sind teilweise verdeckt: Nur ihre ersten 4 und letzten 4 Zeichen sind zu sehen.</translation>
    </message>
    <message>
        <source>Times are in UTC.</source>
        <translation>Alle Zeiten sind in UTC angegeben.</translation>
    </message>
    <message>
        <source>It was made by the Mailgun Recovery Assistant from the record it keeps on the admin&apos;s computer. Work done by hand in the Control Panel shows as the admin&apos;s confirmations.</source>
        <translation>Er wurde vom Mailgun Recovery Assistant erstellt, und zwar aus dem Protokoll, das der Assistent auf dem Computer des Administrators führt. Arbeiten, die von Hand im Control Panel erledigt wurden, erscheinen als Bestätigungen des Administrators.</translation>
    </message>
</context>
<context>
    <name>ResetLinkCountdown</name>
    <message>
        <source>%1 left</source>
        <translation>Noch %1</translation>
    </message>
    <message>
        <source>The reset link that Mailgun emails works for 20 minutes. This is about how long is left.</source>
        <translation>Der Link zum Zurücksetzen, den Mailgun per E-Mail schickt, gilt 20 Minuten. So viel Zeit bleibt ungefähr noch.</translation>
    </message>
    <message>
        <source>Expired: ask again</source>
        <translation>Abgelaufen: neu anfordern</translation>
    </message>
    <message>
        <source>The reset link has expired. Click the reset button again to get a new email.</source>
        <translation>Der Link zum Zurücksetzen ist abgelaufen. Klicken Sie noch einmal auf die Schaltfläche zum Zurücksetzen, um eine neue E-Mail zu erhalten.</translation>
    </message>
    <message>
        <source>Reset link expired. Ask for a new one.</source>
        <translation>Link zum Zurücksetzen abgelaufen. Fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>Reset link: %1 and %2 left</source>
        <translation>Link zum Zurücksetzen: noch %1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetSmtpCommand</name>
    <message>
        <source>An SMTP password reset was interrupted; continuing it with its own list of logins.</source>
        <translation>Ein Zurücksetzen der SMTP-Passwörter wurde unterbrochen. Es wird jetzt mit seiner eigenen Liste von Logins fortgesetzt.</translation>
    </message>
    <message>
        <source>Continue the interrupted reset?</source>
        <translation>Das unterbrochene Zurücksetzen fortsetzen?</translation>
    </message>
    <message>
        <source>Reading your domains and their SMTP logins…</source>
        <translation>Ihre Domains und deren SMTP-Logins werden gelesen…</translation>
    </message>
    <message>
        <source>%1 is the postmaster login, which Mailgun never deletes. It gets a new password instead; leave it out of --delete.</source>
        <translation>%1 ist der postmaster-Login, den Mailgun nie löscht. Er bekommt stattdessen ein neues Passwort; lassen Sie ihn bei --delete weg.</translation>
    </message>
    <message>
        <source>There is no SMTP login %1 on the domains read.</source>
        <translation>Auf den gelesenen Domains gibt es keinen SMTP-Login %1.</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <source>There are no SMTP logins to reset.</source>
        <translation>Es gibt keine SMTP-Logins zum Zurücksetzen.</translation>
    </message>
    <message>
        <source>new password</source>
        <extracomment>First column of the login table on the command line: this login gets a new password.</extracomment>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>new since the incident</source>
        <translation>neu seit dem Vorfall</translation>
    </message>
    <message>
        <source>SMTP logins:</source>
        <translation>SMTP-Logins:</translation>
    </message>
    <message>
        <source>New passwords: %1. Deleted logins: %2. Apps using the old passwords stop sending until you give them the new ones.</source>
        <translation>Neue Passwörter: %1. Gelöschte Logins: %2. Apps, die die alten Passwörter verwenden, senden keine E-Mails mehr, bis Sie dort die neuen eintragen.</translation>
    </message>
    <message>
        <source>new password; server %1, port 587</source>
        <translation>neues Passwort; Server %1, Port 587</translation>
    </message>
    <message>
        <source>kept in the keychain, entry %1</source>
        <translation>im Schlüsselbund aufbewahrt, Eintrag %1</translation>
    </message>
    <message>
        <source>not in the keychain</source>
        <translation>nicht im Schlüsselbund</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>Passwort: %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>not done: %1</source>
        <translation>nicht erledigt: %1</translation>
    </message>
    <message>
        <source>not started; the old password still works</source>
        <translation>nicht begonnen; das alte Passwort funktioniert noch</translation>
    </message>
    <message>
        <source>Done. Put the new passwords into every website and app that sends email with them.</source>
        <translation>Fertig. Tragen Sie die neuen Passwörter in jede Website und App ein, die damit E-Mails sendet.</translation>
    </message>
    <message>
        <source>Not everything was done. Run the command again: it goes on where it stopped, with the same new passwords.</source>
        <translation>Es wurde nicht alles erledigt. Führen Sie den Befehl noch einmal aus: Er macht dort weiter, wo er aufgehört hat, mit denselben neuen Passwörtern.</translation>
    </message>
    <message>
        <source>There is no keychain to keep the new passwords in. Save each one now, for example in your password manager:</source>
        <translation>Es gibt keinen Schlüsselbund, in dem die neuen Passwörter aufbewahrt werden können. Speichern Sie jetzt jedes davon, zum Beispiel in Ihrem Passwortmanager:</translation>
    </message>
    <message>
        <source>%1 (server %2, port 587): %3</source>
        <translation>%1 (Server %2, Port 587): %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n login(s) done</source>
        <translation>
            <numerusform>%1 von %n Login erledigt</numerusform>
            <numerusform>%1 von %n Logins erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>delete</source>
        <extracomment>First column of the login table on the command line: this login will be deleted.</extracomment>
        <translation>entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Have you saved the %n new password(s) shown above? Mailgun gets them only after you answer %1. Until then the old passwords keep working.</source>
        <extracomment>%1 is the word the user types to confirm (&quot;yes&quot; in English).</extracomment>
        <translation>
            <numerusform>Haben Sie %n neues Passwort gespeichert, das oben angezeigt wird? Mailgun erhält es erst, wenn Sie mit %1 antworten. Bis dahin funktioniert das alte Passwort weiter.</numerusform>
            <numerusform>Haben Sie die %n neuen Passwörter gespeichert, die oben angezeigt werden? Mailgun erhält sie erst, wenn Sie mit %1 antworten. Bis dahin funktionieren die alten Passwörter weiter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message>
        <source>Started today.</source>
        <translation>Heute begonnen.</translation>
    </message>
    <message>
        <source>Started yesterday.</source>
        <translation>Gestern begonnen.</translation>
    </message>
    <message numerus="yes">
        <source>Started %n days ago.</source>
        <translation>
            <numerusform>Vor %n Tag begonnen.</numerusform>
            <numerusform>Vor %n Tagen begonnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>You last worked on it today.</source>
        <translation>Sie haben heute zuletzt daran gearbeitet.</translation>
    </message>
    <message>
        <source>You last worked on it yesterday.</source>
        <translation>Sie haben gestern zuletzt daran gearbeitet.</translation>
    </message>
    <message numerus="yes">
        <source>You last worked on it %n days ago.</source>
        <translation>
            <numerusform>Sie haben zuletzt vor %n Tag daran gearbeitet.</numerusform>
            <numerusform>Sie haben zuletzt vor %n Tagen daran gearbeitet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No step is finished yet.</source>
        <translation>Noch ist kein Schritt abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>All %n steps are done.</source>
        <translation>
            <numerusform>Alle Schritte sind erledigt (%n Schritt).</numerusform>
            <numerusform>Alle %n Schritte sind erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: step %1.</source>
        <translation>Erledigt: Schritt %1.</translation>
    </message>
    <message>
        <source>Done: steps %1.</source>
        <translation>Erledigt: Schritte %1.</translation>
    </message>
    <message>
        <source>Replacing the API key stopped half way. The assistant will help you finish it safely.</source>
        <translation>Der Schlüsseltausch wurde mittendrin unterbrochen. Der Assistent hilft Ihnen, ihn sicher abzuschließen.</translation>
    </message>
    <message>
        <source>Next: step %1 (%2).</source>
        <translation>Als Nächstes: Schritt %1 (%2).</translation>
    </message>
    <message>
        <source>You can look at any step again, or make the report once more.</source>
        <translation>Sie können sich jeden Schritt noch einmal ansehen oder den Bericht noch einmal erstellen.</translation>
    </message>
</context>
<context>
    <name>RotateKeyCommand</name>
    <message>
        <source>Creating the new key…</source>
        <translation>Neuer Schlüssel wird angelegt…</translation>
    </message>
    <message>
        <source>Saving it in the keychain…</source>
        <translation>Er wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Neuer Schlüssel wird geprüft…</translation>
    </message>
    <message>
        <source>Deleting old keys…</source>
        <translation>Alte Schlüssel werden gelöscht…</translation>
    </message>
    <message>
        <source>A key replacement was interrupted; continuing it.</source>
        <translation>Ein Schlüsseltausch wurde unterbrochen; er wird jetzt fortgesetzt.</translation>
    </message>
    <message>
        <source>delete</source>
        <extracomment>First column of the key table on the command line: this key will be deleted.</extracomment>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>wird verwendet</translation>
    </message>
    <message>
        <source>new since the incident</source>
        <translation>neu seit dem Vorfall</translation>
    </message>
    <message>
        <source>Your API keys:</source>
        <translation>Ihre API-Schlüssel:</translation>
    </message>
    <message>
        <source>No old key was deleted. Run the command again with --print-secrets to have the new key printed once, or make the keychain available; the key made now is replaced then.</source>
        <translation>Es wurde kein alter Schlüssel gelöscht. Führen Sie den Befehl noch einmal mit --print-secrets aus, damit der neue Schlüssel einmal angezeigt wird, oder sorgen Sie dafür, dass der Schlüsselbund verfügbar ist. Der jetzt angelegte Schlüssel wird dann ersetzt.</translation>
    </message>
    <message>
        <source>New key: %1</source>
        <translation>Neuer Schlüssel: %1</translation>
    </message>
    <message>
        <source>Kept in the keychain &quot;%1&quot;, entry %2.</source>
        <translation>Im Schlüsselbund „%1“ aufbewahrt, Eintrag %2.</translation>
    </message>
    <message>
        <source>The new key (shown once): %1</source>
        <translation>Der neue Schlüssel (wird nur einmal angezeigt): %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Gelöscht: %1</translation>
    </message>
    <message>
        <source>Still alive, delete by hand in the Control Panel: %1</source>
        <translation>Noch aktiv, bitte von Hand im Control Panel löschen: %1</translation>
    </message>
    <message>
        <source>Now put the new key into every website and app that used the old one.</source>
        <translation>Tragen Sie jetzt den neuen Schlüssel in jede Website und App ein, die den alten verwendet hat.</translation>
    </message>
    <message>
        <source>found exposed in step 1</source>
        <translation>in Schritt 1 offen zugänglich gefunden</translation>
    </message>
    <message>
        <source>flagged in step 1</source>
        <translation>in Schritt 1 markiert</translation>
    </message>
    <message>
        <source>Have you saved the new key %1 somewhere safe? Only then are the old keys deleted.</source>
        <translation>Haben Sie den neuen Schlüssel %1 an einem sicheren Ort gespeichert? Erst dann werden die alten Schlüssel gelöscht.</translation>
    </message>
    <message>
        <source>The new key is not in the keychain. Save the key printed here, then run the command again to delete the old keys.</source>
        <translation>Der neue Schlüssel ist nicht im Schlüsselbund. Speichern Sie den Schlüssel, der hier angezeigt wird, und führen Sie den Befehl dann noch einmal aus, um die alten Schlüssel zu löschen.</translation>
    </message>
    <message>
        <source>Save the new key printed above somewhere safe (a password manager). Have you saved it? Only then are the old keys deleted.</source>
        <translation>Speichern Sie den neuen Schlüssel, der oben angezeigt wird, an einem sicheren Ort (in einem Passwortmanager). Haben Sie ihn gespeichert? Erst dann werden die alten Schlüssel gelöscht.</translation>
    </message>
    <message>
        <source>No old key was deleted. Run the command again once the new key is saved, or with the new key itself (MAILGUN_API_KEY or --key-file).</source>
        <translation>Es wurde kein alter Schlüssel gelöscht. Führen Sie den Befehl noch einmal aus, sobald der neue Schlüssel gespeichert ist, oder mit dem neuen Schlüssel selbst (MAILGUN_API_KEY oder --key-file).</translation>
    </message>
    <message>
        <source>Not kept in the keychain: you saved it yourself.</source>
        <translation>Nicht im Schlüsselbund aufbewahrt: Sie haben ihn selbst gespeichert.</translation>
    </message>
    <message>
        <source>Not kept in the keychain.</source>
        <translation>Nicht im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>The key you use is key %1: its own ending says so. --in-use-key-id %2 does not match it, so nothing was changed.</source>
        <translation>Der Schlüssel, den Sie verwenden, ist Schlüssel %1: Das zeigt seine eigene Endung. --in-use-key-id %2 passt nicht dazu, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>None of your listed keys has the id %1, so nothing was changed. Run the command without --in-use-key-id to see the list.</source>
        <translation>Keiner Ihrer aufgeführten Schlüssel hat die ID %1, daher wurde nichts geändert. Führen Sie den Befehl ohne --in-use-key-id aus, um die Liste zu sehen.</translation>
    </message>
    <message>
        <source>in use, as you said</source>
        <translation>wird verwendet, laut Ihrer Angabe</translation>
    </message>
    <message>
        <source>The program cannot tell which of these keys is the one you use: older keys (they start with &quot;key-&quot;) do not show which entry is theirs. No key is marked as in use. If you know which one it is, run the command again with --in-use-key-id ID.</source>
        <translation>Das Programm kann nicht erkennen, welcher dieser Schlüssel der ist, den Sie verwenden: Bei älteren Schlüsseln (sie beginnen mit „key-“) ist nicht zu sehen, welcher Eintrag zu ihnen gehört. Kein Schlüssel ist als verwendet markiert. Wenn Sie wissen, welcher es ist, führen Sie den Befehl noch einmal mit --in-use-key-id ID aus.</translation>
    </message>
    <message>
        <source>keep</source>
        <extracomment>First column of the key table on the command line: this key stays.</extracomment>
        <translation>behalten</translation>
    </message>
    <message numerus="yes">
        <source>The program makes a new %1 key and saves it in the keychain. Then it deletes the %n old key(s) marked &quot;%2&quot;.</source>
        <extracomment>%2 is the word that marks a key for deletion in the table above.</extracomment>
        <translation>
            <numerusform>Das Programm legt einen neuen Schlüssel mit der Rolle „%1“ an und speichert ihn im Schlüsselbund. Dann löscht es den %n alten Schlüssel, der mit „%2“ markiert ist.</numerusform>
            <numerusform>Das Programm legt einen neuen Schlüssel mit der Rolle „%1“ an und speichert ihn im Schlüsselbund. Dann löscht es die %n alten Schlüssel, die mit „%2“ markiert sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>almost certain</source>
        <translation>fast sicher</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>möglich</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>HOCH</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>MITTEL</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>NIEDRIG</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>Give the folders to scan, for example: mailgun-recovery scan /var/www/mysite</source>
        <translation>Geben Sie die Ordner an, die durchsucht werden sollen, zum Beispiel: mailgun-recovery scan /var/www/mysite</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>No Mailgun keys, passwords or risky files were found.</source>
        <translation>Es wurden keine Mailgun-Schlüssel, Passwörter oder riskanten Dateien gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n thing(s) to fix:</source>
        <translation>
            <numerusform>%n Fund, der behoben werden muss:</numerusform>
            <numerusform>%n Funde, die behoben werden müssen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned %Ln file(s) (%1)…</source>
        <translation>
            <numerusform>%Ln Datei durchsucht (%1)…</numerusform>
            <numerusform>%Ln Dateien durchsucht (%1)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned %Ln file(s) (%1).</source>
        <translation>
            <numerusform>%Ln Datei durchsucht (%1).</numerusform>
            <numerusform>%Ln Dateien durchsucht (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretRevealField</name>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the new key</source>
        <translation>Den neuen Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the new key</source>
        <translation>Den neuen Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message numerus="yes">
        <source>Copy to the clipboard. The program empties the clipboard again after %n second(s).</source>
        <translation>
            <numerusform>In die Zwischenablage kopieren. Das Programm leert die Zwischenablage nach %n Sekunde wieder.</numerusform>
            <numerusform>In die Zwischenablage kopieren. Das Programm leert die Zwischenablage nach %n Sekunden wieder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. Paste within %n second(s).</source>
        <translation>
            <numerusform>Kopiert. Innerhalb von %n Sekunde einfügen.</numerusform>
            <numerusform>Kopiert. Innerhalb von %n Sekunden einfügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New SMTP password</source>
        <translation>Neues SMTP-Passwort</translation>
    </message>
    <message>
        <source>Show the new SMTP password</source>
        <translation>Das neue SMTP-Passwort anzeigen</translation>
    </message>
    <message>
        <source>Copy the new SMTP password</source>
        <translation>Das neue SMTP-Passwort kopieren</translation>
    </message>
    <message>
        <source>New webhook signing key</source>
        <translation>Neuer Webhook-Signaturschlüssel</translation>
    </message>
    <message>
        <source>Show the new webhook signing key</source>
        <translation>Den neuen Webhook-Signaturschlüssel anzeigen</translation>
    </message>
    <message>
        <source>Copy the new webhook signing key</source>
        <translation>Den neuen Webhook-Signaturschlüssel kopieren</translation>
    </message>
    <message>
        <source>New public validation key</source>
        <translation>Neuer öffentlicher Validierungsschlüssel</translation>
    </message>
    <message>
        <source>Show the new public validation key</source>
        <translation>Den neuen öffentlichen Validierungsschlüssel anzeigen</translation>
    </message>
    <message>
        <source>Copy the new public validation key</source>
        <translation>Den neuen öffentlichen Validierungsschlüssel kopieren</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain on this computer did what was asked.</source>
        <translation>Der Schlüsselbund auf diesem Computer hat die Aufgabe ausgeführt.</translation>
    </message>
    <message>
        <source>The keychain on this computer has no saved entry under that name. If you saved the key or password somewhere else, use that copy.</source>
        <translation>Im Schlüsselbund auf diesem Computer gibt es keinen Eintrag unter diesem Namen. Wenn Sie den Schlüssel oder das Passwort woanders gespeichert haben, verwenden Sie diese Kopie.</translation>
    </message>
    <message>
        <source>No keychain (the password store of your computer) is running, so nothing can be saved in it. The new key or password will be shown to you once instead: copy it somewhere safe, such as your password manager, before you continue.</source>
        <translation>Auf diesem Computer läuft kein Schlüsselbund (der Passwortspeicher Ihres Computers), daher kann darin nichts gespeichert werden. Der neue Schlüssel oder das neue Passwort wird Ihnen stattdessen einmal angezeigt: Bewahren Sie eine Kopie an einem sicheren Ort auf, zum Beispiel in Ihrem Passwortmanager, bevor Sie weitermachen.</translation>
    </message>
    <message>
        <source>The keychain is locked, or access to it was refused. Unlock it (usually with the password you use to log in to this computer) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt, oder der Zugriff darauf wurde verweigert. Entsperren Sie ihn (meist mit dem Passwort, mit dem Sie sich an diesem Computer anmelden) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be waiting for you in another window, for example to be unlocked. Answer that window, then try again.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Vielleicht wartet er in einem anderen Fenster auf Sie, zum Beispiel darauf, entsperrt zu werden. Reagieren Sie auf dieses Fenster, dann versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The keychain could not do what was asked. Try again; if it happens again, tell your helpdesk.</source>
        <translation>Der Schlüsselbund konnte die Aufgabe nicht ausführen. Versuchen Sie es noch einmal; wenn es wieder passiert, wenden Sie sich an Ihren Helpdesk.</translation>
    </message>
    <message>
        <source>The keychain could not do what was asked (it said: &quot;%1&quot;). Try again; if it happens again, tell your helpdesk.</source>
        <translation>Der Schlüsselbund konnte die Aufgabe nicht ausführen (Meldung: „%1“). Versuchen Sie es noch einmal; wenn es wieder passiert, wenden Sie sich an Ihren Helpdesk.</translation>
    </message>
</context>
<context>
    <name>SendAttribution</name>
    <message>
        <source>the key you are using</source>
        <translation>der Schlüssel, den Sie verwenden</translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation>der Schlüssel %1</translation>
    </message>
    <message>
        <source>a key that no longer exists (%1)</source>
        <translation>ein Schlüssel, den es nicht mehr gibt (%1)</translation>
    </message>
    <message>
        <source>Only the newest messages were read: the window held more.</source>
        <translation>Nur die neuesten Nachrichten wurden gelesen: Im Zeitraum gab es mehr.</translation>
    </message>
    <message>
        <source>Most of the mail (%1 of %2) was sent with %3</source>
        <translation>Die meisten Mails (%1 von %2) wurden hiermit gesendet: %3</translation>
    </message>
    <message>
        <source>Delete this key (step 2) unless you know the program that uses it.</source>
        <translation>Löschen Sie diesen Schlüssel (Schritt 2), außer Sie kennen das Programm, das ihn nutzt.</translation>
    </message>
    <message>
        <source>The key is already gone. Tell Mailgun support about these sends.</source>
        <translation>Der Schlüssel ist schon gelöscht. Informieren Sie den Mailgun-Support über diese Sendungen.</translation>
    </message>
    <message>
        <source>Most of the mail (%1 of %2) was sent through SMTP as %3</source>
        <translation>Die meisten E-Mails (%1 von %2) wurden per SMTP als %3 gesendet</translation>
    </message>
    <message>
        <source>Give every SMTP login a new password and delete the ones nobody knows (step 3).</source>
        <translation>Geben Sie jedem SMTP-Login ein neues Passwort und löschen Sie die, die niemand kennt (Schritt 3).</translation>
    </message>
    <message>
        <source>Most of the mail (%1 of %2) came from the internet address %3</source>
        <translation>Die meisten E-Mails (%1 von %2) kamen von der Internetadresse %3</translation>
    </message>
    <message>
        <source>If this address is not one of your servers, give it to Mailgun support and to your hosting provider.</source>
        <translation>Wenn diese Adresse nicht zu Ihren Servern gehört, geben Sie sie an den Mailgun-Support und an Ihren Hosting-Anbieter weiter.</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln message(s) read from the logs (%1 to %2), %3 were sent through the API and %4 through SMTP.</source>
        <translation>
            <numerusform>Von %Ln Nachricht aus den Logs (%1 bis %2) wurden %3 über die API und %4 über SMTP gesendet.</numerusform>
            <numerusform>Von %Ln Nachrichten aus den Logs (%1 bis %2) wurden %3 über die API und %4 über SMTP gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingChart</name>
    <message>
        <source>Email sent each day in the last 30 days</source>
        <translation>Täglich gesendete E-Mails in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>No sending figures were read.</source>
        <translation>Es wurden keine Versandzahlen gelesen.</translation>
    </message>
    <message>
        <source>Sending jumped on %1, up to %2 in one day.</source>
        <translation>Der Versand stieg am %1 stark an, auf bis zu %2 an einem Tag.</translation>
    </message>
    <message>
        <source>No unusual jump.</source>
        <translation>Kein ungewöhnlicher Anstieg.</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Noch keine Zahlen</translation>
    </message>
    <message>
        <source>US region</source>
        <translation>Region US</translation>
    </message>
    <message>
        <source>EU region</source>
        <translation>Region EU</translation>
    </message>
    <message>
        <source>Unusual</source>
        <translation>Ungewöhnlich</translation>
    </message>
    <message>
        <source>Usual level</source>
        <translation>Normales Niveau</translation>
    </message>
    <message numerus="yes">
        <source>Emails sent in the last %n day(s): %1, usually about %2 a day.</source>
        <translation>
            <numerusform>Gesendete E-Mails am letzten %n Tag: %1, normalerweise etwa %2 pro Tag.</numerusform>
            <numerusform>Gesendete E-Mails in den letzten %n Tagen: %1, normalerweise etwa %2 pro Tag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteExposure</name>
    <message>
        <source>Settings file (.env) anyone can download</source>
        <translation>Einstellungsdatei (.env), die jeder herunterladen kann</translation>
    </message>
    <message>
        <source>This file holds your website&apos;s passwords and keys, often including the Mailgun key or SMTP password. Anyone who knows the address can read it.</source>
        <translation>Diese Datei enthält die Passwörter und Schlüssel Ihrer Website, oft auch den Mailgun-Schlüssel oder das SMTP-Passwort. Jeder, der die Adresse kennt, kann sie lesen.</translation>
    </message>
    <message>
        <source>Delete this file from your web server, or move it out of the public website folder. Then change every password and key that was in it.</source>
        <translation>Löschen Sie diese Datei von Ihrem Webserver oder verschieben Sie sie aus dem öffentlichen Webordner. Ändern Sie dann jedes Passwort und jeden Schlüssel, der darin stand.</translation>
    </message>
    <message>
        <source>Page that shows the server settings (phpinfo)</source>
        <translation>Seite, die die Servereinstellungen zeigt (phpinfo)</translation>
    </message>
    <message>
        <source>This page lists your server&apos;s settings, and often the passwords and keys your website uses, to anyone who opens it.</source>
        <translation>Diese Seite zeigt jedem, der sie öffnet, die Einstellungen Ihres Servers und oft auch die Passwörter und Schlüssel, die Ihre Website verwendet.</translation>
    </message>
    <message>
        <source>Delete this file from your web server.</source>
        <translation>Löschen Sie diese Datei von Ihrem Webserver.</translation>
    </message>
    <message>
        <source>Laravel debug mode is on</source>
        <translation>Der Laravel-Debug-Modus ist eingeschaltet</translation>
    </message>
    <message>
        <source>In debug mode, error pages show internal details of your website to visitors, and on older versions all its passwords and keys.</source>
        <translation>Im Debug-Modus zeigen Fehlerseiten den Besuchern interne Details Ihrer Website, bei älteren Versionen sogar alle Passwörter und Schlüssel.</translation>
    </message>
    <message>
        <source>Turn off debug mode: set APP_DEBUG=false in your website&apos;s .env file.</source>
        <translation>Schalten Sie den Debug-Modus aus: Setzen Sie APP_DEBUG=false in der .env-Datei Ihrer Website.</translation>
    </message>
    <message>
        <source>Laravel error log viewer anyone can open</source>
        <translation>Laravel-Fehlerprotokoll, das jeder öffnen kann</translation>
    </message>
    <message>
        <source>This page shows your website&apos;s error messages, which can hold passwords and keys.</source>
        <translation>Diese Seite zeigt die Fehlermeldungen Ihrer Website. Darin können Passwörter und Schlüssel stehen.</translation>
    </message>
    <message>
        <source>Laravel log file anyone can download</source>
        <translation>Laravel-Logdatei, die jeder herunterladen kann</translation>
    </message>
    <message>
        <source>This log file holds your website&apos;s error messages, which can hold passwords, keys and email addresses.</source>
        <translation>Diese Logdatei enthält die Fehlermeldungen Ihrer Website. Darin können Passwörter, Schlüssel und E-Mail-Adressen stehen.</translation>
    </message>
    <message>
        <source>Delete this file from your web server, and make sure the storage folder is not inside the public website folder.</source>
        <translation>Löschen Sie diese Datei von Ihrem Webserver. Achten Sie darauf, dass der Ordner „storage“ nicht im öffentlichen Webordner liegt.</translation>
    </message>
    <message>
        <source>Laravel Telescope is open to everyone</source>
        <translation>Laravel Telescope ist für alle zugänglich</translation>
    </message>
    <message>
        <source>Telescope shows every request, email and error of your website, with the data in them.</source>
        <translation>Telescope zeigt jede Anfrage, jede E-Mail und jeden Fehler Ihrer Website, mit allen Daten darin.</translation>
    </message>
    <message>
        <source>Turn off Telescope on your live website (TELESCOPE_ENABLED=false), or allow only your own login to open it.</source>
        <translation>Schalten Sie Telescope auf Ihrer Live-Website aus (TELESCOPE_ENABLED=false) oder erlauben Sie nur Ihrem eigenen Login, es zu öffnen.</translation>
    </message>
    <message>
        <source>PHP Debugbar is open to everyone</source>
        <translation>PHP Debugbar ist für alle zugänglich</translation>
    </message>
    <message>
        <source>The debug bar keeps a record of recent requests to your website, with the data in them.</source>
        <translation>Die Debug-Leiste speichert die letzten Anfragen an Ihre Website mit den darin enthaltenen Daten.</translation>
    </message>
    <message>
        <source>Turn off debug mode: set APP_DEBUG=false (and DEBUGBAR_ENABLED=false) in your website&apos;s .env file.</source>
        <translation>Schalten Sie den Debug-Modus aus: Setzen Sie APP_DEBUG=false (und DEBUGBAR_ENABLED=false) in der .env-Datei Ihrer Website.</translation>
    </message>
    <message>
        <source>Symfony Profiler is open to everyone</source>
        <translation>Symfony Profiler ist für jeden zugänglich</translation>
    </message>
    <message>
        <source>The profiler shows your website&apos;s settings, recent requests and the data sent in them, including passwords.</source>
        <translation>Der Profiler zeigt die Einstellungen Ihrer Website, die letzten Anfragen und die darin gesendeten Daten, auch Passwörter.</translation>
    </message>
    <message>
        <source>Switch your live website to production mode: set APP_ENV=prod and APP_DEBUG=0 in its .env file.</source>
        <translation>Stellen Sie Ihre öffentliche Website auf den Produktionsmodus um: Setzen Sie APP_ENV=prod und APP_DEBUG=0 in ihrer .env-Datei.</translation>
    </message>
    <message>
        <source>Copy of the WordPress settings file anyone can download</source>
        <translation>Kopie der WordPress-Einstellungsdatei, die jeder herunterladen kann</translation>
    </message>
    <message>
        <source>This copy of wp-config.php holds your database password, and often Mailgun or SMTP settings. Unlike the real file, a copy is shown as text.</source>
        <translation>Diese Kopie von wp-config.php enthält Ihr Datenbankpasswort und oft Mailgun- oder SMTP-Einstellungen. Anders als die echte Datei wird eine Kopie als Text angezeigt.</translation>
    </message>
    <message>
        <source>Delete this file from your web server. Then change the database password and every key that was in it.</source>
        <translation>Löschen Sie diese Datei von Ihrem Webserver. Ändern Sie dann das Datenbankpasswort und jeden Schlüssel, der darin stand.</translation>
    </message>
    <message>
        <source>The WordPress settings file is shown as text</source>
        <translation>Die WordPress-Einstellungsdatei wird als Text angezeigt</translation>
    </message>
    <message>
        <source>Your web server shows the program text of wp-config.php instead of running it, so anyone can read your database password and keys.</source>
        <translation>Ihr Webserver zeigt den Programmtext von wp-config.php an, statt ihn auszuführen. So kann jeder Ihr Datenbank-Passwort und Ihre Schlüssel lesen.</translation>
    </message>
    <message>
        <source>Ask your hosting provider to fix PHP on your website right away. Then change the database password and every key in that file.</source>
        <translation>Bitten Sie Ihren Hosting-Anbieter, PHP auf Ihrer Website sofort zu reparieren. Ändern Sie danach das Datenbank-Passwort und jeden Schlüssel in dieser Datei.</translation>
    </message>
    <message>
        <source>WordPress debug log anyone can download</source>
        <translation>WordPress-Debug-Log, das jeder herunterladen kann</translation>
    </message>
    <message>
        <source>This log holds your website&apos;s error messages. Mail plugins in debug mode can write passwords into it.</source>
        <translation>Dieses Log enthält die Fehlermeldungen Ihrer Website. Mail-Plugins im Debug-Modus können Passwörter hineinschreiben.</translation>
    </message>
    <message>
        <source>Delete this file from your web server and turn off debug logging: set WP_DEBUG_LOG to false in wp-config.php.</source>
        <translation>Löschen Sie diese Datei von Ihrem Webserver und schalten Sie das Debug-Logging aus: Setzen Sie WP_DEBUG_LOG in wp-config.php auf false.</translation>
    </message>
    <message>
        <source>Code history folder (.git) anyone can download</source>
        <translation>Ordner mit Code-Historie (.git), den jeder herunterladen kann</translation>
    </message>
    <message>
        <source>Anyone can download your website&apos;s whole code history from this folder, including passwords that were ever saved in it.</source>
        <translation>Aus diesem Ordner kann jeder die gesamte Code-Historie Ihrer Website herunterladen, auch Passwörter, die jemals darin gespeichert waren.</translation>
    </message>
    <message>
        <source>Block access to the .git folder on your web server, or delete the folder from the server.</source>
        <translation>Sperren Sie auf Ihrem Webserver den Zugriff auf den Ordner .git oder löschen Sie den Ordner vom Server.</translation>
    </message>
    <message>
        <source>Website backup anyone can download</source>
        <translation>Website-Sicherung, die jeder herunterladen kann</translation>
    </message>
    <message>
        <source>This archive likely holds your whole website, with its settings files and passwords.</source>
        <translation>Dieses Archiv enthält wahrscheinlich Ihre ganze Website, mit ihren Einstellungsdateien und Passwörtern.</translation>
    </message>
    <message>
        <source>Delete this file from your web server. Keep backups outside the public website folder.</source>
        <translation>Löschen Sie diese Datei von Ihrem Webserver. Bewahren Sie Sicherungen außerhalb des öffentlichen Webordners auf.</translation>
    </message>
    <message>
        <source>Database copy anyone can download</source>
        <translation>Datenbankkopie, die jeder herunterladen kann</translation>
    </message>
    <message>
        <source>This file holds your website&apos;s database, including the settings of mail plugins, with their keys and passwords.</source>
        <translation>Diese Datei enthält die Datenbank Ihrer Website, auch die Einstellungen von E-Mail-Plugins mit ihren Schlüsseln und Passwörtern.</translation>
    </message>
    <message>
        <source>Delete this file from your web server. Keep database copies outside the public website folder.</source>
        <translation>Löschen Sie diese Datei von Ihrem Webserver. Bewahren Sie Datenbankkopien außerhalb des öffentlichen Webordners auf.</translation>
    </message>
    <message>
        <source>Server setup file (docker-compose) anyone can download</source>
        <translation>Server-Einrichtungsdatei (docker-compose), die jeder herunterladen kann</translation>
    </message>
    <message>
        <source>This file describes how your website runs and often holds its passwords and keys.</source>
        <translation>Diese Datei beschreibt, wie Ihre Website läuft. Oft enthält sie deren Passwörter und Schlüssel.</translation>
    </message>
    <message>
        <source>Script with your website&apos;s settings anyone can read</source>
        <translation>Skript mit den Einstellungen Ihrer Website, das jeder lesen kann</translation>
    </message>
    <message>
        <source>Every visitor&apos;s browser downloads this script. Any key or password in it is public.</source>
        <translation>Der Browser jedes Besuchers lädt dieses Skript herunter. Jeder Schlüssel und jedes Passwort darin ist öffentlich.</translation>
    </message>
    <message>
        <source>Remove keys and passwords from this file. Keys for Mailgun must only be used on the server, never in the browser.</source>
        <translation>Entfernen Sie Schlüssel und Passwörter aus dieser Datei. Schlüssel für Mailgun dürfen nur auf dem Server verwendet werden, nie im Browser.</translation>
    </message>
    <message>
        <source>File upload settings anyone can download</source>
        <translation>Upload-Einstellungen, die jeder herunterladen kann</translation>
    </message>
    <message>
        <source>Your code editor saved the address and password it uses to upload your website into this file.</source>
        <translation>Ihr Code-Editor hat in dieser Datei die Adresse und das Passwort gespeichert, mit denen er Ihre Website hochlädt.</translation>
    </message>
    <message>
        <source>Delete this file from your web server and change the FTP or SSH password that was in it.</source>
        <translation>Löschen Sie diese Datei von Ihrem Webserver und ändern Sie das FTP- oder SSH-Passwort, das darin stand.</translation>
    </message>
    <message>
        <source>Folder contents are listed to everyone</source>
        <translation>Ordnerinhalte sind für alle sichtbar</translation>
    </message>
    <message>
        <source>Anyone can see every file in this folder and download it, including backups and logs.</source>
        <translation>Jeder kann alle Dateien in diesem Ordner sehen und herunterladen, auch Sicherungen und Logdateien.</translation>
    </message>
    <message>
        <source>Turn off folder listings on your web server (for Apache: &quot;Options -Indexes&quot;), or ask your hosting provider to.</source>
        <translation>Schalten Sie auf Ihrem Webserver die Ordnerauflistung aus (bei Apache: „Options -Indexes“) oder bitten Sie Ihren Hosting-Anbieter darum.</translation>
    </message>
    <message>
        <source>Mailgun key inside your website&apos;s page or script</source>
        <translation>Mailgun-Schlüssel in einer Seite oder einem Skript Ihrer Website</translation>
    </message>
    <message>
        <source>Every visitor&apos;s web browser downloads this page or script, so anyone can read the key in it.</source>
        <translation>Der Webbrowser jedes Besuchers lädt diese Seite oder dieses Skript herunter. Jeder kann den Schlüssel darin lesen.</translation>
    </message>
    <message>
        <source>Remove the key from the page or script, then replace it (step 2). Only your server should talk to Mailgun: a key in code that runs in the browser is public.</source>
        <translation>Entfernen Sie den Schlüssel aus der Seite oder dem Skript und ersetzen Sie ihn dann (Schritt 2). Nur Ihr Server sollte mit Mailgun sprechen: Ein Schlüssel in Code, der im Browser läuft, ist öffentlich.</translation>
    </message>
    <message>
        <source>Mailgun key in a file anyone can download</source>
        <translation>Mailgun-Schlüssel in einer Datei, die jeder herunterladen kann</translation>
    </message>
    <message>
        <source>Anyone who knows this address can download the file and read the key in it, whatever the file&apos;s name says.</source>
        <translation>Jeder, der diese Adresse kennt, kann die Datei herunterladen und den Schlüssel darin lesen, egal was der Dateiname sagt.</translation>
    </message>
    <message>
        <source>Delete this file from your web server, or move it out of the public website folder. Then replace every key and password that was in it (step 2).</source>
        <translation>Löschen Sie diese Datei von Ihrem Webserver, oder verschieben Sie sie aus dem öffentlichen Website-Ordner. Ersetzen Sie dann jeden Schlüssel und jedes Passwort, das darin stand (Schritt 2).</translation>
    </message>
</context>
<context>
    <name>SiteProbe</name>
    <message>
        <source>The site refused the connection. Is the web server running?</source>
        <translation>Die Website hat die Verbindung abgelehnt. Läuft der Webserver?</translation>
    </message>
    <message>
        <source>This address could not be found. Check that it is spelled correctly.</source>
        <translation>Diese Adresse wurde nicht gefunden. Prüfen Sie, ob sie richtig geschrieben ist.</translation>
    </message>
    <message>
        <source>The site did not answer in time.</source>
        <translation>Die Website hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The site&apos;s security certificate is not valid, so the site was not checked.</source>
        <translation>Das Sicherheitszertifikat der Website ist ungültig. Die Website wurde daher nicht geprüft.</translation>
    </message>
    <message>
        <source>The site sends visitors to another address (%1). Check that address instead, if it is also yours.</source>
        <translation>Die Website leitet Besucher an eine andere Adresse weiter (%1). Prüfen Sie stattdessen diese Adresse, wenn sie Ihnen auch gehört.</translation>
    </message>
    <message>
        <source>The site sent the request around in circles.</source>
        <translation>Die Website hat die Anfrage im Kreis weitergeleitet.</translation>
    </message>
    <message>
        <source>The site could not be reached (%1).</source>
        <translation>Die Website war nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Die Prüfung wurde angehalten.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>Only website addresses (starting with http:// or https://) can be checked.</source>
        <translation>Nur Website-Adressen (beginnend mit http:// oder https://) können geprüft werden.</translation>
    </message>
    <message>
        <source>This is not a website address.</source>
        <translation>Das ist keine Website-Adresse.</translation>
    </message>
    <message>
        <source>The site stopped answering. %1</source>
        <translation>Die Website antwortet nicht mehr. %1</translation>
    </message>
    <message>
        <source>Type only the folder&apos;s name, for example shop, not a whole address.</source>
        <translation>Geben Sie nur den Namen des Ordners ein, zum Beispiel shop, keine ganze Adresse.</translation>
    </message>
    <message>
        <source>The folder name is empty.</source>
        <translation>Der Ordnername ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder inside your website. Give the folder&apos;s name as it appears in the address, such as shop.</source>
        <translation>„%1“ ist kein Ordner in Ihrer Website. Geben Sie den Namen des Ordners so an, wie er in der Adresse steht, etwa shop.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder name the check can use. Use letters, digits, dots, dashes and slashes only.</source>
        <translation>„%1“ ist kein Ordnername, den die Prüfung verwenden kann. Verwenden Sie nur Buchstaben, Ziffern, Punkte, Bindestriche und Schrägstriche.</translation>
    </message>
    <message>
        <source>The folder is too deep. Give at most four folder names, such as apps/shop.</source>
        <translation>Der Ordner liegt zu tief. Geben Sie höchstens vier Ordnernamen an, etwa apps/shop.</translation>
    </message>
    <message>
        <source>Its content looks like %1.</source>
        <translation>Sein Inhalt sieht aus wie %1.</translation>
    </message>
</context>
<context>
    <name>SmtpKeychain</name>
    <message>
        <source>it gave back another password than the one just saved</source>
        <translation>er hat ein anderes Passwort zurückgegeben als das gerade gespeicherte</translation>
    </message>
</context>
<context>
    <name>SmtpLoginFindings</name>
    <message>
        <source>An SMTP login %1 was created %2, after the incident started</source>
        <translation>Ein SMTP-Login %1 wurde %2 erstellt, nach Beginn des Vorfalls</translation>
    </message>
    <message>
        <source>An SMTP login is a user name and password that programs use to send mail from %1 through Mailgun&apos;s mail servers (%2). One made after the incident started may belong to the intruder, and it keeps working after the API key is changed.</source>
        <translation>Ein SMTP-Login besteht aus Benutzername und Passwort. Programme nutzen ihn, um Mails von %1 über die Mailserver von Mailgun (%2) zu senden. Ein Login, der nach Beginn des Vorfalls erstellt wurde, kann dem Eindringling gehören. Er funktioniert auch dann weiter, wenn der API-Schlüssel geändert wird.</translation>
    </message>
    <message>
        <source>If nobody at your company made it, delete it in step 3.</source>
        <translation>Wenn niemand in Ihrer Firma es erstellt hat, löschen Sie es in Schritt 3.</translation>
    </message>
</context>
<context>
    <name>SmtpLoginModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>in Arbeit…</translation>
    </message>
    <message>
        <source>✔ new password</source>
        <translation>✔ neues Passwort</translation>
    </message>
    <message>
        <source>✔ deleted</source>
        <translation>✔ gelöscht</translation>
    </message>
    <message>
        <source>? not sure, try again</source>
        <translation>? unsicher, noch einmal versuchen</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ fehlgeschlagen</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>new, check it</source>
        <translation>neu, bitte prüfen</translation>
    </message>
    <message>
        <source>Mailgun never deletes the postmaster login; it gets a new password.</source>
        <translation>Mailgun löscht den postmaster-Login nie; er erhält ein neues Passwort.</translation>
    </message>
    <message>
        <source>Tick to delete this login instead of giving it a new password.</source>
        <translation>Ankreuzen, um diesen Login zu löschen, statt ihm ein neues Passwort zu geben.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Made after the incident began. If nobody on your team made it, tick Delete.</source>
        <translation>Nach Beginn des Vorfalls angelegt. Wenn niemand in Ihrem Team ihn angelegt hat, kreuzen Sie „Löschen“ an.</translation>
    </message>
</context>
<context>
    <name>SmtpLoginRow</name>
    <message>
        <source>%1 (subaccount “%2”)</source>
        <translation>%1 (Unterkonto „%2“)</translation>
    </message>
</context>
<context>
    <name>SmtpLoginTable</name>
    <message>
        <source>Your SMTP logins; ticked logins are deleted, the others get a new password</source>
        <translation>Ihre SMTP-Logins; angekreuzte Logins werden gelöscht, die anderen erhalten ein neues Passwort</translation>
    </message>
</context>
<context>
    <name>SmtpResetController</name>
    <message>
        <source>The domains could not be read.</source>
        <translation>Die Domains konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The domains in the %1 region: %2</source>
        <translation>Die Domains in der Region %1: %2</translation>
    </message>
    <message>
        <source>The SMTP logins of %1: %2</source>
        <translation>Die SMTP-Logins von %1: %2</translation>
    </message>
    <message>
        <source>There is no unfinished SMTP password reset to continue.</source>
        <translation>Es gibt kein unterbrochenes Zurücksetzen der SMTP-Passwörter, das fortgesetzt werden kann.</translation>
    </message>
    <message>
        <source>Not started: you stopped the reset.</source>
        <translation>Nicht begonnen: Sie haben das Zurücksetzen angehalten.</translation>
    </message>
    <message>
        <source>The new password could not be saved in the keychain, so it was not sent. The old password still works.</source>
        <translation>Das neue Passwort konnte nicht im Schlüsselbund gespeichert werden und wurde deshalb nicht gesendet. Das alte Passwort funktioniert noch.</translation>
    </message>
    <message>
        <source>Mailgun did not answer, so it is not known whether the new password is active. Try again: the same new password will be sent.</source>
        <translation>Mailgun hat nicht geantwortet. Daher ist nicht bekannt, ob das neue Passwort aktiv ist. Versuchen Sie es noch einmal: Es wird dasselbe neue Passwort gesendet.</translation>
    </message>
    <message>
        <source>Mailgun did not accept the new password; the old one still works.</source>
        <translation>Mailgun hat das neue Passwort nicht angenommen; das alte funktioniert noch.</translation>
    </message>
    <message>
        <source>The login could not be deleted; it still works.</source>
        <translation>Der Login konnte nicht gelöscht werden; er funktioniert noch.</translation>
    </message>
    <message>
        <source>The reset stopped before changing anything more.</source>
        <translation>Das Zurücksetzen wurde angehalten, bevor weitere Änderungen vorgenommen wurden.</translation>
    </message>
    <message>
        <source>The record of your recovery could not be saved (%1). Check that the disk is not full and that the folder may be written to, then run the reset again.</source>
        <translation>Die Aufzeichnung Ihrer Wiederherstellung konnte nicht gespeichert werden (%1). Prüfen Sie, ob die Festplatte voll ist und ob in den Ordner geschrieben werden darf, und starten Sie das Zurücksetzen dann noch einmal.</translation>
    </message>
    <message>
        <source>The keychain stopped answering earlier. Close the assistant, unlock the keychain if it asks, and start again: the reset goes on where it stopped.</source>
        <translation>Der Schlüsselbund hat vorhin nicht mehr geantwortet. Schließen Sie den Assistenten, entsperren Sie den Schlüsselbund, falls er danach fragt, und starten Sie neu: Das Zurücksetzen macht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>No keychain (the password store of your computer) is running, so no password was changed. Start or unlock it and try again.</source>
        <translation>Es läuft kein Schlüsselbund (der Passwortspeicher Ihres Computers), daher wurde kein Passwort geändert. Starten oder entsperren Sie ihn und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>You did not confirm that the new passwords are saved, so none was sent. The old passwords still work.</source>
        <translation>Sie haben nicht bestätigt, dass die neuen Passwörter gespeichert sind. Deshalb wurde keines gesendet. Die alten Passwörter funktionieren noch.</translation>
    </message>
    <message>
        <source>The new password was not sent, because the record of your recovery could not be saved. The old password still works.</source>
        <translation>Das neue Passwort wurde nicht gesendet, weil die Aufzeichnung Ihrer Wiederherstellung nicht gespeichert werden konnte. Das alte Passwort funktioniert noch.</translation>
    </message>
    <message>
        <source>Mailgun now uses the new password. It is in the keychain entry %1, but could not be moved to the entry %2. Run the reset again to finish this login.</source>
        <translation>Mailgun verwendet jetzt das neue Passwort. Es liegt im Schlüsselbund im Eintrag %1, konnte aber nicht in den Eintrag %2 verschoben werden. Starten Sie das Zurücksetzen noch einmal, um diesen Login abzuschließen.</translation>
    </message>
    <message>
        <source>The login was not deleted, because the record of your recovery could not be saved. It still works.</source>
        <translation>Der Login wurde nicht gelöscht, weil die Aufzeichnung Ihrer Wiederherstellung nicht gespeichert werden konnte. Er funktioniert noch.</translation>
    </message>
    <message>
        <source>The subaccounts: %1</source>
        <translation>Die Unterkonten: %1</translation>
    </message>
    <message>
        <source>The subaccount “%1” is disabled, so its SMTP logins were left as they are.</source>
        <translation>Das Unterkonto „%1“ ist deaktiviert. Deshalb wurden seine SMTP-Logins nicht verändert.</translation>
    </message>
    <message>
        <source>The subaccounts&apos; domains in the %1 region: %2</source>
        <translation>Die Domains der Unterkonten in der Region %1: %2</translation>
    </message>
    <message>
        <source>The SMTP logins of %1 (subaccount “%2”)</source>
        <translation>Die SMTP-Logins von %1 (Unterkonto „%2“)</translation>
    </message>
    <message>
        <source>The SMTP logins of %1 (subaccount “%2”): %3</source>
        <translation>Die SMTP-Logins von %1 (Unterkonto „%2“): %3</translation>
    </message>
    <message>
        <source>The new password was not sent; the old password still works.</source>
        <translation>Das neue Passwort wurde nicht gesendet; das alte Passwort funktioniert noch.</translation>
    </message>
</context>
<context>
    <name>SmtpResetPanel</name>
    <message>
        <source>&lt;b&gt;Reset the SMTP passwords for me&lt;/b&gt;</source>
        <translation>&lt;b&gt;SMTP-Passwörter für mich erneuern&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A password reset was interrupted before it was finished.</source>
        <translation>Ein Zurücksetzen der Passwörter wurde unterbrochen, bevor es fertig war.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the interrupted SMTP password reset</source>
        <translation>Das unterbrochene Zurücksetzen der SMTP-Passwörter fortsetzen</translation>
    </message>
    <message>
        <source>Show my SMTP logins</source>
        <translation>Meine SMTP-Logins anzeigen</translation>
    </message>
    <message>
        <source>Reset the passwords</source>
        <translation>Passwörter erneuern</translation>
    </message>
    <message>
        <source>Give every login a new password and delete the ticked ones</source>
        <translation>Jedem Login ein neues Passwort geben und die angekreuzten löschen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop after the logins being changed now</source>
        <translation>Nach den Logins anhalten, die gerade geändert werden</translation>
    </message>
    <message>
        <source>Try the failed ones again</source>
        <translation>Fehlgeschlagene noch einmal versuchen</translation>
    </message>
    <message>
        <source>Try the logins that failed again</source>
        <translation>Die fehlgeschlagenen Logins noch einmal versuchen</translation>
    </message>
    <message>
        <source>Logins done</source>
        <translation>Erledigte Logins</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Where each new password is kept</source>
        <translation>Wo jedes neue Passwort aufbewahrt wird</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Liste kopieren</translation>
    </message>
    <message>
        <source>Copy the list of logins and where their passwords are kept</source>
        <translation>Die Liste der Logins kopieren, mit dem Ort, an dem ihre Passwörter aufbewahrt werden</translation>
    </message>
    <message>
        <source>Some logins could not be read, so they are not in the list:
%1</source>
        <translation>Einige Logins konnten nicht gelesen werden und fehlen deshalb in der Liste:
%1</translation>
    </message>
    <message>
        <source>Your account has no SMTP logins. There is nothing to reset.</source>
        <translation>Ihr Konto hat keine SMTP-Logins. Es gibt nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>Logins that get a new password, kept in this computer&apos;s keychain: %1.</source>
        <translation>Logins, die ein neues Passwort erhalten (aufbewahrt im Schlüsselbund dieses Computers): %1.</translation>
    </message>
    <message>
        <source>Logins that will be deleted: %1.</source>
        <translation>Logins, die gelöscht werden: %1.</translation>
    </message>
    <message>
        <source>Reset the SMTP passwords</source>
        <translation>SMTP-Passwörter erneuern</translation>
    </message>
    <message>
        <source>Reading your domains and their SMTP logins…</source>
        <translation>Ihre Domains und deren SMTP-Logins werden gelesen…</translation>
    </message>
    <message>
        <source>Giving each login its new password…</source>
        <translation>Jeder Login erhält sein neues Passwort…</translation>
    </message>
    <message>
        <source>Done. Logins changed: %1. Each new password is in this computer&apos;s keychain. Click a login to see its password.</source>
        <translation>Fertig. Geänderte Logins: %1. Jedes neue Passwort liegt im Schlüsselbund dieses Computers. Klicken Sie auf einen Login, um sein Passwort zu sehen.</translation>
    </message>
    <message>
        <source>Click a login in the list to see its new password.</source>
        <translation>Klicken Sie in der Liste auf einen Login, um sein neues Passwort zu sehen.</translation>
    </message>
    <message>
        <source>New password for %1 (server %2):</source>
        <translation>Neues Passwort für %1 (Server %2):</translation>
    </message>
    <message>
        <source>%1 | server %2, port 587 | new password in the keychain &quot;%3&quot;, entry %4</source>
        <translation>%1 | Server %2, Port 587 | neues Passwort im Schlüsselbund unter „%3“, Eintrag %4</translation>
    </message>
    <message>
        <source>%1 | deleted</source>
        <translation>%1 | gelöscht</translation>
    </message>
    <message>
        <source>%1 | not changed: the old password still works</source>
        <translation>%1 | nicht geändert: Das alte Passwort funktioniert noch</translation>
    </message>
    <message>
        <source>Reset the SMTP passwords now?</source>
        <translation>Die SMTP-Passwörter jetzt erneuern?</translation>
    </message>
    <message>
        <source>Websites and apps that send email with the old passwords stop sending until you give them the new ones.</source>
        <translation>Websites und Apps, die mit den alten Passwörtern E-Mails senden, senden nicht mehr, bis Sie ihnen die neuen geben.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>The program can give every SMTP login of every domain a new password and keep each one in this computer&apos;s keychain. You can also delete logins nobody on your team knows. First look at the list: nothing changes until you agree.</source>
        <translation>Das Programm kann jedem SMTP-Login jeder Domain ein neues Passwort geben und jedes davon im Schlüsselbund dieses Computers aufbewahren. Sie können auch Logins löschen, die niemand in Ihrem Team kennt. Sehen Sie sich zuerst die Liste an: Nichts wird geändert, bevor Sie zustimmen.</translation>
    </message>
    <message>
        <source>SMTP logins found: %1. Every login gets a new password. Tick Delete for logins nobody on your team knows.</source>
        <translation>Gefundene SMTP-Logins: %1. Jeder Login erhält ein neues Passwort. Kreuzen Sie „Löschen“ bei den Logins an, die niemand in Ihrem Team kennt.</translation>
    </message>
    <message>
        <source>Logins changed: %1. Not changed: %2. The logins marked ✘ still have their old password (point at a row to read why); those marked ? may have the new one. Try again: the same new passwords are sent, nothing is guessed.</source>
        <translation>Geänderte Logins: %1. Nicht geändert: %2. Die mit ✘ markierten Logins haben noch ihr altes Passwort (zeigen Sie auf eine Zeile, um den Grund zu lesen); die mit ? markierten haben vielleicht schon das neue. Versuchen Sie es noch einmal: Es werden dieselben neuen Passwörter gesendet, nichts wird geraten.</translation>
    </message>
</context>
<context>
    <name>StepGuide</name>
    <message>
        <source>Open the Mailgun Control Panel (app.mailgun.com)</source>
        <translation>Mailgun Control Panel öffnen (app.mailgun.com)</translation>
    </message>
    <message>
        <source>Find out how the key leaked</source>
        <translation>Herausfinden, wie der Schlüssel in falsche Hände kam</translation>
    </message>
    <message>
        <source>Someone used your Mailgun account without permission. Before you change anything, find out how they got in. If the hole stays open, your new keys and passwords will leak the same way. An API key is a long password that lets your website and apps use Mailgun.</source>
        <translation>Jemand hat Ihr Mailgun-Konto ohne Erlaubnis benutzt. Bevor Sie etwas ändern, finden Sie heraus, wie die Angreifer hineingekommen sind. Solange die Lücke offen bleibt, gelangen auch Ihre neuen Schlüssel und Passwörter auf demselben Weg nach außen. Ein API-Schlüssel ist ein langes Passwort, mit dem Ihre Website und Ihre Apps Mailgun nutzen.</translation>
    </message>
    <message>
        <source>Sign in to the Mailgun Control Panel at app.mailgun.com.</source>
        <translation>Melden Sie sich im Mailgun Control Panel auf app.mailgun.com an.</translation>
    </message>
    <message>
        <source>Look at the routes and webhooks of each domain. A route or webhook you did not create can send copies of your mail to someone else: write it down and delete it.</source>
        <translation>Sehen Sie sich die Routen („Routes“) und Webhooks jeder Domain an. Eine Route oder ein Webhook, den Sie nicht angelegt haben, kann Kopien Ihrer E-Mails an Fremde senden: Notieren Sie ihn und löschen Sie ihn.</translation>
    </message>
    <message>
        <source>Ask the person who looks after your website to check it, using the list below.</source>
        <translation>Bitten Sie die Person, die Ihre Website betreut, sie anhand der Liste unten zu prüfen.</translation>
    </message>
    <message>
        <source>Open the list of API keys (API Security)</source>
        <translation>Liste der API-Schlüssel öffnen (API Security)</translation>
    </message>
    <message>
        <source>My website does not show its private settings files</source>
        <translation>Meine Website gibt keine privaten Einstellungsdateien preis</translation>
    </message>
    <message>
        <source>Files such as .env, phpinfo pages and backups must not open in a web browser, and &quot;debug mode&quot; must be off. Your web developer or hosting provider can check this.</source>
        <translation>Dateien wie .env, phpinfo-Seiten und Backups dürfen sich nicht im Webbrowser öffnen lassen, und der „Debug-Modus“ muss ausgeschaltet sein. Ihr Webentwickler oder Ihr Hosting-Anbieter kann das prüfen.</translation>
    </message>
    <message>
        <source>Search your projects on GitHub, GitLab or Bitbucket, public ones especially, for your Mailgun key or SMTP password.</source>
        <translation>Durchsuchen Sie Ihre Projekte auf GitHub, GitLab oder Bitbucket, vor allem die öffentlichen, nach Ihrem Mailgun-Schlüssel oder SMTP-Passwort.</translation>
    </message>
    <message>
        <source>I looked at the list of API keys</source>
        <translation>Ich habe mir die Liste der API-Schlüssel angesehen</translation>
    </message>
    <message>
        <source>I looked at the SMTP logins of every domain</source>
        <translation>Ich habe mir die SMTP-Logins jeder Domain angesehen</translation>
    </message>
    <message>
        <source>SMTP logins are the user names and passwords that programs use to send email. You will reset them in step 3.</source>
        <translation>SMTP-Logins sind die Benutzernamen und Passwörter, mit denen Programme E-Mails senden. Sie setzen sie in Schritt 3 zurück.</translation>
    </message>
    <message>
        <source>Replace the private API key</source>
        <translation>Den privaten API-Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>Open Account settings, then API Security (or use the link below).</source>
        <translation>Öffnen Sie „Account settings“, dann „API Security“ (oder verwenden Sie den Link unten).</translation>
    </message>
    <message>
        <source>Copy the new key at once and keep it somewhere safe, such as a password manager. Mailgun shows it only once.</source>
        <translation>Kopieren Sie den neuen Schlüssel sofort und bewahren Sie ihn sicher auf, zum Beispiel in einem Passwortmanager. Mailgun zeigt ihn nur einmal an.</translation>
    </message>
    <message>
        <source>Put the new key into every website and app that uses Mailgun. Check that each one can still send email.</source>
        <translation>Tragen Sie den neuen Schlüssel in jede Website und App ein, die Mailgun nutzt. Prüfen Sie, ob jede davon weiterhin E-Mails senden kann.</translation>
    </message>
    <message>
        <source>I created a new API key</source>
        <translation>Ich habe einen neuen API-Schlüssel erstellt</translation>
    </message>
    <message>
        <source>I saved the new key in a safe place</source>
        <translation>Ich habe den neuen Schlüssel sicher aufbewahrt</translation>
    </message>
    <message>
        <source>My websites and apps use the new key</source>
        <translation>Meine Websites und Apps verwenden den neuen Schlüssel</translation>
    </message>
    <message>
        <source>I deleted every old API key</source>
        <translation>Ich habe jeden alten API-Schlüssel gelöscht</translation>
    </message>
    <message>
        <source>Reset the SMTP passwords</source>
        <translation>Die SMTP-Passwörter erneuern</translation>
    </message>
    <message>
        <source>Open Sending, then Domain settings. Choose a domain at the top, then open SMTP credentials.</source>
        <translation>Öffnen Sie „Sending“, dann „Domain settings“. Wählen Sie oben eine Domain und öffnen Sie dann „SMTP credentials“.</translation>
    </message>
    <message>
        <source>For each login, choose Reset password. Copy the new password and keep it somewhere safe: Mailgun shows it only once.</source>
        <translation>Wählen Sie bei jedem Login „Reset password“. Kopieren Sie das neue Passwort und bewahren Sie es sicher auf: Mailgun zeigt es nur einmal an.</translation>
    </message>
    <message>
        <source>Do the same for every domain. If you have domains in both the US and the EU region, switch region and do those too.</source>
        <translation>Machen Sie dasselbe für jede Domain. Wenn Sie Domains in beiden Regionen haben (US und EU), wechseln Sie die Region und erledigen Sie auch diese.</translation>
    </message>
    <message>
        <source>Put the new passwords into the websites and apps that send email with them.</source>
        <translation>Tragen Sie die neuen Passwörter in die Websites und Apps ein, die damit E-Mails senden.</translation>
    </message>
    <message>
        <source>Every SMTP login has a new password</source>
        <translation>Jeder SMTP-Login hat ein neues Passwort</translation>
    </message>
    <message>
        <source>On every domain, in both regions (US and EU) if you use both.</source>
        <translation>Auf jeder Domain, in beiden Regionen (US und EU), falls Sie beide nutzen.</translation>
    </message>
    <message>
        <source>If every login is known, tick this.</source>
        <translation>Wenn jeder Login bekannt ist, haken Sie dies ab.</translation>
    </message>
    <message>
        <source>My websites and apps use the new passwords</source>
        <translation>Meine Websites und Apps verwenden die neuen Passwörter</translation>
    </message>
    <message>
        <source>Reset every user&apos;s password</source>
        <translation>Das Passwort jedes Benutzers erneuern</translation>
    </message>
    <message>
        <source>Anyone who can sign in to your Mailgun account can create new keys. So every person with access must choose a new password, including you.</source>
        <translation>Wer sich bei Ihrem Mailgun-Konto anmelden kann, kann neue Schlüssel erstellen. Deshalb muss jede Person mit Zugang ein neues Passwort wählen, auch Sie selbst.</translation>
    </message>
    <message>
        <source>In the Control Panel, open Account settings, then Users, to see who has access.</source>
        <translation>Öffnen Sie im Control Panel „Account settings“, dann „Users“, um zu sehen, wer Zugang hat.</translation>
    </message>
    <message>
        <source>Remove anyone who should no longer have access.</source>
        <translation>Entfernen Sie alle, die keinen Zugang mehr haben sollen.</translation>
    </message>
    <message>
        <source>Ask each person to go to app.mailgun.com, click &quot;Forgot password?&quot; and enter their email address.</source>
        <translation>Bitten Sie jede Person, app.mailgun.com aufzurufen, auf „Forgot password?“ zu klicken und ihre E-Mail-Adresse einzugeben.</translation>
    </message>
    <message>
        <source>They receive an email with a link. The link works for 20 minutes only, so they should use it straight away. If it has expired, they can ask for a new one.</source>
        <translation>Jede Person erhält eine E-Mail mit einem Link. Der Link gilt nur 20 Minuten und sollte daher sofort benutzt werden. Ist er abgelaufen, kann man einen neuen anfordern.</translation>
    </message>
    <message>
        <source>Each person chooses a new password that they have never used anywhere else.</source>
        <translation>Jede Person wählt ein neues Passwort, das sie noch nirgendwo anders verwendet hat.</translation>
    </message>
    <message>
        <source>Open the Mailgun sign-in page (with &quot;Forgot password?&quot;)</source>
        <translation>Mailgun-Anmeldeseite öffnen (mit „Forgot password?“)</translation>
    </message>
    <message>
        <source>I removed users who should no longer have access</source>
        <translation>Ich habe Benutzer entfernt, die keinen Zugang mehr haben sollen</translation>
    </message>
    <message>
        <source>Account settings, then Users. If everyone should keep access, tick this.</source>
        <translation>„Account settings“, dann „Users“. Wenn alle ihren Zugang behalten sollen, haken Sie dies ab.</translation>
    </message>
    <message>
        <source>I reset my own password</source>
        <translation>Ich habe mein eigenes Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Every other user reset their password</source>
        <translation>Alle anderen Benutzer haben ihr Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Ask each of them. If you are the only user, tick this.</source>
        <translation>Fragen Sie bei allen nach. Wenn Sie der einzige Benutzer sind, haken Sie dies ab.</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung einschalten</translation>
    </message>
    <message>
        <source>Install an authenticator app on your phone, for example Google Authenticator or Microsoft Authenticator.</source>
        <translation>Installieren Sie eine Authenticator-App auf Ihrem Handy, zum Beispiel Google Authenticator oder Microsoft Authenticator.</translation>
    </message>
    <message>
        <source>Sign in at app.mailgun.com. Open your profile (your name at the top), then Security.</source>
        <translation>Melden Sie sich auf app.mailgun.com an. Öffnen Sie Ihr Profil (Ihr Name oben), dann „Security“.</translation>
    </message>
    <message>
        <source>Type the code the app shows to confirm. If Mailgun gives you recovery codes, keep them somewhere safe: you need them if you lose your phone.</source>
        <translation>Geben Sie zur Bestätigung den Code ein, den die App anzeigt. Wenn Mailgun Ihnen Wiederherstellungscodes („recovery codes“) gibt, bewahren Sie sie sicher auf: Sie brauchen sie, falls Sie Ihr Handy verlieren.</translation>
    </message>
    <message>
        <source>Ask every other user to do the same.</source>
        <translation>Bitten Sie alle anderen Benutzer, dasselbe zu tun.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on for my own user</source>
        <translation>Meine eigene Zwei-Faktor-Anmeldung ist eingeschaltet</translation>
    </message>
    <message>
        <source>Every other user turned on two-factor sign-in</source>
        <translation>Alle anderen Benutzer haben die Zwei-Faktor-Anmeldung eingeschaltet</translation>
    </message>
    <message>
        <source>Tell Mailgun support</source>
        <translation>Den Mailgun-Support informieren</translation>
    </message>
    <message>
        <source>Mailgun&apos;s support team can check your account, lift limits placed on it and watch for more misuse. Tell them what happened and what you have done. Your hosting provider can help find how the key was stolen.</source>
        <translation>Das Support-Team von Mailgun kann Ihr Konto prüfen, Einschränkungen aufheben und auf weiteren Missbrauch achten. Berichten Sie, was passiert ist und was Sie unternommen haben. Ihr Hosting-Anbieter kann helfen herauszufinden, wie der Schlüssel gestohlen wurde.</translation>
    </message>
    <message>
        <source>Open the Mailgun support page (link below), sign in and open a new ticket.</source>
        <translation>Öffnen Sie die Support-Seite von Mailgun (Link unten), melden Sie sich an und eröffnen Sie ein neues Ticket.</translation>
    </message>
    <message>
        <source>Say that your account was misused, when you first noticed it, and what you found in step 1.</source>
        <translation>Schreiben Sie, dass Ihr Konto missbraucht wurde, wann Sie es zuerst bemerkt haben und was Sie in Schritt 1 gefunden haben.</translation>
    </message>
    <message>
        <source>List what you have done: new API key, old keys deleted, SMTP passwords reset, user passwords reset, two-factor sign-in turned on.</source>
        <translation>Zählen Sie auf, was Sie getan haben: neuer API-Schlüssel, alte Schlüssel gelöscht, SMTP-Passwörter zurückgesetzt, Benutzerpasswörter zurückgesetzt, Zwei-Faktor-Anmeldung eingeschaltet.</translation>
    </message>
    <message>
        <source>Never paste a key or a password into the ticket.</source>
        <translation>Fügen Sie nie einen Schlüssel oder ein Passwort in das Ticket ein.</translation>
    </message>
    <message>
        <source>Tell your hosting provider or web developer, so they can check your website and server.</source>
        <translation>Informieren Sie Ihren Hosting-Anbieter oder Webentwickler, damit Ihre Website und Ihr Server geprüft werden können.</translation>
    </message>
    <message>
        <source>Open the Mailgun support page</source>
        <translation>Support-Seite von Mailgun öffnen</translation>
    </message>
    <message>
        <source>See whether Mailgun is working normally (status page)</source>
        <translation>Prüfen, ob Mailgun normal funktioniert (Statusseite)</translation>
    </message>
    <message>
        <source>I told Mailgun support what I found and did</source>
        <translation>Ich habe dem Mailgun-Support mitgeteilt, was ich gefunden und getan habe</translation>
    </message>
    <message>
        <source>I told my hosting provider or web developer</source>
        <translation>Ich habe meinen Hosting-Anbieter oder Webentwickler informiert</translation>
    </message>
    <message>
        <source>If nobody looks after your website for you, tick this.</source>
        <translation>Wenn niemand Ihre Website für Sie betreut, haken Sie dies ab.</translation>
    </message>
    <message>
        <source>If a key or password is there, remove it and replace that key or password again.</source>
        <translation>Steht dort ein Schlüssel oder Passwort, entfernen Sie die Angabe und ersetzen Sie den Schlüssel oder das Passwort noch einmal.</translation>
    </message>
    <message>
        <source>Read Mailgun&apos;s advice for a misused account</source>
        <translation>Hinweise von Mailgun zu einem missbrauchten Konto lesen</translation>
    </message>
    <message>
        <source>Open Account settings, then API Security. Note every API key that you do not recognize.</source>
        <translation>Öffnen Sie „Account settings“, dann „API Security“. Notieren Sie jeden API-Schlüssel, den Sie nicht kennen.</translation>
    </message>
    <message>
        <source>For each domain, open Sending, then Domain settings, then SMTP credentials. Note every login that nobody on your team recognizes.</source>
        <translation>Öffnen Sie für jede Domain „Sending“, dann „Domain settings“, dann „SMTP credentials“. Notieren Sie jeden Login, den niemand in Ihrem Team kennt.</translation>
    </message>
    <message>
        <source>My code online does not contain the key</source>
        <translation>Mein Code im Internet enthält den Schlüssel nicht</translation>
    </message>
    <message>
        <source>Note the keys you do not recognize. You will delete the old keys in step 2.</source>
        <translation>Notieren Sie die Schlüssel, die Sie nicht kennen. Die alten Schlüssel löschen Sie in Schritt 2.</translation>
    </message>
    <message>
        <source>I removed routes and webhooks that nobody on my team created</source>
        <translation>Ich habe Routen und Webhooks entfernt, die niemand in meinem Team angelegt hat</translation>
    </message>
    <message>
        <source>Delete every old key in the list, including keys you do not recognize. A deleted key stops working at once.</source>
        <translation>Löschen Sie jeden alten Schlüssel in der Liste, auch Schlüssel, die Sie nicht kennen. Ein gelöschter Schlüssel funktioniert sofort nicht mehr.</translation>
    </message>
    <message>
        <source>SMTP credentials are the user names and passwords that programs use to send email through Mailgun, for example postmaster@mg.example.com. Each domain has its own. Attackers use them to send spam, so give every login a new password and delete the logins nobody recognizes.</source>
        <translation>SMTP-Zugangsdaten („SMTP credentials“) sind die Benutzernamen und Passwörter, mit denen Programme E-Mails über Mailgun senden, zum Beispiel postmaster@mg.example.com. Jede Domain hat eigene. Angreifer nutzen sie, um Spam zu senden. Geben Sie deshalb jedem Login ein neues Passwort und löschen Sie die Logins, die niemand kennt.</translation>
    </message>
    <message>
        <source>Delete every login that nobody on your team recognizes.</source>
        <translation>Löschen Sie jeden Login, den niemand in Ihrem Team kennt.</translation>
    </message>
    <message>
        <source>I deleted the SMTP logins nobody recognizes</source>
        <translation>Ich habe die SMTP-Logins gelöscht, die niemand kennt</translation>
    </message>
    <message>
        <source>Two-factor sign-in (2FA) means a password alone is not enough to sign in: Mailgun also asks for a code from an app on your phone. Even if a password leaks again, nobody can sign in without that phone.</source>
        <translation>Zwei-Faktor-Anmeldung (2FA) bedeutet: Ein Passwort allein reicht für die Anmeldung nicht aus. Mailgun fragt zusätzlich nach einem Code aus einer App auf Ihrem Handy. Selbst wenn wieder ein Passwort nach außen gelangt, kann sich ohne dieses Handy niemand anmelden.</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in and scan the square code on the screen with the app.</source>
        <translation>Schalten Sie die Zwei-Faktor-Anmeldung („Two-factor authentication“) ein und scannen Sie den quadratischen Code auf dem Bildschirm mit der App.</translation>
    </message>
    <message>
        <source>Read Mailgun&apos;s help page about two-factor sign-in (2FA)</source>
        <translation>Hilfeseite von Mailgun zur Zwei-Faktor-Anmeldung (2FA) lesen</translation>
    </message>
    <message>
        <source>I checked again that my code online holds no key</source>
        <translation>Ich habe noch einmal geprüft, dass mein Code im Internet keinen Schlüssel enthält</translation>
    </message>
    <message>
        <source>I updated WordPress and its plugins</source>
        <translation>Ich habe WordPress und seine Plugins aktualisiert</translation>
    </message>
    <message>
        <source>Thieves often steal keys through old plugins, especially email plugins. If you do not use WordPress, tick this.</source>
        <translation>Diebe stehlen Schlüssel oft über veraltete Plugins, besonders über E-Mail-Plugins. Wenn Sie WordPress nicht verwenden, haken Sie dies ab.</translation>
    </message>
    <message>
        <source>If you have none, or all of them belong to you, tick this.</source>
        <translation>Wenn Sie keine haben oder alle Ihnen gehören, haken Sie dies ab.</translation>
    </message>
    <message>
        <source>The leaked API key keeps working until you delete it. A new key alone does not help. First create a new key and put it into your websites and apps, then delete every old key.</source>
        <translation>Der gestohlene API-Schlüssel funktioniert so lange, bis Sie ihn löschen. Ein neuer Schlüssel allein hilft nicht. Erstellen Sie zuerst einen neuen Schlüssel und tragen Sie ihn in Ihre Websites und Apps ein. Löschen Sie dann jeden alten Schlüssel.</translation>
    </message>
    <message>
        <source>Create a new key. Give it a name that says where you will use it, for example &quot;Website&quot;.</source>
        <translation>Erstellen Sie einen neuen Schlüssel. Geben Sie ihm einen Namen, der sagt, wo Sie ihn verwenden werden, zum Beispiel „Website“.</translation>
    </message>
    <message>
        <source>A password manager works best. Never send a key by email or chat.</source>
        <translation>Ein Passwortmanager eignet sich am besten. Senden Sie einen Schlüssel nie per E-Mail oder Chat.</translation>
    </message>
    <message>
        <source>Send a test email from each one to check.</source>
        <translation>Senden Sie zur Prüfung von jeder eine Test-E-Mail.</translation>
    </message>
    <message>
        <source>Only the new key stays in the list.</source>
        <translation>Nur der neue Schlüssel bleibt in der Liste.</translation>
    </message>
</context>
<context>
    <name>StepListPanel</name>
    <message>
        <source>Your progress</source>
        <translation>Ihr Fortschritt</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Connect to Mailgun</source>
        <translation>Mit Mailgun verbinden</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>noch nicht erledigt</translation>
    </message>
    <message>
        <source>%1, you are here</source>
        <translation>%1, Sie sind hier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Sie sind hier</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Noch nicht erledigt</translation>
    </message>
    <message>
        <source>You chose the practice account. Nothing real changes.</source>
        <translation>Sie haben das Übungskonto gewählt. Nichts Echtes ändert sich.</translation>
    </message>
</context>
<context>
    <name>SubaccountDisableController</name>
    <message>
        <source>Disabling stops the subaccount&apos;s API keys from working and makes its dashboard read-only. Its keys, domains and history stay as evidence. You can enable it again later in the Control Panel.</source>
        <translation>Nach dem Deaktivieren funktionieren die API-Schlüssel des Unterkontos nicht mehr, und sein Dashboard ist nur noch lesbar. Seine Schlüssel, Domains und sein Verlauf bleiben als Beweise erhalten. Sie können es später im Control Panel wieder aktivieren.</translation>
    </message>
    <message>
        <source>Disable the subaccount “%1”?</source>
        <translation>Das Unterkonto „%1“ deaktivieren?</translation>
    </message>
    <message>
        <source>The subaccount was not disabled, because the record of your recovery could not be saved.</source>
        <translation>Das Unterkonto wurde nicht deaktiviert, weil die Aufzeichnung Ihrer Wiederherstellung nicht gespeichert werden konnte.</translation>
    </message>
    <message>
        <source>It is not known whether the subaccount “%1” is disabled: Mailgun&apos;s list of subaccounts could not be read. Check it in the Control Panel.</source>
        <translation>Es ist nicht bekannt, ob das Unterkonto „%1“ deaktiviert ist: Die Liste der Unterkonten von Mailgun konnte nicht gelesen werden. Prüfen Sie es im Control Panel.</translation>
    </message>
    <message>
        <source>The subaccount “%1” is disabled.</source>
        <translation>Das Unterkonto „%1“ ist deaktiviert.</translation>
    </message>
    <message>
        <source>Mailgun did not disable the subaccount “%1”; it is still %2.</source>
        <translation>Mailgun hat das Unterkonto „%1“ nicht deaktiviert; es hat weiterhin den Status %2.</translation>
    </message>
    <message>
        <source>Mailgun no longer lists the subaccount “%1”.</source>
        <translation>Mailgun führt das Unterkonto „%1“ nicht mehr auf.</translation>
    </message>
</context>
<context>
    <name>SubaccountDisablePanel</name>
    <message>
        <source>Disable this subaccount…</source>
        <translation>Dieses Unterkonto deaktivieren…</translation>
    </message>
    <message>
        <source>This subaccount is disabled.</source>
        <translation>Dieses Unterkonto ist deaktiviert.</translation>
    </message>
    <message>
        <source>This subaccount is closed.</source>
        <translation>Dieses Unterkonto ist geschlossen.</translation>
    </message>
    <message>
        <source>Disable the subaccount?</source>
        <translation>Das Unterkonto deaktivieren?</translation>
    </message>
    <message>
        <source>Disable the subaccount “%1”?</source>
        <translation>Das Unterkonto „%1“ deaktivieren?</translation>
    </message>
    <message>
        <source>Disable it</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Disabled by the program.</source>
        <translation>Vom Programm deaktiviert.</translation>
    </message>
    <message>
        <source>Disabling it…</source>
        <translation>Wird deaktiviert…</translation>
    </message>
    <message>
        <source>If nobody on your team made it, disable it. It can be enabled again later.</source>
        <translation>Wenn niemand in Ihrem Team es erstellt hat, deaktivieren Sie es. Es lässt sich später wieder aktivieren.</translation>
    </message>
</context>
<context>
    <name>SubaccountHoldingsText</name>
    <message>
        <source>It has no API keys.</source>
        <translation>Es hat keine API-Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n API key(s): %1.</source>
        <translation>
            <numerusform>Es hat %n API-Schlüssel: %1.</numerusform>
            <numerusform>Es hat %n API-Schlüssel: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>its API keys</source>
        <translation>seine API-Schlüssel</translation>
    </message>
    <message>
        <source>its domains in the %1</source>
        <translation>seine Domains in der Region %1</translation>
    </message>
    <message>
        <source>the SMTP logins of %1</source>
        <translation>die SMTP-Logins von %1</translation>
    </message>
    <message>
        <source>its routes in the %1</source>
        <translation>seine Routen in der Region %1</translation>
    </message>
    <message>
        <source>the webhooks of %1</source>
        <translation>die Webhooks von %1</translation>
    </message>
    <message>
        <source>its account webhooks in the %1</source>
        <translation>seine Konto-Webhooks in der Region %1</translation>
    </message>
    <message>
        <source>Its domains: %1.</source>
        <translation>Seine Domains: %1.</translation>
    </message>
    <message>
        <source>It has no domains.</source>
        <translation>Es hat keine Domains.</translation>
    </message>
    <message>
        <source>Its SMTP logins: %1.</source>
        <translation>Seine SMTP-Logins: %1.</translation>
    </message>
    <message>
        <source>Its routes: %1.</source>
        <translation>Seine Routen: %1.</translation>
    </message>
    <message>
        <source>It has no routes.</source>
        <translation>Es hat keine Routen.</translation>
    </message>
    <message>
        <source>Its webhooks send events to: %1.</source>
        <translation>Seine Webhooks senden Ereignisse an: %1.</translation>
    </message>
    <message>
        <source>It has no webhooks.</source>
        <translation>Es hat keine Webhooks.</translation>
    </message>
    <message>
        <source>The program could not list these for this subaccount, because Mailgun refused or did not answer: %1.</source>
        <extracomment>%1 lists what could not be read, e.g. &quot;its API keys, its routes in the US region&quot;.</extracomment>
        <translation>Das Programm konnte Folgendes für dieses Unterkonto nicht auflisten, weil Mailgun die Anfrage abgelehnt oder nicht geantwortet hat: %1.</translation>
    </message>
    <message>
        <source>The program could not list these for this subaccount, because Mailgun&apos;s answer was not the subaccount&apos;s own: %1.</source>
        <extracomment>%1 lists what could not be read, e.g. &quot;its API keys, its routes in the US region&quot;.</extracomment>
        <translation>Das Programm konnte Folgendes für dieses Unterkonto nicht auflisten, weil die Antwort von Mailgun nicht die des Unterkontos war: %1.</translation>
    </message>
    <message>
        <source>The program could not list these for this subaccount, because Mailgun&apos;s answer was empty, like your main account&apos;s, and proves nothing: %1.</source>
        <extracomment>%1 lists what could not be read, e.g. &quot;its API keys, its routes in the US region&quot;.</extracomment>
        <translation>Das Programm konnte Folgendes für dieses Unterkonto nicht auflisten, weil die Antwort von Mailgun leer war, wie die Ihres Hauptkontos, und daher nichts beweist: %1.</translation>
    </message>
</context>
<context>
    <name>SubaccountStatus</name>
    <message>
        <source>open</source>
        <extracomment>A subaccount&apos;s status: it works and can send email. Used inside sentences such as &quot;It is open.&quot; or &quot;status: open&quot;.</extracomment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <extracomment>A subaccount&apos;s status: its API keys stop working and its dashboard is read-only.</extracomment>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>closed</source>
        <extracomment>A subaccount&apos;s status: Mailgun closed it for good.</extracomment>
        <translation>geschlossen</translation>
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
            <numerusform>- und %n weitere.</numerusform>
            <numerusform>- und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The SMTP password of %1 (%2) could not be changed (%3). Change it in the Control Panel.</source>
        <translation>Das SMTP-Passwort von %1 (%2) konnte nicht geändert werden (%3). Ändern Sie es im Control Panel.</translation>
    </message>
    <message>
        <source>The SMTP login %1 (%2) could not be deleted (%3). Delete it in the Control Panel.</source>
        <translation>Der SMTP-Login %1 (%2) konnte nicht gelöscht werden (%3). Löschen Sie ihn im Control Panel.</translation>
    </message>
    <message>
        <source>A replacement of the API key was started and is not finished.</source>
        <translation>Ein Tausch des API-Schlüssels wurde begonnen und ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>New passwords set: %1. Logins deleted: %2. Failed: %3.</source>
        <translation>Neue Passwörter gesetzt: %1. Logins gelöscht: %2. Fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>The replacement of the API key is not finished. Open step 2 in the program to continue it.</source>
        <translation>Der Tausch des API-Schlüssels ist nicht abgeschlossen. Öffnen Sie Schritt 2 im Programm, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <source>The reset of the SMTP passwords is not finished. Open step 3 in the program to go on.</source>
        <translation>Das Erneuern der SMTP-Passwörter ist nicht abgeschlossen. Öffnen Sie Schritt 3 im Programm, um weiterzumachen.</translation>
    </message>
    <message>
        <source>The old API key %1 could not be deleted. Delete it in the Control Panel.</source>
        <translation>Der alte API-Schlüssel %1 konnte nicht gelöscht werden. Löschen Sie ihn im Control Panel.</translation>
    </message>
    <message>
        <source>%1 has not changed their password since the incident began.</source>
        <translation>%1 hat das Passwort seit Beginn des Vorfalls nicht geändert.</translation>
    </message>
    <message>
        <source>%1 does not use two-factor sign-in yet.</source>
        <translation>%1 verwendet die Zwei-Faktor-Anmeldung noch nicht.</translation>
    </message>
    <message>
        <source>The program has not checked the users&apos; passwords and two-factor sign-in.</source>
        <translation>Das Programm hat die Passwörter und die Zwei-Faktor-Anmeldung der Benutzer nicht geprüft.</translation>
    </message>
    <message>
        <source>Step %1, &quot;%2&quot;: not yet confirmed: %3.</source>
        <translation>Schritt %1, „%2“: noch nicht bestätigt: %3.</translation>
    </message>
    <message>
        <source>The old API key %1 STILL WORKS: Mailgun accepted it at %2. Delete it in the Control Panel now.</source>
        <translation>Der alte API-Schlüssel %1 FUNKTIONIERT NOCH: Mailgun hat ihn am %2 angenommen. Löschen Sie ihn jetzt im Control Panel.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) changed their password after the incident began.</source>
        <translation>
            <numerusform>Passwort nach Beginn des Vorfalls geändert: %1 von %n Benutzer.</numerusform>
            <numerusform>Passwort nach Beginn des Vorfalls geändert: %1 von %n Benutzern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) use two-factor sign-in.</source>
        <translation>
            <numerusform>Zwei-Faktor-Anmeldung eingeschaltet: %1 von %n Benutzer.</numerusform>
            <numerusform>Zwei-Faktor-Anmeldung eingeschaltet: %1 von %n Benutzern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserStatusController</name>
    <message>
        <source>The connection to Mailgun is not set up. Go back to the Connect page.</source>
        <translation>Die Verbindung zu Mailgun ist nicht eingerichtet. Gehen Sie zurück zur Seite „Mit Mailgun verbinden“.</translation>
    </message>
    <message>
        <source>%1 The report will not show this check of your users.</source>
        <translation>%1 Der Bericht wird diese Prüfung Ihrer Benutzer nicht zeigen.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed. Make room on the disk (or make the folder writable), then try again.</source>
        <translation>%1 Es wurde nichts geändert. Schaffen Sie Platz auf der Festplatte (oder machen Sie den Ordner beschreibbar) und versuchen Sie es dann noch einmal.</translation>
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
        <translation>Hallo %1,

bitte schalten Sie die Zwei-Faktor-Anmeldung (2FA) für Ihren Mailgun-Benutzer (%2) ein. Das dauert fünf Minuten:

1. Installieren Sie eine Authenticator-App auf Ihrem Handy, zum Beispiel Google Authenticator oder Microsoft Authenticator.
2. Melden Sie sich auf https://app.mailgun.com an. Klicken Sie oben auf Ihren Namen, dann auf „Security“.
3. Schalten Sie die Zwei-Faktor-Anmeldung („Two-factor authentication“) ein und scannen Sie den quadratischen Code mit der App.
4. Geben Sie zur Bestätigung den Code ein, den die App anzeigt. Bewahren Sie Wiederherstellungscodes („recovery codes“), falls Sie welche erhalten, sicher auf.

Hilfeseite von Mailgun: %3
</translation>
    </message>
    <message>
        <source>This API key is not allowed to read the list of users: only a key with the Admin role can. The step can still be done by hand: follow the instructions and confirm each item when it is done.</source>
        <translation>Dieser API-Schlüssel darf die Liste der Benutzer nicht lesen: Das darf nur ein Schlüssel mit der Rolle „Admin“. Sie können den Schritt trotzdem von Hand erledigen: Folgen Sie der Anleitung und bestätigen Sie jeden Punkt, sobald er erledigt ist.</translation>
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
        <translation>%1, Inhaber</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Turned on, but the code from the phone app was never confirmed.</source>
        <translation>Eingeschaltet, aber der Code aus der Handy-App wurde nie bestätigt.</translation>
    </message>
    <message>
        <source>When the password was last changed</source>
        <translation>Wann das Passwort zuletzt geändert wurde</translation>
    </message>
    <message>
        <source>Whether two-factor sign-in is on</source>
        <translation>Ob die Zwei-Faktor-Anmeldung eingeschaltet ist</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Zwei-Faktor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reset link</source>
        <translation>Link zum Zurücksetzen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
</context>
<context>
    <name>UserStatusPanel</name>
    <message>
        <source>&lt;b&gt;Check who has a new password&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prüfen, wer ein neues Passwort hat&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check who has two-factor sign-in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prüfen, wer die Zwei-Faktor-Anmeldung nutzt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Check the users&apos; passwords again</source>
        <translation>Die Passwörter der Benutzer noch einmal prüfen</translation>
    </message>
    <message>
        <source>Check the users&apos; two-factor sign-in again</source>
        <translation>Die Zwei-Faktor-Anmeldung der Benutzer noch einmal prüfen</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>Benutzer werden gelesen</translation>
    </message>
    <message>
        <source>Reading the account&apos;s users...</source>
        <translation>Die Benutzer des Kontos werden gelesen...</translation>
    </message>
    <message>
        <source>The program cannot change anyone&apos;s password, but it can check who has. Each person asks Mailgun for a reset email and chooses a new password. Only a change after the incident started (%1) counts.</source>
        <translation>Das Programm kann für niemanden das Passwort ändern, aber es kann prüfen, wer es geändert hat. Jede Person fordert bei Mailgun eine E-Mail zum Zurücksetzen an und wählt ein neues Passwort. Es zählt nur eine Änderung nach Beginn des Vorfalls (%1).</translation>
    </message>
    <message>
        <source>Practice account: &quot;Practice reset&quot; pretends the person did it; then click Refresh.</source>
        <translation>Übungskonto: „Übung: zurücksetzen“ tut so, als hätte die Person es erledigt; klicken Sie dann auf „Aktualisieren“.</translation>
    </message>
    <message>
        <source>&quot;Reset...&quot; opens Mailgun&apos;s reset page and copies the person&apos;s email address, ready to paste there.</source>
        <translation>„Zurücksetzen...“ öffnet die Seite von Mailgun zum Zurücksetzen des Passworts und kopiert die E-Mail-Adresse der Person, damit Sie sie dort einfügen können.</translation>
    </message>
    <message>
        <source>The program cannot turn on two-factor sign-in for anyone, but it can check who has. Each person signs in at app.mailgun.com, clicks their name, then Security, and turns it on with a phone app. &lt;a href=&quot;%1&quot;&gt;Mailgun&apos;s help page&lt;/a&gt; explains each step.</source>
        <translation>Das Programm kann die Zwei-Faktor-Anmeldung für niemanden einschalten, aber es kann prüfen, wer sie eingeschaltet hat. Jede Person meldet sich auf app.mailgun.com an, klickt auf ihren Namen, dann auf „Security“, und schaltet sie mit einer App auf dem Handy ein. &lt;a href=&quot;%1&quot;&gt;Die Hilfeseite von Mailgun&lt;/a&gt; erklärt jeden Schritt.</translation>
    </message>
    <message>
        <source>Practice account: &quot;Practice: turn on&quot; pretends the person did it; then click Refresh.</source>
        <translation>Übungskonto: „Übung: einschalten“ tut so, als hätte die Person es erledigt; klicken Sie dann auf „Aktualisieren“.</translation>
    </message>
    <message>
        <source>&quot;Copy how-to&quot; copies these steps, ready to email to the person.</source>
        <translation>„Anleitung kopieren“ kopiert diese Schritte, damit Sie sie der Person per E-Mail senden können.</translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <translation>Zuletzt geprüft: %1.</translation>
    </message>
    <message>
        <source>You can also tick the items below by hand when they are done.</source>
        <translation>Sie können die Punkte unten auch von Hand abhaken, sobald sie erledigt sind.</translation>
    </message>
    <message>
        <source>Mailgun listed no users for this account. Tick the items below by hand.</source>
        <translation>Mailgun hat für dieses Konto keine Benutzer aufgeführt. Haken Sie die Punkte unten von Hand ab.</translation>
    </message>
    <message>
        <source>Everyone has chosen a new password since the incident started.</source>
        <translation>Alle haben seit Beginn des Vorfalls ein neues Passwort gewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 people still have to choose a new password.</source>
        <translation>
            <numerusform>%n von %1 Personen muss noch ein neues Passwort wählen.</numerusform>
            <numerusform>%n von %1 Personen müssen noch ein neues Passwort wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>One thing only you can decide: is everyone in this list someone who should still have access? Remove anyone who should not in the Control Panel, then tick the first item below.</source>
        <translation>Eines können nur Sie entscheiden: Sollen alle Personen in dieser Liste weiterhin Zugang haben? Entfernen Sie im Control Panel alle, die keinen Zugang haben sollen, und haken Sie dann den ersten Punkt unten ab.</translation>
    </message>
    <message>
        <source>This step is done.</source>
        <translation>Dieser Schritt ist erledigt.</translation>
    </message>
    <message>
        <source>Everyone has two-factor sign-in turned on. This step is done.</source>
        <translation>Alle haben die Zwei-Faktor-Anmeldung eingeschaltet. Dieser Schritt ist erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 people still have to turn on two-factor sign-in.</source>
        <translation>
            <numerusform>%n von %1 Personen muss die Zwei-Faktor-Anmeldung noch einschalten.</numerusform>
            <numerusform>%n von %1 Personen müssen die Zwei-Faktor-Anmeldung noch einschalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice account could not be changed. Go back to the Connect page and choose the practice account again.</source>
        <translation>Das Übungskonto konnte nicht geändert werden. Gehen Sie zurück zur Seite „Mit Mailgun verbinden“ und wählen Sie das Übungskonto noch einmal.</translation>
    </message>
    <message>
        <source>Practice: %1 has now chosen a new password in the practice account. With a real account, they would click the link in Mailgun&apos;s email within 20 minutes. Click Refresh to check.</source>
        <translation>Übung: %1 hat im Übungskonto jetzt ein neues Passwort gewählt. Bei einem echten Konto würde die Person innerhalb von 20 Minuten auf den Link in der E-Mail von Mailgun klicken. Klicken Sie auf „Aktualisieren“, um das zu prüfen.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s sign-in page is open in your browser and %1 is copied. Click &quot;Forgot password?&quot;, paste the address and send the request. Mailgun emails %2 a link that works for 20 minutes, so ask them to use it straight away. When they are done, click Refresh.</source>
        <translation>Die Anmeldeseite von Mailgun ist in Ihrem Browser geöffnet, und %1 ist kopiert. Klicken Sie auf „Forgot password?“, fügen Sie die Adresse ein und senden Sie die Anfrage ab. Mailgun schickt %2 per E-Mail einen Link, der 20 Minuten gilt. Bitten Sie die Person deshalb, ihn sofort zu benutzen. Wenn sie fertig ist, klicken Sie auf „Aktualisieren“.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Go to %1 yourself and click &quot;Forgot password?&quot;; %2 is copied, ready to paste. Mailgun emails %3 a link that works for 20 minutes.</source>
        <translation>Der Browser konnte nicht geöffnet werden. Rufen Sie %1 selbst auf und klicken Sie auf „Forgot password?“; %2 ist kopiert und kann eingefügt werden. Mailgun schickt %3 per E-Mail einen Link, der 20 Minuten gilt.</translation>
    </message>
    <message>
        <source>Practice: %1 has now turned on two-factor sign-in in the practice account. Click Refresh to check.</source>
        <translation>Übung: %1 hat im Übungskonto jetzt die Zwei-Faktor-Anmeldung eingeschaltet. Klicken Sie auf „Aktualisieren“, um das zu prüfen.</translation>
    </message>
    <message>
        <source>The instructions for %1 are copied. Paste them into an email to %2. When they are done, click Refresh.</source>
        <translation>Die Anleitung für %1 ist kopiert. Fügen Sie sie in eine E-Mail an %2 ein. Wenn die Person fertig ist, klicken Sie auf „Aktualisieren“.</translation>
    </message>
</context>
<context>
    <name>UserStatusTable</name>
    <message>
        <source>Users of the account and whether each has a new password</source>
        <translation>Benutzer des Kontos und ob jeder ein neues Passwort hat</translation>
    </message>
    <message>
        <source>Users of the account and whether each has two-factor sign-in</source>
        <translation>Benutzer des Kontos und ob jeder die Zwei-Faktor-Anmeldung nutzt</translation>
    </message>
    <message>
        <source>Practice reset</source>
        <translation>Übung: zurücksetzen</translation>
    </message>
    <message>
        <source>Practice: pretend %1 reset their password</source>
        <translation>Übung: so tun, als hätte %1 das Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Practice account only: pretends that %1 asked for a reset email and chose a new password. Click Refresh afterwards to check.</source>
        <translation>Nur im Übungskonto: tut so, als hätte %1 eine E-Mail zum Zurücksetzen angefordert und ein neues Passwort gewählt. Klicken Sie danach auf „Aktualisieren“, um das zu prüfen.</translation>
    </message>
    <message>
        <source>Reset...</source>
        <translation>Zurücksetzen...</translation>
    </message>
    <message>
        <source>Open Mailgun&apos;s password reset page for %1</source>
        <translation>Seite von Mailgun zum Zurücksetzen des Passworts für %1 öffnen</translation>
    </message>
    <message>
        <source>Opens Mailgun&apos;s password reset page in your browser and copies %1 so you can paste it there.</source>
        <translation>Öffnet die Seite von Mailgun zum Zurücksetzen des Passworts in Ihrem Browser und kopiert %1, damit Sie es dort einfügen können.</translation>
    </message>
    <message>
        <source>Practice: turn on</source>
        <translation>Übung: einschalten</translation>
    </message>
    <message>
        <source>Practice: pretend %1 turned on two-factor sign-in</source>
        <translation>Übung: so tun, als hätte %1 die Zwei-Faktor-Anmeldung eingeschaltet</translation>
    </message>
    <message>
        <source>Practice account only: pretends that %1 turned on two-factor sign-in. Click Refresh afterwards to check.</source>
        <translation>Nur im Übungskonto: tut so, als hätte %1 die Zwei-Faktor-Anmeldung eingeschaltet. Klicken Sie danach auf „Aktualisieren“, um das zu prüfen.</translation>
    </message>
    <message>
        <source>Copy how-to</source>
        <translation>Anleitung kopieren</translation>
    </message>
    <message>
        <source>Copy instructions for %1 to turn on two-factor sign-in</source>
        <translation>Anleitung für %1 zum Einschalten der Zwei-Faktor-Anmeldung kopieren</translation>
    </message>
    <message>
        <source>Copies a short message for %1 that explains how to turn on two-factor sign-in. Paste it into an email to them.</source>
        <translation>Kopiert eine kurze Nachricht für %1, die erklärt, wie man die Zwei-Faktor-Anmeldung einschaltet. Fügen Sie sie in eine E-Mail an die Person ein.</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>Reading the account&apos;s users...</source>
        <translation>Die Benutzer des Kontos werden gelesen...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1 (Inhaber)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Users of the account. &quot;New password&quot; means changed after the incident start (%1).</source>
        <translation>Benutzer des Kontos. „Neues Passwort“ bedeutet: nach Beginn des Vorfalls (%1) geändert.</translation>
    </message>
    <message>
        <source>Mailgun listed no users.</source>
        <translation>Mailgun hat keine Benutzer aufgeführt.</translation>
    </message>
    <message>
        <source>Every user has a new password and two-factor sign-in: steps 4 and 5 are done.</source>
        <translation>Jeder Benutzer hat ein neues Passwort und die Zwei-Faktor-Anmeldung: Die Schritte 4 und 5 sind erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>Still to do: %n user(s) must change their password,</source>
        <translation>
            <numerusform>Noch zu tun: %n Benutzer muss sein Passwort ändern,</numerusform>
            <numerusform>Noch zu tun: %n Benutzer müssen ihr Passwort ändern,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) must turn on two-factor sign-in.</source>
        <translation>
            <numerusform>%n Benutzer muss die Zwei-Faktor-Anmeldung einschalten.</numerusform>
            <numerusform>%n Benutzer müssen die Zwei-Faktor-Anmeldung einschalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>2FA on</source>
        <translation>2FA an</translation>
    </message>
</context>
<context>
    <name>VolumeFindings</name>
    <message>
        <source>Sending jumped to %1 a day on %2 (normally about %3)</source>
        <translation>Der Versand stieg am %2 auf %1 pro Tag (normalerweise etwa %3)</translation>
    </message>
    <message>
        <source>%1 of them through the US region and %2 through the EU region.</source>
        <translation>Davon %1 über die Region US und %2 über die Region EU.</translation>
    </message>
    <message>
        <source>The rise began around %1.</source>
        <translation>Der Anstieg begann etwa am %1.</translation>
    </message>
    <message>
        <source>A sudden rise like this usually means someone is sending spam with a leaked key or SMTP login. Replace the keys and SMTP passwords (steps 2 and 3), and give these dates to Mailgun support.</source>
        <translation>Ein plötzlicher Anstieg wie dieser bedeutet meist, dass jemand mit einem durchgesickerten Schlüssel oder SMTP-Login Spam versendet. Ersetzen Sie die Schlüssel und SMTP-Passwörter (Schritte 2 und 3) und geben Sie diese Daten an den Mailgun-Support weiter.</translation>
    </message>
    <message numerus="yes">
        <source>On %1 your account sent %Ln message(s).</source>
        <translation>
            <numerusform>Am %1 hat Ihr Konto %Ln Nachricht gesendet.</numerusform>
            <numerusform>Am %1 hat Ihr Konto %Ln Nachrichten gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 your account sent %Ln message(s).</source>
        <translation>
            <numerusform>Vom %1 bis zum %2 hat Ihr Konto %Ln Nachricht gesendet.</numerusform>
            <numerusform>Vom %1 bis zum %2 hat Ihr Konto %Ln Nachrichten gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebsiteProbePanel</name>
    <message>
        <source>Website address:</source>
        <translation>Website-Adresse:</translation>
    </message>
    <message>
        <source>for example www.example.com</source>
        <translation>zum Beispiel www.example.com</translation>
    </message>
    <message>
        <source>Check my website</source>
        <translation>Meine Website prüfen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Reading the list of your API keys…</source>
        <translation>Die Liste Ihrer API-Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <source>That does not look like a website address. Type it as you would in a web browser, for example www.example.com.</source>
        <translation>Das sieht nicht wie eine Website-Adresse aus. Geben Sie sie so ein wie in einem Webbrowser, zum Beispiel www.example.com.</translation>
    </message>
    <message>
        <source>Checking your website…</source>
        <translation>Ihre Website wird geprüft…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Stopped before anything was checked.</source>
        <translation>Angehalten, bevor etwas geprüft wurde.</translation>
    </message>
    <message>
        <source>None of the usual files that give keys away could be opened. That is good.</source>
        <translation>Keine der üblichen Dateien, die Schlüssel verraten, konnte geöffnet werden. Das ist gut.</translation>
    </message>
    <message>
        <source>Files anyone can open: %1. Close them before step 2, or the new key can leak the same way.</source>
        <translation>Dateien, die jeder öffnen kann: %1. Schließen Sie sie vor Schritt 2, sonst kann der neue Schlüssel auf dieselbe Weise durchsickern.</translation>
    </message>
    <message>
        <source>The findings could not be saved for the report. Check that the disk is not full.</source>
        <translation>Die Funde konnten nicht für den Bericht gespeichert werden. Prüfen Sie, ob die Festplatte voll ist.</translation>
    </message>
    <message>
        <source>Stopped. Addresses checked before that: %1.</source>
        <translation>Angehalten. Bis dahin geprüfte Adressen: %1.</translation>
    </message>
    <message>
        <source>Addresses checked on your website: %1.</source>
        <translation>Geprüfte Adressen auf Ihrer Website: %1.</translation>
    </message>
    <message>
        <source>Folder of your website (if any):</source>
        <translation>Ordner Ihrer Website (falls vorhanden):</translation>
    </message>
    <message>
        <source>for example shop</source>
        <translation>zum Beispiel shop</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n address(es)…</source>
        <translation>
            <numerusform>%1 von %n Adresse geprüft…</numerusform>
            <numerusform>%1 von %n Adressen geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>The program asks your website for the files that often give keys away, such as .env files, phpinfo pages and backups. It only reads, like a web browser, and asks slowly. Only check websites that belong to you.</source>
        <translation>Das Programm fragt Ihre Website nach den Dateien, die oft Schlüssel verraten, zum Beispiel .env-Dateien, phpinfo-Seiten und Sicherungen. Es liest nur, wie ein Webbrowser, und fragt langsam. Prüfen Sie nur Websites, die Ihnen gehören.</translation>
    </message>
    <message>
        <source>I own this website, and I may check it</source>
        <translation>Diese Website gehört mir, und ich darf sie prüfen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>This assistant helps you lock intruders out of your Mailgun account, step by step, the way Mailgun recommends.</source>
        <translation>Dieser Assistent hilft Ihnen, Eindringlinge aus Ihrem Mailgun-Konto auszusperren: Schritt für Schritt, so wie Mailgun es empfiehlt.</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was Sie erwartet</translation>
    </message>
    <message>
        <source>Find out how the key leaked, so it does not happen again.</source>
        <translation>Herausfinden, wie der Schlüssel in falsche Hände kam, damit das nicht wieder passiert.</translation>
    </message>
    <message>
        <source>Replace the API key (the password your website uses for Mailgun) and delete the old ones.</source>
        <translation>Den API-Schlüssel (das Passwort, mit dem Ihre Website Mailgun nutzt) ersetzen und die alten löschen.</translation>
    </message>
    <message>
        <source>Give the SMTP logins (the passwords programs use to send email) new passwords.</source>
        <translation>Den SMTP-Logins (den Passwörtern, mit denen Programme E-Mails senden) neue Passwörter geben.</translation>
    </message>
    <message>
        <source>Make sure every person with access chooses a new password.</source>
        <translation>Dafür sorgen, dass jede Person mit Zugang ein neues Passwort wählt.</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in: a code from a phone, on top of the password.</source>
        <translation>Die Zwei-Faktor-Anmeldung einschalten: ein Code vom Handy, zusätzlich zum Passwort.</translation>
    </message>
    <message>
        <source>Tell Mailgun support what happened and what you did.</source>
        <translation>Dem Mailgun-Support mitteilen, was passiert ist und was Sie getan haben.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>How long it takes</source>
        <translation>Wie lange es dauert</translation>
    </message>
    <message>
        <source>About 30 to 60 minutes: a few minutes per step, longer if you have many domains or users.</source>
        <translation>Etwa 30 bis 60 Minuten: ein paar Minuten pro Schritt, länger, wenn Sie viele Domains oder Benutzer haben.</translation>
    </message>
    <message>
        <source>You stay in control</source>
        <translation>Sie behalten die Kontrolle</translation>
    </message>
    <message>
        <source>Nothing in your account changes without asking you first.</source>
        <translation>In Ihrem Konto ändert sich nichts, ohne dass Sie vorher gefragt werden.</translation>
    </message>
    <message>
        <source>New keys and passwords are kept in this computer&apos;s secure password storage (the keychain), not in a file.</source>
        <translation>Neue Schlüssel und Passwörter werden im sicheren Passwortspeicher dieses Computers (dem Schlüsselbund) aufbewahrt, nicht in einer Datei.</translation>
    </message>
    <message>
        <source>You can stop at any time and continue later. The assistant remembers where you were.</source>
        <translation>Sie können jederzeit aufhören und später weitermachen. Der Assistent merkt sich, wo Sie waren.</translation>
    </message>
    <message>
        <source>Want to try it first? On the next page, choose the practice account: nothing real changes there.</source>
        <translation>Möchten Sie es erst ausprobieren? Wählen Sie auf der nächsten Seite das Übungskonto: Dort wird nichts Echtes geändert.</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Wo Sie stehen</translation>
    </message>
    <message>
        <source>What you already did</source>
        <translation>Was Sie schon erledigt haben</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>&amp;Continue where you left off</source>
        <translation>&amp;Dort weitermachen, wo Sie aufgehört haben</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Dort weitermachen, wo Sie aufgehört haben</translation>
    </message>
    <message>
        <source>You connect to your account again, then go straight to the step where you stopped.</source>
        <translation>Sie verbinden sich erneut mit Ihrem Konto und gelangen dann direkt zu dem Schritt, bei dem Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>The assistant forgets which steps you finished and begins at step 1. Nothing in your Mailgun account is undone.</source>
        <translation>Der Assistent vergisst, welche Schritte Sie erledigt haben, und beginnt bei Schritt 1. In Ihrem Mailgun-Konto wird nichts rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <source>You already started to lock intruders out of your Mailgun account. The assistant remembers where you were.</source>
        <translation>Sie haben schon begonnen, Eindringlinge aus Ihrem Mailgun-Konto auszusperren. Der Assistent weiß noch, wo Sie waren.</translation>
    </message>
    <message>
        <source>Could not start over</source>
        <translation>Neubeginn nicht möglich</translation>
    </message>
    <message>
        <source>The assistant could not set aside its record of your progress, so it still remembers where you were. You can continue instead.

Details: %1</source>
        <translation>Der Assistent konnte das Protokoll Ihres Fortschritts nicht beiseitelegen. Er weiß also noch, wo Sie waren. Sie können stattdessen weitermachen.

Details: %1</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Neu beginnen?</translation>
    </message>
    <message>
        <source>Start over from step 1?</source>
        <translation>Neu bei Schritt 1 beginnen?</translation>
    </message>
    <message>
        <source>The assistant sets aside its record of what you did so far, and the list of steps starts empty again.

Nothing in your Mailgun account is undone: new keys and passwords stay as they are, and deleted keys stay deleted. Keys and passwords saved in this computer&apos;s keychain stay there too.</source>
        <translation>Der Assistent legt das Protokoll Ihrer bisherigen Schritte beiseite, und die Liste der Schritte beginnt wieder ohne erledigte Schritte.

In Ihrem Mailgun-Konto wird nichts rückgängig gemacht: Neue Schlüssel und Passwörter bleiben, wie sie sind, und gelöschte Schlüssel bleiben gelöscht. Auch Schlüssel und Passwörter im Schlüsselbund dieses Computers bleiben dort.</translation>
    </message>
    <message>
        <source>Keep my progress</source>
        <translation>Meinen Fortschritt behalten</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The assistant uses %1 the next time it starts.</source>
        <translation>Der Assistent verwendet beim nächsten Start %1.</translation>
    </message>
    <message>
        <source>You chose the practice account: nothing real changes there.</source>
        <translation>Sie haben das Übungskonto gewählt: Dort ändert sich nichts Echtes.</translation>
    </message>
</context>
<context>
    <name>WizardApp</name>
    <message>
        <source>Mailgun Recovery Assistant</source>
        <translation>Mailgun Recovery Assistant</translation>
    </message>
    <message>
        <source>Earlier progress could not be read</source>
        <translation>Früherer Fortschritt konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The practice account could not start</source>
        <translation>Das Übungskonto konnte nicht starten</translation>
    </message>
    <message>
        <source>The practice account could not start, so the assistant opens on your own account instead.

Details: %1</source>
        <translation>Das Übungskonto konnte nicht starten. Deshalb öffnet der Assistent stattdessen Ihr eigenes Konto.

Details: %1</translation>
    </message>
    <message>
        <source>The assistant is already open</source>
        <translation>Der Assistent ist schon geöffnet</translation>
    </message>
    <message>
        <source>The assistant could not read all of the record of what you did before. You can go on.

%1</source>
        <translation>Der Assistent konnte nicht die ganze Aufzeichnung dessen lesen, was Sie bisher getan haben. Sie können weitermachen.

%1</translation>
    </message>
</context>
</TS>
