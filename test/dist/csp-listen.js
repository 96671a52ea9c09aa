// Records every CSP violation of the page (an inline script could not do it: the policy forbids those).
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
});
