"""The command line: the same program as the GUI, for IT staff, scripts and tests.

Exit codes: 0 success, 2 usage error (argparse), 3 rejected input (one line on
stderr naming the problem), 1 unexpected failure (details in the log file).
"""

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
EXIT_REJECTED = 3
