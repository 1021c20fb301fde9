"""marsad.text."""
