#pragma once

#include "report/SupportReport.h"

#include <QString>

class QIODevice;

// The report as a PDF (A4, page numbers), drawn from the same HTML as the preview.
// Needs a QGuiApplication (fonts); the offscreen platform is enough.
namespace PdfReportWriter {
// False with a reason when the PDF could not be made.
bool write(const SupportReport& report, QIODevice* device, QString* error = nullptr);
} // namespace PdfReportWriter
