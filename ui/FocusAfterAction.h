#pragma once

class QWidget;

// Where the keyboard focus goes when an action starts and ends. Qt moves the focus of a
// button that gets disabled to the next widget in the Tab chain, often a table or Back; these
// put it where the admin, or their screen reader, expects the next thing to read or do.
//
// Both move the focus only when it is in `area`, nowhere, or on one of the wizard's own
// buttons: an action that ends while the admin reads elsewhere does not pull them back.

// While work runs: the focus waits on `busy` (a progress bar or status text, focusable by
// program but not a Tab stop), so it does not fall into a table.
void holdFocusWhileBusy(QWidget* area, QWidget* busy);
// When the work ended: the focus goes to `target`, the next thing to do or read.
void moveFocusAfterAction(QWidget* area, QWidget* target);
