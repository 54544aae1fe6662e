#pragma once

#include <QString>

// A git repository the folder walk met, to be read by the GitHistoryScanner: a `.git` folder,
// a `.git` file that points to the repository elsewhere (a linked work tree or a submodule),
// or a bare repository (a folder holding HEAD, objects and refs).
struct GitRepositoryEntry
{
    QString gitPath;  // the .git folder or file, or the bare repository's folder
    QString workTree; // the folder whose files are checked out from it; empty when bare
    bool inWebRoot = false;
};
