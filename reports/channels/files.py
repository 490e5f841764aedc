"""Atomic file writes: a reader sees the old file or the new one, never a part, even after a crash.

The text goes to a temporary file in the same folder (so the rename cannot cross file systems), is flushed
to disk, then `os.replace` puts it under its final name in one step; the folder is synced so the rename
itself survives a power cut. A crash before the rename leaves only a hidden `.NAME.*.tmp` file, which the
next write of the same name removes once it is old enough to belong to no live writer.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

_STALE_TEMP_SECONDS = 3600


def atomic_write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(path)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)  # mkstemp makes 0600; a digest folder is usually shared or served
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # some platforms cannot open a folder; the rename is still atomic there
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_stale_temps(path: Path) -> None:
    cutoff = time.time() - _STALE_TEMP_SECONDS
    for temp in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            if temp.stat().st_mtime < cutoff:
                temp.unlink()
