// The matrix editor: every htmx change is sent with the draft revision the page shows now, which
// each answer updates (out of band for a cell, with the whole editor otherwise). Without JavaScript
// each form posts the revision it was drawn with.
document.addEventListener('htmx:configRequest', function (event) {
  var revision = document.getElementById('draft-revision');
  var editor = event.detail.elt && event.detail.elt.closest ? event.detail.elt.closest('#matrix-editor') : null;
  if (revision && editor) {
    event.detail.parameters['revision'] = revision.value;
  }
});
