#include "WelcomePage.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    QLabel* label = paragraph(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 6, 0, 0);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(u"welcomePage"_s);
    setTitle(tr("Welcome"));
    setSubTitle(tr("This assistant helps you lock intruders out of your Mailgun account, step by step, "
                   "the way Mailgun recommends."));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);

    layout->addWidget(heading(tr("What will happen"), this));
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
        auto* number = new QLabel(tr("%1.").arg(i + 1), this);
        number->setAlignment(Qt::AlignRight | Qt::AlignTop);
        list->addWidget(number, i, 0);
        list->addWidget(paragraph(steps.at(i), this), i, 1);
    }
    layout->addLayout(list);

    layout->addWidget(heading(tr("How long it takes"), this));
    layout->addWidget(paragraph(tr("About 30 to 60 minutes: a few minutes per step, longer if you have many "
                                   "domains or users."),
                                this));

    layout->addWidget(heading(tr("You stay in control"), this));
    layout->addWidget(paragraph(tr("Nothing in your account changes without asking you first."), this));
    layout->addWidget(paragraph(tr("New keys and passwords are kept in this computer's secure password "
                                   "storage (the keychain), not in a file."),
                                this));
    layout->addWidget(paragraph(tr("You can stop at any time and continue later. The assistant remembers "
                                   "where you were."),
                                this));

    layout->addStretch(1);
    QLabel* practice = paragraph(tr("Want to try it first? On the next page, choose the practice account: "
                                    "nothing real changes there."),
                                 this);
    practice->setObjectName(u"welcomePracticeHint"_s);
    layout->addWidget(practice);
}
