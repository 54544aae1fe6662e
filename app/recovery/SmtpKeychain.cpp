#include "recovery/SmtpKeychain.h"

#include "recovery/SecretEntries.h"

#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

SmtpKeychain::SmtpKeychain(SecretStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{}

QString SmtpKeychain::entry(const SmtpLoginRow& row, Slot slot)
{
    const QString current = SecretEntries::smtp(row.region, row.login);
    return slot == Slot::Current ? current : u"smtp-pending"_s + current.mid(current.indexOf(u':'));
}

QString SmtpKeychain::slotId(Slot slot)
{
    return slot == Slot::Current ? u"current"_s : u"pending"_s;
}

bool SmtpKeychain::slotFromId(const QString& id, Slot* slot)
{
    if (id == u"current"_s)
        *slot = Slot::Current;
    else if (id == u"pending"_s)
        *slot = Slot::Pending;
    else
        return false;
    return true;
}

void SmtpKeychain::call(const Start& start, Done done)
{
    if (!m_store) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                done({SecretStore::Status::Unavailable, {}, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    struct Waiting
    {
        bool answered = false;
        Done done;
    };
    auto waiting = std::make_shared<Waiting>();
    waiting->done = std::move(done);
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, waiting, timer] {
        timer->deleteLater();
        if (waiting->answered)
            return;
        waiting->answered = true;
        m_timedOut = true;
        SecretStore::Result result;
        result.status = SecretStore::Status::TimedOut;
        std::exchange(waiting->done, nullptr)(result);
    });
    timer->start(m_timeout);
    start([this, waiting, timer = QPointer<QTimer>(timer)](const SecretStore::Result& result) {
        if (waiting->answered) {
            ++m_lateAnswers; // the call timed out: whatever it says now is not acted on
            return;
        }
        waiting->answered = true;
        if (timer) {
            timer->stop();
            timer->deleteLater();
        }
        std::exchange(waiting->done, nullptr)(result);
    });
}

void SmtpKeychain::read(const QString& entry, Done done)
{
    call([this, entry](SecretStore::Callback answer) { m_store->read(entry, this, std::move(answer)); },
         std::move(done));
}

void SmtpKeychain::remove(const QString& entry, Done done)
{
    call([this, entry](SecretStore::Callback answer) { m_store->remove(entry, this, std::move(answer)); },
         std::move(done));
}

void SmtpKeychain::storeVerified(const QString& entry, const Secret& value, Done done)
{
    call([this, entry,
          value](SecretStore::Callback answer) { m_store->write(entry, value, this, std::move(answer)); },
         [this, entry, value, done](const SecretStore::Result& written) {
             if (!written.ok()) {
                 done(written);
                 return;
             }
             read(entry, [this, value, done](const SecretStore::Result& read) {
                 if (!read.ok()) {
                     done(read);
                     return;
                 }
                 SecretStore::Result result;
                 result.status = read.value.reveal() == value.reveal() ? SecretStore::Status::Ok
                                                                       : SecretStore::Status::Failed;
                 if (!result.ok())
                     result.detail = tr("it gave back another password than the one just saved");
                 done(result);
             });
         });
}
