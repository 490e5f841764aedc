"""What the parse worker process runs at start. Kept apart and light: the worker imports this module and
`monitor.parse`, not the fetcher with its HTTP client and trafilatura (a second of start-up per cycle)."""

from __future__ import annotations

import os
import threading
import time


def exit_with_parent(parent: int, every: float = 1.0) -> None:
    """End this worker when Parley ends. A worker whose parent was killed (SIGKILL, out of memory) would
    otherwise wait for work forever, holding its memory."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(0)

    threading.Thread(target=watch, name="parley-parent-watch", daemon=True).start()
