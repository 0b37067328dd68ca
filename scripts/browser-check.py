#!/usr/bin/env python3
"""Opens every page of a built site in headless Chromium, from file://, and fails when corpus text ran
or became markup: a JavaScript dialog opened, a script threw or logged, the DOM holds a <script>
(other than the site's own, named with --allow-script), an on* handler, a javascript:/vbscript:/data:
URL or an embedded frame, or an --expect text is shown on no page.

With --search QUERY, the site's search page is also opened with that query (search.html?q=QUERY),
from file:// too, and the results it shows are checked the same way: the index scripts load, the
hits show corpus text as text.

usage: browser-check.py [--browser PATH] [--allow-script SRC]... [--expect TEXT]... [--search QUERY]... SITE
       browser-check.py --self-test [--browser PATH]

Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe: commands on fd 3,
replies on fd 4, each a JSON message ending in NUL), so nothing beyond the standard library is
needed. One browser opens every page in turn; network lookups are refused.
"""
import argparse
import fcntl
import json
import os
import select
import shutil
import signal
import sys
import tempfile
import time
import urllib.parse

PAGE_TIMEOUT = 20.0  # seconds for one page to load: a bound for a stuck browser, not a measurement
SEARCH_STATUS = "(document.getElementById('search-status') || {}).textContent"

# What the DOM of a loaded page holds that corpus text must never create.
INSPECT = r"""(() => {
  const out = {scripts: [], handlers: [], urls: [], frames: []};
  for (const s of document.querySelectorAll('script')) {
    out.scripts.push(s.getAttribute('src') || 'inline: ' + s.textContent.slice(0, 60));
  }
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const value = a.value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
      if (a.name.toLowerCase().startsWith('on')) out.handlers.push(`<${el.localName} ${a.name}="${a.value}">`);
      if (/^(javascript|vbscript|data):/.test(value)) out.urls.push(`<${el.localName} ${a.name}="${a.value}">`);
    }
    if (['iframe', 'frame', 'object', 'embed'].includes(el.localName)) out.frames.push(el.localName);
  }
  out.text = document.title + '\n' + (document.body ? document.body.innerText : document.documentElement.textContent);
  return out;
})()"""


class Browser:
    """Headless Chromium and its DevTools pipe; events that arrive while waiting are handed to on_event."""

    def __init__(self, path):
        self.profile = tempfile.mkdtemp(prefix="browser-check-")
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()
        # Out of the way of 3 and 4, where the browser expects them.
        to_browser_r, from_browser_w = (fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in (to_browser_r, from_browser_w))
        self.log = open(os.path.join(self.profile, "stderr.log"), "wb")
        args = [path, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
                f"--user-data-dir={self.profile}", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-sync",
                "--disable-component-update", "--mute-audio", "--host-resolver-rules=MAP * ~NOTFOUND", "about:blank"]
        self.pid = os.posix_spawn(path, args, os.environ, file_actions=[
            (os.POSIX_SPAWN_DUP2, to_browser_r, 3), (os.POSIX_SPAWN_DUP2, from_browser_w, 4),
            (os.POSIX_SPAWN_DUP2, self.log.fileno(), 1), (os.POSIX_SPAWN_DUP2, self.log.fileno(), 2)])
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0
        self.on_event = lambda message: None

    def post(self, method, params=None, session=None):
        """Sends a command without waiting for its reply; returns its id."""
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        return self.next_id

    def receive(self, deadline):
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.from_browser], [], [], left)[0]:
                raise TimeoutError("the browser did not answer in time")
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                raise ConnectionError("the browser closed its pipe; its log: " + self.stderr())
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=None):
        """Sends a command and returns its result, handing events to on_event meanwhile."""
        wanted = self.post(method, params, session)
        deadline = time.monotonic() + PAGE_TIMEOUT
        while True:
            message = self.receive(deadline)
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error'].get('message')}")
                return message.get("result", {})
            if "method" in message:
                self.on_event(message)

    def wait_for(self, event, session):
        deadline = time.monotonic() + PAGE_TIMEOUT
        while True:
            message = self.receive(deadline)
            if "method" in message:
                self.on_event(message)
                if message["method"] == event and message.get("sessionId") == session:
                    return message

    def stderr(self):
        self.log.flush()
        with open(self.log.name, errors="replace") as f:
            return f.read()[-2000:]

    def close(self):
        try:
            self.post("Browser.close")
        except OSError:
            pass
        deadline = time.monotonic() + 10
        while os.waitpid(self.pid, os.WNOHANG) == (0, 0):
            if time.monotonic() > deadline:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
                break
            time.sleep(0.05)
        self.log.close()
        shutil.rmtree(self.profile, ignore_errors=True)


