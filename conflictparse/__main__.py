"""``python -m conflictparse``: the same as the ``conflictparse`` command."""

import sys

from .cli import main

sys.exit(main())
