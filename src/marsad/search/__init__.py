"""marsad.search."""
