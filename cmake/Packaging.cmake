# CPack settings are in this file.
