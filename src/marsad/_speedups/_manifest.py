"""Which sources each compiled module is built from or mirrors, and their hash.

Read by ``setup.py`` (by file path, before the package is installed: no imports from ``marsad``
here) and by :func:`marsad._speedups.load`. A compiled module carries the hash of these files as
they were when it was built; when any of them has changed since (a ``.pyx`` edited without a
rebuild, or a rule changed in the Python module the compiled code mirrors), the loader does not use
it and says so once, and Marsad runs the Python code, which is always the reference.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

#: compiled module → files (relative to ``src/marsad``) whose bytes make up its hash.
SOURCES: dict[str, tuple[str, ...]] = {
    "analysis": (
        "_speedups/analysis.pyx",
        "search/analyzer.py",
        "search/stemmer.py",
        "text/normalize.py",
    ),
    "scan": ("_speedups/scan.pyx", "io/trec.py", "io/tarfast.py"),
    "quotes": ("_speedups/quotes.pyx", "quotes/tokens.py", "quotes/direct.py"),
    "cuescan": ("_speedups/cuescan.pyx",),
}


def source_hash(package_dir: Path, name: str) -> str | None:
    """sha256 (hex) of the :data:`SOURCES` of ``name`` under ``package_dir`` (``src/marsad``),
    each file's path and bytes in order; ``None`` when one of them is missing (an installation
    without the sources: nothing to compare against)."""
    h = hashlib.sha256()
    for rel in SOURCES[name]:
        path = package_dir / rel
        try:
            data = path.read_bytes()
        except OSError:
            return None
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()
