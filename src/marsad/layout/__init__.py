"""marsad.layout."""
