"""Build the optional compiled fast paths (``src/marsad/_speedups/*.pyx``, Cython → C).

Everything else about the package is in ``pyproject.toml``. The extensions are optional: without
Cython or a C compiler (or with ``MARSAD_NO_EXTENSIONS=1``) the package installs without them and
Marsad runs its pure-Python code, which gives the same results (see ``marsad._speedups``).
Each extension is compiled with the hash of its sources (``_speedups/_manifest.py``) so that a
stale build is detected at import time and not used.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
PACKAGE_DIR = HERE / "src" / "marsad"


def _manifest():
    spec = importlib.util.spec_from_file_location("_marsad_manifest", PACKAGE_DIR / "_speedups" / "_manifest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _extensions() -> list[Extension]:
    if os.environ.get("MARSAD_NO_EXTENSIONS", "") not in ("", "0"):
        print("marsad: MARSAD_NO_EXTENSIONS set: pure Python only", file=sys.stderr)
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        print("marsad: Cython not available: pure Python only (same results, slower)", file=sys.stderr)
        return []
    manifest = _manifest()
    exts = []
    for name in manifest.SOURCES:
        digest = manifest.source_hash(PACKAGE_DIR, name)
        exts.append(
            Extension(
                f"marsad._speedups.{name}",
                [f"src/marsad/_speedups/{name}.pyx"],
                define_macros=[("MARSAD_SOURCE_HASH", f'"{digest}"')],
                extra_compile_args=["-O2"],
            )
        )
    try:
        return cythonize(exts, compiler_directives={"language_level": "3"}, quiet=True)
    except Exception as exc:  # noqa: BLE001 - a Cython error must not fail the installation
        print(f"marsad: Cython could not translate the fast paths ({exc}); pure Python only", file=sys.stderr)
        return []


class OptionalBuildExt(build_ext):
    """``build_ext`` whose failures are warnings: the extensions only make Marsad faster."""

    def run(self) -> None:
        # always recompile: the source hash passed to the compiler may have changed while the
        # .pyx (the only file build_ext compares timestamps of) did not
        self.force = True
        try:
            super().run()
        except Exception as exc:  # noqa: BLE001 - no compiler: install the pure-Python package
            print(f"marsad: compiled fast paths not built ({exc}); pure Python is used", file=sys.stderr)

    def build_extension(self, ext: Extension) -> None:
        try:
            super().build_extension(ext)
        except Exception as exc:  # noqa: BLE001
            print(f"marsad: {ext.name} not built ({exc}); pure Python is used", file=sys.stderr)


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
