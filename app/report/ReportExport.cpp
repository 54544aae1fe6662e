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

namespace {

// Each format's file suffix, which is also its name on the command line, and the other
// name it answers to.
struct FormatName
{
    Format format;
    QLatin1StringView suffix;
    QLatin1StringView alias;
};

constexpr FormatName formatNames[] = {
    {Format::Markdown, "md"_L1, "markdown"_L1},
    {Format::Html, "html"_L1, "htm"_L1},
    {Format::Pdf, "pdf"_L1, {}},
};

} // namespace

std::optional<Format> formatFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    for (const FormatName& known : formatNames) {
        if (lower == known.suffix || (!known.alias.isEmpty() && lower == known.alias))
            return known.format;
    }
    return std::nullopt;
}

QString fileSuffix(Format format)
{
    for (const FormatName& known : formatNames) {
        if (known.format == format)
            return known.suffix;
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
