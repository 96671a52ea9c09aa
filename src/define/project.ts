/** Registers <coop-project>. Register it before the widgets, so that they find their project when they connect. */
import { CoopProject } from '../elements/project/project.js';
import { defineElement } from '../elements/shared/define.js';
import { addProjectStrings } from '../core/catalogs/project.js';

addProjectStrings();
defineElement('coop-project', CoopProject);

export { CoopProject };
