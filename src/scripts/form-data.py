#!/usr/bin/env python3
"""Prints, URL-encoded, the fields a browser would post for the form of an HTML page (read on stdin)
whose action is ACTION, with NAME=VALUE overrides: what curl needs to post a whole edit form.

    curl ... /partnerships/palim/edit | python3 form-data.py /partnerships/palim/edit summaryEn='New text'
"""
import sys
from html.parser import HTMLParser
from urllib.parse import urlencode


class Form(HTMLParser):
    def __init__(self, action):
        super().__init__(convert_charrefs=True)
        self.action, self.inside, self.fields = action, False, []
        self.select, self.options, self.textarea = None, [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'form':
            self.inside = a.get('action') == self.action
        if not self.inside:
            return
        if tag == 'input' and a.get('name'):
            kind = a.get('type', 'text')
            if kind in ('submit', 'button', 'reset', 'image', 'file'):
                return
            if kind in ('checkbox', 'radio') and 'checked' not in a:
                return
            self.fields.append((a['name'], a.get('value', 'on' if kind in ('checkbox', 'radio') else '')))
        elif tag == 'select' and a.get('name'):
            self.select, self.options = (a['name'], 'multiple' in a), []
        elif tag == 'option' and self.select:
            self.options.append((a.get('value', ''), 'selected' in a))
        elif tag == 'textarea' and a.get('name'):
            self.textarea = [a['name'], '']

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == 'form':
            self.inside = False
        elif tag == 'select' and self.select:
            name, multiple = self.select
            chosen = [value for value, selected in self.options if selected]
            if not chosen and not multiple and self.options:
                chosen = [self.options[0][0]]
            self.fields.extend((name, value) for value in chosen)
            self.select = None
        elif tag == 'textarea' and self.textarea is not None:
            self.fields.append((self.textarea[0], self.textarea[1].removeprefix('\n')))
            self.textarea = None


form = Form(sys.argv[1])
form.feed(sys.stdin.read())
overrides = dict(argument.split('=', 1) for argument in sys.argv[2:])
fields = [(name, value) for name, value in form.fields if name not in overrides] + list(overrides.items())
if not form.fields:
    sys.exit('no form posting to ' + sys.argv[1])
print(urlencode(fields))
