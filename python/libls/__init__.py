"""libls: model and score a school system as a learning system.

The types and functions are implemented in C++ (``libls._core``); this package re-exports
every public name of it, and adds the error classes, responses from pandas frames
(``responses_from_frame``, ``responses_from_long_frame``) and the results' pandas forms
(``to_frame()``) and Jupyter display (``_repr_html_``).
"""

from __future__ import annotations

from . import _core
from ._core import *  # noqa: F403  (the public names are listed in _core.pyi)
from ._core import __version__
from ._errors import Error, ValidationError
from ._frames import install as _install_frames
from ._from_frame import responses_from_frame, responses_from_long_frame
from ._html import install as _install_html
from . import plots

_install_frames()
_install_html()

__all__ = sorted(
    [name for name in vars(_core) if not name.startswith("_")]
    + ["Error", "ValidationError", "__version__", "responses_from_frame",
       "responses_from_long_frame"]
)
