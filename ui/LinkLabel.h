#pragma once

#include <QLabel>
#include <QUrl>

// A label that is one link: Tab reaches it, Enter opens it, and assistive technology
// announces it as a link (role Link, with a "press" action), not as plain text. The label
// emits linkActivated(); what opens is up to the caller, never the text of the label.
class LinkLabel : public QLabel
{
    Q_OBJECT

public:
    LinkLabel(const QUrl& url, const QString& text, QWidget* parent = nullptr);

    QUrl url() const { return m_url; }

private:
    QUrl m_url;
};
