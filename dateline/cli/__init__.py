"""The ``dateline`` command. Only this package prints; the library logs."""
