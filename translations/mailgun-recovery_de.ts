<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AccountSummaryView</name>
    <message>
        <source>administrator: can do everything</source>
        <translation>administrator: darf alles</translation>
    </message>
    <message>
        <source>developer: cannot manage keys</source>
        <translation>developer: darf keine Schlüssel verwalten</translation>
    </message>
    <message>
        <source>analyst: can only read</source>
        <translation>analyst: darf nur lesen</translation>
    </message>
    <message>
        <source>support: can only read most things</source>
        <translation>support: darf das meiste nur lesen</translation>
    </message>
    <message>
        <source>sending: can only send email</source>
        <translation>sending: darf nur E-Mails senden</translation>
    </message>
    <message>
        <source>billing</source>
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
        <source>not found in the list of keys</source>
        <translation>nicht in der Liste der Schlüssel gefunden</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>key %1 (%2)</source>
        <translation>Schlüssel %1 (%2)</translation>
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
        <source>Mailgun did not accept this API key. It may be mistyped, or it has been deleted, disabled or has expired. Copy the key again from the Mailgun Control Panel (API Security page) and paste it here.</source>
        <translation>Mailgun hat diesen API-Schlüssel nicht angenommen. Vielleicht ist er falsch abgetippt, oder er wurde gelöscht, deaktiviert oder ist abgelaufen. Kopieren Sie den Schlüssel noch einmal aus dem Mailgun Control Panel (Seite „API Security“) und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>Mailgun refused the connection from this computer. Your account only accepts connections from certain internet addresses (the IP allowlist). Run this program from an allowed computer, or add this computer&apos;s address under Security in the Mailgun Control Panel.</source>
        <translation>Mailgun hat die Verbindung von diesem Computer abgelehnt. Ihr Konto nimmt nur Verbindungen von bestimmten Internetadressen an (die sogenannte IP-Allowlist). Starten Sie dieses Programm auf einem erlaubten Computer, oder fügen Sie die Adresse dieses Computers im Mailgun Control Panel unter „Security“ hinzu.</translation>
    </message>
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
        <source>Mailgun refused the request. Please try again.</source>
        <translation>Mailgun hat die Anfrage abgelehnt. Bitte versuchen Sie es noch einmal.</translation>
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
    <message>
        <source>This key is not in the account&apos;s list of keys (older keys that start with &quot;key-&quot; may not be listed).</source>
        <translation>Dieser Schlüssel steht nicht in der Schlüsselliste des Kontos (ältere Schlüssel, die mit „key-“ beginnen, werden dort eventuell nicht aufgeführt).</translation>
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
        <source>Usage: mailgun-recovery [command] [options]

With no command, opens the recovery wizard.

Commands:
  check                 Check the API key: is it valid, which region, account summary.
  practice-server       Run the practice account (a simulated Mailgun) on this computer
                        and print its addresses and key as JSON.

Options:
  --practice            Use the practice account instead of your Mailgun account.
  --json                Machine-readable output on stdout.
  --yes                 Do not ask before making changes.
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

Ohne Befehl wird der Assistent geöffnet.

Befehle:
  check                 Den API-Schlüssel prüfen: ob er gilt, welche Region, Kontoübersicht.
  practice-server       Das Übungskonto (ein nachgebildetes Mailgun) auf diesem Computer
                        starten und seine Adressen und seinen Schlüssel als JSON ausgeben.

Optionen:
  --practice            Das Übungskonto statt Ihres Mailgun-Kontos verwenden.
  --json                Maschinenlesbare Ausgabe auf stdout.
  --yes                 Vor Änderungen nicht nachfragen.
  --key-file PFAD       Den API-Schlüssel aus dieser Datei lesen.
  --api-base URL        API-Anfragen für beide Regionen an URL senden.
  --api-base-us URL     Anfragen für die Region US an URL senden.
  --api-base-eu URL     Anfragen für die Region EU an URL senden.
  --incident-start DATUM  Wann der Missbrauch begann (Standard: vor 14 Tagen).
  --us-port N, --eu-port N  Ports für practice-server (Standard: ein beliebiger freier Port).
  -h, --help            Diese Hilfe anzeigen.
  -v, --version         Die Version anzeigen.

Der Schlüssel wird aus der Umgebungsvariablen MAILGUN_API_KEY oder aus --key-file gelesen,
oder er wird abgefragt, ohne auf dem Bildschirm zu erscheinen. Als Argument wird er nie angenommen.

