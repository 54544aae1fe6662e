#include "practice/PracticeAccount.h"

#include "practice/PracticeSeed.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

PracticeAccount::PracticeAccount() = default;

void PracticeAccount::reseed(const QDateTime& now)
{
    const int refusals = m_newKeyRefusals;
    *this = PracticeAccount();
    m_newKeyRefusals = refusals;
    PracticeSeed::seed(*this, now);
}

int PracticeAccount::defaultNewKeyRefusals()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("MRA_PRACTICE_NEW_KEY_REFUSALS", &ok);
    return ok && fromEnvironment >= 0 ? fromEnvironment : 1;
}

void PracticeAccount::setSeededAt(const QDateTime& at)
{
    m_seededAt = at;
    m_sinceSeed.start();
}

QDateTime PracticeAccount::now() const
{
    if (!m_seededAt.isValid())
        return QDateTime::currentDateTimeUtc();
    return m_seededAt.addMSecs(m_sinceSeed.isValid() ? m_sinceSeed.elapsed() : 0);
}

void PracticeAccount::addDomains(PracticeRegion region, int count, int loginsPerDomain)
{
    PracticeRegionData& data = this->region(region);
    const QDateTime base = m_seededAt.isValid() ? m_seededAt : QDateTime::currentDateTimeUtc();
    const int first = int(data.domains.size());
    for (int i = 0; i < count; ++i) {
        PracticeDomain domain;
        domain.id = newObjectId();
        domain.name = u"bulk-%1.%2.example.net"_s.arg(first + i + 1, 4, 10, QLatin1Char('0'))
                          .arg(practiceRegionId(region));
        domain.createdAt = base.addDays(-400 + (i % 300));
        domain.credentials.append({domain.smtpLogin(), newPassword(), domain.createdAt});
        for (int login = 1; login < loginsPerDomain; ++login)
            domain.credentials.append(
                {u"app%1@%2"_s.arg(login).arg(domain.name), newPassword(), domain.createdAt.addDays(login)});
        data.domains.append(domain);
    }
}

PracticeKey* PracticeAccount::findKeyBySecret(const QString& secret)
{
    for (PracticeKey& key : m_keys) {
        if (key.secret == secret)
            return &key;
    }
    return nullptr;
}

const PracticeKey* PracticeAccount::findKeyById(const QString& id) const
{
    for (const PracticeKey& key : m_keys) {
        if (key.id == id)
            return &key;
    }
    return nullptr;
}

PracticeDomain* PracticeAccount::findDomain(PracticeRegion region, const QString& name)
{
    for (PracticeDomain& domain : this->region(region).domains) {
        if (domain.name.compare(name, Qt::CaseInsensitive) == 0)
            return &domain;
    }
    return nullptr;
}

const PracticeDomain* PracticeAccount::findDomain(PracticeRegion region, const QString& name) const
{
    for (const PracticeDomain& domain : this->region(region).domains) {
        if (domain.name.compare(name, Qt::CaseInsensitive) == 0)
            return &domain;
    }
    return nullptr;
}

PracticeCredential* PracticeAccount::findCredential(PracticeRegion region, const QString& domain,
                                                    const QString& login)
{
    PracticeDomain* found = findDomain(region, domain);
    if (!found)
        return nullptr;
    // Mailgun accepts the bare local part as well as the full address.
    const QString full = login.contains(u'@') ? login : login + u'@' + found->name;
    for (PracticeCredential& credential : found->credentials) {
        if (credential.login.compare(full, Qt::CaseInsensitive) == 0)
            return &credential;
    }
    return nullptr;
}

QString PracticeAccount::credentialPassword(PracticeRegion region, const QString& domain,
                                            const QString& login) const
{
    PracticeCredential* credential =
        const_cast<PracticeAccount*>(this)->findCredential(region, domain, login);
    return credential ? credential->password : QString();
}

QString PracticeAccount::randomHex(int length)
{
    QByteArray bytes((length + 1) / 2, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex().left(length));
}

QString PracticeAccount::newKeySecret()
{
    return randomHex(32) + u'-' + randomHex(8) + u'-' + randomHex(8);
}

QString PracticeAccount::keyIdFromSecret(const QString& secret)
{
    return secret.right(17);
}

QString PracticeAccount::newObjectId()
{
    return randomHex(24);
}

QString PracticeAccount::newPassword(int length)
{
    static constexpr char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString password;
    password.reserve(length);
    for (int i = 0; i < length; ++i)
        password.append(
            QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    return password;
}
