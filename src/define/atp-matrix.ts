/** Registers <coop-atp-matrix>. */
import { CoopAtpMatrix } from '../elements/atp-matrix/atp-matrix.js';
import { defineElement } from '../elements/shared/define.js';

defineElement('coop-atp-matrix', CoopAtpMatrix);

export { CoopAtpMatrix };
