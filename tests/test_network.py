"""Nagle's algorithm is switched off on the server's sockets, the listening one and those it accepts."""

from __future__ import annotations

import socket
import sys

import pytest

from corridor.ui.network import disable_nagle

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd (Linux)")


def nodelay(sock: socket.socket) -> bool:
    return bool(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))


def test_the_listening_socket_and_its_connections_send_at_once():
    # As Streamlit binds it: protocol 0, so asyncio leaves Nagle's algorithm on.
    with socket.socket(socket.AF_INET) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        with socket.create_connection(listener.getsockname()) as early:
            accepted_early, _ = listener.accept()
            with accepted_early:
                assert not nodelay(listener)
                assert not nodelay(accepted_early)
                assert disable_nagle() >= 3
                assert nodelay(listener)
                assert nodelay(accepted_early), "a connection open before was left as it was"
                assert nodelay(early)
            with socket.create_connection(listener.getsockname()):
                accepted_late, _ = listener.accept()
                with accepted_late:
                    assert nodelay(accepted_late), "a later connection did not take the listener's option"


def test_other_descriptors_are_left_alone_and_still_work(tmp_path):
    before = disable_nagle()
    path = tmp_path / "file.txt"
    one, other = socket.socketpair(socket.AF_UNIX)
    with path.open("w") as handle, one, other:
        assert disable_nagle() == before, "a file or a Unix socket was counted as a TCP socket"
        handle.write("still open")
        one.sendall(b"ping")
        assert other.recv(4) == b"ping"
    assert path.read_text() == "still open"