Exit-Codes: 0 erledigt, 1 fehlgeschlagen, 2 falscher Aufruf, 3 nichts getan, weil Sie abgelehnt haben.
</translation>
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
        <source>Mailgun did not accept this key.</source>
        <translation>Mailgun hat diesen Schlüssel nicht angenommen.</translation>
    </message>
    <message>
        <source>Mailgun blocked this computer.</source>
        <translation>Mailgun hat diesen Computer blockiert.</translation>
    </message>
    <message>
        <source>Mailgun has disabled this account.</source>
        <translation>Mailgun hat dieses Konto gesperrt.</translation>
    </message>
    <message>
        <source>This key can only send email.</source>
        <translation>Dieser Schlüssel kann nur E-Mails senden.</translation>
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
        <source>This is a sending key for one domain. It cannot read or change your account. Paste a private API key with the Admin role instead. You find it on the API Security page of the Mailgun Control Panel.</source>
        <translation>Das ist ein Sende-Schlüssel für eine einzelne Domain. Er kann Ihr Konto weder lesen noch ändern. Fügen Sie stattdessen einen privaten API-Schlüssel mit der Rolle „Admin“ ein. Sie finden ihn im Mailgun Control Panel auf der Seite „API Security“.</translation>
    </message>
    <message>
        <source>The program can now use your account. It will always ask before it changes anything.</source>
        <translation>Das Programm kann Ihr Konto jetzt verwenden. Es fragt immer nach, bevor es etwas ändert.</translation>
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
        <source>Sign in at app.mailgun.com and open Account settings, then API Security. Mailgun shows a key in full only when it is created, so you may need to create a new one there.</source>
        <translation>Melden Sie sich auf app.mailgun.com an und öffnen Sie „Account settings“, dann „API Security“. Mailgun zeigt einen Schlüssel nur beim Erstellen vollständig an. Eventuell müssen Sie dort also einen neuen erstellen.</translation>
    </message>
    <message>
        <source>Open API Security</source>
        <translation>„API Security“ öffnen</translation>
    </message>
    <message>
        <source>Your key stays in this computer&apos;s memory and is sent only to Mailgun.</source>
        <translation>Ihr Schlüssel bleibt im Arbeitsspeicher dieses Computers und wird nur an Mailgun gesendet.</translation>
    </message>
    <message>
        <source>The practice account is a pretend Mailgun account that runs on this computer. Its key is filled in for you. Click &quot;Check key&quot; to see what the assistant finds.</source>
        <translation>Das Übungskonto ist ein nachgebildetes Mailgun-Konto, das auf diesem Computer läuft. Sein Schlüssel ist schon für Sie eingetragen. Klicken Sie auf „Schlüssel prüfen“, um zu sehen, was der Assistent findet.</translation>
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
        <source>Tick each item when it is done</source>
        <translation>Haken Sie jeden Punkt ab, sobald er erledigt ist</translation>
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
    <message>
        <source>%1 of %2 items ticked. You can come back to this step at any time.</source>
        <translation>%1 von %2 Punkten abgehakt. Sie können jederzeit zu diesem Schritt zurückkehren.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The record of your progress could not be opened: %1</source>
        <translation>Die Aufzeichnung Ihres Fortschritts konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The record of your progress was damaged. It was kept as %1 and a new one was started.</source>
        <translation>Die Aufzeichnung Ihres Fortschritts war beschädigt. Sie wurde als %1 aufbewahrt, und eine neue wurde begonnen.</translation>
    </message>
    <message>
        <source>The old record of your progress could not be put aside.</source>
        <translation>Die alte Aufzeichnung Ihres Fortschritts konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>Your progress could not be saved to %1: %2</source>
        <translation>Ihr Fortschritt konnte nicht in %1 gespeichert werden: %2</translation>
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
        <source>Your API keys; ticked keys are deleted</source>
        <translation>Ihre API-Schlüssel; angekreuzte Schlüssel werden gelöscht</translation>
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
        <source>Made by</source>
        <translation>Angelegt von</translation>
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
        <source>Click a key to read what it is and what to do with it.</source>
        <translation>Klicken Sie auf einen Schlüssel, um zu lesen, was er ist und was Sie damit tun sollten.</translation>
    </message>
    <message>
        <source>The key this program uses is an older kind of key that is not in this list, so the program cannot delete it. After the new key is made, delete the old key by hand in the Control Panel (API Security).</source>
        <translation>Der Schlüssel, den dieses Programm verwendet, ist eine ältere Art von Schlüssel und steht nicht in dieser Liste. Deshalb kann das Programm ihn nicht löschen. Wenn der neue Schlüssel angelegt ist, löschen Sie den alten Schlüssel von Hand im Control Panel (Seite „API Security“).</translation>
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
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Ticked keys are deleted after the new key is made and saved. Untick a key to keep it.</source>
        <translation>Angekreuzte Schlüssel werden gelöscht, sobald der neue Schlüssel angelegt und gespeichert ist. Entfernen Sie das Häkchen, um einen Schlüssel zu behalten.</translation>
    </message>
    <message numerus="yes">
        <source>The program will now make a new API key and save it in this computer&apos;s keychain. Then it will delete %n old key(s). Websites and apps that use an old key stop sending email until you give them the new key.

