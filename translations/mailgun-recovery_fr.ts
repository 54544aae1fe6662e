<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountCleanup</name>
    <message>
        <source>This webhook also sends to another address of yours. Remove only the unknown address in the Control Panel (Sending, Webhooks).</source>
        <translation>Ce webhook envoie aussi à une autre de vos adresses. Dans le Control Panel (Sending, Webhooks), retirez seulement l’adresse inconnue.</translation>
    </message>
    <message>
        <source>Delete this route in the %1?

It handles mail that matches %2 and does: %3.

Mail will no longer be forwarded this way. The program writes down what the route did, so you can set it up again if it was yours.</source>
        <translation>Supprimer cette route dans la région %1&#xa0;?

Elle traite le courrier qui correspond à %2 et fait ceci&#xa0;: %3.

Le courrier ne sera plus transféré de cette façon. Le programme note ce que faisait la route&#xa0;: vous pourrez la recréer si elle était à vous.</translation>
    </message>
    <message>
        <source>Delete this account webhook in the %1?

It sends %2 to %3.

The program writes down the address and the events, so you can set it up again if it was yours.</source>
        <translation>Supprimer ce webhook du compte dans la région %1&#xa0;?

Il envoie %2 à %3.

Le programme note l’adresse et les événements&#xa0;: vous pourrez le recréer s’il était à vous.</translation>
    </message>
    <message>
        <source>Stop sending a copy of every message from %1 to %2?

The program writes down the address, so you can set it again if it was yours.</source>
        <translation>Ne plus envoyer à %2 une copie de chaque message de %1&#xa0;?

Le programme note l’adresse&#xa0;: vous pourrez la remettre si elle était à vous.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Delete the webhooks that send to %1?

%2

The program writes down the address and the events, so you can set them up again if they were yours.</source>
        <translation>Supprimer les webhooks qui envoient à %1&#xa0;?

%2

Le programme note l’adresse et les événements&#xa0;: vous pourrez les recréer s’ils étaient à vous.</translation>
    </message>
    <message>
        <source>%1 Nothing more was removed, so that the record stays complete. Make room on the disk (or make the folder writable), then try again.</source>
        <translation>%1 Rien d’autre n’a été supprimé, pour que le journal reste complet. Libérez de la place sur le disque (ou autorisez l’écriture dans le dossier), puis réessayez.</translation>
    </message>
    <message>
        <source>It could not be removed: %1</source>
        <translation>Impossible de le supprimer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The route is deleted.</source>
        <translation>La route est supprimée.</translation>
    </message>
    <message>
        <source>The account webhook is deleted.</source>
        <translation>Le webhook du compte est supprimé.</translation>
    </message>
    <message>
        <source>Mailgun accepted the change.</source>
        <translation>Mailgun a accepté la modification.</translation>
    </message>
    <message>
        <source>The webhooks are deleted.</source>
        <translation>Les webhooks sont supprimés.</translation>
    </message>
    <message>
        <source>Some of it could not be removed: %1</source>
        <translation>Une partie n’a pas pu être supprimée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AccountReview</name>
    <message>
        <source>at an unknown time</source>
        <translation>à une date inconnue</translation>
    </message>
    <message>
        <source>less than an hour ago</source>
        <translation>il y a moins d’une heure</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>the key “%1” created %2 (no creator recorded)</source>
        <translation>la clé «&#xa0;%1&#xa0;» créée %2 (aucun créateur indiqué)</translation>
    </message>
    <message>
        <source>the key “%1” created %2 (creator recorded as %3)</source>
        <translation>la clé «&#xa0;%1&#xa0;» créée %2 (créateur indiqué&#xa0;: %3)</translation>
    </message>
    <message>
        <source>No part of the account could be read. %1</source>
        <translation>Aucune partie du compte n’a pu être lue. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>the list of API keys</source>
        <translation>la liste des clés API</translation>
    </message>
    <message>
        <source>the list of the account&apos;s users</source>
        <translation>la liste des utilisateurs du compte</translation>
    </message>
    <message>
        <source>the list of subaccounts</source>
        <translation>la liste des sous-comptes</translation>
    </message>
    <message>
        <source>the IP allowlist</source>
        <translation>la liste des adresses IP autorisées</translation>
    </message>
    <message>
        <source>the list of domains in the %1</source>
        <translation>la liste des domaines dans la région %1</translation>
    </message>
    <message>
        <source>the routes in the %1</source>
        <translation>les routes dans la région %1</translation>
    </message>
    <message>
        <source>the account-wide webhooks in the %1</source>
        <translation>les webhooks de tout le compte dans la région %1</translation>
    </message>
    <message>
        <source>the SMTP logins of %1 (%2)</source>
        <translation>les identifiants SMTP de %1 (%2)</translation>
    </message>
    <message>
        <source>the webhooks of %1 (%2)</source>
        <translation>les webhooks de %1 (%2)</translation>
    </message>
    <message>
        <source>Could not read %1. %2</source>
        <extracomment>%1 names what was read, starting in lower case (&quot;the list of API keys&quot;); %2 is Mailgun&apos;s error explained in a sentence or two.</extracomment>
        <translation>Impossible de lire %1. %2</translation>
    </message>
    <message>
        <source>the sending logs in the %1</source>
        <translation>les journaux d’envoi dans la région %1</translation>
    </message>
    <message>
        <source>the sending volume in the %1</source>
        <translation>le volume d’envoi dans la région %1</translation>
    </message>
    <message>
        <source>the hour-by-hour sending volume in the %1</source>
        <translation>le volume d’envoi heure par heure dans la région %1</translation>
    </message>
</context>
<context>
    <name>AccountReviewPanel</name>
    <message>
        <source>Review my account</source>
        <translation>Examiner mon compte</translation>
    </message>
    <message>
        <source>Remove the selected item…</source>
        <translation>Supprimer l’élément sélectionné…</translation>
    </message>
    <message>
        <source>Deletes a route or webhook that sends your mail elsewhere, or stops an archive copy. The program asks first.</source>
        <translation>Supprime une route ou un webhook qui envoie votre courrier ailleurs, ou arrête une copie d’archive. Le programme vous demande d’abord confirmation.</translation>
    </message>
    <message>
        <source>To review the account, go back to Connect and check an API key. You can still look through your files and your website, and use the guide below.</source>
        <translation>Pour examiner le compte, revenez à «&#xa0;Se connecter à Mailgun&#xa0;» et vérifiez une clé API. Vous pouvez quand même examiner vos fichiers et votre site web, et suivre le guide ci-dessous.</translation>
    </message>
    <message>
        <source>Reading your account…</source>
        <translation>Lecture de votre compte…</translation>
    </message>
    <message>
        <source>Review again</source>
        <translation>Examiner à nouveau</translation>
    </message>
    <message>
        <source>Nothing in the account looks like someone else&apos;s work.</source>
        <translation>Rien dans le compte ne semble être l’œuvre de quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Step 2 will propose deleting the keys flagged here.</source>
        <translation>L’étape 2 proposera de supprimer les clés signalées ici.</translation>
    </message>
    <message>
        <source>The findings could not be saved for the report. Check that the disk is not full.</source>
        <translation>Impossible d’enregistrer les constats pour le rapport. Vérifiez que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>Some parts could not be read:</source>
        <translation>Certaines parties n’ont pas pu être lues&#xa0;:</translation>
    </message>
    <message>
        <source>Use %1, when the unusual sending began, as the start of the trouble</source>
        <translation>Prendre le %1, quand les envois inhabituels ont commencé, comme début des problèmes</translation>
    </message>
    <message>
        <source>Select a route, webhook or archive copy in the list to remove it here.</source>
        <translation>Sélectionnez une route, un webhook ou une copie d’archive dans la liste pour le supprimer ici.</translation>
    </message>
    <message>
        <source>This one is removed.</source>
        <translation>Cet élément est supprimé.</translation>
    </message>
    <message>
        <source>The program cannot remove this one. Follow the advice in the list.</source>
        <translation>Le programme ne peut pas supprimer cet élément. Suivez le conseil donné dans la liste.</translation>
    </message>
    <message>
        <source>Remove it?</source>
        <translation>Le supprimer&#xa0;?</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Removed by the program.</source>
        <translation>Supprimé par le programme.</translation>
    </message>
    <message>
        <source>Removing it…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>The program reads your account in both regions, US and EU. It changes nothing. It reads:
- API keys and SMTP logins
- routes: rules that forward incoming mail
- webhooks: addresses that get a copy of events
- archive copies, subaccounts and the IP allowlist
- the last 30 days of sending</source>
        <translation>Le programme lit votre compte dans les deux régions, US et EU. Il ne modifie rien. Il lit&#xa0;:
- les clés API et les identifiants SMTP
- les routes&#xa0;: règles qui transfèrent le courrier reçu
- les webhooks&#xa0;: adresses qui reçoivent une copie des événements
- les copies d’archive, les sous-comptes et la liste d’adresses IP autorisées
- les envois des 30 derniers jours</translation>
    </message>
    <message>
        <source>Things to look at: %1. The most serious come first.</source>
        <translation>Points à vérifier&#xa0;: %1. Les plus graves viennent en premier.</translation>
    </message>
