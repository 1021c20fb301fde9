"""marsad.store: the SQLite store (:mod:`.db`, :mod:`.schema`), the ingest loop (:mod:`.ingest`:
``ingest(paths, db_path) -> Summary``) and its consistency checks (:mod:`.verify`:
``verify(store) -> Report``). The functions are not re-exported here so that the submodule names
stay modules."""

from marsad.store.db import EXTENSIONS, Store, StoreError

__all__ = ["EXTENSIONS", "Store", "StoreError"]
