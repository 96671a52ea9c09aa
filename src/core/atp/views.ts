/**
 * The views of the ATP widget, in tab order. In the core because they are data: `coop-view-change` carries
 * them, and the events module types its detail with them without importing the element.
 */
export const ATP_VIEWS = ['grid', 'postures', 'plans', 'synthesis'] as const;
export type AtpView = (typeof ATP_VIEWS)[number];
