#include "report/ReportExport.h"

#include "report/HtmlReportWriter.h"
#include "report/MarkdownReportWriter.h"
#include "report/PdfReportWriter.h"
#include "report/ReportLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ReportExport {

std::optional<Format> formatFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"md"_s || lower == u"markdown"_s)
        return Format::Markdown;
    if (lower == u"html"_s || lower == u"htm"_s)
        return Format::Html;
    if (lower == u"pdf"_s)
        return Format::Pdf;
    return std::nullopt;
}

QString fileSuffix(Format format)
{
    switch (format) {
    case Format::Markdown:
        return u"md"_s;
    case Format::Html:
        return u"html"_s;
    case Format::Pdf:
        return u"pdf"_s;
    }
    return {};
}

QString suggestedFileName(const SupportReport& report, Format format)
{
    const QString prefix =
        report.practice ? u"mailgun-recovery-report-practice-"_s : u"mailgun-recovery-report-"_s;
    return prefix + report.generatedAt.toUTC().toString(u"yyyy-MM-dd"_s) + u'.' + fileSuffix(format);
}

QString text(const SupportReport& report, Format format)
{
    switch (format) {
    case Format::Markdown:
        return MarkdownReportWriter::write(report);
    case Format::Html:
        return HtmlReportWriter::write(report);
    case Format::Pdf:
        break;
    }
    return {};
}

bool save(const SupportReport& report, Format format, const QString& path, QString* error)
{
    QSaveFile file(path);
    const auto fail = [&](const QString& reason) {
        qCWarning(lcReport, "report (%s) not saved to %s: %s", qUtf8Printable(fileSuffix(format)),
                  qUtf8Printable(path), qUtf8Printable(reason));
        if (error)
            *error = QCoreApplication::translate("ReportExport", "The report could not be saved to %1: %2")
                         .arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (format == Format::Pdf) {
        QString pdfError;
        if (!PdfReportWriter::write(report, &file, &pdfError)) {
            file.cancelWriting();
            return fail(pdfError);
        }
    } else if (file.write(text(report, format).toUtf8()) < 0) {
        return fail(file.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    qCDebug(lcReport, "report (%s) saved to %s", qUtf8Printable(fileSuffix(format)), qUtf8Printable(path));
    return true;
}

} // namespace ReportExport
