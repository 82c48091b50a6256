"""Send each rerun's messages at once: switch Nagle's algorithm off on the server's TCP sockets.

Streamlit 1.67 binds its listening socket as ``socket.socket(family)``, with
protocol 0, and asyncio switches on ``TCP_NODELAY`` only for sockets whose
protocol is ``IPPROTO_TCP``. So every connection keeps Nagle's algorithm, and
the messages of a rerun that follow its first wait for the browser's delayed
acknowledgement, about 40 ms on Linux, before they leave.

Setting ``TCP_NODELAY`` on the listening socket fixes every later connection
(Linux copies the option to the sockets it accepts), and setting it on the open
ones fixes theirs. The sockets are found through ``/proc/self/fd``; where that
does not exist nothing is done.
"""

from __future__ import annotations

import socket
from pathlib import Path

FDS = Path("/proc/self/fd")


def disable_nagle() -> int:
    """Set TCP_NODELAY on every TCP socket of this process; return how many were set."""
    if not FDS.is_dir():
        return 0
    done = 0
    for entry in FDS.iterdir():
        try:
            if not str(entry.readlink()).startswith("socket:"):
                continue
            # fromfd duplicates the descriptor; the option is set on the socket both
            # share. On anything but a TCP socket setsockopt fails and it is skipped.
            with socket.fromfd(int(entry.name), socket.AF_INET, socket.SOCK_STREAM) as sock:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            done += 1
        except (OSError, ValueError):
            continue
    return done
