"""marsad.io."""
