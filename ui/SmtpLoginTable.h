#pragma once

#include <QTableView>

class SmtpLoginModel;

// Step 3's table of SMTP logins (SmtpLoginModel): a tick to delete each login, the login,
// its region and date, a note for new logins and the live result of each row.
class SmtpLoginTable : public QTableView
{
    Q_OBJECT

public:
    explicit SmtpLoginTable(QWidget* parent = nullptr);

    SmtpLoginModel* logins() const { return m_logins; }

protected:
    // With the keyboard, no row is current at first, and the arrow keys start in the Delete
    // column, which is disabled while the passwords are set: they would move nowhere. Focus
    // makes the first login current, in a column that can always be selected.
    void focusInEvent(QFocusEvent* event) override;

private:
    SmtpLoginModel* m_logins;
};
