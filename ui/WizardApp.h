#pragma once

#include "mailgun/ApiEndpoints.h"

// How the wizard was asked to start, from the command line.
struct WizardLaunchOptions
{
    ApiEndpoints endpoints = ApiEndpoints::production();
    bool practice = false; // open on the practice account
};

// Creates the QApplication, shows the wizard and runs the event loop. Returns the exit code.
int runWizard(int& argc, char** argv, const WizardLaunchOptions& options);
