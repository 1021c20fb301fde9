"""marsad.store: the SQLite store (:mod:`.db`, :mod:`.schema`), the ingest loop (:mod:`.ingest`) and
its consistency checks (:mod:`.verify`)."""

from marsad.store.db import EXTENSIONS, Store, StoreError
from marsad.store.ingest import Summary, ingest
from marsad.store.verify import Report, verify

__all__ = ["EXTENSIONS", "Report", "Store", "StoreError", "Summary", "ingest", "verify"]
