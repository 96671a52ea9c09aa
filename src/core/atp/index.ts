/** Placeholder: the atp core is being written. */
export {};
