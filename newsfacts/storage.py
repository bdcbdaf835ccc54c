"""Where raw files and the warehouse may live: local folders, file:// URLs, and (raw files only) any fsspec URL.

Raw files are only listed and read, which every fsspec file system (s3://, gs://, memory://, ...) does
soundly, so a cluster's workers can read them from one shared bucket. The warehouse is different: its
commit protocol needs an atomic rename and a file lock (see newsfacts/warehouse.py), which object stores do
not offer, so it must be a folder on a real file system: a local disk, or a mount every worker shares (NFS,
with working locks), given as a path or a file:// URL.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from typing import IO

import fsspec
from fsspec.core import split_protocol

LOCAL_PROTOCOLS = (None, "file", "local")


class UnsupportedLocation(ValueError):
    """A location the warehouse cannot live in; the message says why and what to use instead."""


def local_path(location: str) -> str | None:
    """The plain path of a local location (a path or a file:// URL); None for any other URL."""
    protocol, path = split_protocol(str(location))
    return path if protocol in LOCAL_PROTOCOLS else None


def warehouse_path(location: str) -> str:
    """The warehouse folder as a path, from a path or a file:// URL; other URLs are refused (why: above)."""
    path = local_path(location)
    if path is None:
        raise UnsupportedLocation(
            f"The warehouse cannot be at {location}: its atomic batch commits need a file system with "
            "rename and file locks, which object stores do not have. Use a local folder, or a folder every "
            "worker mounts (NFS), as a path or file:// URL; raw files may stay on the object store."
        )
    return path


def absolute(location: str) -> str:
    """A local location as an absolute path (work may run in another process or folder); URLs unchanged."""
    path = local_path(location)
    return location if path is None else os.path.abspath(path)


@dataclass(frozen=True)
class RawEntry:
    """A raw file as listed: its name, where to read it (path or URL), size and modification time."""

    name: str
    path: str
    size: int
    mtime_ns: int


def _hidden(name: str) -> bool:
    return name.startswith((".", "_"))


def list_files(location: str) -> list[RawEntry]:
    """Regular, non-hidden files directly in a folder or under a URL prefix, by name (no sub-folders)."""
    path = local_path(location)
    if path is not None:
        with os.scandir(path) as entries:
            found = [
                RawEntry(e.name, e.path, (st := e.stat()).st_size, st.st_mtime_ns)
                for e in entries
                if e.is_file() and not _hidden(e.name)
            ]
    else:
        fs, root = fsspec.core.url_to_fs(location)
        found = [
            RawEntry(name, fs.unstrip_protocol(info["name"]), int(info.get("size") or 0), _mtime_ns(info))
            for info in fs.ls(root, detail=True)
            if info.get("type") == "file" and not _hidden(name := os.path.basename(info["name"].rstrip("/")))
        ]
    return sorted(found, key=lambda e: e.name)


def _mtime_ns(info: dict) -> int:
    """Modification time from an fsspec listing, whatever the backend calls it; 0 when it has none."""
    for key in ("mtime", "LastModified", "last_modified", "updated", "created"):
        value = info.get(key)
        if isinstance(value, datetime):
            return int(value.timestamp() * 1e9)
        if isinstance(value, int | float):
            return int(value * 1e9)
        if isinstance(value, str):
            try:
                return int(datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp() * 1e9)
            except ValueError:
                continue
    return 0


def open_raw(path: str) -> IO[bytes]:
    """Open a listed raw file for reading: the built-in open for local files, fsspec for URLs."""
    local = local_path(path)
    return open(local, "rb") if local is not None else fsspec.open(path, "rb").open()
