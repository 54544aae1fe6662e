#include "report/PdfReportWriter.h"

#include "report/HtmlReportWriter.h"
#include "report/ReportWording.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace PdfReportWriter {

bool write(const SupportReport& report, QIODevice* device, QString* error)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        // Text layout needs the fonts of a GUI application; a plain QCoreApplication has none.
        if (error)
            *error = QCoreApplication::translate(
                "PdfReportWriter", "The PDF could not be made here. Save the report as HTML or Markdown.");
        return false;
    }
    if (!device->isOpen() || !device->isWritable()) {
        if (error)
            *error = QCoreApplication::translate("PdfReportWriter", "The PDF could not be written.");
        return false;
    }
    {
        QPdfWriter writer(device);
        writer.setTitle(ReportWording::title());
        writer.setCreator(QCoreApplication::applicationName());
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setResolution(300);
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setHtml(HtmlReportWriter::write(report));
        // print() lays the document out on pages of the writer's size, with a margin and a
        // page number at the bottom of each page.
        document.print(&writer);
    }
    return true;
}

} // namespace PdfReportWriter
