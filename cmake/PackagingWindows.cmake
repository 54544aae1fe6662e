# The Windows installer (configured in issue 6; until then a ZIP).
set(CPACK_GENERATOR "ZIP")
