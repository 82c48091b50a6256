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
        assert not nodelay(listener)
        assert disable_nagle() >= 1
        assert nodelay(listener)
        with socket.create_connection(listener.getsockname()) as client:
            accepted, _ = listener.accept()
            with accepted:
                assert nodelay(accepted), "an accepted connection did not take the listener's option"
            assert client is not None


def test_other_descriptors_are_left_alone(tmp_path):
    with (tmp_path / "file.txt").open("w") as handle, socket.socket(socket.AF_UNIX) as unix:
        disable_nagle()
        assert not handle.closed
        assert unix.fileno() >= 0
