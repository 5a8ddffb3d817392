"""Rule data of the time layer (word tables), kept apart from the logic that uses them."""
