#include "recovery/StepGuide.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// The guided content of every step. It is written for someone who is not technical and is
// worried: short sentences, every term explained the first time, and only links that are
// known to exist. The item ids are stored in the journal: never rename one.

namespace {

// Every text here is translated in the "StepGuide" context, which the shipped
// translations use.
struct GuideText
{
    Q_DECLARE_TR_FUNCTIONS(StepGuide)
};

GuideLink controlPanelLink()
{
    return {GuideText::tr("Open the Mailgun Control Panel (app.mailgun.com)"),
            QUrl(u"https://app.mailgun.com/"_s)};
}

// Mailgun's own article on what to do when an account has been compromised.
GuideLink compromisedAccountArticle()
{
    return {GuideText::tr("Read Mailgun's advice for a misused account"),
            QUrl(u"https://help.mailgun.com/hc/en-us/articles/360012008114"_s)};
}

StepGuide investigateGuide()
{
    StepGuide guide;
    guide.step = RecoveryStep::Investigate;
    guide.title = GuideText::tr("Find out how the key leaked");
    guide.intro = GuideText::tr(
        "Someone used your Mailgun account without permission. Before you change anything, find out how they "
        "got in. If the hole stays open, your new keys and passwords will leak the same way. An API key is a "
        "long password that lets your website and apps use Mailgun.");
    guide.instructions = {
        GuideText::tr("Sign in to the Mailgun Control Panel at app.mailgun.com."),
        GuideText::tr(
            "Open Account settings, then API Security. Note every API key that you do not recognize."),
        GuideText::tr("For each domain, open Sending, then Domain settings, then SMTP credentials. Note "
                      "every login that nobody on your team recognizes."),
        GuideText::tr("Look at the routes and webhooks of each domain. A route or webhook you did not "
                      "create can send copies of your mail to someone else: write it down and delete it."),
        GuideText::tr("Ask the person who looks after your website to check it, using the list below."),
    };
    guide.links = {
        controlPanelLink(),
        {GuideText::tr("Open the list of API keys (API Security)"),
         QUrl(u"https://app.mailgun.com/settings/api_security"_s)},
        compromisedAccountArticle(),
    };
    guide.items = {
        {u"investigate-website-files"_s, GuideText::tr("My website does not show its private settings files"),
         GuideText::tr("Files such as .env, phpinfo pages and backups must not open in a web browser, and "
                       "\"debug mode\" must be off. Your web developer or hosting provider can check this.")},
        {u"investigate-plugins"_s, GuideText::tr("I updated WordPress and its plugins"),
         GuideText::tr(
             "Thieves often steal keys through old plugins, especially email plugins. If you do not use "
             "WordPress, tick this.")},
        {u"investigate-code-repositories"_s, GuideText::tr("My code online does not contain the key"),
         GuideText::tr(
             "Search your projects on GitHub, GitLab or Bitbucket, public ones especially, for your "
             "Mailgun key or SMTP password.")},
        {u"investigate-api-keys"_s, GuideText::tr("I looked at the list of API keys"),
         GuideText::tr("Note the keys you do not recognize. You will delete the old keys in step 2.")},
        {u"investigate-smtp-logins"_s, GuideText::tr("I looked at the SMTP logins of every domain"),
         GuideText::tr(
             "SMTP logins are the user names and passwords that programs use to send email. You will reset "
             "them in step 3.")},
        {u"investigate-routes-webhooks"_s,
         GuideText::tr("I removed routes and webhooks that nobody on my team created"),
         GuideText::tr("If you have none, or all of them belong to you, tick this.")},
    };
    return guide;
}

StepGuide apiKeyGuide()
{
    StepGuide guide;
    guide.step = RecoveryStep::ApiKey;
    guide.title = GuideText::tr("Replace the private API key");
    guide.intro = GuideText::tr(
        "The leaked API key keeps working until you delete it. A new key alone does not help. "
        "First create a new key and put it into your websites and apps, then delete every old key.");
    guide.instructions = {
        GuideText::tr("Sign in to the Mailgun Control Panel at app.mailgun.com."),
        GuideText::tr("Open Account settings, then API Security (or use the link below)."),
        GuideText::tr("Create a new key. Give it a name that says where you will use it, for example "
                      "\"Website\"."),
        GuideText::tr("Copy the new key at once and keep it somewhere safe, such as a password "
                      "manager. Mailgun shows it only once."),
        GuideText::tr("Put the new key into every website and app that uses Mailgun. Check that each one "
                      "can still send email."),
        GuideText::tr(
            "Delete every old key in the list, including keys you do not recognize. A deleted key stops "
            "working at once."),
    };
    guide.links = {
        {GuideText::tr("Open the list of API keys (API Security)"),
         QUrl(u"https://app.mailgun.com/settings/api_security"_s)},
    };
    guide.items = {
        {u"api-key-created"_s, GuideText::tr("I created a new API key"), {}},
        {u"api-key-saved"_s, GuideText::tr("I saved the new key in a safe place"),
         GuideText::tr("A password manager works best. Never send a key by email or chat.")},
        {u"api-key-in-apps"_s, GuideText::tr("My websites and apps use the new key"),
         GuideText::tr("Send a test email from each one to check.")},
        {u"api-key-old-deleted"_s, GuideText::tr("I deleted every old API key"),
         GuideText::tr("Only the new key stays in the list.")},
    };
    return guide;
}

StepGuide smtpGuide()
{
    StepGuide guide;
    guide.step = RecoveryStep::SmtpCredentials;
    guide.title = GuideText::tr("Reset the SMTP passwords");
    guide.intro = GuideText::tr(
        "SMTP credentials are the user names and passwords that programs use to send email through Mailgun, "
        "for example postmaster@mg.example.com. Each domain has its own. Attackers use them to send spam, so "
        "give every login a new password and delete the logins nobody recognizes.");
    guide.instructions = {
        GuideText::tr("Sign in to the Mailgun Control Panel at app.mailgun.com."),
        GuideText::tr(
            "Open Sending, then Domain settings. Choose a domain at the top, then open SMTP credentials."),
        GuideText::tr("For each login, choose Reset password. Copy the new password and keep it "
                      "somewhere safe: Mailgun shows it only once."),
        GuideText::tr("Delete every login that nobody on your team recognizes."),
        GuideText::tr("Do the same for every domain. If you have domains in both the US and the EU "
                      "region, switch region and do those too."),
        GuideText::tr("Put the new passwords into the websites and apps that send email with them."),
    };
    guide.links = {controlPanelLink()};
    guide.items = {
        {u"smtp-passwords-reset"_s, GuideText::tr("Every SMTP login has a new password"),
         GuideText::tr("On every domain, in both regions (US and EU) if you use both.")},
        {u"smtp-unknown-deleted"_s, GuideText::tr("I deleted the SMTP logins nobody recognizes"),
         GuideText::tr("If every login is known, tick this.")},
        {u"smtp-apps-updated"_s, GuideText::tr("My websites and apps use the new passwords"),
         GuideText::tr("Send a test email from each one to check.")},
    };
    return guide;
}

StepGuide userPasswordsGuide()
{
    StepGuide guide;
    guide.step = RecoveryStep::UserPasswords;
    guide.title = GuideText::tr("Reset every user's password");
    guide.intro = GuideText::tr(
        "Anyone who can sign in to your Mailgun account can create new keys. So every person with access "
        "must choose a new password, including you.");
    guide.instructions = {
        GuideText::tr("In the Control Panel, open Account settings, then Users, to see who has access."),
        GuideText::tr("Remove anyone who should no longer have access."),
        GuideText::tr("Ask each person to go to app.mailgun.com, click \"Forgot "
                      "password?\" and enter their email address."),
        GuideText::tr("They receive an email with a link. The link works for 20 minutes only, so they "
                      "should use it straight away. If it has expired, they can ask for a new one."),
        GuideText::tr("Each person chooses a new password that they have never used anywhere else."),
    };
    guide.links = {
        {GuideText::tr("Open the Mailgun sign-in page (with \"Forgot password?\")"),
         QUrl(u"https://app.mailgun.com/"_s)},
    };
    guide.items = {
        {u"users-reviewed"_s, GuideText::tr("I removed users who should no longer have access"),
         GuideText::tr("Account settings, then Users. If everyone should keep access, tick this.")},
        {u"users-own-password"_s, GuideText::tr("I reset my own password"), {}},
        {u"users-other-passwords"_s, GuideText::tr("Every other user reset their password"),
         GuideText::tr("Ask each of them. If you are the only user, tick this.")},
    };
    return guide;
}

StepGuide twoFactorGuide()
{
    StepGuide guide;
    guide.step = RecoveryStep::TwoFactor;
    guide.title = GuideText::tr("Turn on two-factor sign-in");
    guide.intro = GuideText::tr(
        "Two-factor sign-in (2FA) means a password alone is not enough to sign in: Mailgun also asks "
        "for a code from an app on your phone. Even if a password leaks again, nobody can sign in without "
        "that phone.");
    guide.instructions = {
        GuideText::tr("Install an authenticator app on your phone, for example Google Authenticator or "
                      "Microsoft Authenticator."),
        GuideText::tr("Sign in at app.mailgun.com. Open your profile (your name at the top), then "
                      "Security."),
        GuideText::tr("Turn on two-factor sign-in and scan the square code on the screen with the app."),
        GuideText::tr("Type the code the app shows to confirm. If Mailgun gives you recovery codes, keep "
                      "them somewhere safe: you need them if you lose your phone."),
        GuideText::tr("Ask every other user to do the same."),
    };
    guide.links = {
        {GuideText::tr("Read Mailgun's help page about two-factor sign-in (2FA)"),
         QUrl(u"https://help.mailgun.com/hc/en-us/articles/360011664433"_s)},
        controlPanelLink(),
    };
    guide.items = {
        {u"tfa-own"_s, GuideText::tr("Two-factor sign-in is on for my own user"), {}},
        {u"tfa-other-users"_s, GuideText::tr("Every other user turned on two-factor sign-in"),
         GuideText::tr("Ask each of them. If you are the only user, tick this.")},
    };
    return guide;
}

StepGuide reportGuide()
{
    StepGuide guide;
    guide.step = RecoveryStep::ReportToSupport;
    guide.title = GuideText::tr("Tell Mailgun support");
    guide.intro = GuideText::tr(
        "Mailgun's support team can check your account, lift limits placed on it and watch for more misuse. "
        "Tell them what happened and what you have done. Your hosting provider can help find how the key "
        "was stolen.");
    guide.instructions = {
        GuideText::tr("Open the Mailgun support page (link below), sign in and open a new ticket."),
        GuideText::tr(
            "Say that your account was misused, when you first noticed it, and what you found in step 1."),
        GuideText::tr("List what you have done: new API key, old keys deleted, SMTP passwords reset, "
                      "user passwords reset, two-factor sign-in turned on."),
        GuideText::tr("Never paste a key or a password into the ticket."),
        GuideText::tr("Tell your hosting provider or web developer, so they can check your website and "
                      "server."),
    };
    guide.links = {
        {GuideText::tr("Open the Mailgun support page"), QUrl(u"https://app.mailgun.com/support"_s)},
        {GuideText::tr("See whether Mailgun is working normally (status page)"),
         QUrl(u"https://status.mailgun.com/"_s)},
        compromisedAccountArticle(),
    };
    guide.items = {
        {u"report-support-contacted"_s, GuideText::tr("I told Mailgun support what I found and did"), {}},
        {u"report-hosting-contacted"_s, GuideText::tr("I told my hosting provider or web developer"),
         GuideText::tr("If nobody looks after your website for you, tick this.")},
        {u"report-repositories-checked"_s, GuideText::tr("I checked again that my code online holds no key"),
         GuideText::tr("If a key or password is there, remove it and replace that key or password again.")},
    };
    return guide;
}

} // namespace

StepGuide stepGuide(RecoveryStep step)
{
    switch (step) {
    case RecoveryStep::Investigate:
        return investigateGuide();
    case RecoveryStep::ApiKey:
        return apiKeyGuide();
    case RecoveryStep::SmtpCredentials:
        return smtpGuide();
    case RecoveryStep::UserPasswords:
        return userPasswordsGuide();
    case RecoveryStep::TwoFactor:
        return twoFactorGuide();
    case RecoveryStep::ReportToSupport:
        return reportGuide();
    }
    return {};
}
