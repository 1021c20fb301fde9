"""marsad.store."""
