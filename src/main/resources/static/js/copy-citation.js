// Copies a citation's text to the clipboard. The button stays hidden without this script: the citation is
// then plain text to select. Where the clipboard cannot be written (an old browser, a page not served over
// HTTPS), the text is selected instead, and the status says to copy it with the keyboard.
(function () {
  'use strict';

  function textOf(element) {
    var lines = [];
    var paragraphs = element.querySelectorAll('p');
    if (paragraphs.length === 0) {
      return element.textContent.trim();
    }
    paragraphs.forEach(function (paragraph) {
      lines.push(paragraph.textContent.replace(/\s+/g, ' ').trim());
    });
    return lines.join('\n');
  }

  function select(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function say(status, message) {
    if (status) {
      status.textContent = '';
      // A fresh text each time, so that screen readers announce a second copy too.
      window.setTimeout(function () { status.textContent = message; }, 50);
    }
  }

  document.querySelectorAll('button[data-copy-target]').forEach(function (button) {
    var target = document.getElementById(button.getAttribute('data-copy-target'));
    if (!target) {
      return;
    }
    var status = button.parentNode.querySelector('.copy-status');
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = textOf(target);
      var failed = function () {
        select(target);
        say(status, button.getAttribute('data-failed'));
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () {
          say(status, button.getAttribute('data-copied'));
        }, failed);
      } else {
        failed();
      }
    });
  });
}());
