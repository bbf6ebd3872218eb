// The catalogue's filters apply as soon as a box is ticked or unticked: the same GET the Apply button
// sends, so that without script everything still works. After the new page loads, the box just changed
// has the focus again, so a keyboard reader carries on from where they were.
(function () {
  'use strict';
  var form = document.querySelector('form.catalogue-form');
  if (!form) {
    return;
  }
  var KEY = 'smp-filter-focus';
  try {
    var last = window.sessionStorage.getItem(KEY);
    window.sessionStorage.removeItem(KEY);
    if (last) {
      var wanted = JSON.parse(last);
      var boxes = form.querySelectorAll('.facet input[type=checkbox]');
      for (var i = 0; i < boxes.length; i++) {
        if (boxes[i].name === wanted[0] && boxes[i].value === wanted[1]) {
          boxes[i].focus();
          break;
        }
      }
    }
  } catch (ignored) {
    // No session storage: the focus starts at the top of the page, as without script.
  }
  form.classList.add('applies-at-once');
  form.addEventListener('change', function (event) {
    var box = event.target;
    if (!box.matches('.facet input[type=checkbox]')) {
      return;
    }
    try {
      window.sessionStorage.setItem(KEY, JSON.stringify([box.name, box.value]));
    } catch (ignored) {
      // Nothing to restore then.
    }
    // Years are typed, so they wait for the Apply button; a box applies at once.
    if (form.requestSubmit) {
      form.requestSubmit();
    } else {
      form.submit();
    }
  });
}());
