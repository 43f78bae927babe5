#!/usr/bin/env python3
"""first-instance.py URL [HEADER: value ...]: prints the seconds from sending the request to the arrival of the
first instance's bytes ("DICM" of the first multipart part), then reads the answer to its end (not timed).
Fails unless the status is 200. Used by bench-wado-deployed.sh."""
import http.client, sys, time, urllib.parse

url = urllib.parse.urlsplit(sys.argv[1])
headers = dict(h.split(": ", 1) for h in sys.argv[2:])
conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=120)
t0 = time.perf_counter()
conn.request("GET", url.path + ("?" + url.query if url.query else ""), headers=headers)
resp = conn.getresponse()
if resp.status != 200:
    sys.exit("HTTP %d: %s" % (resp.status, resp.read(500)))
tail, first = b"", None
while True:
    chunk = resp.read1(65536)
    if not chunk:
        break
    if first is None:
        tail += chunk
        if b"DICM" in tail:
            first = time.perf_counter() - t0
        tail = tail[-3:]
conn.close()
if first is None:
    sys.exit("no DICOM part in the answer")
print("%.4f" % first)
