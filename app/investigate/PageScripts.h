#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

// What the website probe reads besides its fixed paths: the home page, the scripts it loads
// from the same site, and their source maps. Built JavaScript bundles and source maps are
// where front-end code inlines keys; every visitor's browser downloads them.
namespace PageScripts {

// The scripts a page loads (<script src=...>), resolved against `pageUrl`, only those on
// `site`'s host, in page order, without repeats, at most `limit`.
QList<QUrl> scriptsOf(const QByteArray& html, const QUrl& pageUrl, const QUrl& site, int limit);

// The source map a script names at its end ("//# sourceMappingURL=app.js.map"), on the same
// host; invalid when there is none (or it is inline, a data: URL, which the script scan reads).
QUrl sourceMapOf(const QByteArray& script, const QUrl& scriptUrl, const QUrl& site);

} // namespace PageScripts
