"""Optional compiled fast paths (Cython), each with a pure-Python reference that gives identical
results and is used whenever the compiled module cannot be trusted.

``load(name)`` returns the compiled module ``marsad._speedups.<name>`` or ``None``, in which case
the caller keeps its Python code. ``None`` when:

* the environment variable ``MARSAD_PURE_PYTHON`` is set to a non-empty value other than ``0``
  (used by the tests and benchmarks that compare both paths);
* the module was not built (no C compiler or no Cython at install time: ``setup.py`` makes the
  extension optional, so installation never fails for it);
* it is **stale**: the module carries the sha256 of its ``.pyx`` and of the Python modules it
  mirrors (:data:`marsad._speedups._manifest.SOURCES`) as they were at build time; when the files
  now differ, it is not used and a ``RuntimeWarning`` says so, once per process. Rebuild with
  ``.venv/bin/pip install -e .`` (``make install`` does it when a ``.pyx`` changed).

:func:`status` says which path each module takes and why (``tests/test_speedups.py`` prints it).
"""

from __future__ import annotations

import importlib
import os
import warnings
from pathlib import Path
from types import ModuleType

from marsad._speedups._manifest import SOURCES, source_hash

_PACKAGE_DIR = Path(__file__).resolve().parents[1]
#: name → why the Python path is used (absent: the compiled module is used).
_REASONS: dict[str, str] = {}
_LOADED: dict[str, ModuleType | None] = {}


def disabled() -> bool:
    """True when ``MARSAD_PURE_PYTHON`` asks for the Python paths only."""
    return os.environ.get("MARSAD_PURE_PYTHON", "") not in ("", "0")


def load(name: str) -> ModuleType | None:
    """The compiled module ``name`` if it is built and current, else ``None`` (see the module
    docstring); the answer is computed once per process."""
    if name in _LOADED:
        return _LOADED[name]
    module: ModuleType | None = None
    if disabled():
        _REASONS[name] = "disabled by MARSAD_PURE_PYTHON"
    else:
        try:
            module = importlib.import_module(f"marsad._speedups.{name}")
        except ImportError as exc:
            _REASONS[name] = f"not built ({exc})"
        else:
            expected = source_hash(_PACKAGE_DIR, name)
            built = getattr(module, "SOURCE_HASH", "")
            if expected is not None and built != expected:
                module = None
                _REASONS[name] = "stale: its sources changed since it was built"
                files = ", ".join(SOURCES[name])
                warnings.warn(
                    f"marsad: the compiled module marsad._speedups.{name} was built from other "
                    f"versions of {files}; using the Python code instead (same results, slower). "
                    "Rebuild: pip install -e .",
                    RuntimeWarning,
                    stacklevel=2,
                )
    _LOADED[name] = module
    return module


def refuse(name: str, reason: str) -> None:
    """The caller found the compiled module ``name`` unusable after loading it (say, its tables
    do not fit): from now on :func:`load` returns ``None`` for it; one ``RuntimeWarning``."""
    _LOADED[name] = None
    _REASONS[name] = reason
    warnings.warn(f"marsad: compiled module marsad._speedups.{name} not used ({reason}); using the "
                  "Python code instead (same results, slower)", RuntimeWarning, stacklevel=2)


def status() -> dict[str, str]:
    """``{name: "compiled" | "python: <reason>"}`` for every module of :data:`SOURCES`."""
    out = {}
    for name in SOURCES:
        out[name] = "compiled" if load(name) is not None else f"python: {_REASONS.get(name, '?')}"
    return out
