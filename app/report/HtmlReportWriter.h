#pragma once

#include "report/SupportReport.h"

#include <QString>

// The report as one self-contained HTML page (inline styles, no scripts, no external
// resources). The same HTML feeds the preview in the wizard and the PDF, so it sticks to
// what both browsers and QTextDocument render. Every text is escaped.
namespace HtmlReportWriter {
QString write(const SupportReport& report);
} // namespace HtmlReportWriter
