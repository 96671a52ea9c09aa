/**
 * Registers <coop-config-editor>. Its own entry: a page that edits configs loads it; a page that shows the
 * widgets never does (the editor and CodeMirror stay out of the widgets' first paint). The preview draws the
 * real widgets, so their tags are registered too, and the wording of config problems at once.
 */
import './questionnaire.js';
import './atp-matrix.js';
import './principles-checklist.js';
import { addConfigIssueWording } from '../core/catalogs/config-issues.js';
import { CoopConfigEditor } from '../elements/config-editor/config-editor.js';
import { defineElement } from '../elements/shared/define.js';

// The editor lists a draft's problems as it is typed: their wording from the start.
addConfigIssueWording();
defineElement('coop-config-editor', CoopConfigEditor);

export { CoopConfigEditor };
