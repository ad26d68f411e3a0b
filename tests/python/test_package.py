"""The installed package: version, typing files, public names."""

from __future__ import annotations

import re
from pathlib import Path

import libls

ROOT = Path(__file__).resolve().parents[2]


def header_version() -> str:
    text = (ROOT / "include/ls/version.hpp").read_text()
    parts = [re.search(rf"#define LS_VERSION_{p} (\d+)", text).group(1)
             for p in ("MAJOR", "MINOR", "PATCH")]
    return ".".join(parts)


def test_version_matches_the_cmake_project_version():
    assert libls.__version__ == header_version()
    assert libls.version() == libls.__version__


def test_typing_files_ship_with_the_package():
    package = Path(libls.__file__).parent
    assert (package / "py.typed").is_file()
    assert (package / "_core.pyi").is_file()


def test_the_extension_is_private_and_everything_is_re_exported():
    assert libls._core.__name__ == "libls._core"
    for name in libls.__all__:
        assert hasattr(libls, name), name
    public_core = [n for n in dir(libls._core) if not n.startswith("_")]
    assert sorted(set(public_core) - set(libls.__all__)) == []
