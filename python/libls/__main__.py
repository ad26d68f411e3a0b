"""``python -m libls``: the libls command (see libls.cli)."""

import sys

from .cli import main

sys.exit(main())