def check_pages(browser, pages, allowed_scripts):
    """Opens each page; returns (problems, the text shown on each page)."""
    problems, shown = [], {}
    target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    current = [None]

    def on_event(message):
        method, params = message["method"], message.get("params", {})
        if method == "Page.javascriptDialogOpening":
            problems.append(f"{current[0]}: a JavaScript dialog opened ({params.get('type')}): {params.get('message')!r}")
            browser.post("Page.handleJavaScriptDialog", {"accept": False}, session)
        elif method == "Runtime.exceptionThrown":
            problems.append(f"{current[0]}: a script threw: {params['exceptionDetails'].get('text')}")
        elif method == "Runtime.consoleAPICalled":
            problems.append(f"{current[0]}: a script called console.{params.get('type')}")

    browser.on_event = on_event
    browser.call("Page.enable", session=session)
    browser.call("Runtime.enable", session=session)
    for name, path in pages:
        current[0] = name
        result = browser.call("Page.navigate", {"url": "file://" + path}, session)
        if result.get("errorText"):
            problems.append(f"{name}: did not load: {result['errorText']}")
            continue
        browser.wait_for("Page.loadEventFired", session)
        if "?q=" in name:
            # The index loads after the page: wait until the search says what it found.
            deadline = time.monotonic() + PAGE_TIMEOUT
            while time.monotonic() < deadline:
                said = browser.call("Runtime.evaluate", {"expression": SEARCH_STATUS, "returnByValue": True}, session)["result"].get("value")
                if said and not said.startswith("Loading"):
                    break
                time.sleep(0.05)
            else:
                problems.append(f"{name}: the search showed no result in {PAGE_TIMEOUT:.0f} s")
        found = browser.call("Runtime.evaluate", {"expression": INSPECT, "returnByValue": True}, session)["result"]["value"]
        problems += [f"{name}: a script from the corpus: {s}" for s in found["scripts"] if s not in allowed_scripts]
        problems += [f"{name}: an event handler: {h}" for h in found["handlers"]]
        problems += [f"{name}: a script URL: {u}" for u in found["urls"]]
        problems += [f"{name}: an embedded {f}" for f in found["frames"]]
        shown[name] = found["text"]
    browser.call("Target.closeTarget", {"targetId": target})
    return problems, shown


def run(browser_path, site, allowed_scripts, expected, searches=()):
    pages = sorted((os.path.relpath(os.path.join(folder, f), site), os.path.abspath(os.path.join(folder, f)))
                   for folder, _, files in os.walk(site) for f in files if f.endswith((".html", ".svg")))
    search_page = os.path.abspath(os.path.join(site, "search.html"))
    pages += [(f"search.html?q={query}", search_page + "?q=" + urllib.parse.quote(query)) for query in searches]
    if not pages:
        return [f"{site}: no pages to open"], 0
    browser = Browser(browser_path)
    try:
        problems, shown = check_pages(browser, pages, set(allowed_scripts))
    finally:
        browser.close()
    for text in expected:
        if not any(text in page for page in shown.values()):
            problems.append(f"shown on no page as text: {text!r}")
    return problems, len(pages)


def self_test(browser_path):
    """The check must see what it looks for: a page that runs corpus text fails it, its escaped twin passes."""
    with tempfile.TemporaryDirectory(prefix="browser-check-self-") as folder:
        bad, good = os.path.join(folder, "bad"), os.path.join(folder, "good")
        for path, body in [(bad, "<p><script>alert(1)</script><img src=x onerror=alert(2)><a href=' javascript:alert(3)'>x</a></p>"),
                           (good, "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; {{title}}</p>")]:
            os.mkdir(path)
            with open(os.path.join(path, "index.html"), "w", encoding="utf-8") as f:
                f.write(f"<!DOCTYPE html><html lang=en><head><title>t</title></head><body>{body}</body></html>")
        bad_problems, _ = run(browser_path, bad, [], [])
        good_problems, _ = run(browser_path, good, [], ["<script>alert(1)</script> &amp; {{title}}"])
    wanted = ["dialog opened (alert): '1'", "a script from the corpus: inline: alert(1)", "an event handler: <img onerror",
              "a script URL: <a href"]
    missed = [w for w in wanted if not any(w in p for p in bad_problems)]
    for w in missed:
        print(f"self-test: the check missed {w!r} on a page that runs corpus text", file=sys.stderr)
    for p in good_problems:
        print(f"self-test: the check flagged a page that shows its text as text: {p}", file=sys.stderr)
    return 1 if missed or good_problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", nargs="?")
    parser.add_argument("--browser", default=shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome"))
    parser.add_argument("--allow-script", action="append", default=[], metavar="SRC", help="the src of one of the site's own scripts")
    parser.add_argument("--expect", action="append", default=[], metavar="TEXT", help="text some page must show as text")
    parser.add_argument("--search", action="append", default=[], metavar="QUERY", help="also open search.html?q=QUERY and check its results")
    parser.add_argument("--self-test", action="store_true", help="check the check: a page running corpus text must fail it")
    args = parser.parse_args()
    if not args.browser:
        print("error: no chromium found: install it (apt-get install chromium) or pass --browser", file=sys.stderr)
        return 2
    if args.self_test:
        status = self_test(args.browser)
        print("self-test: " + ("the check sees dialogs, scripts, handlers and script URLs" if status == 0 else "FAILED"))
        return status
    if not args.site or not os.path.isdir(args.site):
        parser.error("SITE must be a built site folder")
    started = time.monotonic()
    problems, pages = run(args.browser, args.site, args.allow_script, args.expect, args.search)
    for problem in problems:
        print("error: " + problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problems in {pages} pages.", file=sys.stderr)
        return 1
    print(f"{pages} pages opened in Chromium in {time.monotonic() - started:.1f} s: no dialog, no script, no handler; "
          f"{len(args.expect)} texts shown as text.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
