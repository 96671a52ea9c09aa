// The workshop demo page: the link's `#coop-server=…&coop-workshop=…&coop-token=…` (printed by `npm start`)
// puts <coop-project> in workshop mode — the facilitator's view or a participant's, as the token says.
import '../src/define/all.js';
import { applyWorkshopLink } from '../src/core/workshop-link.js';

const project = document.querySelector('coop-project');
const missing = document.getElementById('no-link');
if (project && !applyWorkshopLink(project, location.hash)) {
  project.hidden = true;
  if (missing) missing.hidden = false;
}
// Another link pasted in the address bar: start again with it.
window.addEventListener('hashchange', () => location.reload());
