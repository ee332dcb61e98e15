"""PyInstaller entry script: the frozen app starts here, exactly like ``rrr-desktop``."""

import sys

from rrr_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
