#pragma once

#include "report/SupportReport.h"

#include <QString>

// The report as Markdown: readable as plain text in a support ticket, and rendered nicely
// where Markdown is understood. Text from the journal is escaped so it cannot add links,
// images or table cells of its own.
namespace MarkdownReportWriter {
QString write(const SupportReport& report);
// Escapes Markdown's special characters and folds line breaks, for one table cell or line.
QString escape(const QString& text);
} // namespace MarkdownReportWriter
