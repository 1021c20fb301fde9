"""marsad.quotes."""
