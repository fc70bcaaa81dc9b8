// Ownership's only script: sends the CSRF token with htmx requests. Loaded from a file so that
// the Content-Security-Policy can forbid inline script.
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});
