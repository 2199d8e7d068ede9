"""A local server for the Timeline screenshot: a 103 Early Hints, then a chunked body sent one
line every 150 ms, so each read() shows on the timeline. Usage: python3 slow_chunked_server.py PORT
"""
import socket
import sys
import threading
import time


def answer(connection):
    connection.recv(65536)
    connection.sendall(b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n")
    time.sleep(0.5)
    connection.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
    )
    for number in range(40):
        line = ("line %d of a slow chunked reply\n" % number).encode()
        connection.sendall(b"%x\r\n%s\r\n" % (len(line), line))
        time.sleep(0.15)
    connection.sendall(b"0\r\n\r\n")
    connection.close()


listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", int(sys.argv[1])))
listener.listen(5)
while True:
    connection, _ = listener.accept()
    threading.Thread(target=answer, args=(connection,)).start()