</context>
<context>
    <name>AccountSettingFindings</name>
    <message>
        <source>A subaccount “%1” was created %2, after the incident started</source>
        <translation>Un sous-compte «&#xa0;%1&#xa0;» a été créé %2, après le début de l’incident</translation>
    </message>
    <message>
        <source>Subaccount “%1”</source>
        <translation>Sous-compte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A subaccount is a separate account under yours with its own domains and keys. It was created %1 and is %2. Its id is %3.</source>
        <translation>Un sous-compte est un compte séparé, rattaché au vôtre, avec ses propres domaines et clés. Il a été créé %1 et son état est&#xa0;: %2. Son ID est %3.</translation>
    </message>
    <message>
        <source>Unless you made it, disable it (this program can do it for you) and tell Mailgun support. Do not close or delete it: that removes its keys, domains and history, which are the evidence.</source>
        <translation>Si vous ne l’avez pas créé, désactivez-le (ce programme peut le faire pour vous) et prévenez l’assistance Mailgun. Ne le fermez pas et ne le supprimez pas&#xa0;: cela effacerait ses clés, ses domaines et son historique, qui sont les preuves.</translation>
    </message>
    <message>
        <source>Check that you still use it.</source>
        <translation>Vérifiez que vous l’utilisez encore.</translation>
    </message>
    <message>
        <source>Your account has no IP allowlist</source>
        <translation>Votre compte n’a pas de liste d’adresses IP autorisées</translation>
    </message>
    <message>
        <source>An IP allowlist limits the computers that may use your API keys and SMTP logins to the internet addresses you list. Without one, a leaked key works from anywhere.</source>
        <translation>Une liste d’adresses IP autorisées limite l’usage de vos clés API et identifiants SMTP aux adresses internet que vous indiquez. Sans elle, une clé divulguée fonctionne depuis n’importe où.</translation>
    </message>
    <message>
        <source>Consider adding your servers&apos; addresses under Security in the Control Panel once the recovery is done. Include this computer&apos;s address, or the program is locked out.</source>
        <translation>Une fois la récupération terminée, pensez à ajouter les adresses de vos serveurs sous Security dans le Control Panel. Ajoutez aussi l’adresse de cet ordinateur, sinon le programme sera bloqué.</translation>
    </message>
    <message>
        <source>Only these addresses may use your API keys and SMTP logins: %1.</source>
        <translation>Seules ces adresses peuvent utiliser vos clés API et identifiants SMTP&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Check that every address is one of yours: an intruder could have added their own.</source>
        <translation>Vérifiez que chaque adresse est bien à vous&#xa0;: un intrus a pu ajouter la sienne.</translation>
    </message>
    <message numerus="yes">
        <source>Your IP allowlist has %n address(es)</source>
        <translation>
            <numerusform>Votre liste d’adresses IP autorisées contient %n adresse</numerusform>
            <numerusform>Votre liste d’adresses IP autorisées contient %n adresses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountSummary</name>
    <message>
        <source>This is an older key (it starts with &quot;key-&quot;). Mailgun lists such keys under an ID that has nothing to do with the key, so the program cannot tell which entry in the list it is.</source>
        <translation>C’est une ancienne clé (elle commence par «&#xa0;key-&#xa0;»). Mailgun affiche ces clés sous un ID qui n’a rien à voir avec la clé&#xa0;: le programme ne peut donc pas savoir à quelle ligne de la liste elle correspond.</translation>
    </message>
    <message>
        <source>This key is not in the list of keys that Mailgun sent.</source>
        <translation>Cette clé ne figure pas dans la liste des clés envoyée par Mailgun.</translation>
    </message>
</context>
<context>
    <name>AccountSummaryView</name>
    <message>
        <source>administrator: can do everything</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>administrator&#xa0;: peut tout faire</translation>
    </message>
    <message>
        <source>developer: cannot manage keys</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>developer&#xa0;: ne peut pas gérer les clés</translation>
    </message>
    <message>
        <source>analyst: can only read</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>analyst&#xa0;: peut seulement lire</translation>
    </message>
    <message>
        <source>support: can only read most things</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>support&#xa0;: peut seulement lire la plupart des éléments</translation>
    </message>
    <message>
        <source>sending: can only send email</source>
        <extracomment>A Mailgun role. Keep the role name before the colon in English, as Mailgun&apos;s Control Panel shows it; translate the explanation after the colon.</extracomment>
        <translation>sending&#xa0;: peut seulement envoyer des e-mails</translation>
    </message>
    <message>
        <source>billing</source>
        <extracomment>Mailgun&apos;s role name &quot;billing&quot; (the role for invoices and payments). Keep it in English, as Mailgun&apos;s Control Panel shows it.</extracomment>
        <translation>billing</translation>
    </message>
    <message>
        <source>cannot be seen with this key</source>
        <translation>invisible avec cette clé</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>Domains in the US region:</source>
        <translation>Domaines dans la région US&#xa0;:</translation>
    </message>
    <message>
        <source>Domains in the EU region:</source>
        <translation>Domaines dans la région EU&#xa0;:</translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation>Clés API&#xa0;:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>The key you gave:</source>
        <translation>La clé que vous avez donnée&#xa0;:</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>key %1 (%2)</source>
        <translation>clé %1 (%2)</translation>
    </message>
    <message>
        <source>unknown: this key is not allowed to read the list of keys</source>
        <translation>inconnu&#xa0;: cette clé n’a pas le droit de lire la liste des clés</translation>
    </message>
</context>
<context>
    <name>ApiEndpoints</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid web address.</source>
        <translation>L’adresse du serveur «&#xa0;%1&#xa0;» n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not secure. Use an address that starts with https://. Plain http:// is only allowed for a server on this computer.</source>
        <translation>L’adresse du serveur «&#xa0;%1&#xa0;» n’est pas sécurisée. Utilisez une adresse qui commence par https://. Le simple http:// n’est autorisé que pour un serveur situé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; must start with https://.</source>
        <translation>L’adresse du serveur «&#xa0;%1&#xa0;» doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>This API key works, but it is not allowed to do this. Use a key with the Admin role. An account administrator can create one on the API Security page of the Mailgun Control Panel.</source>
        <translation>Cette clé API fonctionne, mais elle n’a pas le droit de faire cela. Utilisez une clé avec le rôle Admin. Un administrateur du compte peut en créer une sur la page API Security du Control Panel de Mailgun.</translation>
    </message>
    <message>
        <source>Mailgun has disabled this account, so the program cannot make changes for you. Follow the steps by hand in the Control Panel, and contact Mailgun support to restore the account.</source>
        <translation>Mailgun a désactivé ce compte&#xa0;: le programme ne peut donc rien modifier pour vous. Suivez les étapes à la main dans le Control Panel, et contactez l’assistance Mailgun pour rétablir le compte.</translation>
    </message>
    <message>
        <source>Mailgun could not find this item. It may have been removed already. Refresh the list and try again.</source>
        <translation>Mailgun ne trouve pas cet élément. Il a peut-être déjà été supprimé. Actualisez la liste et réessayez.</translation>
    </message>
    <message>
        <source>Mailgun has a temporary problem. Nothing was lost. Wait a few minutes, then try again. If it keeps happening, check status.mailgun.com.</source>
        <translation>Mailgun a un problème passager. Rien n’est perdu. Attendez quelques minutes, puis réessayez. Si le problème continue, consultez status.mailgun.com.</translation>
    </message>
    <message>
        <source>Mailgun did not answer in time. Check your internet connection, then try again.</source>
        <translation>Mailgun n’a pas répondu à temps. Vérifiez votre connexion internet, puis réessayez.</translation>
    </message>
    <message>
        <source>The program could not reach Mailgun. Check that this computer is connected to the internet, then try again.</source>
        <translation>Le programme n’arrive pas à joindre Mailgun. Vérifiez que cet ordinateur est connecté à internet, puis réessayez.</translation>
    </message>
    <message>
        <source>A secure connection to Mailgun could not be made. Something on your network may be intercepting the connection, or the computer&apos;s date and time are wrong. Try another network, or ask your IT contact.</source>
        <translation>Impossible d’établir une connexion sécurisée avec Mailgun. Quelque chose sur votre réseau intercepte peut-être la connexion, ou bien la date et l’heure de l’ordinateur sont fausses. Essayez un autre réseau, ou demandez à votre contact informatique.</translation>
    </message>
    <message>
        <source>The program refused to send your key to a server that is not secure or not Mailgun&apos;s.</source>
        <translation>Le programme a refusé d’envoyer votre clé à un serveur qui n’est pas sécurisé ou qui n’appartient pas à Mailgun.</translation>
    </message>
    <message>
        <source>Stopped before it finished.</source>
        <translation>Arrêté avant la fin.</translation>
    </message>
    <message>
        <source>Mailgun sent an answer the program did not expect. Please try again later.</source>
        <translation>Mailgun a envoyé une réponse inattendue. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>• The domain is not in this account, or it is in the other region (US or EU).</source>
        <translation>• Le domaine n’est pas dans ce compte, ou il est dans l’autre région (US ou EU).</translation>
    </message>
    <message>
        <source>The likely causes:</source>
        <translation>Les causes probables&#xa0;:</translation>
    </message>
    <message>
        <source>• The key was deleted or disabled since then.</source>
        <translation>• La clé a été supprimée ou désactivée depuis.</translation>
    </message>
    <message>
        <source>• Someone changed the account&apos;s IP allowlist (the list of internet addresses that may use the account), and this computer is now outside it.</source>
        <translation>• Quelqu’un a modifié la liste des adresses IP autorisées du compte (les adresses internet qui peuvent utiliser le compte), et cet ordinateur n’en fait plus partie.</translation>
    </message>
    <message>
        <source>Check the key on the API Security page of the Mailgun Control Panel (https://app.mailgun.com/settings/api_security).</source>
        <translation>Vérifiez la clé sur la page API Security du Control Panel de Mailgun (https://app.mailgun.com/settings/api_security).</translation>
    </message>
    <message>
        <source>The answer does not say why. The likely causes, most likely first:</source>
        <translation>La réponse ne dit pas pourquoi. Les causes probables, de la plus probable à la moins probable&#xa0;:</translation>
    </message>
    <message>
        <source>• The key is mistyped, or it was deleted, disabled or has expired.</source>
        <translation>• La clé est mal saisie, ou elle a été supprimée, désactivée ou a expiré.</translation>
    </message>
    <message>
        <source>• It is a sending key for one domain, not the account&apos;s private API key. You find the private API key in the Mailgun Control Panel under API Security (https://app.mailgun.com/settings/api_security).</source>
        <translation>• C’est une clé d’envoi pour un seul domaine, et non la clé API privée du compte. Vous trouverez la clé API privée dans le Control Panel de Mailgun, sous API Security (https://app.mailgun.com/settings/api_security).</translation>
    </message>
    <message>
        <source>• This computer is outside the account&apos;s IP allowlist (the list of internet addresses that may use the account).</source>
        <translation>• Cet ordinateur ne fait pas partie de la liste des adresses IP autorisées du compte (les adresses internet qui peuvent utiliser le compte).</translation>
    </message>
    <message>
        <source>Mailgun refused this key, but it worked a moment ago.</source>
        <translation>Mailgun a refusé cette clé, alors qu’elle fonctionnait il y a un instant.</translation>
    </message>
    <message>
        <source>Mailgun refused this key.</source>
        <translation>Mailgun a refusé cette clé.</translation>
    </message>
    <message>
        <source>Mailgun rejected the field &quot;%1&quot; of the request. Please try again. If it happens again, contact Mailgun support.</source>
        <translation>Mailgun a rejeté le champ «&#xa0;%1&#xa0;» de la demande. Veuillez réessayer. Si cela se reproduit, contactez l’assistance Mailgun.</translation>
    </message>
    <message>
        <source>Mailgun refused the request: &quot;%1&quot;.</source>
        <translation>Mailgun a refusé la demande&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Mailgun refused the request (error %1). Please try again.</source>
        <translation>Mailgun a refusé la demande (erreur %1). Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Mailgun is receiving too many requests from this account and asks you to wait more than two hours. Try again later today.</source>
        <translation>Mailgun reçoit trop de demandes de ce compte et vous demande d’attendre plus de deux heures. Réessayez plus tard dans la journée.</translation>
    </message>
    <message numerus="yes">
        <source>Mailgun is receiving too many requests from this account. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Mailgun reçoit trop de demandes de ce compte. Attendez %n seconde, puis réessayez.</numerusform>
            <numerusform>Mailgun reçoit trop de demandes de ce compte. Attendez %n secondes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailgun is receiving too many requests from this account. Wait a minute, then try again.</source>
        <translation>Mailgun reçoit trop de demandes de ce compte. Attendez une minute, puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>A list from Mailgun did not come to an end, so the program stopped reading it after %n page(s). The list may be incomplete, so the program did not act on it. Check the list in the Mailgun Control Panel, then try again later.</source>
        <translation>
            <numerusform>Une liste envoyée par Mailgun ne finissait pas&#xa0;: le programme a arrêté de la lire après %n page. La liste est peut-être incomplète, donc le programme n’a rien fait à partir d’elle. Vérifiez la liste dans le Control Panel de Mailgun, puis réessayez plus tard.</numerusform>
            <numerusform>Une liste envoyée par Mailgun ne finissait pas&#xa0;: le programme a arrêté de la lire après %n pages. La liste est peut-être incomplète, donc le programme n’a rien fait à partir d’elle. Vérifiez la liste dans le Control Panel de Mailgun, puis réessayez plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailgun rejected the field &quot;%1&quot;.</source>
        <translation>Mailgun a rejeté le champ «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ArchiveSummaryText</name>
    <message>
        <source>it unpacks to more than %1.</source>
        <translation>il occupe plus de %1 une fois décompressé.</translation>
    </message>
    <message>
        <source>it unpacks to far more than its own size, like a trap made to fill the disk.</source>
        <translation>il occupe bien plus que sa propre taille une fois décompressé, comme un piège conçu pour remplir le disque.</translation>
    </message>
    <message>
        <source>it has a password.</source>
        <translation>il est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>it is damaged or cut short.</source>
        <translation>il est abîmé ou incomplet.</translation>
    </message>
    <message>
        <source>it holds a 7z file, which can only be read on its own. Unpack the backup, then look through its folder.</source>
        <translation>il contient un fichier 7z, qui ne peut être lu que séparément. Décompressez la sauvegarde, puis examinez son dossier.</translation>
    </message>
    <message numerus="yes">
        <source>Looked inside %n backup or compressed file(s).</source>
        <translation>
            <numerusform>Le programme a examiné le contenu de %n fichier de sauvegarde ou fichier compressé.</numerusform>
            <numerusform>Le programme a examiné le contenu de %n fichiers de sauvegarde ou fichiers compressés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup file(s) could not be read to the end. Keys in the part not read were not looked for:</source>
        <translation>
            <numerusform>%n fichier de sauvegarde n’a pas pu être lu jusqu’au bout. Le programme n’a pas cherché de clés dans la partie non lue&#xa0;:</numerusform>
            <numerusform>%n fichiers de sauvegarde n’ont pas pu être lus jusqu’au bout. Le programme n’a pas cherché de clés dans la partie non lue&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>- %1: %2</source>
        <translation>- %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>- and %n more.</source>
        <translation>
            <numerusform>- et %n autre.</numerusform>
            <numerusform>- et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open them yourself to check them, or delete the ones you no longer need.</source>
        <translation>Ouvrez-les vous-même pour les vérifier, ou supprimez ceux dont vous n’avez plus besoin.</translation>
    </message>
    <message numerus="yes">
        <source>it holds backups inside backups more than %n level(s) deep. The innermost were not opened.</source>
        <translation>
            <numerusform>elle contient des sauvegardes dans des sauvegardes sur plus de %n niveau. Les plus profondes n’ont pas été ouvertes.</numerusform>
            <numerusform>elle contient des sauvegardes dans des sauvegardes sur plus de %n niveaux. Les plus profondes n’ont pas été ouvertes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Reviewing the account (read-only)...</source>
        <translation>Examen du compte (en lecture seule)...</translation>
    </message>
    <message>
        <source>Nothing of the account could be read, so the review proves nothing.</source>
        <translation>Rien n’a pu être lu dans le compte&#xa0;: l’examen ne prouve donc rien.</translation>
    </message>
    <message>
        <source>spike</source>
        <extracomment>Marks, in the command line&apos;s chart of emails sent per day, the days of the spike: the sudden, unusual jump in sending. One short word or noun.</extracomment>
        <translation>pic</translation>
    </message>
    <message>
        <source>Account review. &quot;Recent&quot; means after the incident start (%1).</source>
        <translation>Examen du compte. «&#xa0;Récent&#xa0;» veut dire après le début de l’incident (%1).</translation>
    </message>
    <message>
        <source>Nothing suspicious was found in the parts that could be read.</source>
        <translation>Rien de suspect n’a été trouvé dans les parties qui ont pu être lues.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Messages sent per day, both regions (normally about %1 a day):</source>
        <translation>Messages envoyés par jour, les deux régions ensemble (environ %1 par jour en temps normal)&#xa0;:</translation>
    </message>
    <message>
        <source>Parts of the account that could not be read:</source>
        <translation>Parties du compte qui n’ont pas pu être lues&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BackupFindingText</name>
    <message>
        <source>This key can send email for one domain. Replace it in the Mailgun Control Panel (API Security).</source>
        <translation>Cette clé peut envoyer des e-mails pour un seul domaine. Remplacez-la dans le Control Panel de Mailgun (API Security).</translation>
    </message>
    <message>
        <source>With this key, anyone can send fake Mailgun events to your website. Replace the webhook signing key in Mailgun.</source>
        <translation>Avec cette clé, n’importe qui peut envoyer de faux événements Mailgun à votre site web. Remplacez la clé de signature des webhooks dans Mailgun.</translation>
    </message>
    <message>
        <source>This key can only check email addresses; it cannot send mail.</source>
        <translation>Cette clé peut seulement vérifier des adresses e-mail&#xa0;; elle ne peut pas envoyer de courrier.</translation>
    </message>
    <message>
        <source>Anyone who copied the backup can send email with this password. Reset it in Mailgun (step 3).</source>
        <translation>Toute personne qui a copié la sauvegarde peut envoyer des e-mails avec ce mot de passe. Réinitialisez-le dans Mailgun (étape 3).</translation>
    </message>
    <message>
        <source>Anyone who copied the backup can use this password. Change it where the code is stored (GitHub, GitLab, ...).</source>
        <translation>Toute personne qui a copié la sauvegarde peut utiliser ce mot de passe. Changez-le là où le code est stocké (GitHub, GitLab…).</translation>
    </message>
    <message>
        <source>Anyone who copied the backup can use this key. Delete it in Mailgun and make a new one (step 2). Deleting the backup is not enough.</source>
        <translation>Toute personne qui a copié la sauvegarde peut utiliser cette clé. Supprimez-la dans Mailgun et créez-en une nouvelle (étape 2). Supprimer la sauvegarde ne suffit pas.</translation>
    </message>
    <message>
        <source>Inside the compressed file %1</source>
        <translation>Dans le fichier compressé %1</translation>
    </message>
    <message>
        <source>Inside the backup file %1: %2</source>
        <translation>Dans le fichier de sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>It is inside the backup file %1.</source>
        <translation>Ce secret se trouve dans le fichier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>This backup is in the public website folder, so anyone may have downloaded it. Delete old backups, or move them out of the public website folder.</source>
        <translation>Cette sauvegarde est dans le dossier public du site web&#xa0;: n’importe qui a pu la télécharger. Supprimez les anciennes sauvegardes, ou sortez-les du dossier public du site web.</translation>
    </message>
    <message>
        <source>Then delete old backups you no longer need, and keep the others out of the public website folder.</source>
        <translation>Supprimez ensuite les anciennes sauvegardes dont vous n’avez plus besoin, et gardez les autres en dehors du dossier public du site web.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Domains in the US: %1</source>
        <translation>Domaines dans la région US&#xa0;: %1</translation>
    </message>
    <message>
        <source>Domains in the EU: %1</source>
        <translation>Domaines dans la région EU&#xa0;: %1</translation>
    </message>
    <message>
        <source>API keys: %1</source>
        <translation>Clés API&#xa0;: %1</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>This key: id %1, role %2</source>
        <translation>Cette clé&#xa0;: ID %1, rôle %2</translation>
    </message>
</context>
<context>
    <name>CleanupCommand</name>
    <message>
        <source>Reviewing the account...</source>
        <translation>Examen du compte...</translation>
    </message>
    <message>
        <source>Nothing of the account could be read, so nothing was removed.</source>
        <translation>Rien n’a pu être lu dans le compte&#xa0;: rien n’a donc été supprimé.</translation>
    </message>
    <message>
        <source>The program found nothing it can remove.</source>
        <translation>Le programme n’a rien trouvé qu’il puisse supprimer.</translation>
    </message>
</context>
<context>
    <name>CleanupReadBack</name>
    <message>
        <source>The program could not read back what Mailgun now holds. Check it in the Control Panel.</source>
        <translation>Le programme n’a pas pu relire ce que Mailgun contient maintenant. Vérifiez-le dans le Control Panel.</translation>
    </message>
    <message>
        <source>Read back from Mailgun: %1 has no archive address now.</source>
        <translation>Relu chez Mailgun&#xa0;: %1 n’a plus d’adresse d’archive.</translation>
    </message>
    <message>
        <source>Asked for: no archive address for %1. Mailgun now holds: %2. Mailgun did not clear it. Clear it yourself in the Control Panel: open Sending, then Domain settings of %1, and empty &quot;Archive to&quot;.</source>
        <translation>Demandé&#xa0;: aucune adresse d’archive pour %1. Mailgun contient maintenant&#xa0;: %2. Mailgun ne l’a pas effacée. Effacez-la vous-même dans le Control Panel&#xa0;: ouvrez Sending, puis Domain settings de %1, et videz le champ «&#xa0;Archive to&#xa0;».</translation>
    </message>
    <message>
        <source>Read back from Mailgun: the route is gone.</source>
        <translation>Relu chez Mailgun&#xa0;: la route n’existe plus.</translation>
    </message>
    <message>
        <source>Asked for: route %1 deleted. Mailgun still lists it. Delete it in the Control Panel (Receiving, Routes).</source>
        <translation>Demandé&#xa0;: supprimer la route %1. Mailgun l’affiche encore. Supprimez-la dans le Control Panel (Receiving, Routes).</translation>
    </message>
    <message>
        <source>Read back from Mailgun: the account webhook is gone.</source>
        <translation>Relu chez Mailgun&#xa0;: le webhook du compte n’existe plus.</translation>
    </message>
    <message>
        <source>Asked for: account webhook %1 deleted. Mailgun still lists it. Changes to account webhooks can take up to 10 minutes; check again later, or delete it in the Control Panel.</source>
        <translation>Demandé&#xa0;: supprimer le webhook du compte %1. Mailgun l’affiche encore. Les modifications des webhooks du compte peuvent prendre jusqu’à 10 minutes&#xa0;: vérifiez plus tard, ou supprimez-le dans le Control Panel.</translation>
    </message>
    <message>
        <source>Read back from Mailgun: no webhook sends to %1 any more.</source>
        <translation>Relu chez Mailgun&#xa0;: plus aucun webhook n’envoie à %1.</translation>
    </message>
    <message>
        <source>Asked for: no webhook sends to %1. Mailgun now holds: %2. Remove it in the Control Panel (Sending, Webhooks).</source>
        <translation>Demandé&#xa0;: aucun webhook n’envoie à %1. Mailgun contient maintenant&#xa0;: %2. Retirez-le dans le Control Panel (Sending, Webhooks).</translation>
    </message>
    <message>
        <source>These webhooks stay: %1.</source>
        <translation>Ces webhooks restent&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run mailgun-recovery --help for help.</source>
        <translation>Lancez mailgun-recovery --help pour obtenir de l’aide.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L’option %1 demande une valeur.</translation>
    </message>
    <message>
        <source>The format &quot;%1&quot; is not known. Use md, html or pdf.</source>
        <translation>Le format «&#xa0;%1&#xa0;» est inconnu. Utilisez md, html ou pdf.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not valid. Use the form 2026-11-01.</source>
        <translation>La date «&#xa0;%1&#xa0;» n’est pas valide. Utilisez la forme 2026-11-01.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 0 to 65535.</source>
        <translation>Le port «&#xa0;%1&#xa0;» n’est pas un nombre entre 0 et 65535.</translation>
    </message>
    <message>
        <source>For your safety the key is never given on the command line, where other programs can see it. Set MAILGUN_API_KEY, use --key-file PATH, or type it when asked.</source>
        <translation>Pour votre sécurité, la clé n’est jamais donnée sur la ligne de commande, où d’autres programmes peuvent la voir. Définissez MAILGUN_API_KEY, utilisez --key-file CHEMIN, ou tapez-la quand on vous la demande.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Option inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no terminal to ask for confirmation. Add --yes to go ahead without asking.</source>
        <translation>Rien n’a été modifié&#xa0;: il n’y a pas de terminal pour demander confirmation. Ajoutez --yes pour continuer sans demander.</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>The word the user types on the command line to confirm a change. Keep it one short word that is easy to type; the English &quot;yes&quot; is always accepted too.</extracomment>
        <translation>oui</translation>
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
        <translation>Utilisation&#xa0;: mailgun-recovery [commande] [options]

Sans commande, ouvre l’assistant de récupération.

Commandes&#xa0;:
  check                 Vérifie la clé API&#xa0;: est-elle valide, quelle région, résumé du
                        compte.
  scan CHEMIN...        Étape 1&#xa0;: cherche dans des dossiers des clés et mots de passe
                        Mailgun divulgués, et des fichiers à risque (pages phpinfo, .env
                        dans le dossier web, mode débogage). Aucune clé API nécessaire.
                        Code de sortie 0 si l’analyse a eu lieu, quels que soient les
                        résultats.
    --deep              Lit aussi node_modules et vendor.
  probe URL...          Étape 1&#xa0;: demande à votre propre site web les fichiers et pages
                        qui divulguent des clés (.env, phpinfo, outils de débogage,
                        .git, sauvegardes). Requêtes GET uniquement, quelques-unes par
                        seconde. Aucune clé API nécessaire. Code de sortie 0 si chaque
                        site a été vérifié, quels que soient les résultats.
    --i-own-this-site   Obligatoire&#xa0;: confirme que les sites sont à vous.
    --folder NOM        Regarde aussi dans ce dossier du site, là où se trouvent ses
                        fichiers de programme (par exemple shop). Répétez l’option pour
                        d’autres dossiers.
  audit                 Étape 1&#xa0;: examen du compte en lecture seule (clés, identifiants
                        SMTP, routes, webhooks, archive, sous-comptes, adresses IP
                        autorisées, volume d’envoi) dans les deux régions. Code de
                        sortie 0 si l’examen a eu lieu.
  cleanup               Étape 1&#xa0;: supprime ce qui copie le courrier vers l’extérieur
                        (routes de transfert, webhooks inconnus, adresses d’archive), en
                        demandant d’abord, puis relit ce que Mailgun contient ensuite.
  disable-subaccount ID Étape 1&#xa0;: désactive un sous-compte que personne ne reconnaît
                        (son accès API s’arrête, son tableau de bord passe en lecture
                        seule&#xa0;; il peut être réactivé).
  rotate-key            Étape 2&#xa0;: crée une nouvelle clé API, la garde dans le trousseau
                        de clés, supprime les anciennes clés. Reprend d’abord un
                        remplacement interrompu.
    --in-use-key-id ID  La clé de la liste que vous utilisez, quand le programme ne peut
                        pas le savoir (anciennes clés qui commencent par «&#xa0;key-&#xa0;»).
  reset-smtp            Étape 3&#xa0;: un nouveau mot de passe pour chaque identifiant SMTP
                        de chaque domaine, gardé dans le trousseau de clés. Reprend
                        d’abord une réinitialisation interrompue.
    --domain D          Seulement les identifiants du domaine D (répétez l’option pour
                        d’autres domaines).
    --delete LOGIN      Supprime plutôt cet identifiant (sauf postmaster&#xa0;; répétable).
  users                 Étapes 4 et 5&#xa0;: pour chaque utilisateur, mot de passe changé
                        depuis le début de l’incident, et connexion à deux facteurs
                        activée.
  report                Le rapport pour l’assistance Mailgun, tiré du journal de cet
                        ordinateur.
    --format md|html|pdf  Le format (md par défaut). Le PDF demande -o.
    -o FICHIER          Écrit le rapport dans FICHIER au lieu de l’écran.
  practice-server       Lance le compte d’entraînement (un Mailgun simulé) sur cet
                        ordinateur et affiche ses adresses et sa clé en JSON.

Options&#xa0;:
  --practice            Utilise le compte d’entraînement au lieu de votre compte
                        Mailgun.
  --json                Sortie lisible par une machine sur stdout.
  --yes                 Ne demande pas avant de faire des modifications.
  --print-secrets       Affiche aussi les nouvelles clés et les nouveaux mots de passe
                        (rotate-key, reset-smtp). Sans trousseau de clés, c’est le seul
                        moyen de les garder.
  --key-file CHEMIN     Lit la clé API dans ce fichier.
  --api-base URL        Envoie les requêtes API à URL pour les deux régions.
  --api-base-us URL     Envoie les requêtes US à URL.
  --api-base-eu URL     Envoie les requêtes EU à URL.
  --incident-start DATE Date du début de la compromission (par défaut&#xa0;: il y a 14
                        jours).
  --us-port N, --eu-port N  Ports pour practice-server (par défaut&#xa0;: n’importe quel port
                        libre).
  -h, --help            Affiche cette aide.
  -v, --version         Affiche la version.

La clé est lue dans la variable d’environnement MAILGUN_API_KEY, dans --key-file, ou
demandée sans être affichée à l’écran. Elle n’est jamais acceptée comme argument.

Codes de sortie&#xa0;: 0 terminé, 1 échec, 2 mauvaise utilisation, 3 rien n’a été fait car
vous avez refusé.
</translation>
    </message>
    <message>
        <source>Type %1 to go ahead, anything else to stop:</source>
        <extracomment>%1 is the word the user types to confirm (&quot;yes&quot; in English).</extracomment>
        <translation>Tapez %1 pour continuer, ou autre chose pour arrêter&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <source>Checking the key with Mailgun in the US and the EU…</source>
        <translation>Vérification de la clé auprès de Mailgun, dans les régions US et EU…</translation>
    </message>
    <message>
        <source>The key works. Reading a summary of your account…</source>
        <translation>La clé fonctionne. Lecture d’un résumé de votre compte…</translation>
    </message>
    <message>
        <source>Connected. This key works and has full (admin) rights.</source>
        <translation>Connecté. Cette clé fonctionne et a tous les droits (admin).</translation>
    </message>
    <message>
        <source>This key works, but it does not have admin rights.</source>
        <translation>Cette clé fonctionne, mais elle n’a pas les droits d’administration.</translation>
    </message>
    <message>
        <source>Mailgun refused this key, which worked a moment ago.</source>
        <translation>Mailgun a refusé cette clé, qui fonctionnait il y a un instant.</translation>
    </message>
    <message>
        <source>Mailgun refused this key.</source>
        <translation>Mailgun a refusé cette clé.</translation>
    </message>
    <message>
        <source>Mailgun has disabled this account.</source>
        <translation>Mailgun a désactivé ce compte.</translation>
    </message>
    <message>
        <source>The program could not reach Mailgun.</source>
        <translation>Le programme n’arrive pas à joindre Mailgun.</translation>
    </message>
    <message>
        <source>This is not a Mailgun API key.</source>
        <translation>Ce n’est pas une clé API Mailgun.</translation>
    </message>
    <message>
        <source>The program can now use your account. It will always ask before it changes anything.</source>
        <translation>Le programme peut maintenant utiliser votre compte. Il vous demandera toujours avant de modifier quoi que ce soit.</translation>
    </message>
    <message>
        <source>The program can read your account, but it cannot replace keys or passwords for you. Use a key with the Admin role to let it do that, or go on and do those steps by hand.</source>
        <translation>Le programme peut lire votre compte, mais il ne peut pas remplacer les clés ou les mots de passe pour vous. Pour cela, utilisez une clé avec le rôle Admin, ou continuez et faites ces étapes à la main.</translation>
    </message>
    <message>
        <source>Mailgun accepted the key, but does not let it list your domains. Paste the account&apos;s private API key with the Admin role instead. You find it in the Mailgun Control Panel under API Security (https://app.mailgun.com/settings/api_security).</source>
        <translation>Mailgun a accepté la clé, mais ne lui permet pas de lister vos domaines. Collez plutôt la clé API privée du compte, avec le rôle Admin. Vous la trouverez dans le Control Panel de Mailgun, sous API Security (https://app.mailgun.com/settings/api_security).</translation>
    </message>
    <message>
        <source>This key works, but it is not allowed to read your account.</source>
        <translation>Cette clé fonctionne, mais elle n’a pas le droit de lire votre compte.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to your Mailgun account</source>
        <translation>Se connecter à votre compte Mailgun</translation>
    </message>
    <message>
        <source>The assistant checks your key and shows what it finds. Checking changes nothing.</source>
        <translation>L’assistant vérifie votre clé et montre ce qu’il trouve. La vérification ne modifie rien.</translation>
    </message>
    <message>
        <source>Which account do you want to work on?</source>
        <translation>Sur quel compte voulez-vous travailler&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;My Mailgun account</source>
        <translation>&amp;Mon compte Mailgun</translation>
    </message>
    <message>
        <source>My Mailgun account</source>
        <translation>Mon compte Mailgun</translation>
    </message>
    <message>
        <source>The &amp;practice account (safe to try; nothing real changes)</source>
        <translation>Le compte d’&amp;entraînement (pour essayer sans risque&#xa0;; rien de réel n’est modifié)</translation>
    </message>
    <message>
        <source>The practice account (safe to try; nothing real changes)</source>
        <translation>Le compte d’entraînement (pour essayer sans risque&#xa0;; rien de réel n’est modifié)</translation>
    </message>
    <message>
        <source>Your private &amp;API key (the long password your website uses for Mailgun):</source>
        <translation>Votre clé &amp;API privée (le long mot de passe que votre site web utilise pour Mailgun)&#xa0;:</translation>
    </message>
    <message>
        <source>Private API key</source>
        <translation>Clé API privée</translation>
    </message>
    <message>
        <source>Paste your key here</source>
        <translation>Collez votre clé ici</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Masquer la clé</translation>
    </message>
    <message>
        <source>&amp;Check key</source>
        <translation>&amp;Vérifier la clé</translation>
    </message>
    <message>
        <source>Check key</source>
        <translation>Vérifier la clé</translation>
    </message>
    <message>
        <source>Key format</source>
        <translation>Format de la clé</translation>
    </message>
    <message>
        <source>Where do I find my key?</source>
        <translation>Où trouver ma clé&#xa0;?</translation>
    </message>
    <message>
        <source>Open API Security</source>
        <translation>Ouvrir API Security</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Continue without connecting: I will do the steps by hand in the Mailgun Control Panel</source>
        <translation>Continuer sans se connecter&#xa0;: je ferai les étapes à la main dans le Control Panel de Mailgun</translation>
    </message>
    <message>
        <source>Continue without connecting</source>
        <translation>Continuer sans se connecter</translation>
    </message>
    <message>
        <source>You will do every step by hand in the Mailgun Control Panel, with instructions from the assistant.</source>
        <translation>Vous ferez chaque étape à la main dans le Control Panel de Mailgun, en suivant les instructions de l’assistant.</translation>
    </message>
    <message>
        <source>The practice account could not start.</source>
        <translation>Le compte d’entraînement n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Checking your key with Mailgun…</source>
        <translation>Vérification de votre clé auprès de Mailgun…</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>What the result means</source>
        <translation>Ce que veut dire le résultat</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>When you replaced the API key in step 2, the assistant saved the new key in this computer&apos;s keychain. You do not need to type it.</source>
        <translation>Quand vous avez remplacé la clé API à l’étape 2, l’assistant a enregistré la nouvelle clé dans le trousseau de clés de cet ordinateur. Vous n’avez pas besoin de la taper.</translation>
    </message>
    <message>
        <source>&amp;Use the new key saved by this program</source>
        <translation>&amp;Utiliser la nouvelle clé enregistrée par ce programme</translation>
    </message>
    <message>
        <source>Use the new key saved by this program</source>
        <translation>Utiliser la nouvelle clé enregistrée par ce programme</translation>
    </message>
    <message>
        <source>Saved key</source>
        <translation>Clé enregistrée</translation>
    </message>
    <message>
        <source>Reading the saved key from the keychain…</source>
        <translation>Lecture de la clé enregistrée dans le trousseau de clés…</translation>
    </message>
    <message>
        <source>The saved key (%1) is filled in. The assistant checks it now.</source>
        <translation>La clé enregistrée (%1) est remplie. L’assistant la vérifie maintenant.</translation>
    </message>
    <message>
        <source>The saved key could not be read: the keychain gave back something that is not an API key.</source>
        <translation>Impossible de lire la clé enregistrée&#xa0;: le trousseau de clés a renvoyé quelque chose qui n’est pas une clé API.</translation>
    </message>
    <message>
        <source>The saved key could not be read: the keychain has no entry &quot;%1&quot; any more. It may have been removed.</source>
        <translation>Impossible de lire la clé enregistrée&#xa0;: le trousseau de clés n’a plus d’entrée «&#xa0;%1&#xa0;». Elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>The saved key could not be read: no keychain (the password store of your computer) is running.</source>
        <translation>Impossible de lire la clé enregistrée&#xa0;: aucun trousseau de clés (l’endroit où votre ordinateur garde les mots de passe) n’est en service.</translation>
    </message>
    <message>
        <source>The saved key could not be read. %1</source>
        <translation>Impossible de lire la clé enregistrée. %1</translation>
    </message>
    <message>
        <source>%1
Paste the new key below instead: use the copy you kept in step 2, or create another key in the Mailgun Control Panel.</source>
        <translation>%1
Collez plutôt la nouvelle clé ci-dessous&#xa0;: utilisez la copie que vous avez gardée à l’étape 2, ou créez une autre clé dans le Control Panel de Mailgun.</translation>
    </message>
    <message>
        <source>Sign in at app.mailgun.com and open Account settings, then API Security. Mailgun shows a key in full only once, when you make it. So you may need to make a new one there.</source>
        <translation>Connectez-vous sur app.mailgun.com et ouvrez Account settings, puis API Security. Mailgun n’affiche une clé en entier qu’une seule fois, quand vous la créez. Vous devrez donc peut-être en créer une nouvelle à cet endroit.</translation>
    </message>
    <message>
        <source>Your key stays in this computer&apos;s memory. The program sends it only to Mailgun.</source>
        <translation>Votre clé reste dans la mémoire de cet ordinateur. Le programme l’envoie uniquement à Mailgun.</translation>
    </message>
    <message>
        <source>The practice account acts like Mailgun but runs on this computer. The program fills in its key for you. Click &quot;Check key&quot; to see what the assistant finds.</source>
        <translation>Le compte d’entraînement imite Mailgun, mais il fonctionne sur cet ordinateur. Le programme remplit sa clé pour vous. Cliquez sur «&#xa0;Vérifier la clé&#xa0;» pour voir ce que trouve l’assistant.</translation>
    </message>
</context>
<context>
    <name>ConsoleOutput</name>
    <message>
        <source>The findings could not be saved in the record of your recovery, so step 2 and the report will not show them. Check that the disk is not full, then run the command again.</source>
        <translation>Impossible d’enregistrer les constats dans le journal de votre récupération&#xa0;: l’étape 2 et le rapport ne les montreront pas. Vérifiez que le disque n’est pas plein, puis relancez la commande.</translation>
    </message>
</context>
<context>
    <name>DisableSubaccountCommand</name>
    <message>
        <source>Name one subaccount by its id: mailgun-recovery disable-subaccount ID. Run mailgun-recovery audit to see the ids.</source>
        <translation>Indiquez un sous-compte par son ID&#xa0;: mailgun-recovery disable-subaccount ID. Lancez mailgun-recovery audit pour voir les ID.</translation>
    </message>
    <message>
        <source>Reading the subaccounts…</source>
        <translation>Lecture des sous-comptes…</translation>
    </message>
    <message>
        <source>Mailgun lists no subaccount with the id %1. Nothing was changed.</source>
        <translation>Mailgun n’a aucun sous-compte avec l’ID %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The subaccount “%1” is already disabled.</source>
        <translation>Le sous-compte «&#xa0;%1&#xa0;» est déjà désactivé.</translation>
    </message>
    <message>
        <source>The subaccount “%1” is %2, so it cannot be disabled.</source>
        <translation>L’état du sous-compte «&#xa0;%1&#xa0;» est&#xa0;: %2. Il ne peut donc pas être désactivé.</translation>
    </message>
    <message>
        <source>Disable the subaccount “%1”?</source>
        <translation>Désactiver le sous-compte «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>ExtraKeyRegeneration</name>
    <message>
        <source>Nothing was replaced, because the record of your recovery cannot be saved: %1 Make room on the disk (or make the folder writable), then try again.</source>
        <translation>Rien n’a été remplacé, car le journal de votre récupération ne peut pas être enregistré&#xa0;: %1 Libérez de la place sur le disque (ou autorisez l’écriture dans le dossier), puis réessayez.</translation>
    </message>
    <message>
        <source>The public validation key was not replaced.</source>
        <translation>La clé publique de validation n’a pas été remplacée.</translation>
    </message>
    <message>
        <source>The webhook signing key was not replaced.</source>
        <translation>La clé de signature des webhooks n’a pas été remplacée.</translation>
    </message>
    <message>
        <source>The record of your recovery could not be saved, so the report will not list this change yet: %1</source>
        <translation>Impossible d’enregistrer le journal de votre récupération&#xa0;: le rapport n’indiquera pas encore cette modification. %1</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Aucun trousseau de clés n’est disponible.</translation>
    </message>
</context>
<context>
    <name>ExtraKeysPanel</name>
    <message>
        <source>Two more keys you may want to replace (optional)</source>
        <translation>Deux autres clés que vous voudrez peut-être remplacer (facultatif)</translation>
    </message>
    <message>
        <source>Webhook signing key</source>
        <translation>Clé de signature des webhooks</translation>
    </message>
    <message>
        <source>Mailgun signs the messages it sends to your website about your emails (webhooks) with this key. Whoever got into your account may know it and could send your website fake messages. After you replace it, your website refuses Mailgun&apos;s messages until you put the new key into its settings.</source>
        <translation>Mailgun signe avec cette clé les messages qu’il envoie à votre site web au sujet de vos e-mails (les webhooks). La personne qui est entrée dans votre compte la connaît peut-être et pourrait envoyer de faux messages à votre site. Une fois la clé remplacée, votre site refuse les messages de Mailgun tant que vous n’avez pas mis la nouvelle clé dans ses réglages.</translation>
    </message>
    <message>
        <source>Replace the webhook signing key</source>
        <translation>Remplacer la clé de signature des webhooks</translation>
    </message>
    <message>
        <source>Public validation key</source>
        <translation>Clé publique de validation</translation>
    </message>
    <message>
        <source>Older web forms use this key to check email addresses as people type them. If your forms use it, they stop checking addresses until you give them the new key. If you do not know it, you most likely do not use it.</source>
        <translation>D’anciens formulaires web utilisent cette clé pour vérifier les adresses e-mail pendant la saisie. Si vos formulaires l’utilisent, ils ne vérifieront plus les adresses tant que vous ne leur aurez pas donné la nouvelle clé. Si vous ne la connaissez pas, vous ne l’utilisez très probablement pas.</translation>
    </message>
    <message>
        <source>Replace the public validation key</source>
        <translation>Remplacer la clé publique de validation</translation>
    </message>
    <message>
        <source>Replace this key now?</source>
        <translation>Remplacer cette clé maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Remplacer la clé</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Replacing…</source>
        <translation>Remplacement…</translation>
    </message>
    <message>
        <source>Replaced. The new key is below and in this computer&apos;s keychain under &quot;%1&quot;, entry %2.</source>
        <translation>Remplacée. La nouvelle clé est affichée ci-dessous et se trouve dans le trousseau de clés de cet ordinateur, sous «&#xa0;%1&#xa0;», entrée %2.</translation>
    </message>
    <message>
        <source>Replaced, but the keychain could not keep it: %1 Copy the new key below now; it is not shown again.</source>
        <translation>Remplacée, mais le trousseau de clés n’a pas pu la garder&#xa0;: %1 Copiez tout de suite la nouvelle clé ci-dessous, car elle ne sera plus affichée.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>For your information</source>
        <translation>Pour information</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>How serious</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Où&#xa0;: %1</translation>
    </message>
    <message>
        <source>Value (hidden in part): %1</source>
        <translation>Valeur (en partie masquée)&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FindingsTable</name>
    <message>
        <source>What was found, most serious first</source>
        <translation>Ce qui a été trouvé, le plus grave en premier</translation>
    </message>
</context>
<context>
    <name>FolderScanPanel</name>
    <message>
        <source>Pick the folders to look through: your website&apos;s files, a backup you downloaded from your hosting, or a project on this computer. Nothing leaves this computer.</source>
        <translation>Choisissez les dossiers à examiner&#xa0;: les fichiers de votre site web, une sauvegarde téléchargée chez votre hébergeur, ou un projet sur cet ordinateur. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Folders to look through</source>
        <translation>Dossiers à examiner</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Also look inside downloaded libraries (node_modules, vendor). Slower.</source>
        <translation>Regarder aussi dans les bibliothèques téléchargées (node_modules, vendor). Plus lent.</translation>
    </message>
    <message>
        <source>Look through these folders</source>
        <translation>Examiner ces dossiers</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Pick a folder to look through</source>
        <translation>Choisir un dossier à examiner</translation>
    </message>
    <message>
        <source>Files looked at so far: %1 (%2)…</source>
        <translation>Fichiers examinés jusqu’ici&#xa0;: %1 (%2)…</translation>
    </message>
    <message>
        <source>Reading the list of your API keys…</source>
        <translation>Lecture de la liste de vos clés API…</translation>
    </message>
    <message>
        <source>Looking through the folders…</source>
        <translation>Examen des dossiers…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Stopped before anything was looked at.</source>
        <translation>Arrêté avant d’avoir examiné quoi que ce soit.</translation>
    </message>
    <message>
        <source>Stopped. Files looked at before that: %1 (%2).</source>
        <translation>Arrêté. Fichiers examinés avant l’arrêt&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Files looked at: %1 (%2).</source>
        <translation>Fichiers examinés&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>No Mailgun keys, passwords or risky files were found here.</source>
        <translation>Aucune clé Mailgun, aucun mot de passe et aucun fichier à risque n’ont été trouvés ici.</translation>
    </message>
    <message>
        <source>This folder could not be found: %1</source>
        <translation>Ce dossier est introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Files that could not be opened: %1. They may belong to another user.</source>
        <translation>Fichiers qui n’ont pas pu être ouverts&#xa0;: %1. Ils appartiennent peut-être à un autre utilisateur.</translation>
    </message>
    <message>
        <source>The findings could not be saved for the report. Check that the disk is not full.</source>
        <translation>Impossible d’enregistrer les constats pour le rapport. Vérifiez que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>Things to fix: %1. The most serious come first. Fix them before step 2, or the new key can leak the same way.</source>
        <translation>Points à corriger&#xa0;: %1. Les plus graves viennent en premier. Corrigez-les avant l’étape 2, sinon la nouvelle clé risque de fuir de la même façon.</translation>
    </message>
</context>
<context>
    <name>ForwardingFindings</name>
    <message>
        <source>A route is a rule that handles mail sent to your domains.</source>
        <translation>Une route est une règle qui traite le courrier envoyé à vos domaines.</translation>
    </message>
    <message>
        <source>A route copies all incoming mail to %1</source>
        <translation>Une route copie tout le courrier reçu vers %1</translation>
    </message>
    <message>
        <source>A route catches all mail sent to your domains</source>
        <translation>Une route intercepte tout le courrier envoyé à vos domaines</translation>
    </message>
    <message>
        <source>The route %1 (%2) matches every address, created %3. Its actions: %4.</source>
        <translation>La route %1 (%2) correspond à toutes les adresses, créée %3. Ses actions&#xa0;: %4.</translation>
    </message>
    <message>
        <source>A route forwards mail to %1, outside your domains</source>
        <translation>Une route transfère le courrier vers %1, en dehors de vos domaines</translation>
    </message>
    <message>
        <source>The route %1 matches %2 and was created %3. Its actions: %4.</source>
        <translation>La route %1 correspond à %2 et a été créée %3. Ses actions&#xa0;: %4.</translation>
    </message>
    <message>
        <source>It was created after the incident started.</source>
        <translation>Elle a été créée après le début de l’incident.</translation>
    </message>
    <message>
        <source>Unless you set it up, delete this route in the Control Panel (Receiving, Routes), and tell Mailgun support that mail may have been copied.</source>
        <translation>Si ce n’est pas vous qui l’avez créée, supprimez cette route dans le Control Panel (Receiving, Routes), et prévenez l’assistance Mailgun que du courrier a peut-être été copié.</translation>
    </message>
    <message>
        <source>A webhook makes Mailgun send details of your mail (who it went to, opens, bounces) to a web address.</source>
        <translation>Avec un webhook, Mailgun envoie des détails sur votre courrier (destinataires, ouvertures, rebonds) à une adresse web.</translation>
    </message>
    <message>
        <source>A webhook of %1 sends mail events to an unknown web address, %2</source>
        <translation>Un webhook de %1 envoie les événements du courrier à une adresse web inconnue, %2</translation>
    </message>
    <message>
        <source>This one sends the events %1 to %2, which is not under any of your domains.</source>
        <translation>Celui-ci envoie les événements %1 à %2, qui ne fait partie d’aucun de vos domaines.</translation>
    </message>
    <message>
        <source>Unless you know this address, delete the webhook in the Control Panel (Sending, Webhooks, domain %1).</source>
        <translation>Si vous ne connaissez pas cette adresse, supprimez le webhook dans le Control Panel (Sending, Webhooks, domaine %1).</translation>
    </message>
    <message>
        <source>An account-wide webhook sends the events of all your domains to an unknown web address, %1</source>
        <translation>Un webhook pour tout le compte envoie les événements de tous vos domaines à une adresse web inconnue, %1</translation>
    </message>
    <message>
        <source>This one covers every domain in the %1 and sends %2 to %3. It was created %4.</source>
        <translation>Celui-ci couvre tous les domaines de la région %1 et envoie %2 à %3. Il a été créé %4.</translation>
    </message>
    <message>
        <source>That is after the incident started.</source>
        <translation>C’est après le début de l’incident.</translation>
    </message>
    <message>
        <source>It also receives the events of your subaccounts&apos; domains.</source>
        <translation>Il reçoit aussi les événements des domaines de vos sous-comptes.</translation>
    </message>
    <message>
        <source>Unless you know this address, delete the webhook in the Control Panel (Sending, Webhooks, account webhooks).</source>
        <translation>Si vous ne connaissez pas cette adresse, supprimez le webhook dans le Control Panel (Sending, Webhooks, webhooks du compte).</translation>
    </message>
    <message>
        <source>A copy of every message sent from %1 goes to %2, outside your domains</source>
        <translation>Une copie de chaque message envoyé depuis %1 part vers %2, en dehors de vos domaines</translation>
    </message>
    <message>
        <source>A copy of every message sent from %1 goes to %2</source>
        <translation>Une copie de chaque message envoyé depuis %1 part vers %2</translation>
    </message>
    <message>
        <source>The domain&apos;s “archive to” setting makes Mailgun post a full copy of each delivered message to %1.</source>
        <translation>Avec le réglage «&#xa0;Archive to&#xa0;» du domaine, Mailgun envoie une copie complète de chaque message distribué à %1.</translation>
    </message>
    <message>
        <source>Unless you set this up, clear the setting for %1 at once and tell Mailgun support that your mail was copied.</source>
        <translation>Si ce n’est pas vous qui l’avez mis en place, effacez tout de suite ce réglage pour %1 et prévenez l’assistance Mailgun que votre courrier a été copié.</translation>
    </message>
    <message>
        <source>Check that this address is yours and still needed.</source>
        <translation>Vérifiez que cette adresse est bien à vous et qu’elle sert encore.</translation>
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
            <numerusform>%n version de fichier</numerusform>
            <numerusform>%n versions de fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the code history (git) of %n folder(s): %1 and %2.</source>
        <translation>
            <numerusform>Le programme a lu l’historique du code (git) de %n dossier&#xa0;: %1 et %2.</numerusform>
            <numerusform>Le programme a lu l’historique du code (git) de %n dossiers&#xa0;: %1 et %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file version(s) in the code history were larger than %1 and were not read.</source>
        <translation>
            <numerusform>%n version de fichier de l’historique du code faisait plus de %1 et n’a pas été lue.</numerusform>
            <numerusform>%n versions de fichiers de l’historique du code faisaient plus de %1 et n’ont pas été lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code history folder(s) could not be read to the end. Keys in the part not read were not looked for:</source>
        <translation>
            <numerusform>%n dossier d’historique du code n’a pas pu être lu jusqu’au bout. Le programme n’a pas cherché de clés dans la partie non lue&#xa0;:</numerusform>
            <numerusform>%n dossiers d’historique du code n’ont pas pu être lus jusqu’au bout. Le programme n’a pas cherché de clés dans la partie non lue&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code history link(s) lead outside the folders you picked and were not followed. Add those folders to read them:</source>
        <translation>
            <numerusform>%n lien d’historique du code mène en dehors des dossiers que vous avez choisis et n’a pas été suivi. Ajoutez ce dossier pour le lire&#xa0;:</numerusform>
            <numerusform>%n liens d’historique du code mènent en dehors des dossiers que vous avez choisis et n’ont pas été suivis. Ajoutez ces dossiers pour les lire&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitHistoryText</name>
    <message>
        <source>In the history of %1: %2, commit %3 of %4 (deleted since)</source>
        <translation>Dans l’historique de %1&#xa0;: %2, commit %3 du %4 (supprimé depuis)</translation>
    </message>
    <message>
        <source>In the history of %1: %2, commit %3 of %4 (changed since)</source>
        <translation>Dans l’historique de %1&#xa0;: %2, commit %3 du %4 (modifié depuis)</translation>
    </message>
    <message>
        <source>In the history of %1: %2, commit %3 of %4</source>
        <translation>Dans l’historique de %1&#xa0;: %2, commit %3 du %4</translation>
    </message>
    <message>
        <source>This key can send email for one domain. Replace it in the Mailgun Control Panel (API Security).</source>
        <translation>Cette clé peut envoyer des e-mails pour un seul domaine. Remplacez-la dans le Control Panel de Mailgun (API Security).</translation>
    </message>
    <message>
        <source>With this key, anyone can send fake Mailgun events to your website. Replace the webhook signing key in Mailgun.</source>
        <translation>Avec cette clé, n’importe qui peut envoyer de faux événements Mailgun à votre site web. Remplacez la clé de signature des webhooks dans Mailgun.</translation>
    </message>
    <message>
        <source>This key can only check email addresses; it cannot send mail.</source>
        <translation>Cette clé peut seulement vérifier des adresses e-mail&#xa0;; elle ne peut pas envoyer de courrier.</translation>
    </message>
    <message>
        <source>Anyone can send email with this password. Reset it in Mailgun (step 3).</source>
        <translation>N’importe qui peut envoyer des e-mails avec ce mot de passe. Réinitialisez-le dans Mailgun (étape 3).</translation>
    </message>
    <message>
        <source>Anyone can use this key. Delete it in Mailgun and make a new one (step 2).</source>
        <translation>N’importe qui peut utiliser cette clé. Supprimez-la dans Mailgun et créez-en une nouvelle (étape 2).</translation>
    </message>
    <message>
        <source>It is in the code history: commit %1 of %2 added it.</source>
        <translation>Ce secret est dans l’historique du code&#xa0;: le commit %1 du %2 l’a ajouté.</translation>
    </message>
    <message>
        <source>It is in the code history: commit %1 of %2 by %3 added it.</source>
        <translation>Ce secret est dans l’historique du code&#xa0;: le commit %1, fait par %3 le %2, l’a ajouté.</translation>
    </message>
    <message>
        <source>Deleting the file or the line does not remove it. Anyone with a copy of this code history, or of the .git folder on your website, can still read it.</source>
        <translation>Supprimer le fichier ou la ligne ne l’efface pas. Toute personne qui a une copie de cet historique du code, ou du dossier .git de votre site web, peut encore le lire.</translation>
    </message>
    <message>
        <source>Rewriting the history is not enough, because copies of it already exist.</source>
        <translation>Réécrire l’historique ne suffit pas, car il en existe déjà des copies.</translation>
    </message>
    <message>
        <source>This code history is in the public website folder, so anyone may have downloaded it.</source>
        <translation>Cet historique du code est dans le dossier public du site web&#xa0;: n’importe qui a pu le télécharger.</translation>
    </message>
</context>
<context>
    <name>GuidedChecklistWidget</name>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser</source>
        <translation>Ouvre %1 dans votre navigateur web</translation>
    </message>
    <message>
        <source>Tick each item when you have done it</source>
        <translation>Cochez chaque point une fois que vous l’avez fait</translation>
    </message>
</context>
<context>
    <name>GuidedStepPage</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Every item is ticked: this step is done.</source>
        <translation>Tous les points sont cochés&#xa0;: cette étape est terminée.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) ticked. You can come back to this step at any time.</source>
        <translation>
            <numerusform>Points cochés&#xa0;: %1 sur %n. Vous pouvez revenir à cette étape à tout moment.</numerusform>
            <numerusform>Points cochés&#xa0;: %1 sur %n. Vous pouvez revenir à cette étape à tout moment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InUseKeyPicker</name>
    <message>
        <source>The key you gave this program</source>
        <translation>La clé que vous avez donnée à ce programme</translation>
    </message>
    <message>
        <source>This is the key I gave</source>
        <translation>C’est la clé que j’ai donnée</translation>
    </message>
    <message>
        <source>Mark the chosen key as the one you gave this program</source>
        <translation>Indiquer que la clé choisie est celle que vous avez donnée à ce programme</translation>
    </message>
    <message>
        <source>You said the key you gave this program is &quot;%1&quot;. It is deleted last, after the new key works.</source>
        <translation>Vous avez indiqué que la clé donnée à ce programme est «&#xa0;%1&#xa0;». Elle sera supprimée en dernier, une fois que la nouvelle clé fonctionne.</translation>
    </message>
    <message>
        <source>The program cannot tell which of these keys is the one you gave it. Older keys (they start with &quot;key-&quot;) do not show which entry is theirs. If you know which one it is, pick it here. If you do not, no key is marked as in use.</source>
        <translation>Le programme ne peut pas savoir laquelle de ces clés est celle que vous lui avez donnée. Les anciennes clés (elles commencent par «&#xa0;key-&#xa0;») ne montrent pas quelle ligne leur correspond. Si vous savez laquelle c’est, choisissez-la ici. Sinon, aucune clé n’est indiquée comme utilisée.</translation>
    </message>
    <message>
        <source>Choose the key you gave…</source>
        <translation>Choisir la clé que vous avez donnée…</translation>
    </message>
    <message>
        <source>%1 (%2, created %3)</source>
        <translation>%1 (%2, créée le %3)</translation>
    </message>
</context>
<context>
    <name>IncidentStartEdit</name>
    <message>
        <source>When did the trouble start?</source>
        <translation>Quand les problèmes ont-ils commencé&#xa0;?</translation>
    </message>
    <message>
        <source>The program marks keys, logins and rules made after this moment as new. Not sure? Pick a day a little earlier.</source>
        <translation>Le programme marque comme nouveaux les clés, identifiants et règles créés après ce moment. Vous hésitez&#xa0;? Choisissez un jour un peu plus tôt.</translation>
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
        <translation>Vos fichiers</translation>
    </message>
    <message>
        <source>Your website</source>
        <translation>Votre site web</translation>
    </message>
    <message>
        <source>Your Mailgun account</source>
        <translation>Votre compte Mailgun</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Another window of the assistant (or a command in a terminal) is working on your recovery right now. Finish or close it first, then try again. Nothing was changed.</source>
        <translation>Une autre fenêtre de l’assistant (ou une commande dans un terminal) travaille en ce moment sur votre récupération. Terminez-la ou fermez-la d’abord, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The record of your progress could not be opened for writing in %1. Nothing was changed.</source>
        <translation>Impossible d’ouvrir en écriture le journal de votre progression dans %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The record of your progress could not be opened: %1</source>
        <translation>Impossible d’ouvrir le journal de votre progression&#xa0;: %1</translation>
    </message>
    <message>
        <source>Part of the record of your progress was damaged. The assistant kept everything it could read, and a copy of the damaged file as %1.</source>
        <translation>Une partie du journal de votre progression était abîmée. L’assistant a gardé tout ce qu’il pouvait lire, ainsi qu’une copie du fichier abîmé sous le nom %1.</translation>
    </message>
    <message>
        <source>Part of the record of your progress was damaged. The assistant kept everything it could read and left the file as it was.</source>
        <translation>Une partie du journal de votre progression était abîmée. L’assistant a gardé tout ce qu’il pouvait lire et a laissé le fichier tel quel.</translation>
    </message>
    <message>
        <source>The old record of your progress could not be put aside.</source>
        <translation>L’ancien journal de votre progression n’a pas pu être mis de côté.</translation>
    </message>
    <message>
        <source>Your progress could not be saved to %1: %2</source>
        <translation>Impossible d’enregistrer votre progression dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>KeyFindings</name>
    <message>
        <source>This is the key this program is using right now.</source>
        <translation>C’est la clé que ce programme utilise en ce moment.</translation>
    </message>
    <message>
        <source>Someone signed in to the Mailgun Control Panel %1 (%2)</source>
        <translation>Quelqu’un s’est connecté au Control Panel de Mailgun %1 (%2)</translation>
    </message>
    <message>
        <source>Each sign-in to the Control Panel creates a short-lived “web” key. This one was created after the incident started.</source>
        <translation>Chaque connexion au Control Panel crée une clé «&#xa0;web&#xa0;» de courte durée. Celle-ci a été créée après le début de l’incident.</translation>
    </message>
    <message>
        <source>If this was not you or a colleague, the password of that user is known to someone else: change it and turn on two-factor sign-in (steps 4 and 5).</source>
        <translation>Si ce n’était ni vous ni un collègue, quelqu’un d’autre connaît le mot de passe de cet utilisateur&#xa0;: changez-le et activez la connexion à deux facteurs (étapes 4 et 5).</translation>
    </message>
    <message>
        <source>Whoever makes a key can write any name as its creator, so the recorded name does not prove who made it.</source>
        <translation>Celui qui crée une clé peut écrire n’importe quel nom comme créateur&#xa0;: le nom indiqué ne prouve donc pas qui l’a créée.</translation>
    </message>
    <message>
        <source>This is %1 (role: %2). An API key lets whoever holds it send mail and change settings through Mailgun&apos;s programming interface.</source>
        <translation>C’est %1 (rôle&#xa0;: %2). Une clé API permet à celui qui la détient d’envoyer du courrier et de modifier les réglages par l’interface de programmation de Mailgun.</translation>
    </message>
    <message>
        <source>Step 2 replaces the key you are using with a new one and then deletes this one.</source>
        <translation>L’étape 2 remplace la clé que vous utilisez par une nouvelle, puis supprime celle-ci.</translation>
    </message>
    <message>
        <source>Unless you made it yourself after the incident started, delete it in step 2.</source>
        <translation>Sauf si vous l’avez créée vous-même après le début de l’incident, supprimez-la à l’étape 2.</translation>
    </message>
    <message>
        <source>no creator recorded</source>
        <translation>aucun créateur indiqué</translation>
    </message>
    <message>
        <source>recorded as %1</source>
        <translation>créateur indiqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>recorded as %1 &lt;%2&gt;</source>
        <translation>créateur indiqué&#xa0;: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>You are using %1</source>
        <translation>Vous utilisez %1</translation>
    </message>
    <message>
        <source>If this key leaked, whoever has it can use it until it is deleted.</source>
        <translation>Si cette clé a été divulguée, celui qui l’a peut s’en servir tant qu’elle n’est pas supprimée.</translation>
    </message>
    <message>
        <source>Step 2 replaces it with a new key and deletes the old keys.</source>
        <translation>L’étape 2 la remplace par une nouvelle clé et supprime les anciennes clés.</translation>
    </message>
    <message>
        <source>The program cannot tell which of your listed keys is the one you gave it</source>
        <translation>Le programme ne peut pas savoir laquelle des clés de la liste est celle que vous lui avez donnée</translation>
    </message>
    <message>
        <source>Older keys (they start with “key-”) do not show which entry of the key list is theirs, and neither does a key from another account.</source>
        <translation>Les anciennes clés (elles commencent par «&#xa0;key-&#xa0;») ne montrent pas quelle ligne de la liste des clés leur correspond, pas plus qu’une clé d’un autre compte.</translation>
    </message>
    <message>
        <source>In step 2 you can pick it from the list (by its name, kind, role and creation date). Step 2 replaces it with a new key either way.</source>
        <translation>À l’étape 2, vous pourrez la choisir dans la liste (d’après son nom, son type, son rôle et sa date de création). Dans tous les cas, l’étape 2 la remplace par une nouvelle clé.</translation>
    </message>
    <message>
        <source>Someone made an API key %1, after the incident started</source>
        <translation>Quelqu’un a créé une clé API %1, après le début de l’incident</translation>
    </message>
</context>
<context>
    <name>KeyFormat</name>
    <message>
        <source>This looks like a Mailgun API key.</source>
        <translation>Cela ressemble à une clé API Mailgun.</translation>
    </message>
    <message>
        <source>This looks like an older Mailgun API key (it starts with &quot;key-&quot;).</source>
        <translation>Cela ressemble à une ancienne clé API Mailgun (elle commence par «&#xa0;key-&#xa0;»).</translation>
    </message>
    <message>
        <source>This is the public key. It cannot manage your account. Paste your private API key instead.</source>
        <translation>C’est la clé publique. Elle ne permet pas de gérer votre compte. Collez plutôt votre clé API privée.</translation>
    </message>
    <message>
        <source>The key has spaces or line breaks in it. Copy it again without them.</source>
        <translation>La clé contient des espaces ou des retours à la ligne. Copiez-la de nouveau, sans eux.</translation>
    </message>
    <message>
        <source>The key looks incomplete. Paste the whole key.</source>
        <translation>La clé semble incomplète. Collez la clé en entier.</translation>
    </message>
    <message>
        <source>This does not look like a Mailgun API key. A key is a long mix of numbers and the letters a to f, with two dashes near the end.</source>
        <translation>Cela ne ressemble pas à une clé API Mailgun. Une clé est une longue suite de chiffres et de lettres de a à f, avec deux tirets vers la fin.</translation>
    </message>
</context>
<context>
    <name>KeyInput</name>
    <message>
        <source>Mailgun API key (not shown as you type): </source>
        <translation>Clé API Mailgun (rien ne s’affiche pendant la saisie)&#xa0;: </translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2</source>
        <translation>Impossible de lire le fichier de clé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The key file %1 is empty.</source>
        <translation>Le fichier de clé %1 est vide.</translation>
    </message>
    <message>
        <source>No key was typed.</source>
        <translation>Aucune clé n’a été tapée.</translation>
    </message>
    <message>
        <source>No API key given. Set MAILGUN_API_KEY, use --key-file PATH, or run this in a terminal to type it.</source>
        <translation>Aucune clé API fournie. Définissez MAILGUN_API_KEY, utilisez --key-file CHEMIN, ou lancez ceci dans un terminal pour la taper.</translation>
    </message>
</context>
<context>
    <name>KeyPlanTable</name>
    <message>
        <source>Your API keys; ticked keys are deleted</source>
        <translation>Vos clés API&#xa0;; les clés cochées seront supprimées</translation>
    </message>
</context>
<context>
    <name>KeyRetest</name>
    <message>
        <source>WARNING: the old key %1 STILL WORKS (Mailgun accepted it at %2). Delete it now in the Control Panel (API Security), then check again.</source>
        <translation>ATTENTION&#xa0;: l’ancienne clé %1 FONCTIONNE ENCORE (Mailgun l’a acceptée le %2). Supprimez-la tout de suite dans le Control Panel (API Security), puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>The old key %1 is dead: Mailgun refused it at %2.</source>
        <translation>L’ancienne clé %1 ne marche plus&#xa0;: Mailgun l’a refusée le %2.</translation>
    </message>
    <message>
        <source>The sending key %1 was deleted from the key list. A sending key cannot be tested without sending mail.</source>
        <translation>La clé d’envoi %1 a été supprimée de la liste des clés. On ne peut pas tester une clé d’envoi sans envoyer de courrier.</translation>
    </message>
    <message>
        <source>The old key %1 could not be checked: the new key did not get through from this computer either, so a refusal would prove nothing.</source>
        <translation>Impossible de vérifier l’ancienne clé %1&#xa0;: la nouvelle clé ne passait pas non plus depuis cet ordinateur, donc un refus ne prouverait rien.</translation>
    </message>
    <message>
        <source>The old key %1 could not be checked: Mailgun gave no clear answer.</source>
        <translation>Impossible de vérifier l’ancienne clé %1&#xa0;: Mailgun n’a pas donné de réponse claire.</translation>
    </message>
</context>
<context>
    <name>KeyRotationController</name>
    <message>
        <source>%1 The key replacement stopped before its next change, because a restart could not continue it safely without that record. Make room on the disk (or make the folder writable), then continue the replacement.</source>
        <translation>%1 Le remplacement de clé s’est arrêté avant sa prochaine modification, car sans ce journal, il ne pourrait pas reprendre sans risque après un redémarrage. Libérez de la place sur le disque (ou autorisez l’écriture dans le dossier), puis reprenez le remplacement.</translation>
    </message>
    <message>
        <source>The list of API keys could not be read.</source>
        <translation>Impossible de lire la liste des clés API.</translation>
    </message>
    <message>
        <source>The list of API keys could not be read to check for a half-made key.</source>
        <translation>Impossible de lire la liste des clés API pour chercher une clé à moitié créée.</translation>
    </message>
    <message>
        <source>A half-made key from an earlier try could not be deleted.</source>
        <translation>Impossible de supprimer une clé à moitié créée lors d’un essai précédent.</translation>
    </message>
    <message>
        <source>Mailgun did not confirm the new key after several tries. No old key was deleted. Check your connection and try again later.</source>
        <translation>Mailgun n’a pas confirmé la nouvelle clé après plusieurs essais. Aucune ancienne clé n’a été supprimée. Vérifiez votre connexion et réessayez plus tard.</translation>
    </message>
    <message>
        <source>The new API key could not be created. No old key was deleted.</source>
        <translation>Impossible de créer la nouvelle clé API. Aucune ancienne clé n’a été supprimée.</translation>
    </message>
    <message>
        <source>The keychain gave back a different key.</source>
        <translation>Le trousseau de clés a renvoyé une clé différente.</translation>
    </message>
    <message numerus="yes">
        <source>Mailgun has not accepted the new key yet, trying again in %n seconds (attempt %1 of %2).</source>
        <translation>
            <numerusform>Mailgun n’a pas encore accepté la nouvelle clé. Nouvel essai dans %n seconde (essai %1 sur %2).</numerusform>
            <numerusform>Mailgun n’a pas encore accepté la nouvelle clé. Nouvel essai dans %n secondes (essai %1 sur %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailgun did not accept the new key %1 after %n attempts. No old key was deleted: your old key still works. Try again in a few minutes.</source>
        <translation>
            <numerusform>Mailgun n’a pas accepté la nouvelle clé %1 après %n essai. Aucune ancienne clé n’a été supprimée&#xa0;: votre ancienne clé fonctionne toujours. Réessayez dans quelques minutes.</numerusform>
            <numerusform>Mailgun n’a pas accepté la nouvelle clé %1 après %n essais. Aucune ancienne clé n’a été supprimée&#xa0;: votre ancienne clé fonctionne toujours. Réessayez dans quelques minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new key did not work when it was checked. No old key was deleted.</source>
        <translation>La nouvelle clé n’a pas fonctionné lors de la vérification. Aucune ancienne clé n’a été supprimée.</translation>
    </message>
    <message>
        <source>There is no unfinished key replacement to continue.</source>
        <translation>Il n’y a aucun remplacement de clé inachevé à reprendre.</translation>
    </message>
    <message>
        <source>The key you gave belongs to another Mailgun account than the key replacement that was interrupted (or every key of that replacement has been deleted since). Nothing was changed. To finish it, run it again with a key of the account it was for: the key you used when it started, or the new key %1.</source>
        <translation>La clé que vous avez donnée appartient à un autre compte Mailgun que celui du remplacement de clé interrompu (ou bien toutes les clés de ce remplacement ont été supprimées depuis). Rien n’a été modifié. Pour le terminer, relancez-le avec une clé du compte concerné&#xa0;: la clé que vous utilisiez au début, ou la nouvelle clé %1.</translation>
    </message>
    <message>
        <source>(not made yet)</source>
        <translation>(pas encore créée)</translation>
    </message>
    <message>
        <source>The program could not check that the key you gave belongs to the account of the interrupted key replacement, so it changed nothing.</source>
        <translation>Le programme n’a pas pu vérifier que la clé donnée appartient au compte du remplacement de clé interrompu&#xa0;: il n’a donc rien modifié.</translation>
    </message>
    <message>
        <source>The new key %1 was shown before the program stopped. It is not in the keychain, so it cannot be shown again.</source>
        <translation>La nouvelle clé %1 a été affichée avant l’arrêt du programme. Elle n’est pas dans le trousseau de clés&#xa0;: elle ne peut donc plus être affichée.</translation>
    </message>
    <message>
        <source>The new key %1 is no longer in the keychain. A new key is made to replace it; no old key is deleted before that one is saved and checked.</source>
        <translation>La nouvelle clé %1 n’est plus dans le trousseau de clés. Une autre clé est créée pour la remplacer&#xa0;; aucune ancienne clé n’est supprimée avant que celle-ci soit enregistrée et vérifiée.</translation>
    </message>
    <message>
        <source>The new key %1 could not be read back from the keychain &quot;%2&quot;, so no old key was deleted. Unlock the keychain (or sign in to your desktop again), then continue the replacement. You can also continue it with the new key itself if you saved it elsewhere.</source>
        <translation>Impossible de relire la nouvelle clé %1 dans le trousseau de clés «&#xa0;%2&#xa0;»&#xa0;: aucune ancienne clé n’a donc été supprimée. Déverrouillez le trousseau de clés (ou reconnectez-vous à votre session), puis reprenez le remplacement. Vous pouvez aussi le reprendre avec la nouvelle clé elle-même, si vous l’avez enregistrée ailleurs.</translation>
    </message>
    <message>
        <source>Trying the old keys once more, to prove Mailgun refuses them.</source>
        <translation>Nouvel essai des anciennes clés, pour prouver que Mailgun les refuse.</translation>
    </message>
</context>
<context>
    <name>KeyRotationPanel</name>
    <message>
        <source>&lt;b&gt;Replace the API key for me&lt;/b&gt;</source>
        <translation>&lt;b&gt;Remplacer la clé API pour moi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The program can make a new key, keep it safe in this computer&apos;s keychain, and then delete the old keys. First look at your keys: nothing changes until you agree.</source>
        <translation>Le programme peut créer une nouvelle clé, la garder en sécurité dans le trousseau de clés de cet ordinateur, puis supprimer les anciennes clés. Commencez par regarder vos clés&#xa0;: rien ne change tant que vous n’êtes pas d’accord.</translation>
    </message>
    <message>
        <source>A key replacement was interrupted before it was finished.</source>
        <translation>Un remplacement de clé a été interrompu avant la fin.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Le reprendre</translation>
    </message>
    <message>
        <source>Continue the interrupted key replacement</source>
        <translation>Reprendre le remplacement de clé interrompu</translation>
    </message>
    <message>
        <source>Show my keys</source>
        <translation>Afficher mes clés</translation>
    </message>
    <message>
        <source>Show my API keys</source>
        <translation>Afficher mes clés API</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Remplacer la clé</translation>
    </message>
    <message>
        <source>Replace the API key and delete the ticked old keys</source>
        <translation>Remplacer la clé API et supprimer les anciennes clés cochées</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try the key replacement again</source>
        <translation>Réessayer le remplacement de clé</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>I have saved the new key somewhere safe</source>
        <translation>J’ai enregistré la nouvelle clé en lieu sûr</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Continue and delete the old keys</source>
        <translation>Continuer et supprimer les anciennes clés</translation>
    </message>
    <message>
        <source>Replace the API key</source>
        <translation>Remplacer la clé API</translation>
    </message>
    <message>
        <source>Replace the API key now?</source>
        <translation>Remplacer la clé API maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>The program makes a new API key and saves it in this computer&apos;s keychain. Then it deletes the old keys you ticked. Old keys it deletes: %1.

Websites and apps that use an old key stop sending email until you give them the new key.</source>
        <translation>Le programme crée une nouvelle clé API et l’enregistre dans le trousseau de clés de cet ordinateur. Ensuite, il supprime les anciennes clés que vous avez cochées. Anciennes clés supprimées&#xa0;: %1.

Les sites web et applications qui utilisent une ancienne clé n’enverront plus d’e-mails tant que vous ne leur aurez pas donné la nouvelle clé.</translation>
    </message>
    <message>
        <source>The old keys it deletes, by ID:</source>
        <translation>Les anciennes clés supprimées, par ID&#xa0;:</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Reading the list of keys…</source>
        <translation>Lecture de la liste des clés…</translation>
    </message>
    <message>
        <source>Creating the new key…</source>
        <translation>Création de la nouvelle clé…</translation>
    </message>
    <message>
        <source>Saving it in the keychain…</source>
        <translation>Enregistrement dans le trousseau de clés…</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Vérification de la nouvelle clé…</translation>
    </message>
    <message>
        <source>Deleting old keys…</source>
        <translation>Suppression des anciennes clés…</translation>
    </message>
    <message>
        <source>%1
No old key is deleted until you confirm below that you saved the new key.</source>
        <translation>%1
Aucune ancienne clé ne sera supprimée tant que vous n’aurez pas confirmé ci-dessous avoir enregistré la nouvelle clé.</translation>
    </message>
    <message>
        <source>✔ deleted</source>
        <translation>✔ supprimée</translation>
    </message>
    <message>
        <source>Done: the new API key is made and working.</source>
        <translation>Terminé&#xa0;: la nouvelle clé API est créée et fonctionne.</translation>
    </message>
    <message>
        <source>Where it is kept: in this computer&apos;s keychain under &quot;%1&quot;, entry %2.</source>
        <translation>Où elle est gardée&#xa0;: dans le trousseau de clés de cet ordinateur, sous «&#xa0;%1&#xa0;», entrée %2.</translation>
    </message>
    <message>
        <source>Where it is kept: not stored by this program; you saved it yourself.</source>
        <translation>Où elle est gardée&#xa0;: ce programme ne l’a pas enregistrée&#xa0;; vous l’avez enregistrée vous-même.</translation>
    </message>
    <message>
        <source>What to do now: put the new key into every website and app that used the old key, and send a test email from each one.</source>
        <translation>À faire maintenant&#xa0;: mettez la nouvelle clé dans chaque site web et chaque application qui utilisait l’ancienne, et envoyez un e-mail de test depuis chacun.</translation>
    </message>
    <message>
        <source>The new API key is made and working, but an old key still works too. Read the warning below.</source>
        <translation>La nouvelle clé API est créée et fonctionne, mais une ancienne clé fonctionne encore aussi. Lisez l’avertissement ci-dessous.</translation>
    </message>
    <message>
        <source>✘ still there</source>
        <translation>✘ toujours là</translation>
    </message>
    <message>
        <source>✘ still works</source>
        <translation>✘ fonctionne encore</translation>
    </message>
    <message>
        <source>Every old key you ticked is deleted.</source>
        <translation>Toutes les anciennes clés que vous avez cochées sont supprimées.</translation>
    </message>
    <message>
        <source>These old keys could not be deleted and still work: %1. Delete them by hand in the Control Panel (API Security).</source>
        <translation>Ces anciennes clés n’ont pas pu être supprimées et fonctionnent encore&#xa0;: %1. Supprimez-les à la main dans le Control Panel (API Security).</translation>
    </message>
    <message>
        <source>Click a key to read about it and what to do with it.</source>
        <translation>Cliquez sur une clé pour en savoir plus et voir ce qu’il faut en faire.</translation>
    </message>
    <message>
        <source>The program deletes the ticked keys after it has made and saved the new key. Untick a key to keep it.</source>
        <translation>Le programme supprime les clés cochées après avoir créé et enregistré la nouvelle clé. Décochez une clé pour la garder.</translation>
    </message>
</context>
<context>
    <name>KeyRotationPlan</name>
    <message>
        <source>Step 1 found this key in %1. Anyone who saw it can use it: delete it.</source>
        <translation>L’étape 1 a trouvé cette clé dans %1. Toute personne qui l’a vue peut s’en servir&#xa0;: supprimez-la.</translation>
    </message>
    <message>
        <source>The key you gave this program. It may be the leaked one: delete it.</source>
        <translation>La clé que vous avez donnée à ce programme. C’est peut-être elle qui a été divulguée&#xa0;: supprimez-la.</translation>
    </message>
    <message>
        <source>The account review in step 1 flagged this key: it is new or was made by someone who is not a user of the account. Delete it unless you know who made it.</source>
        <translation>L’examen du compte, à l’étape 1, a signalé cette clé&#xa0;: elle est récente, ou elle a été créée par quelqu’un qui n’est pas utilisateur du compte. Supprimez-la, sauf si vous savez qui l’a créée.</translation>
    </message>
    <message>
        <source>A sign-in session of the Control Panel. It ends by itself within a day; signing out everywhere ends it now.</source>
        <translation>Une session de connexion au Control Panel. Elle se termine d’elle-même en moins d’un jour&#xa0;; elle se termine tout de suite si vous vous déconnectez partout.</translation>
    </message>
    <message>
        <source>A sending key for %1. It can only send email for that domain. Replace it in the Control Panel if it may have leaked too.</source>
        <translation>Une clé d’envoi pour %1. Elle peut seulement envoyer des e-mails pour ce domaine. Remplacez-la dans le Control Panel si elle a pu être divulguée elle aussi.</translation>
    </message>
    <message>
        <source>A key that can change your account. Delete it unless you are sure it did not leak; you can make a new one later.</source>
        <translation>Une clé qui peut modifier votre compte. Supprimez-la, sauf si vous êtes sûr qu’elle n’a pas été divulguée&#xa0;; vous pourrez en créer une nouvelle plus tard.</translation>
    </message>
    <message>
        <source>A key that can read your account. Delete it if you do not know who uses it.</source>
        <translation>Une clé qui peut lire votre compte. Supprimez-la si vous ne savez pas qui l’utilise.</translation>
    </message>
    <message>
        <source>You said this is the key you gave this program. It may be the leaked one: delete it.</source>
        <translation>Vous avez indiqué que c’est la clé donnée à ce programme. C’est peut-être elle qui a été divulguée&#xa0;: supprimez-la.</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <source>full access</source>
        <translation>accès complet</translation>
    </message>
    <message>
        <source>developer access</source>
        <translation>accès développeur</translation>
    </message>
    <message>
        <source>sending only</source>
        <translation>envoi seulement</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>Domain, %1</source>
        <translation>Domaine, %1</translation>
    </message>
    <message>
        <source>Control Panel, %1</source>
        <translation>Control Panel, %1</translation>
    </message>
    <message>
        <source>Account, %1</source>
        <translation>Compte, %1</translation>
    </message>
    <message>
        <source>(no name) %1</source>
        <translation>(sans nom) %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>in use (your choice)</source>
        <translation>utilisée (selon vous)</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <source>new since the incident</source>
        <translation>nouvelle depuis l’incident</translation>
    </message>
    <message>
        <source>found exposed in step 1</source>
        <translation>trouvée exposée à l’étape 1</translation>
    </message>
    <message>
        <source>flagged in step 1</source>
        <translation>signalée à l’étape 1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Creator on record</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>About &quot;%1&quot;: %2</source>
        <translation>À propos de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LeakFinding</name>
    <message>
        <source>Mailgun sending key for %1</source>
        <translation>Clé d’envoi Mailgun pour %1</translation>
    </message>
    <message>
        <source>Mailgun webhook signing key</source>
        <translation>Clé de signature des webhooks Mailgun</translation>
    </message>
    <message>
        <source>Mailgun API key</source>
        <translation>Clé API Mailgun</translation>
    </message>
    <message>
        <source>Older Mailgun API key</source>
        <translation>Ancienne clé API Mailgun</translation>
    </message>
    <message>
        <source>Mailgun public key</source>
        <translation>Clé publique Mailgun</translation>
    </message>
    <message>
        <source>Mailgun SMTP password</source>
        <translation>Mot de passe SMTP Mailgun</translation>
    </message>
    <message>
        <source>Page that shows the server settings (phpinfo)</source>
        <translation>Page qui affiche les réglages du serveur (phpinfo)</translation>
    </message>
    <message>
        <source>Settings file (.env) in the public website folder</source>
        <translation>Fichier de réglages (.env) dans le dossier public du site web</translation>
    </message>
    <message>
        <source>Debug mode is on</source>
        <translation>Le mode débogage est activé</translation>
    </message>
    <message>
        <source>Development mode is on</source>
        <translation>Le mode développement est activé</translation>
    </message>
    <message>
        <source>Copy of the WordPress settings file (wp-config.php)</source>
        <translation>Copie du fichier de réglages de WordPress (wp-config.php)</translation>
    </message>
    <message>
        <source>Code history folder (.git) in the public website folder</source>
        <translation>Dossier d’historique du code (.git) dans le dossier public du site web</translation>
    </message>
    <message>
        <source>Debug log file</source>
        <translation>Fichier journal de débogage</translation>
    </message>
    <message>
        <source>Database copy in the public website folder</source>
        <translation>Copie de base de données dans le dossier public du site web</translation>
    </message>
    <message>
        <source>Website backup in the public website folder</source>
        <translation>Sauvegarde du site web dans le dossier public du site web</translation>
    </message>
    <message>
        <source>Password in the code history settings (.git/config)</source>
        <translation>Mot de passe dans les réglages de l’historique du code (.git/config)</translation>
    </message>
    <message>
        <source>This key can send email for that domain only. Replace it in the Control Panel (API Security), then put the new key in this file.</source>
        <translation>Cette clé peut envoyer des e-mails pour ce domaine seulement. Remplacez-la dans le Control Panel (API Security), puis mettez la nouvelle clé dans ce fichier.</translation>
    </message>
    <message>
        <source>This is your account&apos;s webhook signing key. With it, anyone can send fake Mailgun events to your website. Replace it: in step 2 of the wizard (&quot;Two more keys you may want to replace&quot;) or in the Mailgun Control Panel. Then put the new one in this file.</source>
        <translation>C’est la clé de signature des webhooks de votre compte. Avec elle, n’importe qui peut envoyer de faux événements Mailgun à votre site web. Remplacez-la&#xa0;: à l’étape 2 de l’assistant («&#xa0;Deux autres clés que vous voudrez peut-être remplacer&#xa0;») ou dans le Control Panel de Mailgun. Puis mettez la nouvelle dans ce fichier.</translation>
    </message>
    <message>
        <source>This file is in the public website folder, so anyone may have downloaded it.</source>
        <translation>Ce fichier est dans le dossier public du site web&#xa0;: n’importe qui a pu le télécharger.</translation>
    </message>
    <message>
        <source>Delete this key in Mailgun and make a new one (step 2). Then remove the old key from this file.</source>
        <translation>Supprimez cette clé dans Mailgun et créez-en une nouvelle (étape 2). Puis retirez l’ancienne clé de ce fichier.</translation>
    </message>
    <message>
        <source>This key can only check email addresses; it cannot send mail. Remove it from this file if the file is public.</source>
        <translation>Cette clé peut seulement vérifier des adresses e-mail&#xa0;; elle ne peut pas envoyer de courrier. Retirez-la de ce fichier si le fichier est public.</translation>
    </message>
    <message>
        <source>With this key, anyone can send fake Mailgun events to your website. Reset the webhook signing key in Mailgun and put the new one in this file.</source>
        <translation>Avec cette clé, n’importe qui peut envoyer de faux événements Mailgun à votre site web. Réinitialisez la clé de signature des webhooks dans Mailgun et mettez la nouvelle dans ce fichier.</translation>
    </message>
    <message>
        <source>Reset this SMTP password in Mailgun (step 3). Then put the new password in this file.</source>
        <translation>Réinitialisez ce mot de passe SMTP dans Mailgun (étape 3). Puis mettez le nouveau mot de passe dans ce fichier.</translation>
    </message>
    <message>
        <source>Remove this file from your web server. This page shows your server&apos;s settings, including passwords, to anyone who opens it.</source>
        <translation>Retirez ce fichier de votre serveur web. Cette page montre les réglages de votre serveur, y compris les mots de passe, à toute personne qui l’ouvre.</translation>
    </message>
    <message>
        <source>Move this file out of the public website folder. Anyone can download it and read the passwords in it.</source>
        <translation>Sortez ce fichier du dossier public du site web. N’importe qui peut le télécharger et lire les mots de passe qu’il contient.</translation>
    </message>
    <message>
        <source>Turn off debug mode on your live website: set WP_DEBUG to false in this file. Debug messages can show your passwords to visitors.</source>
        <translation>Désactivez le mode débogage sur votre site en ligne&#xa0;: mettez WP_DEBUG à false dans ce fichier. Les messages de débogage peuvent montrer vos mots de passe aux visiteurs.</translation>
    </message>
    <message>
        <source>Turn off debug mode on your live website: set DEBUG = False in this file. Error pages in debug mode can show your settings to visitors.</source>
        <translation>Désactivez le mode débogage sur votre site en ligne&#xa0;: mettez DEBUG = False dans ce fichier. En mode débogage, les pages d’erreur peuvent montrer vos réglages aux visiteurs.</translation>
    </message>
    <message>
        <source>Turn off debug mode on your live website: set APP_DEBUG=false in this file. Error pages in debug mode can show your passwords to visitors.</source>
        <translation>Désactivez le mode débogage sur votre site en ligne&#xa0;: mettez APP_DEBUG=false dans ce fichier. En mode débogage, les pages d’erreur peuvent montrer vos mots de passe aux visiteurs.</translation>
    </message>
    <message>
        <source>Switch your live website to production mode (APP_ENV=prod). Development mode shows internal details, including passwords, to visitors.</source>
        <translation>Passez votre site en ligne en mode production (APP_ENV=prod). Le mode développement montre aux visiteurs des détails internes, y compris des mots de passe.</translation>
    </message>
    <message>
        <source>Remove this file from your web server. Unlike the real wp-config.php, a copy can be downloaded and read, with all its passwords.</source>
        <translation>Retirez ce fichier de votre serveur web. Contrairement au vrai wp-config.php, une copie peut être téléchargée et lue, avec tous ses mots de passe.</translation>
    </message>
    <message>
        <source>Remove this folder from your web server. Anyone can download your whole code history from it, including old passwords.</source>
        <translation>Retirez ce dossier de votre serveur web. N’importe qui peut y télécharger tout l’historique de votre code, y compris d’anciens mots de passe.</translation>
    </message>
    <message>
        <source>Delete this log file and turn off debug logging. Logs can hold passwords and keys.</source>
        <translation>Supprimez ce fichier journal et désactivez la journalisation de débogage. Les journaux peuvent contenir des mots de passe et des clés.</translation>
    </message>
    <message>
        <source>Move this file out of the public website folder. Anyone can download it. A database copy holds your site&apos;s settings, often with passwords and keys.</source>
        <translation>Sortez ce fichier du dossier public du site web. N’importe qui peut le télécharger. Une copie de base de données contient les réglages de votre site, souvent avec des mots de passe et des clés.</translation>
    </message>
    <message>
        <source>Move this file out of the public website folder. Anyone can download it. A backup holds all your site&apos;s files, with their passwords and keys.</source>
        <translation>Sortez ce fichier du dossier public du site web. N’importe qui peut le télécharger. Une sauvegarde contient tous les fichiers de votre site, avec leurs mots de passe et leurs clés.</translation>
    </message>
    <message>
        <source>Change this password where the code is stored (GitHub, GitLab, ...). Then remove it from the address in this file.</source>
        <translation>Changez ce mot de passe là où le code est stocké (GitHub, GitLab…). Puis retirez-le de l’adresse dans ce fichier.</translation>
    </message>
    <message>
        <source>This is the key you are using now.</source>
        <translation>C’est la clé que vous utilisez en ce moment.</translation>
    </message>
    <message>
        <source>This is key %1 of your account.</source>
        <translation>C’est la clé %1 de votre compte.</translation>
    </message>
    <message>
        <source>an earlier webhook signing key of this account (it is not the current one)</source>
        <translation>une ancienne clé de signature des webhooks de ce compte (ce n’est pas l’actuelle)</translation>
    </message>
    <message>
        <source>the webhook signing key of this account</source>
        <translation>la clé de signature des webhooks de ce compte</translation>
    </message>
    <message>
        <source>This is none of the keys your account lists now. It may be: a deleted or expired key of this account; %1; a key of a subaccount; a key of another Mailgun account; a sending key for one domain that was deleted. Treat it as a working key until you know which.</source>
        <translation>Ce n’est aucune des clés que votre compte affiche actuellement. Il peut s’agir de l’une de ces clés&#xa0;: une clé supprimée ou expirée de ce compte&#xa0;; %1&#xa0;; une clé d’un sous-compte&#xa0;; une clé d’un autre compte Mailgun&#xa0;; une clé d’envoi pour un domaine, supprimée depuis. Considérez-la comme une clé qui fonctionne tant que vous ne savez pas laquelle c’est.</translation>
    </message>
    <message>
        <source>This is an older kind of key (it starts with &quot;key-&quot;). Mailgun&apos;s key list does not show which entry belongs to such a key, so the program cannot tell which of your keys it is. Treat it as a working key of your account.</source>
        <translation>C’est un ancien type de clé (elle commence par «&#xa0;key-&#xa0;»). La liste des clés de Mailgun ne montre pas quelle ligne correspond à ce genre de clé&#xa0;: le programme ne peut donc pas savoir de laquelle de vos clés il s’agit. Considérez-la comme une clé de votre compte qui fonctionne.</translation>
    </message>
    <message>
        <source>Your account lists this key as a sending key for %1 (key %2).</source>
        <translation>Votre compte indique que cette clé est une clé d’envoi pour %1 (clé %2).</translation>
    </message>
    <message>
        <source>It is exactly your account&apos;s current webhook signing key.</source>
        <translation>C’est exactement la clé de signature des webhooks actuelle de votre compte.</translation>
    </message>
    <message>
        <source>A word such as &quot;example&quot; stands before it, but the value looks like a real key. Check it.</source>
        <translation>Un mot comme «&#xa0;example&#xa0;» la précède, mais la valeur ressemble à une vraie clé. Vérifiez-la.</translation>
    </message>
    <message>
        <source>Nothing in this file mentions Mailgun, so it may be a key of another service.</source>
        <translation>Rien dans ce fichier ne parle de Mailgun&#xa0;: c’est peut-être une clé d’un autre service.</translation>
    </message>
    <message>
        <source>It is in a script, and nothing near it mentions Mailgun. It may be another kind of code. Check it.</source>
        <translation>Elle se trouve dans un script, et rien autour ne parle de Mailgun. C’est peut-être un autre type de code. Vérifiez-la.</translation>
    </message>
</context>
<context>
    <name>LookAlikeSummaryText</name>
    <message numerus="yes">
        <source>%n value(s) that look like a Mailgun key are not listed as findings: each is in a script that never mentions Mailgun, where such values are almost always part of the script. If you ever put a key in a script, look here:</source>
        <translation>
            <numerusform>%n valeur qui ressemble à une clé Mailgun n’est pas listée parmi les constats&#xa0;: elle se trouve dans un script qui ne parle jamais de Mailgun, où ce genre de valeur fait presque toujours partie du script. Si vous avez un jour mis une clé dans un script, regardez ici&#xa0;:</numerusform>
            <numerusform>%n valeurs qui ressemblent à une clé Mailgun ne sont pas listées parmi les constats&#xa0;: chacune se trouve dans un script qui ne parle jamais de Mailgun, où ce genre de valeur fait presque toujours partie du script. Si vous avez un jour mis une clé dans un script, regardez ici&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>The PDF could not be made here. Save the report as HTML or Markdown.</source>
        <translation>Impossible de créer le PDF ici. Enregistrez le rapport en HTML ou en Markdown.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Impossible d’écrire le PDF.</translation>
    </message>
</context>
<context>
    <name>PracticeServer</name>
    <message>
        <source>The practice account could not listen on 127.0.0.1 port %1. Another program may be using it; choose another port.</source>
        <translation>Le compte d’entraînement n’a pas pu écouter sur le port %1 de 127.0.0.1. Un autre programme l’utilise peut-être&#xa0;; choisissez un autre port.</translation>
    </message>
</context>
<context>
    <name>PracticeServerCommand</name>
    <message>
        <source>The practice account is running. Press Ctrl+C to stop it.</source>
        <translation>Le compte d’entraînement est en marche. Appuyez sur Ctrl+C pour l’arrêter.</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>CRITICAL</source>
        <translation>CRITIQUE</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>ÉLEVÉ</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>MOYEN</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>FAIBLE</translation>
    </message>
    <message>
        <source>The content looks like %1.</source>
        <translation>Le contenu ressemble à %1.</translation>
    </message>
    <message>
        <source>Found in it: %1 %2</source>
        <translation>Trouvé dedans&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only check websites that are yours. If these sites are yours, run the command again with --i-own-this-site. Nothing was sent.</source>
        <translation>N’examinez que des sites web qui sont à vous. Si ces sites sont à vous, relancez la commande avec --i-own-this-site. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Give the address of your website, for example: mailgun-recovery probe https://www.example.com --i-own-this-site</source>
        <translation>Indiquez l’adresse de votre site web, par exemple&#xa0;: mailgun-recovery probe https://www.example.com --i-own-this-site</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Non vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>None of these is a website address. Nothing was sent.</source>
        <translation>Aucune de ces adresses n’est celle d’un site web. Rien n’a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n site(s)</source>
        <translation>
            <numerusform>%n site vérifié</numerusform>
            <numerusform>%n sites vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n request(s).</source>
        <translation>
            <numerusform>avec %n requête.</numerusform>
            <numerusform>avec %n requêtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Impossible de vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>No files or pages that leak passwords or keys were found.</source>
        <translation>Aucun fichier ni aucune page qui exposent des mots de passe ou des clés n’ont été trouvés.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n thing(s) anyone can open:</source>
        <translation>
            <numerusform>%n élément trouvé que n’importe qui peut ouvrir&#xa0;:</numerusform>
            <numerusform>%n éléments trouvés que n’importe qui peut ouvrir&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n address(es)…</source>
        <translation>
            <numerusform>Adresses vérifiées&#xa0;: %1 sur %n…</numerusform>
            <numerusform>Adresses vérifiées&#xa0;: %1 sur %n…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeContent</name>
    <message>
        <source>a settings file (.env)</source>
        <translation>un fichier de réglages (.env)</translation>
    </message>
    <message>
        <source>PHP program code</source>
        <translation>du code de programme PHP</translation>
    </message>
    <message>
        <source>a data file (JSON)</source>
        <translation>un fichier de données (JSON)</translation>
    </message>
    <message>
        <source>a settings file (YAML)</source>
        <translation>un fichier de réglages (YAML)</translation>
    </message>
    <message>
        <source>a copy of a database (SQL)</source>
        <translation>une copie de base de données (SQL)</translation>
    </message>
    <message>
        <source>a settings file (INI)</source>
        <translation>un fichier de réglages (INI)</translation>
    </message>
    <message>
        <source>a data file (XML)</source>
        <translation>un fichier de données (XML)</translation>
    </message>
    <message>
        <source>a web page (HTML)</source>
        <translation>une page web (HTML)</translation>
    </message>
    <message>
        <source>a script (JavaScript)</source>
        <translation>un script (JavaScript)</translation>
    </message>
    <message>
        <source>a temporary file of the Vim text editor</source>
        <translation>un fichier temporaire de l’éditeur de texte Vim</translation>
    </message>
    <message>
        <source>an archive or another file that is not text</source>
        <translation>une archive ou un autre fichier qui n’est pas du texte</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>du texte brut</translation>
    </message>
</context>
<context>
    <name>RecoverySession</name>
    <message>
        <source>This copy of the program has no practice account.</source>
        <translation>Cette version du programme n’a pas de compte d’entraînement.</translation>
    </message>
    <message>
        <source>%1 The program remembers it until you close it, but a restart and the report will not know it. Make room on the disk (or make the folder writable).</source>
        <translation>%1 Le programme s’en souvient jusqu’à sa fermeture, mais après un redémarrage il l’aura oublié, et le rapport ne le contiendra pas. Libérez de la place sur le disque (ou autorisez l’écriture dans le dossier).</translation>
    </message>
</context>
<context>
    <name>RecoveryStep</name>
    <message>
        <source>Find the leak</source>
        <translation>Trouver la fuite</translation>
    </message>
    <message>
        <source>Replace the API key</source>
        <translation>Remplacer la clé API</translation>
    </message>
    <message>
        <source>Reset SMTP passwords</source>
        <translation>Réinitialiser les mots de passe SMTP</translation>
    </message>
    <message>
        <source>Reset user passwords</source>
        <translation>Réinitialiser les mots de passe des utilisateurs</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Activer la connexion à deux facteurs</translation>
    </message>
    <message>
        <source>Report to Mailgun</source>
        <translation>Signaler à Mailgun</translation>
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
        <translation>Arrêter pour l’instant</translation>
    </message>
    <message>
        <source>Your progress was not saved</source>
        <translation>Votre progression n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Stop for now?</source>
        <translation>Arrêter pour l’instant&#xa0;?</translation>
    </message>
    <message>
        <source>Do you want to stop for now?</source>
        <translation>Voulez-vous arrêter pour l’instant&#xa0;?</translation>
    </message>
    <message>
        <source>The assistant remembers where you were. Start it again to go on.</source>
        <translation>L’assistant se souvient de l’endroit où vous étiez. Relancez-le pour continuer.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Not Mailgun: this assistant sends your API key and every request to %1. Close it unless you chose this address yourself.</source>
        <translation>Pas Mailgun&#xa0;: cet assistant envoie votre clé API et chaque demande à %1. Fermez-le, sauf si vous avez choisi cette adresse vous-même.</translation>
    </message>
    <message>
        <source>Not Mailgun: this assistant sends your API key and every request to %1 (US) and %2 (EU). Close it unless you chose these addresses yourself.</source>
        <translation>Pas Mailgun&#xa0;: cet assistant envoie votre clé API et chaque demande à %1 (US) et %2 (EU). Fermez-le, sauf si vous avez choisi ces adresses vous-même.</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>European Union (EU)</source>
        <extracomment>One of Mailgun&apos;s two regions (data centres); keep the code EU in brackets, as in the Control Panel.</extracomment>
        <translation>Union européenne (EU)</translation>
    </message>
    <message>
        <source>United States (US)</source>
        <translation>États-Unis (US)</translation>
    </message>
</context>
<context>
    <name>ReportActionText</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Échec (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Noté</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Opened the password reset page for %1.</source>
        <translation>Page de réinitialisation du mot de passe ouverte pour %1.</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(masqué)</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot;.</source>
        <translation>Noté&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot;: %2.</source>
        <translation>Noté&#xa0;: «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No answer was recorded: the program may have been closed while it waited</source>
        <translation>Aucune réponse notée&#xa0;: le programme a peut-être été fermé pendant qu’il attendait</translation>
    </message>
    <message>
        <source>Asked Mailgun to create a new private API key (marked %1 in its description).</source>
        <translation>Demande envoyée à Mailgun&#xa0;: créer une nouvelle clé API privée (marquée %1 dans sa description).</translation>
    </message>
    <message>
        <source>Asked Mailgun to delete the old API key %1.</source>
        <translation>Demande envoyée à Mailgun&#xa0;: supprimer l’ancienne clé API %1.</translation>
    </message>
    <message>
        <source>Asked Mailgun to set a new SMTP password for %1.</source>
        <translation>Demande envoyée à Mailgun&#xa0;: définir un nouveau mot de passe SMTP pour %1.</translation>
    </message>
    <message>
        <source>Asked Mailgun to remove %1.</source>
        <translation>Demande envoyée à Mailgun&#xa0;: retirer %1.</translation>
    </message>
    <message>
        <source>Asked Mailgun to delete the SMTP login %1.</source>
        <translation>Demande envoyée à Mailgun&#xa0;: supprimer l’identifiant SMTP %1.</translation>
    </message>
    <message>
        <source>Set the start of the incident to %1.</source>
        <translation>Début de l’incident fixé au %1.</translation>
    </message>
    <message>
        <source>The admin confirmed: &quot;%1&quot;.</source>
        <translation>L’administrateur a confirmé&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Confirmed by the admin</source>
        <translation>Confirmé par l’administrateur</translation>
    </message>
    <message>
        <source>The admin took back the confirmation: &quot;%1&quot;.</source>
        <translation>L’administrateur a retiré sa confirmation&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the route %1 of the %2 region, which matched %3 and did: %4</source>
        <translation>la route %1 de la région %2, qui correspondait à %3 et faisait ceci&#xa0;: %4</translation>
    </message>
    <message>
        <source>the account webhook of the %1 region that sent %2 to %3</source>
        <translation>le webhook du compte de la région %1, qui envoyait %2 à %3</translation>
    </message>
    <message>
        <source>the copy of every message of %1 sent to %2</source>
        <translation>la copie de chaque message de %1 envoyée à %2</translation>
    </message>
    <message>
        <source>the %1 webhook of %2 that sent to %3</source>
        <translation>le webhook %1 de %2, qui envoyait à %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>the change did not take effect</source>
        <translation>la modification n’a pas pris effet</translation>
    </message>
    <message>
        <source>Tried to remove %1.</source>
        <translation>Suppression tentée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Supprimé&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Started replacing the private API key: a new key with the role &quot;%1&quot; is made first, then %n old key(s) are deleted.</source>
        <translation>
            <numerusform>Début du remplacement de la clé API privée&#xa0;: une nouvelle clé avec le rôle «&#xa0;%1&#xa0;» est d’abord créée, puis %n ancienne clé est supprimée.</numerusform>
            <numerusform>Début du remplacement de la clé API privée&#xa0;: une nouvelle clé avec le rôle «&#xa0;%1&#xa0;» est d’abord créée, puis %n anciennes clés sont supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys to delete: %1.</source>
        <translation>Clés à supprimer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Created a new private API key (id %1).</source>
        <translation>Nouvelle clé API privée créée (ID %1).</translation>
    </message>
    <message>
        <source>Stored the new key (id %1) in this computer&apos;s keychain and read it back.</source>
        <translation>Nouvelle clé (ID %1) enregistrée dans le trousseau de clés de cet ordinateur, puis relue pour contrôle.</translation>
    </message>
    <message>
        <source>Tried to store the new key (id %1) in this computer&apos;s keychain.</source>
        <translation>Tentative d’enregistrement de la nouvelle clé (ID %1) dans le trousseau de clés de cet ordinateur.</translation>
    </message>
    <message>
        <source>The admin confirmed that they saved the new key (id %1) themselves.</source>
        <translation>L’administrateur a confirmé avoir enregistré lui-même la nouvelle clé (ID %1).</translation>
    </message>
    <message>
        <source>Checked with Mailgun that the new key (id %1) works.</source>
        <translation>Vérification auprès de Mailgun&#xa0;: la nouvelle clé (ID %1) fonctionne.</translation>
    </message>
    <message>
        <source>Deleted a half-made key (id %1) left over from an earlier try.</source>
        <translation>Clé à moitié créée (ID %1), restée d’un essai précédent, supprimée.</translation>
    </message>
    <message>
        <source>Deleted the old API key %1.</source>
        <translation>Ancienne clé API %1 supprimée.</translation>
    </message>
    <message>
        <source>Tried to delete the old API key %1.</source>
        <translation>Tentative de suppression de l’ancienne clé API %1.</translation>
    </message>
    <message>
        <source>Finished replacing the private API key. The new key is %1.</source>
        <translation>Remplacement de la clé API privée terminé. La nouvelle clé est %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) deleted.</source>
        <translation>
            <numerusform>%n ancienne clé supprimée.</numerusform>
            <numerusform>%n anciennes clés supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there: %1.</source>
        <translation>Toujours là&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) could not be deleted</source>
        <translation>
            <numerusform>%n ancienne clé n’a pas pu être supprimée</numerusform>
            <numerusform>%n anciennes clés n’ont pas pu être supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started resetting the SMTP passwords of %n login(s).</source>
        <translation>
            <numerusform>Début de la réinitialisation des mots de passe SMTP de %n identifiant.</numerusform>
            <numerusform>Début de la réinitialisation des mots de passe SMTP de %n identifiants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logins: %1.</source>
        <translation>Identifiants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Started resetting SMTP logins: %1 get a new password, %2 will be deleted.</source>
        <translation>Début de la réinitialisation des identifiants SMTP. Nouveau mot de passe&#xa0;: %1&#xa0;; à supprimer&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Made a new SMTP password for %1. The keychain was not available, so it was shown to the admin once instead.</source>
        <translation>Nouveau mot de passe SMTP créé pour %1. Le trousseau de clés n’était pas disponible&#xa0;: il a donc été montré une fois à l’administrateur à la place.</translation>
    </message>
    <message>
        <source>Shown to the admin</source>
        <translation>Montré à l’administrateur</translation>
    </message>
    <message>
        <source>Stored a new SMTP password for %1 in this computer&apos;s keychain.</source>
        <translation>Nouveau mot de passe SMTP pour %1 enregistré dans le trousseau de clés de cet ordinateur.</translation>
    </message>
    <message>
        <source>Set a new SMTP password for %1.</source>
        <translation>Nouveau mot de passe SMTP défini pour %1.</translation>
    </message>
    <message>
        <source>Tried to set a new SMTP password for %1.</source>
        <translation>Tentative de définition d’un nouveau mot de passe SMTP pour %1.</translation>
    </message>
    <message>
        <source>Mailgun did not answer clearly: the change may have been made.</source>
        <translation>Mailgun n’a pas répondu clairement&#xa0;: la modification a peut-être été faite.</translation>
    </message>
    <message>
        <source>Deleted the SMTP login %1.</source>
        <translation>Identifiant SMTP %1 supprimé.</translation>
    </message>
    <message>
        <source>Tried to delete the SMTP login %1.</source>
        <translation>Tentative de suppression de l’identifiant SMTP %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n login(s) failed</source>
        <translation>
            <numerusform>%n identifiant en échec</numerusform>
            <numerusform>%n identifiants en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Tried the deleted key %1 once more with a harmless read, right after the new key passed the same read: Mailgun refused it (HTTP %2).</source>
        <translation>Nouvel essai de la clé supprimée %1 avec une simple lecture sans risque, juste après que la nouvelle clé a réussi la même lecture&#xa0;: Mailgun l’a refusée (HTTP %2).</translation>
    </message>
    <message>
        <source>Tried the old key %1 once more with a harmless read: it STILL WORKS (HTTP %2).</source>
        <translation>Nouvel essai de l’ancienne clé %1 avec une simple lecture sans risque&#xa0;: elle FONCTIONNE ENCORE (HTTP %2).</translation>
    </message>
    <message>
        <source>the key still works</source>
        <translation>la clé fonctionne encore</translation>
    </message>
    <message>
        <source>The sending key %1 was deleted from the key list. A sending key cannot be tested without sending.</source>
        <translation>La clé d’envoi %1 a été supprimée de la liste des clés. On ne peut pas tester une clé d’envoi sans envoyer quelque chose.</translation>
    </message>
    <message>
        <source>Tried to test the old key %1 once more.</source>
        <translation>Tentative de nouveau test de l’ancienne clé %1.</translation>
    </message>
    <message>
        <source>could not be checked: the new key did not get through either</source>
        <translation>vérification impossible&#xa0;: la nouvelle clé ne passait pas non plus</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>vérification impossible</translation>
    </message>
    <message>
        <source>Finished resetting SMTP passwords: %1, %2, %3 failed.</source>
        <translation>Réinitialisation des mots de passe SMTP terminée&#xa0;: %1, %2, %3 en échec.</translation>
    </message>
    <message numerus="yes">
        <source>%n new password(s)</source>
        <translation>
            <numerusform>%n nouveau mot de passe</numerusform>
            <numerusform>%n nouveaux mots de passe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n login(s) deleted</source>
        <translation>
            <numerusform>%n identifiant supprimé</numerusform>
            <numerusform>%n identifiants supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked the %n user(s) of the account. New password since the incident began: %1. Two-factor sign-in (2FA) on: %2.</source>
        <translation>
            <numerusform>Utilisateurs du compte vérifiés&#xa0;: %n. Nouveau mot de passe depuis le début de l’incident&#xa0;: %1. Connexion à deux facteurs (2FA) activée&#xa0;: %2.</numerusform>
            <numerusform>Utilisateurs du compte vérifiés&#xa0;: %n. Nouveau mot de passe depuis le début de l’incident&#xa0;: %1. Connexion à deux facteurs (2FA) activée&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked %1 (%2) again: you asked for %3; Mailgun now has %4.</source>
        <extracomment>%1 is what was checked (e.g. a route&apos;s forwarding address), %2 the route or webhook, %3 what the admin asked for and %4 what Mailgun has now (&quot;nothing&quot; when empty).</extracomment>
        <translation>Nouvelle vérification de %1 (%2)&#xa0;: vous avez demandé %3&#xa0;; Mailgun contient maintenant %4.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The format &quot;%1&quot; is not known. Use md, html or pdf.</source>
        <translation>Le format «&#xa0;%1&#xa0;» est inconnu. Utilisez md, html ou pdf.</translation>
    </message>
    <message>
        <source>A PDF must go to a file: add -o FILE, for example -o report.pdf</source>
        <translation>Un PDF doit être écrit dans un fichier&#xa0;: ajoutez -o FICHIER, par exemple -o rapport.pdf</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Le rapport a été enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Impossible d’enregistrer le rapport dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>&lt;b&gt;Your report for Mailgun support&lt;/b&gt;</source>
        <translation>&lt;b&gt;Votre rapport pour l’assistance Mailgun&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The program wrote this report from what it recorded on this computer. It holds no key and no password. Save it as a PDF or copy it, open Mailgun support, start a new ticket and attach or paste it.</source>
        <translation>Le programme a écrit ce rapport à partir de ce qu’il a noté sur cet ordinateur. Il ne contient aucune clé ni aucun mot de passe. Enregistrez-le en PDF ou copiez-le, ouvrez l’assistance Mailgun, créez une nouvelle demande (ticket), puis joignez-le ou collez-le.</translation>
    </message>
    <message>
        <source>Preview of the report for Mailgun support</source>
        <translation>Aperçu du rapport pour l’assistance Mailgun</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Enregistrer le rapport dans un fichier PDF</translation>
    </message>
    <message>
        <source>Save as HTML…</source>
        <translation>Enregistrer en HTML…</translation>
    </message>
    <message>
        <source>Save the report as a web page file</source>
        <translation>Enregistrer le rapport dans un fichier de page web</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Enregistrer en Markdown…</translation>
    </message>
    <message>
        <source>Save the report as a Markdown text file</source>
        <translation>Enregistrer le rapport dans un fichier texte Markdown</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>Copier le rapport dans le presse-papiers</translation>
    </message>
    <message>
        <source>Open Mailgun support</source>
        <translation>Ouvrir l’assistance Mailgun</translation>
    </message>
    <message>
        <source>Open Mailgun&apos;s support page in the web browser</source>
        <translation>Ouvrir la page d’assistance de Mailgun dans le navigateur web</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation>Texte Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save the report for Mailgun support</source>
        <translation>Enregistrer le rapport pour l’assistance Mailgun</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Le rapport a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>The report is copied. Paste it into the message of your support ticket.</source>
        <translation>Le rapport est copié. Collez-le dans le message de votre demande d’assistance.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s support page opened in your web browser. Sign in, start a new ticket, and attach or paste the report.</source>
        <translation>La page d’assistance de Mailgun s’est ouverte dans votre navigateur web. Connectez-vous, créez une nouvelle demande, puis joignez ou collez le rapport.</translation>
    </message>
    <message>
        <source>The web browser could not be opened. Go to %1 yourself.</source>
        <translation>Impossible d’ouvrir le navigateur web. Allez vous-même sur %1.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReportSubaccounts</name>
    <message>
        <source>“%1” (id %2)</source>
        <translation>«&#xa0;%1&#xa0;» (ID %2)</translation>
    </message>
    <message>
        <source>Disabled by the program on %1.</source>
        <translation>Désactivé par le programme le %1.</translation>
    </message>
    <message>
        <source>The program tried to disable it on %1; Mailgun did not confirm it (status: %2).</source>
        <translation>Le programme a essayé de le désactiver le %1&#xa0;; Mailgun ne l’a pas confirmé (état&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The program asked Mailgun to disable it on %1; no answer was recorded.</source>
        <translation>Le programme a demandé à Mailgun de le désactiver le %1&#xa0;; aucune réponse n’a été notée.</translation>
    </message>
    <message>
        <source>Subaccounts</source>
        <translation>Sous-comptes</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>créé le %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>état&#xa0;: %1</translation>
    </message>
    <message>
        <source>The program did not change it.</source>
        <translation>Le programme ne l’a pas modifié.</translation>
    </message>
    <message>
        <source>Reviewed what the subaccount %1 holds.</source>
        <translation>Examen du contenu du sous-compte %1.</translation>
    </message>
    <message>
        <source>Asked Mailgun to disable the subaccount %1.</source>
        <translation>Demande envoyée à Mailgun&#xa0;: désactiver le sous-compte %1.</translation>
    </message>
    <message>
        <source>Disabled the subaccount %1.</source>
        <translation>Sous-compte %1 désactivé.</translation>
    </message>
    <message>
        <source>Tried to disable the subaccount %1.</source>
        <translation>Tentative de désactivation du sous-compte %1.</translation>
    </message>
    <message>
        <source>Mailgun no longer lists it</source>
        <translation>Mailgun ne l’affiche plus</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>Mailgun account recovery report</source>
        <translation>Rapport de récupération du compte Mailgun</translation>
    </message>
    <message>
        <source>PRACTICE: this report describes the practice account, a simulation on this computer. Do not send it to Mailgun.</source>
        <translation>ENTRAÎNEMENT&#xa0;: ce rapport décrit le compte d’entraînement, une simulation sur cet ordinateur. Ne l’envoyez pas à Mailgun.</translation>
    </message>
    <message>
        <source>Not known to the program</source>
        <translation>Inconnu du programme</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>Propriétaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>%1 in the US region, %2 in the EU region</source>
        <translation>%1 dans la région US, %2 dans la région EU</translation>
    </message>
    <message>
        <source>API key used for this work</source>
        <translation>Clé API utilisée pour ce travail</translation>
    </message>
    <message>
        <source>id %1, role %2</source>
        <translation>ID %1, rôle %2</translation>
    </message>
    <message>
        <source>Incident began</source>
        <translation>Début de l’incident</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Rapport créé le</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Créé avec</translation>
    </message>
    <message>
        <source>Nothing is still open.</source>
        <translation>Plus rien n’est en attente.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Encore à faire</translation>
    </message>
    <message>
        <source>Nothing is open: every step is done.</source>
        <translation>Plus rien n’est en attente&#xa0;: toutes les étapes sont terminées.</translation>
    </message>
    <message>
        <source>How the credentials may have leaked (step 1)</source>
        <translation>Comment les clés et mots de passe ont pu fuir (étape 1)</translation>
    </message>
    <message>
        <source>The program recorded no findings. The admin may have investigated by hand.</source>
        <translation>Le programme n’a noté aucun constat. L’administrateur a peut-être enquêté à la main.</translation>
    </message>
    <message>
        <source>Actions taken, in order</source>
        <translation>Actions effectuées, dans l’ordre</translation>
    </message>
    <message>
        <source>No action has been recorded yet.</source>
        <translation>Aucune action n’a encore été notée.</translation>
    </message>
    <message>
        <source>Users of the account</source>
        <translation>Utilisateurs du compte</translation>
    </message>
    <message>
        <source>The program has not checked the users yet. Their passwords and two-factor sign-in must be checked in the Control Panel.</source>
        <translation>Le programme n’a pas encore vérifié les utilisateurs. Leurs mots de passe et leur connexion à deux facteurs doivent être vérifiés dans le Control Panel.</translation>
    </message>
    <message>
        <source>As Mailgun listed them on %1. &quot;Changed&quot; means after the incident began.</source>
        <translation>Tels que Mailgun les a listés le %1. «&#xa0;Changé&#xa0;» veut dire après le début de l’incident.</translation>
    </message>
    <message>
        <source>Also asked by Mailgun&apos;s procedure</source>
        <translation>Également demandé par la procédure de Mailgun</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>À propos de ce rapport</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What the program saw</source>
        <translation>Ce que le programme a vu</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Value (masked)</source>
        <translation>Valeur (masquée)</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Connexion à deux facteurs</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>In progress (%1 of %2 confirmed)</source>
        <translation>En cours (confirmés&#xa0;: %1 sur %2)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>On the admin&apos;s computer</source>
        <translation>Sur l’ordinateur de l’administrateur</translation>
    </message>
    <message>
        <source>On the website</source>
        <translation>Sur le site web</translation>
    </message>
    <message>
        <source>In the Mailgun account</source>
        <translation>Dans le compte Mailgun</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
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
        <translation>(propriétaire du compte)</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Oui (%1)</translation>
    </message>
    <message>
        <source>No (last change: %1)</source>
        <translation>Non (dernier changement&#xa0;: %1)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Contact the hosting provider (or the web developer) so they check the website and the server for the way in.</source>
        <translation>Contactez l’hébergeur (ou le développeur web) pour qu’il examine le site web et le serveur et trouve par où l’intrus est entré.</translation>
    </message>
    <message>
        <source>Check public code repositories (GitHub, GitLab, Bitbucket) for keys or passwords, and replace any that were there.</source>
        <translation>Cherchez des clés ou des mots de passe dans les dépôts de code publics (GitHub, GitLab, Bitbucket), et remplacez tous ceux qui s’y trouvaient.</translation>
    </message>
    <message>
        <source>Done, confirmed by the admin</source>
        <translation>Fait, confirmé par l’administrateur</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Pas encore confirmé</translation>
    </message>
    <message>
        <source>This report holds no key and no password. Values found are shown masked: only their first 4 and last 4 characters.</source>
        <translation>Ce rapport ne contient aucune clé ni aucun mot de passe. Les valeurs trouvées sont masquées&#xa0;: seuls leurs 4 premiers et 4 derniers caractères sont visibles.</translation>
    </message>
    <message>
        <source>Times are in UTC.</source>
        <translation>Les heures sont en UTC.</translation>
    </message>
    <message>
        <source>It was made by the Mailgun Recovery Assistant from the record it keeps on the admin&apos;s computer. Work done by hand in the Control Panel shows as the admin&apos;s confirmations.</source>
        <translation>Il a été créé par Mailgun Recovery Assistant à partir du journal que le programme tient sur l’ordinateur de l’administrateur. Le travail fait à la main dans le Control Panel apparaît sous forme de confirmations de l’administrateur.</translation>
    </message>
</context>
<context>
    <name>ResetLinkCountdown</name>
    <message>
        <source>%1 left</source>
        <translation>Encore %1</translation>
    </message>
    <message>
        <source>The reset link that Mailgun emails works for 20 minutes. This is about how long is left.</source>
        <translation>Le lien de réinitialisation que Mailgun envoie par e-mail est valable 20 minutes. Voici à peu près le temps qu’il reste.</translation>
    </message>
    <message>
        <source>Expired: ask again</source>
        <translation>Expiré&#xa0;: redemandez-en un</translation>
    </message>
    <message>
        <source>The reset link has expired. Click the reset button again to get a new email.</source>
        <translation>Le lien de réinitialisation a expiré. Cliquez de nouveau sur le bouton de réinitialisation pour recevoir un nouvel e-mail.</translation>
    </message>
    <message>
        <source>Reset link expired. Ask for a new one.</source>
        <translation>Lien de réinitialisation expiré. Demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>Reset link: %1 and %2 left</source>
        <translation>Lien de réinitialisation&#xa0;: il reste %1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetSmtpCommand</name>
    <message>
        <source>An SMTP password reset was interrupted; continuing it with its own list of logins.</source>
        <translation>Une réinitialisation des mots de passe SMTP a été interrompue&#xa0;; elle reprend avec sa propre liste d’identifiants.</translation>
    </message>
    <message>
        <source>Continue the interrupted reset?</source>
        <translation>Reprendre la réinitialisation interrompue&#xa0;?</translation>
    </message>
    <message>
        <source>Reading your domains and their SMTP logins…</source>
        <translation>Lecture de vos domaines et de leurs identifiants SMTP…</translation>
    </message>
    <message>
        <source>%1 is the postmaster login, which Mailgun never deletes. It gets a new password instead; leave it out of --delete.</source>
        <translation>%1 est l’identifiant postmaster, que Mailgun ne supprime jamais. Il reçoit un nouveau mot de passe à la place&#xa0;; retirez-le de --delete.</translation>
    </message>
    <message>
        <source>There is no SMTP login %1 on the domains read.</source>
        <translation>Il n’y a aucun identifiant SMTP %1 sur les domaines lus.</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Non lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>There are no SMTP logins to reset.</source>
        <translation>Il n’y a aucun identifiant SMTP à réinitialiser.</translation>
    </message>
    <message>
        <source>new password</source>
        <extracomment>First column of the login table on the command line: this login gets a new password.</extracomment>
        <translation>nouveau mot de passe</translation>
    </message>
    <message>
        <source>new since the incident</source>
        <translation>nouveau depuis l’incident</translation>
    </message>
    <message>
        <source>SMTP logins:</source>
        <translation>Identifiants SMTP&#xa0;:</translation>
    </message>
    <message>
        <source>New passwords: %1. Deleted logins: %2. Apps using the old passwords stop sending until you give them the new ones.</source>
        <translation>Nouveaux mots de passe&#xa0;: %1. Identifiants supprimés&#xa0;: %2. Les applications qui utilisent les anciens mots de passe n’enverront plus rien tant que vous ne leur aurez pas donné les nouveaux.</translation>
    </message>
    <message>
        <source>There is no keychain to keep the new passwords in. Save each one now, for example in your password manager:</source>
        <translation>Il n’y a pas de trousseau de clés où garder les nouveaux mots de passe. Enregistrez-les tous maintenant, par exemple dans votre gestionnaire de mots de passe&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (server %2, port 587): %3</source>
        <translation>%1 (serveur %2, port 587)&#xa0;: %3</translation>
    </message>
    <message>
        <source>new password; server %1, port 587</source>
        <translation>nouveau mot de passe&#xa0;; serveur %1, port 587</translation>
    </message>
    <message>
        <source>kept in the keychain, entry %1</source>
        <translation>gardé dans le trousseau de clés, entrée %1</translation>
    </message>
    <message>
        <source>not in the keychain</source>
        <translation>pas dans le trousseau de clés</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>not done: %1</source>
        <translation>pas fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>not started; the old password still works</source>
        <translation>pas commencé&#xa0;; l’ancien mot de passe fonctionne encore</translation>
    </message>
    <message>
        <source>Done. Put the new passwords into every website and app that sends email with them.</source>
        <translation>Terminé. Mettez les nouveaux mots de passe dans chaque site web et chaque application qui envoie des e-mails avec eux.</translation>
    </message>
    <message>
        <source>Not everything was done. Run the command again: it goes on where it stopped, with the same new passwords.</source>
        <translation>Tout n’a pas été fait. Relancez la commande&#xa0;: elle reprend là où elle s’est arrêtée, avec les mêmes nouveaux mots de passe.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n login(s) done</source>
        <translation>
            <numerusform>Identifiants traités&#xa0;: %1 sur %n</numerusform>
            <numerusform>Identifiants traités&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>delete</source>
        <extracomment>First column of the login table on the command line: this login will be deleted.</extracomment>
        <translation>supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Have you saved the %n new password(s) shown above? Mailgun gets them only after you answer %1. Until then the old passwords keep working.</source>
        <extracomment>%1 is the word the user types to confirm (&quot;yes&quot; in English).</extracomment>
        <translation>
            <numerusform>Avez-vous enregistré le mot de passe affiché ci-dessus (%n nouveau mot de passe)&#xa0;? Mailgun ne le reçoit que lorsque vous répondez «&#xa0;%1&#xa0;». D’ici là, l’ancien mot de passe continue de fonctionner.</numerusform>
            <numerusform>Avez-vous enregistré les %n nouveaux mots de passe affichés ci-dessus&#xa0;? Mailgun ne les reçoit que lorsque vous répondez «&#xa0;%1&#xa0;». D’ici là, les anciens mots de passe continuent de fonctionner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message>
        <source>Started today.</source>
        <translation>Commencé aujourd’hui.</translation>
    </message>
    <message>
        <source>Started yesterday.</source>
        <translation>Commencé hier.</translation>
    </message>
    <message numerus="yes">
        <source>Started %n days ago.</source>
        <translation>
            <numerusform>Commencé il y a %n jour.</numerusform>
            <numerusform>Commencé il y a %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>You last worked on it today.</source>
        <translation>Vous y avez travaillé pour la dernière fois aujourd’hui.</translation>
    </message>
    <message>
        <source>You last worked on it yesterday.</source>
        <translation>Vous y avez travaillé pour la dernière fois hier.</translation>
    </message>
    <message numerus="yes">
        <source>You last worked on it %n days ago.</source>
        <translation>
            <numerusform>Vous y avez travaillé pour la dernière fois il y a %n jour.</numerusform>
            <numerusform>Vous y avez travaillé pour la dernière fois il y a %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>No step is finished yet.</source>
        <translation>Aucune étape n’est encore terminée.</translation>
    </message>
    <message numerus="yes">
        <source>All %n steps are done.</source>
        <translation>
            <numerusform>Toutes les étapes sont terminées (%n).</numerusform>
            <numerusform>Les %n étapes sont toutes terminées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: step %1.</source>
        <translation>Terminée&#xa0;: étape %1.</translation>
    </message>
    <message>
        <source>Done: steps %1.</source>
        <translation>Terminées&#xa0;: étapes %1.</translation>
    </message>
    <message>
        <source>Replacing the API key stopped half way. The assistant will help you finish it safely.</source>
        <translation>Le remplacement de la clé API s’est arrêté en cours de route. L’assistant va vous aider à le terminer sans risque.</translation>
    </message>
    <message>
        <source>Next: step %1 (%2).</source>
        <translation>Ensuite&#xa0;: étape %1 (%2).</translation>
    </message>
    <message>
        <source>You can look at any step again, or make the report once more.</source>
        <translation>Vous pouvez revoir n’importe quelle étape, ou refaire le rapport.</translation>
    </message>
</context>
<context>
    <name>RotateKeyCommand</name>
    <message>
        <source>Creating the new key…</source>
        <translation>Création de la nouvelle clé…</translation>
    </message>
    <message>
        <source>Saving it in the keychain…</source>
        <translation>Enregistrement dans le trousseau de clés…</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Vérification de la nouvelle clé…</translation>
    </message>
    <message>
        <source>Deleting old keys…</source>
        <translation>Suppression des anciennes clés…</translation>
    </message>
    <message>
        <source>A key replacement was interrupted; continuing it.</source>
        <translation>Un remplacement de clé a été interrompu&#xa0;; il reprend.</translation>
    </message>
    <message>
        <source>The key you use is key %1: its own ending says so. --in-use-key-id %2 does not match it, so nothing was changed.</source>
        <translation>La clé que vous utilisez est la clé %1&#xa0;: ses derniers caractères l’indiquent. --in-use-key-id %2 ne correspond pas&#xa0;: rien n’a donc été modifié.</translation>
    </message>
    <message>
        <source>None of your listed keys has the id %1, so nothing was changed. Run the command without --in-use-key-id to see the list.</source>
        <translation>Aucune des clés de votre liste n’a l’ID %1&#xa0;: rien n’a donc été modifié. Lancez la commande sans --in-use-key-id pour voir la liste.</translation>
    </message>
    <message>
        <source>delete</source>
        <extracomment>First column of the key table on the command line: this key will be deleted.</extracomment>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>in use, as you said</source>
        <translation>utilisée, selon vous</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <source>new since the incident</source>
        <translation>nouvelle depuis l’incident</translation>
    </message>
    <message>
        <source>found exposed in step 1</source>
        <translation>trouvée exposée à l’étape 1</translation>
    </message>
    <message>
        <source>flagged in step 1</source>
        <translation>signalée à l’étape 1</translation>
    </message>
    <message>
        <source>Your API keys:</source>
        <translation>Vos clés API&#xa0;:</translation>
    </message>
    <message>
        <source>The program cannot tell which of these keys is the one you use: older keys (they start with &quot;key-&quot;) do not show which entry is theirs. No key is marked as in use. If you know which one it is, run the command again with --in-use-key-id ID.</source>
        <translation>Le programme ne peut pas savoir laquelle de ces clés est celle que vous utilisez&#xa0;: les anciennes clés (elles commencent par «&#xa0;key-&#xa0;») ne montrent pas quelle ligne leur correspond. Aucune clé n’est indiquée comme utilisée. Si vous savez laquelle c’est, relancez la commande avec --in-use-key-id ID.</translation>
    </message>
    <message>
        <source>Have you saved the new key %1 somewhere safe? Only then are the old keys deleted.</source>
        <translation>Avez-vous enregistré la nouvelle clé %1 en lieu sûr&#xa0;? Les anciennes clés ne seront supprimées qu’après.</translation>
    </message>
    <message>
        <source>No old key was deleted. Run the command again with --print-secrets to have the new key printed once, or make the keychain available; the key made now is replaced then.</source>
        <translation>Aucune ancienne clé n’a été supprimée. Relancez la commande avec --print-secrets pour que la nouvelle clé soit affichée une fois, ou rendez le trousseau de clés disponible&#xa0;; la clé créée maintenant sera alors remplacée.</translation>
    </message>
    <message>
        <source>The new key is not in the keychain. Save the key printed here, then run the command again to delete the old keys.</source>
        <translation>La nouvelle clé n’est pas dans le trousseau de clés. Enregistrez la clé affichée ici, puis relancez la commande pour supprimer les anciennes clés.</translation>
    </message>
    <message>
        <source>The new key (shown once): %1</source>
        <translation>La nouvelle clé (affichée une seule fois)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save the new key printed above somewhere safe (a password manager). Have you saved it? Only then are the old keys deleted.</source>
        <translation>Enregistrez en lieu sûr la nouvelle clé affichée ci-dessus (dans un gestionnaire de mots de passe). L’avez-vous enregistrée&#xa0;? Les anciennes clés ne seront supprimées qu’après.</translation>
    </message>
    <message>
        <source>No old key was deleted. Run the command again once the new key is saved, or with the new key itself (MAILGUN_API_KEY or --key-file).</source>
        <translation>Aucune ancienne clé n’a été supprimée. Relancez la commande une fois la nouvelle clé enregistrée, ou avec la nouvelle clé elle-même (MAILGUN_API_KEY ou --key-file).</translation>
    </message>
    <message>
        <source>New key: %1</source>
        <translation>Nouvelle clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept in the keychain &quot;%1&quot;, entry %2.</source>
        <translation>Gardée dans le trousseau de clés «&#xa0;%1&#xa0;», entrée %2.</translation>
    </message>
    <message>
        <source>Not kept in the keychain: you saved it yourself.</source>
        <translation>Pas gardée dans le trousseau de clés&#xa0;: vous l’avez enregistrée vous-même.</translation>
    </message>
    <message>
        <source>Not kept in the keychain.</source>
        <translation>Pas gardée dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Still alive, delete by hand in the Control Panel: %1</source>
        <translation>Fonctionne encore, à supprimer à la main dans le Control Panel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Now put the new key into every website and app that used the old one.</source>
        <translation>Mettez maintenant la nouvelle clé dans chaque site web et chaque application qui utilisait l’ancienne.</translation>
    </message>
    <message>
        <source>keep</source>
        <extracomment>First column of the key table on the command line: this key stays.</extracomment>
        <translation>garder</translation>
    </message>
    <message numerus="yes">
        <source>The program makes a new %1 key and saves it in the keychain. Then it deletes the %n old key(s) marked &quot;%2&quot;.</source>
        <extracomment>%2 is the word that marks a key for deletion in the table above.</extracomment>
        <translation>
            <numerusform>Le programme crée une nouvelle clé avec le rôle «&#xa0;%1&#xa0;» et l’enregistre dans le trousseau de clés. Ensuite, il supprime %n ancienne clé marquée «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>Le programme crée une nouvelle clé avec le rôle «&#xa0;%1&#xa0;» et l’enregistre dans le trousseau de clés. Ensuite, il supprime les %n anciennes clés marquées «&#xa0;%2&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>almost certain</source>
        <translation>presque certain</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>possible</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRITIQUE</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>ÉLEVÉ</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>MOYEN</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>FAIBLE</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the folders to scan, for example: mailgun-recovery scan /var/www/mysite</source>
        <translation>Indiquez les dossiers à analyser, par exemple&#xa0;: mailgun-recovery scan /var/www/mysite</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>No Mailgun keys, passwords or risky files were found.</source>
        <translation>Aucune clé Mailgun, aucun mot de passe et aucun fichier à risque n’ont été trouvés.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n thing(s) to fix:</source>
        <translation>
            <numerusform>%n point à corriger&#xa0;:</numerusform>
            <numerusform>%n points à corriger&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned %Ln file(s) (%1)…</source>
        <translation>
            <numerusform>%Ln fichier analysé (%1)…</numerusform>
            <numerusform>%Ln fichiers analysés (%1)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned %Ln file(s) (%1).</source>
        <translation>
            <numerusform>%Ln fichier analysé (%1).</numerusform>
            <numerusform>%Ln fichiers analysés (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretRevealField</name>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the new key</source>
        <translation>Afficher la nouvelle clé</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the new key</source>
        <translation>Copier la nouvelle clé</translation>
    </message>
    <message numerus="yes">
        <source>Copy to the clipboard. The program empties the clipboard again after %n second(s).</source>
        <translation>
            <numerusform>Copier dans le presse-papiers. Le programme vide de nouveau le presse-papiers après %n seconde.</numerusform>
            <numerusform>Copier dans le presse-papiers. Le programme vide de nouveau le presse-papiers après %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. Paste within %n second(s).</source>
        <translation>
            <numerusform>Copié. Vous avez %n seconde pour le coller.</numerusform>
            <numerusform>Copié. Vous avez %n secondes pour le coller.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>New SMTP password</source>
        <translation>Nouveau mot de passe SMTP</translation>
    </message>
    <message>
        <source>Show the new SMTP password</source>
        <translation>Afficher le nouveau mot de passe SMTP</translation>
    </message>
    <message>
        <source>Copy the new SMTP password</source>
        <translation>Copier le nouveau mot de passe SMTP</translation>
    </message>
    <message>
        <source>New webhook signing key</source>
        <translation>Nouvelle clé de signature des webhooks</translation>
    </message>
    <message>
        <source>Show the new webhook signing key</source>
        <translation>Afficher la nouvelle clé de signature des webhooks</translation>
    </message>
    <message>
        <source>Copy the new webhook signing key</source>
        <translation>Copier la nouvelle clé de signature des webhooks</translation>
    </message>
    <message>
        <source>New public validation key</source>
        <translation>Nouvelle clé publique de validation</translation>
    </message>
    <message>
        <source>Show the new public validation key</source>
        <translation>Afficher la nouvelle clé publique de validation</translation>
    </message>
    <message>
        <source>Copy the new public validation key</source>
        <translation>Copier la nouvelle clé publique de validation</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain on this computer did what was asked.</source>
        <translation>Le trousseau de clés de cet ordinateur a fait ce qui était demandé.</translation>
    </message>
    <message>
        <source>The keychain on this computer has no saved entry under that name. If you saved the key or password somewhere else, use that copy.</source>
        <translation>Le trousseau de clés de cet ordinateur n’a aucune entrée enregistrée sous ce nom. Si vous avez enregistré la clé ou le mot de passe ailleurs, utilisez cette copie.</translation>
    </message>
    <message>
        <source>No keychain (the password store of your computer) is running, so nothing can be saved in it. The new key or password will be shown to you once instead: copy it somewhere safe, such as your password manager, before you continue.</source>
        <translation>Aucun trousseau de clés (l’endroit où votre ordinateur garde les mots de passe) n’est en service&#xa0;: rien ne peut donc y être enregistré. La nouvelle clé ou le nouveau mot de passe vous sera plutôt montré une fois&#xa0;: copiez-le en lieu sûr, par exemple dans votre gestionnaire de mots de passe, avant de continuer.</translation>
    </message>
    <message>
        <source>The keychain is locked, or access to it was refused. Unlock it (usually with the password you use to log in to this computer) and try again.</source>
        <translation>Le trousseau de clés est verrouillé, ou son accès a été refusé. Déverrouillez-le (en général avec le mot de passe qui vous sert à ouvrir votre session sur cet ordinateur) et réessayez.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be waiting for you in another window, for example to be unlocked. Answer that window, then try again.</source>
        <translation>Le trousseau de clés n’a pas répondu à temps. Il vous attend peut-être dans une autre fenêtre, par exemple pour être déverrouillé. Répondez à cette fenêtre, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain could not do what was asked. Try again; if it happens again, tell your helpdesk.</source>
        <translation>Le trousseau de clés n’a pas pu faire ce qui était demandé. Réessayez&#xa0;; si cela se reproduit, prévenez votre support informatique.</translation>
    </message>
    <message>
        <source>The keychain could not do what was asked (it said: &quot;%1&quot;). Try again; if it happens again, tell your helpdesk.</source>
        <translation>Le trousseau de clés n’a pas pu faire ce qui était demandé (il a répondu&#xa0;: «&#xa0;%1&#xa0;»). Réessayez&#xa0;; si cela se reproduit, prévenez votre support informatique.</translation>
    </message>
</context>
<context>
    <name>SendAttribution</name>
    <message>
        <source>the key you are using</source>
        <translation>la clé que vous utilisez</translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation>la clé %1</translation>
    </message>
    <message>
        <source>a key that no longer exists (%1)</source>
        <translation>une clé qui n’existe plus (%1)</translation>
    </message>
    <message>
        <source>Only the newest messages were read: the window held more.</source>
        <translation>Seuls les messages les plus récents ont été lus&#xa0;: la période en contenait davantage.</translation>
    </message>
    <message>
        <source>Most of the mail (%1 of %2) was sent with %3</source>
        <translation>La plupart du courrier (%1 sur %2) a été envoyé avec %3</translation>
    </message>
    <message>
        <source>Delete this key (step 2) unless you know the program that uses it.</source>
        <translation>Supprimez cette clé (étape 2), sauf si vous connaissez le programme qui l’utilise.</translation>
    </message>
    <message>
        <source>The key is already gone. Tell Mailgun support about these sends.</source>
        <translation>La clé n’existe déjà plus. Signalez ces envois à l’assistance Mailgun.</translation>
    </message>
    <message>
        <source>Most of the mail (%1 of %2) was sent through SMTP as %3</source>
        <translation>La plupart du courrier (%1 sur %2) a été envoyé par SMTP avec l’identifiant %3</translation>
    </message>
    <message>
        <source>Give every SMTP login a new password and delete the ones nobody knows (step 3).</source>
        <translation>Donnez un nouveau mot de passe à chaque identifiant SMTP et supprimez ceux que personne ne connaît (étape 3).</translation>
    </message>
    <message>
        <source>Most of the mail (%1 of %2) came from the internet address %3</source>
        <translation>La plupart du courrier (%1 sur %2) venait de l’adresse internet %3</translation>
    </message>
    <message>
        <source>If this address is not one of your servers, give it to Mailgun support and to your hosting provider.</source>
        <translation>Si cette adresse n’est pas celle d’un de vos serveurs, communiquez-la à l’assistance Mailgun et à votre hébergeur.</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln message(s) read from the logs (%1 to %2), %3 were sent through the API and %4 through SMTP.</source>
        <translation>
            <numerusform>Sur %Ln message lu dans les journaux de Mailgun (du %1 au %2)&#xa0;: %3 envoyé par l’API et %4 par SMTP.</numerusform>
            <numerusform>Sur %Ln messages lus dans les journaux de Mailgun (du %1 au %2), %3 ont été envoyés par l’API et %4 par SMTP.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingChart</name>
    <message>
        <source>Email sent each day in the last 30 days</source>
        <translation>E-mails envoyés chaque jour au cours des 30 derniers jours</translation>
    </message>
    <message>
        <source>No sending figures were read.</source>
        <translation>Aucun chiffre d’envoi n’a été lu.</translation>
    </message>
    <message>
        <source>Sending jumped on %1, up to %2 in one day.</source>
        <translation>Les envois ont bondi le %1, jusqu’à %2 en un jour.</translation>
    </message>
    <message>
        <source>No unusual jump.</source>
        <translation>Pas de hausse inhabituelle.</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Pas encore de chiffres</translation>
    </message>
    <message>
        <source>US region</source>
        <translation>Région US</translation>
    </message>
    <message>
        <source>EU region</source>
        <translation>Région EU</translation>
    </message>
    <message>
        <source>Unusual</source>
        <translation>Inhabituel</translation>
    </message>
    <message>
        <source>Usual level</source>
        <translation>Niveau habituel</translation>
    </message>
    <message numerus="yes">
        <source>Emails sent in the last %n day(s): %1, usually about %2 a day.</source>
        <translation>
            <numerusform>E-mails envoyés sur %n jour&#xa0;: %1, environ %2 par jour en temps normal.</numerusform>
            <numerusform>E-mails envoyés sur les %n derniers jours&#xa0;: %1, environ %2 par jour en temps normal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteExposure</name>
    <message>
        <source>Settings file (.env) anyone can download</source>
        <translation>Fichier de réglages (.env) que n’importe qui peut télécharger</translation>
    </message>
    <message>
        <source>This file holds your website&apos;s passwords and keys, often including the Mailgun key or SMTP password. Anyone who knows the address can read it.</source>
        <translation>Ce fichier contient les mots de passe et les clés de votre site web, souvent y compris la clé Mailgun ou le mot de passe SMTP. Toute personne qui connaît l’adresse peut le lire.</translation>
    </message>
    <message>
        <source>Delete this file from your web server, or move it out of the public website folder. Then change every password and key that was in it.</source>
        <translation>Supprimez ce fichier de votre serveur web, ou sortez-le du dossier public du site web. Puis changez chaque mot de passe et chaque clé qu’il contenait.</translation>
    </message>
    <message>
        <source>Page that shows the server settings (phpinfo)</source>
        <translation>Page qui affiche les réglages du serveur (phpinfo)</translation>
    </message>
    <message>
        <source>This page lists your server&apos;s settings, and often the passwords and keys your website uses, to anyone who opens it.</source>
        <translation>Cette page montre les réglages de votre serveur, et souvent les mots de passe et les clés de votre site web, à toute personne qui l’ouvre.</translation>
    </message>
    <message>
        <source>Delete this file from your web server.</source>
        <translation>Supprimez ce fichier de votre serveur web.</translation>
    </message>
    <message>
        <source>Laravel debug mode is on</source>
        <translation>Le mode débogage de Laravel est activé</translation>
    </message>
    <message>
        <source>In debug mode, error pages show internal details of your website to visitors, and on older versions all its passwords and keys.</source>
        <translation>En mode débogage, les pages d’erreur montrent aux visiteurs des détails internes de votre site web, et sur les anciennes versions, tous ses mots de passe et toutes ses clés.</translation>
    </message>
    <message>
        <source>Turn off debug mode: set APP_DEBUG=false in your website&apos;s .env file.</source>
        <translation>Désactivez le mode débogage&#xa0;: mettez APP_DEBUG=false dans le fichier .env de votre site web.</translation>
    </message>
    <message>
        <source>Laravel error log viewer anyone can open</source>
        <translation>Visionneuse du journal d’erreurs de Laravel que n’importe qui peut ouvrir</translation>
    </message>
    <message>
        <source>This page shows your website&apos;s error messages, which can hold passwords and keys.</source>
        <translation>Cette page montre les messages d’erreur de votre site web, qui peuvent contenir des mots de passe et des clés.</translation>
    </message>
    <message>
        <source>Laravel log file anyone can download</source>
        <translation>Fichier journal de Laravel que n’importe qui peut télécharger</translation>
    </message>
    <message>
        <source>This log file holds your website&apos;s error messages, which can hold passwords, keys and email addresses.</source>
        <translation>Ce fichier journal contient les messages d’erreur de votre site web, qui peuvent contenir des mots de passe, des clés et des adresses e-mail.</translation>
    </message>
    <message>
        <source>Delete this file from your web server, and make sure the storage folder is not inside the public website folder.</source>
        <translation>Supprimez ce fichier de votre serveur web, et vérifiez que le dossier storage n’est pas à l’intérieur du dossier public du site web.</translation>
    </message>
    <message>
        <source>Laravel Telescope is open to everyone</source>
        <translation>Laravel Telescope est ouvert à tous</translation>
    </message>
    <message>
        <source>Telescope shows every request, email and error of your website, with the data in them.</source>
        <translation>Telescope montre chaque requête, chaque e-mail et chaque erreur de votre site web, avec les données qu’ils contiennent.</translation>
    </message>
    <message>
        <source>Turn off Telescope on your live website (TELESCOPE_ENABLED=false), or allow only your own login to open it.</source>
        <translation>Désactivez Telescope sur votre site en ligne (TELESCOPE_ENABLED=false), ou n’autorisez que votre propre compte à l’ouvrir.</translation>
    </message>
    <message>
        <source>PHP Debugbar is open to everyone</source>
        <translation>PHP Debugbar est ouvert à tous</translation>
    </message>
    <message>
        <source>The debug bar keeps a record of recent requests to your website, with the data in them.</source>
        <translation>La barre de débogage garde une trace des dernières requêtes faites à votre site web, avec les données qu’elles contiennent.</translation>
    </message>
    <message>
        <source>Turn off debug mode: set APP_DEBUG=false (and DEBUGBAR_ENABLED=false) in your website&apos;s .env file.</source>
        <translation>Désactivez le mode débogage&#xa0;: mettez APP_DEBUG=false (et DEBUGBAR_ENABLED=false) dans le fichier .env de votre site web.</translation>
    </message>
    <message>
        <source>Symfony Profiler is open to everyone</source>
        <translation>Symfony Profiler est ouvert à tous</translation>
    </message>
    <message>
        <source>The profiler shows your website&apos;s settings, recent requests and the data sent in them, including passwords.</source>
        <translation>Le profileur montre les réglages de votre site web, les dernières requêtes et les données qu’elles ont envoyées, y compris des mots de passe.</translation>
    </message>
    <message>
        <source>Switch your live website to production mode: set APP_ENV=prod and APP_DEBUG=0 in its .env file.</source>
        <translation>Passez votre site en ligne en mode production&#xa0;: mettez APP_ENV=prod et APP_DEBUG=0 dans son fichier .env.</translation>
    </message>
    <message>
        <source>Copy of the WordPress settings file anyone can download</source>
        <translation>Copie du fichier de réglages de WordPress que n’importe qui peut télécharger</translation>
    </message>
    <message>
        <source>This copy of wp-config.php holds your database password, and often Mailgun or SMTP settings. Unlike the real file, a copy is shown as text.</source>
        <translation>Cette copie de wp-config.php contient le mot de passe de votre base de données, et souvent des réglages Mailgun ou SMTP. Contrairement au vrai fichier, une copie s’affiche sous forme de texte.</translation>
    </message>
    <message>
        <source>Delete this file from your web server. Then change the database password and every key that was in it.</source>
        <translation>Supprimez ce fichier de votre serveur web. Puis changez le mot de passe de la base de données et chaque clé qu’il contenait.</translation>
    </message>
    <message>
        <source>The WordPress settings file is shown as text</source>
        <translation>Le fichier de réglages de WordPress s’affiche sous forme de texte</translation>
    </message>
    <message>
        <source>Your web server shows the program text of wp-config.php instead of running it, so anyone can read your database password and keys.</source>
        <translation>Votre serveur web affiche le texte du programme wp-config.php au lieu de l’exécuter&#xa0;: n’importe qui peut donc lire le mot de passe de votre base de données et vos clés.</translation>
    </message>
    <message>
        <source>Ask your hosting provider to fix PHP on your website right away. Then change the database password and every key in that file.</source>
        <translation>Demandez tout de suite à votre hébergeur de réparer PHP sur votre site web. Puis changez le mot de passe de la base de données et chaque clé de ce fichier.</translation>
    </message>
    <message>
        <source>WordPress debug log anyone can download</source>
        <translation>Journal de débogage de WordPress que n’importe qui peut télécharger</translation>
    </message>
    <message>
        <source>This log holds your website&apos;s error messages. Mail plugins in debug mode can write passwords into it.</source>
        <translation>Ce journal contient les messages d’erreur de votre site web. Les extensions d’e-mail en mode débogage peuvent y écrire des mots de passe.</translation>
    </message>
    <message>
        <source>Delete this file from your web server and turn off debug logging: set WP_DEBUG_LOG to false in wp-config.php.</source>
        <translation>Supprimez ce fichier de votre serveur web et désactivez la journalisation de débogage&#xa0;: mettez WP_DEBUG_LOG à false dans wp-config.php.</translation>
    </message>
    <message>
        <source>Code history folder (.git) anyone can download</source>
        <translation>Dossier d’historique du code (.git) que n’importe qui peut télécharger</translation>
    </message>
    <message>
        <source>Anyone can download your website&apos;s whole code history from this folder, including passwords that were ever saved in it.</source>
        <translation>N’importe qui peut télécharger depuis ce dossier tout l’historique du code de votre site web, y compris les mots de passe qui y ont été enregistrés un jour.</translation>
    </message>
    <message>
        <source>Block access to the .git folder on your web server, or delete the folder from the server.</source>
        <translation>Bloquez l’accès au dossier .git sur votre serveur web, ou supprimez ce dossier du serveur.</translation>
    </message>
    <message>
        <source>Website backup anyone can download</source>
        <translation>Sauvegarde du site web que n’importe qui peut télécharger</translation>
    </message>
    <message>
        <source>This archive likely holds your whole website, with its settings files and passwords.</source>
        <translation>Cette archive contient probablement tout votre site web, avec ses fichiers de réglages et ses mots de passe.</translation>
    </message>
    <message>
        <source>Delete this file from your web server. Keep backups outside the public website folder.</source>
        <translation>Supprimez ce fichier de votre serveur web. Gardez les sauvegardes en dehors du dossier public du site web.</translation>
    </message>
    <message>
        <source>Database copy anyone can download</source>
        <translation>Copie de base de données que n’importe qui peut télécharger</translation>
    </message>
    <message>
        <source>This file holds your website&apos;s database, including the settings of mail plugins, with their keys and passwords.</source>
        <translation>Ce fichier contient la base de données de votre site web, y compris les réglages des extensions d’e-mail, avec leurs clés et leurs mots de passe.</translation>
    </message>
    <message>
        <source>Delete this file from your web server. Keep database copies outside the public website folder.</source>
        <translation>Supprimez ce fichier de votre serveur web. Gardez les copies de base de données en dehors du dossier public du site web.</translation>
    </message>
    <message>
        <source>Server setup file (docker-compose) anyone can download</source>
        <translation>Fichier de configuration du serveur (docker-compose) que n’importe qui peut télécharger</translation>
    </message>
    <message>
        <source>This file describes how your website runs and often holds its passwords and keys.</source>
        <translation>Ce fichier décrit comment fonctionne votre site web et contient souvent ses mots de passe et ses clés.</translation>
    </message>
    <message>
        <source>Script with your website&apos;s settings anyone can read</source>
        <translation>Script contenant les réglages de votre site web, que n’importe qui peut lire</translation>
    </message>
    <message>
        <source>Every visitor&apos;s browser downloads this script. Any key or password in it is public.</source>
        <translation>Le navigateur de chaque visiteur télécharge ce script. Toute clé ou tout mot de passe qu’il contient est public.</translation>
    </message>
    <message>
        <source>Remove keys and passwords from this file. Keys for Mailgun must only be used on the server, never in the browser.</source>
        <translation>Retirez les clés et les mots de passe de ce fichier. Les clés Mailgun ne doivent servir que sur le serveur, jamais dans le navigateur.</translation>
    </message>
    <message>
        <source>File upload settings anyone can download</source>
        <translation>Réglages d’envoi de fichiers que n’importe qui peut télécharger</translation>
    </message>
    <message>
        <source>Your code editor saved the address and password it uses to upload your website into this file.</source>
        <translation>Votre éditeur de code a enregistré dans ce fichier l’adresse et le mot de passe qu’il utilise pour mettre en ligne votre site web.</translation>
    </message>
    <message>
        <source>Delete this file from your web server and change the FTP or SSH password that was in it.</source>
        <translation>Supprimez ce fichier de votre serveur web et changez le mot de passe FTP ou SSH qu’il contenait.</translation>
    </message>
    <message>
        <source>Folder contents are listed to everyone</source>
        <translation>Le contenu des dossiers est visible par tous</translation>
    </message>
    <message>
        <source>Anyone can see every file in this folder and download it, including backups and logs.</source>
        <translation>N’importe qui peut voir tous les fichiers de ce dossier et les télécharger, y compris les sauvegardes et les journaux.</translation>
    </message>
    <message>
        <source>Turn off folder listings on your web server (for Apache: &quot;Options -Indexes&quot;), or ask your hosting provider to.</source>
        <translation>Désactivez l’affichage du contenu des dossiers sur votre serveur web (pour Apache&#xa0;: «&#xa0;Options -Indexes&#xa0;»), ou demandez-le à votre hébergeur.</translation>
    </message>
    <message>
        <source>Mailgun key inside your website&apos;s page or script</source>
        <translation>Clé Mailgun dans une page ou un script de votre site web</translation>
    </message>
    <message>
        <source>Every visitor&apos;s web browser downloads this page or script, so anyone can read the key in it.</source>
        <translation>Le navigateur web de chaque visiteur télécharge cette page ou ce script&#xa0;: n’importe qui peut donc y lire la clé.</translation>
    </message>
    <message>
        <source>Remove the key from the page or script, then replace it (step 2). Only your server should talk to Mailgun: a key in code that runs in the browser is public.</source>
        <translation>Retirez la clé de la page ou du script, puis remplacez-la (étape 2). Seul votre serveur doit communiquer avec Mailgun&#xa0;: une clé placée dans du code qui s’exécute dans le navigateur est publique.</translation>
    </message>
    <message>
        <source>Mailgun key in a file anyone can download</source>
        <translation>Clé Mailgun dans un fichier que n’importe qui peut télécharger</translation>
    </message>
    <message>
        <source>Anyone who knows this address can download the file and read the key in it, whatever the file&apos;s name says.</source>
        <translation>Toute personne qui connaît cette adresse peut télécharger le fichier et y lire la clé, quel que soit le nom du fichier.</translation>
    </message>
    <message>
        <source>Delete this file from your web server, or move it out of the public website folder. Then replace every key and password that was in it (step 2).</source>
        <translation>Supprimez ce fichier de votre serveur web, ou sortez-le du dossier public du site web. Puis remplacez chaque clé et chaque mot de passe qu’il contenait (étape 2).</translation>
    </message>
</context>
<context>
    <name>SiteProbe</name>
    <message>
        <source>Type only the folder&apos;s name, for example shop, not a whole address.</source>
        <translation>Tapez seulement le nom du dossier, par exemple shop, et non une adresse complète.</translation>
    </message>
    <message>
        <source>The folder name is empty.</source>
        <translation>Le nom du dossier est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder inside your website. Give the folder&apos;s name as it appears in the address, such as shop.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un dossier de votre site web. Indiquez le nom du dossier tel qu’il apparaît dans l’adresse, par exemple shop.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder name the check can use. Use letters, digits, dots, dashes and slashes only.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de dossier utilisable pour la vérification. Utilisez seulement des lettres, des chiffres, des points, des tirets et des barres obliques.</translation>
    </message>
    <message>
        <source>The folder is too deep. Give at most four folder names, such as apps/shop.</source>
        <translation>Le dossier est trop profond. Indiquez au plus quatre noms de dossiers, par exemple apps/shop.</translation>
    </message>
    <message>
        <source>The site refused the connection. Is the web server running?</source>
        <translation>Le site a refusé la connexion. Le serveur web est-il en marche&#xa0;?</translation>
    </message>
    <message>
        <source>This address could not be found. Check that it is spelled correctly.</source>
        <translation>Cette adresse est introuvable. Vérifiez qu’elle est bien écrite.</translation>
    </message>
    <message>
        <source>The site did not answer in time.</source>
        <translation>Le site n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The site&apos;s security certificate is not valid, so the site was not checked.</source>
        <translation>Le certificat de sécurité du site n’est pas valide&#xa0;: le site n’a donc pas été vérifié.</translation>
    </message>
    <message>
        <source>The site sends visitors to another address (%1). Check that address instead, if it is also yours.</source>
        <translation>Le site renvoie les visiteurs vers une autre adresse (%1). Vérifiez plutôt cette adresse, si elle est aussi à vous.</translation>
    </message>
    <message>
        <source>The site sent the request around in circles.</source>
        <translation>Le site a fait tourner la demande en rond.</translation>
    </message>
    <message>
        <source>The site could not be reached (%1).</source>
        <translation>Impossible de joindre le site (%1).</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>La vérification a été arrêtée.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>L’adresse est vide.</translation>
    </message>
    <message>
        <source>Only website addresses (starting with http:// or https://) can be checked.</source>
        <translation>Seules les adresses de sites web (qui commencent par http:// ou https://) peuvent être vérifiées.</translation>
    </message>
    <message>
        <source>This is not a website address.</source>
        <translation>Ce n’est pas une adresse de site web.</translation>
    </message>
    <message>
        <source>The site stopped answering. %1</source>
        <translation>Le site a cessé de répondre. %1</translation>
    </message>
    <message>
        <source>Its content looks like %1.</source>
        <translation>Son contenu ressemble à %1.</translation>
    </message>
</context>
<context>
    <name>SmtpKeychain</name>
    <message>
        <source>it gave back another password than the one just saved</source>
        <translation>il a renvoyé un autre mot de passe que celui qui venait d’être enregistré</translation>
    </message>
</context>
<context>
    <name>SmtpLoginFindings</name>
    <message>
        <source>An SMTP login %1 was created %2, after the incident started</source>
        <translation>Un identifiant SMTP %1 a été créé %2, après le début de l’incident</translation>
    </message>
    <message>
        <source>An SMTP login is a user name and password that programs use to send mail from %1 through Mailgun&apos;s mail servers (%2). One made after the incident started may belong to the intruder, and it keeps working after the API key is changed.</source>
        <translation>Un identifiant SMTP est un nom d’utilisateur et un mot de passe que des programmes utilisent pour envoyer du courrier depuis %1 par les serveurs de messagerie de Mailgun (%2). S’il a été créé après le début de l’incident, il appartient peut-être à l’intrus, et il continue de fonctionner même après le changement de la clé API.</translation>
    </message>
    <message>
        <source>If nobody at your company made it, delete it in step 3.</source>
        <translation>Si personne dans votre entreprise ne l’a créé, supprimez-le à l’étape 3.</translation>
    </message>
</context>
<context>
    <name>SmtpLoginModel</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>✔ new password</source>
        <translation>✔ nouveau mot de passe</translation>
    </message>
    <message>
        <source>✔ deleted</source>
        <translation>✔ supprimé</translation>
    </message>
    <message>
        <source>? not sure, try again</source>
        <translation>? incertain, réessayez</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ échec</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas commencé</translation>
    </message>
    <message>
        <source>new, check it</source>
        <translation>nouveau, à vérifier</translation>
    </message>
    <message>
        <source>Mailgun never deletes the postmaster login; it gets a new password.</source>
        <translation>Mailgun ne supprime jamais l’identifiant postmaster&#xa0;; il reçoit un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Tick to delete this login instead of giving it a new password.</source>
        <translation>Cochez pour supprimer cet identifiant au lieu de lui donner un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Made after the incident began. If nobody on your team made it, tick Delete.</source>
        <translation>Créé après le début de l’incident. Si personne dans votre équipe ne l’a créé, cochez «&#xa0;Supprimer&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SmtpLoginRow</name>
    <message>
        <source>%1 (subaccount “%2”)</source>
        <translation>%1 (sous-compte «&#xa0;%2&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>SmtpLoginTable</name>
    <message>
        <source>Your SMTP logins; ticked logins are deleted, the others get a new password</source>
        <translation>Vos identifiants SMTP&#xa0;; ceux qui sont cochés seront supprimés, les autres recevront un nouveau mot de passe</translation>
    </message>
</context>
<context>
    <name>SmtpResetController</name>
    <message>
        <source>The domains in the %1 region: %2</source>
        <translation>Les domaines de la région %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The SMTP logins of %1: %2</source>
        <translation>Les identifiants SMTP de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The subaccounts: %1</source>
        <translation>Les sous-comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The subaccount “%1” is disabled, so its SMTP logins were left as they are.</source>
        <translation>Le sous-compte «&#xa0;%1&#xa0;» est désactivé&#xa0;: ses identifiants SMTP ont donc été laissés tels quels.</translation>
    </message>
    <message>
        <source>The subaccounts&apos; domains in the %1 region: %2</source>
        <translation>Les domaines des sous-comptes dans la région %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The SMTP logins of %1 (subaccount “%2”)</source>
        <translation>Les identifiants SMTP de %1 (sous-compte «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>The SMTP logins of %1 (subaccount “%2”): %3</source>
        <translation>Les identifiants SMTP de %1 (sous-compte «&#xa0;%2&#xa0;»)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The domains could not be read.</source>
        <translation>Impossible de lire les domaines.</translation>
    </message>
    <message>
        <source>The record of your recovery could not be saved (%1). Check that the disk is not full and that the folder may be written to, then run the reset again.</source>
        <translation>Impossible d’enregistrer le journal de votre récupération (%1). Vérifiez que le disque n’est pas plein et que l’écriture est autorisée dans le dossier, puis relancez la réinitialisation.</translation>
    </message>
    <message>
        <source>There is no unfinished SMTP password reset to continue.</source>
        <translation>Il n’y a aucune réinitialisation de mots de passe SMTP inachevée à reprendre.</translation>
    </message>
    <message>
        <source>Not started: you stopped the reset.</source>
        <translation>Pas commencé&#xa0;: vous avez arrêté la réinitialisation.</translation>
    </message>
    <message>
        <source>The keychain stopped answering earlier. Close the assistant, unlock the keychain if it asks, and start again: the reset goes on where it stopped.</source>
        <translation>Le trousseau de clés a cessé de répondre tout à l’heure. Fermez l’assistant, déverrouillez le trousseau de clés s’il le demande, et recommencez&#xa0;: la réinitialisation reprendra là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>No keychain (the password store of your computer) is running, so no password was changed. Start or unlock it and try again.</source>
        <translation>Aucun trousseau de clés (l’endroit où votre ordinateur garde les mots de passe) n’est en service&#xa0;: aucun mot de passe n’a donc été changé. Démarrez-le ou déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>You did not confirm that the new passwords are saved, so none was sent. The old passwords still work.</source>
        <translation>Vous n’avez pas confirmé que les nouveaux mots de passe sont enregistrés&#xa0;: aucun n’a donc été envoyé. Les anciens mots de passe fonctionnent toujours.</translation>
    </message>
    <message>
        <source>The reset stopped before changing anything more.</source>
        <translation>La réinitialisation s’est arrêtée avant de modifier quoi que ce soit d’autre.</translation>
    </message>
    <message>
        <source>The new password was not sent, because the record of your recovery could not be saved. The old password still works.</source>
        <translation>Le nouveau mot de passe n’a pas été envoyé, car le journal de votre récupération n’a pas pu être enregistré. L’ancien mot de passe fonctionne toujours.</translation>
    </message>
    <message>
        <source>The new password could not be saved in the keychain, so it was not sent. The old password still works.</source>
        <translation>Le nouveau mot de passe n’a pas pu être enregistré dans le trousseau de clés&#xa0;: il n’a donc pas été envoyé. L’ancien mot de passe fonctionne toujours.</translation>
    </message>
    <message>
        <source>The new password was not sent; the old password still works.</source>
        <translation>Le nouveau mot de passe n’a pas été envoyé&#xa0;; l’ancien mot de passe fonctionne toujours.</translation>
    </message>
    <message>
        <source>Mailgun did not answer, so it is not known whether the new password is active. Try again: the same new password will be sent.</source>
        <translation>Mailgun n’a pas répondu&#xa0;: on ne sait donc pas si le nouveau mot de passe est actif. Réessayez&#xa0;: le même nouveau mot de passe sera envoyé.</translation>
    </message>
    <message>
        <source>Mailgun did not accept the new password; the old one still works.</source>
        <translation>Mailgun n’a pas accepté le nouveau mot de passe&#xa0;; l’ancien fonctionne toujours.</translation>
    </message>
    <message>
        <source>Mailgun now uses the new password. It is in the keychain entry %1, but could not be moved to the entry %2. Run the reset again to finish this login.</source>
        <translation>Mailgun utilise maintenant le nouveau mot de passe. Il se trouve dans l’entrée %1 du trousseau de clés, mais n’a pas pu être déplacé dans l’entrée %2. Relancez la réinitialisation pour terminer cet identifiant.</translation>
    </message>
    <message>
        <source>The login was not deleted, because the record of your recovery could not be saved. It still works.</source>
        <translation>L’identifiant n’a pas été supprimé, car le journal de votre récupération n’a pas pu être enregistré. Il fonctionne toujours.</translation>
    </message>
    <message>
        <source>The login could not be deleted; it still works.</source>
        <translation>Impossible de supprimer l’identifiant&#xa0;; il fonctionne toujours.</translation>
    </message>
</context>
<context>
    <name>SmtpResetPanel</name>
    <message>
        <source>&lt;b&gt;Reset the SMTP passwords for me&lt;/b&gt;</source>
        <translation>&lt;b&gt;Réinitialiser les mots de passe SMTP pour moi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A password reset was interrupted before it was finished.</source>
        <translation>Une réinitialisation des mots de passe a été interrompue avant la fin.</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>La reprendre</translation>
    </message>
    <message>
        <source>Continue the interrupted SMTP password reset</source>
        <translation>Reprendre la réinitialisation des mots de passe SMTP interrompue</translation>
    </message>
    <message>
        <source>Show my SMTP logins</source>
        <translation>Afficher mes identifiants SMTP</translation>
    </message>
    <message>
        <source>Reset the passwords</source>
        <translation>Réinitialiser les mots de passe</translation>
    </message>
    <message>
        <source>Give every login a new password and delete the ticked ones</source>
        <translation>Donner un nouveau mot de passe à chaque identifiant et supprimer ceux qui sont cochés</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop after the logins being changed now</source>
        <translation>Arrêter après les identifiants en cours de modification</translation>
    </message>
    <message>
        <source>Try the failed ones again</source>
        <translation>Réessayer ceux en échec</translation>
    </message>
    <message>
        <source>Try the logins that failed again</source>
        <translation>Réessayer les identifiants en échec</translation>
    </message>
    <message>
        <source>Logins done</source>
        <translation>Identifiants traités</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Where each new password is kept</source>
        <translation>Où chaque nouveau mot de passe est gardé</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Copier la liste</translation>
    </message>
    <message>
        <source>Copy the list of logins and where their passwords are kept</source>
        <translation>Copier la liste des identifiants et l’endroit où leurs mots de passe sont gardés</translation>
    </message>
    <message>
        <source>Some logins could not be read, so they are not in the list:
%1</source>
        <translation>Certains identifiants n’ont pas pu être lus&#xa0;; ils ne sont donc pas dans la liste&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Your account has no SMTP logins. There is nothing to reset.</source>
        <translation>Votre compte n’a aucun identifiant SMTP. Il n’y a rien à réinitialiser.</translation>
    </message>
    <message>
        <source>Reset the SMTP passwords</source>
        <translation>Réinitialiser les mots de passe SMTP</translation>
    </message>
    <message>
        <source>Reset the SMTP passwords now?</source>
        <translation>Réinitialiser les mots de passe SMTP maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Logins that get a new password, kept in this computer&apos;s keychain: %1.</source>
        <translation>Identifiants qui reçoivent un nouveau mot de passe, gardé dans le trousseau de clés de cet ordinateur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Logins that will be deleted: %1.</source>
        <translation>Identifiants qui seront supprimés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Websites and apps that send email with the old passwords stop sending until you give them the new ones.</source>
        <translation>Les sites web et applications qui envoient des e-mails avec les anciens mots de passe n’enverront plus rien tant que vous ne leur aurez pas donné les nouveaux.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Reading your domains and their SMTP logins…</source>
        <translation>Lecture de vos domaines et de leurs identifiants SMTP…</translation>
    </message>
    <message>
        <source>Giving each login its new password…</source>
        <translation>Attribution du nouveau mot de passe à chaque identifiant…</translation>
    </message>
    <message>
        <source>Done. Logins changed: %1. Each new password is in this computer&apos;s keychain. Click a login to see its password.</source>
        <translation>Terminé. Identifiants modifiés&#xa0;: %1. Chaque nouveau mot de passe se trouve dans le trousseau de clés de cet ordinateur. Cliquez sur un identifiant pour voir son mot de passe.</translation>
    </message>
    <message>
        <source>Click a login in the list to see its new password.</source>
        <translation>Cliquez sur un identifiant dans la liste pour voir son nouveau mot de passe.</translation>
    </message>
    <message>
        <source>New password for %1 (server %2):</source>
        <translation>Nouveau mot de passe pour %1 (serveur %2)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 | server %2, port 587 | new password in the keychain &quot;%3&quot;, entry %4</source>
        <translation>%1 | serveur %2, port 587 | nouveau mot de passe dans le trousseau de clés «&#xa0;%3&#xa0;», entrée %4</translation>
    </message>
    <message>
        <source>%1 | deleted</source>
        <translation>%1 | supprimé</translation>
    </message>
    <message>
        <source>%1 | not changed: the old password still works</source>
        <translation>%1 | pas modifié&#xa0;: l’ancien mot de passe fonctionne toujours</translation>
    </message>
    <message>
        <source>The program can give every SMTP login of every domain a new password and keep each one in this computer&apos;s keychain. You can also delete logins nobody on your team knows. First look at the list: nothing changes until you agree.</source>
        <translation>Le programme peut donner un nouveau mot de passe à chaque identifiant SMTP de chaque domaine, et garder chacun dans le trousseau de clés de cet ordinateur. Vous pouvez aussi supprimer les identifiants que personne dans votre équipe ne connaît. Commencez par regarder la liste&#xa0;: rien ne change tant que vous n’êtes pas d’accord.</translation>
    </message>
    <message>
        <source>SMTP logins found: %1. Every login gets a new password. Tick Delete for logins nobody on your team knows.</source>
        <translation>Identifiants SMTP trouvés&#xa0;: %1. Chaque identifiant reçoit un nouveau mot de passe. Cochez «&#xa0;Supprimer&#xa0;» pour les identifiants que personne dans votre équipe ne connaît.</translation>
    </message>
    <message>
        <source>Logins changed: %1. Not changed: %2. The logins marked ✘ still have their old password (point at a row to read why); those marked ? may have the new one. Try again: the same new passwords are sent, nothing is guessed.</source>
        <translation>Identifiants modifiés&#xa0;: %1. Non modifiés&#xa0;: %2. Les identifiants marqués ✘ ont toujours leur ancien mot de passe (placez le pointeur sur une ligne pour savoir pourquoi)&#xa0;; ceux marqués&#xa0;? ont peut-être le nouveau. Réessayez&#xa0;: ce sont les mêmes nouveaux mots de passe qui sont envoyés, rien n’est deviné.</translation>
    </message>
</context>
<context>
    <name>StepGuide</name>
    <message>
        <source>Open the Mailgun Control Panel (app.mailgun.com)</source>
        <translation>Ouvrir le Control Panel de Mailgun (app.mailgun.com)</translation>
    </message>
    <message>
        <source>Read Mailgun&apos;s advice for a misused account</source>
        <translation>Lire les conseils de Mailgun en cas de compte utilisé frauduleusement</translation>
    </message>
    <message>
        <source>Find out how the key leaked</source>
        <translation>Trouver comment la clé a fui</translation>
    </message>
    <message>
        <source>Someone used your Mailgun account without permission. Before you change anything, find out how they got in. If the hole stays open, your new keys and passwords will leak the same way. An API key is a long password that lets your website and apps use Mailgun.</source>
        <translation>Quelqu’un a utilisé votre compte Mailgun sans autorisation. Avant de modifier quoi que ce soit, trouvez comment cette personne est entrée. Si la faille reste ouverte, vos nouvelles clés et vos nouveaux mots de passe fuiront de la même façon. Une clé API est un long mot de passe qui permet à votre site web et à vos applications d’utiliser Mailgun.</translation>
    </message>
    <message>
        <source>Sign in to the Mailgun Control Panel at app.mailgun.com.</source>
        <translation>Connectez-vous au Control Panel de Mailgun sur app.mailgun.com.</translation>
    </message>
    <message>
        <source>Look at the routes and webhooks of each domain. A route or webhook you did not create can send copies of your mail to someone else: write it down and delete it.</source>
        <translation>Regardez les routes et les webhooks de chaque domaine. Une route ou un webhook que vous n’avez pas créé peut envoyer des copies de votre courrier à quelqu’un d’autre&#xa0;: notez-le et supprimez-le.</translation>
    </message>
    <message>
        <source>Ask the person who looks after your website to check it, using the list below.</source>
        <translation>Demandez à la personne qui s’occupe de votre site web de le vérifier, à l’aide de la liste ci-dessous.</translation>
    </message>
    <message>
        <source>Open the list of API keys (API Security)</source>
        <translation>Ouvrir la liste des clés API (API Security)</translation>
    </message>
    <message>
        <source>My website does not show its private settings files</source>
        <translation>Mon site web ne montre pas ses fichiers de réglages privés</translation>
    </message>
    <message>
        <source>Files such as .env, phpinfo pages and backups must not open in a web browser, and &quot;debug mode&quot; must be off. Your web developer or hosting provider can check this.</source>
        <translation>Les fichiers comme .env, les pages phpinfo et les sauvegardes ne doivent pas s’ouvrir dans un navigateur web, et le «&#xa0;mode débogage&#xa0;» doit être désactivé. Votre développeur web ou votre hébergeur peut le vérifier.</translation>
    </message>
    <message>
        <source>Search your projects on GitHub, GitLab or Bitbucket, public ones especially, for your Mailgun key or SMTP password.</source>
        <translation>Cherchez votre clé Mailgun ou votre mot de passe SMTP dans vos projets sur GitHub, GitLab ou Bitbucket, surtout les projets publics.</translation>
    </message>
    <message>
        <source>I looked at the list of API keys</source>
        <translation>J’ai regardé la liste des clés API</translation>
    </message>
    <message>
        <source>I looked at the SMTP logins of every domain</source>
        <translation>J’ai regardé les identifiants SMTP de chaque domaine</translation>
    </message>
    <message>
        <source>SMTP logins are the user names and passwords that programs use to send email. You will reset them in step 3.</source>
        <translation>Les identifiants SMTP sont les noms d’utilisateur et mots de passe que les programmes utilisent pour envoyer des e-mails. Vous les réinitialiserez à l’étape 3.</translation>
    </message>
    <message>
        <source>Replace the private API key</source>
        <translation>Remplacer la clé API privée</translation>
    </message>
    <message>
        <source>Open Account settings, then API Security (or use the link below).</source>
        <translation>Ouvrez Account settings, puis API Security (ou utilisez le lien ci-dessous).</translation>
    </message>
    <message>
        <source>Copy the new key at once and keep it somewhere safe, such as a password manager. Mailgun shows it only once.</source>
        <translation>Copiez tout de suite la nouvelle clé et gardez-la en lieu sûr, par exemple dans un gestionnaire de mots de passe. Mailgun ne l’affiche qu’une seule fois.</translation>
    </message>
    <message>
        <source>Put the new key into every website and app that uses Mailgun. Check that each one can still send email.</source>
        <translation>Mettez la nouvelle clé dans chaque site web et chaque application qui utilise Mailgun. Vérifiez que chacun peut encore envoyer des e-mails.</translation>
    </message>
    <message>
        <source>I created a new API key</source>
        <translation>J’ai créé une nouvelle clé API</translation>
    </message>
    <message>
        <source>I saved the new key in a safe place</source>
        <translation>J’ai enregistré la nouvelle clé en lieu sûr</translation>
    </message>
    <message>
        <source>My websites and apps use the new key</source>
        <translation>Mes sites web et applications utilisent la nouvelle clé</translation>
    </message>
    <message>
        <source>I deleted every old API key</source>
        <translation>J’ai supprimé toutes les anciennes clés API</translation>
    </message>
    <message>
        <source>Reset the SMTP passwords</source>
        <translation>Réinitialiser les mots de passe SMTP</translation>
    </message>
    <message>
        <source>Open Sending, then Domain settings. Choose a domain at the top, then open SMTP credentials.</source>
        <translation>Ouvrez Sending, puis Domain settings. Choisissez un domaine en haut, puis ouvrez SMTP credentials.</translation>
    </message>
    <message>
        <source>For each login, choose Reset password. Copy the new password and keep it somewhere safe: Mailgun shows it only once.</source>
        <translation>Pour chaque identifiant, choisissez «&#xa0;Reset password&#xa0;». Copiez le nouveau mot de passe et gardez-le en lieu sûr&#xa0;: Mailgun ne l’affiche qu’une seule fois.</translation>
    </message>
    <message>
        <source>Do the same for every domain. If you have domains in both the US and the EU region, switch region and do those too.</source>
        <translation>Faites de même pour chaque domaine. Si vous avez des domaines dans les deux régions, US et EU, changez de région et traitez-les aussi.</translation>
    </message>
    <message>
        <source>Put the new passwords into the websites and apps that send email with them.</source>
        <translation>Mettez les nouveaux mots de passe dans les sites web et applications qui envoient des e-mails avec eux.</translation>
    </message>
    <message>
        <source>Every SMTP login has a new password</source>
        <translation>Chaque identifiant SMTP a un nouveau mot de passe</translation>
    </message>
    <message>
        <source>On every domain, in both regions (US and EU) if you use both.</source>
        <translation>Sur chaque domaine, dans les deux régions (US et EU) si vous utilisez les deux.</translation>
    </message>
    <message>
        <source>If every login is known, tick this.</source>
        <translation>Si tous les identifiants sont connus, cochez cette case.</translation>
    </message>
    <message>
        <source>My websites and apps use the new passwords</source>
        <translation>Mes sites web et applications utilisent les nouveaux mots de passe</translation>
    </message>
    <message>
        <source>Reset every user&apos;s password</source>
        <translation>Réinitialiser le mot de passe de chaque utilisateur</translation>
    </message>
    <message>
        <source>Anyone who can sign in to your Mailgun account can create new keys. So every person with access must choose a new password, including you.</source>
        <translation>Toute personne qui peut se connecter à votre compte Mailgun peut créer de nouvelles clés. Chaque personne qui y a accès doit donc choisir un nouveau mot de passe, vous compris.</translation>
    </message>
    <message>
        <source>In the Control Panel, open Account settings, then Users, to see who has access.</source>
        <translation>Dans le Control Panel, ouvrez Account settings, puis Users, pour voir qui a accès au compte.</translation>
    </message>
    <message>
        <source>Remove anyone who should no longer have access.</source>
        <translation>Retirez toute personne qui ne devrait plus avoir accès.</translation>
    </message>
    <message>
        <source>Ask each person to go to app.mailgun.com, click &quot;Forgot password?&quot; and enter their email address.</source>
        <translation>Demandez à chaque personne d’aller sur app.mailgun.com, de cliquer sur «&#xa0;Forgot password?&#xa0;» et de saisir son adresse e-mail.</translation>
    </message>
    <message>
        <source>They receive an email with a link. The link works for 20 minutes only, so they should use it straight away. If it has expired, they can ask for a new one.</source>
        <translation>Elle reçoit un e-mail avec un lien. Le lien n’est valable que 20 minutes&#xa0;: il faut donc l’utiliser tout de suite. S’il a expiré, elle peut en demander un nouveau.</translation>
    </message>
    <message>
        <source>Each person chooses a new password that they have never used anywhere else.</source>
        <translation>Chaque personne choisit un nouveau mot de passe qu’elle n’a jamais utilisé ailleurs.</translation>
    </message>
    <message>
        <source>Open the Mailgun sign-in page (with &quot;Forgot password?&quot;)</source>
        <translation>Ouvrir la page de connexion de Mailgun (avec «&#xa0;Forgot password?&#xa0;»)</translation>
    </message>
    <message>
        <source>I removed users who should no longer have access</source>
        <translation>J’ai retiré les utilisateurs qui ne devraient plus avoir accès</translation>
    </message>
    <message>
        <source>Account settings, then Users. If everyone should keep access, tick this.</source>
        <translation>Account settings, puis Users. Si tout le monde doit garder son accès, cochez cette case.</translation>
    </message>
    <message>
        <source>I reset my own password</source>
        <translation>J’ai réinitialisé mon propre mot de passe</translation>
    </message>
    <message>
        <source>Every other user reset their password</source>
        <translation>Tous les autres utilisateurs ont réinitialisé leur mot de passe</translation>
    </message>
    <message>
        <source>Ask each of them. If you are the only user, tick this.</source>
        <translation>Demandez-le à chacun d’eux. Si vous êtes le seul utilisateur, cochez cette case.</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation>Activer la connexion à deux facteurs</translation>
    </message>
    <message>
        <source>Install an authenticator app on your phone, for example Google Authenticator or Microsoft Authenticator.</source>
        <translation>Installez une application d’authentification sur votre téléphone, par exemple Google Authenticator ou Microsoft Authenticator.</translation>
    </message>
    <message>
        <source>Sign in at app.mailgun.com. Open your profile (your name at the top), then Security.</source>
        <translation>Connectez-vous sur app.mailgun.com. Ouvrez votre profil (votre nom, en haut), puis Security.</translation>
    </message>
    <message>
        <source>Type the code the app shows to confirm. If Mailgun gives you recovery codes, keep them somewhere safe: you need them if you lose your phone.</source>
        <translation>Tapez le code affiché par l’application pour confirmer. Si Mailgun vous donne des codes de secours (recovery codes), gardez-les en lieu sûr&#xa0;: vous en aurez besoin si vous perdez votre téléphone.</translation>
    </message>
    <message>
        <source>Ask every other user to do the same.</source>
        <translation>Demandez à tous les autres utilisateurs de faire de même.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on for my own user</source>
        <translation>La connexion à deux facteurs est activée pour mon propre utilisateur</translation>
    </message>
    <message>
        <source>Every other user turned on two-factor sign-in</source>
        <translation>Tous les autres utilisateurs ont activé la connexion à deux facteurs</translation>
    </message>
    <message>
        <source>Tell Mailgun support</source>
        <translation>Prévenir l’assistance Mailgun</translation>
    </message>
    <message>
        <source>Mailgun&apos;s support team can check your account, lift limits placed on it and watch for more misuse. Tell them what happened and what you have done. Your hosting provider can help find how the key was stolen.</source>
        <translation>L’équipe d’assistance de Mailgun peut vérifier votre compte, lever les limites qui lui ont été imposées et surveiller tout nouvel abus. Expliquez-lui ce qui s’est passé et ce que vous avez fait. Votre hébergeur peut vous aider à trouver comment la clé a été volée.</translation>
    </message>
    <message>
        <source>Open the Mailgun support page (link below), sign in and open a new ticket.</source>
        <translation>Ouvrez la page d’assistance de Mailgun (lien ci-dessous), connectez-vous et créez une nouvelle demande (ticket).</translation>
    </message>
    <message>
        <source>Say that your account was misused, when you first noticed it, and what you found in step 1.</source>
        <translation>Expliquez que votre compte a été utilisé frauduleusement, quand vous l’avez remarqué pour la première fois, et ce que vous avez trouvé à l’étape 1.</translation>
    </message>
    <message>
        <source>List what you have done: new API key, old keys deleted, SMTP passwords reset, user passwords reset, two-factor sign-in turned on.</source>
        <translation>Indiquez ce que vous avez fait&#xa0;: nouvelle clé API, anciennes clés supprimées, mots de passe SMTP réinitialisés, mots de passe des utilisateurs réinitialisés, connexion à deux facteurs activée.</translation>
    </message>
    <message>
        <source>Never paste a key or a password into the ticket.</source>
        <translation>Ne collez jamais une clé ou un mot de passe dans la demande.</translation>
    </message>
    <message>
        <source>Tell your hosting provider or web developer, so they can check your website and server.</source>
        <translation>Prévenez votre hébergeur ou votre développeur web, pour qu’il vérifie votre site web et votre serveur.</translation>
    </message>
    <message>
        <source>Open the Mailgun support page</source>
        <translation>Ouvrir la page d’assistance de Mailgun</translation>
    </message>
    <message>
        <source>See whether Mailgun is working normally (status page)</source>
        <translation>Voir si Mailgun fonctionne normalement (page d’état)</translation>
    </message>
    <message>
        <source>I told Mailgun support what I found and did</source>
        <translation>J’ai signalé à l’assistance Mailgun ce que j’ai trouvé et fait</translation>
    </message>
    <message>
        <source>I told my hosting provider or web developer</source>
        <translation>J’ai prévenu mon hébergeur ou mon développeur web</translation>
    </message>
    <message>
        <source>If nobody looks after your website for you, tick this.</source>
        <translation>Si personne ne s’occupe de votre site web pour vous, cochez cette case.</translation>
    </message>
    <message>
        <source>If a key or password is there, remove it and replace that key or password again.</source>
        <translation>Si une clé ou un mot de passe s’y trouve, retirez-le et remplacez de nouveau cette clé ou ce mot de passe.</translation>
    </message>
    <message>
        <source>Open Account settings, then API Security. Note every API key that you do not recognize.</source>
        <translation>Ouvrez Account settings, puis API Security. Notez chaque clé API que vous ne reconnaissez pas.</translation>
    </message>
    <message>
        <source>For each domain, open Sending, then Domain settings, then SMTP credentials. Note every login that nobody on your team recognizes.</source>
        <translation>Pour chaque domaine, ouvrez Sending, puis Domain settings, puis SMTP credentials. Notez chaque identifiant que personne dans votre équipe ne reconnaît.</translation>
    </message>
    <message>
        <source>My code online does not contain the key</source>
        <translation>Mon code en ligne ne contient pas la clé</translation>
    </message>
    <message>
        <source>Note the keys you do not recognize. You will delete the old keys in step 2.</source>
        <translation>Notez les clés que vous ne reconnaissez pas. Vous supprimerez les anciennes clés à l’étape 2.</translation>
    </message>
    <message>
        <source>I removed routes and webhooks that nobody on my team created</source>
        <translation>J’ai supprimé les routes et les webhooks que personne dans mon équipe n’a créés</translation>
    </message>
    <message>
        <source>Delete every old key in the list, including keys you do not recognize. A deleted key stops working at once.</source>
        <translation>Supprimez toutes les anciennes clés de la liste, y compris celles que vous ne reconnaissez pas. Une clé supprimée cesse de fonctionner immédiatement.</translation>
    </message>
    <message>
        <source>SMTP credentials are the user names and passwords that programs use to send email through Mailgun, for example postmaster@mg.example.com. Each domain has its own. Attackers use them to send spam, so give every login a new password and delete the logins nobody recognizes.</source>
        <translation>Les identifiants SMTP (SMTP credentials) sont les noms d’utilisateur et mots de passe que les programmes utilisent pour envoyer des e-mails par Mailgun, par exemple postmaster@mg.example.com. Chaque domaine a les siens. Les attaquants s’en servent pour envoyer du spam&#xa0;: donnez donc un nouveau mot de passe à chaque identifiant et supprimez ceux que personne ne reconnaît.</translation>
    </message>
    <message>
        <source>Delete every login that nobody on your team recognizes.</source>
        <translation>Supprimez chaque identifiant que personne dans votre équipe ne reconnaît.</translation>
    </message>
    <message>
        <source>I deleted the SMTP logins nobody recognizes</source>
        <translation>J’ai supprimé les identifiants SMTP que personne ne reconnaît</translation>
    </message>
    <message>
        <source>Two-factor sign-in (2FA) means a password alone is not enough to sign in: Mailgun also asks for a code from an app on your phone. Even if a password leaks again, nobody can sign in without that phone.</source>
        <translation>Avec la connexion à deux facteurs (2FA), un mot de passe seul ne suffit plus pour se connecter&#xa0;: Mailgun demande aussi un code donné par une application sur votre téléphone. Même si un mot de passe fuit de nouveau, personne ne peut se connecter sans ce téléphone.</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in and scan the square code on the screen with the app.</source>
        <translation>Activez la connexion à deux facteurs et scannez avec l’application le code carré affiché à l’écran.</translation>
    </message>
    <message>
        <source>Read Mailgun&apos;s help page about two-factor sign-in (2FA)</source>
        <translation>Lire la page d’aide de Mailgun sur la connexion à deux facteurs (2FA)</translation>
    </message>
    <message>
        <source>I checked again that my code online holds no key</source>
        <translation>J’ai vérifié de nouveau que mon code en ligne ne contient aucune clé</translation>
    </message>
    <message>
        <source>I updated WordPress and its plugins</source>
        <translation>J’ai mis à jour WordPress et ses extensions</translation>
    </message>
    <message>
        <source>Thieves often steal keys through old plugins, especially email plugins. If you do not use WordPress, tick this.</source>
        <translation>Les pirates volent souvent des clés via des extensions anciennes, surtout les extensions d’e-mail. Si vous n’utilisez pas WordPress, cochez cette case.</translation>
    </message>
    <message>
        <source>If you have none, or all of them belong to you, tick this.</source>
        <translation>Si vous n’en avez aucun, ou s’ils vous appartiennent tous, cochez cette case.</translation>
    </message>
    <message>
        <source>The leaked API key keeps working until you delete it. A new key alone does not help. First create a new key and put it into your websites and apps, then delete every old key.</source>
        <translation>La clé API divulguée fonctionne tant que vous ne la supprimez pas. Une nouvelle clé seule ne suffit pas. Créez d’abord une nouvelle clé et mettez-la dans vos sites web et vos applications, puis supprimez toutes les anciennes clés.</translation>
    </message>
    <message>
        <source>Create a new key. Give it a name that says where you will use it, for example &quot;Website&quot;.</source>
        <translation>Créez une nouvelle clé. Donnez-lui un nom qui indique où vous allez l’utiliser, par exemple «&#xa0;Site web&#xa0;».</translation>
    </message>
    <message>
        <source>A password manager works best. Never send a key by email or chat.</source>
        <translation>Utilisez de préférence un gestionnaire de mots de passe. N’envoyez jamais une clé par e-mail ou par messagerie instantanée.</translation>
    </message>
    <message>
        <source>Send a test email from each one to check.</source>
        <translation>Envoyez un e-mail de test depuis chacun pour vérifier.</translation>
    </message>
    <message>
        <source>Only the new key stays in the list.</source>
        <translation>Seule la nouvelle clé reste dans la liste.</translation>
    </message>
</context>
<context>
    <name>StepListPanel</name>
    <message>
        <source>Your progress</source>
        <translation>Votre progression</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Connect to Mailgun</source>
        <translation>Se connecter à Mailgun</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>pas encore terminée</translation>
    </message>
    <message>
        <source>%1, you are here</source>
        <translation>%1, vous êtes ici</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Vous êtes ici</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Pas encore terminée</translation>
    </message>
    <message>
        <source>You chose the practice account. Nothing real changes.</source>
        <translation>Vous avez choisi le compte d’entraînement. Rien de réel ne change.</translation>
    </message>
</context>
<context>
    <name>SubaccountDisableController</name>
    <message>
        <source>Disabling stops the subaccount&apos;s API keys from working and makes its dashboard read-only. Its keys, domains and history stay as evidence. You can enable it again later in the Control Panel.</source>
        <translation>Une fois désactivé, le sous-compte ne peut plus utiliser ses clés API et son tableau de bord passe en lecture seule. Ses clés, ses domaines et son historique restent comme preuves. Vous pourrez le réactiver plus tard dans le Control Panel.</translation>
    </message>
    <message>
        <source>Disable the subaccount “%1”?</source>
        <translation>Désactiver le sous-compte «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The subaccount was not disabled, because the record of your recovery could not be saved.</source>
        <translation>Le sous-compte n’a pas été désactivé, car le journal de votre récupération n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>It is not known whether the subaccount “%1” is disabled: Mailgun&apos;s list of subaccounts could not be read. Check it in the Control Panel.</source>
        <translation>On ne sait pas si le sous-compte «&#xa0;%1&#xa0;» est désactivé&#xa0;: la liste des sous-comptes de Mailgun n’a pas pu être lue. Vérifiez-le dans le Control Panel.</translation>
    </message>
    <message>
        <source>The subaccount “%1” is disabled.</source>
        <translation>Le sous-compte «&#xa0;%1&#xa0;» est désactivé.</translation>
    </message>
    <message>
        <source>Mailgun did not disable the subaccount “%1”; it is still %2.</source>
        <translation>Mailgun n’a pas désactivé le sous-compte «&#xa0;%1&#xa0;»&#xa0;; son état est toujours&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Mailgun no longer lists the subaccount “%1”.</source>
        <translation>Mailgun n’affiche plus le sous-compte «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SubaccountDisablePanel</name>
    <message>
        <source>Disable this subaccount…</source>
        <translation>Désactiver ce sous-compte…</translation>
    </message>
    <message>
        <source>This subaccount is disabled.</source>
        <translation>Ce sous-compte est désactivé.</translation>
    </message>
    <message>
        <source>This subaccount is closed.</source>
        <translation>Ce sous-compte est fermé.</translation>
    </message>
    <message>
        <source>Disable the subaccount?</source>
        <translation>Désactiver le sous-compte&#xa0;?</translation>
    </message>
    <message>
        <source>Disable the subaccount “%1”?</source>
        <translation>Désactiver le sous-compte «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Disable it</source>
        <translation>Le désactiver</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
    <message>
        <source>Disabled by the program.</source>
        <translation>Désactivé par le programme.</translation>
    </message>
    <message>
        <source>Disabling it…</source>
        <translation>Désactivation…</translation>
    </message>
    <message>
        <source>If nobody on your team made it, disable it. It can be enabled again later.</source>
        <translation>Si personne dans votre équipe ne l’a créé, désactivez-le. Il pourra être réactivé plus tard.</translation>
    </message>
</context>
<context>
    <name>SubaccountHoldingsText</name>
    <message>
        <source>It has no API keys.</source>
        <translation>Il n’a aucune clé API.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n API key(s): %1.</source>
        <translation>
            <numerusform>Il a %n clé API&#xa0;: %1.</numerusform>
            <numerusform>Il a %n clés API&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>its API keys</source>
        <translation>ses clés API</translation>
    </message>
    <message>
        <source>its domains in the %1</source>
        <translation>ses domaines dans la région %1</translation>
    </message>
    <message>
        <source>the SMTP logins of %1</source>
        <translation>les identifiants SMTP de %1</translation>
    </message>
    <message>
        <source>its routes in the %1</source>
        <translation>ses routes dans la région %1</translation>
    </message>
    <message>
        <source>the webhooks of %1</source>
        <translation>les webhooks de %1</translation>
    </message>
    <message>
        <source>its account webhooks in the %1</source>
        <translation>ses webhooks de compte dans la région %1</translation>
    </message>
    <message>
        <source>Its domains: %1.</source>
        <translation>Ses domaines&#xa0;: %1.</translation>
    </message>
    <message>
        <source>It has no domains.</source>
        <translation>Il n’a aucun domaine.</translation>
    </message>
    <message>
        <source>Its SMTP logins: %1.</source>
        <translation>Ses identifiants SMTP&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Its routes: %1.</source>
        <translation>Ses routes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>It has no routes.</source>
        <translation>Il n’a aucune route.</translation>
    </message>
    <message>
        <source>Its webhooks send events to: %1.</source>
        <translation>Ses webhooks envoient des événements à&#xa0;: %1.</translation>
    </message>
    <message>
        <source>It has no webhooks.</source>
        <translation>Il n’a aucun webhook.</translation>
    </message>
    <message>
        <source>The program could not list these for this subaccount, because Mailgun refused or did not answer: %1.</source>
        <extracomment>%1 lists what could not be read, e.g. &quot;its API keys, its routes in the US region&quot;.</extracomment>
        <translation>Le programme n’a pas pu lister ces éléments pour ce sous-compte, car Mailgun a refusé ou n’a pas répondu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The program could not list these for this subaccount, because Mailgun&apos;s answer was not the subaccount&apos;s own: %1.</source>
        <extracomment>%1 lists what could not be read, e.g. &quot;its API keys, its routes in the US region&quot;.</extracomment>
        <translation>Le programme n’a pas pu lister ces éléments pour ce sous-compte, car la réponse de Mailgun ne concernait pas ce sous-compte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The program could not list these for this subaccount, because Mailgun&apos;s answer was empty, like your main account&apos;s, and proves nothing: %1.</source>
        <extracomment>%1 lists what could not be read, e.g. &quot;its API keys, its routes in the US region&quot;.</extracomment>
        <translation>Le programme n’a pas pu lister ces éléments pour ce sous-compte, car la réponse de Mailgun était vide, comme celle de votre compte principal, et ne prouve donc rien&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>SubaccountStatus</name>
    <message>
        <source>open</source>
        <extracomment>A subaccount&apos;s status: it works and can send email. Used inside sentences such as &quot;It is open.&quot; or &quot;status: open&quot;.</extracomment>
        <translation>actif</translation>
    </message>
    <message>
        <source>disabled</source>
        <extracomment>A subaccount&apos;s status: its API keys stop working and its dashboard is read-only.</extracomment>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>closed</source>
        <extracomment>A subaccount&apos;s status: Mailgun closed it for good.</extracomment>
        <translation>fermé</translation>
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
            <numerusform>- et %n autre.</numerusform>
            <numerusform>- et %n autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <source>The old API key %1 STILL WORKS: Mailgun accepted it at %2. Delete it in the Control Panel now.</source>
        <translation>L’ancienne clé API %1 FONCTIONNE ENCORE&#xa0;: Mailgun l’a acceptée le %2. Supprimez-la tout de suite dans le Control Panel.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The SMTP password of %1 (%2) could not be changed (%3). Change it in the Control Panel.</source>
        <translation>Le mot de passe SMTP de %1 (%2) n’a pas pu être changé (%3). Changez-le dans le Control Panel.</translation>
    </message>
    <message>
        <source>The SMTP login %1 (%2) could not be deleted (%3). Delete it in the Control Panel.</source>
        <translation>L’identifiant SMTP %1 (%2) n’a pas pu être supprimé (%3). Supprimez-le dans le Control Panel.</translation>
    </message>
    <message>
        <source>A replacement of the API key was started and is not finished.</source>
        <translation>Un remplacement de la clé API a été commencé et n’est pas terminé.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>New passwords set: %1. Logins deleted: %2. Failed: %3.</source>
        <translation>Nouveaux mots de passe définis&#xa0;: %1. Identifiants supprimés&#xa0;: %2. Échecs&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The replacement of the API key is not finished. Open step 2 in the program to continue it.</source>
        <translation>Le remplacement de la clé API n’est pas terminé. Ouvrez l’étape 2 dans le programme pour le reprendre.</translation>
    </message>
    <message>
        <source>The reset of the SMTP passwords is not finished. Open step 3 in the program to go on.</source>
        <translation>La réinitialisation des mots de passe SMTP n’est pas terminée. Ouvrez l’étape 3 dans le programme pour continuer.</translation>
    </message>
    <message>
        <source>The old API key %1 could not be deleted. Delete it in the Control Panel.</source>
        <translation>L’ancienne clé API %1 n’a pas pu être supprimée. Supprimez-la dans le Control Panel.</translation>
    </message>
    <message>
        <source>%1 has not changed their password since the incident began.</source>
        <translation>%1 n’a pas changé son mot de passe depuis le début de l’incident.</translation>
    </message>
    <message>
        <source>%1 does not use two-factor sign-in yet.</source>
        <translation>%1 n’utilise pas encore la connexion à deux facteurs.</translation>
    </message>
    <message>
        <source>The program has not checked the users&apos; passwords and two-factor sign-in.</source>
        <translation>Le programme n’a pas vérifié les mots de passe et la connexion à deux facteurs des utilisateurs.</translation>
    </message>
    <message>
        <source>Step %1, &quot;%2&quot;: not yet confirmed: %3.</source>
        <translation>Étape %1, «&#xa0;%2&#xa0;»&#xa0;: pas encore confirmé&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) changed their password after the incident began.</source>
        <translation>
            <numerusform>Utilisateurs ayant changé leur mot de passe après le début de l’incident&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Utilisateurs ayant changé leur mot de passe après le début de l’incident&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) use two-factor sign-in.</source>
        <translation>
            <numerusform>Utilisateurs avec la connexion à deux facteurs activée&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Utilisateurs avec la connexion à deux facteurs activée&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserStatusController</name>
    <message>
        <source>The connection to Mailgun is not set up. Go back to the Connect page.</source>
        <translation>La connexion à Mailgun n’est pas configurée. Revenez à la page «&#xa0;Se connecter à Mailgun&#xa0;».</translation>
    </message>
    <message>
        <source>%1 The report will not show this check of your users.</source>
        <translation>%1 Le rapport ne montrera pas cette vérification de vos utilisateurs.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed. Make room on the disk (or make the folder writable), then try again.</source>
        <translation>%1 Rien n’a été modifié. Libérez de la place sur le disque (ou autorisez l’écriture dans le dossier), puis réessayez.</translation>
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
        <translation>Bonjour %1,

Pouvez-vous activer la connexion à deux facteurs (2FA) pour votre utilisateur Mailgun (%2)&#xa0;? Cela prend cinq minutes&#xa0;:

1. Installez une application d’authentification sur votre téléphone, par exemple Google Authenticator ou Microsoft Authenticator.
2. Connectez-vous sur https://app.mailgun.com. Cliquez sur votre nom en haut, puis sur Security.
3. Activez la connexion à deux facteurs et scannez le code carré avec l’application.
4. Tapez le code affiché par l’application pour confirmer. Gardez en lieu sûr les éventuels codes de secours (recovery codes).

Page d’aide de Mailgun&#xa0;: %3
</translation>
    </message>
    <message>
        <source>This API key is not allowed to read the list of users: only a key with the Admin role can. The step can still be done by hand: follow the instructions and confirm each item when it is done.</source>
        <translation>Cette clé API n’a pas le droit de lire la liste des utilisateurs&#xa0;: seule une clé avec le rôle Admin le peut. Vous pouvez quand même faire cette étape à la main&#xa0;: suivez les instructions et confirmez chaque point une fois qu’il est fait.</translation>
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
        <translation>%1, propriétaire</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Pas terminée</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Turned on, but the code from the phone app was never confirmed.</source>
        <translation>Activée, mais le code de l’application du téléphone n’a jamais été confirmé.</translation>
    </message>
    <message>
        <source>When the password was last changed</source>
        <translation>Date du dernier changement de mot de passe</translation>
    </message>
    <message>
        <source>Whether two-factor sign-in is on</source>
        <translation>Si la connexion à deux facteurs est activée</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Deux facteurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reset link</source>
        <translation>Lien de réinitialisation</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
</context>
<context>
    <name>UserStatusPanel</name>
    <message>
        <source>&lt;b&gt;Check who has a new password&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vérifier qui a un nouveau mot de passe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check who has two-factor sign-in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vérifier qui a la connexion à deux facteurs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Check the users&apos; passwords again</source>
        <translation>Vérifier de nouveau les mots de passe des utilisateurs</translation>
    </message>
    <message>
        <source>Check the users&apos; two-factor sign-in again</source>
        <translation>Vérifier de nouveau la connexion à deux facteurs des utilisateurs</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>Lecture des utilisateurs</translation>
    </message>
    <message>
        <source>Reading the account&apos;s users...</source>
        <translation>Lecture des utilisateurs du compte...</translation>
    </message>
    <message>
        <source>The program cannot change anyone&apos;s password, but it can check who has. Each person asks Mailgun for a reset email and chooses a new password. Only a change after the incident started (%1) counts.</source>
        <translation>Le programme ne peut changer le mot de passe de personne, mais il peut vérifier qui l’a changé. Chaque personne demande à Mailgun un e-mail de réinitialisation et choisit un nouveau mot de passe. Seul un changement fait après le début de l’incident (%1) compte.</translation>
    </message>
    <message>
        <source>Practice account: &quot;Practice reset&quot; pretends the person did it; then click Refresh.</source>
        <translation>Compte d’entraînement&#xa0;: «&#xa0;Entraînement&#xa0;: réinitialiser&#xa0;» fait comme si la personne l’avait fait&#xa0;; cliquez ensuite sur «&#xa0;Actualiser&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;Reset...&quot; opens Mailgun&apos;s reset page and copies the person&apos;s email address, ready to paste there.</source>
        <translation>«&#xa0;Réinitialiser...&#xa0;» ouvre la page de réinitialisation de Mailgun et copie l’adresse e-mail de la personne, prête à être collée.</translation>
    </message>
    <message>
        <source>The program cannot turn on two-factor sign-in for anyone, but it can check who has. Each person signs in at app.mailgun.com, clicks their name, then Security, and turns it on with a phone app. &lt;a href=&quot;%1&quot;&gt;Mailgun&apos;s help page&lt;/a&gt; explains each step.</source>
        <translation>Le programme ne peut activer la connexion à deux facteurs pour personne, mais il peut vérifier qui l’a fait. Chaque personne se connecte sur app.mailgun.com, clique sur son nom, puis sur Security, et l’active avec une application sur son téléphone. &lt;a href=&quot;%1&quot;&gt;La page d’aide de Mailgun&lt;/a&gt; explique chaque étape.</translation>
    </message>
    <message>
        <source>Practice account: &quot;Practice: turn on&quot; pretends the person did it; then click Refresh.</source>
        <translation>Compte d’entraînement&#xa0;: «&#xa0;Entraînement&#xa0;: activer&#xa0;» fait comme si la personne l’avait fait&#xa0;; cliquez ensuite sur «&#xa0;Actualiser&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;Copy how-to&quot; copies these steps, ready to email to the person.</source>
        <translation>«&#xa0;Copier les instructions&#xa0;» copie ces étapes, prêtes à être envoyées par e-mail à la personne.</translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <translation>Vérifié à %1.</translation>
    </message>
    <message>
        <source>You can also tick the items below by hand when they are done.</source>
        <translation>Vous pouvez aussi cocher à la main les points ci-dessous une fois qu’ils sont faits.</translation>
    </message>
    <message>
        <source>Mailgun listed no users for this account. Tick the items below by hand.</source>
        <translation>Mailgun n’a indiqué aucun utilisateur pour ce compte. Cochez à la main les points ci-dessous.</translation>
    </message>
    <message>
        <source>Everyone has chosen a new password since the incident started.</source>
        <translation>Tout le monde a choisi un nouveau mot de passe depuis le début de l’incident.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 people still have to choose a new password.</source>
        <translation>
            <numerusform>%n personne sur %1 doit encore choisir un nouveau mot de passe.</numerusform>
            <numerusform>%n personnes sur %1 doivent encore choisir un nouveau mot de passe.</numerusform>
        </translation>
    </message>
    <message>
        <source>One thing only you can decide: is everyone in this list someone who should still have access? Remove anyone who should not in the Control Panel, then tick the first item below.</source>
        <translation>Une chose que vous seul pouvez décider&#xa0;: chaque personne de cette liste doit-elle encore avoir accès&#xa0;? Retirez dans le Control Panel celles qui ne le devraient pas, puis cochez le premier point ci-dessous.</translation>
    </message>
    <message>
        <source>This step is done.</source>
        <translation>Cette étape est terminée.</translation>
    </message>
    <message>
        <source>Everyone has two-factor sign-in turned on. This step is done.</source>
        <translation>Tout le monde a activé la connexion à deux facteurs. Cette étape est terminée.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 people still have to turn on two-factor sign-in.</source>
        <translation>
            <numerusform>%n personne sur %1 doit encore activer la connexion à deux facteurs.</numerusform>
            <numerusform>%n personnes sur %1 doivent encore activer la connexion à deux facteurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice account could not be changed. Go back to the Connect page and choose the practice account again.</source>
        <translation>Le compte d’entraînement n’a pas pu être modifié. Revenez à la page «&#xa0;Se connecter à Mailgun&#xa0;» et choisissez de nouveau le compte d’entraînement.</translation>
    </message>
    <message>
        <source>Practice: %1 has now chosen a new password in the practice account. With a real account, they would click the link in Mailgun&apos;s email within 20 minutes. Click Refresh to check.</source>
        <translation>Entraînement&#xa0;: %1 a maintenant choisi un nouveau mot de passe dans le compte d’entraînement. Avec un vrai compte, la personne cliquerait sur le lien de l’e-mail de Mailgun dans les 20 minutes. Cliquez sur «&#xa0;Actualiser&#xa0;» pour vérifier.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s sign-in page is open in your browser and %1 is copied. Click &quot;Forgot password?&quot;, paste the address and send the request. Mailgun emails %2 a link that works for 20 minutes, so ask them to use it straight away. When they are done, click Refresh.</source>
        <translation>La page de connexion de Mailgun est ouverte dans votre navigateur et %1 est copié. Cliquez sur «&#xa0;Forgot password?&#xa0;», collez l’adresse et envoyez la demande. Mailgun envoie à %2 un e-mail avec un lien valable 20 minutes&#xa0;: demandez-lui de l’utiliser tout de suite. Quand c’est fait, cliquez sur «&#xa0;Actualiser&#xa0;».</translation>
    </message>
    <message>
        <source>The browser could not be opened. Go to %1 yourself and click &quot;Forgot password?&quot;; %2 is copied, ready to paste. Mailgun emails %3 a link that works for 20 minutes.</source>
        <translation>Impossible d’ouvrir le navigateur. Allez vous-même sur %1 et cliquez sur «&#xa0;Forgot password?&#xa0;»&#xa0;; %2 est copié, prêt à être collé. Mailgun envoie à %3 un e-mail avec un lien valable 20 minutes.</translation>
    </message>
    <message>
        <source>Practice: %1 has now turned on two-factor sign-in in the practice account. Click Refresh to check.</source>
        <translation>Entraînement&#xa0;: %1 a maintenant activé la connexion à deux facteurs dans le compte d’entraînement. Cliquez sur «&#xa0;Actualiser&#xa0;» pour vérifier.</translation>
    </message>
    <message>
        <source>The instructions for %1 are copied. Paste them into an email to %2. When they are done, click Refresh.</source>
        <translation>Les instructions pour %1 sont copiées. Collez-les dans un e-mail à %2. Quand c’est fait, cliquez sur «&#xa0;Actualiser&#xa0;».</translation>
    </message>
</context>
<context>
    <name>UserStatusTable</name>
    <message>
        <source>Users of the account and whether each has a new password</source>
        <translation>Les utilisateurs du compte, et si chacun a un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Users of the account and whether each has two-factor sign-in</source>
        <translation>Les utilisateurs du compte, et si chacun a la connexion à deux facteurs</translation>
    </message>
    <message>
        <source>Practice reset</source>
        <translation>Entraînement&#xa0;: réinitialiser</translation>
    </message>
    <message>
        <source>Practice: pretend %1 reset their password</source>
        <translation>Entraînement&#xa0;: faire comme si %1 avait réinitialisé son mot de passe</translation>
    </message>
    <message>
        <source>Practice account only: pretends that %1 asked for a reset email and chose a new password. Click Refresh afterwards to check.</source>
        <translation>Compte d’entraînement seulement&#xa0;: fait comme si %1 avait demandé un e-mail de réinitialisation et choisi un nouveau mot de passe. Cliquez ensuite sur «&#xa0;Actualiser&#xa0;» pour vérifier.</translation>
    </message>
    <message>
        <source>Reset...</source>
        <translation>Réinitialiser...</translation>
    </message>
    <message>
        <source>Open Mailgun&apos;s password reset page for %1</source>
        <translation>Ouvrir la page de réinitialisation du mot de passe de Mailgun pour %1</translation>
    </message>
    <message>
        <source>Opens Mailgun&apos;s password reset page in your browser and copies %1 so you can paste it there.</source>
        <translation>Ouvre la page de réinitialisation du mot de passe de Mailgun dans votre navigateur et copie %1 pour que vous puissiez le coller.</translation>
    </message>
    <message>
        <source>Practice: turn on</source>
        <translation>Entraînement&#xa0;: activer</translation>
    </message>
    <message>
        <source>Practice: pretend %1 turned on two-factor sign-in</source>
        <translation>Entraînement&#xa0;: faire comme si %1 avait activé la connexion à deux facteurs</translation>
    </message>
    <message>
        <source>Practice account only: pretends that %1 turned on two-factor sign-in. Click Refresh afterwards to check.</source>
        <translation>Compte d’entraînement seulement&#xa0;: fait comme si %1 avait activé la connexion à deux facteurs. Cliquez ensuite sur «&#xa0;Actualiser&#xa0;» pour vérifier.</translation>
    </message>
    <message>
        <source>Copy how-to</source>
        <translation>Copier les instructions</translation>
    </message>
    <message>
        <source>Copy instructions for %1 to turn on two-factor sign-in</source>
        <translation>Copier les instructions permettant à %1 d’activer la connexion à deux facteurs</translation>
    </message>
    <message>
        <source>Copies a short message for %1 that explains how to turn on two-factor sign-in. Paste it into an email to them.</source>
        <translation>Copie un court message pour %1 qui explique comment activer la connexion à deux facteurs. Collez-le dans un e-mail à cette personne.</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>Reading the account&apos;s users...</source>
        <translation>Lecture des utilisateurs du compte...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1 (propriétaire)</translation>
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
        <source>Users of the account. &quot;New password&quot; means changed after the incident start (%1).</source>
        <translation>Utilisateurs du compte. «&#xa0;Nouveau mot de passe&#xa0;» veut dire changé après le début de l’incident (%1).</translation>
    </message>
    <message>
        <source>Mailgun listed no users.</source>
        <translation>Mailgun n’a indiqué aucun utilisateur.</translation>
    </message>
    <message>
        <source>Every user has a new password and two-factor sign-in: steps 4 and 5 are done.</source>
        <translation>Chaque utilisateur a un nouveau mot de passe et la connexion à deux facteurs&#xa0;: les étapes 4 et 5 sont terminées.</translation>
    </message>
    <message numerus="yes">
        <source>Still to do: %n user(s) must change their password,</source>
        <translation>
            <numerusform>Encore à faire&#xa0;: %n utilisateur doit changer son mot de passe,</numerusform>
            <numerusform>Encore à faire&#xa0;: %n utilisateurs doivent changer leur mot de passe,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) must turn on two-factor sign-in.</source>
        <translation>
            <numerusform>%n utilisateur doit activer la connexion à deux facteurs.</numerusform>
            <numerusform>%n utilisateurs doivent activer la connexion à deux facteurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>2FA on</source>
        <translation>2FA active</translation>
    </message>
</context>
<context>
    <name>VolumeFindings</name>
    <message>
        <source>Sending jumped to %1 a day on %2 (normally about %3)</source>
        <translation>Les envois ont bondi à %1 par jour le %2 (environ %3 en temps normal)</translation>
    </message>
    <message>
        <source>%1 of them through the US region and %2 through the EU region.</source>
        <translation>Dont %1 par la région US et %2 par la région EU.</translation>
    </message>
    <message>
        <source>The rise began around %1.</source>
        <translation>La hausse a commencé vers le %1.</translation>
    </message>
    <message>
        <source>A sudden rise like this usually means someone is sending spam with a leaked key or SMTP login. Replace the keys and SMTP passwords (steps 2 and 3), and give these dates to Mailgun support.</source>
        <translation>Une hausse aussi soudaine veut généralement dire que quelqu’un envoie du spam avec une clé ou un identifiant SMTP divulgué. Remplacez les clés et les mots de passe SMTP (étapes 2 et 3), et communiquez ces dates à l’assistance Mailgun.</translation>
    </message>
    <message numerus="yes">
        <source>On %1 your account sent %Ln message(s).</source>
        <translation>
            <numerusform>Le %1, votre compte a envoyé %Ln message.</numerusform>
            <numerusform>Le %1, votre compte a envoyé %Ln messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 your account sent %Ln message(s).</source>
        <translation>
            <numerusform>Du %1 au %2, votre compte a envoyé %Ln message.</numerusform>
            <numerusform>Du %1 au %2, votre compte a envoyé %Ln messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebsiteProbePanel</name>
    <message>
        <source>Website address:</source>
        <translation>Adresse du site web&#xa0;:</translation>
    </message>
    <message>
        <source>for example www.example.com</source>
        <translation>par exemple www.example.com</translation>
    </message>
    <message>
        <source>Folder of your website (if any):</source>
        <translation>Dossier de votre site web (s’il y en a un)&#xa0;:</translation>
    </message>
    <message>
        <source>for example shop</source>
        <translation>par exemple shop</translation>
    </message>
    <message>
        <source>Check my website</source>
        <translation>Vérifier mon site web</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Reading the list of your API keys…</source>
        <translation>Lecture de la liste de vos clés API…</translation>
    </message>
    <message>
        <source>That does not look like a website address. Type it as you would in a web browser, for example www.example.com.</source>
        <translation>Cela ne ressemble pas à une adresse de site web. Tapez-la comme dans un navigateur web, par exemple www.example.com.</translation>
    </message>
    <message>
        <source>Checking your website…</source>
        <translation>Vérification de votre site web…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Stopped before anything was checked.</source>
        <translation>Arrêté avant d’avoir vérifié quoi que ce soit.</translation>
    </message>
    <message>
        <source>Stopped. Addresses checked before that: %1.</source>
        <translation>Arrêté. Adresses vérifiées avant l’arrêt&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Addresses checked on your website: %1.</source>
        <translation>Adresses vérifiées sur votre site web&#xa0;: %1.</translation>
    </message>
    <message>
        <source>None of the usual files that give keys away could be opened. That is good.</source>
        <translation>Aucun des fichiers qui laissent habituellement fuir des clés n’a pu être ouvert. C’est bon signe.</translation>
    </message>
    <message>
        <source>Files anyone can open: %1. Close them before step 2, or the new key can leak the same way.</source>
        <translation>Fichiers que n’importe qui peut ouvrir&#xa0;: %1. Bloquez-en l’accès avant l’étape 2, sinon la nouvelle clé risque de fuir de la même façon.</translation>
    </message>
    <message>
        <source>The findings could not be saved for the report. Check that the disk is not full.</source>
        <translation>Impossible d’enregistrer les constats pour le rapport. Vérifiez que le disque n’est pas plein.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n address(es)…</source>
        <translation>
            <numerusform>Adresses vérifiées&#xa0;: %1 sur %n…</numerusform>
            <numerusform>Adresses vérifiées&#xa0;: %1 sur %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>The program asks your website for the files that often give keys away, such as .env files, phpinfo pages and backups. It only reads, like a web browser, and asks slowly. Only check websites that belong to you.</source>
        <translation>Le programme demande à votre site web les fichiers qui laissent souvent fuir des clés, comme les fichiers .env, les pages phpinfo et les sauvegardes. Il se contente de lire, comme un navigateur web, et envoie ses demandes lentement. Ne vérifiez que vos propres sites web.</translation>
    </message>
    <message>
        <source>I own this website, and I may check it</source>
        <translation>Je possède ce site web, et j’ai le droit de le vérifier</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>You stay in control</source>
        <translation>Vous gardez le contrôle</translation>
    </message>
    <message>
        <source>Nothing in your account changes without asking you first.</source>
        <translation>Rien ne change dans votre compte sans qu’on vous le demande d’abord.</translation>
    </message>
    <message>
        <source>New keys and passwords are kept in this computer&apos;s secure password storage (the keychain), not in a file.</source>
        <translation>Les nouvelles clés et les nouveaux mots de passe sont gardés dans l’espace sécurisé de mots de passe de cet ordinateur (le trousseau de clés), et non dans un fichier.</translation>
    </message>
    <message>
        <source>You can stop at any time and continue later. The assistant remembers where you were.</source>
        <translation>Vous pouvez vous arrêter à tout moment et reprendre plus tard. L’assistant se souvient de l’endroit où vous étiez.</translation>
    </message>
    <message>
        <source>Want to try it first? On the next page, choose the practice account: nothing real changes there.</source>
        <translation>Vous voulez d’abord essayer&#xa0;? À la page suivante, choisissez le compte d’entraînement&#xa0;: rien de réel n’y est modifié.</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Où vous en êtes</translation>
    </message>
    <message>
        <source>What you already did</source>
        <translation>Ce que vous avez déjà fait</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Que voulez-vous faire&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Continue where you left off</source>
        <translation>&amp;Continuer là où vous vous étiez arrêté</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Continuer là où vous vous étiez arrêté</translation>
    </message>
    <message>
        <source>You connect to your account again, then go straight to the step where you stopped.</source>
        <translation>Vous vous reconnectez à votre compte, puis vous allez directement à l’étape où vous vous étiez arrêté.</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Recommencer depuis le début</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer depuis le début</translation>
    </message>
    <message>
        <source>The assistant forgets which steps you finished and begins at step 1. Nothing in your Mailgun account is undone.</source>
        <translation>L’assistant oublie les étapes que vous avez terminées et recommence à l’étape 1. Rien n’est annulé dans votre compte Mailgun.</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>Find out how the key leaked, so it does not happen again.</source>
        <translation>Trouver comment la clé a fui, pour que cela ne se reproduise pas.</translation>
    </message>
    <message>
        <source>Replace the API key (the password your website uses for Mailgun) and delete the old ones.</source>
        <translation>Remplacer la clé API (le mot de passe que votre site web utilise pour Mailgun) et supprimer les anciennes.</translation>
    </message>
    <message>
        <source>Give the SMTP logins (the passwords programs use to send email) new passwords.</source>
        <translation>Donner de nouveaux mots de passe aux identifiants SMTP (les mots de passe que les programmes utilisent pour envoyer des e-mails).</translation>
    </message>
    <message>
        <source>Make sure every person with access chooses a new password.</source>
        <translation>Vérifier que chaque personne qui a accès au compte choisit un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in: a code from a phone, on top of the password.</source>
        <translation>Activer la connexion à deux facteurs&#xa0;: un code donné par un téléphone, en plus du mot de passe.</translation>
    </message>
    <message>
        <source>Tell Mailgun support what happened and what you did.</source>
        <translation>Dire à l’assistance Mailgun ce qui s’est passé et ce que vous avez fait.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>How long it takes</source>
        <translation>Combien de temps cela prend</translation>
    </message>
    <message>
        <source>About 30 to 60 minutes: a few minutes per step, longer if you have many domains or users.</source>
        <translation>Environ 30 à 60 minutes&#xa0;: quelques minutes par étape, plus si vous avez beaucoup de domaines ou d’utilisateurs.</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Bon retour</translation>
    </message>
    <message>
        <source>You already started to lock intruders out of your Mailgun account. The assistant remembers where you were.</source>
        <translation>Vous avez déjà commencé à chasser les intrus de votre compte Mailgun. L’assistant se souvient de l’endroit où vous étiez.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>This assistant helps you lock intruders out of your Mailgun account, step by step, the way Mailgun recommends.</source>
        <translation>Cet assistant vous aide à chasser les intrus de votre compte Mailgun, étape par étape, comme Mailgun le recommande.</translation>
    </message>
    <message>
        <source>Could not start over</source>
        <translation>Impossible de recommencer</translation>
    </message>
    <message>
        <source>The assistant could not set aside its record of your progress, so it still remembers where you were. You can continue instead.

Details: %1</source>
        <translation>L’assistant n’a pas pu mettre de côté le journal de votre progression&#xa0;: il se souvient donc encore de l’endroit où vous étiez. Vous pouvez reprendre là où vous en étiez.

Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Recommencer depuis le début&#xa0;?</translation>
    </message>
    <message>
        <source>Start over from step 1?</source>
        <translation>Recommencer à l’étape 1&#xa0;?</translation>
    </message>
    <message>
        <source>The assistant sets aside its record of what you did so far, and the list of steps starts empty again.

Nothing in your Mailgun account is undone: new keys and passwords stay as they are, and deleted keys stay deleted. Keys and passwords saved in this computer&apos;s keychain stay there too.</source>
        <translation>L’assistant met de côté le journal de ce que vous avez fait jusqu’ici, et la liste des étapes repart de zéro.

Rien n’est annulé dans votre compte Mailgun&#xa0;: les nouvelles clés et les nouveaux mots de passe restent tels quels, et les clés supprimées restent supprimées. Les clés et les mots de passe enregistrés dans le trousseau de clés de cet ordinateur y restent aussi.</translation>
    </message>
    <message>
        <source>Keep my progress</source>
        <translation>Garder ma progression</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The assistant uses %1 the next time it starts.</source>
        <translation>L’assistant utilisera %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>You chose the practice account: nothing real changes there.</source>
        <translation>Vous avez choisi le compte d’entraînement&#xa0;: rien de réel n’y change.</translation>
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
        <translation>L’assistant est déjà ouvert</translation>
    </message>
    <message>
        <source>Earlier progress could not be read</source>
        <translation>Impossible de lire la progression précédente</translation>
    </message>
    <message>
        <source>The assistant could not read all of the record of what you did before. You can go on.

%1</source>
        <translation>L’assistant n’a pas pu lire tout le journal de ce que vous avez fait auparavant. Vous pouvez continuer.

%1</translation>
    </message>
    <message>
        <source>The practice account could not start</source>
        <translation>Le compte d’entraînement n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>The practice account could not start, so the assistant opens on your own account instead.

Details: %1</source>
        <translation>Le compte d’entraînement n’a pas pu démarrer&#xa0;: l’assistant s’ouvre donc plutôt sur votre propre compte.

Détails&#xa0;: %1</translation>
    </message>
</context>
</TS>
