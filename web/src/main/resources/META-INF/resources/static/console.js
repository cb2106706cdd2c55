// Progressive help for the moderators' console; everything also works without it (plain form posts).
// Select all, and keys: j / k move between rows, x selects the row, a / s / t approve, spam or trash it.
(function () {
  'use strict';
  var form = document.getElementById('queue-form');
  if (!form) {
    return;
  }
  var boxes = function () {
    return Array.prototype.slice.call(form.querySelectorAll('input[name="ids"]'));
  };
  var all = document.getElementById('select-all');
  if (all) {
    all.disabled = false;
    all.addEventListener('change', function () {
      boxes().forEach(function (box) { box.checked = all.checked; });
    });
  }
  var rows = Array.prototype.slice.call(form.querySelectorAll('tr.queue-row'));
  var current = -1;
  function select(index) {
    if (rows.length === 0) {
      return;
    }
    if (current >= 0) {
      rows[current].classList.remove('current');
    }
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows[current].classList.add('current');
    rows[current].focus();
  }
  function press(name) {
    if (current < 0) {
      return;
    }
    var button = rows[current].querySelector('button.act-' + name);
    if (button) {
      button.click();
    }
  }
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || (target && /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName)
        && target.type !== 'checkbox')) {
      return;
    }
    switch (event.key) {
      case 'j': select(current + 1); break;
      case 'k': select(current - 1); break;
      case 'x':
        if (current >= 0) {
          var box = rows[current].querySelector('input[name="ids"]');
          box.checked = !box.checked;
        }
        break;
      case 'a': press('approve'); break;
      case 's': press('spam'); break;
      case 't': press('trash'); break;
      default: return;
    }
    event.preventDefault();
  });
}());
