<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountReview</name>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountSettingFindings</name>
    <message numerus="yes">
        <source>Your IP allowlist has %n address(es)</source>
        <translation>
            <numerusform>Your IP allowlist has %n address</numerusform>
            <numerusform>Your IP allowlist has %n addresses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Mailgun is receiving too many requests from this account. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Mailgun is receiving too many requests from this account. Wait %n second, then try again.</numerusform>
            <numerusform>Mailgun is receiving too many requests from this account. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A list from Mailgun did not come to an end, so the program stopped reading it after %n page(s). The list may be incomplete, so the program did not act on it. Check the list in the Mailgun Control Panel, then try again later.</source>
        <translation>
            <numerusform>A list from Mailgun did not come to an end, so the program stopped reading it after %n page. The list may be incomplete, so the program did not act on it. Check the list in the Mailgun Control Panel, then try again later.</numerusform>
            <numerusform>A list from Mailgun did not come to an end, so the program stopped reading it after %n pages. The list may be incomplete, so the program did not act on it. Check the list in the Mailgun Control Panel, then try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveSummaryText</name>
    <message numerus="yes">
        <source>Looked inside %n backup or compressed file(s).</source>
        <translation>
            <numerusform>Looked inside %n backup or compressed file.</numerusform>
            <numerusform>Looked inside %n backup or compressed files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup file(s) could not be read to the end. Keys in the part not read were not looked for:</source>
        <translation>
            <numerusform>%n backup file could not be read to the end. Keys in the part not read were not looked for:</numerusform>
            <numerusform>%n backup files could not be read to the end. Keys in the part not read were not looked for:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- and %n more.</source>
        <translation>
            <numerusform>- and %n more.</numerusform>
            <numerusform>- and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it holds backups inside backups more than %n level(s) deep. The innermost were not opened.</source>
        <translation>
            <numerusform>it holds backups inside backups more than %n level deep. The innermost were not opened.</numerusform>
            <numerusform>it holds backups inside backups more than %n levels deep. The innermost were not opened.</numerusform>
        </translation>
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
            <numerusform>%n file version</numerusform>
            <numerusform>%n file versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the code history (git) of %n folder(s): %1 and %2.</source>
        <translation>
            <numerusform>Read the code history (git) of %n folder: %1 and %2.</numerusform>
            <numerusform>Read the code history (git) of %n folders: %1 and %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file version(s) in the code history were larger than %1 and were not read.</source>
        <translation>
            <numerusform>%n file version in the code history was larger than %1 and was not read.</numerusform>
            <numerusform>%n file versions in the code history were larger than %1 and were not read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code history folder(s) could not be read to the end. Keys in the part not read were not looked for:</source>
        <translation>
            <numerusform>%n code history folder could not be read to the end. Keys in the part not read were not looked for:</numerusform>
            <numerusform>%n code history folders could not be read to the end. Keys in the part not read were not looked for:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code history link(s) lead outside the folders you picked and were not followed. Add those folders to read them:</source>
        <translation>
            <numerusform>%n code history link leads outside the folders you picked and was not followed. Add that folder to read it:</numerusform>
            <numerusform>%n code history links lead outside the folders you picked and were not followed. Add those folders to read them:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidedStepPage</name>
    <message numerus="yes">
        <source>%1 of %n item(s) ticked. You can come back to this step at any time.</source>
        <translation>
            <numerusform>%1 of %n item ticked. You can come back to this step at any time.</numerusform>
            <numerusform>%1 of %n items ticked. You can come back to this step at any time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyRotationController</name>
    <message numerus="yes">
        <source>Mailgun has not accepted the new key yet, trying again in %n seconds (attempt %1 of %2).</source>
        <translation>
            <numerusform>Mailgun has not accepted the new key yet, trying again in %n second (attempt %1 of %2).</numerusform>
            <numerusform>Mailgun has not accepted the new key yet, trying again in %n seconds (attempt %1 of %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailgun did not accept the new key %1 after %n attempts. No old key was deleted: your old key still works. Try again in a few minutes.</source>
        <translation>
            <numerusform>Mailgun did not accept the new key %1 after %n attempt. No old key was deleted: your old key still works. Try again in a few minutes.</numerusform>
            <numerusform>Mailgun did not accept the new key %1 after %n attempts. No old key was deleted: your old key still works. Try again in a few minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LookAlikeSummaryText</name>
    <message numerus="yes">
        <source>%n value(s) that look like a Mailgun key are not listed as findings: each is in a script that never mentions Mailgun, where such values are almost always part of the script. If you ever put a key in a script, look here:</source>
        <translation>
            <numerusform>%n value that looks like a Mailgun key is not listed as a finding: it is in a script that never mentions Mailgun, where such values are almost always part of the script. If you ever put a key in a script, look here:</numerusform>
            <numerusform>%n values that look like a Mailgun key are not listed as findings: each is in a script that never mentions Mailgun, where such values are almost always part of the script. If you ever put a key in a script, look here:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message numerus="yes">
        <source>Checked %1 of %n address(es)…</source>
        <translation>
            <numerusform>Checked %1 of %n address…</numerusform>
            <numerusform>Checked %1 of %n addresses…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n site(s)</source>
        <translation>
            <numerusform>Checked %n site</numerusform>
            <numerusform>Checked %n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n request(s).</source>
        <translation>
            <numerusform>with %n request.</numerusform>
            <numerusform>with %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n thing(s) anyone can open:</source>
        <translation>
            <numerusform>Found %n thing anyone can open:</numerusform>
            <numerusform>Found %n things anyone can open:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportActionText</name>
    <message numerus="yes">
        <source>Started replacing the private API key: a new key with the role &quot;%1&quot; is made first, then %n old key(s) are deleted.</source>
        <translation>
            <numerusform>Started replacing the private API key: a new key with the role &quot;%1&quot; is made first, then %n old key is deleted.</numerusform>
            <numerusform>Started replacing the private API key: a new key with the role &quot;%1&quot; is made first, then %n old keys are deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) deleted.</source>
        <translation>
            <numerusform>%n old key deleted.</numerusform>
            <numerusform>%n old keys deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) could not be deleted</source>
        <translation>
            <numerusform>%n old key could not be deleted</numerusform>
            <numerusform>%n old keys could not be deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started resetting the SMTP passwords of %n login(s).</source>
        <translation>
            <numerusform>Started resetting the SMTP password of %n login.</numerusform>
            <numerusform>Started resetting the SMTP passwords of %n logins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new password(s)</source>
        <translation>
            <numerusform>%n new password</numerusform>
            <numerusform>%n new passwords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n login(s) deleted</source>
        <translation>
            <numerusform>%n login deleted</numerusform>
            <numerusform>%n logins deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n login(s) failed</source>
        <translation>
            <numerusform>%n login failed</numerusform>
            <numerusform>%n logins failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked the %n user(s) of the account. New password since the incident began: %1. Two-factor sign-in (2FA) on: %2.</source>
        <translation>
            <numerusform>Checked the %n user of the account. New password since the incident began: %1. Two-factor sign-in (2FA) on: %2.</numerusform>
            <numerusform>Checked the %n users of the account. New password since the incident began: %1. Two-factor sign-in (2FA) on: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetLinkCountdown</name>
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
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetSmtpCommand</name>
    <message numerus="yes">
        <source>%1 of %n login(s) done</source>
        <translation>
            <numerusform>%1 of %n login done</numerusform>
            <numerusform>%1 of %n logins done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Have you saved the %n new password(s) shown above? Mailgun gets them only after you answer %1. Until then the old passwords keep working.</source>
        <extracomment>%1 is the word the user types to confirm (&quot;yes&quot; in English).</extracomment>
        <translation>
            <numerusform>Have you saved the %n new password shown above? Mailgun gets it only after you answer %1. Until then the old password keeps working.</numerusform>
            <numerusform>Have you saved the %n new passwords shown above? Mailgun gets them only after you answer %1. Until then the old passwords keep working.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message numerus="yes">
        <source>Started %n days ago.</source>
        <translation>
            <numerusform>Started %n day ago.</numerusform>
            <numerusform>Started %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You last worked on it %n days ago.</source>
        <translation>
            <numerusform>You last worked on it %n day ago.</numerusform>
            <numerusform>You last worked on it %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n steps are done.</source>
        <translation>
            <numerusform>The %n step is done.</numerusform>
            <numerusform>All %n steps are done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotateKeyCommand</name>
    <message numerus="yes">
        <source>The program makes a new %1 key and saves it in the keychain. Then it deletes the %n old key(s) marked &quot;%2&quot;.</source>
        <extracomment>%2 is the word that marks a key for deletion in the table above.</extracomment>
        <translation>
            <numerusform>The program makes a new %1 key and saves it in the keychain. Then it deletes the %n old key marked &quot;%2&quot;.</numerusform>
            <numerusform>The program makes a new %1 key and saves it in the keychain. Then it deletes the %n old keys marked &quot;%2&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message numerus="yes">
        <source>Found %n thing(s) to fix:</source>
        <translation>
            <numerusform>Found %n thing to fix:</numerusform>
            <numerusform>Found %n things to fix:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned %Ln file(s) (%1)…</source>
        <translation>
            <numerusform>Scanned %Ln file (%1)…</numerusform>
            <numerusform>Scanned %Ln files (%1)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned %Ln file(s) (%1).</source>
        <translation>
            <numerusform>Scanned %Ln file (%1).</numerusform>
            <numerusform>Scanned %Ln files (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretRevealField</name>
    <message numerus="yes">
        <source>Copy to the clipboard. The program empties the clipboard again after %n second(s).</source>
        <translation>
            <numerusform>Copy to the clipboard. The program empties the clipboard again after %n second.</numerusform>
            <numerusform>Copy to the clipboard. The program empties the clipboard again after %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. Paste within %n second(s).</source>
        <translation>
            <numerusform>Copied. Paste within %n second.</numerusform>
            <numerusform>Copied. Paste within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendAttribution</name>
    <message numerus="yes">
        <source>Of %Ln message(s) read from the logs (%1 to %2), %3 were sent through the API and %4 through SMTP.</source>
        <translation>
            <numerusform>Of %Ln message read from the logs (%1 to %2), %3 were sent through the API and %4 through SMTP.</numerusform>
            <numerusform>Of %Ln messages read from the logs (%1 to %2), %3 were sent through the API and %4 through SMTP.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingChart</name>
    <message numerus="yes">
        <source>Emails sent in the last %n day(s): %1, usually about %2 a day.</source>
        <translation>
            <numerusform>Emails sent in the last %n day: %1, usually about %2 a day.</numerusform>
            <numerusform>Emails sent in the last %n days: %1, usually about %2 a day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubaccountHoldingsText</name>
    <message numerus="yes">
        <source>It has %n API key(s): %1.</source>
        <translation>
            <numerusform>It has %n API key: %1.</numerusform>
            <numerusform>It has %n API keys: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryListText</name>
    <message numerus="yes">
        <source>- and %n more.</source>
        <translation>
            <numerusform>- and %n more.</numerusform>
            <numerusform>- and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message numerus="yes">
        <source>%1 of %n user(s) changed their password after the incident began.</source>
        <translation>
            <numerusform>%1 of %n user changed their password after the incident began.</numerusform>
            <numerusform>%1 of %n users changed their password after the incident began.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) use two-factor sign-in.</source>
        <translation>
            <numerusform>%1 of %n user uses two-factor sign-in.</numerusform>
            <numerusform>%1 of %n users use two-factor sign-in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserStatusPanel</name>
    <message numerus="yes">
        <source>%n of %1 people still have to choose a new password.</source>
        <translation>
            <numerusform>%n of %1 people still has to choose a new password.</numerusform>
            <numerusform>%n of %1 people still have to choose a new password.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 people still have to turn on two-factor sign-in.</source>
        <translation>
            <numerusform>%n of %1 people still has to turn on two-factor sign-in.</numerusform>
            <numerusform>%n of %1 people still have to turn on two-factor sign-in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message numerus="yes">
        <source>Still to do: %n user(s) must change their password,</source>
        <translation>
            <numerusform>Still to do: %n user must change their password,</numerusform>
            <numerusform>Still to do: %n users must change their password,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) must turn on two-factor sign-in.</source>
        <translation>
            <numerusform>%n user must turn on two-factor sign-in.</numerusform>
            <numerusform>%n users must turn on two-factor sign-in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolumeFindings</name>
    <message numerus="yes">
        <source>On %1 your account sent %Ln message(s).</source>
        <translation>
            <numerusform>On %1 your account sent %Ln message.</numerusform>
            <numerusform>On %1 your account sent %Ln messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 your account sent %Ln message(s).</source>
        <translation>
            <numerusform>From %1 to %2 your account sent %Ln message.</numerusform>
            <numerusform>From %1 to %2 your account sent %Ln messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebsiteProbePanel</name>
    <message numerus="yes">
        <source>Checked %1 of %n address(es)…</source>
        <translation>
            <numerusform>Checked %1 of %n address…</numerusform>
            <numerusform>Checked %1 of %n addresses…</numerusform>
        </translation>
    </message>
</context>
</TS>
