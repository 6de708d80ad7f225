#!/usr/bin/env python3
"""Start-up to the first 200 on /search and the search page right after, for `serve --no-demo` on an existing data
folder, with the import warm-up on (FACETWIRE_IMPORT_WARM_UP=3000) or off, in the order given.
usage: startup.py JAR DATADIR PORT on|off..."""
import subprocess, time, urllib.request, sys, os, signal
jar, data, port = sys.argv[1], sys.argv[2], int(sys.argv[3]); modes = sys.argv[4:]
for mode in modes:
    env = dict(os.environ); env['FACETWIRE_IMPORT_WARM_UP'] = '0' if mode == 'off' else '3000'
    t = time.time(); load = os.getloadavg()[0]
    p = subprocess.Popen(['java', '-jar', jar, 'serve', '--no-demo', '--port', str(port), '--data-dir', data], env=env,
                         stdout=open('/tmp/s15i/startup-%s.log' % mode, 'w'), stderr=subprocess.STDOUT)
    while True:
        try:
            with urllib.request.urlopen('http://127.0.0.1:%d/search' % port, timeout=10) as r:
                if r.status == 200: break
        except Exception: time.sleep(0.025)
    first = time.time() - t
    # a second page right after: does the warm-up's start slow a search page?
    t2 = time.time(); urllib.request.urlopen('http://127.0.0.1:%d/search?q=oil' % port, timeout=30).read(); s2 = time.time() - t2
    print('%s: first 200 after %.1f s, then a search page %.0f ms, load %.1f' % (mode, first, s2 * 1000, load), flush=True)
    p.send_signal(signal.SIGTERM); p.wait(); time.sleep(2)
