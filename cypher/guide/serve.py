#!/usr/bin/env python3
"""Serves this folder on http://localhost:8001 with the CORS header Neo4j
Browser needs to load a guide from another origin. Then, in Browser:
    :play http://localhost:8001/newsgraph.html
(localhost is on Browser's default allowlist,
browser.remote_content_hostname_allowlist). Stop it with Ctrl-C."""
import functools
import http.server
import os
import sys


class CORSHandler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8001
    handler = functools.partial(CORSHandler, directory=os.path.dirname(os.path.abspath(__file__)))
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as httpd:
        print(f"serving the newsgraph guide: in Neo4j Browser run  :play http://localhost:{port}/newsgraph.html")
        httpd.serve_forever()
