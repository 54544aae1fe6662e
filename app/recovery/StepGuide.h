#pragma once

#include "recovery/RecoveryStep.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the user does by hand for one step, in plain language: the Control Panel
// instructions, the links they need, and the items they confirm one by one. This is the
// guided mode of every step page, and what remains when the API cannot be used.
struct GuideLink
{
    QString label;
    QUrl url;
};

struct ChecklistItem
{
    QString id;     // stable, for the journal ("rotate-key-in-apps")
    QString text;   // what the user confirms, one short sentence
    QString detail; // how to do it, one or two short sentences; may be empty
};

struct StepGuide
{
    RecoveryStep step = RecoveryStep::Investigate;
    QString title;
    QString intro;            // why this step matters, two or three sentences
    QStringList instructions; // numbered Control Panel instructions
    QList<GuideLink> links;
    QList<ChecklistItem> items; // the step is done when every item is confirmed
};

StepGuide stepGuide(RecoveryStep step);
