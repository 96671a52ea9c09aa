/** Registers <coop-atp-matrix>. */
import { CoopAtpMatrix } from '../elements/atp-matrix/atp-matrix.js';
import { defineElement } from '../elements/shared/define.js';
import { addAtpMatrixStrings } from '../core/catalogs/atp-matrix.js';

addAtpMatrixStrings();
defineElement('coop-atp-matrix', CoopAtpMatrix);

export { CoopAtpMatrix };
