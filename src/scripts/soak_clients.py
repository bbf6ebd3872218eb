#!/usr/bin/env python3
"""The clients soak.sh drives, standard library only:

  editor  signs in as a contact point and saves partnerships through the real edit form, as a browser
          would (session cookie, CSRF token, every field the form holds), counting saves and answers;
  probe   reads pages on many connections, each request tagged with an X-Request-Id, and records the
          outcome of every one, so that a SIGTERM's effect on requests in flight can be judged against
          the server's access log (report);
  flood   signs in with wrong passwords as fast as it can, from many loopback addresses.
"""
import argparse
import html.parser
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse


class FormFields(html.parser.HTMLParser):
    """What a browser submits for the form posting to `action`: named inputs (checked boxes and
    radios only), textareas, and the selected options of each select (the first one if none is)."""

    def __init__(self, action):
        super().__init__(convert_charrefs=True)
        self.action, self.inside, self.fields = action, False, []
        self.textarea, self.text, self.select, self.options, self.option = None, '', None, [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'form':
            self.inside = (a.get('method', '').lower() == 'post'
                           and urllib.parse.urlsplit(a.get('action', '')).path == self.action)
        elif not self.inside:
            return
        elif tag == 'input':
            kind = (a.get('type') or 'text').lower()
            if a.get('name') and 'disabled' not in a and kind not in ('submit', 'button', 'reset', 'image', 'file'):
                if kind not in ('checkbox', 'radio') or 'checked' in a:
                    self.fields.append((a['name'], a.get('value') or ('on' if kind in ('checkbox', 'radio') else '')))
        elif tag == 'textarea':
            self.textarea, self.text = a.get('name'), ''
        elif tag == 'select':
            self.select, self.multiple, self.options = a.get('name'), 'multiple' in a, []
        elif tag == 'option' and self.select:
            self.option = [a.get('value'), 'selected' in a, '']
            self.options.append(self.option)

    def handle_data(self, data):
        if self.textarea is not None:
            self.text += data
        elif self.option is not None:
            self.option[2] += data

    def handle_endtag(self, tag):
        if tag == 'form':
            self.inside = False
        elif tag == 'textarea' and self.textarea is not None:
            self.fields.append((self.textarea, self.text[1:] if self.text.startswith('\n') else self.text))
            self.textarea = None
        elif tag == 'option':
            self.option = None
        elif tag == 'select' and self.select is not None:
            value = lambda o: o[0] if o[0] is not None else o[2].strip()
            chosen = [value(o) for o in self.options if o[1]]
            if not chosen and not self.multiple and self.options:
                chosen = [value(self.options[0])]
            self.fields.extend((self.select, v) for v in chosen)
            self.select = None


class Browser:
    """One keep-alive connection and a cookie jar."""

    def __init__(self, port, source='127.0.0.1', timeout=60):
        self.port, self.source, self.timeout, self.cookies, self.conn = port, source, timeout, {}, None

    def request(self, method, path, fields=None, headers=None):
        body = urllib.parse.urlencode(fields) if fields is not None else None
        sent = dict(headers or {})
        if self.cookies:
            sent['Cookie'] = '; '.join(f'{k}={v}' for k, v in self.cookies.items())
        if body is not None:
            sent['Content-Type'] = 'application/x-www-form-urlencoded'
        if self.conn is None:
            self.conn = http.client.HTTPConnection('127.0.0.1', self.port, timeout=self.timeout,
                                                   source_address=(self.source, 0))
        try:
            self.conn.request(method, path, body=body, headers=sent)
            response = self.conn.getresponse()
            data = response.read().decode('utf-8', 'replace')
        except Exception:
            self.conn.close()
            self.conn = None
            raise
        for name, value in response.getheaders():
            if name.lower() == 'set-cookie':
                key, _, rest = value.partition('=')
                self.cookies[key.strip()] = rest.split(';', 1)[0]
        return response.status, response.getheader('Location') or '', data

    def form(self, path, action):
        status, _, page = self.request('GET', path)
        if status != 200:
            raise RuntimeError(f'GET {path} answered {status}')
        parser = FormFields(action)
        parser.feed(page)
        return parser.fields

    def sign_in(self, username, password):
        fields = [(k, v) for k, v in self.form('/login', '/login') if k not in ('username', 'password')]
        status, location, _ = self.request('POST', '/login', fields + [('username', username), ('password', password)])
        return status == 302 and '/login' not in location


def editor(args):
    browser = Browser(args.port)
    if not browser.sign_in(args.user, args.password):
        sys.exit('The editor could not sign in')
    saves, conflicts, errors, confirmed = 0, 0, {}, {}
    end = time.time() + args.duration
    n = 0
    while time.time() < end:
        slug = random.choice(args.slugs.split(','))
        path = f'/partnerships/{slug}/edit'
        marker = f'#soak{n}'
        n += 1
        try:
            fields = browser.form(path, path)
            text = next((v for k, v in fields if k == 'descriptionEn'), '').strip()
            fields = [(k, v) for k, v in fields if k != 'descriptionEn'] + [('descriptionEn', f'{text} {marker}'.strip())]
            status, location, page = browser.request('POST', path, fields)
            if status == 302 and location.endswith(f'/partnerships/{slug}'):
                saves += 1
                confirmed.setdefault(slug, []).append(marker)
            elif status == 200 and 'class="conflict"' in page:
                conflicts += 1
            else:
                errors[str(status)] = errors.get(str(status), 0) + 1
        except Exception as ex:
            errors[type(ex).__name__] = errors.get(type(ex).__name__, 0) + 1
            time.sleep(0.5)
        if args.pause:
            time.sleep(args.pause)
    json.dump({'saves': saves, 'conflicts': conflicts, 'errors': errors, 'confirmed': confirmed}, open(args.out, 'w'))


def probe(args):
    paths = [line.strip() for line in open(args.paths) if line.strip()]
    outcomes, lock = [], threading.Lock()
    end = time.time() + args.duration

    def reader(number):
        browser, n, refused = Browser(args.port, timeout=30), 0, 0
        while time.time() < end and refused < 20:
            request_id = f'p{number}-{n}'
            n += 1
            started = time.time()
            try:
                status, _, _ = browser.request('GET', random.choice(paths), headers={'X-Request-Id': request_id})
                outcome, refused = str(status), 0
            except ConnectionRefusedError:
                outcome, refused = 'refused', refused + 1
                time.sleep(0.05)
            except Exception as ex:
                outcome = type(ex).__name__
            with lock:
                outcomes.append((request_id, outcome, started, time.time()))

    threads = [threading.Thread(target=reader, args=(i,)) for i in range(args.connections)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    json.dump(outcomes, open(args.out, 'w'))


def report(args):
    """Every request the server took in is in its access log; one of those whose answer did not reach
    the client, or that answered 5xx, is an in-flight request that failed."""
    outcomes = json.load(open(args.outcomes))
    served = {}
    for line in open(args.access_log):
        parts = line.split()
        if len(parts) >= 2:
            served[parts[0]] = parts[1]
    ok = sum(1 for _, o, _, _ in outcomes if o[:1] in '23' and o.isdigit())
    refused = sum(1 for _, o, _, _ in outcomes if o == 'refused')
    failed = [(i, o) for i, o, _, _ in outcomes if (o.isdigit() and int(o) >= 400) or (not o.isdigit() and o != 'refused' and i in served)]
    never = {}
    for i, o, _, _ in outcomes:
        if not o.isdigit() and o != 'refused' and i not in served:
            never[o] = never.get(o, 0) + 1
    in_flight = sum(1 for _, o, started, ended in outcomes if o.isdigit() and started < args.signalled < ended)
    print(f'shutdown: requests={len(outcomes)} answered_2xx_3xx={ok} in_flight_at_sigterm_answered={in_flight} '
          f'failed_in_flight={len(failed)} '
          f'refused_after_shutdown={refused} closed_before_read={sum(never.values())} {never or ""}')
    for request_id, outcome in failed[:20]:
        print(f'  failed: {request_id} {outcome} (server: {served.get(request_id, "-")})')


def latency(args):
    """p50 and p99 of hey's CSV output (-o csv), and the count of answers by status."""
    rows = [line.split(',') for line in open(args.csv)][1:]
    times = sorted(float(row[0]) * 1000 for row in rows)
    statuses = {}
    for row in rows:
        statuses[row[6]] = statuses.get(row[6], 0) + 1
    pick = lambda q: times[min(len(times) - 1, int(q * len(times)))] if times else float('nan')
    print(f'requests={len(times)} p50={pick(0.5):.1f}ms p99={pick(0.99):.1f}ms status={statuses}')


def flood(args):
    counts, lock = {}, threading.Lock()
    end = time.time() + args.duration

    def attacker(number):
        attempt = 0
        while time.time() < end:
            source = f'127.0.0.{2 + (number * 37 + attempt // 25) % min(args.addresses, 250)}'
            browser = Browser(args.port, source=source, timeout=60)
            try:
                fields = [(k, v) for k, v in browser.form('/login', '/login') if k not in ('username', 'password')]
                for _ in range(25):
                    attempt += 1
                    user = f'guess{random.randrange(10 ** 6)}' if args.random_users else args.user
                    status, location, _ = browser.request('POST', '/login', fields + [('username', user), ('password', f'wrong{attempt}')])
                    kind = location.rsplit('?', 1)[-1] if status == 302 else str(status)
                    with lock:
                        counts[kind] = counts.get(kind, 0) + 1
                    if time.time() >= end:
                        break
            except Exception as ex:
                with lock:
                    counts[type(ex).__name__] = counts.get(type(ex).__name__, 0) + 1

    threads = [threading.Thread(target=attacker, args=(i,)) for i in range(args.workers)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    print('flood: ' + ' '.join(f'{k}={v}' for k, v in sorted(counts.items())) + f' total={sum(counts.values())}')


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest='command', required=True)
    e = commands.add_parser('editor')
    e.add_argument('--port', type=int, required=True)
    e.add_argument('--user', required=True)
    e.add_argument('--password', required=True)
    e.add_argument('--slugs', required=True)
    e.add_argument('--duration', type=float, required=True)
    e.add_argument('--pause', type=float, default=0)
    e.add_argument('--out', required=True)
    p = commands.add_parser('probe')
    p.add_argument('--port', type=int, required=True)
    p.add_argument('--paths', required=True)
    p.add_argument('--connections', type=int, default=32)
    p.add_argument('--duration', type=float, required=True)
    p.add_argument('--out', required=True)
    r = commands.add_parser('report')
    r.add_argument('--outcomes', required=True)
    r.add_argument('--access-log', required=True)
    r.add_argument('--signalled', type=float, required=True, help='when SIGTERM was sent (epoch seconds)')
    f = commands.add_parser('flood')
    f.add_argument('--port', type=int, required=True)
    f.add_argument('--workers', type=int, default=8)
    f.add_argument('--duration', type=float, required=True)
    f.add_argument('--addresses', type=int, default=200)
    f.add_argument('--user', default='admin')
    f.add_argument('--random-users', action='store_true')
    lat = commands.add_parser('latency')
    lat.add_argument('csv')
    args = parser.parse_args()
    {'editor': editor, 'probe': probe, 'report': report, 'latency': latency, 'flood': flood}[args.command](args)


if __name__ == '__main__':
    main()
