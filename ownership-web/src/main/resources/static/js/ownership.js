// Ownership's only script: sends the CSRF token with htmx requests. Loaded from a file so that
// the Content-Security-Policy can forbid inline script.
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// Search fields (fragments/forms :: picker): the suggestions are asked for with the typed text as q, whatever the
// field's name; a suggestion chosen (click, or Enter on it) fills the field; the arrow keys move between the field
// and its suggestions, Escape closes them.
document.addEventListener('htmx:configRequest', function (event) {
  if (event.detail.elt.classList.contains('picker-input')) {
    event.detail.parameters = { q: event.detail.elt.value };
  }
});
function pickerOf(element) {
  var picker = element.closest('.picker');
  return picker && {
    input: picker.querySelector('.picker-input'),
    list: picker.querySelector('.picker-suggestions')
  };
}
document.addEventListener('click', function (event) {
  var pick = event.target.closest('.picker-pick');
  var picker = pick && pickerOf(pick);
  if (picker) {
    picker.input.value = pick.getAttribute('data-pick');
    picker.list.innerHTML = '';
    picker.input.focus();
    // what depends on the choice (the new risk's assets) follows it
    picker.input.dispatchEvent(new Event('change', { bubbles: true }));
  }
});
document.addEventListener('keydown', function (event) {
  var picker = pickerOf(event.target);
  if (!picker) {
    return;
  }
  var picks = Array.prototype.slice.call(picker.list.querySelectorAll('.picker-pick'));
  var at = picks.indexOf(event.target);
  if (event.key === 'ArrowDown' && picks.length > 0) {
    picks[Math.min(at + 1, picks.length - 1)].focus();
    event.preventDefault();
  } else if (event.key === 'ArrowUp' && at >= 0) {
    (at === 0 ? picker.input : picks[at - 1]).focus();
    event.preventDefault();
  } else if (event.key === 'Escape' && picks.length > 0) {
    picker.list.innerHTML = '';
    picker.input.focus();
  }
});
