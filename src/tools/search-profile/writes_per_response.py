#!/usr/bin/env python3
"""writes_per_response.py PORT PID PATH N: one keep-alive connection to a server; counts, with strace, the server's writes
on that connection per response, and the client's recv calls per response, and says the framing (session 12)."""
import socket, subprocess, sys, time, re, os, signal
port, pid, path, n = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
s = socket.create_connection(("127.0.0.1", port)); s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
local = s.getsockname()[1]
def one():
    s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nUser-Agent: w\r\n\r\n".encode())
    buf = b""; recvs = 0
    while True:
        d = s.recv(1 << 20); recvs += 1; buf += d
        if b"\r\n\r\n" in buf:
            head, body = buf.split(b"\r\n\r\n", 1)
            m = re.search(rb"Content-Length: (\d+)", head, re.I)
            if m and len(body) >= int(m.group(1)): return head, recvs
            if b"chunked" in head.lower() and body.endswith(b"0\r\n\r\n"): return head, recvs
one()
ss = subprocess.run(["ss", "-tnpH", f"dst 127.0.0.1:{local}"], capture_output=True, text=True).stdout
fd = re.search(r"fd=(\d+)", ss).group(1)
st = subprocess.Popen(["strace", "-f", "-qq", "-e", "trace=write,writev,sendto,sendmsg", "-p", pid, "-o", "/tmp/writes_per_response.strace"])
time.sleep(1.5)
tot = 0
for i in range(n):
    head, r = one(); tot += r
time.sleep(0.5); st.send_signal(signal.SIGINT); st.wait()
lines = [l for l in open("/tmp/writes_per_response.strace") if re.search(rf"\b(write|writev|sendto|sendmsg)\({fd},", l)]
print(path, "server writes per response %.2f" % (len(lines) / n), "client recv calls per response %.2f" % (tot / n),
      "chunked" if b"chunked" in head.lower() else "content-length")
