#pragma once

#include "report/SupportReport.h"

#include <QString>

#include <optional>

// Writing the report to a file in one of its three forms, for the wizard's Save buttons
// and for `mailgun-recovery report -o FILE`. Files are written atomically (QSaveFile).
namespace ReportExport {
enum class Format
{
    Markdown,
    Html,
    Pdf
};

// "md", "html", "pdf" (as --format takes them); nullopt for anything else.
std::optional<Format> formatFromName(const QString& name);
QString fileSuffix(Format format); // "md", "html", "pdf"
// "report-2026-11-28.md": a name for a save dialog.
QString suggestedFileName(const SupportReport& report, Format format);
// The text of the Markdown or HTML form (empty for PDF).
QString text(const SupportReport& report, Format format);
// False with a reason the admin understands.
bool save(const SupportReport& report, Format format, const QString& path, QString* error = nullptr);
} // namespace ReportExport
