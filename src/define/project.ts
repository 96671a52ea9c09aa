/** Registers <coop-project>. Register it before the widgets, so that they find their project when they connect. */
import { CoopProject } from '../elements/project/project.js';
import { defineElement } from '../elements/shared/define.js';

defineElement('coop-project', CoopProject);

export { CoopProject };
