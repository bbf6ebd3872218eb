// The partnership form, a little easier with script; everything works without it (progressive enhancement).
// Filterable checkbox lists, rows added at once, an address name proposed from the name as it is typed.
(function () {
  'use strict';

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  // A list of checkboxes: a filter box above it, and the list of what is chosen kept up to date.
  function choices(fieldset) {
    var filter = fieldset.querySelector('.choices-filter');
    var box = filter.querySelector('input');
    var items = Array.prototype.slice.call(fieldset.querySelectorAll('.choice-list li'));
    var chosen = fieldset.querySelector('.chosen-list');
    filter.hidden = false;
    box.addEventListener('input', function () {
      var wanted = fold(box.value.trim());
      items.forEach(function (item) {
        item.hidden = wanted !== '' && fold(item.textContent).indexOf(wanted) < 0;
      });
    });
    // Enter in the filter box must not send the form.
    box.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
      }
    });
    fieldset.addEventListener('change', function () {
      var names = items.filter(function (item) {
        return item.querySelector('input').checked;
      }).map(function (item) {
        return item.querySelector('label').textContent;
      });
      while (chosen.firstChild) {
        chosen.removeChild(chosen.firstChild);
      }
      (names.length ? names : [chosen.getAttribute('data-none')]).forEach(function (name) {
        var span = document.createElement('span');
        span.textContent = name;
        if (!names.length) {
          span.className = 'none';
        }
        chosen.appendChild(span);
      });
    });
  }

  // "Add a row": a copy of the last row, emptied, with its index (name, id, label, count) the next one.
  function addRow(button) {
    var list = button.getAttribute('data-add-row');
    var rows = document.querySelector('[data-rows="' + list + '"]');
    var all = rows.querySelectorAll('[data-row]');
    var last = all[all.length - 1];
    var from = all.length - 1;
    var to = all.length;
    var row = last.cloneNode(true);
    var index = new RegExp(list + '(\\[|)' + from + '(\\]|)', 'g');
    function renumber(value) {
      return value.replace(index, function (match, open, close) {
        return list + open + to + close;
      });
    }
    Array.prototype.forEach.call(row.querySelectorAll('[name], [id], [for]'), function (element) {
      ['name', 'id', 'for'].forEach(function (attribute) {
        if (element.hasAttribute(attribute)) {
          element.setAttribute(attribute, renumber(element.getAttribute(attribute)));
        }
      });
    });
    Array.prototype.forEach.call(row.querySelectorAll('[aria-label]'), function (element) {
      element.setAttribute('aria-label', element.getAttribute('aria-label').replace(/\d+$/, String(to + 1)));
    });
    Array.prototype.forEach.call(row.querySelectorAll('h3'), function (heading) {
      heading.textContent = heading.textContent.replace(/\d+(?!.*\d)/, String(to + 1));
    });
    Array.prototype.forEach.call(row.querySelectorAll('.field-error'), function (error) {
      error.parentNode.removeChild(error);
    });
    Array.prototype.forEach.call(row.querySelectorAll('.has-error'), function (field) {
      field.classList.remove('has-error');
    });
    Array.prototype.forEach.call(row.querySelectorAll('input, textarea, select'), function (field) {
      field.removeAttribute('aria-invalid');
      field.removeAttribute('aria-describedby');
      if (field.tagName === 'SELECT') {
        field.selectedIndex = 0;
        Array.prototype.forEach.call(field.options, function (option, n) {
          option.defaultSelected = n === 0;
        });
      }
      else if (field.type !== 'hidden') {
        field.value = '';
        field.defaultValue = '';
      }
    });
    last.parentNode.insertBefore(row, last.nextSibling);
    var first = row.querySelector('input:not([type=hidden]), select, textarea');
    if (first) {
      first.focus();
    }
  }

  function slugOf(name) {
    return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  }

  // A new entry's address name follows its name until the person writes one of their own.
  function proposedSlug(slug) {
    var names = slug.getAttribute('data-slug-from').split(' ').map(function (id) {
      return document.getElementById(id);
    }).filter(Boolean);
    var proposed = slug.value;
    function propose() {
      if (slug.value !== proposed) {
        return; // edited by the person: theirs from now on
      }
      var name = names.map(function (field) {
        return field.value.trim();
      }).filter(Boolean)[0] || '';
      slug.value = proposed = slugOf(name);
    }
    names.forEach(function (field) {
      field.addEventListener('input', propose);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-choices]'), choices);
  Array.prototype.forEach.call(document.querySelectorAll('button[data-add-row]'), function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      addRow(button);
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('.spare-rows'), function (hint) {
    hint.hidden = true;
  });
  var slug = document.querySelector('input[data-slug-from]');
  if (slug) {
    proposedSlug(slug);
  }
})();
