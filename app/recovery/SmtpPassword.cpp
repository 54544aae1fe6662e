#include "recovery/SmtpPassword.h"

#include <QRandomGenerator>

namespace SmtpPassword {

Secret generate()
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int alphabetSize = sizeof(alphabet) - 1;
    QString password;
    password.reserve(length);
    // bounded() rejects out-of-range draws, so every character is equally likely.
    QRandomGenerator* random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        password.append(QChar::fromLatin1(alphabet[random->bounded(alphabetSize)]));
    return Secret(password);
}

} // namespace SmtpPassword
