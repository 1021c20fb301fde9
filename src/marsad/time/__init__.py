"""marsad.time."""
