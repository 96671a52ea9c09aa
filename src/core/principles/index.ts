/** Placeholder: the principles core is being written. */
export {};
