# The macOS disk image (configured in issue 6; until then a plain DragNDrop image).
set(CPACK_GENERATOR "DragNDrop")
