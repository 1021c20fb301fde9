"""marsad.entities."""
