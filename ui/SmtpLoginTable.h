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

private:
    SmtpLoginModel* m_logins;
};