Replace the key now?</source>
        <translation>
            <numerusform>Das Programm legt jetzt einen neuen API-Schlüssel an und speichert ihn im Schlüsselbund dieses Computers. Dann löscht es %n alten Schlüssel. Websites und Apps, die einen alten Schlüssel verwenden, senden keine E-Mails mehr, bis Sie dort den neuen Schlüssel eintragen.

Schlüssel jetzt ersetzen?</numerusform>
            <numerusform>Das Programm legt jetzt einen neuen API-Schlüssel an und speichert ihn im Schlüsselbund dieses Computers. Dann löscht es %n alte Schlüssel. Websites und Apps, die einen alten Schlüssel verwenden, senden keine E-Mails mehr, bis Sie dort den neuen Schlüssel eintragen.

Schlüssel jetzt ersetzen?</numerusform>
        </translation>
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
</context>
<context>
    <name>Region</name>
    <message>
        <source>European Union (EU)</source>
        <translation>Europäische Union (EU)</translation>
    </message>
    <message>
        <source>United States (US)</source>
        <translation>Vereinigte Staaten (US)</translation>
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
        <source>Open Account settings, then API Security. Note every API key that you do not recognise.</source>
        <translation>Öffnen Sie „Account settings“, dann „API Security“. Notieren Sie jeden API-Schlüssel, den Sie nicht kennen.</translation>
    </message>
    <message>
        <source>For each domain, open Sending, then Domain settings, then SMTP credentials. Note every login that nobody in your team recognises.</source>
        <translation>Öffnen Sie für jede Domain „Sending“, dann „Domain settings“, dann „SMTP credentials“. Notieren Sie jeden Login, den niemand in Ihrem Team kennt.</translation>
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
        <source>WordPress and its plugins are up to date</source>
        <translation>WordPress und seine Plugins sind auf dem neuesten Stand</translation>
    </message>
    <message>
        <source>Old plugins, especially email plugins, are a common way keys are stolen. If you do not use WordPress, tick this.</source>
        <translation>Veraltete Plugins, besonders E-Mail-Plugins, sind ein häufiger Weg, auf dem Schlüssel gestohlen werden. Wenn Sie WordPress nicht verwenden, haken Sie dies ab.</translation>
    </message>
    <message>
        <source>Our code online does not contain the key</source>
        <translation>Unser Code im Internet enthält den Schlüssel nicht</translation>
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
        <source>Note the keys you do not recognise. You will delete the old keys in step 2.</source>
        <translation>Notieren Sie die Schlüssel, die Sie nicht kennen. Die alten Schlüssel löschen Sie in Schritt 2.</translation>
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
        <source>I removed routes and webhooks that nobody created</source>
        <translation>Ich habe Routen und Webhooks entfernt, die niemand angelegt hat</translation>
    </message>
    <message>
        <source>If you have none, or all are yours, tick this.</source>
        <translation>Wenn es keine gibt oder alle von Ihnen stammen, haken Sie dies ab.</translation>
    </message>
    <message>
        <source>Replace the private API key</source>
        <translation>Den privaten API-Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>The leaked API key keeps working until you delete it. Creating a new key is not enough on its own. First create a new key and put it into your websites and apps, then delete every old key.</source>
        <translation>Der gestohlene API-Schlüssel funktioniert so lange, bis Sie ihn löschen. Einen neuen Schlüssel zu erstellen, reicht allein nicht. Erstellen Sie zuerst einen neuen Schlüssel und tragen Sie ihn in Ihre Websites und Apps ein. Löschen Sie dann jeden alten Schlüssel.</translation>
    </message>
    <message>
        <source>Open Account settings, then API Security (or use the link below).</source>
        <translation>Öffnen Sie „Account settings“, dann „API Security“ (oder verwenden Sie den Link unten).</translation>
    </message>
    <message>
        <source>Create a new key. Give it a name that says where it will be used, for example &quot;Website&quot;.</source>
        <translation>Erstellen Sie einen neuen Schlüssel. Geben Sie ihm einen Namen, der sagt, wo er verwendet wird, zum Beispiel „Website“.</translation>
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
        <source>Delete every old key in the list, including keys you do not recognise. A deleted key stops working at once.</source>
        <translation>Löschen Sie jeden alten Schlüssel in der Liste, auch Schlüssel, die Sie nicht kennen. Ein gelöschter Schlüssel funktioniert sofort nicht mehr.</translation>
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
        <source>A password manager is best. Never send a key by email or chat.</source>
        <translation>Ein Passwortmanager ist am besten. Senden Sie einen Schlüssel nie per E-Mail oder Chat.</translation>
    </message>
    <message>
        <source>My websites and apps use the new key</source>
        <translation>Meine Websites und Apps verwenden den neuen Schlüssel</translation>
    </message>
    <message>
        <source>Send a test email from each one to be sure.</source>
        <translation>Senden Sie zur Sicherheit von jeder eine Test-E-Mail.</translation>
    </message>
    <message>
        <source>I deleted every old API key</source>
        <translation>Ich habe jeden alten API-Schlüssel gelöscht</translation>
    </message>
    <message>
        <source>Only the new key is left in the list.</source>
        <translation>In der Liste steht nur noch der neue Schlüssel.</translation>
    </message>
    <message>
        <source>Reset the SMTP passwords</source>
        <translation>Die SMTP-Passwörter erneuern</translation>
    </message>
    <message>
        <source>SMTP credentials are the user names and passwords that programs use to send email through Mailgun, for example postmaster@mg.example.com. Each domain has its own. Attackers use them to send spam, so give every login a new password and delete the logins nobody recognises.</source>
        <translation>SMTP-Zugangsdaten („SMTP credentials“) sind die Benutzernamen und Passwörter, mit denen Programme E-Mails über Mailgun senden, zum Beispiel postmaster@mg.example.com. Jede Domain hat eigene. Angreifer nutzen sie, um Spam zu senden. Geben Sie deshalb jedem Login ein neues Passwort und löschen Sie die Logins, die niemand kennt.</translation>
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
        <source>Delete every login that nobody in your team recognises.</source>
        <translation>Löschen Sie jeden Login, den niemand in Ihrem Team kennt.</translation>
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
        <source>I deleted the SMTP logins nobody recognises</source>
        <translation>Ich habe die SMTP-Logins gelöscht, die niemand kennt</translation>
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
        <source>Two-factor authentication (2FA) means a password alone is not enough to sign in: Mailgun also asks for a code from an app on your phone. Even if a password leaks again, nobody can sign in without that phone.</source>
        <translation>Zwei-Faktor-Anmeldung (2FA) bedeutet: Ein Passwort allein reicht für die Anmeldung nicht aus. Mailgun fragt zusätzlich nach einem Code aus einer App auf Ihrem Handy. Selbst wenn wieder ein Passwort nach außen gelangt, kann sich ohne dieses Handy niemand anmelden.</translation>
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
        <source>Turn on two-factor authentication and scan the square code on the screen with the app.</source>
        <translation>Schalten Sie die Zwei-Faktor-Anmeldung („Two-factor authentication“) ein und scannen Sie den quadratischen Code auf dem Bildschirm mit der App.</translation>
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
        <source>Read Mailgun&apos;s help page about two-factor authentication</source>
        <translation>Hilfeseite von Mailgun zur Zwei-Faktor-Anmeldung lesen</translation>
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
        <source>I checked again that our code online holds no key</source>
        <translation>Ich habe noch einmal geprüft, dass unser Code im Internet keinen Schlüssel enthält</translation>
    </message>
    <message>
        <source>If a key or password is there, remove it and replace that key or password again.</source>
        <translation>Steht dort ein Schlüssel oder Passwort, entfernen Sie die Angabe und ersetzen Sie den Schlüssel oder das Passwort noch einmal.</translation>
    </message>
    <message>
        <source>Read Mailgun&apos;s advice for a misused account</source>
        <translation>Hinweise von Mailgun zu einem missbrauchten Konto lesen</translation>
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
        <source>You are using the practice account. Nothing real changes.</source>
        <translation>Sie verwenden das Übungskonto. Nichts Echtes wird geändert.</translation>
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
        <source>The assistant could not read the record of what you did before. Nothing is lost: the old record was kept aside. You can go on, but the assistant will not remember which steps you already finished.

Details: %1</source>
        <translation>Der Assistent konnte die Aufzeichnung Ihrer bisherigen Schritte nicht lesen. Es ist nichts verloren: Die alte Aufzeichnung wurde beiseitegelegt. Sie können weitermachen, aber der Assistent weiß nicht mehr, welche Schritte Sie schon erledigt haben.

Details: %1</translation>
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
</context>
</TS>
