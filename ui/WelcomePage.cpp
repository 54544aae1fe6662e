#include "WelcomePage.h"

#include "MessageBox.h"
#include "PlainLabel.h"
#include "identity/Languages.h"
#include "identity/Translations.h"
#include "recovery/Journal.h"
#include "recovery/RecoverySession.h"
#include "recovery/ResumeState.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    QLabel* label = makePlainParagraph(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 6, 0, 0);
    return label;
}

// The line under a radio button that says what choosing it means, indented to its text.
QLabel* choiceDetail(const QString& text, QWidget* parent)
{
    QLabel* label = makePlainParagraph(text, parent);
    label->setContentsMargins(24, 0, 0, 4);
    return label;
}

} // namespace

WelcomePage::WelcomePage(RecoverySession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(u"welcomePage"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(buildLanguageChoice());
    layout->addWidget(buildResumeBox());
    layout->addWidget(buildIntroduction());

    layout->addWidget(heading(tr("You stay in control"), this));
    layout->addWidget(
        makePlainParagraph(tr("Nothing in your account changes without asking you first."), this));
    layout->addWidget(
        makePlainParagraph(tr("New keys and passwords are kept in this computer's secure password "
                              "storage (the keychain), not in a file."),
                           this));
    layout->addWidget(
        makePlainParagraph(tr("You can stop at any time and continue later. The assistant remembers "
                              "where you were."),
                           this));

    layout->addStretch(1);
    QLabel* practice =
        makePlainParagraph(tr("Want to try it first? On the next page, choose the practice account: "
                              "nothing real changes there."),
                           this);
    practice->setObjectName(u"welcomePracticeHint"_s);
    layout->addWidget(practice);

    refresh();
}

QWidget* WelcomePage::buildLanguageChoice()
{
    auto* box = new QWidget(this);
    box->setObjectName(u"welcomeLanguageBox"_s);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&Language:"), box);
    row->addWidget(label);
    m_languageCombo = new QComboBox(box);
    m_languageCombo->setObjectName(u"welcomeLanguageCombo"_s);
    m_languageCombo->setAccessibleName(tr("Language"));
    for (const Language& language : Languages::shipped())
        m_languageCombo->addItem(language.ownName, language.code);
    m_languageCombo->setCurrentIndex(std::max(0, m_languageCombo->findData(Translations::current())));
    label->setBuddy(m_languageCombo);
    row->addWidget(m_languageCombo);
    row->addStretch(1);
    layout->addLayout(row);
    // Only a choice made by the admin counts (activated), not the one set above.
    connect(m_languageCombo, &QComboBox::activated, this,
            [this](int index) { Q_EMIT languageChosen(m_languageCombo->itemData(index).toString()); });

    m_nextStartNote = makePlainParagraph(QString(), box);
    m_nextStartNote->setObjectName(u"welcomeLanguageNote"_s);
    m_nextStartNote->hide();
    layout->addWidget(m_nextStartNote);
    return box;
}

void WelcomePage::setNextStartLanguage(const QString& code)
{
    QString name;
    for (const Language& language : Languages::shipped()) {
        if (language.code == code)
            name = language.ownName;
    }
    m_nextStartNote->setText(name.isEmpty() ? QString()
                                            : tr("The assistant uses %1 the next time it starts.").arg(name));
    m_nextStartNote->setVisible(!name.isEmpty());
}

QWidget* WelcomePage::buildResumeBox()
{
    m_resumeBox = new QWidget(this);
    m_resumeBox->setObjectName(u"welcomeResumeBox"_s);
    auto* layout = new QVBoxLayout(m_resumeBox);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->setSpacing(4);

    layout->addWidget(heading(tr("Where you are"), m_resumeBox));
    m_summaryLabel = makePlainParagraph(QString(), m_resumeBox);
    m_summaryLabel->setObjectName(u"welcomeResumeSummary"_s);
    m_summaryLabel->setAccessibleName(tr("What you already did"));
    layout->addWidget(m_summaryLabel);

    layout->addWidget(heading(tr("What do you want to do?"), m_resumeBox));
    m_continueRadio = new QRadioButton(tr("&Continue where you left off"), m_resumeBox);
    m_continueRadio->setObjectName(u"welcomeContinueRadio"_s);
    m_continueRadio->setAccessibleName(tr("Continue where you left off"));
    m_continueRadio->setChecked(true);
    layout->addWidget(m_continueRadio);
    layout->addWidget(choiceDetail(tr("You connect to your account again, then go straight to the step "
                                      "where you stopped."),
                                   m_resumeBox));

    m_startOverRadio = new QRadioButton(tr("&Start over"), m_resumeBox);
    m_startOverRadio->setObjectName(u"welcomeStartOverRadio"_s);
    m_startOverRadio->setAccessibleName(tr("Start over"));
    layout->addWidget(m_startOverRadio);
    layout->addWidget(choiceDetail(tr("The assistant forgets which steps you finished and begins at step 1. "
                                      "Nothing in your Mailgun account is undone."),
                                   m_resumeBox));

    auto* group = new QButtonGroup(m_resumeBox);
    group->addButton(m_continueRadio);
    group->addButton(m_startOverRadio);
    return m_resumeBox;
}

QWidget* WelcomePage::buildIntroduction()
{
    m_introduction = new QWidget(this);
    m_introduction->setObjectName(u"welcomeIntroduction"_s);
    auto* layout = new QVBoxLayout(m_introduction);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    layout->addWidget(heading(tr("What will happen"), m_introduction));
    const QStringList steps{
        tr("Find out how the key leaked, so it does not happen again."),
        tr("Replace the API key (the password your website uses for Mailgun) and delete the old ones."),
        tr("Give the SMTP logins (the passwords programs use to send email) new passwords."),
        tr("Make sure every person with access chooses a new password."),
        tr("Turn on two-factor sign-in: a code from a phone, on top of the password."),
        tr("Tell Mailgun support what happened and what you did."),
    };
    auto* list = new QGridLayout;
    list->setHorizontalSpacing(8);
    list->setVerticalSpacing(4);
    list->setColumnStretch(1, 1);
    for (int i = 0; i < steps.size(); ++i) {
        auto* number = new QLabel(tr("%1.").arg(i + 1), m_introduction);
        number->setAlignment(Qt::AlignRight | Qt::AlignTop);
        list->addWidget(number, i, 0);
        list->addWidget(makePlainParagraph(steps.at(i), m_introduction), i, 1);
    }
    layout->addLayout(list);

    layout->addWidget(heading(tr("How long it takes"), m_introduction));
    layout->addWidget(
        makePlainParagraph(tr("About 30 to 60 minutes: a few minutes per step, longer if you have many "
                              "domains or users."),
                           m_introduction));
    return m_introduction;
}

void WelcomePage::initializePage()
{
    // The journal may have changed since the page was built (the mode, a start over).
    refresh();
}

void WelcomePage::refresh()
{
    // Practice work is not offered here: the practice account starts afresh with every run of
    // the program, and starting over would also set aside the real account's record.
    const bool practice = m_session->mode() == RecoverySession::AccountMode::Practice;
    const ResumeState state = ResumeState::fromJournal(m_session->journal()->entries());
    m_hasEarlierWork = !practice && state.hasEarlierWork;

    if (m_hasEarlierWork) {
        setTitle(tr("Welcome back"));
        setSubTitle(tr("You already started to lock intruders out of your Mailgun account. The assistant "
                       "remembers where you were."));
        m_summaryLabel->setText(state.summary(QDateTime::currentDateTime()).join(u'\n'));
    } else {
        setTitle(tr("Welcome"));
        setSubTitle(tr("This assistant helps you lock intruders out of your Mailgun account, step by step, "
                       "the way Mailgun recommends."));
        m_summaryLabel->clear();
        m_continueRadio->setChecked(true);
    }
    m_resumeBox->setVisible(m_hasEarlierWork);
    // The side panel lists the steps; a returning user needs the summary, not the tour.
    m_introduction->setVisible(!m_hasEarlierWork);
    if (QLabel* hint = findChild<QLabel*>(u"welcomePracticeHint"_s)) {
        // Started with --practice, the choice is already made: say so instead of sending the
        // admin to look for it on the next page.
        hint->setText(practice ? tr("You chose the practice account: nothing real changes there.")
                               : tr("Want to try it first? On the next page, choose the practice account: "
                                    "nothing real changes there."));
        hint->setVisible(!m_hasEarlierWork);
    }
}

bool WelcomePage::continuesEarlierWork() const
{
    return m_hasEarlierWork && m_continueRadio->isChecked();
}

bool WelcomePage::validatePage()
{
    if (!m_hasEarlierWork || !m_startOverRadio->isChecked())
        return true;
    if (!confirmStartOver())
        return false;
    QString error;
    if (!m_session->startOver(&error)) {
        MessageBox::warn(this, tr("Could not start over"),
                         tr("The assistant could not set aside its record of your progress, so it "
                            "still remembers where you were. You can continue instead.\n\nDetails: %1")
                             .arg(error));
        return false;
    }
    refresh();
    return true;
}

bool WelcomePage::confirmStartOver()
{
    MessageBox::Question question;
    question.objectName = u"startOverQuestion"_s;
    question.title = tr("Start over?");
    question.text = tr("Start over from step 1?");
    question.informativeText = tr(
        "The assistant sets aside its record of what you did so far, and the list of steps starts empty "
        "again.\n\nNothing in your Mailgun account is undone: new keys and passwords stay as they are, and "
        "deleted keys stay deleted. Keys and passwords saved in this computer's keychain stay there too.");
    question.acceptText = tr("Start over");
    question.rejectText = tr("Keep my progress");
    question.destructive = true;
    return MessageBox::ask(this, question);
}
